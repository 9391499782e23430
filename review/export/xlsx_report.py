"""The 单卷评查表 as XLSX: one sheet laid out for A4 printing (宋体, borders, wrap, repeated header row)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from review.export.sheet import HEADER_FIELDS, header_values, item_rows, veto_rows
from review.model import ReviewReport

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name="宋体", size=10)
BOLD = Font(name="黑体", size=10, bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
COLUMNS = (
    ("序号", 7),
    ("类别", 9),
    ("评查内容", 30),
    ("分值", 6),
    ("扣分", 6),
    ("得分", 6),
    ("结果", 10),
    ("问题描述", 50),
    ("页码", 10),
)


def build_xlsx(report: ReviewReport, wording: list[dict] | None = None) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "单卷评查表"
    ws.append(["行政处罚案卷评查表"])
    ws["A1"].font = Font(name="黑体", size=14, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws.append([f"评查标准：{report.pack_title}（{report.pack}）　地区配置：{report.profile}"])
    values = header_values(report)
    for name in HEADER_FIELDS:
        ws.append([name, values.get(name, "")])
        ws.cell(ws.max_row, 1).font = BOLD
    ws.append([])
    ws.append(["否决项", "", "", "", "", "", "是否存在", "问题描述", "页码"])
    for c in ws[ws.max_row]:
        c.font, c.fill, c.border = BOLD, HEAD_FILL, BORDER
    for content, mark, problem, pages in veto_rows(report):
        ws.append([content, "", "", "", "", "", mark, problem, pages])
        for c in ws[ws.max_row]:
            c.font, c.alignment, c.border = BODY, WRAP, BORDER
    ws.append([])
    ws.append([name for name, _ in COLUMNS])
    header_row = ws.max_row
    for c in ws[header_row]:
        c.font, c.fill, c.border = BOLD, HEAD_FILL, BORDER
    for item in item_rows(report):
        ws.append(
            [
                item.number,
                item.category,
                item.content,
                _num(item.points),
                _num(item.deducted),
                _num(item.score),
                item.result,
                item.problem,
                item.pages,
            ]
        )
        for c in ws[ws.max_row]:
            c.font, c.alignment, c.border = BODY, WRAP, BORDER
    first, last = header_row + 1, ws.max_row
    s = report.score
    ws.append([])
    ws.append(["合计", "", "", f"=SUM(D{first}:D{last})", f"=SUM(E{first}:E{last})", "", "", "", ""])
    ws.append(["总分", float(s.total), "等次", s.grade, "", "", "否决" if s.vetoed else "", "；".join(s.veto_reasons)])
    ws.append(["评查意见", ""])
    ws.append(["评查人签名", "", "", "", "日期", ""])
    ws.append(["复核意见", ""])
    ws.append(["复核人签名", "", "", "", "日期", ""])
    for col, (_, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if wording is not None:
        sheet = wb.create_sheet("文书用语规范")
        sheet.append(["文书", "页码", "原文", "建议", "代码", "说明", "依据"])
        for c in sheet[1]:
            c.font, c.fill, c.border = BOLD, HEAD_FILL, BORDER
        for w in wording:
            sheet.append(
                [
                    w.get("document"),
                    w.get("page"),
                    w.get("quote"),
                    w.get("suggestion"),
                    w.get("code"),
                    w.get("message"),
                    w.get("basis"),
                ]
            )
            for c in sheet[sheet.max_row]:
                c.font, c.alignment, c.border = BODY, WRAP, BORDER
        for col, width in zip("ABCDEFG", (14, 6, 24, 24, 8, 40, 40), strict=True):
            sheet.column_dimensions[col].width = width
    return wb


def _num(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text


def write_xlsx(report: ReviewReport, path: Path, wording: list[dict] | None = None) -> None:
    tmp = path.with_name(path.name + ".tmp.xlsx")
    build_xlsx(report, wording).save(str(tmp))
    tmp.replace(path)
