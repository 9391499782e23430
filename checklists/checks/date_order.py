"""date_order.v1 — one dated step comes no later than another (立案 ≤ 告知 ≤ 决定 ≤ 送达 ≤ 结案 …)."""

from __future__ import annotations

from checklists.conditions import Condition, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.refs import ElementRef, date_of, find_one
from checklists.registry import CheckParams, check_type


class Params(CheckParams):
    earlier: ElementRef
    later: ElementRef
    strict: bool = False  # the later date must be strictly after
    missing: str = "cannot_tell"  # outcome when either date is not found: cannot_tell | not_applicable
    when: Condition | None = None


@check_type("date_order.v1", params=Params)
def date_order(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The element ``earlier`` is dated on or before ``later`` (strictly before with ``strict``). A date that cannot be
    found gives CANNOT_TELL naming it.
    ## Params
    earlier, later (ElementRef: doc_types, kind, roles, pick, label), strict, missing, when
    ## Example
    ``{earlier: {doc_types: [立案审批表], roles: [立案批准]}, later: {doc_types: [行政处罚决定书], roles: [落款]}}``
    fails when the decision is dated before the case was filed.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    a, b = find_one(ctx, p.earlier), find_one(ctx, p.later)
    lost = [ref.name() for ref, el in ((p.earlier, a), (p.later, b)) if el is None or date_of(el) is None]
    if lost or a is None or b is None:
        reason = "未找到" + "、".join(lost)
        return CheckResult.not_applicable(reason) if p.missing == "not_applicable" else CheckResult.cannot_tell(reason)
    da, db = date_of(a), date_of(b)
    assert da is not None and db is not None
    values = {
        "earlier": da.isoformat(),
        "later": db.isoformat(),
        "earlier_name": p.earlier.name(),
        "later_name": p.later.name(),
    }
    evidence = [ctx.of_element(a, note=p.earlier.name()), ctx.of_element(b, note=p.later.name())]
    if da > db or (p.strict and da == db):
        return CheckResult.fail(evidence, **values)
    return CheckResult.ok(evidence, **values)
