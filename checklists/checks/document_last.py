"""document_last.v1 — a document is in the dossier and is the last of its content (the 结案审批表 closes the case)."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext, doc_type_of
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import DocType


class Params(CheckParams):
    doc_types: list[str]  # the closing document (any of these)
    may_follow: list[
        str
    ] = []  # types that may come after it (备考表, 封底 …); 其他 (unrecognised pages) is always ignored
    binding_orders: list[str] = []  # profile binding_order values under which the position is checked (empty: all)

    @field_validator("doc_types", "may_follow")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("document_last.v1", params=Params)
def document_last(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    A document of ``doc_types`` is in the dossier (FAIL naming it when not) and, where the profile's binding order is
    one of ``binding_orders``, no content document comes after the last of them: only ``may_follow`` types and
    unrecognised pages (其他) may. A document after it is evidence.
    ## Params
    doc_types, may_follow, binding_orders
    ## Example
    ``{doc_types: [结案审批表], may_follow: [备考表]}`` fails when a 罚没款缴款书 is filed after the 结案审批表.
    """
    closing = ctx.docs(*p.doc_types)
    if not closing:
        return CheckResult.fail([ctx.missing(p.doc_types[0])], missing="、".join(p.doc_types))
    order = str(ctx.profile.v("binding_order"))
    if p.binding_orders and order not in p.binding_orders:
        return CheckResult.ok([ctx.whole(closing[-1], note=f"装订顺序{order}不要求其位于最后")])
    allowed = {doc_type_of(t) for t in [*p.may_follow, *p.doc_types]} | {DocType.OTHER}
    last = closing[-1]
    index = ctx.dossier.documents.index(last)
    after = [d for d in ctx.dossier.documents[index + 1 :] if d.doc_type not in allowed]
    if after:
        evidence = [ctx.whole(last, note="结案文书"), *(ctx.whole(d, note="位于结案文书之后") for d in after[:3])]
        return CheckResult.fail(evidence, after="、".join(dict.fromkeys(d.title for d in after)))
    return CheckResult.ok([ctx.whole(last)])
