"""issuer_consistent.v1 — the same 机关 issues the 立案, 告知 and 决定 documents (执法主体一致)."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind

_BRACKETS = str.maketrans({"（": "(", "）": ")"})


class Params(CheckParams):
    doc_types: list[str]
    roles: list[str] = ["首部", "落款"]  # ISSUER roles read (head line, footer)
    header_only: list[str] = []  # forms (审批表) whose agency is only read from the head: their cells name other bodies
    synonyms: list[list[str]] = []  # [written, canonical] pairs applied before comparing (市场监管局 → 市场监督管理局)
    nested_ok: bool = (
        True  # a name containing the other (锦江区市场监督管理局 / 成都市锦江区市场监督管理局) is the same
    )

    @field_validator("doc_types", "header_only")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("synonyms")
    @classmethod
    def _pairs(cls, v: list[list[str]]) -> list[list[str]]:
        for pair in v:
            if len(pair) != 2 or not all(pair):
                raise ValueError("each synonym is a pair [written, canonical]")
        return v


def _norm(name: str, synonyms: list[list[str]]) -> str:
    flat = "".join(name.split()).translate(_BRACKETS)
    for written, canonical in synonyms:
        flat = flat.replace(written, canonical)
    return flat


def _same(a: str, b: str, nested_ok: bool) -> bool:
    return a == b or (nested_ok and (a in b or b in a))


def _edit_distance_le1(a: str, b: str) -> bool:
    """At most one character substituted, inserted or deleted between ``a`` and ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _one_char_apart(a: str, b: str, nested_ok: bool) -> bool:
    """``a`` and ``b`` differ by one character substituted, dropped or added (a shorter name against the end of the
    longer one when ``nested_ok``): what OCR makes of a name under a seal (旌阳区 → 连阳区, 岳麓区 → 岳区)."""
    if _edit_distance_le1(a, b):
        return True
    if not nested_ok:
        return False
    short, long_ = sorted((a, b), key=len)
    lengths = (n for n in (len(short) - 1, len(short), len(short) + 1) if 0 < n <= len(long_))
    return any(_edit_distance_le1(short, long_[-n:]) for n in lengths)


@check_type("issuer_consistent.v1", params=Params)
def issuer_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The agency names (ISSUER elements with ``roles``) of every document of ``doc_types`` are one agency: equal after
    removing white space and applying ``synonyms``, or (``nested_ok``) one name containing the other (a shorter form
    without the city; an internal unit written after the agency is not told apart). The first two names that differ
    are the evidence. A name read by OCR that is one character off (旌阳区 → 连阳区 under a seal, 岳麓区 → 岳区) gives
    CANNOT_TELL, not FAIL, when nothing else differs. In ``header_only`` forms only the head counts (a cell such as
    移送单位 names another body).
    Fewer than two names found: CANNOT_TELL.
    ## Params
    doc_types, roles, header_only, synonyms, nested_ok
    ## Example
    ``{doc_types: [立案审批表, 告知书, 行政处罚决定书]}`` fails when the 告知书 is issued by 成都市锦江区市场监督管理局
    and the decision by 成都市武侯区市场监督管理局.
    """
    docs = ctx.docs(*p.doc_types)
    forms = {d.id for d in ctx.docs(*p.header_only)} if p.header_only else set()
    names: list[tuple[Element, str]] = [
        (e, _norm(str(e.value), p.synonyms))
        for e in ctx.elements(ElementKind.ISSUER, docs, p.roles)
        if e.doc_id not in forms or e.role == "首部"
    ]
    names = [(e, n) for e, n in names if n]
    if len(names) < 2:
        return CheckResult.cannot_tell("可比较的机关名称不足（文书首部、落款未识别到机关名称）")
    first_el, first = names[0]
    misread: list[Element] = []
    for el, name in names[1:]:
        if _same(first, name, p.nested_ok):
            continue
        if el.prov.source == "ocr" and _one_char_apart(first, name, p.nested_ok):
            misread.append(el)
            continue
        a_doc, b_doc = ctx.doc_by_id(first_el.doc_id), ctx.doc_by_id(el.doc_id)
        a_title = a_doc.title if a_doc else "文书"
        b_title = b_doc.title if b_doc else "文书"
        evidence = [
            ctx.of_element(first_el, note=f"{a_title}的机关名称"),
            ctx.of_element(el, note=f"{b_title}的机关名称"),
        ]
        return CheckResult.fail(
            evidence, first=str(first_el.value), second=str(el.value), first_doc=a_title, second_doc=b_title
        )
    if misread:
        # one character off on a scanned page: a misread as likely as a wrong agency; a person looks at the page
        return CheckResult.cannot_tell(
            f"扫描件上的“{misread[0].value}”与“{first_el.value}”仅一字之差，可能是文字识别误差（多见于印章压字的落款），"
            "请对照原件核对",
            [ctx.of_element(first_el), *(ctx.of_element(el, note="扫描识别结果") for el in misread[:3])],
        )
    return CheckResult.ok([ctx.of_element(first_el), ctx.of_element(names[-1][0])], first=str(first_el.value))
