"""address_precision.v1 — addresses are written down to the 门牌号 (北京 3.7): 号 / 栋 / 单元 / 室 / 组 …"""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind
from extractors.normalize import compact


class Params(CheckParams):
    doc_types: list[str] = []  # empty: every document
    roles: list[str | None] = []  # ADDRESS roles to look at (empty: any)
    markers: list[str]  # an address that contains one of these is precise enough (号, 栋, 单元, 室, 组 …)
    max_evidence: int = 5

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("address_precision.v1", params=Params)
def address_precision(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every extracted address (ADDRESS elements of ``roles`` in ``doc_types``) contains one of ``markers``, i.e. it
    goes down to the house number. Masked addresses are skipped; each address is judged once. An address without a
    marker is evidence; no address found gives CANNOT_TELL.
    ## Params
    doc_types, roles, markers, max_evidence
    ## Example
    ``{markers: [号, 栋, 单元, 室, 组]}`` fails on "住所：成都市锦江区东大街" and passes "成都市锦江区东大街100号".
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else None
    roles = p.roles or None
    found = [e for e in ctx.elements(ElementKind.ADDRESS, docs, roles) if not e.masked]
    if not found:
        return CheckResult.cannot_tell("未找到地址")
    seen: dict[str, bool] = {}
    vague = []
    for el in found:
        value = compact(str(el.value))
        if value in seen:
            continue
        seen[value] = any(m in value for m in p.markers)
        if not seen[value]:
            vague.append(el)
    if vague:
        evidence = [ctx.of_element(e, note="地址未具体到门牌号") for e in vague[: p.max_evidence]]
        return CheckResult.fail(evidence, quote=vague[0].text, count=str(len(vague)))
    return CheckResult.ok([ctx.of_element(found[0])])
