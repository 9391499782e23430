"""remedy_clause.v1 — the decision states both remedies (复议 and 诉讼) with their periods."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, no_documents, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Remedy


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    review_days: int = 60  # 复议法2023 第二十条
    litigation_months: int = 6  # 行政诉讼法 第四十六条
    missing_doc: str = "cannot_tell"  # cannot_tell | not_applicable
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _judge(routes: list[Element], channel: str, amount: int, unit: str) -> tuple[str, Element | None]:
    """("" when right, else what is wrong; the element to quote)."""
    mine = [e for e in routes if isinstance(e.value, Remedy) and e.value.channel == channel]
    name = "申请行政复议" if channel == "复议" else "提起行政诉讼"
    if not mine:
        return f"未告知{name}的途径和期限", None
    for e in mine:
        r = e.value
        assert isinstance(r, Remedy)
        if r.period == amount and r.unit == unit:
            return "", e
    stated = [e for e in mine if isinstance(e.value, Remedy) and e.value.period is not None]
    if not stated:
        return f"告知{name}但未写明期限", mine[0]
    r = stated[0].value
    assert isinstance(r, Remedy)
    want = f"{amount}{'日' if unit == '日' else '个月'}"
    return f"{name}期限写作{r.period}{'日' if r.unit == '日' else '个月'}，应为{want}", stated[0]


@check_type("remedy_clause.v1", params=Params)
def remedy_clause(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` tells both remedies with their periods: 申请行政复议 within ``review_days`` days
    and 提起行政诉讼 within ``litigation_months`` months (第五十九条第（五）项). A missing route, a route without a
    period, or a wrong period (十五日 复议, 三个月 诉讼 of the old law) fails.
    ## Params
    doc_types, review_days, litigation_months, missing_doc, when
    ## Example
    ``{review_days: 60, litigation_months: 6}`` fails on "如不服本决定，可以依法申请行政复议或者提起行政诉讼。"
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    problems: list[str] = []
    for doc in docs:
        routes = ctx.elements(ElementKind.REMEDY, [doc])
        for channel, amount, unit in (("复议", p.review_days, "日"), ("诉讼", p.litigation_months, "月")):
            problem, el = _judge(routes, channel, amount, unit)
            if problem:
                problems.append(problem)
                failures.append(ctx.of_element(el, note=problem) if el is not None else ctx.whole(doc, note=problem))
            elif el is not None:
                passes.append(ctx.of_element(el))
    if failures:
        return CheckResult.fail(failures, missing="；".join(dict.fromkeys(problems)))
    return CheckResult.ok(passes)
