"""Word (DOCX): paragraphs and tables in body order, split into pages at explicit breaks.

python-docx opens the package; the body XML is walked directly so that content controls (``w:sdt``), text boxes
and merged table cells come out once each, in order:

- a paragraph is a line (a text-wrapping break inside it starts another line);
- a table row is one line, its cells joined by two spaces (a merged cell appears once, nested tables flattened);
- text boxes follow the paragraph that anchors them (the VML fallback copy is skipped);
- a page starts at ``w:br w:type="page"``, at ``w:pageBreakBefore`` and after a non-continuous section break;
- tracked deletions and moved-away text are left out. Headers and footers are not read.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from io import BytesIO

import docx
from docx.opc.exceptions import OpcError
from lxml import etree

from extractors.backends.base import FileKind, FileResult, OcrMode, PageProgress, failed, issue, report
from extractors.errors import E108_NO_TEXT, E109_NOT_A_DOCX
from extractors.model import Line, Page

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
CELL_SEPARATOR = "  "


class _PageBreak:
    """Marker in the block stream: a new page starts here."""


BREAK = _PageBreak()
Block = str | _PageBreak

_OFF = {"0", "false", "off"}
_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", f"{_W}instrText", f"{_W}delText", _MC_FALLBACK}


def _on(el: etree._Element | None) -> bool:
    """A WordprocessingML on/off property: present and not explicitly switched off."""
    return el is not None and el.get(f"{_W}val", "true").lower() not in _OFF


def _inline(el: etree._Element, out: list[Block], boxes: list[etree._Element]) -> None:
    """Text of a paragraph's runs, in order, with breaks; text-box contents are set aside in ``boxes``."""
    for child in el:
        tag = child.tag
        if tag in _SKIP:
            continue
        if tag == f"{_W}t":
            out.append(child.text or "")
        elif tag == f"{_W}tab":
            out.append("\t")
        elif tag == f"{_W}br":
            out.append(BREAK if child.get(f"{_W}type") == "page" else "\n")
        elif tag == f"{_W}cr":
            out.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            out.append("-")
        elif tag == f"{_W}txbxContent":
            boxes.append(child)
        else:
            _inline(child, out, boxes)


def _paragraph(p: etree._Element) -> Iterator[Block]:
    ppr = p.find(f"{_W}pPr")
    if ppr is not None and _on(ppr.find(f"{_W}pageBreakBefore")):
        yield BREAK
    pieces: list[Block] = []
    boxes: list[etree._Element] = []
    _inline(p, pieces, boxes)
    line: list[str] = []
    for piece in pieces:
        if isinstance(piece, _PageBreak):
            yield "".join(line)
            line = []
            yield BREAK
        else:
            line.append(piece)
    yield from "".join(line).split("\n")
    for box in boxes:
        yield from _blocks(box)
    sect = ppr.find(f"{_W}sectPr") if ppr is not None else None
    if sect is not None:
        kind = sect.find(f"{_W}type")
        if kind is None or kind.get(f"{_W}val") != "continuous":
            yield BREAK


def _cell_text(tc: etree._Element) -> str:
    parts = [b.strip() for b in _blocks(tc) if isinstance(b, str)]
    return " ".join(p for p in parts if p)


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _cells(content)


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        if child.tag == f"{_W}tr":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                yield from _rows(content)


def _table(tbl: etree._Element) -> Iterator[Block]:
    for tr in _rows(tbl):
        yield CELL_SEPARATOR.join(_cell_text(tc) for tc in _cells(tr)).strip()


def _blocks(container: etree._Element) -> Iterator[Block]:
    """Lines and page breaks of a body, cell, text box or content control, in document order."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            yield from _paragraph(child)
        elif tag == f"{_W}tbl":
            yield from _table(child)
        elif tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag == f"{_W}customXml":
            yield from _blocks(child)


def _page(name: str, file_page: int, texts: list[str]) -> Page:
    lines: list[Line] = []
    parts: list[str] = []
    pos = 0
    for text in texts:
        if parts:
            parts.append("\n")
            pos += 1
        parts.append(text)
        lines.append(Line(span=(pos, pos + len(text))))
        pos += len(text)
    return Page(file=name, number=0, file_page=file_page, text="".join(parts), source="docx", lines=tuple(lines))


def split_pages(blocks: Iterator[Block]) -> list[list[str]]:
    """Group non-blank lines into pages at page breaks; pages with no text are dropped."""
    pages: list[list[str]] = [[]]
    for block in blocks:
        if isinstance(block, _PageBreak):
            pages.append([])
        elif block.strip():
            pages[-1].append(block.rstrip())
    return [p for p in pages if p]


class DocxBackend:
    kind: FileKind = "docx"

    def read(self, data: bytes, name: str, ocr: OcrMode, on_page: PageProgress | None = None) -> FileResult:
        try:
            body = docx.Document(BytesIO(data)).element.body
        except (zipfile.BadZipFile, KeyError, ValueError, OpcError, etree.XMLSyntaxError) as exc:
            return failed(E109_NOT_A_DOCX, name, f"{type(exc).__name__}: {exc}")
        pages = split_pages(_blocks(body))
        if not pages:
            result = FileResult(pages=[_page(name, 1, [])])
            result.issues.append(issue(E108_NO_TEXT, name, page=1))
            return result
        result = FileResult()
        for k, texts in enumerate(pages, start=1):
            result.pages.append(_page(name, k, texts))
            report(on_page, k, len(pages))
        return result
