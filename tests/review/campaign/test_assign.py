"""交叉评查 assignment: never a reviewer of the dossier's own unit, distinct reviewers, exactly per_dossier each, loads
balanced (max − min ≤ 1) whenever any assignment can balance them (checked against an independent max-flow), and
the same seed gives the same assignment."""

from __future__ import annotations

import random
from collections import Counter, deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.campaign.assign import assign, least_loaded
from review.campaign.model import CampaignError, Reviewer

UNITS = ["双流区市场监督管理局", "新都区商务局", "双流区生态环境局", "青羊区文化市场综合行政执法大队", "双流区司法局"]
NAMES = ["张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵敏", "黄磊"]


# -- the oracle: can the loads be balanced at all? (max-flow with lower bounds, independent of the code under test) --
def _max_flow(cap: list[list[int]], s: int, t: int) -> int:
    n, flow = len(cap), 0
    while True:
        parent = [-1] * n
        parent[s] = s
        queue = deque([s])
        while queue and parent[t] < 0:
            u = queue.popleft()
            for v in range(n):
                if parent[v] < 0 and cap[u][v] > 0:
                    parent[v] = u
                    queue.append(v)
        if parent[t] < 0:
            return flow
        push, v = 10**9, t
        while v != s:
            push, v = min(push, cap[parent[v]][v]), parent[v]
        v = t
        while v != s:
            cap[parent[v]][v] -= push
            cap[v][parent[v]] += push
            v = parent[v]
        flow += push


def balanced_possible(
    dossiers: list[tuple[str, str]], reviewers: list[Reviewer], k: int, existing: dict[str, int]
) -> bool:
    """Whether some assignment gives every reviewer a total load of q or q + 1 (q = ⌊total / reviewers⌋)."""
    total = k * len(dossiers) + sum(existing.get(r.name, 0) for r in reviewers)
    q = total // len(reviewers)
    low = [max(0, q - existing.get(r.name, 0)) for r in reviewers]
    high = [q + 1 - existing.get(r.name, 0) for r in reviewers]
    if any(h < 0 for h in high):
        return False
    D, R = len(dossiers), len(reviewers)
    S, T, S2, T2 = 0, 1, 2, 3
    node = 4
    d_node = list(range(node, node + D))
    r_node = list(range(node + D, node + D + R))
    n = node + D + R
    cap = [[0] * n for _ in range(n)]
    for i, (_, unit) in enumerate(dossiers):
        cap[S2][d_node[i]] += k  # S -> d with lower = upper = k
        cap[S][T2] += k
        for j, r in enumerate(reviewers):
            if r.unit != unit:
                cap[d_node[i]][r_node[j]] = 1
    for j in range(R):  # r -> T with bounds [low, high]
        cap[r_node[j]][T] += high[j] - low[j]
        cap[S2][T] += low[j]
        cap[r_node[j]][T2] += low[j]
    cap[T][S] = 10**9
    need = k * D + sum(low)
    return _max_flow(cap, S2, T2) == need


# -- the property test ----------------------------------------------------------------------------------------------
@st.composite
def campaigns(draw):
    n_units = draw(st.integers(min_value=1, max_value=4))
    units = UNITS[:n_units]
    n_reviewers = draw(st.integers(min_value=1, max_value=7))
    reviewers = [
        Reviewer(name=NAMES[i], unit=draw(st.sampled_from([*units, UNITS[4]]))) for i in range(n_reviewers)
    ]
    dossiers = [(f"d{i}", draw(st.sampled_from(units))) for i in range(draw(st.integers(min_value=0, max_value=9)))]
    k = draw(st.integers(min_value=1, max_value=3))
    existing = {r.name: draw(st.integers(min_value=0, max_value=2)) for r in reviewers} if draw(st.booleans()) else {}
    seed = draw(st.integers(min_value=0, max_value=2**31 - 1))
    return dossiers, reviewers, k, existing, seed


