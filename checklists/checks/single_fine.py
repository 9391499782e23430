"""single_fine.v1 — one violation, one fine: no two 罚款 in a decision that names a single violated provision."""

from __future__ import annotations

from decimal import Decimal

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, LawRef, Money


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    fine_role: str = "罚款"
    total_cues: list[str] = ["合计", "共计", "总计"]  # words just before a total, which is not another fine
    ignore_laws: list[str] = ["行政处罚法"]  # procedural citations that are no violated provision
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _sound(el: Element) -> bool:
    """A money element to compute with: a 大写 half that disagrees with its 小写 pair is left out (I01 reports it)."""
    m = el.value
    return isinstance(m, Money) and not (m.style == "大写" and m.pair_yuan is not None and m.pair_yuan != m.yuan)


def _pos(el: Element) -> tuple[int, int]:
    return (el.prov.page, el.prov.span[0])


def _is_total(ctx: CheckContext, el: Element, cues: list[str]) -> bool:
    page = ctx.dossier.page(el.prov.page).text
    before = page[max(0, el.prov.span[0] - 8) : el.prov.span[0]]
    return any(cue in before for cue in cues)


def _fines(ctx: CheckContext, doc: Document, p: Params) -> list[Element]:
    decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
    if not decided:
        return []
    start = min(_pos(e) for e in decided)
    return [
        e
        for e in ctx.elements(ElementKind.MONEY, [doc], (p.fine_role,))
        if _sound(e) and _pos(e) >= start and not _is_total(ctx, e, p.total_cues)
    ]


@check_type("single_fine.v1", params=Params)
def single_fine(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    第二十九条: no two 罚款 for one violation. In the result part of each decision (from its first imposed penalty
    type on) the distinct 罚款 amounts are counted (a 大写/小写 pair is one amount; a total after ``total_cues`` is
    not another fine). Two or more fines where the decision cites a single violated provision (违反, other than
    ``ignore_laws``) fail; several fines for several cited violations give CANNOT_TELL (合并处罚 of different acts is
    lawful, whether they are different acts needs a reader). Whether the higher of several applicable rules was
    used needs a law database and is not judged. No fine: NOT_APPLICABLE.
    ## Params
    doc_types, fine_role, total_cues, ignore_laws, when
    ## Example
    "违反了《…》第三十四条…决定：1．罚款人民币伍仟元整；2．罚款人民币叁仟元整。" fails.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.doc_types)}")
    failures: list[Evidence] = []
    unsure = False
    seen_fine = False
    for doc in docs:
        fines = _fines(ctx, doc, p)
        amounts: dict[Decimal, Element] = {}
        for e in fines:
            amounts.setdefault(e.value.yuan, e)  # type: ignore[union-attr]
        seen_fine = seen_fine or bool(amounts)
        if len(amounts) < 2:
            continue
        violated = {
            (e.value.law.removeprefix("《中华人民共和国").strip("《》"), tuple(a.article for a in e.value.articles))
            for e in ctx.elements(ElementKind.LAW_CITATION, [doc], ("违反",))
            if isinstance(e.value, LawRef) and not any(x in e.value.law for x in p.ignore_laws)
        }
        if len(violated) <= 1:
            failures += [ctx.of_element(e, note="同一违法行为给予两次以上罚款") for e in amounts.values()]
        else:
            unsure = True
    if failures:
        return CheckResult.fail(failures, count=str(len(failures)))
    if unsure:
        return CheckResult.cannot_tell("决定书对多个违法行为分别处以罚款，须人工核对是否为同一违法行为")
    if not seen_fine:
        return CheckResult.not_applicable("决定未处以罚款")
    return CheckResult.ok()
