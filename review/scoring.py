"""Score a set of findings: veto items first (→ 0 / the lowest grade), deductions per category capped at the
category's points (扣完为止，不计负分), the total, and the grade from the bands."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from checklists.model import Finding, GradeBand, Outcome, RulePack
from review.model import CategoryScore, Score


def grade_for(total: Decimal, bands: Iterable[GradeBand]) -> str:
    ordered = sorted(bands, key=lambda b: b.min, reverse=True)
    for band in ordered:
        if total >= band.min:
            return band.grade
    return ordered[-1].grade if ordered else ""


def score(findings: Iterable[Finding], pack: RulePack, bands: tuple[GradeBand, ...]) -> Score:
    findings = list(findings)
    bands = pack.grades or bands
    lowest = min(bands, key=lambda b: b.min).grade if bands else "不合格"
    veto = [f for f in findings if f.veto and f.outcome == Outcome.FAIL]
    categories: list[CategoryScore] = []
    for cat in pack.categories:
        lost = sum((f.deduction for f in findings if f.category == cat.name and f.outcome == Outcome.FAIL), Decimal(0))
        lost = min(cat.cap, lost)
        categories.append(CategoryScore(name=cat.name, cap=cat.cap, deducted=lost, score=cat.cap - lost))
    deducted = sum((c.deducted for c in categories), Decimal(0))
    reasons = tuple(f"{f.rule_id} {f.title}" for f in veto)
    if veto:
        return Score(
            base=pack.base_score,
            deducted=deducted,
            total=Decimal(0),
            vetoed=True,
            grade=lowest,
            categories=tuple(categories),
            veto_reasons=reasons,
        )
    total = max(Decimal(0), pack.base_score - deducted)
    return Score(
        base=pack.base_score,
        deducted=deducted,
        total=total,
        vetoed=False,
        grade=grade_for(total, bands),
        categories=tuple(categories),
    )
