"""Write laid-out pages to a PDF with a text layer (reportlab, WenQuanYi Zen Hei)."""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from samples.forms.layout import FONT, PAGE_H, PAGE_W, RIGHT, LineOp, PageOps, SealOp, TextOp, register_font

SEAL_RED = (0.82, 0.1, 0.1)


def _seal(c: Canvas, op: SealOp) -> None:
    c.saveState()
    c.setStrokeColorRGB(*SEAL_RED)
    c.setFillColorRGB(*SEAL_RED)
    c.setLineWidth(2.2)
    c.circle(op.cx, op.cy, op.r, stroke=1, fill=0)
    c.setLineWidth(0.8)
    c.circle(op.cx, op.cy, op.r - 4, stroke=1, fill=0)
    path = c.beginPath()
    star = op.r * 0.32
    for i in range(10):
        radius = star if i % 2 == 0 else star * 0.4
        angle = math.pi / 2 + i * math.pi / 5
        x, y = op.cx + radius * math.cos(angle), op.cy + radius * math.sin(angle)
        if i == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


def draw_page(c: Canvas, page: PageOps, label: str | None) -> None:
    for op in page.ops:
        if isinstance(op, TextOp):
            c.setFont(FONT, op.size)
            if op.bold:
                t = c.beginText(op.x, op.y)
                t.setFont(FONT, op.size)
                t.setTextRenderMode(2)
                c.setLineWidth(op.size * 0.035)
                t.textOut(op.text)
                c.drawText(t)
            else:
                c.drawString(op.x, op.y, op.text)
        elif isinstance(op, LineOp):
            c.setLineWidth(op.width)
            c.line(op.x1, op.y1, op.x2, op.y2)
        elif isinstance(op, SealOp):
            _seal(c, op)
    if label is not None:
        c.setFont(FONT, 10.5)
        c.drawRightString(PAGE_W - RIGHT + 20, 36, label)


def write_pdf(path: Path, pages: list[tuple[PageOps, str | None]], title: str = "") -> None:
    """One PDF of ``pages``; each carries its printed page label (None: unnumbered)."""
    register_font()
    c = Canvas(str(path), pagesize=(PAGE_W, PAGE_H), pageCompression=1, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("anjuan samples")
    for page, label in pages:
        draw_page(c, page, label)
        c.showPage()
    c.save()
