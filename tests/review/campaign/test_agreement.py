"""Cohen's κ against hand-computed textbook tables, degenerate inputs, and the per pair / per rule / campaign
agreement of a realistic 交叉评查 snapshot."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review.campaign.agreement import agreement, cohen_kappa, kappa_from_counts, kappa_label, pack_refs
from review.campaign.model import CampaignError
from tests.review.campaign.report_data import PACK, make_snapshot


@pytest.mark.parametrize(
    ("table", "observed", "expected", "kappa"),
    [
        # the classic example (Wikipedia "Cohen's kappa"): 50 proposals, yes/yes 20, yes/no 5, no/yes 10, no/no 15
        ((20, 5, 10, 15), 0.70, 0.50, 0.40),
        # same observed agreement 0.60, different marginals: κ 0.1304 and 0.2593 (same article)
        ((45, 15, 25, 15), 0.60, 0.54, 0.06 / 0.46),
        ((25, 35, 5, 35), 0.60, 0.46, 0.14 / 0.54),
        # perfect agreement with both labels used; systematic disagreement
        ((3, 0, 0, 7), 1.0, 0.3 * 0.3 + 0.7 * 0.7, 1.0),
        ((0, 5, 5, 0), 0.0, 0.5, -1.0),
    ],
)
def test_kappa_matches_textbook_tables(table, observed, expected, kappa):
    k = kappa_from_counts(*table)
    assert k.n == sum(table)
    assert k.observed == pytest.approx(observed)
    assert k.expected == pytest.approx(expected)
    assert k.kappa == pytest.approx(kappa)


def test_kappa_from_ratings_equals_kappa_from_the_table():
    a = [True] * 20 + [True] * 5 + [False] * 10 + [False] * 15
    b = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15
    k = cohen_kappa(a, b)
    assert (k.both_fail, k.a_only, k.b_only, k.both_pass) == (20, 5, 10, 15)
    assert k.kappa == pytest.approx(0.4)
    assert kappa_label(k.kappa) == "一般"


def test_degenerate_inputs_never_divide_by_zero():
    empty = cohen_kappa([], [])
    assert (empty.n, empty.observed, empty.expected, empty.kappa) == (0, None, None, None)
    all_pass = cohen_kappa([False] * 12, [False] * 12)
    assert all_pass.observed == 1.0 and all_pass.kappa is None  # p_e = 1: undefined, agreement still reported
    all_fail = cohen_kappa([True] * 4, [True] * 4)
    assert all_fail.observed == 1.0 and all_fail.kappa is None
    opposite = cohen_kappa([True] * 6, [False] * 6)  # each rater constant, but they differ: p_e = 0
    assert opposite.observed == 0.0 and opposite.kappa == 0.0
    assert kappa_label(None) == "无法计算"


def test_ratings_of_different_length_are_refused_in_chinese():
    with pytest.raises(CampaignError, match="数量不同"):
        cohen_kappa([True, False], [True])


@given(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=60))
def test_kappa_is_symmetric_and_bounded(pairs):
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    k, r = cohen_kappa(a, b), cohen_kappa(b, a)
    assert k.kappa == (None if r.kappa is None else pytest.approx(r.kappa))
    if k.n:
        assert 0.0 <= k.observed <= 1.0
    if k.kappa is not None:
        assert -1.0 - 1e-9 <= k.kappa <= 1.0 + 1e-9


def _pair(report, a, b):
    return next(p for p in report.pairs if {p.a, p.b} == {a, b})


def test_pair_agreement_over_the_dossiers_both_reviewed():
    snap = make_snapshot()
    report = agreement(snap, PACK)
    n_rules = len(PACK.rules)
    # 青文执罚〔2025〕6号: 张伟 flagged ten rules, 刘洋 the same nine without PG-E07; every other rule passed by both
    p = _pair(report, "张伟", "刘洋")
    assert p.dossiers == 1 and p.items.n == n_rules
    assert (p.items.both_fail, p.items.both_pass) == (9, n_rules - 10)
    assert {p.a: p.items.a_only, p.b: p.items.b_only} == {"张伟": 1, "刘洋": 0}
    assert p.items.observed == pytest.approx(0.99)
    # p_e = 0.10·0.09 + 0.90·0.91 = 0.828 → κ = 0.162 / 0.172
    assert p.items.kappa == pytest.approx(0.162 / 0.172)
    assert p.mean_abs_diff == Decimal("1.00")  # 75 against 76
    assert {p.a_unit, p.b_unit} == {"成都市青羊区市场监督管理局", "成都市青羊区生态环境局"}
    # 青市监处罚〔2025〕12号: 王强 and 陈静 both found nothing — p_o = 1, κ undefined
    clean = _pair(report, "王强", "陈静")
    assert clean.items.observed == 1.0 and clean.items.kappa is None
    # the 初评 pending (王强 on 青文执罚〔2025〕11号) makes no pair with 李娜 there
    assert _pair(report, "李娜", "王强").dossiers == 1  # only 青文执罚〔2025〕2号
    # 青市监处罚〔2025〕58号: 85 against 97 — over the 5-point 复核 threshold
    far = _pair(report, "陈静", "刘洋")
    assert far.mean_abs_diff == Decimal("12.00") and far.over_threshold == 1


def test_rule_agreement_counts_disagreements_and_who_flagged_alone():
    report = agreement(make_snapshot(), PACK)
    h01 = next(r for r in report.rules if r.rule_id == "PG-H01")
    assert h01.category == "法律适用" and h01.title.startswith("首次引用法律")
    assert h01.items.n == 9  # nine dossiers with two submitted 初评, one pair each
    # both flagged it on 青市监处罚〔2025〕31号; one alone on 45号 (王强), 58号 (陈静), 青环罚17号 (杨帆)
    assert (h01.items.both_fail, h01.disagreements, h01.flagged) == (1, 3, 4)
    assert {x.reviewer: x.count for x in h01.alone} == {"王强": 1, "陈静": 1, "杨帆": 1}
    assert h01.disagreement_rate == pytest.approx(3 / 9)
    # rules nobody flagged: full agreement, κ undefined
    untouched = next(r for r in report.rules if r.rule_id == "PG-A01")
    assert untouched.disagreements == 0 and untouched.items.kappa is None and untouched.items.observed == 1.0
    # sorted by disagreements
    assert [r.disagreements for r in report.rules] == sorted((r.disagreements for r in report.rules), reverse=True)


def test_campaign_summary_pools_every_pair():
    report = agreement(make_snapshot(), PACK)
    s = report.summary
    assert s.dossiers == 9 and s.pairs == len(report.pairs) == 9
    assert s.items.n == 9 * len(PACK.rules)
    assert s.items.both_fail == sum(p.items.both_fail for p in report.pairs)
    assert s.over_threshold == 1 and s.threshold == Decimal(5)
    # |diffs|: 0, 2, 1, 12, 1, 0, 1, 1, 1 → 19 / 9
    assert s.mean_abs_diff == Decimal("2.11")
    defined = [p.items.kappa for p in report.pairs if p.items.kappa is not None]
    assert s.mean_pair_kappa == pytest.approx(sum(defined) / len(defined))


def test_packs_by_reference_or_missing():
    snap = make_snapshot()
    assert pack_refs(snap) == [PACK.ref, "penalty-general"]  # the unreviewed dossiers fall back to the checklist
    by_ref = agreement(snap, {PACK.ref: PACK})
    assert by_ref.summary == agreement(snap, PACK).summary
    # no pack installed: only the rules someone flagged are compared
    bare = agreement(snap, {})
    h01 = next(r for r in bare.rules if r.rule_id == "PG-H01")
    assert h01.disagreements == 3
    assert bare.summary.items.n < by_ref.summary.items.n
    assert all(r.flagged or r.items.n == 0 for r in bare.rules)


def test_a_campaign_without_two_reviews_per_dossier():
    snap = make_snapshot()
    single = snap.model_copy(
        update={"dossiers": tuple(d.model_copy(update={"assignments": d.assignments[:1]}) for d in snap.dossiers)}
    )
    report = agreement(single, PACK)
    assert report.pairs == () and report.rules == ()
    assert report.summary.items.kappa is None and report.summary.mean_abs_diff is None
    assert report.summary.mean_pair_kappa is None
