"""amount_arithmetic.v1 — stated totals add up, and a fine stated as a multiple equals base × factor."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Money
from extractors.normalize import cn_int, normalize


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    item_roles: list[str] = ["罚款", "没收违法所得"]
    total_cues: list[str] = ["合计", "共计", "总计"]  # words within a few characters before a total
    total_roles: list[str | None] = ["罚没款", "罚款", "缴款", None]  # a 货值 or 违法所得 total is a fact, no sum
    cue_window: int = 8
    multiple_patterns: list[str] = []  # regex with groups "base" (an amount in digits) and "factor" (倍数)
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("multiple_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


def _number(s: str) -> Decimal | None:
    s = normalize(s).replace(",", "").strip()
    try:
        return Decimal(s)
    except InvalidOperation:
        n = cn_int(s)
        return None if n is None else Decimal(n)


def _is_total(ctx: CheckContext, el: Element, p: Params) -> bool:
    page = ctx.dossier.page(el.prov.page).text
    return any(cue in page[max(0, el.prov.span[0] - p.cue_window) : el.prov.span[0]] for cue in p.total_cues)


def _totals(ctx: CheckContext, doc: Document, p: Params) -> tuple[list[Evidence], list[Evidence]]:
    money = [e for e in ctx.elements(ElementKind.MONEY, [doc]) if _sound(e)]
    decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
    if not decided:
        return [], []
    start = min(_pos(e) for e in decided)
    totals = [e for e in money if _pos(e) >= start and e.role in p.total_roles and _is_total(ctx, e, p)]
    items: dict[tuple[str | None, Decimal], Element] = {}
    for e in money:
        if _pos(e) >= start and e.role in p.item_roles and e not in totals:
            items.setdefault((e.role, Decimal(e.value.yuan)), e)  # type: ignore[union-attr]
    fails, oks = [], []
    if len(items) >= 2:
        expected = sum(yuan for _, yuan in items)
        for t in totals:
            got = Decimal(t.value.yuan)  # type: ignore[union-attr]
            if got != expected:
                fails.append(ctx.of_element(t, note=f"合计{got}元，各项之和为{expected}元"))
            else:
                oks.append(ctx.of_element(t))
    return fails, oks


def _multiples(ctx: CheckContext, doc: Document, p: Params) -> tuple[list[Evidence], list[Evidence]]:
    fines = {Decimal(e.value.yuan) for e in ctx.elements(ElementKind.MONEY, [doc], ("罚款",))}  # type: ignore[union-attr]
    norm = normalize(ctx.text(doc))
    fails, oks = [], []
    for pattern in p.multiple_patterns:
        for m in compiled(pattern).finditer(norm):
            base, factor = _number(m.group("base")), _number(m.group("factor"))
            if base is None or factor is None or not fines:
                continue
            expected = base * factor
            if expected in fines:
                oks.append(ctx.at(doc, m.start(), m.end()))
            else:
                shown = "、".join(f"{x}元" for x in sorted(fines))
                fails.append(ctx.at(doc, m.start(), m.end(), note=f"{base}元×{factor}倍={expected}元，决定罚款{shown}"))
    return fails, oks


@check_type("amount_arithmetic.v1", params=Params)
def amount_arithmetic(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The arithmetic the decision states. A total (an amount of ``total_roles`` after ``total_cues``: 合计 / 共计) in the
    result part (from the first imposed penalty type on) equals the sum of the distinct amounts of ``item_roles``
    there (罚款 + 没收违法所得). A fine stated as a multiple
    (``multiple_patterns``: "货值金额12000元的三倍") equals base × factor for one of the decision's 罚款 amounts.
    Neither a total nor a multiple stated: NOT_APPLICABLE.
    ## Params
    doc_types, item_roles, total_cues, total_roles, cue_window, multiple_patterns, when
    ## Example
    "没收违法所得人民币2000元，并处罚款人民币5000元，罚没款共计人民币8000元" fails.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    fails: list[Evidence] = []
    oks: list[Evidence] = []
    for doc in ctx.docs(*p.doc_types):
        for f, o in (_totals(ctx, doc, p), _multiples(ctx, doc, p)):
            fails += f
            oks += o
    if fails:
        return CheckResult.fail(fails, reason=fails[0].note, quote=fails[0].quote)
    if not oks:
        return CheckResult.not_applicable("决定书未载明合计金额或倍数计算")
    return CheckResult.ok(oks)
