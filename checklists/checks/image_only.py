"""image_only.v1 — a check that only the page images can decide (涂改处的指印或印章, 逐页签名): CANNOT_TELL for now."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type


class Params(CheckParams):
    doc_types: list[str] = []  # the documents to look at (empty: every document)
    reason: str  # what the page images would show, for the CANNOT_TELL message

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("image_only.v1", params=Params)
def image_only(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Nothing the text can show: when documents of ``doc_types`` are in the dossier the result is CANNOT_TELL with
    ``reason`` (a reviewer looks at the pages), NOT_APPLICABLE when there are none. The rule's todo examples record
    the behaviour an image-based check will have.
    ## Params
    doc_types, reason
    ## Example
    ``{doc_types: [询问笔录], reason: 涂改处是否按指印或盖章须查看页面图像}``
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    if not docs:
        return CheckResult.not_applicable("案卷中没有相关文书")
    return CheckResult.cannot_tell(p.reason, [ctx.whole(d) for d in docs[:3]])
