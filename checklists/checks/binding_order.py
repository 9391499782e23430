"""binding_order.v1 — the documents are bound in the order of the profile's binding variant (A, B or C)."""

from __future__ import annotations

from pydantic import field_validator

from checklists.context import CheckContext, doc_type_of
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document


class Params(CheckParams):
    profile_param: str = "binding_order"
    orders: dict[str, dict[str, int | list[int]]]  # variant -> document type -> rank, or [lowest, highest] rank
    max_evidence: int = 4

    @field_validator("orders")
    @classmethod
    def _orders(cls, v: dict[str, dict[str, int | list[int]]]) -> dict[str, dict[str, int | list[int]]]:
        for ranks in v.values():
            for name, rank in ranks.items():
                doc_type_of(name)
                if isinstance(rank, list) and (len(rank) != 2 or rank[0] > rank[1]):
                    raise ValueError(f"{name}: a rank range is [lowest, highest]")
        return v


def _range(rank: int | list[int]) -> tuple[int, int]:
    return (rank, rank) if isinstance(rank, int) else (rank[0], rank[1])


@check_type("binding_order.v1", params=Params)
def binding_order(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The order of the documents against the profile's binding variant (``profile_param``, reference §1.2: A
    procedural, B 正卷+副卷, C old 工商). Each document type has a rank, or a range of ranks where its place varies
    (法制审核 may come before or after the 告知书); types without a rank (送达回证 follows whatever it serves, 其他)
    are not judged. A document that must come after a later one (lowest rank above the other's highest) fails,
    naming both. A variant without an order in ``orders``: CANNOT_TELL.
    ## Params
    profile_param, orders (variant -> {document type: rank | [low, high]}), max_evidence
    ## Example
    Under A, a 行政处罚决定书 bound before the 立案审批表 fails.
    """
    variant = str(ctx.profile.v(p.profile_param))
    ranks = p.orders.get(variant)
    if ranks is None:
        return CheckResult.cannot_tell(f"未配置装订顺序{variant}")
    by_type = {doc_type_of(name): _range(rank) for name, rank in ranks.items()}
    ranked: list[tuple[Document, tuple[int, int]]] = [
        (d, by_type[d.doc_type]) for d in ctx.dossier.documents if d.doc_type in by_type
    ]
    if len(ranked) < 2:
        return CheckResult.cannot_tell("可判断装订顺序的文书不足两份")
    failures: list[Evidence] = []
    for i, (doc, (low, _)) in enumerate(ranked):
        later = next((d for d, (_, high) in ranked[i + 1 :] if high < low), None)
        if later is not None:
            failures.append(ctx.whole(doc, note=f"应排在{later.doc_type.value}之后"))
            failures.append(ctx.whole(later, note=f"应排在{doc.doc_type.value}之前"))
        if len(failures) >= p.max_evidence * 2:
            break
    if failures:
        return CheckResult.fail(failures, variant=variant, earlier=failures[0].document, later=failures[1].document)
    return CheckResult.ok(variant=variant)
