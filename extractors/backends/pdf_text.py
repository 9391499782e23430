"""PDF pages: the text layer via pypdfium2 (lines with boxes), or OCR for pages whose layer is empty or garbled.

The text is built character by character from PDFium's char list, so every character keeps its box: ``\\r\\n``
becomes ``\\n``, glyphs without Unicode are dropped (and counted for the quality test), and Kangxi radicals and
compatibility ideographs are mapped by NFKC one character at a time (whole-string NFKC would also turn ``：，（）``
into ASCII). Boxes are PDF points relative to the crop box, top-left origin, in the page's displayed orientation.
Every PDFium call runs under ``PDFIUM_LOCK``; OCR runs outside it.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from extractors.backends.base import FileKind, FileResult, OcrMode, PageProgress, failed, issue, report
from extractors.backends.ocr import DEFAULT_DPI, OcrUnavailable, layout, recognize
from extractors.backends.pdfium import PDFIUM_LOCK
from extractors.errors import (
    E101_UNREADABLE,
    E102_ENCRYPTED,
    E104_GARBLED_TEXT_LAYER,
    E108_NO_TEXT,
    E110_OCR_UNAVAILABLE,
)
from extractors.model import BBox, ExtractionIssue, Line, Page
from extractors.patterns import KANGXI_LOOKALIKE
from extractors.quality import TextLayerProblem, check_text_layer

MAX_RENDER_PIXELS = 40_000_000  # a page larger than this is rendered below DEFAULT_DPI


@dataclass
class _Geometry:
    """Crop box and rotation: maps PDF user space to top-left-origin display coordinates."""

    x0: float
    y0: float
    width: float  # unrotated crop box
    height: float
    rotation: int

    @property
    def display_size(self) -> tuple[float, float]:
        return (self.height, self.width) if self.rotation in (90, 270) else (self.width, self.height)

    def point(self, x: float, y: float) -> tuple[float, float]:
        u, v = x - self.x0, self.height - (y - self.y0)  # unrotated, top-left origin
        if self.rotation == 90:
            return self.height - v, u
        if self.rotation == 180:
            return self.width - u, self.height - v
        if self.rotation == 270:
            return v, self.width - u
        return u, v

    def box(self, left: float, bottom: float, right: float, top: float) -> BBox:
        (ax, ay), (bx, by) = self.point(left, top), self.point(right, bottom)
        return BBox(x0=min(ax, bx), top=min(ay, by), x1=max(ax, bx), bottom=max(ay, by))


@dataclass
class _Layer:
    text: str
    lines: tuple[Line, ...]
    unmapped: int
    width: float
    height: float


def _read_chars(textpage: pdfium.PdfTextPage) -> tuple[list[str], list[int | None], int]:
    """Characters of the page (one str each, normalised) with their PDFium char index (None for line breaks)."""
    out: list[str] = []
    index: list[int | None] = []
    unmapped = 0
    n = textpage.count_chars()
    prev = -1
    i = 0
    while i < n:
        code = pdfium_c.FPDFText_GetUnicode(textpage, i)
        if 0xD800 <= code < 0xDC00 and i + 1 < n:  # a character outside the BMP, split over two char slots
            low = pdfium_c.FPDFText_GetUnicode(textpage, i + 1)
            if 0xDC00 <= low < 0xE000:
                out.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                index.append(i)
                prev, i = low, i + 2
                continue
        if code == 0:
            unmapped += 1
        elif code == 0x0D or (code == 0x0A and prev != 0x0D):  # "\r\n", "\r" and "\n" all become one "\n"
            out.append("\n")
            index.append(None)
        elif code != 0x0A:
            ch = chr(code)
            if KANGXI_LOOKALIKE.match(ch):
                ch = unicodedata.normalize("NFKC", ch)
            out.append(ch)
            index.append(i)
        prev, i = code, i + 1
    return out, index, unmapped


def _text_layer(page: pdfium.PdfPage) -> _Layer:
    left, bottom, right, top = page.get_cropbox()
    geo = _Geometry(left, bottom, right - left, top - bottom, page.get_rotation() % 360)
    textpage = page.get_textpage()
    try:
        chars, index, unmapped = _read_chars(textpage)
        lines: list[Line] = []
        pos = 0
        start = 0
        # union of the line's char boxes in PDF space (left, bottom, right, top); mapped once per line, which is
        # exact because the page transform only translates, flips and turns by quarter turns
        ext: list[float] | None = None
        for ch, idx in zip(chars, index, strict=True):
            if ch == "\n":
                lines.append(Line(span=(start, pos), bbox=geo.box(*ext) if ext else None))
                start, ext = pos + 1, None
            elif idx is not None and not ch.isspace() and not pdfium_c.FPDFText_IsGenerated(textpage, idx):
                left, bottom, right, top = textpage.get_charbox(idx)
                if ext is None:
                    ext = [left, bottom, right, top]
                else:
                    ext = [min(ext[0], left), min(ext[1], bottom), max(ext[2], right), max(ext[3], top)]
            pos += len(ch)
        lines.append(Line(span=(start, pos), bbox=geo.box(*ext) if ext else None))
    finally:
        textpage.close()
    text = "".join(chars)
    width, height = geo.display_size
    kept = tuple(line for line in lines if text[line.span[0] : line.span[1]].strip())
    return _Layer(text=text, lines=kept, unmapped=unmapped, width=width, height=height)


def _render(page: pdfium.PdfPage, width: float, height: float) -> tuple[Image.Image, float]:
    scale = DEFAULT_DPI / 72.0
    pixels = width * scale * height * scale
    if pixels > MAX_RENDER_PIXELS:
        scale *= math.sqrt(MAX_RENDER_PIXELS / pixels)
    bitmap = page.render(scale=scale, grayscale=True)
    try:
        image = bitmap.to_pil().copy()  # copy: the PIL image shares the bitmap's buffer
    finally:
        bitmap.close()
    return image, scale * 72.0


class PdfBackend:
    kind: FileKind = "pdf"

    def read(self, data: bytes, name: str, ocr: OcrMode, on_page: PageProgress | None = None) -> FileResult:
        with PDFIUM_LOCK:
            try:
                doc = pdfium.PdfDocument(data)
            except pdfium.PdfiumError as exc:
                if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                    return failed(E102_ENCRYPTED, name)
                return failed(E101_UNREADABLE, name, str(exc))
        try:
            with PDFIUM_LOCK:
                count = len(doc)
            if count == 0:
                return failed(E101_UNREADABLE, name, "PDF没有页面")
            result = FileResult()
            for i in range(count):
                page, page_issues = self._read_page(doc, i, name, ocr)
                result.pages.append(page)
                result.issues.extend(page_issues)
                report(on_page, i + 1, count)
            return result
        finally:
            with PDFIUM_LOCK:
                doc.close()

    def _read_page(
        self, doc: pdfium.PdfDocument, i: int, name: str, ocr: OcrMode
    ) -> tuple[Page, list[ExtractionIssue]]:
        file_page = i + 1
        image: Image.Image | None = None
        dpi = float(DEFAULT_DPI)
        with PDFIUM_LOCK:
            try:
                page = doc[i]
            except pdfium.PdfiumError as exc:
                bad = issue(E101_UNREADABLE, name, page=file_page, detail=f"第{file_page}页无法解析（{exc}）")
                return Page(file=name, number=0, file_page=file_page, text="", source="text_layer"), [bad]
            try:
                layer = _text_layer(page)
                problem = check_text_layer(layer.text, layer.unmapped)
                if ocr == "always" or (ocr == "auto" and problem is not None):
                    image, dpi = _render(page, layer.width, layer.height)
            finally:
                page.close()
        text_page = Page(
            file=name,
            number=0,
            file_page=file_page,
            text=layer.text,
            source="text_layer",
            lines=layer.lines,
            width=layer.width,
            height=layer.height,
        )
        if image is None:
            if problem is None:
                return text_page, []
            return text_page, [issue(E110_OCR_UNAVAILABLE, name, page=file_page, detail=problem.reason)]
        return _ocr_page(text_page, image, dpi, problem)


def _visible(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _ocr_page(
    text_page: Page, image: Image.Image, dpi: float, problem: TextLayerProblem | None
) -> tuple[Page, list[ExtractionIssue]]:
    name, file_page = text_page.file, text_page.file_page
    try:
        text, lines = layout(recognize(image, dpi))
    except OcrUnavailable as exc:
        return text_page, [issue(E110_OCR_UNAVAILABLE, name, page=file_page, detail=str(exc))]
    if problem is not None and problem.kind == "empty" and _visible(text) <= _visible(text_page.text):
        return text_page, []  # a sparse page (a short cover, "第2页"): OCR found no more than the exact layer has
    issues: list[ExtractionIssue] = []
    if problem is not None and problem.garbled:
        issues.append(issue(E104_GARBLED_TEXT_LAYER, name, page=file_page))  # the contract's exact message
    if not text.strip():
        issues.append(issue(E108_NO_TEXT, name, page=file_page, detail="空白页", severity="info"))
    page = text_page.model_copy(update={"text": text, "lines": lines, "source": "ocr"})
    return page, issues
