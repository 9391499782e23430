"""抽查: per unit ceil(ratio × n), at least min (capped at n), or all; the same seed draws the same dossiers."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review.campaign.model import CampaignError, SampleRule
from review.campaign.sampling import describe, draw, quota, summary

SCJG = "成都市双流区市场监督管理局"
SWJ = "成都市新都区商务局"
HBJ = "成都市双流区生态环境局"


def listing(counts: dict[str, int]) -> list[tuple[str, str]]:
    """Dossier ids "1", "2" … with units interleaved the way a merged list arrives."""
    out: list[tuple[str, str]] = []
    left = dict(counts)
    n = 0
    while any(left.values()):
        for unit in counts:
            if left[unit]:
                n += 1
                out.append((str(n), unit))
                left[unit] -= 1
    return out


def ratio(r: str, minimum: int = 0) -> SampleRule:
    return SampleRule(mode="ratio", ratio=Decimal(r), min=minimum)


def test_each_unit_gets_ceil_of_its_share_and_at_least_the_minimum() -> None:
    dossiers = listing({SCJG: 7, SWJ: 3, HBJ: 1})
    picked = draw(dossiers, ratio("0.3", minimum=2), seed=2025)
    counts = {u.unit: (u.submitted, u.selected) for u in summary(dossiers, picked)}
    # 7 × 0.3 = 2.1 → 3; 3 × 0.3 = 0.9 → 1, raised to the minimum 2; 1 dossier: the minimum is capped at 1
    assert counts == {SCJG: (7, 3), SWJ: (3, 2), HBJ: (1, 1)}
    assert picked == [d for d, _ in dossiers if d in set(picked)]  # list order


def test_all_selects_every_dossier() -> None:
    dossiers = listing({SCJG: 4, HBJ: 2})
    assert draw(dossiers, SampleRule(mode="all"), seed=1) == [d for d, _ in dossiers]
    assert describe(SampleRule(mode="all")) == "全覆盖"
    assert describe(ratio("0.25", 3)) == "按 25% 抽查，每单位至少 3 卷"


def test_the_same_seed_draws_the_same_dossiers_and_another_seed_may_not() -> None:
    dossiers = listing({SCJG: 20, SWJ: 15})
    rule = ratio("0.2")
    first = draw(dossiers, rule, seed=42)
    assert draw(list(dossiers), rule, seed=42) == first
    others = {tuple(draw(dossiers, rule, seed=s)) for s in range(1, 6)}
    assert len(others) > 1


@pytest.mark.parametrize(
    ("rule", "seed", "message"),
    [
        (ratio("0"), 1, "抽查比例"),
        (ratio("1.5"), 1, "抽查比例"),
        (SampleRule(mode="ratio"), 1, "抽查比例"),
        (ratio("0.3", minimum=-1), 1, "最少"),
        (ratio("0.3"), -5, "随机种子"),
        (ratio("0.3"), 2**31, "随机种子"),
    ],
)
def test_a_bad_rule_or_seed_is_refused_in_chinese(rule: SampleRule, seed: int, message: str) -> None:
    with pytest.raises(CampaignError, match=message):
        draw(listing({SCJG: 3}), rule, seed)


@given(
    counts=st.lists(st.integers(min_value=1, max_value=12), min_size=1, max_size=5),
    r=st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1), places=2),
    minimum=st.integers(min_value=0, max_value=6),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
)
def test_draw_properties(counts: list[int], r: Decimal, minimum: int, seed: int) -> None:
    units = {f"第{i + 1}执法大队": n for i, n in enumerate(counts)}
    dossiers = listing(units)
    rule = SampleRule(mode="ratio", ratio=r, min=minimum)
    picked = draw(dossiers, rule, seed)
    assert len(set(picked)) == len(picked)
    unit_of = dict(dossiers)
    for unit, n in units.items():
        got = sum(1 for d in picked if unit_of[d] == unit)
        assert got == quota(n, rule) == min(n, max(minimum, math.ceil(r * n)))
    assert draw(dossiers, rule, seed) == picked
