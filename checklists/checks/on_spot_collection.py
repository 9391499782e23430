"""on_spot_collection.v1 — 当场收缴 only for small fines or where later payment is hard, with a 专用票据."""

from __future__ import annotations

from decimal import Decimal

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Money


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书", "执行材料"]
    trigger_patterns: list[str]  # regex: the fine was collected on the spot
    small_limit: Decimal = Decimal(100)  # 第六十八条第（一）项
    hardship_patterns: list[str] = []  # regex: 事后难以执行 / 边远、水上、交通不便 (第六十八条第（二）项, 第六十九条)
    receipt_patterns: list[str] = []  # regex: a 专用票据 issued (第七十条)

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("trigger_patterns", "hardship_patterns", "receipt_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


@check_type("on_spot_collection.v1", params=Params)
def on_spot_collection(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    When ``trigger_patterns`` show the fine was collected on the spot: the fine is at most ``small_limit`` (一百元)
    or the dossier states why later payment was impractical (``hardship_patterns``), and a 专用票据 issued by the
    财政部门 is referenced (``receipt_patterns``). No 当场收缴: NOT_APPLICABLE; the fine not found: CANNOT_TELL.
    ## Params
    doc_types, trigger_patterns, small_limit, hardship_patterns, receipt_patterns
    ## Example
    "当场收缴罚款人民币贰佰元整" with no hardship stated fails.
    """
    docs = ctx.docs(*p.doc_types)
    hits = [ev for pt in p.trigger_patterns for ev in ctx.find_in(docs, compiled(pt))]
    if not hits:
        return CheckResult.not_applicable("未当场收缴罚款")
    every = ctx.dossier.documents
    fines = [e for e in ctx.elements(ElementKind.MONEY, ctx.decisions(), ("罚款",)) if _sound(e)]
    if not fines:
        return CheckResult.cannot_tell("未找到罚款数额")
    top = max(fines, key=lambda e: e.value.yuan)  # type: ignore[union-attr]
    amount = Decimal(top.value.yuan)  # type: ignore[union-attr]
    failures: list[Evidence] = []
    hardship = [ev for pt in p.hardship_patterns for ev in ctx.find_in(every, compiled(pt))]
    if amount > p.small_limit and not hardship:
        failures.append(
            ctx.of_element(top, note=f"当场收缴罚款{amount}元，超过{p.small_limit}元且未载明事后难以执行等情形")
        )
    receipts = [ev for pt in p.receipt_patterns for ev in ctx.find_in(every, compiled(pt))]
    if not receipts:
        failures.append(hits[0].model_copy(update={"note": "未见财政部门统一制发的专用票据"}))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, amount=str(amount))
    return CheckResult.ok([hits[0], *receipts[:1]], amount=str(amount))
