"""elements_present.v1 — each document of the given types holds the elements it must show (落款, 印章, 条款 …)."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from checklists.conditions import (
    Condition,
    check_doc_types,
    compile_patterns,
    compiled,
    no_documents,
    not_applicable_unless,
)
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, LawRef
from extractors.normalize import compact, normalize


class Need(CheckParams):
    label: str  # how the message names it: 落款日期
    kind: str  # ElementKind value
    roles: list[str | None] = []  # empty: any role
    with_articles: bool = False  # 法律条文 only: the citation names an article (第X条)
    exclude_laws: list[str] = []  # 法律条文 only: citations of these laws (substring of the title) do not count
    missing: Literal["fail", "cannot_tell"] = "fail"  # cannot_tell: the text may not show it (a seal image)
    hints: list[str] = []  # regex on the text (as is, and without white space): extraction missed it (OCR 〉 for 》)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        ElementKind(v)
        return v

    @field_validator("hints")
    @classmethod
    def _hints(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


class Params(CheckParams):
    doc_types: list[str]
    require: list[Need]
    missing_doc: Literal["cannot_tell", "not_applicable", "fail"] = "cannot_tell"
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _counts(el: Element, need: Need) -> bool:
    if need.roles and el.role not in need.roles:
        return False
    if isinstance(el.value, LawRef):
        if need.with_articles and not el.value.articles:
            return False
        if any(law in el.value.law for law in need.exclude_laws):
            return False
    return True


@check_type("elements_present.v1", params=Params)
def elements_present(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` holds, for every entry of ``require``, an element of its kind (and one of its
    roles): 机关名称 + 落款日期 + 印章 on a decision, a 违反 and a 依据 citation with an article. An entry marked
    ``missing: cannot_tell`` that is not found makes the result CANNOT_TELL instead of FAIL (a seal is an image), and
    so does one whose ``hints`` match the normalised text, as it is or with white space removed (the words are
    there, extraction missed them: an OCRed 〉 for 》, a line break inside 违反, an OCR-garbled date line).
    ## Params
    doc_types, require (label, kind, roles, with_articles, exclude_laws, missing, hints), missing_doc, when
    ## Example
    ``{doc_types: [行政处罚决定书], require: [{label: 落款日期, kind: 日期, roles: [落款]}]}`` fails on a decision
    whose footer has no date.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    missing: list[str] = []
    unsure: list[str] = []
    for doc in docs:
        absent: list[str] = []
        flat = ""
        for need in p.require:
            found = [e for e in ctx.elements(ElementKind(need.kind), [doc]) if _counts(e, need)]
            if found:
                passes.append(ctx.of_element(found[0], note=need.label))
                continue
            if need.hints and not flat:
                norm = normalize(ctx.text(doc))
                flat = norm + "\n" + compact(norm)
            if need.missing == "fail" and not any(compiled(h).search(flat) for h in need.hints):
                absent.append(need.label)
            else:
                unsure.append(need.label)
        if absent:
            missing += absent
            failures.append(ctx.whole(doc, note="未见：" + "、".join(absent)))
    if failures:
        return CheckResult.fail(failures, missing="、".join(dict.fromkeys(missing)))
    if unsure:
        return CheckResult.cannot_tell("未能确认" + "、".join(dict.fromkeys(unsure)) + "，须查看原件")
    return CheckResult.ok(passes)
