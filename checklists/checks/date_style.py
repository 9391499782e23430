"""date_style.v1 — dates in 文书 are written 年月日 and 笔录 times go down to the minute (北京 3.6).

Patterns see the normalised text (full-width digits and dots to ASCII), so "２０２３．５．３" is caught like
"2023.5.3".
"""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind
from extractors.normalize import normalize


class Params(CheckParams):
    doc_types: list[str]  # the agency's own 文书 (bank and postal forms print dates their own way)
    patterns: list[str]  # regex: a date written the wrong way (2023.5.3, 2023-5-3, 2023/5/3)
    record_types: list[str] = []  # 笔录 whose time spans must go down to the minute
    imprecise_suffix: str = "(不精确)"  # the TIME_SPAN role suffix extraction gives a time without minutes
    max_evidence: int = 5

    @field_validator("doc_types", "record_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("date_style.v1", params=Params)
def date_style(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    No document of ``doc_types`` writes a date in one of the ``patterns`` forms, and every 起止时间 of a
    ``record_types`` document is to the minute (extraction marks a span such as "9时至10时" with the role suffix
    ``imprecise_suffix``). Every hit is evidence.
    ## Params
    doc_types, patterns, record_types, imprecise_suffix, max_evidence
    ## Example
    ``{doc_types: [行政处罚决定书], patterns: ["(?:19|20)\\\\d{2}\\\\.\\\\d{1,2}\\\\.\\\\d{1,2}"]}`` fails on
    "于2023.5.3检查".
    """
    docs = ctx.docs(*p.doc_types)
    records = ctx.docs(*p.record_types) if p.record_types else ()
    if not docs and not records:
        return CheckResult.not_applicable("案卷中没有相关文书")
    hits: list[Evidence] = []
    for doc in docs:
        norm = normalize(ctx.text(doc))
        for pattern in p.patterns:
            hits.extend(
                ctx.at(doc, m.start(), m.end(), note="日期应写作某年某月某日") for m in compiled(pattern).finditer(norm)
            )
    spans = [e for e in ctx.elements(ElementKind.TIME_SPAN, records) if (e.role or "").endswith(p.imprecise_suffix)]
    hits.extend(ctx.of_element(e, note="笔录时间应具体到分钟") for e in spans)
    if hits:
        hits.sort(key=lambda e: (e.page or 0, e.prov.span[0] if e.prov else 0))
        return CheckResult.fail(hits[: p.max_evidence], quote=hits[0].quote, count=str(len(hits)))
    return CheckResult.ok()
