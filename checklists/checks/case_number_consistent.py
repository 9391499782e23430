"""case_number_consistent.v1 — the decision's 文号 is quoted the same way on the 封面, 目录, 回证, 缴款书 …"""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind
from extractors.normalize import compact, normalize
from extractors.patterns import CASE_NUMBER_WRAPPED_DI, CASE_NUMBER_WRAPPED_END


class Params(CheckParams):
    decision_types: list[str] = ["行政处罚决定书"]
    doc_types: list[str]  # where the decision's number is quoted
    reference_patterns: list[str]  # regex on the line of a number: the number is the decision's (决定书 / 决定文号)
    own_number_types: list[str] = ["案卷封面"]  # documents whose own number (本文书文号) is the decision's
    unreadable_chars: str = "\n年月日"  # a quoted number holding one of these is text run together, not judged
    max_evidence: int = 6

    @field_validator("decision_types", "doc_types", "own_number_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("reference_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def number_key(number: str) -> str:
    """A 文号 for comparing: normalised, no white space, round brackets as 〔〕, no 第, no leading zeros."""
    s = compact(normalize(number)).replace("(", "〔").replace(")", "〕").replace("第", "")
    out: list[str] = []
    for i, ch in enumerate(s):
        if ch == "0" and not (out and out[-1].isdigit()) and i + 1 < len(s) and s[i + 1].isdigit():
            continue
        out.append(ch)
    return "".join(out)


def _line(ctx: CheckContext, el: Element) -> str:
    text = ctx.dossier.page(el.prov.page).text
    start = text.rfind("\n", 0, el.prov.span[0]) + 1
    end = text.find("\n", el.prov.span[1])
    return normalize(text[start : end if end >= 0 else len(text)])


@check_type("case_number_consistent.v1", params=Params)
def case_number_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The decision's own 文号 against every 文号 in ``doc_types`` that stands for it: a number on a line matching
    ``reference_patterns`` (…决定书… / 决定书文号), or the own number of an ``own_number_types`` document (the
    封面's 处罚决定书文号). Numbers are compared after normalising brackets, 第 and leading zeros (the bracket style is
    case_number.v1's business). No decision number, or no quoting document: CANNOT_TELL.
    ## Params
    decision_types, doc_types, reference_patterns, own_number_types, unreadable_chars, max_evidence
    ## Example
    A decision numbered 川成锦市监罚〔2024〕12号 and a 送达回证 "行政处罚决定书 川成锦市监罚〔2024〕21号" fail.
    """
    decisions = ctx.docs(*p.decision_types)
    own = [e for e in ctx.elements(ElementKind.CASE_NUMBER, decisions) if e.role == "本文书文号"]
    if not own:
        return CheckResult.cannot_tell("未找到处罚决定书文号")
    ref = own[0]
    ref_key = number_key(str(ref.value))
    own_types = {d.id for d in ctx.docs(*p.own_number_types)}
    quoted: list[Element] = []
    for el in ctx.elements(ElementKind.CASE_NUMBER, ctx.docs(*p.doc_types)):
        # a line wrapped before the closing 号 ("〔2024〕第174\n号") or after 第 ("〔2024〕第\n085号") is still one
        # number; other table cells run together ("〔2024〕第决定日期 2024年7月26日\n172号") are no number to judge
        unwrapped = CASE_NUMBER_WRAPPED_DI.sub(r"\1", CASE_NUMBER_WRAPPED_END.sub(r"\1号", el.text))
        if any(ch in unwrapped for ch in p.unreadable_chars):
            continue
        if (el.role == "本文书文号" and el.doc_id in own_types) or any(
            compiled(pt).search(_line(ctx, el)) for pt in p.reference_patterns
        ):
            quoted.append(el)
    if not quoted:
        return CheckResult.cannot_tell("其他文书未引用处罚决定书文号")
    odd = [e for e in quoted if number_key(str(e.value)) != ref_key]
    if odd:
        evidence: list[Evidence] = [ctx.of_element(e, note=f"与决定书文号{ref.value}不一致") for e in odd]
        evidence = [*evidence[: p.max_evidence], ctx.of_element(ref, note="处罚决定书文号")]
        return CheckResult.fail(evidence, number=str(ref.value), other=str(odd[0].value))
    return CheckResult.ok([ctx.of_element(ref)], number=str(ref.value))
