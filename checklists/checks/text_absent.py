"""text_absent.v1 — wording that must not appear (template residue, vague words, stale forms)."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type


class Params(CheckParams):
    doc_types: list[str] = []  # empty: every document
    patterns: list[str]
    max_evidence: int = 5

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("text_absent.v1", params=Params)
def text_absent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    No document of ``doc_types`` (all documents when empty) contains any of ``patterns``; every hit is evidence.
    ## Params
    doc_types, patterns, max_evidence
    ## Example
    ``{patterns: ["年\\\\s+月\\\\s+日", "×××"]}`` fails on a 告知书 whose date line was left as "年 月 日".
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    if not docs:
        return CheckResult.not_applicable("案卷中没有相关文书")
    hits = [ev for pt in p.patterns for ev in ctx.find_in(docs, compiled(pt))]
    if hits:
        hits.sort(key=lambda e: (e.page or 0, e.prov.span[0] if e.prov else 0))
        return CheckResult.fail(hits[: p.max_evidence], count=str(len(hits)), quote=hits[0].quote)
    return CheckResult.ok()
