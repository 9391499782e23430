"""simple_eligibility.v1 — a 当场 decision stays within 第五十一条: 警告 or a small fine."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Money, Party, PartyType


class Params(CheckParams):
    limits_param: str = "simple_procedure_limits"  # profile parameter {individual: 200, organization: 3000}
    allowed_penalties: list[str] = ["警告", "罚款"]
    individual_business_as: Literal["individual", "organization", "unknown"] = "individual"
    variant: str = "当场行政处罚决定书"


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


@check_type("simple_eligibility.v1", params=Params)
def simple_eligibility(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    A decision of ``variant`` (当场行政处罚决定书) imposes only ``allowed_penalties`` (警告、罚款) and a fine within
    the profile's ``limits_param`` for the party's type (第五十一条: 公民二百元、法人或者其他组织三千元). A
    个体工商户 counts as ``individual_business_as``; when the party type is unknown and the fine lies between the
    two limits, the result is CANNOT_TELL.
    ## Params
    limits_param, allowed_penalties, individual_business_as, variant
    ## Example
    A 当场行政处罚决定书 fining a 公民 罚款人民币伍佰元整 fails.
    """
    decisions = [d for d in ctx.decisions() if d.variant == p.variant]
    if not decisions:
        return CheckResult.not_applicable(f"案卷中没有{p.variant}")
    limits = ctx.profile.v(p.limits_param) or {}
    person_limit = Decimal(str(limits.get("individual", 0)))
    org_limit = Decimal(str(limits.get("organization", 0)))
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    unsure = False
    for doc in decisions:
        decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
        for el in decided:
            if str(el.value) not in p.allowed_penalties:
                failures.append(ctx.of_element(el, note=f"当场处罚不得给予{el.value}"))
        start = min((_pos(e) for e in decided), default=(0, 0))
        fines = [e for e in ctx.elements(ElementKind.MONEY, [doc], ("罚款",)) if _sound(e) and _pos(e) >= start]
        if not fines:
            if decided:
                passes.append(ctx.of_element(decided[0]))
            else:
                unsure = True  # no penalty recognised: nothing to judge
            continue
        top = max(fines, key=lambda e: e.value.yuan)  # type: ignore[union-attr]
        amount = Decimal(top.value.yuan)  # type: ignore[union-attr]
        party = next((e.value for e in ctx.elements(ElementKind.PARTY, [doc]) if isinstance(e.value, Party)), None)
        ptype = party.party_type if party and party.party_type else ctx.case.party_type
        kind = {PartyType.INDIVIDUAL: "individual", PartyType.ORGANIZATION: "organization"}.get(ptype)  # type: ignore[arg-type]
        if ptype == PartyType.INDIVIDUAL_BUSINESS:
            kind = None if p.individual_business_as == "unknown" else p.individual_business_as
        limit = person_limit if kind == "individual" else org_limit
        if amount > org_limit or (kind is not None and amount > limit):
            failures.append(ctx.of_element(top, note=f"罚款{amount}元超过当场处罚限额{limit}元"))
        elif kind is None and amount > person_limit:
            unsure = True
        else:
            passes.append(ctx.of_element(top))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note)
    if unsure:
        return CheckResult.cannot_tell(f"未能识别处罚种类，或当事人类型不明而罚款超过{person_limit}元")
    return CheckResult.ok(passes)
