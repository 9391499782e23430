"""The 单卷评查表 as DOCX: A4, 宋体 for East Asian text (w:eastAsia set on every run), header fields, the veto
section, item rows with 分值/扣分/得分/问题描述/页码, total, grade and signature lines; the item table's header row
repeats on each page."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from review.export.sheet import HEADER_FIELDS, header_values, item_rows, veto_rows
from review.model import ReviewReport

BODY_FONT = "宋体"
TITLE_FONT = "黑体"


def set_font(run, name: str = BODY_FONT, size: float = 10.5, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _para(container, text: str, size: float = 10.5, bold: bool = False, align=None, font: str = BODY_FONT):
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), font, size, bold)
    return p


def set_cell(cell, text: str, bold: bool = False, size: float = 9, align=None) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), size=size, bold=bold)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _widths(table, widths) -> None:
    """Fix column widths in the grid and in every cell (LibreOffice and Word read different ones)."""
    table.autofit = False
    for c, w in enumerate(widths):
        table.columns[c].width = w
        for cell in table.columns[c].cells:
            cell.width = w


def a4_portrait(section, top: float, bottom: float, left: float, right: float) -> None:
    """An A4 portrait page with the margins in cm (every DOCX anjuan writes is A4)."""
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(top), Cm(bottom)
    section.left_margin, section.right_margin = Cm(left), Cm(right)


def normal_font(doc, east_asian: str, size: float, latin: str | None = None):
    """The Normal style's fonts: ``latin`` (default the East Asian one) and, in w:eastAsia, the CJK font Word and
    LibreOffice use for Chinese text (python-docx's ``font.name`` alone leaves Chinese in the default font).
    Returns the style for further settings."""
    normal = doc.styles["Normal"]
    normal.font.name = latin or east_asian
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east_asian)
    return normal


def _setup(doc) -> None:
    a4_portrait(doc.sections[0], top=2, bottom=2, left=1.8, right=1.8)
    normal_font(doc, BODY_FONT, 10.5)


def _wording_section(doc, wording: list[dict]) -> None:
    """文书规范: the wording linter's diagnostics, one row each (document, page, original, suggestion, rule)."""
    _para(doc, f"三、文书用语规范（{len(wording)} 处）", 11, True, font=TITLE_FONT)
    if not wording:
        _para(doc, "未发现用语、格式或错别字问题。", 10.5)
        return
    table = doc.add_table(rows=1 + len(wording), cols=5)
    table.style = "Table Grid"
    for c, name in enumerate(("文书", "页码", "原文", "建议", "说明")):
        set_cell(table.rows[0].cells[c], name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _repeat_header(table.rows[0])
    for r, w in enumerate(wording, 1):
        texts = (
            w.get("document") or "",
            f"第{w['page']}页" if w.get("page") else "",
            w.get("quote") or "",
            w.get("suggestion") or "",
            f"{w.get('code', '')} {w.get('message', '')}",
        )
        for c, text in enumerate(texts):
            set_cell(table.rows[r].cells[c], text)


def build_docx(report: ReviewReport, wording: list[dict] | None = None):
    doc = Document()
    _setup(doc)
    _para(doc, "行政处罚案卷评查表", 16, True, WD_ALIGN_PARAGRAPH.CENTER, TITLE_FONT)
    _para(
        doc,
        f"评查标准：{report.pack_title}（{report.pack}）　地区配置：{report.profile}",
        9,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    values = header_values(report)
    head = doc.add_table(rows=len(HEADER_FIELDS) // 2, cols=4)
    head.style = "Table Grid"
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, name in enumerate(HEADER_FIELDS):
        row, col = divmod(i, 2)
        set_cell(head.rows[row].cells[col * 2], name, bold=True)
        set_cell(head.rows[row].cells[col * 2 + 1], values.get(name, ""))
    _para(doc, "一、否决项（任一项为“是”的，案卷为不合格）", 11, True, font=TITLE_FONT)
    vetoes = veto_rows(report)
    vt = doc.add_table(rows=1 + len(vetoes), cols=4)
    vt.style = "Table Grid"
    for c, name in enumerate(("否决项", "是否存在", "问题描述", "页码")):
        set_cell(vt.rows[0].cells[c], name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for r, (content, mark, problem, pages) in enumerate(vetoes, 1):
        for c, text in enumerate((content, mark, problem, pages)):
            set_cell(vt.rows[r].cells[c], text)
    _widths(vt, (Cm(7.4), Cm(1.8), Cm(6.6), Cm(2.2)))
    _para(doc, "二、评查项目", 11, True, font=TITLE_FONT)
    rows = item_rows(report)
    widths = (Cm(1.2), Cm(1.6), Cm(4.6), Cm(1.1), Cm(1.1), Cm(1.1), Cm(5.6), Cm(1.7))
    table = doc.add_table(rows=1 + len(rows), cols=len(widths))
    table.style = "Table Grid"
    for c, name in enumerate(("序号", "类别", "评查内容", "分值", "扣分", "得分", "问题描述", "页码")):
        set_cell(table.rows[0].cells[c], name, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _repeat_header(table.rows[0])
    for r, item in enumerate(rows, 1):
        texts = (
            item.number,
            item.category,
            item.content,
            item.points,
            item.deducted,
            item.score,
            item.problem or item.result,
            item.pages,
        )
        for c, text in enumerate(texts):
            set_cell(table.rows[r].cells[c], text)
    _widths(table, widths)
    s = report.score
    if wording is not None:
        _wording_section(doc, wording)
    _para(doc, "四、评查结论", 11, True, font=TITLE_FONT)
    cats = "；".join(f"{c.name} {c.score}/{c.cap}" for c in s.categories)
    _para(
        doc,
        f"总分：{s.total}　　等次：{s.grade}" + ("　　（否决：" + "；".join(s.veto_reasons) + "）" if s.vetoed else ""),
        11,
        True,
    )
    _para(doc, f"分类得分：{cats}", 9)
    _para(doc, "评查意见：" + "＿" * 30, 10.5)
    _para(doc, "评查人（签名）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", 10.5)
    _para(doc, "复核意见：" + "＿" * 30, 10.5)
    _para(doc, "复核人（签名）：＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", 10.5)
    _para(doc, f"本表由 anjuan {report.tool_version} 初评生成，“待人工判断”各项须由评查人确认。", 8)
    return doc


def write_docx(report: ReviewReport, path: Path, wording: list[dict] | None = None) -> None:
    tmp = path.with_name(path.name + ".tmp")
    build_docx(report, wording).save(str(tmp))
    tmp.replace(path)
