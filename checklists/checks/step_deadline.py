"""step_deadline.v1 — a step taken within (or only after) a period after another step, where a step may be the day a
document was served; with extensions, waivers (当事人放弃陈述申辩) and periods that may not count (检测、听证)."""

from __future__ import annotations

from typing import Literal

from pydantic import model_validator

from checklists.checks.date_chain import StepRef, resolve, step_evidence
from checklists.conditions import Condition, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence, Outcome
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from checklists.workdays import period_end


class Extension(CheckParams):
    """Days added to the period when ``when`` holds (an approved 延期)."""

    when: Condition
    days: int | None = None
    days_param: str | None = None  # a profile parameter instead of a fixed number

    @model_validator(mode="after")
    def _days(self) -> Extension:
        if (self.days is None) == (self.days_param is None):
            raise ValueError("an extension needs exactly one of days or days_param")
        return self


class Params(CheckParams):
    start: StepRef
    end: StepRef
    days: int | None = None
    days_param: str | None = None  # a profile parameter instead of a fixed number
    unit: Literal["auto", "working", "calendar"] = "auto"  # auto: 第八十五条 (2/3/5/7 working, others calendar)
    # within: end ≤ last day of the period; not_before: end after the last day; on_or_after: end on or after it
    mode: Literal["within", "not_before", "on_or_after"] = "within"
    extensions: list[Extension] = []
    waived_by: list[Condition] = []  # any holds: a step outside the period is lawful (PASS, the waiver quoted)
    excused_by: list[Condition] = []  # any holds: the period may lawfully run longer (CANNOT_TELL)
    missing: Literal["cannot_tell", "not_applicable"] = "cannot_tell"
    when: Condition | None = None

    @model_validator(mode="after")
    def _days(self) -> Params:
        if (self.days is None) == (self.days_param is None):
            raise ValueError("step_deadline.v1 needs exactly one of days or days_param")
        return self


def _days(ctx: CheckContext, days: int | None, param: str | None) -> int:
    return days if days is not None else int(ctx.profile.v(str(param)))


def _holding(ctx: CheckContext, conditions: list[Condition]) -> tuple[Condition, list[Evidence]] | None:
    for cond in conditions:
        met, _ = cond.holds(ctx)
        if met:
            quotes = cond.text.hits(ctx)[:2] if cond.text is not None else []
            if not quotes and cond.doc_present:
                quotes = [ctx.whole(d) for d in ctx.docs(*cond.doc_present)[:1]]
            return cond, quotes
    return None


@check_type("step_deadline.v1", params=Params)
def step_deadline(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    ``within``: ``end`` falls on or before the last day of the period after ``start`` (决定书 served within 7
    working days of the decision; decision within 90 days of 立案). ``not_before``: ``end`` falls after the period
    has run (the decision only after the 陈述申辩 period that starts when the 告知书 is served). ``on_or_after``:
    ``end`` falls on the last day or later (听证 at least 7 working days after the 听证通知书 is served). Periods
    follow 第八十五条 and the statutory holiday calendar. Each ``extensions`` entry whose condition holds adds its
    days. Outside the period, a ``waived_by`` condition that holds makes it a PASS (the party waived or already
    stated its case), an ``excused_by`` condition a CANNOT_TELL (periods that may not count: 检测、听证、中止).
    Steps are StepRefs (see date_chain.v1): a document's own date or the day it was served.
    ## Params
    start, end (StepRef), days or days_param, unit, mode, extensions [{when, days | days_param}], waived_by,
    excused_by, missing, when
    ## Example
    ``{start: {label: 告知书送达日期, doc_types: [告知书], served: true, fallback_own_date: true},
    end: {label: 决定日期, doc_types: [行政处罚决定书], roles: [落款]}, days_param: statement_period_days,
    mode: not_before, waived_by: [{doc_present: [陈述申辩材料]}]}`` fails on a decision made two working days
    after the notice was served when the party neither stated its case nor waived it.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    a, b = resolve(ctx, p.start), resolve(ctx, p.end)
    if a is None or b is None:
        lost = [ref.label for ref, el in ((p.start, a), (p.end, b)) if el is None]
        reason = "未找到" + "、".join(lost)
        return CheckResult.not_applicable(reason) if p.missing == "not_applicable" else CheckResult.cannot_tell(reason)
    days = _days(ctx, p.days, p.days_param)
    for ext in p.extensions:
        if ext.when.holds(ctx)[0]:
            days += _days(ctx, ext.days, ext.days_param)
    da, db = date_of(a), date_of(b)
    assert da is not None and db is not None  # resolve() only returns dated elements
    last, exact = period_end(da, days, p.unit)
    values = {
        "start": da.isoformat(),
        "end": db.isoformat(),
        "deadline": last.isoformat(),
        "days": str(days),
        "start_name": p.start.label,
        "end_name": p.end.label,
    }
    evidence = [step_evidence(ctx, a, p.start), step_evidence(ctx, b, p.end)]
    outside = {"within": db > last, "not_before": db <= last, "on_or_after": db < last}[p.mode]
    if not outside:
        return CheckResult.ok(evidence, **values)
    waiver = _holding(ctx, p.waived_by)
    if waiver is not None:
        return CheckResult(
            outcome=Outcome.PASS,
            evidence=tuple(evidence + waiver[1]),
            values=values,
            reason="期限外，但案卷记载了免除期限要求的情形",
        )
    excuse = _holding(ctx, p.excused_by)
    if excuse is not None:
        return CheckResult.cannot_tell(
            f"期限为{days}日至{last.isoformat()}，但案卷有不计入期限的情形，需人工核对", evidence + excuse[1]
        )
    if not exact:
        return CheckResult.cannot_tell("节假日历未覆盖该年度，按周一至周五估算：" + last.isoformat(), evidence)
    return CheckResult.fail(evidence, **values)
