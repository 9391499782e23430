"""citation_precision.v1 — 违法条款 and 处罚依据 name their article; finer precision needs a law database."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, LawRef


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    roles: list[str] = ["违反", "依据"]
    max_evidence: int = 6
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("citation_precision.v1", params=Params)
def citation_precision(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    北京 30.15 / 30.19: the 违法条款 and 处罚依据 (citations of ``roles``) in ``doc_types`` are precise to 条、款、
    项、目. A citation that names no article at all ("违反了《中华人民共和国食品安全法》的规定") fails. Whether an
    article that has 款 or 项 is cited down to them needs the statute's structure (a law database), so every other
    case is CANNOT_TELL, with the citations as evidence; once a law database exists this check will compare each
    citation with the article's 款/项.
    ## Params
    doc_types, roles, max_evidence, when
    ## Example
    "依据《中华人民共和国食品安全法》的规定，决定…" fails.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.doc_types)}")
    cites = [e for e in ctx.elements(ElementKind.LAW_CITATION, docs, p.roles) if isinstance(e.value, LawRef)]
    vague: list[Evidence] = [ctx.of_element(e, note="未引用到条") for e in cites if not e.value.articles]  # type: ignore[union-attr]
    if vague:
        return CheckResult.fail(vague[: p.max_evidence], quote=vague[0].quote)
    if not cites:
        return CheckResult.cannot_tell("未找到违法条款或处罚依据")
    evidence = [ctx.of_element(e) for e in cites[: p.max_evidence]]
    return CheckResult.cannot_tell("条文是否须引用到款、项、目，须对照法律条文库核对（尚无法律条文库）", evidence)
