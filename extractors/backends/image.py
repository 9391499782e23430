"""Scanned images (PNG, JPEG, TIFF, BMP) -> OCR. A multi-frame TIFF gives one page per frame.

Boxes are in points: pixels x 72 / the image's own dpi when it states a plausible one, else 200 dpi.
"""

from __future__ import annotations

from io import BytesIO

from PIL import Image, ImageOps, UnidentifiedImageError

from extractors.backends.base import FileKind, FileResult, OcrMode, PageProgress, failed, issue, report
from extractors.backends.ocr import DEFAULT_DPI, OcrUnavailable, layout, recognize
from extractors.errors import E101_UNREADABLE, E108_NO_TEXT, E110_OCR_UNAVAILABLE
from extractors.model import ExtractionIssue, Page

MIN_DPI, MAX_DPI = 50.0, 1200.0


def image_dpi(info: dict[str, object]) -> float:
    """The horizontal dpi an image file states, if plausible; otherwise ``DEFAULT_DPI``."""
    dpi = info.get("dpi")
    if isinstance(dpi, tuple) and dpi:
        try:
            value = float(dpi[0])
        except (TypeError, ValueError):
            return float(DEFAULT_DPI)
        if MIN_DPI <= value <= MAX_DPI:
            return value
    return float(DEFAULT_DPI)


def _on_white(frame: Image.Image) -> Image.Image:
    """A grey image; transparent areas become white paper rather than black."""
    if frame.mode in ("RGBA", "LA", "PA") or (frame.mode == "P" and "transparency" in frame.info):
        rgba = frame.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("L")
    return frame.convert("L")


class ImageBackend:
    kind: FileKind = "image"

    def read(self, data: bytes, name: str, ocr: OcrMode, on_page: PageProgress | None = None) -> FileResult:
        try:
            img = Image.open(BytesIO(data))
            frames = int(getattr(img, "n_frames", 1))
            result = FileResult()
            for k in range(frames):
                img.seek(k)
                frame = ImageOps.exif_transpose(img) if k == 0 else img.copy()
                gray = _on_white(frame)
                page, page_issues = self._page(gray, image_dpi(img.info), name, k + 1, ocr)
                result.pages.append(page)
                result.issues.extend(page_issues)
                report(on_page, k + 1, frames)
            return result
        except Image.DecompressionBombError as exc:
            return failed(E101_UNREADABLE, name, f"图片像素过多（{exc}）")
        except (UnidentifiedImageError, OSError, ValueError, EOFError, SyntaxError) as exc:
            return failed(E101_UNREADABLE, name, f"图片无法解码（{exc}）")

    @staticmethod
    def _page(
        gray: Image.Image, dpi: float, name: str, file_page: int, ocr: OcrMode
    ) -> tuple[Page, list[ExtractionIssue]]:
        scale = 72.0 / dpi
        empty = Page(
            file=name,
            number=0,
            file_page=file_page,
            text="",
            source="ocr",
            width=gray.width * scale,
            height=gray.height * scale,
        )
        if ocr == "never":
            return empty, [issue(E110_OCR_UNAVAILABLE, name, page=file_page, detail="图片需要OCR")]
        try:
            text, lines = layout(recognize(gray, dpi))
        except OcrUnavailable as exc:
            return empty, [issue(E110_OCR_UNAVAILABLE, name, page=file_page, detail=str(exc))]
        if not text.strip():
            return empty, [issue(E108_NO_TEXT, name, page=file_page)]
        return empty.model_copy(update={"text": text, "lines": lines}), []
