"""The rows of a 单卷评查表 (reference §5), shared by the DOCX and XLSX exporters."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from checklists.model import Finding, Outcome
from review.model import ReviewReport

HEADER_FIELDS = (
    "被评查单位",
    "文号",
    "案由",
    "当事人",
    "承办人",
    "立案日期",
    "结案日期",
    "程序类型",
    "评查人",
    "评查日期",
)
RESULT = {
    Outcome.PASS: "符合",
    Outcome.FAIL: "扣分",
    Outcome.CANNOT_TELL: "待人工判断",
    Outcome.NOT_APPLICABLE: "不适用",
    Outcome.ERROR: "检查出错",
}


@dataclass(frozen=True)
class ItemRow:
    number: str
    category: str
    content: str
    points: str
    deducted: str
    score: str
    result: str
    problem: str
    pages: str


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def pages_of(f: Finding) -> str:
    pages = sorted({e.page for e in f.evidence if e.page})
    return "、".join(f"第{p}页" for p in pages)


def problem_of(f: Finding) -> str:
    if f.outcome == Outcome.PASS:
        return ""
    quotes = "；".join(f"“{e.quote}”（{e.document}）" for e in f.evidence if e.quote)
    text = f.message
    if f.outcome == Outcome.FAIL and quotes:
        text = f"{text}。原文：{quotes}"
    return text


def item_rows(report: ReviewReport) -> list[ItemRow]:
    rows: list[ItemRow] = []
    for n, f in enumerate((f for f in report.findings if not f.veto), 1):
        failed = f.outcome == Outcome.FAIL
        score = "" if f.outcome in (Outcome.CANNOT_TELL, Outcome.ERROR) else _fmt(f.points - f.deduction)
        if f.outcome == Outcome.NOT_APPLICABLE:
            score = "—"
        rows.append(
            ItemRow(
                number=f.item or str(n),
                category=f.category,
                content=f.title,
                points=_fmt(f.points),
                deducted=_fmt(f.deduction) if failed else "",
                score=score,
                result=RESULT[f.outcome],
                problem=problem_of(f),
                pages=pages_of(f),
            )
        )
    return rows


def veto_rows(report: ReviewReport) -> list[tuple[str, str, str, str]]:
    """(content, 是/否/待定, problem, pages) for each veto item."""
    out = []
    for f in (f for f in report.findings if f.veto):
        mark = {Outcome.FAIL: "是", Outcome.PASS: "否", Outcome.NOT_APPLICABLE: "否"}.get(f.outcome, "待定")
        out.append((f"{f.rule_id} {f.title}", mark, problem_of(f), pages_of(f)))
    return out


def header_values(report: ReviewReport, procedure: str = "") -> dict[str, str]:
    h = report.header
    return {
        "被评查单位": h.get("机关", ""),
        "文号": h.get("文号", ""),
        "案由": h.get("案由", ""),
        "当事人": h.get("当事人", ""),
        "承办人": h.get("执法人员", ""),
        "立案日期": h.get("立案日期", ""),
        "结案日期": h.get("结案日期", ""),
        "程序类型": procedure or ("简易程序" if "simple" in report.pack else "普通程序"),
        "评查人": "",
        "评查日期": "",
    }
