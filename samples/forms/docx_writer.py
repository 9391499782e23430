"""Write documents to DOCX with python-docx: one or more documents per file, separated by explicit page breaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from samples.content.doc import Cell, Doc, Para, Table

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
SIZES = {"agency": 16, "title": 20, "subtitle": 14, "body": 12, "small": 10.5, "tiny": 9}
BODY_FONT, TITLE_FONT = "仿宋", "宋体"


def _font(run_or_style: Any, name: str, size: float | None = None, bold: bool = False) -> None:
    """Set the font, including w:eastAsia (python-docx only sets ascii/hAnsi), on a run or a style."""
    font = run_or_style.font
    font.name = name
    if size:
        font.size = Pt(size)
    font.bold = bold or None
    rpr = run_or_style.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _new_document() -> DocxDocument:
    document = Document()
    _font(document.styles["Normal"], BODY_FONT, 12)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.6)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    return document


def _text(paragraph: Paragraph, text: str, size: str = "body", bold: bool = False, title: bool = False) -> None:
    run = paragraph.add_run(text)
    _font(run, TITLE_FONT if title else BODY_FONT, SIZES[size], bold)


def _para(document: DocxDocument, p: Para) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = ALIGN[p.align]
    fmt = paragraph.paragraph_format
    if p.indent and p.align == "left":
        fmt.first_line_indent = Pt(2 * SIZES[p.size])
    if p.space_before:
        fmt.space_before = Pt(p.space_before * SIZES[p.size])
    _text(paragraph, p.text, p.size, p.bold, title=p.size in ("title", "agency"))


def _cell(target: _Cell, cell: Cell, size: str) -> None:
    first = target.paragraphs[0]
    lines = cell.text.split("\n")
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else target.add_paragraph()
        paragraph.alignment = ALIGN[cell.align]
        _text(paragraph, line, size, cell.bold)
    for _ in range(max(0, cell.min_lines - len(lines) - len(cell.sign))):
        target.add_paragraph()
    for line in cell.sign:
        paragraph = target.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _text(paragraph, line, size)


def _table(document: DocxDocument, t: Table) -> None:
    columns = len(t.widths)
    table = document.add_table(rows=len(t.rows), cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = Cm(21 - 2 * 2.6)
    for r, row in enumerate(t.rows):
        col = 0
        for cell in row:
            target = table.cell(r, col)
            end = min(col + cell.span, columns) - 1
            if end > col:
                target = target.merge(table.cell(r, end))
            target.width = int(width * sum(t.widths[col : end + 1]))
            _cell(target, cell, t.size)
            col = end + 1
    document.add_paragraph()


def write_docx(path: Path, docs: list[Doc]) -> None:
    """One DOCX holding ``docs`` in order, with a page break (w:br type=page) before each but the first."""
    document = _new_document()
    for i, doc in enumerate(docs):
        if i:
            document.add_page_break()
        for block in doc.blocks:
            if isinstance(block, Para):
                _para(document, block)
            elif isinstance(block, Table):
                _table(document, block)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
