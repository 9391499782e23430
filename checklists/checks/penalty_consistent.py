"""penalty_consistent.v1 — the penalty in the 审批表 and the amount paid match the decision."""

from __future__ import annotations

from decimal import Decimal
from itertools import combinations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Money


class Params(CheckParams):
    decision_types: list[str] = ["行政处罚决定书"]
    approval_types: list[str] = ["处罚决定审批"]
    notice_types: list[str] = ["告知书", "听证告知书"]
    payment_types: list[str] = ["执行材料"]
    payment_roles: list[str | None] = ["缴款", "罚没款", "罚款", None]
    gains_role: str = "没收违法所得"
    when: Condition | None = None

    @field_validator("decision_types", "approval_types", "notice_types", "payment_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


def _amounts(ctx: CheckContext, doc: Document, roles: tuple[str | None, ...], from_result: bool) -> list[Element]:
    els = [e for e in ctx.elements(ElementKind.MONEY, [doc], roles) if _sound(e)]
    if from_result:
        penalties = ctx.elements(ElementKind.PENALTY, [doc])
        if penalties:
            start = min(_pos(e) for e in penalties)
            els = [e for e in els if _pos(e) >= start] or els
    return els


def _yuan(els: list[Element]) -> set[Decimal]:
    return {Decimal(e.value.yuan) for e in els}  # type: ignore[union-attr]


@check_type("penalty_consistent.v1", params=Params)
def penalty_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The decision's penalty against the other documents that carry it. 处罚决定审批: the same penalty types (a type
    whose word is not read there counts when the decision's amount for it is: a word split by a table's label
    column), and the decision's fine among its amounts (unless the decision is lower than the notice's proposal,
    i.e. reduced after 陈述申辩). 执行材料 (缴款书): each one that states an amount of ``payment_roles`` states the
    fine, the 没收违法所得, or their sum. The last 告知书: the decision may be lighter (reduced after 陈述申辩) but not
    heavier and of no other type. Nothing to compare: CANNOT_TELL.
    ## Params
    decision_types, approval_types, notice_types, payment_types, payment_roles, gains_role, when
    ## Example
    A decision of 罚款人民币陆万元整 and a 缴款书 "金额合计 ¥55000.00" fail.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    decisions = ctx.docs(*p.decision_types)
    if not decisions:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.decision_types)}")
    decision = decisions[-1]
    fines = _yuan(_amounts(ctx, decision, ("罚款",), True))
    gains = _yuan(_amounts(ctx, decision, (p.gains_role,), True))
    types = {str(e.value) for e in ctx.elements(ElementKind.PENALTY, [decision], ("决定",))}
    notice_fines = _yuan([e for d in ctx.docs(*p.notice_types) for e in _amounts(ctx, d, ("罚款",), True)])
    failures: list[Evidence] = []
    compared = False
    fine = max(fines) if fines else None
    amounts_of = {"罚款": fines, p.gains_role: gains}
    for doc in ctx.docs(*p.approval_types):
        a_types = {str(e.value) for e in ctx.elements(ElementKind.PENALTY, [doc])}
        # a type whose word a table's label column split ("罚\n承办人意见 款人民币壹万陆仟元整") is still there when
        # the decision's amount for it is
        if a_types and types:
            compared = True
            a_amounts = _yuan([e for e in ctx.elements(ElementKind.MONEY, [doc]) if _sound(e)])
            a_types |= {t for t in types - a_types if amounts_of.get(t, set()) & a_amounts}
            if a_types != types:
                failures.append(ctx.whole(doc, note=f"审批表处罚种类{'、'.join(sorted(a_types))}与决定书不一致"))
        a_fines = _amounts(ctx, doc, ("罚款",), True)
        if fine is not None and a_fines:
            compared = True
            reduced = bool(notice_fines) and fine < max(notice_fines)
            if fine not in _yuan(a_fines) and not reduced:
                failures.append(ctx.of_element(a_fines[0], note=f"审批表罚款与决定书罚款{fine}元不一致"))
    for doc in ctx.docs(*p.notice_types)[-1:]:  # the last notice is the one the decision follows
        n_fines = _amounts(ctx, doc, ("罚款",), True)
        n_types = {str(e.value) for e in ctx.elements(ElementKind.PENALTY, [doc])}
        if fine is not None and n_fines:
            compared = True
            proposed = max(_yuan(n_fines))
            if fine > proposed:
                failures.append(ctx.of_element(n_fines[0], note=f"告知书拟罚款{proposed}元，决定书罚款{fine}元"))
        if n_types and types:
            compared = True
            added = types - n_types
            if added:
                failures.append(ctx.whole(doc, note=f"决定书的{'、'.join(sorted(added))}未经告知"))
    if fine is not None or gains:
        parts = [x for x in (fine, sum(gains) if gains else None) if x is not None]
        accepted = {Decimal(sum(c)) for n in range(1, len(parts) + 1) for c in combinations(parts, n)}
        for doc in ctx.docs(*p.payment_types):
            paid = _amounts(ctx, doc, tuple(p.payment_roles), False)
            if not paid:
                continue
            compared = True
            if not _yuan(paid) & accepted:
                want = "、".join(f"{x}元" for x in sorted(accepted))
                failures.append(ctx.of_element(paid[-1], note=f"缴款金额与决定书不一致，应为{want}"))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, amount=failures[0].quote)
    if not compared:
        return CheckResult.cannot_tell("未找到可与决定书比对的审批表或缴款凭证金额")
    return CheckResult.ok([ctx.whole(decision)])
