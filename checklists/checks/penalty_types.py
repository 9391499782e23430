"""penalty_types.v1 — the decision imposes 第九条 penalty types, lists no non-penalty as one, and cites its basis."""

from __future__ import annotations

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
from extractors.model import ElementKind, LawRef


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    non_penalty_patterns: list[str] = []  # regex: a non-penalty (责令改正 …) presented as a penalty
    require_basis: bool = True  # a 依据 citation with an article must be there
    missing_doc: str = "cannot_tell"  # cannot_tell | not_applicable
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("non_penalty_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("penalty_types.v1", params=Params)
def penalty_types(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types``: its result part names at least one penalty type of 行政处罚法 第九条 (a
    PENALTY element with role 决定; when none is recognised but the text names a penalty or a fine elsewhere,
    CANNOT_TELL); no ``non_penalty_patterns`` hit (责令改正 listed among the penalties, "给予责令停止违法行为的
    行政处罚"; a group named ``hit`` marks the words to quote); and, with ``require_basis``, a 依据 citation with
    an article is there.
    ## Params
    doc_types, non_penalty_patterns, require_basis, missing_doc, when
    ## Example
    ``{non_penalty_patterns: ["行政处罚[:：]\\\\s*1\\\\s*[.．、]\\\\s*责令"]}`` fails on a decision whose first listed
    "行政处罚" is 责令当事人改正违法行为.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    unsure: list[str] = []
    for doc in docs:
        text = ctx.text(doc)
        for pt in p.non_penalty_patterns:
            pattern = compiled(pt)
            for m in list(pattern.finditer(text))[:3]:
                start, end = m.span("hit") if "hit" in pattern.groupindex else m.span()
                failures.append(ctx.at(doc, start, end, note="将非行政处罚种类作为行政处罚表述"))
        decided = ctx.elements(ElementKind.PENALTY, [doc], ("决定",))
        if decided:
            passes.append(ctx.of_element(decided[0]))
        elif ctx.elements(ElementKind.PENALTY, [doc]) or ctx.elements(ElementKind.MONEY, [doc], ("罚款",)):
            unsure.append(doc.title)  # penalties are named, but no result part was recognised (wrapped lines …)
        else:
            failures.append(ctx.whole(doc, note="未见第九条规定的行政处罚种类"))
        if p.require_basis:
            basis = [
                e
                for e in ctx.elements(ElementKind.LAW_CITATION, [doc], ("依据",))
                if isinstance(e.value, LawRef) and e.value.articles
            ]
            if not basis:
                failures.append(ctx.whole(doc, note="未见行政处罚的依据条款"))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, quote=failures[0].quote)
    if unsure:
        return CheckResult.cannot_tell("决定书提及处罚，但未能识别其决定部分的处罚种类")
    return CheckResult.ok(passes)
