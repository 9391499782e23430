"""Run a pack's rules over a dossier. No check logic here: each rule calls its registered check type.

A check that raises yields an ERROR finding and a CheckError, never a PASS. A FAIL that rests on an OCR reading of low
confidence (a date under a seal read 九月 for 七月), or on an OCR'd date later than today (二〇二四 read 二〇三四),
becomes CANNOT_TELL: reference §3, "CANNOT_TELL covers … OCR confidence is low".
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections import defaultdict
from decimal import Decimal

from checklists import registry
from checklists.context import CheckContext
from checklists.errors import E210_CHECK_CRASHED
from checklists.loader import parse_params
from checklists.model import CheckResult, Evidence, Finding, Model, Outcome, PointsRange, Profile, Rule, RulePack
from extractors.elements.dates import date_of
from extractors.model import Dossier
from extractors.normalize import compact, normalize
from extractors.patterns import DATE

#: an OCR line read with less confidence than this is no ground for a FAIL (clean scan text reads 0.95–1.0)
OCR_MIN_CONFIDENCE = 0.9
_UNSURE = "ocr_unsure"  # CheckResult.values key of a FAIL turned CANNOT_TELL by OCR_MIN_CONFIDENCE


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
    if result.outcome == Outcome.CANNOT_TELL and _UNSURE in result.values:
        return f"扫描件识别不可靠，无法判断：{result.reason}"
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


def _unsure(result: CheckResult, low_confidence: bool = True) -> CheckResult:
    """A FAIL whose evidence includes an OCR reading below OCR_MIN_CONFIDENCE (unless ``low_confidence`` is off: the
    rule's ``ocr_guard: false``) or an OCR'd date later than today, as CANNOT_TELL; else ``result``.

    Locator evidence (a document's first line standing for the whole, e.g. beside "未见：音像记录") is no reading the
    FAIL rests on and does not count."""
    if result.outcome != Outcome.FAIL:
        return result
    readings = [(e, e.prov) for e in result.evidence if e.prov is not None and e.prov.source == "ocr" and not e.locator]
    weak = next(
        (
            (e, prov, prov.confidence)
            for e, prov in readings
            if low_confidence and prov.confidence is not None and prov.confidence < OCR_MIN_CONFIDENCE
        ),
        None,
    )
    if weak is not None:
        e, prov, confidence = weak
        reason = f"所依据的扫描识别文字“{e.quote}”（第{prov.page}页）识别置信度低（{confidence:.1%}），请对照原件核对"
    elif (future := next(((e, prov) for e, prov in readings if _future_date(e.quote)), None)) is not None:
        e, prov = future
        reason = f"所依据的扫描识别日期“{e.quote}”（第{prov.page}页）晚于今天，当是识别误差，请对照原件核对"
    else:
        return result
    return CheckResult(outcome=Outcome.CANNOT_TELL, reason=reason, evidence=result.evidence, values={_UNSURE: "1"})


def _future_date(quote: str) -> bool:
    """``quote`` holds a date later than today: no document of a closed case is dated in the future, so on a scan it
    was misread (二〇二四 → 二〇三四); on a text layer the same date is a typo, and stays a FAIL."""
    today = dt.date.today()
    return any((day := date_of(m)) is not None and day > today for m in DATE.finditer(compact(normalize(quote))))


def run_rule(rule: Rule, pack: RulePack, ctx: CheckContext) -> tuple[Finding, CheckError | None]:
    procedures = rule.applies_to or pack.applies_to.procedures
    if ctx.procedure not in procedures:
        return finding(rule, pack, CheckResult.not_applicable(f"本规则适用于{'、'.join(procedures)}")), None
    try:
        params = parse_params(rule, rule.id)
        ctype = registry.get(rule.type)
        assert ctype is not None  # parse_params raised otherwise
        result = _unsure(ctype.fn(ctx, params), low_confidence=rule.ocr_guard)
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
