"""discretion_grounds.v1 — a fine below the stated statutory minimum comes with stated 减轻 grounds."""

from __future__ import annotations

from decimal import Decimal

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Money


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    range_role: str = "幅度"  # amounts of a statutory range (…元以上…元以下)
    minimum_words: list[str] = ["以上", "至", "到"]  # words right after a range amount that make it the minimum
    maximum_words: list[str] = ["以下", "以内"]
    mitigation_patterns: list[str]  # regex: 减轻处罚 with its grounds stated
    lenient_patterns: list[str] = []  # regex: 从轻处罚 grounds (within the range: no minimum to check)
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("mitigation_patterns", "lenient_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


def _after(ctx: CheckContext, el: Element) -> str:
    page = ctx.dossier.page(el.prov.page).text
    return page[el.prov.span[1] : el.prov.span[1] + 6].lstrip(" 　")


def _fine(ctx: CheckContext, doc: Document) -> Element | None:
    fines = [e for e in ctx.elements(ElementKind.MONEY, [doc], ("罚款",)) if _sound(e)]
    decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
    if decided:
        start = min(_pos(e) for e in decided)
        fines = [e for e in fines if _pos(e) >= start] or fines
    return fines[-1] if fines else None


@check_type("discretion_grounds.v1", params=Params)
def discretion_grounds(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    第三十二条至第三十四条: the fine the decision imposes against the statutory range the decision itself quotes
    (amounts of role ``range_role``: "处五千元以上五万元以下罚款"). A fine at or above the lowest stated minimum
    passes. A fine below it passes only when the decision states 减轻 grounds (``mitigation_patterns``), else fails.
    With no range in the text, stated 从轻/减轻 grounds pass and anything else is CANNOT_TELL (the range is in the
    law, which needs a law database); a decision without a fine is NOT_APPLICABLE.
    ## Params
    doc_types, range_role, minimum_words, maximum_words, mitigation_patterns, lenient_patterns, when
    ## Example
    "依据…第一百二十四条…处五万元以上十万元以下罚款…决定罚款人民币贰万元整" with no 减轻 grounds fails.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.doc_types)}")
    doc = docs[-1]
    fine = _fine(ctx, doc)
    if fine is None:
        return CheckResult.not_applicable("决定未处以罚款")
    amount = Decimal(fine.value.yuan)  # type: ignore[union-attr]
    mitigation = [ev for pt in p.mitigation_patterns for ev in ctx.find(doc, compiled(pt))]
    lenient = [ev for pt in p.lenient_patterns for ev in ctx.find(doc, compiled(pt))]
    minimums = [
        Decimal(e.value.yuan)  # type: ignore[union-attr]
        for e in ctx.elements(ElementKind.MONEY, [doc], (p.range_role,))
        if _sound(e) and any(_after(ctx, e).startswith(w) for w in p.minimum_words)
    ]
    values = {"fine": str(amount), "minimum": str(min(minimums)) if minimums else ""}
    if minimums and amount < min(minimums):
        if mitigation:
            return CheckResult.ok([ctx.of_element(fine), mitigation[0]], **values)
        return CheckResult.fail([ctx.of_element(fine, note=f"低于法定最低数额{min(minimums)}元")], **values)
    if minimums:
        return CheckResult.ok([ctx.of_element(fine)], **values)
    if mitigation or lenient:
        return CheckResult.ok([ctx.of_element(fine), (mitigation or lenient)[0]], **values)
    return CheckResult.cannot_tell("决定书未载明法定罚款幅度，须对照法律条文核对罚款是否低于法定最低数额")
