"""documents_when.v1 — when a trigger holds, the documents it calls for are all in the dossier."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult
from checklists.registry import CheckParams, check_type


class Params(CheckParams):
    when: Condition
    require: list[list[str]]  # every group must be present; inside a group any one type will do

    @field_validator("require")
    @classmethod
    def _groups(cls, v: list[list[str]]) -> list[list[str]]:
        for group in v:
            check_doc_types(group)
        return v


@check_type("documents_when.v1", params=Params)
def documents_when(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    If ``when`` holds (a document, a phrase, a penalty, an amount over a profile threshold), each group in
    ``require`` is represented by at least one document; otherwise NOT_APPLICABLE.
    ## Params
    when (Condition), require (list of groups of document types)
    ## Example
    ``{when: {monetary: true}, require: [[执行材料]]}``: a fine with no 缴款书 or 催告书 fails.
    """
    met, why = p.when.holds(ctx)
    if not met:
        return CheckResult.not_applicable(why)
    missing = [group for group in p.require if not ctx.has(*group)]
    if missing:
        return CheckResult.fail([ctx.missing(g[0]) for g in missing], missing="、".join("或".join(g) for g in missing))
    present = [d for group in p.require for d in ctx.docs(*group)]
    return CheckResult.ok([ctx.whole(d) for d in present[:3]])
