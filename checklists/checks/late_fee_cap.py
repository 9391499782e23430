"""late_fee_cap.v1 — the 加处罚款 never exceeds the fine itself (第七十二条第一款第（一）项)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Money


class Params(CheckParams):
    decision_types: list[str] = ["行政处罚决定书"]
    doc_types: list[str] = []  # where 加处罚款 amounts are read; empty: every document
    late_role: str = "加处罚款"

    @field_validator("decision_types", "doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


@check_type("late_fee_cap.v1", params=Params)
def late_fee_cap(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every amount of role ``late_role`` (加处罚款, in a 催告书, 强制执行申请书, 缴款书 …) is at most the fine the
    decision imposes (its result part's 罚款). No 加处罚款 amount: NOT_APPLICABLE; no fine found: CANNOT_TELL.
    ## Params
    decision_types, doc_types, late_role
    ## Example
    A decision of 罚款5000元 and a 催告书 "加处罚款人民币6000元" fail.
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    late = [e for e in ctx.elements(ElementKind.MONEY, docs, (p.late_role,)) if _sound(e)]
    if not late:
        return CheckResult.not_applicable("案卷中未见加处罚款金额")
    fines: list[Element] = []
    for doc in ctx.docs(*p.decision_types):
        decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
        start = min((_pos(e) for e in decided), default=(0, 0))
        fines += [e for e in ctx.elements(ElementKind.MONEY, [doc], ("罚款",)) if _sound(e) and _pos(e) >= start]
    if not fines:
        return CheckResult.cannot_tell("未找到决定书的罚款数额")
    cap = max(Decimal(e.value.yuan) for e in fines)  # type: ignore[union-attr]
    failures: list[Evidence] = [
        ctx.of_element(e, note=f"加处罚款超过罚款数额{cap}元")
        for e in late
        if Decimal(e.value.yuan) > cap  # type: ignore[union-attr]
    ]
    if failures:
        return CheckResult.fail(failures, cap=str(cap), quote=failures[0].quote)
    return CheckResult.ok([ctx.of_element(late[0])], cap=str(cap))
