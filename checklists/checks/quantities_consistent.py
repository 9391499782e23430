"""quantities_consistent.v1 — the facts of the 调查终结报告 and of the decision state the same quantities."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document
from extractors.normalize import normalize


class Params(CheckParams):
    report_types: list[str] = ["案件调查终结报告"]
    decision_types: list[str] = ["行政处罚决定书"]
    quantity_pattern: str  # regex with named groups "num" and "unit": 30袋 / 104000元 / 2.5吨
    fact_patterns: list[str]  # regex: a sentence that states the facts (经查 / 查明 / 违法所得 / 货值)
    exclude_patterns: list[str] = []  # regex: a sentence that is no finding of fact (建议 / 决定 / 罚款 …)
    # regex: the sentence that ends a block of facts begun by a fact sentence (上述事实有以下证据证明 …); the sentences
    # in between are facts too ("经查，……。当事人为发布上述广告支付广告费用共计20001元。"). Empty: sentences alone.
    fact_end_patterns: list[str] = []
    sentence_ends: str = "。;"  # on normalised text (； is ;)
    wrap_width: int = 30  # a line at least this long that ends without punctuation is wrapped, not ended
    max_evidence: int = 6
    when: Condition | None = None

    @field_validator("report_types", "decision_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("quantity_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v

    @field_validator("fact_patterns", "exclude_patterns", "fact_end_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


Quantity = tuple[Decimal, str]


def _sentences(norm: str, p: Params) -> list[tuple[int, int]]:
    """Sentence spans: cut at ``sentence_ends``, and at a line break after a short line (a heading, a form field);
    a long line is a wrapped one (PDF text), and its sentence goes on."""
    spans: list[tuple[int, int]] = []
    start = line_start = 0
    for i, ch in enumerate(norm):
        if ch in p.sentence_ends or (ch == "\n" and i - line_start < p.wrap_width):
            spans.append((start, i))
            start = i + 1
        if ch == "\n":
            line_start = i + 1
    spans.append((start, len(norm)))
    return [(a, b) for a, b in spans if b > a]


def _quantities(ctx: CheckContext, doc: Document, p: Params) -> dict[Quantity, tuple[int, int]]:
    """Each quantity stated in a fact sentence of ``doc``, with the span of its first mention."""
    norm = normalize(ctx.text(doc))
    out: dict[Quantity, tuple[int, int]] = {}
    in_block = False
    for start, end in _sentences(norm, p):
        sentence = norm[start:end]
        if any(compiled(pt).search(sentence) for pt in p.fact_end_patterns):
            in_block = False
            continue
        opens = any(compiled(pt).search(sentence) for pt in p.fact_patterns)
        in_block = in_block or (opens and bool(p.fact_end_patterns))
        if not (opens or in_block) or any(compiled(pt).search(sentence) for pt in p.exclude_patterns):
            continue
        for m in compiled(p.quantity_pattern).finditer(sentence):
            try:
                num = Decimal(m.group("num").replace(",", ""))
            except InvalidOperation:
                continue
            out.setdefault((num, m.group("unit")), (start + m.start(), start + m.end()))
    return out


@check_type("quantities_consistent.v1", params=Params)
def quantities_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The quantities (number + unit, ``quantity_pattern``) stated in the fact sentences (``fact_patterns`` and the
    sentences after one up to a ``fact_end_patterns`` sentence, but not ``exclude_patterns``: a proposal or the result
    is no finding of fact) of the 调查终结报告 and of the decision: a quantity on one side whose unit the other side
    states with other numbers only is a discrepancy (30袋 against 33袋,
    104000元 against 104002元). Extra quantities in units the other side does not mention are not judged. No fact
    sentence with quantities on both sides: CANNOT_TELL.
    ## Params
    report_types, decision_types, quantity_pattern, fact_patterns, exclude_patterns, fact_end_patterns, sentence_ends,
    wrap_width, max_evidence, when
    ## Example
    "经查，当事人共销售过期食品30袋" in the report and "经查，当事人共销售过期食品33袋" in the decision fail.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    reports, decisions = ctx.docs(*p.report_types), ctx.docs(*p.decision_types)
    if not reports or not decisions:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.decision_types if reports else p.report_types)}")
    report, decision = reports[-1], decisions[-1]
    r, d = _quantities(ctx, report, p), _quantities(ctx, decision, p)
    if not r or not d:
        return CheckResult.cannot_tell("调查终结报告或决定书的事实部分未载明数量")
    failures: list[Evidence] = []
    for mine, theirs, doc, other in ((r, d, report, decision), (d, r, decision, report)):
        units = {u for _, u in theirs}
        for (num, unit), span in mine.items():
            if unit in units and (num, unit) not in theirs:
                said = "、".join(f"{n}{u}" for n, u in theirs if u == unit)
                failures.append(ctx.at(doc, *span, note=f"{ctx.doc_label(other)}为{said}"))
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], quote=failures[0].quote)
    shared = [q for q in r if q in d]
    return CheckResult.ok([ctx.at(report, *r[shared[0]])] if shared else [])
