"""penalty_not_heavier.v1 — the decision is not heavier than the penalty the (last) notice proposed."""

from __future__ import annotations

from decimal import Decimal

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Money


class Params(CheckParams):
    notice_types: list[str] = ["告知书", "听证告知书"]
    decision_types: list[str] = ["行政处罚决定书"]
    amount_roles: list[str] = ["罚款", "没收违法所得"]
    when: Condition | None = None

    @field_validator("notice_types", "decision_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


def result_amounts(ctx: CheckContext, doc: Document, role: str) -> list[Element]:
    """Amounts of ``role`` in the result part: from the first penalty type on (the narrative before it may quote
    an earlier proposal); all of them when the document names no penalty type."""
    amounts = [e for e in ctx.elements(ElementKind.MONEY, [doc], (role,)) if _sound(e)]
    penalties = ctx.elements(ElementKind.PENALTY, [doc])
    if not penalties:
        return amounts
    start = min(_pos(e) for e in penalties)
    after = [e for e in amounts if _pos(e) >= start]
    return after or amounts


def _top(els: list[Element]) -> Element | None:
    return max(els, key=lambda e: e.value.yuan, default=None)  # type: ignore[union-attr]


@check_type("penalty_not_heavier.v1", params=Params)
def penalty_not_heavier(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The decision gives no penalty type the last notice (告知书 / 听证告知书) did not propose, and no amount of
    ``amount_roles`` (罚款, 没收违法所得) above the notice's (第四十五条第二款: 不得因陈述、申辩而给予更重的处罚;
    a heavier decision needs a new notice, which then is the last one). Lighter is fine.
    ## Params
    notice_types, decision_types, amount_roles, when
    ## Example
    A 告知书 proposing 罚款人民币伍仟元整 and a decision imposing 罚款人民币捌仟元整 fails.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    notices, decisions = ctx.docs(*p.notice_types), ctx.docs(*p.decision_types)
    if not notices or not decisions:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.notice_types if not notices else p.decision_types)}")
    notice, decision = notices[-1], decisions[-1]
    proposed = {str(e.value) for e in ctx.elements(ElementKind.PENALTY, [notice])}
    decided = ctx.elements(ElementKind.PENALTY, [decision], ("决定",))
    failures: list[Evidence] = []
    compared = False
    if proposed and decided:
        compared = True
        for el in decided:
            if str(el.value) not in proposed:
                failures.append(ctx.of_element(el, note=f"告知书未拟给予{el.value}"))
    for role in p.amount_roles:
        top_n, top_d = _top(result_amounts(ctx, notice, role)), _top(result_amounts(ctx, decision, role))
        if top_n is None or top_d is None:
            continue
        compared = True
        a, b = top_n.value.yuan, top_d.value.yuan  # type: ignore[union-attr]
        if Decimal(b) > Decimal(a):
            failures.append(ctx.of_element(top_d, note=f"决定{role}{b}元，告知书拟{role}{a}元"))
            failures.append(ctx.of_element(top_n, note="告知书拟处罚数额"))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, decided=failures[0].quote)
    if not compared:
        return CheckResult.cannot_tell("未能从告知书和决定书中读出可比较的处罚种类或数额")
    return CheckResult.ok([ctx.whole(notice), ctx.whole(decision)])
