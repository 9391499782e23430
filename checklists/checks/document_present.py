"""document_present.v1 — a document of one of the given types is in the dossier."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind


class Params(CheckParams):
    doc_types: list[str]  # any one of these satisfies the rule
    with_elements: list[str] = []  # ElementKind values the document must also show (e.g. 文号, 印章)
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("with_elements")
    @classmethod
    def _kinds(cls, v: list[str]) -> list[str]:
        for k in v:
            ElementKind(k)
        return v


@check_type("document_present.v1", params=Params)
def document_present(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The dossier holds a document of one of ``doc_types`` (alias titles count), optionally showing the element kinds
    ``with_elements`` (e.g. the decision's 文号 and 印章 mark). With ``when``, only where the trigger holds.
    ## Params
    doc_types, with_elements, when
    ## Example
    ``{doc_types: [立案审批表]}`` fails on a dossier with no 立案审批表 and names the missing document.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.fail([ctx.missing(p.doc_types[0])], missing="、".join(p.doc_types))
    for kind in p.with_elements:
        if not ctx.elements(ElementKind(kind), docs):
            return CheckResult.fail(
                [ctx.whole(docs[0], note=f"未见{kind}")], reason=f"{docs[0].doc_type.value}未见{kind}", missing=kind
            )
    return CheckResult.ok([ctx.whole(d) for d in docs[:3]])
