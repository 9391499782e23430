"""text_present.v1 — every document of the given types contains the required wording."""

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
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type


class Params(CheckParams):
    doc_types: list[str]
    all_of: list[list[str]]  # each group: one of its patterns must match (groups AND, patterns inside OR)
    missing_doc: str = "cannot_tell"  # outcome when no such document: cannot_tell | fail | not_applicable
    each_document: bool = True  # every such document must pass (else: at least one)
    when: Condition | None = None
    labels: list[str] = []  # what each group means, for the message (defaults to its first pattern)

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("all_of")
    @classmethod
    def _patterns(cls, v: list[list[str]]) -> list[list[str]]:
        for group in v:
            compile_patterns(group)
        return v


@check_type("text_present.v1", params=Params)
def text_present(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` contains, for every group of ``all_of``, at least one of its patterns (regular
    expressions over the document text, tried again with line breaks removed: PDFs and table cells wrap words).
    Used for statements a document must make (表明身份, 回避, 履行方式 …).
    ## Params
    doc_types, all_of, labels, each_document, missing_doc, when
    ## Example
    ``{doc_types: [询问笔录], all_of: [[出示.{0,8}证件, 表明身份]]}`` fails on a 笔录 that never shows the 证件.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures, passes = [], []
    for doc in docs:
        text, flat = ctx.text(doc), ctx.flat(doc)[0]

        def search(pattern: str, text: str = text, flat: str = flat) -> tuple[bool, int, int] | None:
            """A match in the text as written, else in the text with line breaks removed (flat=True)."""
            m = compiled(pattern).search(text)
            if m:
                return False, m.start(), m.end()
            m = compiled(pattern).search(flat)
            return (True, m.start(), m.end()) if m else None

        absent = [i for i, group in enumerate(p.all_of) if not any(search(pt) for pt in group)]
        if absent:
            labels = [p.labels[i] if i < len(p.labels) else p.all_of[i][0] for i in absent]
            failures.append(ctx.whole(doc, note="未见：" + "、".join(labels)))
        else:
            in_flat, start, end = next(hit for pt in p.all_of[0] if (hit := search(pt)))
            passes.append(ctx.at_flat(doc, start, end) if in_flat else ctx.at(doc, start, end))
    if failures and (p.each_document or not passes):
        return CheckResult.fail(failures, missing=failures[0].note.removeprefix("未见："))
    return CheckResult.ok(passes)
