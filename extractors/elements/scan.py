"""The view of a document that every element extractor scans: normalised text, lines, no web furniture.

``Scan.flat`` is ``norm`` without its soft line breaks (a PDF text layer wraps sentences: 《中华人民共和国食品
安全法》; a Word paragraph or table row never wraps, so DOCX text has none), with ``norm_span`` mapping a span of
``flat`` back to the text: prose extractors (citations, amounts, remedies, dates, quoted 文号, officers) match on
``flat``; the party block and other labels read lines of ``norm``.

``Scan.norm`` is ``normalize(dt.text)`` with every web-furniture line (当前位置 / 发布时间 / 索引号 / 【字体】 …)
and every furniture item inside a line (发布时间：… up to a run of two spaces, at most 60 characters) blanked out
with spaces, so no extractor takes a value from it (a furniture line longer than 200 characters — a document pasted
as one line — loses only its first item); it has the same length as ``dt.text``, so a span
found in ``norm`` indexes the raw text, from which ``Element.text`` is cut. A line that starts with a 文号 label is
kept even though web pages list it among their metadata (it is usually the decision's own number).
"""

from __future__ import annotations

import itertools
import weakref
from bisect import bisect_right
from collections.abc import Callable, Iterator

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
                stop = e if e - s <= _LONG_LINE else _furniture_end(norm, s, e)
                chars[s:stop] = " " * (stop - s)
                if stop == e:
                    continue
            for inline in P.WEB_FURNITURE_INLINE.finditer(self.raw, s, e):
                stop = _furniture_end(norm, inline.start(), e)
                chars[inline.start() : stop] = " " * (stop - inline.start())
        self.norm = "".join(chars)
        self.line_spans: tuple[tuple[int, int], ...] = tuple(spans)
        self._starts = [s for s, _ in spans]
        soft = _soft_breaks(self.norm, self.line_spans, typed=lambda pos: dt.prov(pos, pos).source == "docx")
        self._f2n = [i for i in range(len(self.norm)) if i not in soft]
        self._kept = set(self._f2n)
        self.flat = "".join(self.norm[i] for i in self._f2n)
        n2f = [0] * (len(self.norm) + 1)
        f = 0
        for i in range(len(self.norm)):
            n2f[i] = f
            if i not in soft:
                f += 1
        n2f[len(self.norm)] = f
        self._n2f = n2f

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

    def line_prefix(self, pos: int, limit: int = 200) -> str:
        """The normalised text of ``pos``'s line before ``pos`` (at most ``limit`` characters of it)."""
        s, _ = self.line_spans[self.line_no(pos)]
        return self.norm[max(s, pos - limit) : pos]

    def line_suffix(self, pos: int, limit: int = 200) -> str:
        """The normalised text of ``pos``'s line from ``pos`` on (at most ``limit`` characters of it)."""
        _, e = self.line_spans[self.line_no(pos)]
        return self.norm[pos : min(e, pos + limit)]

    # -- the flat view: soft line wraps removed ----------------------------------------------------------------------
    def flat_pos(self, pos: int) -> int:
        """The index in ``flat`` of the normalised text's index ``pos``."""
        return self._n2f[pos]

    def norm_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text (``norm`` / ``raw``) of the ``flat`` span ``[start, end)``, white space trimmed."""
        while start < end and self.flat[start].isspace():
            start += 1
        while end > start and self.flat[end - 1].isspace():
            end -= 1
        if start >= end:
            pos = self._f2n[start] if start < len(self._f2n) else len(self.norm)
            return pos, pos
        return self._f2n[start], self._f2n[end - 1] + 1

    def raw_flat(self, start: int, end: int) -> str:
        """The raw text of the ``flat`` span ``[start, end)`` without its soft line breaks (for values)."""
        s, e = self.norm_span(start, end)
        return "".join(self.raw[i] for i in range(s, e) if i in self._kept)

    # -- context windows (normalised-text positions in, read on the flat view) ---------------------------------------
    def back_clause(self, pos: int, *, stop: int = 0, sentence: bool = False, limit: int = 80) -> str:
        """Text before ``pos`` back to the previous clause (or sentence) end, not before ``stop``."""
        return self.back_clause_flat(self.flat_pos(pos), stop=self.flat_pos(stop), sentence=sentence, limit=limit)

    def back_clause_flat(self, pos: int, *, stop: int = 0, sentence: bool = False, limit: int = 80) -> str:
        window = self.flat[max(stop, pos - limit) : pos]
        last = None
        for m in (P.SENTENCE_END if sentence else P.CLAUSE_END).finditer(window):
            last = m
        return window[last.end() :] if last else window

    def forward_clause(self, pos: int, *, stop: int | None = None, sentence: bool = True, limit: int = 80) -> str:
        flat_stop = None if stop is None else self.flat_pos(stop)
        return self.forward_clause_flat(self.flat_pos(pos), stop=flat_stop, sentence=sentence, limit=limit)

    def forward_clause_flat(self, pos: int, *, stop: int | None = None, sentence: bool = True, limit: int = 80) -> str:
        hi = min(len(self.flat), pos + limit, stop if stop is not None else len(self.flat))
        window = self.flat[pos:hi]
        m = (P.SENTENCE_END if sentence else P.CLAUSE_END).search(window)
        return window[: m.start()] if m else window

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """The sentence (between 。!?; or hard line breaks) around ``pos``, as a span of the normalised text."""
        f = self.flat_pos(pos)
        start = f
        while start > 0 and not P.SENTENCE_END.match(self.flat[start - 1]):
            start -= 1
        m = P.SENTENCE_END.search(self.flat, f)
        end = m.start() if m else len(self.flat)
        return self._f2n[start] if start < len(self._f2n) else len(self.norm), self.norm_span(start, end)[1]

    def flat_sentences(self) -> Iterator[tuple[int, int]]:
        """Spans of ``flat`` between 。!?; and hard line breaks."""
        start = 0
        for m in P.SENTENCE_END.finditer(self.flat):
            if self.flat[start : m.start()].strip():
                yield start, m.start()
            start = m.end()
        if self.flat[start:].strip():
            yield start, len(self.flat)

    # -- elements ---------------------------------------------------------------------------------------------------
    def trim(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` without white space at either end."""
        while start < end and self.norm[start].isspace():
            start += 1
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        return start, end

    def element_flat(
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
        """An element for the ``flat`` span ``[start, end)``."""
        s, e = self.norm_span(start, end)
        return self.element(kind, value, s, e, extractor=extractor, role=role, masked=masked, valid=valid)

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


_LONG_LINE = 200
_SOFT_MIN_WIDTH = 30  # display columns: a wrapped line is at least 15 Chinese characters wide
_SOFT_SHARE = 0.8  # … and at least 80% as wide as the document's wide lines (90th percentile)
_HARD_ENDS = "。;:!?"


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text if not ch.isspace())


