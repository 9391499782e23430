"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030. A form feed starts a new page."""

from __future__ import annotations

import codecs

from extractors.backends.base import FileKind, FileResult, OcrMode, PageProgress, failed, issue, report
from extractors.errors import E101_UNREADABLE, E108_NO_TEXT
from extractors.model import Line, Page

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding name), or None when the bytes are not text in any encoding anjuan reads."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:  # binary data that happens to decode
            return None
        return text, encoding
    return None


def text_page(name: str, file_page: int, text: str) -> Page:
    """A page of plain text with one ``Line`` per non-blank line (no boxes)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append(Line(span=(pos, pos + len(raw))))
        pos += len(raw) + 1
    return Page(file=name, number=0, file_page=file_page, text=text, source="txt", lines=tuple(lines))


class TxtBackend:
    kind: FileKind = "txt"

    def read(self, data: bytes, name: str, ocr: OcrMode, on_page: PageProgress | None = None) -> FileResult:
        decoded = decode_text(data)
        if decoded is None:
            return failed(E101_UNREADABLE, name, "无法识别文本编码（支持UTF-8、UTF-16、GB18030）")
        text = decoded[0].replace("\r\n", "\n").replace("\r", "\n")
        chunks = text.split("\f")
        while len(chunks) > 1 and not chunks[-1].strip():  # a trailing form feed does not open a page
            chunks.pop()
        result = FileResult()
        for k, chunk in enumerate(chunks, start=1):
            result.pages.append(text_page(name, k, chunk))
            report(on_page, k, len(chunks))
        if not text.strip():
            result.issues.append(issue(E108_NO_TEXT, name, page=1))
        return result
