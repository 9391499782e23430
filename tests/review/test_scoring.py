"""Scoring: veto first (→ 0 / 不合格), deductions per category capped (扣完为止，不计负分), grade by bands."""

from __future__ import annotations

from decimal import Decimal

from checklists.model import Category, Evidence, Finding, GradeBand, Outcome, RulePack
from review.scoring import score

BANDS = (
    GradeBand(grade="优秀", min=Decimal(90)),
    GradeBand(grade="良好", min=Decimal(80)),
    GradeBand(grade="合格", min=Decimal(60)),
    GradeBand(grade="不合格", min=Decimal(0)),
)


def _pack() -> RulePack:
    return RulePack(
        id="t",
        version="1",
        title="测试",
        categories=(Category(name="程序", cap=Decimal(10)), Category(name="文书", cap=Decimal(20))),
        rules=(),
    )


def _f(rule: str, category: str, points: str, outcome: Outcome = Outcome.FAIL, veto: bool = False) -> Finding:
    ev = (Evidence(document="行政处罚决定书", quote="2024年4月11日"),) if outcome == Outcome.FAIL else ()
    return Finding(
        rule_id=rule,
        pack="t@1",
        check="B04",
        category=category,
        title=rule,
        outcome=outcome,
        message="",
        points=Decimal(points),
        deduction=Decimal(points) if outcome == Outcome.FAIL else 0,
        veto=veto,
        legal_basis="《中华人民共和国行政处罚法》第四十四条",
        evidence=ev,
    )


def test_deductions_and_grade() -> None:
    s = score([_f("a", "程序", "3"), _f("b", "文书", "1.5"), _f("c", "文书", "2", Outcome.PASS)], _pack(), BANDS)
    assert (s.total, s.grade, s.vetoed) == (Decimal("95.5"), "优秀", False)


def test_category_is_capped_never_negative() -> None:
    s = score([_f(str(i), "程序", "4") for i in range(5)], _pack(), BANDS)
    assert s.categories[0].deducted == 10 and s.categories[0].score == 0
    assert s.total == 90 and s.grade == "优秀"


def test_veto_sets_zero_and_lowest_grade() -> None:
    s = score([_f("v", "程序", "0", veto=True), _f("b", "文书", "1")], _pack(), BANDS)
    assert (s.total, s.grade, s.vetoed) == (0, "不合格", True)
    assert s.veto_reasons == ("v v",)


def test_cannot_tell_and_error_deduct_nothing() -> None:
    findings = [_f("a", "程序", "3", Outcome.CANNOT_TELL), _f("b", "程序", "3", Outcome.NOT_APPLICABLE)]
    assert score(findings, _pack(), BANDS).total == 100