def _starts_field(line: str) -> bool:
    """A "label: value" line, or a known party label with its value to come ("当事人:"); not a wrapped lead-in
    such as "出如下行政处罚:"."""
    m = P.GENERIC_LABEL.match(line)
    if m is None:
        return False
    label = compact(m.group("label"))
    return bool(line[m.end() :].strip()) or label in P.PARTY_LABELS or label.split("(")[0] in P.PARTY_LABELS


def _soft_breaks(
    norm: str, spans: tuple[tuple[int, int], ...], typed: Callable[[int], bool] = lambda _pos: False
) -> set[int]:
    """Indices of line breaks that only wrap a long line (a PDF text layer): the sentence goes on on the next line.

    A break is soft when its line is wide (see _SOFT_MIN_WIDTH / _SOFT_SHARE), does not end a sentence or a label
    (。;:!?), and the next line does not start a list item or a "label: value" field. A line that is only a page number
    (19 / - 19 - / 第19页) is dropped from the flat view with its break, so a sentence cut by a page footer joins up.
    A break in typed text (``typed(pos)``: a Word paragraph or table row) is the writer's own and never soft: a table
    row "承办人：李四 2024年3月1日" does not run on into the next row "承办机构意见 同意立案。".
    """
    soft: set[int] = set()
    kept: list[tuple[int, int]] = []
    for k, (s, e) in enumerate(spans):  # page-number lines (a page footer inside the text) drop out, with their break
        if 0 < k < len(spans) - 1 and P.PAGE_NUMBER_LINE.match(norm[s:e]):
            soft.update(range(s, e + 1))
        else:
            kept.append((s, e))
    widths = sorted(w for w in (_width(norm[s:e]) for s, e in kept) if w)
    if len(widths) < 5:
        return soft
    threshold = max(_SOFT_MIN_WIDTH, _SOFT_SHARE * widths[int(0.9 * (len(widths) - 1))])
    for (s, e), (ns, ne) in itertools.pairwise(kept):
        line, nxt = norm[s:e].rstrip(), norm[ns:ne]
        if not line or not nxt.strip() or line[-1] in _HARD_ENDS or _width(line) < threshold:
            continue
        if P.LIST_ITEM_START.match(nxt) or _starts_field(nxt.strip()) or typed(e):
            continue
        soft.add(e)
    return soft


def _furniture_end(norm: str, start: int, end: int) -> int:
    """Where a furniture item that starts at ``start`` ends: at a run of two spaces, or 60 characters on, or ``end``."""
    gap = norm.find("  ", start, end)
    return min(end, start + 60, gap if gap >= 0 else end)


def _is_furniture(raw_line: str, norm_line: str) -> bool:
    line = compact(raw_line)
    if not line or not P.WEB_FURNITURE.match(line):
        return False
    return not P.CASE_NUMBER_LABEL.match(compact(norm_line))


def is_agency_line(text: str) -> bool:
    """True for a line (normalised) that is an agency name, maybe with a seal mark: 成都市某某区市场监督管理局(印章)."""
    t = compact(P.SEAL_MARK.sub("", text))
    return bool(t) and bool(P.AGENCY_NAME.match(t))


_SEAL_HOLDERS = ("", "执法机关", "处罚机关", "行政机关", "机关", "单位")


def is_seal_line(text: str) -> bool:
    """True for a line that is a seal mark, maybe after a generic holder: (印章) / 执法机关（印章）."""
    t = compact(text)
    return bool(t) and P.SEAL_MARK.search(t) is not None and compact(P.SEAL_MARK.sub("", t)) in _SEAL_HOLDERS


_CACHE: weakref.WeakKeyDictionary[DocText, Scan] = weakref.WeakKeyDictionary()


def scan_of(dt: DocText) -> Scan:
    """The (cached) Scan of ``dt``: every extractor of one document shares one normalisation."""
    found = _CACHE.get(dt)
    if found is None:
        found = Scan(dt)
        _CACHE[dt] = found
    return found