@settings(max_examples=300, deadline=None)
@given(campaigns())
def test_assignment_properties(campaign) -> None:
    dossiers, reviewers, k, existing, seed = campaign
    unit_of_reviewer = {r.name: r.unit for r in reviewers}
    short = [d for d, unit in dossiers if sum(1 for r in reviewers if r.unit != unit) < k]
    if short:
        with pytest.raises(CampaignError) as err:
            assign(dossiers, reviewers, k, seed, existing, {d: f"{d}.pdf" for d, _ in dossiers})
        assert f"{short[0]}.pdf" in str(err.value)
        return
    pairs = assign(dossiers, reviewers, k, seed, existing)
    unit_of = dict(dossiers)
    by_dossier: dict[str, list[str]] = {}
    for d, name in pairs:
        assert unit_of_reviewer[name] != unit_of[d], "a reviewer never reviews their own unit"
        by_dossier.setdefault(d, []).append(name)
    assert [d for d, _ in pairs] == [d for d, _ in dossiers for _ in range(k)]  # dossier order, k each
    for names in by_dossier.values():
        assert len(names) == len(set(names)) == k
    loads = Counter({r.name: existing.get(r.name, 0) for r in reviewers})
    loads.update(name for _, name in pairs)
    if balanced_possible(dossiers, reviewers, k, existing):
        assert max(loads.values()) - min(loads.values()) <= 1, loads
    assert assign(dossiers, reviewers, k, seed, existing) == pairs


# -- examples -------------------------------------------------------------------------------------------------------
def test_loads_balance_even_when_one_unit_holds_most_reviewers() -> None:
    """Eight 市场局 dossiers and two 商务局 ones; three of five reviewers are from 市场局, so they can only take the
    two 商务局 dossiers: 4 + 4 + 4 + 4 + 4 is impossible, and the others share the 市场局 dossiers evenly."""
    reviewers = [Reviewer(name=n, unit=UNITS[0]) for n in NAMES[:3]] + [
        Reviewer(name=NAMES[3], unit=UNITS[1]),
        Reviewer(name=NAMES[4], unit=UNITS[4]),
    ]
    dossiers = [(f"s{i}", UNITS[0]) for i in range(8)] + [("w1", UNITS[1]), ("w2", UNITS[1])]
    pairs = assign(dossiers, reviewers, 2, seed=11)
    loads = Counter(name for _, name in pairs)
    assert loads[NAMES[3]] == 8 and loads[NAMES[4]] == 8  # every 市场局 dossier needs both outsiders
    assert sorted(loads[n] for n in NAMES[:3]) == [1, 1, 2]  # the 4 商务局 slots spread over 市场局 reviewers
    assert not balanced_possible(dossiers, reviewers, 2, {})


def test_existing_assignments_count_in_the_balance() -> None:
    reviewers = [Reviewer(name=n, unit=UNITS[4]) for n in NAMES[:4]]
    dossiers = [(f"d{i}", UNITS[0]) for i in range(3)]
    pairs = assign(dossiers, reviewers, 2, seed=5, loads={"张伟": 3, "李娜": 1})
    loads = Counter({"张伟": 3, "李娜": 1})
    loads.update(n for _, n in pairs)
    assert "张伟" not in {n for _, n in pairs}
    assert max(loads.values()) - min(loads.values()) <= 1


def test_too_few_reviewers_from_other_units_names_the_dossiers() -> None:
    reviewers = [Reviewer(name="张伟", unit=UNITS[0]), Reviewer(name="王强", unit=UNITS[1])]
    dossiers = [("7", UNITS[0]), ("8", UNITS[1]), ("9", UNITS[2])]
    with pytest.raises(CampaignError) as err:
        assign(dossiers, reviewers, 2, seed=1, names={"7": "市场局/案卷7.pdf", "8": "商务局/案卷8.pdf"})
    text = str(err.value)
    assert "市场局/案卷7.pdf（双流区市场监督管理局，仅 1 名非本单位评查人）" in text
    assert "商务局/案卷8.pdf" in text and "案卷9" not in text and "\n" not in text


@pytest.mark.parametrize(
    ("reviewers", "k", "message"),
    [
        ([], 2, "还没有评查人"),
        ([Reviewer(name="张伟", unit=UNITS[4])], 0, "至少为 1"),
        ([Reviewer(name="张伟", unit=UNITS[4]), Reviewer(name="张伟", unit=UNITS[1])], 1, "重名：张伟"),
    ],
)
def test_bad_reviewer_lists_are_refused(reviewers: list[Reviewer], k: int, message: str) -> None:
    with pytest.raises(CampaignError, match=message):
        assign([("1", UNITS[0])], reviewers, k, seed=1)


def test_least_loaded_breaks_ties_by_the_seed() -> None:
    loads = {"张伟": 1, "李娜": 0, "王强": 0, "刘洋": 0}
    picks = {tuple(least_loaded(list(loads), loads, random.Random(s), 2)) for s in range(30)}
    assert all("张伟" not in p for p in picks)
    assert len(picks) > 1  # ties go different ways with different seeds
    same = [least_loaded(list(loads), loads, random.Random(3), 2) for _ in range(2)]
    assert same[0] == same[1]
