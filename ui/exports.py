"""The 评查表 with the reviewer's decisions: DOCX and XLSX (review.export's sheets of the effective report, with
the reviewer's name and date filled in and a 评查人复核记录 section), PDF (LibreOffice from the DOCX) and JSON
(``anjuan.review/1`` plus a ``review`` block: reviewer, machine score, decisions)."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl.styles import Alignment, Font

from checklists.model import Outcome
from review.export.docx_report import build_docx, set_cell, set_font
from review.export.json_report import to_json
from review.export.pdf import docx_to_pdf
from review.export.xlsx_report import BODY, BOLD, BORDER, WRAP, build_xlsx
from review.workspace import CUSTOM_PREFIX, OUTCOME_LABELS, Workspace, fmt, wording_diagnostics

TZ = dt.timezone(dt.timedelta(hours=8))


@dataclass(frozen=True)
class DecisionLine:
    rule: str
    title: str
    machine: str
    decision: str
    deduction: str
    comment: str


def decision_lines(ws: Workspace) -> list[DecisionLine]:
    """One line per finding the reviewer touched: machine result, decision, the deduction now, the comment."""
    st, eff = ws.state, {f.rule_id: f for f in ws.report.findings}
    machine = {f.rule_id: f for f in ws.machine.findings}
    out = []
    for rid, fs in [*st.findings.items(), *st.custom.items()]:
        f, m = eff.get(rid), machine.get(rid)
        if f is None:
            continue
        if rid.startswith(CUSTOM_PREFIX):
            decision = "评查人新增"
        elif fs.added:
            decision = "评查人认定扣分"
        else:
            decision = {"confirmed": "确认", "rejected": "驳回", None: "待定"}[fs.verdict]
        base = f"{OUTCOME_LABELS[m.outcome]}（扣{fmt(m.deduction)}分）" if m else "—"
        out.append(
            DecisionLine(
                rid, f.title, base, decision, fmt(f.deduction) if f.outcome == Outcome.FAIL else "0", fs.comment
            )
        )
    return out


def review_date(ws: Workspace) -> str:
    last = max((d.at for d in ws.decisions), default=dt.datetime.now(dt.UTC))
    return last.astimezone(TZ).strftime("%Y年%m月%d日")


def json_bytes(ws: Workspace, reviewer: str, wording: list[dict[str, Any]] | None = None) -> bytes:
    data: dict[str, Any] = to_json(ws.report, _wording(ws) if wording is None else wording)
    data["review"] = {
        "reviewer": reviewer,
        "machine_score": float(ws.machine.score.total),
        "machine_grade": ws.machine.score.grade,
        "comment": ws.state.comment,
        "decisions": [
            {
                "at": d.at.isoformat(),
                "reviewer": d.reviewer,
                "action": d.action.value,
                "target": d.target,
                "points": float(d.points) if isinstance(d.points, Decimal) else None,
                "text": d.text,
                "category": d.category,
            }
            for d in ws.decisions
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _wording(ws: Workspace) -> list[dict[str, Any]]:
    result = wording_diagnostics(ws.current_dossier)
    return [
        {"code": i.code, "message": i.message, "quote": i.quote, "suggestion": i.suggestion, "page": i.page}
        for i in result.items
    ]


def docx_bytes(ws: Workspace, reviewer: str) -> bytes:
    doc = build_docx(ws.report)
    head = doc.tables[0]
    for row in head.rows:
        cells = row.cells
        for i in range(0, len(cells) - 1, 2):
            name = cells[i].text.strip()
            if name == "评查人":
                set_cell(cells[i + 1], reviewer)
            elif name == "评查日期":
                set_cell(cells[i + 1], review_date(ws))
    anchor = next((p for p in doc.paragraphs if p.text.startswith("评查意见")), None)
    lines = decision_lines(ws)
    if anchor is not None:
        title = doc.add_paragraph()
        set_font(title.add_run("四、评查人复核记录"), "黑体", 11, True)
        anchor._p.addprevious(title._p)
        table = doc.add_table(rows=1 + max(len(lines), 1), cols=6)
        table.style = "Table Grid"
        for c, name in enumerate(("编号", "评查内容", "初评", "评查人决定", "扣分", "意见")):
            set_cell(table.rows[0].cells[c], name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        if not lines:
            set_cell(table.rows[1].cells[0], "评查人未改动初评结果")
        for r, ln in enumerate(lines, 1):
            for c, text in enumerate((ln.rule, ln.title, ln.machine, ln.decision, ln.deduction, ln.comment)):
                set_cell(table.rows[r].cells[c], text)
        anchor._p.addprevious(table._tbl)
        if ws.state.comment:
            anchor.text = ""
            set_font(anchor.add_run(f"评查意见：{ws.state.comment}"), size=10.5)
    for p in doc.paragraphs:
        if p.text.startswith("评查人（签名）"):
            p.text = ""
            set_font(p.add_run(f"评查人（签名）：＿＿＿＿＿＿（{reviewer}）　　日期：{review_date(ws)}"), size=10.5)
            break
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def xlsx_bytes(ws: Workspace, reviewer: str) -> bytes:
    wb = build_xlsx(ws.report)
    sheet = wb.active
    for row in sheet.iter_rows(min_col=1, max_col=2):
        name = str(row[0].value or "")
        if name == "评查人":
            row[1].value = reviewer
        elif name == "评查日期":
            row[1].value = review_date(ws)
        elif name == "评查意见" and ws.state.comment:
            row[1].value = ws.state.comment
        elif name == "评查人签名":
            row[1].value = f"（{reviewer}）"
    log = wb.create_sheet("评查人复核记录")
    log.append(["编号", "评查内容", "初评", "评查人决定", "扣分", "意见"])
    for c in log[1]:
        c.font, c.border = BOLD, BORDER
    for ln in decision_lines(ws):
        log.append([ln.rule, ln.title, ln.machine, ln.decision, ln.deduction, ln.comment])
        for c in log[log.max_row]:
            c.font, c.alignment, c.border = BODY, WRAP, BORDER
    log.append([])
    log.append(["时间", "评查人", "操作", "对象", "扣分", "说明"])
    for c in log[log.max_row]:
        c.font = Font(name="黑体", size=10, bold=True)
    for d in ws.decisions:
        points = fmt(d.points) if isinstance(d.points, Decimal) else ""
        log.append(
            [d.at.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S"), d.reviewer, d.action.value, d.target, points, d.text]
        )
        for c in log[log.max_row]:
            c.font, c.alignment = BODY, Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (12, 34, 16, 14, 8, 40), strict=True):
        log.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def pdf_bytes(ws: Workspace, reviewer: str) -> bytes:
    return docx_to_pdf(docx_bytes(ws, reviewer))
