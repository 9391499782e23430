"""law_full_name.v1 — a national law is cited by its full name in 《》 at its first mention in a document."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, LawRef
from extractors.normalize import compact, normalize


class Params(CheckParams):
    doc_types: list[str]
    national_law_pattern: str  # regex on the bare title: a national law (…法 / …法典, not …办法)
    full_prefix: str = "中华人民共和国"
    exempt_titles: list[str] = []  # regex: national laws whose full name has no prefix (全国人大常委会关于…的决定)
    max_evidence: int = 6

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("national_law_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v

    @field_validator("exempt_titles")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("law_full_name.v1", params=Params)
def law_full_name(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    In each document of ``doc_types``, the first citation of every national law (a title matching
    ``national_law_pattern``) is its full name in 《》: 《中华人民共和国食品安全法》, not 《食品安全法》 and not
    中华人民共和国食品安全法 without 《》. Later short mentions (a declared 以下简称) are fine. Documents without law
    citations: NOT_APPLICABLE.
    ## Params
    doc_types, national_law_pattern, full_prefix, exempt_titles, max_evidence
    ## Example
    A decision whose first citation is "违反了《食品安全法》第三十四条" fails.
    """
    docs = ctx.docs(*p.doc_types)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    for doc in docs:
        seen: set[str] = set()
        for el in ctx.elements(ElementKind.LAW_CITATION, [doc]):
            if not isinstance(el.value, LawRef):
                continue
            title = compact(normalize(el.value.law))
            bare = title.strip("《》")
            short = bare.removeprefix(p.full_prefix)
            if not compiled(p.national_law_pattern).search(short) or any(
                compiled(x).search(bare) for x in p.exempt_titles
            ):
                continue
            if short in seen:
                continue
            seen.add(short)
            if not title.startswith("《") or not bare.startswith(p.full_prefix):
                full = f"《{p.full_prefix}{short}》"
                failures.append(ctx.of_element(el, note=f"首次引用应写全称{full}"))
            else:
                passes.append(ctx.of_element(el))
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], quote=failures[0].quote)
    if not passes:
        return CheckResult.not_applicable("未引用法律")
    return CheckResult.ok(passes)
