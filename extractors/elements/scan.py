"""The view of a document that every element extractor scans: normalised text, lines, no web furniture.

``Scan.norm`` is ``normalize(dt.text)`` with every web-furniture line (当前位置 / 发布时间 / 索引号 / 【字体】 …)
blanked out with spaces, so no extractor takes a value from it; it has the same length as ``dt.text``, so a span
found in ``norm`` indexes the raw text, from which ``Element.text`` is cut. A line that starts with a 文号 label is
kept even though web pages list it among their metadata (it is usually the decision's own number).
"""

from __future__ import annotations

import weakref
from bisect import bisect_right
from collections.abc import Iterator

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind, ElementValue
from extractors.normalize import compact, normalize


class Scan:
    def __init__(self, dt: DocText) -> None:
        self.dt = dt
        self.raw = dt.text
        self.doc_type: DocType = dt.doc.doc_type
        norm = normalize(self.raw)
        spans: list[tuple[int, int]] = []
        start = 0
        for i, ch in enumerate(norm):
            if ch == "\n":
                spans.append((start, i))
                start = i + 1
        spans.append((start, len(norm)))
        chars = list(norm)
        for s, e in spans:
            if _is_furniture(self.raw[s:e], norm[s:e]):
                chars[s:e] = " " * (e - s)
                continue
            inline = P.WEB_FURNITURE_INLINE.search(self.raw, s, e)
            if inline:
                chars[inline.start() : e] = " " * (e - inline.start())
        self.norm = "".join(chars)
        self.line_spans: tuple[tuple[int, int], ...] = tuple(spans)
        self._starts = [s for s, _ in spans]

    # -- lines ------------------------------------------------------------------------------------------------------
    def line_no(self, pos: int) -> int:
        """The index of the line holding ``pos``."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def line(self, i: int) -> str:
        s, e = self.line_spans[i]
        return self.norm[s:e]

    def lines(self) -> Iterator[tuple[int, int, str]]:
        """(index, start offset, normalised text) of every line."""
        for i, (s, e) in enumerate(self.line_spans):
            yield i, s, self.norm[s:e]

    def nonempty_lines(self) -> list[int]:
        return [i for i, (s, e) in enumerate(self.line_spans) if self.norm[s:e].strip()]

    def line_prefix(self, pos: int) -> str:
        """The normalised text of ``pos``'s line before ``pos``."""
        s, _ = self.line_spans[self.line_no(pos)]
        return self.norm[s:pos]

    def line_suffix(self, pos: int) -> str:
        _, e = self.line_spans[self.line_no(pos)]
        return self.norm[pos:e]

    # -- context windows --------------------------------------------------------------------------------------------
    def back_clause(self, pos: int, *, stop: int = 0, sentence: bool = False, limit: int = 80) -> str:
        """Text before ``pos`` back to the previous clause (or sentence) end, not before ``stop``."""
        lo = max(stop, pos - limit)
        window = self.norm[lo:pos]
        ends = P.SENTENCE_END if sentence else P.CLAUSE_END
        last = None
        for m in ends.finditer(window):
            last = m
        return window[last.end() :] if last else window

    def forward_clause(self, pos: int, *, stop: int | None = None, sentence: bool = True, limit: int = 80) -> str:
        hi = min(len(self.norm), pos + limit, stop if stop is not None else len(self.norm))
        window = self.norm[pos:hi]
        m = (P.SENTENCE_END if sentence else P.CLAUSE_END).search(window)
        return window[: m.start()] if m else window

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence (between 。!?; or line breaks) around ``pos``."""
        start = pos
        while start > 0 and not P.SENTENCE_END.match(self.norm[start - 1]):
            start -= 1
        m = P.SENTENCE_END.search(self.norm, pos)
        return start, (m.start() if m else len(self.norm))

    def sentences(self) -> Iterator[tuple[int, int]]:
        start = 0
        for m in P.SENTENCE_END.finditer(self.norm):
            if self.norm[start : m.start()].strip():
                yield start, m.start()
            start = m.end()
        if self.norm[start:].strip():
            yield start, len(self.norm)

    # -- elements ---------------------------------------------------------------------------------------------------
    def trim(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` without white space at either end."""
        while start < end and self.norm[start].isspace():
            start += 1
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        return start, end

    def element(
        self,
        kind: ElementKind,
        value: ElementValue,
        start: int,
        end: int,
        *,
        extractor: str,
        role: str | None = None,
        masked: bool = False,
        valid: bool | None = None,
    ) -> Element:
        return Element(
            kind=kind,
            value=value,
            text=self.raw[start:end],
            doc_id=self.dt.doc.id,
            role=role,
            prov=self.dt.prov(start, end),
            extractor=extractor,
            masked=masked,
            valid=valid,
        )


def by_position(elements: list[Element]) -> list[Element]:
    """Elements in reading order: page, then span."""
    return sorted(elements, key=lambda e: (e.prov.page, e.prov.span))


def _is_furniture(raw_line: str, norm_line: str) -> bool:
    line = compact(raw_line)
    if not line or not P.WEB_FURNITURE.match(line):
        return False
    return not P.CASE_NUMBER_LABEL.match(compact(norm_line))


def is_agency_line(text: str) -> bool:
    """True for a line (normalised) that is an agency name, maybe with a seal mark: 成都市某某区市场监督管理局(印章)."""
    t = compact(P.SEAL_MARK.sub("", text))
    return bool(t) and bool(P.AGENCY_NAME.match(t))


def is_seal_line(text: str) -> bool:
    t = compact(text)
    return bool(t) and not compact(P.SEAL_MARK.sub("", t))


_CACHE: weakref.WeakKeyDictionary[DocText, Scan] = weakref.WeakKeyDictionary()


def scan_of(dt: DocText) -> Scan:
    """The (cached) Scan of ``dt``: every extractor of one document shares one normalisation."""
    found = _CACHE.get(dt)
    if found is None:
        found = Scan(dt)
        _CACHE[dt] = found
    return found
