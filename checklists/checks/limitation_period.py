"""limitation_period.v1 — the violation was discovered within the limitation period (追诉时效, 第三十六条)."""

from __future__ import annotations

import datetime as dt

from pydantic import field_validator

from checklists.checks.date_chain import StepRef, candidates, resolve, step_evidence
from checklists.conditions import Condition, TextQuery, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import Element


class Params(CheckParams):
    offence: StepRef  # the violation's date; pick latest, so that the last act (行为终了) counts
    discovery: StepRef  # when it was discovered (发现 / 受理, else 立案)
    years: int = 2
    long_years: int = 5  # the longer period where long_when holds
    long_when: Condition | None = None  # 涉及公民生命健康安全、金融安全且有危害后果
    continuing: TextQuery | None = None  # wording that the act went on to the discovery (至今, 持续): PASS
    doubt_when: Condition | None = None  # beyond ``years`` but within ``long_years`` and this holds: CANNOT_TELL
    exclude_context: list[str] = []  # a date whose every clause matches one of these is not the act (成立, 核发 …)
    when: Condition | None = None

    @field_validator("exclude_context")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _clauses(text: str, quote: str) -> list[str]:
    out, pos = [], text.find(quote)
    while pos != -1:
        start = max(text.rfind(ch, 0, pos) for ch in "。；;\n") + 1
        ends = [i for i in (text.find(ch, pos) for ch in "。；;\n") if i != -1]
        out.append(text[start : min(ends) if ends else len(text)])
        pos = text.find(quote, pos + 1)
    return out


def _offence(ctx: CheckContext, p: Params) -> Element | None:
    """The latest date of the act, leaving out dates that only stand in an excluded context (当事人成立于…)."""
    if not p.exclude_context:
        return resolve(ctx, p.offence)
    kept = []
    for el in candidates(ctx, p.offence):
        doc = ctx.doc_by_id(el.doc_id)
        clauses = _clauses(ctx.text(doc), el.text) if doc is not None else []
        if not clauses or not all(any(compiled(x).search(c) for x in p.exclude_context) for c in clauses):
            kept.append(el)
    dated = [e for e in kept if date_of(e) is not None]
    return max(dated, key=lambda e: date_of(e) or dt.date.min) if dated else None


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 2月29日
        return day.replace(year=day.year + years, day=28)


@check_type("limitation_period.v1", params=Params)
def limitation_period(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The latest date the dossier gives for the violation (``offence``, normally role 违法行为 in the decision and the
    调查终结报告) lies within ``years`` (``long_years`` where ``long_when`` holds) before its discovery
    (``discovery``: 发现 / 受理 date, else 立案). Wording in ``continuing`` (the act went on "至今") makes it a PASS:
    the period runs from the end of a continuing act. No violation date or no discovery date: CANNOT_TELL.
    Periods that another law sets ("法律另有规定的除外") are not known to the check; the rule's ``long_when`` and
    the reviewer handle them. A date whose every mention stands in a clause matching ``exclude_context`` (当事人成立、
    执照核发) is not taken for the act; the latest remaining date counts. Beyond ``years`` but within ``long_years``,
    ``doubt_when`` (a field where the longer period may apply) gives CANNOT_TELL.
    ## Params
    offence, discovery (StepRef, see date_chain.v1), years, long_years, long_when (Condition), continuing
    (TextQuery), doubt_when (Condition), exclude_context, when
    ## Example
    ``{offence: {label: 违法行为日期, doc_types: [行政处罚决定书], roles: [违法行为], pick: latest}, discovery: {label:
    发现日期, doc_types: [案件来源登记表, 立案审批表], roles: [发现, 受理, 立案批准], pick: earliest}, years: 2}``
    fails when the decision says the goods were sold in 2020 and the case was found in 2024.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    a, b = _offence(ctx, p), resolve(ctx, p.discovery)
    if a is None or b is None:
        lost = [ref.label for ref, el in ((p.offence, a), (p.discovery, b)) if el is None]
        return CheckResult.cannot_tell("未找到" + "、".join(lost))
    da, db = date_of(a), date_of(b)
    assert da is not None and db is not None  # resolve() only returns dated elements
    evidence = [step_evidence(ctx, a, p.offence), step_evidence(ctx, b, p.discovery)]
    long = p.long_when is not None and p.long_when.holds(ctx)[0]
    years = p.long_years if long else p.years
    last = add_years(da, years)
    values = {"offence": da.isoformat(), "discovery": db.isoformat(), "deadline": last.isoformat(), "years": str(years)}
    if db <= last:
        return CheckResult.ok(evidence, **values)
    if p.continuing is not None:
        hits = p.continuing.hits(ctx)
        if hits:
            return CheckResult.ok(evidence + hits[:1], **values)
    if not long and p.doubt_when is not None and db <= add_years(da, p.long_years) and p.doubt_when.holds(ctx)[0]:
        return CheckResult.cannot_tell(
            f"超过{years}年，但案件可能涉及生命健康安全、金融安全或其他法律另有规定的时效，"
            f"需人工核对是否适用{p.long_years}年",
            evidence,
        )
    return CheckResult.fail(evidence, **values)
