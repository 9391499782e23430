"""抽查: which submitted dossiers each unit has reviewed. Pure and reproducible: the same dossiers, rule and seed
always select the same dossiers (``random.Random(seed)`` over units in list order, dossiers in list order)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import ROUND_CEILING, Decimal

from review.campaign.model import CampaignError, Model, SampleRule

MAX_SEED = 2**31 - 1  # seeds are stored in an INTEGER column


class UnitDraw(Model):
    unit: str
    submitted: int
    selected: int


def check_rule(rule: SampleRule) -> None:
    if rule.mode == "ratio" and (rule.ratio is None or not (Decimal(0) < rule.ratio <= Decimal(1))):
        raise CampaignError("抽查比例应在 0 到 1 之间（如 0.3 表示 30%），大于 0")
    if rule.min < 0:
        raise CampaignError("每单位最少抽查数不能为负")


def check_seed(seed: int) -> None:
    if not 0 <= seed <= MAX_SEED:
        raise CampaignError(f"随机种子应为 0 到 {MAX_SEED} 之间的整数")


def quota(n: int, rule: SampleRule) -> int:
    """How many of a unit's ``n`` dossiers the rule selects."""
    if rule.mode == "all":
        return n
    assert rule.ratio is not None
    k = int((rule.ratio * n).to_integral_value(rounding=ROUND_CEILING))
    return min(n, max(k, rule.min))


def by_unit(dossiers: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """Dossier ids per unit, units and ids in list order."""
    units: dict[str, list[str]] = {}
    for dossier_id, unit in dossiers:
        units.setdefault(unit, []).append(dossier_id)
    return units


def draw(dossiers: Sequence[tuple[str, str]], rule: SampleRule, seed: int) -> list[str]:
    """The selected dossier ids (in list order) from ``(id, unit)`` pairs."""
    check_rule(rule)
    check_seed(seed)
    rng = random.Random(seed)
    chosen: set[str] = set()
    for ids in by_unit(dossiers).values():
        chosen.update(rng.sample(ids, quota(len(ids), rule)))
    return [d for d, _ in dossiers if d in chosen]


def summary(dossiers: Sequence[tuple[str, str]], selected: Sequence[str]) -> list[UnitDraw]:
    picked = set(selected)
    return [UnitDraw(unit=u, submitted=len(ids), selected=sum(1 for d in ids if d in picked))
            for u, ids in by_unit(dossiers).items()]  # fmt: skip


def describe(rule: SampleRule) -> str:
    if rule.mode == "all":
        return "全覆盖"
    assert rule.ratio is not None
    pct = (rule.ratio * 100).normalize()
    return f"按 {pct:f}% 抽查" + (f"，每单位至少 {rule.min} 卷" if rule.min else "")
