"""A document's text as one string, with a map back to pages for provenance."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from extractors.model import Document, Dossier, Page, Provenance


@dataclass(frozen=True)
class _Piece:
    offset: int  # where this piece starts in DocText.text
    page: Page
    start: int  # span of the piece in page.text
    end: int


class DocText:
    """The text of one document: its page stretches joined with "\\n", and ``prov(start, end)`` back to a page.

    A span that crosses a page boundary is clipped to the page where it starts (evidence points at one page).
    """

    def __init__(self, dossier: Dossier, doc: Document) -> None:
        self.doc = doc
        pieces: list[_Piece] = []
        parts: list[str] = []
        offset = 0
        for ref in doc.pages:
            page = dossier.page(ref.page)
            pieces.append(_Piece(offset, page, ref.start, ref.end))
            chunk = page.text[ref.start : ref.end]
            parts.append(chunk)
            offset += len(chunk) + 1
        self.text = "\n".join(parts)
        self._pieces = tuple(pieces)
        self._offsets = [p.offset for p in pieces]

    def _piece(self, pos: int) -> _Piece:
        return self._pieces[max(0, bisect_right(self._offsets, pos) - 1)]

    def page_of(self, pos: int) -> int:
        return self._piece(pos).page.number

    def prov(self, start: int, end: int) -> Provenance:
        piece = self._piece(start)
        local_start = piece.start + (start - piece.offset)
        piece_len = piece.end - piece.start
        local_end = piece.start + min(end - piece.offset, piece_len)
        return piece.page.locate(local_start, max(local_start, local_end))
