"""Lay a Doc out on A4 pages as drawing operations (text runs, ruled lines, the seal), before any PDF is written.

Laying out first gives the page count of every document, which the 卷内目录 needs before it is itself written.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samples.content.doc import Cell, Doc, Para, Seal, Table

FONT = "WQY"
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 72.0, 68.0, 70.0, 72.0
TEXT_W = PAGE_W - LEFT - RIGHT
SIZES = {"agency": 16.0, "title": 20.0, "subtitle": 14.0, "body": 12.0, "small": 10.5, "tiny": 9.0}
LEADING = 1.62
PAD = 4.0
CLOSING = set("，。、；：？！）》”’」』%")
OPENING = set("（《“‘「『")


@functools.cache
def register_font() -> str:
    pdfmetrics.registerFont(TTFont(FONT, FONT_PATH, subfontIndex=0))
    return FONT


@functools.cache
def char_width(ch: str, size: float) -> float:
    register_font()
    return pdfmetrics.stringWidth(ch, FONT, size)


def text_width(text: str, size: float) -> float:
    return sum(char_width(ch, size) for ch in text)


def _units(text: str) -> list[str]:
    """Breakable units: one CJK character, or a run of ASCII letters/digits that must stay on one line."""
    out: list[str] = []
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".-,:/¥·") and out and out[-1][-1:].isascii() and out[-1].strip():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    """Greedy CJK line breaking with hanging closing punctuation; explicit newlines are kept."""
    lines: list[str] = []
    for part in text.split("\n"):
        line, used, limit = "", first_indent, width
        for unit in _units(part):
            w = text_width(unit, size)
            if used + w > limit and line and not (unit in CLOSING and used + w <= limit + size):
                carry = ""
                if line[-1] in OPENING:
                    line, carry = line[:-1], line[-1]
                lines.append(line)
                line, used = carry, text_width(carry, size)
            line += unit
            used += w
        lines.append(line)
        first_indent = 0.0
    return lines


@dataclass
class TextOp:
    x: float
    y: float  # baseline, PDF coordinates (origin bottom-left)
    text: str
    size: float
    bold: bool = False


@dataclass
class LineOp:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.7


@dataclass
class SealOp:
    cx: float
    cy: float
    r: float = 40.0


Op = TextOp | LineOp | SealOp


@dataclass
class PageOps:
    ops: list[Op] = field(default_factory=list)


class _Cursor:
    """The current page and the y position of the next line's top."""

    def __init__(self) -> None:
        self.pages: list[PageOps] = [PageOps()]
        self.y = PAGE_H - TOP
        self.last_agency: tuple[int, float, float] | None = None

    @property
    def page(self) -> PageOps:
        return self.pages[-1]

    def room(self) -> float:
        return self.y - BOTTOM

    def new_page(self) -> None:
        self.pages.append(PageOps())
        self.y = PAGE_H - TOP

    def text(self, x: float, top: float, text: str, size: float, bold: bool = False) -> None:
        leading = size * LEADING
        baseline = top - leading / 2 - size * 0.36
        if text:
            self.page.ops.append(TextOp(x, baseline, text, size, bold))


def _x_for(align: str, line: str, size: float, left: float, width: float, indent: float = 0.0) -> float:
    if align == "center":
        return left + (width - text_width(line, size)) / 2
    if align == "right":
        return left + width - text_width(line, size)
    return left + indent


def _para(cur: _Cursor, p: Para) -> None:
    size = SIZES[p.size]
    leading = size * LEADING
    cur.y -= p.space_before * leading
    indent = 2 * size if p.indent and p.align == "left" else 0.0
    for i, line in enumerate(wrap(p.text, TEXT_W, size, indent)):
        if cur.room() < leading:
            cur.new_page()
        x = _x_for(p.align, line, size, LEFT, TEXT_W, indent if i == 0 else 0.0)
        cur.text(x, cur.y, line, size, p.bold)
        if p.tag == "footer_agency":
            cur.last_agency = (len(cur.pages) - 1, x + text_width(line, size) / 2, cur.y - leading / 2)
        cur.y -= leading


def _cell_lines(cell: Cell, width: float, size: float) -> list[tuple[str, str]]:
    """(align, text) lines of a cell: its wrapped text, then its right-aligned signature lines."""
    out = [(cell.align, line) for line in wrap(cell.text, width - 2 * PAD, size)]
    out += [("right", line) for s in cell.sign for line in wrap(s, width - 2 * PAD, size)]
    while len(out) < cell.min_lines:
        out.insert(len(out) - len(cell.sign), ("left", ""))
    return out


def _table(cur: _Cursor, t: Table) -> None:
    size = SIZES[t.size]
    leading = size * LEADING
    cols = [LEFT]
    for frac in t.widths:
        cols.append(cols[-1] + frac * TEXT_W)
    for row in t.rows:
        spans, col = [], 0
        for cell in row:
            spans.append((cols[col], cols[min(col + cell.span, len(cols) - 1)], cell))
            col += cell.span
        lines = [_cell_lines(cell, x1 - x0, size) for x0, x1, cell in spans]
        start = 0
        total = max(len(ls) for ls in lines)
        while start < total:
            fit = int((cur.room() - 2 * PAD) // leading)
            if fit < min(2, total - start):
                cur.new_page()
                continue
            chunk = min(fit, total - start)
            height = chunk * leading + 2 * PAD
            top = cur.y
            whole = start == 0 and chunk == total
            for (x0, x1, cell), cell_lines in zip(spans, lines, strict=True):
                part = cell_lines[start : start + chunk]
                short = whole and len(cell_lines) <= 2 and not cell.sign
                offset = (total - len(cell_lines)) * leading / 2 if short else 0.0
                for i, (align, text) in enumerate(part):
                    x = _x_for(align, text, size, x0 + PAD, x1 - x0 - 2 * PAD)
                    cur.text(x, top - PAD - offset - i * leading, text, size)
                cur.page.ops.append(LineOp(x0, top, x0, top - height))
            cur.page.ops.append(LineOp(cols[-1], top, cols[-1], top - height))
            cur.page.ops.append(LineOp(LEFT, top, cols[-1], top))
            cur.page.ops.append(LineOp(LEFT, top - height, cols[-1], top - height))
            cur.y -= height
            start += chunk
    cur.y -= leading * 0.4


def layout(doc: Doc) -> list[PageOps]:
    """The pages of one document (at least one)."""
    cur = _Cursor()
    for block in doc.blocks:
        if isinstance(block, Para):
            _para(cur, block)
        elif isinstance(block, Table):
            _table(cur, block)
        elif isinstance(block, Seal) and cur.last_agency is not None:
            page, cx, cy = cur.last_agency
            cur.pages[page].ops.append(SealOp(cx, cy - 6))
    return cur.pages
