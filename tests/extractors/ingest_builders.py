"""Builders for ingestion test inputs: PDFs (reportlab + WenQuanYi), DOCX, images with CJK text, ZIPs."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

FILING = [
    "立案审批表",
    "当事人：成都某某商贸有限公司",
    "统一社会信用代码：91510100MA6CGUGA1W",
    "案件来源：投诉举报，立案日期：二〇二四年三月一日",
]
INQUIRY = [
    "询问笔录",
    "询问时间：2024年3月5日9时30分至10时15分",
    "被询问人：张三，系该公司法定代表人",
]
DECISION = [
    "行政处罚决定书",
    "川成市监罚〔2024〕12号",
    "罚款人民币伍仟元整（¥5,000.00），并没收违法所得1,200.00元。",
]


def _register_font() -> None:
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))


def text_pdf(
    pages: Sequence[Sequence[str]], size: tuple[float, float] = (595.0, 842.0), rotation: int = 0, **kw: object
) -> bytes:
    """A born-digital PDF: each page's lines drawn at x=72, 30 pt apart from y = height - 72 (font size 14)."""
    _register_font()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, **kw)
    for lines in pages:
        c.setPageRotation(rotation)
        c.setFont("WQY", 14)
        for k, line in enumerate(lines):
            c.drawString(72, size[1] - 72 - 30 * k, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def text_image(
    lines: Sequence[tuple[tuple[int, int], str]], size: tuple[int, int] = (1000, 500), font_size: int = 36
) -> Image.Image:
    """A white grey-scale image with each text drawn at its (x, y) in the order given."""
    img = Image.new("L", size, 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(WQY, font_size)
    for xy, text in lines:
        draw.text(xy, text, font=font, fill=0)
    return img


def png_bytes(img: Image.Image, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", **kw)
    return buf.getvalue()


def garbled_pdf(good: Sequence[str], scanned: Sequence[str]) -> bytes:
    """Page 1: a normal text layer. Page 2: the text as an image, with an invisible text layer of GBK-as-Latin-1
    mojibake (what a broken font encoding looks like), so OCR reads Chinese while the layer is garbage."""
    _register_font()
    width, height = 420.0, 200.0
    img = text_image([((60, 80 + 120 * k), t) for k, t in enumerate(scanned)], size=(1167, 556), font_size=50)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.setFont("WQY", 12)
    for k, line in enumerate(good):
        c.drawString(20, height - 30 - 20 * k, line)
    c.showPage()
    c.drawImage(ImageReader(img), 0, 0, width, height)
    mojibake = " ".join(scanned).encode("gbk").decode("latin-1")
    text = c.beginText(20, 150)
    text.setTextRenderMode(3)  # invisible, like the text layer of a scanned page
    text.setFont("Helvetica", 10)
    text.textLine(mojibake)
    c.drawText(text)
    c.showPage()
    c.save()
    return buf.getvalue()


def build_docx(blocks: Sequence[object]) -> bytes:
    """Blocks: a str paragraph, a list of rows (a table), "PAGE" (page break in a run), "BEFORE:<text>" (a paragraph
    with pageBreakBefore), "SECTION" (a new-page section break)."""
    from docx.enum.section import WD_SECTION

    doc = docx.Document()
    for block in blocks:
        if block == "PAGE":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif block == "SECTION":
            doc.add_section(WD_SECTION.NEW_PAGE)
        elif isinstance(block, str) and block.startswith("BEFORE:"):
            doc.add_paragraph(block.removeprefix("BEFORE:")).paragraph_format.page_break_before = True
        elif isinstance(block, str):
            doc.add_paragraph(block)
        else:
            rows = list(block)  # type: ignore[call-overload]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


class _GbkNameInfo(zipfile.ZipInfo):
    """What Windows zip tools in China write: the name as GBK bytes, without the UTF-8 flag."""

    __slots__ = ()

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:  # zipfile's own method name
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def build_zip(members: dict[str, bytes], *, gbk_names: bool = False) -> bytes:
    """A ZIP of the members; with ``gbk_names`` the names are stored as raw GBK without the UTF-8 flag."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = _GbkNameInfo(name) if gbk_names else zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buf.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
