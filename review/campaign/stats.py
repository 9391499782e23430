"""Campaign statistics from a snapshot: the per-unit 汇总统计表 rows (counts, grades and their shares, mean score).

A dossier counts as ``reviewed`` once it has a final result (agreeing 初评 or 复核); grades and the mean are over
reviewed dossiers only, so the numbers always match the finals stored in the database."""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal

from review.campaign.model import CampaignError, CampaignSnapshot, Model

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


# --- charts, deductions, machine errors, machine vs final, year over year -----------------------------------------


class ScoreBin(Model):
    lower: Decimal
    upper: Decimal  # exclusive, except the last bin, which holds the top score too
    label: str  # "[80,90)", the last "[90,100]"
    count: int


class UnitGrades(Model):
    unit: str
    counts: tuple[int, ...]  # in ``GradeMatrix.grades`` order


class GradeMatrix(Model):
    """Grades by unit, ready for a stacked bar chart."""

    grades: tuple[str, ...]
    rows: tuple[UnitGrades, ...]


class CategoryCount(Model):
    category: str
    dossiers: int  # finals with at least one problem of the category
    problems: int
    points: Decimal


class Deduction(Model):
    rule_id: str
    title: str
    category: str
    dossiers: int  # finals that lost points on the rule
    units: int
    total_points: Decimal
    veto: bool = False


class UnitDetail(Model):
    """What the 汇总统计表 shows beside ``UnitSummary``."""

    unit: str
    unreadable: int  # 不符合评查条件: the machine pass could not read the dossier
    pending: int  # sampled, not yet with a final result
    problems: int  # problems in the finals
    categories: tuple[CategoryCount, ...]  # most problems first


class MachineComparison(Model):
    """The machine's 初评 against the final result, over dossiers that have both (unreadable ones excluded)."""

    n: int
    same_grade: int
    same_share: Decimal  # percent, 2 decimals
    mean_abs_diff: Decimal | None
    mean_diff: Decimal | None  # final − machine: positive when reviewers scored higher than the machine
    confusion: tuple[tuple[str, str, int], ...]  # (machine grade, final grade, count), grade order


class YearRow(Model):
    campaign_id: str
    campaign: str
    year: int
    unit: str  # or "合计"
    reviewed: int
    mean_score: Decimal | None
    excellent_rate: Decimal  # percent of reviewed in the top band
    fail_rate: Decimal  # percent of reviewed in the bottom band


def _finals(dossiers) -> list:
    return [d.final for d in dossiers if d.final is not None]


