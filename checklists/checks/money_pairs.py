"""money_pairs.v1 — an amount written in 大写 and 小写 side by side states the same sum twice."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, Money


class Params(CheckParams):
    doc_types: list[str] = []  # empty: every document
    max_evidence: int = 6

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


@check_type("money_pairs.v1", params=Params)
def money_pairs(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every 大写/小写 pair the amount extractor found ("人民币伍仟元整（¥5000.00）", "罚款5000元（大写：伍仟元整）")
    in ``doc_types``: both halves are the same number of yuan. Each mismatching pair is evidence (its 大写 half).
    No pair at all: NOT_APPLICABLE.
    ## Params
    doc_types, max_evidence
    ## Example
    "罚款人民币伍万元整（¥5000.00）" fails.
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    pairs = [
        e for e in ctx.elements(ElementKind.MONEY, docs) if isinstance(e.value, Money) and e.value.pair_yuan is not None
    ]
    if not pairs:
        return CheckResult.not_applicable("未见大写、小写并列的金额")
    failures: list[Evidence] = []
    for e in pairs:
        m = e.value
        assert isinstance(m, Money)
        if m.style == "大写" and m.yuan != m.pair_yuan:
            failures.append(ctx.of_element(e, note=f"大写为{m.yuan}元，小写“{m.pair_text}”为{m.pair_yuan}元"))
    if not failures:  # a pair whose 大写 half the extractor did not mark: judge it from the 小写 side
        for e in pairs:
            m = e.value
            assert isinstance(m, Money)
            if m.yuan != m.pair_yuan:
                failures.append(ctx.of_element(e, note=f"“{e.text}”与“{m.pair_text}”金额不一致"))
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], quote=failures[0].quote)
    return CheckResult.ok([ctx.of_element(pairs[0])], count=str(len(pairs)))
