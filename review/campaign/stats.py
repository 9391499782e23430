"""Campaign statistics from a snapshot: the per-unit 汇总统计表 rows (counts, grades and their shares, mean score).

A dossier counts as ``reviewed`` once it has a final result (agreeing 初评 or 复核); grades and the mean are over
reviewed dossiers only, so the numbers always match the finals stored in the database."""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from review.campaign.model import CampaignSnapshot, Model

CENT = Decimal("0.01")


class UnitSummary(Model):
    unit: str
    dossiers: int  # submitted (imported)
    sampled: int
    reviewed: int  # with a final result
    grades: dict[str, int]  # every band's grade, in band order, 0 when none
    shares: dict[str, Decimal]  # percent of reviewed, 2 decimals
    mean_score: Decimal | None  # over reviewed, 2 decimals
    vetoed: int


def grade_order(snapshot: CampaignSnapshot) -> list[str]:
    """The campaign's grades from the best band down (优秀, 良好, 合格, 不合格 with the national profile)."""
    return [b.grade for b in sorted(snapshot.campaign.bands, key=lambda b: b.min, reverse=True)]


def percent(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal(0).quantize(CENT)
    return (Decimal(100) * part / whole).quantize(CENT, rounding=ROUND_HALF_UP)


def _summary(unit: str, snapshot: CampaignSnapshot, dossiers) -> UnitSummary:
    finals = [d.final for d in dossiers if d.final is not None]
    counts = Counter(f.grade for f in finals)
    grades = {g: counts.get(g, 0) for g in grade_order(snapshot)}
    mean = (sum((f.score for f in finals), Decimal(0)) / len(finals)).quantize(CENT, ROUND_HALF_UP) if finals else None
    return UnitSummary(
        unit=unit,
        dossiers=len(dossiers),
        sampled=sum(1 for d in dossiers if d.sampled),
        reviewed=len(finals),
        grades=grades,
        shares={g: percent(n, len(finals)) for g, n in grades.items()},
        mean_score=mean,
        vetoed=sum(1 for f in finals if f.veto),
    )


def unit_summary(snapshot: CampaignSnapshot) -> list[UnitSummary]:
    """One row per unit that submitted dossiers, in list order."""
    units = list(dict.fromkeys(d.unit for d in snapshot.dossiers))
    return [_summary(u, snapshot, [d for d in snapshot.dossiers if d.unit == u]) for u in units]


def overall_summary(snapshot: CampaignSnapshot) -> UnitSummary:
    """The 合计 row over every unit."""
    return _summary("合计", snapshot, list(snapshot.dossiers))