def score_distribution(snapshot: CampaignSnapshot, width: int = 10) -> list[ScoreBin]:
    """Final scores in bins of ``width`` points from 0 to 100 (or the top score when higher)."""
    if width <= 0 or 100 % width:
        raise CampaignError(f"分数段宽度应能整除100（如5或10），而不是 {width}")
    scores = [f.score for f in _finals(snapshot.dossiers)]
    top = max([Decimal(100), *scores])
    edges = list(range(0, int(top) + (0 if top % width == 0 and top > 0 else width), width))
    last = len(edges) - 1
    counts = [0] * len(edges)
    for s in scores:
        counts[min(int(s // width), last)] += 1
    return [
        ScoreBin(
            lower=Decimal(lo),
            upper=Decimal(lo + width),
            label=f"[{lo},{lo + width}]" if i == last else f"[{lo},{lo + width})",
            count=counts[i],
        )
        for i, lo in enumerate(edges)
    ]


def grade_matrix(snapshot: CampaignSnapshot) -> GradeMatrix:
    grades = grade_order(snapshot)
    return GradeMatrix(
        grades=tuple(grades),
        rows=tuple(UnitGrades(unit=s.unit, counts=tuple(s.grades[g] for g in grades)) for s in unit_summary(snapshot)),
    )


def category_counts(dossiers) -> list[CategoryCount]:
    """Problems of the finals by category, most problems first."""
    probs: Counter[str] = Counter()
    files: Counter[str] = Counter()
    points: dict[str, Decimal] = {}
    for f in _finals(dossiers):
        for c in dict.fromkeys(p.category for p in f.problems):
            files[c] += 1
        for p in f.problems:
            probs[p.category] += 1
            points[p.category] = points.get(p.category, Decimal(0)) + p.points
    return [
        CategoryCount(category=c, dossiers=files[c], problems=n, points=points[c])
        for c, n in sorted(probs.items(), key=lambda kv: (-kv[1], -files[kv[0]], kv[0]))
    ]


def top_deductions(snapshot: CampaignSnapshot, limit: int | None = None) -> list[Deduction]:
    """The rules the finals lost points on, by number of dossiers, then points."""
    files: Counter[str] = Counter()
    units: dict[str, set[str]] = {}
    points: dict[str, Decimal] = {}
    first: dict[str, object] = {}
    veto: set[str] = set()
    for d in snapshot.dossiers:
        if d.final is None:
            continue
        for rule_id in dict.fromkeys(p.rule_id for p in d.final.problems):
            files[rule_id] += 1
            units.setdefault(rule_id, set()).add(d.unit)
        for p in d.final.problems:
            first.setdefault(p.rule_id, p)
            points[p.rule_id] = points.get(p.rule_id, Decimal(0)) + p.points
            if p.veto:
                veto.add(p.rule_id)
    rows = [
        Deduction(
            rule_id=r,
            title=first[r].title,
            category=first[r].category,
            dossiers=n,
            units=len(units[r]),
            total_points=points[r],
            veto=r in veto,
        )
        for r, n in files.items()
    ]
    rows.sort(key=lambda x: (-x.dossiers, -x.total_points, x.rule_id))
    return rows[:limit] if limit is not None else rows


def _detail(unit: str, dossiers) -> UnitDetail:
    finals = _finals(dossiers)
    return UnitDetail(
        unit=unit,
        unreadable=sum(1 for d in dossiers if d.machine is not None and d.machine.error),
        pending=sum(1 for d in dossiers if d.sampled and d.final is None),
        problems=sum(len(f.problems) for f in finals),
        categories=tuple(category_counts(dossiers)),
    )


def unit_details(snapshot: CampaignSnapshot) -> list[UnitDetail]:
    """Beside ``unit_summary``, same units and order."""
    units = list(dict.fromkeys(d.unit for d in snapshot.dossiers))
    return [_detail(u, [d for d in snapshot.dossiers if d.unit == u]) for u in units]


def overall_detail(snapshot: CampaignSnapshot) -> UnitDetail:
    return _detail("合计", list(snapshot.dossiers))


def machine_vs_final(snapshot: CampaignSnapshot) -> MachineComparison:
    pairs = [
        (d.machine, d.final)
        for d in snapshot.dossiers
        if d.machine is not None and not d.machine.error and d.final is not None
    ]
    n = len(pairs)
    same = sum(1 for m, f in pairs if m.grade == f.grade)
    order = {g: i for i, g in enumerate(grade_order(snapshot))}
    confusion = Counter((m.grade, f.grade) for m, f in pairs)
    diffs = [f.score - m.score for m, f in pairs]
    return MachineComparison(
        n=n,
        same_grade=same,
        same_share=percent(same, n),
        mean_abs_diff=(sum((abs(x) for x in diffs), Decimal(0)) / n).quantize(CENT, ROUND_HALF_UP) if n else None,
        mean_diff=(sum(diffs, Decimal(0)) / n).quantize(CENT, ROUND_HALF_UP) if n else None,
        confusion=tuple(
            (m, f, c) for (m, f), c in sorted(confusion.items(), key=lambda kv: tuple(order.get(g, 99) for g in kv[0]))
        ),
    )


def _year_row(snapshot: CampaignSnapshot, unit: str, dossiers) -> YearRow:
    s = _summary(unit, snapshot, dossiers)
    grades = grade_order(snapshot)
    return YearRow(
        campaign_id=snapshot.campaign.id,
        campaign=snapshot.campaign.name,
        year=snapshot.campaign.year,
        unit=unit,
        reviewed=s.reviewed,
        mean_score=s.mean_score,
        excellent_rate=s.shares[grades[0]] if grades else Decimal(0).quantize(CENT),
        fail_rate=s.shares[grades[-1]] if grades else Decimal(0).quantize(CENT),
    )


def year_over_year(snapshots: list[CampaignSnapshot]) -> list[YearRow]:
    """The same units across campaigns (e.g. one per year): mean score, 优秀率 (top band), 不合格率 (bottom band).
    Rows by unit (first seen order, 合计 last), then by year and campaign."""
    ordered = sorted(snapshots, key=lambda s: (s.campaign.year, s.campaign.id))
    units = list(dict.fromkeys(d.unit for s in ordered for d in s.dossiers))
    rows = []
    for unit in [*units, "合计"]:
        for s in ordered:
            ds = list(s.dossiers) if unit == "合计" else [d for d in s.dossiers if d.unit == unit]
            if ds or unit == "合计":
                rows.append(_year_row(s, unit, ds))
    return rows
