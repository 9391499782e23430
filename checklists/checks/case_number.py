"""case_number.v1 — a document carries its own 文号, with the year in brackets, matching its date."""

from __future__ import annotations

from typing import Literal

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
from checklists.model import CheckResult, Evidence
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind
from extractors.normalize import normalize


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    year_pattern: str  # regex on the 文号 as written; named group "year" (〔2024〕 and the accepted variants)
    max_year_lag: int = 1  # the 文号 year may be this many years before the document date (numbered at approval)
    missing_doc: Literal["cannot_tell", "not_applicable"] = "cannot_tell"
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("year_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v


@check_type("case_number.v1", params=Params)
def case_number(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` has its own 文号 (role 本文书文号); the 文号 shows the year in brackets
    (``year_pattern``, run on the number as written and on its normalised form), and that year is neither after the
    document's 落款 year nor more than ``max_year_lag`` years before it. Uniqueness across a campaign set is not
    judged here (one dossier at a time).
    ## Params
    doc_types, year_pattern, max_year_lag, missing_doc, when
    ## Example
    ``{year_pattern: "〔(?P<year>(?:19|20)\\\\d{2})〕"}`` fails on a decision numbered "川成锦市监罚12号".
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    pattern = compiled(p.year_pattern)
    for doc in docs:
        own = [e for e in ctx.elements(ElementKind.CASE_NUMBER, [doc]) if e.role == "本文书文号"]
        if not own:
            failures.append(ctx.whole(doc, note="未见本文书文号"))
            continue
        el = own[0]
        m = pattern.search(el.text) or pattern.search(normalize(el.text))
        if m is None:
            failures.append(ctx.of_element(el, note="文号未按“机关代字〔年份〕序号”标注年份"))
            continue
        dated = [(e, d) for e in ctx.elements(ElementKind.DATE, [doc], ("落款",)) if (d := date_of(e)) is not None]
        year = int(m.group("year"))
        if dated and not (dated[-1][1].year - p.max_year_lag <= year <= dated[-1][1].year):
            date_el, day = dated[-1]
            failures.append(ctx.of_element(el, note=f"文号年份{year}与落款日期{day.isoformat()}不符"))
            failures.append(ctx.of_element(date_el, note="落款日期"))
            continue
        passes.append(ctx.of_element(el))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, number=failures[0].quote)
    return CheckResult.ok(passes)
