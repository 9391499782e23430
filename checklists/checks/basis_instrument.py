"""basis_instrument.v1 — the penalty rests on a law, 法规 or 规章, not on another 规范性文件 (行政处罚法第十六条).

Decided from the cited title alone: a title ending in 法 / 条例 is a law or 法规; a title followed by its 令 number
("（国家市场监督管理总局令第2号）") is a 规章; a title ending in 通知 / 意见 / 批复 / 基准 … is a 规范性文件. A title
ending in 规定 / 办法 / 细则 / 规则 / 决定 may be either, and without a law database the check cannot tell.
"""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, LawRef
from extractors.normalize import normalize


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    roles: list[str] = ["依据"]  # citation roles that are the basis of the penalty
    ignore: list[str] = []  # procedural laws whose citation says nothing about the basis (行政处罚法 …)
    law_endings: list[str]  # title endings of a law or 法规 (法, 条例)
    ambiguous_endings: list[str] = []  # endings that may be a 规章 or a 规范性文件 (规定, 办法 — checked first)
    normative_endings: list[str]  # title endings of a 规范性文件 (通知, 意见, 批复, 基准 …)
    rule_markers: list[str] = []  # text right after the title that makes it a 规章 (令第, 号令)
    marker_window: int = 30  # how many characters after the citation to look for a rule marker

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def title_of(el: Element) -> str:
    """The cited title without 《》 and without a trailing bracketed note (（2021年修订）)."""
    law = normalize(el.value.law if isinstance(el.value, LawRef) else el.text).strip().strip("《》")
    while law.endswith(")") and "(" in law:
        law = law[: law.rindex("(")].rstrip()
    return law.strip("《》 ")


def _after(ctx: CheckContext, el: Element, width: int) -> str:
    doc = ctx.doc_by_id(el.doc_id)
    if doc is None:
        return ""
    text = ctx.text(doc)
    pos = text.find(el.text)
    return normalize(text[pos + len(el.text) : pos + len(el.text) + width]) if pos >= 0 else ""


@check_type("basis_instrument.v1", params=Params)
def basis_instrument(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Among the citations of ``roles`` in ``doc_types`` (procedural laws in ``ignore`` left out): PASS when one is a
    law or 法规 (title ends in ``law_endings``, not in ``ambiguous_endings``: 办法 is not a 法) or a 规章 (a
    ``rule_markers`` 令 number follows it); FAIL when the only bases are 规范性文件 (title ends in
    ``normative_endings``); CANNOT_TELL when the titles could be 规章 or 规范性文件 (规定, 办法 …) or no basis is cited.
    ## Params
    doc_types, roles, ignore, law_endings, ambiguous_endings, normative_endings, rule_markers, marker_window
    ## Example
    "依据《成都市市场监督管理局关于加强食品经营管理的通知》第三条，决定罚款" fails: a 通知 cannot set a penalty.
    """
    cited = [
        e
        for e in ctx.elements(ElementKind.LAW_CITATION, ctx.docs(*p.doc_types), p.roles)
        if not any(word in title_of(e) for word in p.ignore)
    ]
    if not cited:
        return CheckResult.cannot_tell("未找到处罚依据的引用")
    normative, unsure = [], []
    for el in cited:
        title = title_of(el)
        if any(marker in _after(ctx, el, p.marker_window) for marker in p.rule_markers):
            return CheckResult.ok([ctx.of_element(el, note="规章")], quote=el.text)
        ambiguous = any(title.endswith(end) for end in p.ambiguous_endings)
        if not ambiguous and any(title.endswith(end) for end in p.law_endings):
            return CheckResult.ok([ctx.of_element(el)], quote=el.text)
        if not ambiguous and any(title.endswith(end) for end in p.normative_endings):
            normative.append(el)
        else:
            unsure.append(el)
    if unsure:
        names = "、".join(dict.fromkeys(f"《{title_of(e)}》" for e in unsure))
        return CheckResult.cannot_tell(
            f"无法仅凭名称判断{names}是规章还是规范性文件", [ctx.of_element(e) for e in unsure]
        )
    names = "、".join(dict.fromkeys(f"《{title_of(e)}》" for e in normative))
    return CheckResult.fail([ctx.of_element(e, note="规范性文件") for e in normative], quote=names)
