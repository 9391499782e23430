"""Run a pack's rules over a dossier. No check logic here: each rule calls its registered check type.

A check that raises yields an ERROR finding and a CheckError, never a PASS.
"""

from __future__ import annotations

import traceback
from collections import defaultdict
from decimal import Decimal

from checklists import registry
from checklists.context import CheckContext
from checklists.errors import E210_CHECK_CRASHED
from checklists.loader import parse_params
from checklists.model import CheckResult, Evidence, Finding, Model, Outcome, PointsRange, Profile, Rule, RulePack
from extractors.model import Dossier


class CheckError(Model):
    code: str
    rule_id: str
    message: str
    detail: str = ""


def _message(rule: Rule, result: CheckResult) -> str:
    values = defaultdict(lambda: "…", result.values)
    if result.outcome == Outcome.FAIL:
        text = rule.messages.fail.format_map(values)
        return f"{text}（{result.reason}）" if result.reason and result.reason not in text else text
    if result.outcome == Outcome.PASS:
        return rule.messages.passed.format_map(values) if rule.messages.passed else f"符合：{rule.title}"
    if result.outcome == Outcome.CANNOT_TELL:
        base = rule.messages.cannot_tell.format_map(values) if rule.messages.cannot_tell else "无法自动判断"
        return f"{base}：{result.reason}" if result.reason else base
    return result.reason or "不适用"


def finding(rule: Rule, pack: RulePack, result: CheckResult) -> Finding:
    points = rule.default_points
    rng = rule.points if isinstance(rule.points, PointsRange) else None
    return Finding(
        rule_id=rule.id,
        pack=pack.ref,
        check=rule.check,
        category=rule.category,
        title=rule.title,
        item=rule.item,
        outcome=result.outcome,
        message=_message(rule, result),
        points=points,
        points_min=rng.min if rng else None,
        points_max=rng.max if rng else None,
        deduction=points if result.outcome == Outcome.FAIL else Decimal(0),
        veto=rule.veto,
        legal_basis=rule.legal_basis,
        evidence=result.evidence,
        reason=result.reason,
    )


def run_rule(rule: Rule, pack: RulePack, ctx: CheckContext) -> tuple[Finding, CheckError | None]:
    procedures = rule.applies_to or pack.applies_to.procedures
    if ctx.procedure not in procedures:
        return finding(rule, pack, CheckResult.not_applicable(f"本规则适用于{'、'.join(procedures)}")), None
    try:
        params = parse_params(rule, rule.id)
        ctype = registry.get(rule.type)
        assert ctype is not None  # parse_params raised otherwise
        result = ctype.fn(ctx, params)
    except Exception as err:
        detail = "".join(traceback.format_exception_only(type(err), err)).strip()
        error = CheckError(
            code=E210_CHECK_CRASHED,
            rule_id=rule.id,
            message=f"检查出错：{detail}",
            detail=traceback.format_exc(limit=5),
        )
        result = CheckResult(
            outcome=Outcome.ERROR, reason=detail, evidence=(Evidence(document="案卷", note="检查程序出错"),)
        )
        return finding(rule, pack, result), error
    return finding(rule, pack, result), None


def run_pack(dossier: Dossier, pack: RulePack, profile: Profile) -> tuple[tuple[Finding, ...], tuple[CheckError, ...]]:
    ctx = CheckContext(dossier, profile)
    findings: list[Finding] = []
    errors: list[CheckError] = []
    for rule in pack.rules:
        f, err = run_rule(rule, pack, ctx)
        findings.append(f)
        if err is not None:
            errors.append(err)
    return tuple(findings), tuple(errors)
