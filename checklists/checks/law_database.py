"""law_database.v1 — a check that needs a law database: CANNOT_TELL with the citations it would judge."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, LawRef


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    roles: list[str] = ["违反", "依据"]
    needs: str  # what the law database must answer, for the reason: 条文是否存在、违法行为发生时是否有效
    max_evidence: int = 6
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("law_database.v1", params=Params)
def law_database(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Nothing yet: the question (``needs``: does the cited article exist, was it in force at the violation date …)
    needs a law database with article texts and dates, which anjuan does not have. The result is CANNOT_TELL with
    the citations of ``roles`` in ``doc_types`` as evidence, so a reviewer can check them by hand; NOT_APPLICABLE
    when ``when`` does not hold. The rule's todo examples describe the behaviour once the database exists.
    ## Params
    doc_types, roles, needs, max_evidence, when
    ## Example
    ``{needs: 所引条文是否存在、违法行为发生时是否有效}`` on any decision: CANNOT_TELL listing its citations.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    cites = [
        e
        for e in ctx.elements(ElementKind.LAW_CITATION, ctx.docs(*p.doc_types), p.roles)
        if isinstance(e.value, LawRef)
    ]
    evidence = [ctx.of_element(e) for e in cites[: p.max_evidence]]
    if not cites:
        return CheckResult.cannot_tell("未找到所引法律条文")
    return CheckResult.cannot_tell(f"{p.needs}须对照法律条文库核对（尚无法律条文库）", evidence)
