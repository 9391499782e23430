"""deadline.v1 — a step taken within (or not before) a period after another, in working or calendar days."""

from __future__ import annotations

from typing import Literal

from checklists.conditions import Condition, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.refs import ElementRef, date_of, find_one
from checklists.registry import CheckParams, check_type
from checklists.workdays import period_end


class Params(CheckParams):
    start: ElementRef
    end: ElementRef
    days: int | None = None
    days_param: str | None = None  # a profile parameter instead of a fixed number
    extra_days_param: str | None = None  # added when ``extension`` text is found (e.g. approved 延期)
    extension: ElementRef | None = None
    unit: Literal["auto", "working", "calendar"] = "auto"  # auto: 第八十五条 (2/3/5/7 working, others calendar)
    mode: Literal["within", "not_before"] = "within"  # within: end ≤ start+period; not_before: end > start+period
    missing: str = "cannot_tell"
    when: Condition | None = None


@check_type("deadline.v1", params=Params)
def deadline(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    ``within``: ``end`` falls on or before the last day of the period after ``start`` (送达 within 7 working days of
    the decision; decision within 90 days of 立案). ``not_before``: ``end`` falls after the period has run (the
    decision only after the 陈述申辩 period). Periods follow 第八十五条 and the statutory holiday calendar.
    ## Params
    start, end (ElementRef), days or days_param (profile), unit, mode, extension + extra_days_param, missing, when
    ## Example
    ``{start: {doc_types: [行政处罚决定书], roles: [落款]}, end: {doc_types: [送达回证], roles: [签收]}, days: 7}``
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    days = p.days if p.days is not None else int(ctx.profile.v(p.days_param)) if p.days_param else None
    if days is None:
        raise ValueError("deadline.v1 needs days or days_param")
    a, b = find_one(ctx, p.start), find_one(ctx, p.end)
    lost = [ref.name() for ref, el in ((p.start, a), (p.end, b)) if el is None or date_of(el) is None]
    if lost or a is None or b is None:
        reason = "未找到" + "、".join(lost)
        return CheckResult.not_applicable(reason) if p.missing == "not_applicable" else CheckResult.cannot_tell(reason)
    if p.extension is not None and p.extra_days_param and find_one(ctx, p.extension) is not None:
        days += int(ctx.profile.v(p.extra_days_param))
    da, db = date_of(a), date_of(b)
    assert da is not None and db is not None
    last, exact = period_end(da, days, p.unit)
    values = {
        "start": da.isoformat(),
        "end": db.isoformat(),
        "deadline": last.isoformat(),
        "days": str(days),
        "start_name": p.start.name(),
        "end_name": p.end.name(),
    }
    evidence = [ctx.of_element(a, note=p.start.name()), ctx.of_element(b, note=p.end.name())]
    late = db > last if p.mode == "within" else db <= last
    if late:
        result = CheckResult.fail(evidence, **values)
        if not exact:
            return CheckResult.cannot_tell(
                "节假日历未覆盖该年度，按周一至周五估算：" + result.values["deadline"], evidence
            )
        return result
    return CheckResult.ok(evidence, **values)
