"""Official-document (公文) layout for python-docx, after GB/T 9704: A4, margins 3.7/3.5/2.8/2.6 cm, 宋体 bold title
(小标宋 stand-in), 黑体 一级标题, 仿宋_GB2312 三号 body with a two-character first-line indent and fixed 28 pt lines,
page numbers "— 1 —" in the footer. Every run gets ``w:eastAsia`` so Word, WPS and LibreOffice pick the CJK font;
Latin text and digits use Times New Roman."""

from __future__ import annotations

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from review.export.docx_report import a4_portrait, normal_font

BODY_FONT = "仿宋_GB2312"
HEADING_FONT = "黑体"
TITLE_FONT = "宋体"  # 方正小标宋简体 where installed; 宋体 bold is the common stand-in
LATIN_FONT = "Times New Roman"
BODY_SIZE = 16  # 三号
TABLE_SIZE = 10.5  # 五号
TEXT_WIDTH = Cm(15.6)  # 21 − 2.8 − 2.6


def set_font(run, name: str = BODY_FONT, size: float = BODY_SIZE, bold: bool = False) -> None:
    """Size, weight, the Latin font and — what matters for Chinese — the East Asian font of one run."""
    run.font.name = LATIN_FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), LATIN_FONT)
    rfonts.set(qn("w:hAnsi"), LATIN_FONT)
    rfonts.set(qn("w:eastAsia"), name)


def new_document():
    doc = Document()
    section = doc.sections[0]
    a4_portrait(section, top=3.7, bottom=3.5, left=2.8, right=2.6)  # GB/T 9704
    section.footer_distance = Cm(2.3)
    normal = normal_font(doc, BODY_FONT, BODY_SIZE, latin=LATIN_FONT)
    fmt = normal.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    _page_numbers(section)
    return doc


def _page_numbers(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run("— "), TITLE_FONT, 14)
    run = p.add_run()
    set_font(run, TITLE_FONT, 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    set_font(p.add_run(" —"), TITLE_FONT, 14)


def title(doc, text: str, size: float = 22) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(size * 1.6)
    set_font(p.add_run(text), TITLE_FONT, size, bold=True)


def subtitle(doc, text: str) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(text), BODY_FONT, BODY_SIZE)


def blank(doc) -> None:
    doc.add_paragraph()


def heading(doc, text: str) -> None:
    """一级标题: 黑体, indented two characters like the body (GB/T 9704)."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(BODY_SIZE * 2)
    p.paragraph_format.keep_with_next = True
    set_font(p.add_run(text), HEADING_FONT, BODY_SIZE)


def subheading(doc, text: str) -> None:
    """二级标题 （一）: 楷体 in GB/T 9704; 仿宋 bold here, which every machine has a stand-in for."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(BODY_SIZE * 2)
    p.paragraph_format.keep_with_next = True
    set_font(p.add_run(text), BODY_FONT, BODY_SIZE, bold=True)


def para(doc, text: str, indent: bool = True, align=WD_ALIGN_PARAGRAPH.LEFT, size: float = BODY_SIZE):
    """Body text. Left-aligned: justified lines in LibreOffice stretch the gaps around digits and % badly."""
    p = doc.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    set_font(p.add_run(text), BODY_FONT, size)
    return p


def lead_para(doc, lead: str, text: str):
    """A paragraph opening with a bold lead-in: "一是……。" / "1.……。"."""
    p = doc.add_paragraph()
    p.paragraph_format.first_line_indent = Pt(BODY_SIZE * 2)
    set_font(p.add_run(lead), BODY_FONT, BODY_SIZE, bold=True)
    set_font(p.add_run(text), BODY_FONT, BODY_SIZE)
    return p


def note(doc, text: str, size: float = 12) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.space_before = Pt(6)
    set_font(p.add_run(text), BODY_FONT, size)


def set_cell(cell, text: str, bold: bool = False, size: float = TABLE_SIZE, align=None) -> None:
    p = cell.paragraphs[0]  # a new cell holds one empty paragraph (``cell.text = ""`` would add an unstyled run)
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.paragraph_format.first_line_indent = Pt(0)
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(2)
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), HEADING_FONT if bold else BODY_FONT, size)


def _row_flag(row, tag: str) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table(
    doc, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[float, ...], center=(), bold_last=False
) -> object:
    """A bordered table with a 黑体 header row repeated on each page, rows never split across pages; ``widths`` in
    cm, summing to the text width or less; ``center`` the columns to centre (numbers, 序号); ``bold_last`` for a
    合计 row. Widths go in the grid and in every cell (LibreOffice and Word read different ones); rows and cells are
    walked once (indexing ``table.rows[r]`` is linear, so a long 名单 would be quadratic)."""
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    cm = tuple(Cm(w) for w in widths)
    for c, w in enumerate(cm):
        t.columns[c].width = w
    for r, row in enumerate(t.rows):
        _row_flag(row, "w:tblHeader" if r == 0 else "w:cantSplit")
        texts = header if r == 0 else rows[r - 1]
        bold = r == 0 or (bold_last and r == len(rows))
        for c, (cell, text) in enumerate(zip(row.cells, texts, strict=True)):
            cell.width = cm[c]
            align = WD_ALIGN_PARAGRAPH.CENTER if r == 0 or c in center else None
            set_cell(cell, text, bold=bold, align=align)
    doc.add_paragraph().paragraph_format.line_spacing = Pt(12)  # a little air below the table
    return t


def signature(doc, who: str, date: str) -> None:
    for text in (who, date):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.right_indent = Pt(BODY_SIZE * 2)
        set_font(p.add_run(text), BODY_FONT, BODY_SIZE)
