"""Pages -> documents: find each document's title line and cut the dossier at the titles.

A title is matched against the alias table of ``extractors.titles`` exactly, as "agency name + title" on one line,
or with rapidfuzz (``fuzz.ratio`` ≥ 85, or one substituted character for titles of four or more characters, which is
what OCR does to 询问笔录 → 洵问笔录). Titles are looked for near the top of a PDF or scanned page (one document start
per page there, so the rows of a 卷内目录 or a 送达回证 never start documents) and on any short line of a DOCX or TXT
page, where several documents share one file. Lines of web-page furniture (当前位置, 发布时间, 索引号 …) are skipped
and trimmed off the ends of documents. Text before the first title becomes a document of type 其他.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from extractors import patterns
from extractors.model import DocType, Document, Page, PageRef
from extractors.titles import ALIASES, NO_SUFFIX_MATCH, TITLE_ENDINGS, title_key

#: a PDF or scanned page's title is among its first lines
TOP_LINES = 6
MAX_TITLE_CHARS = 40
FUZZY_CUTOFF = 85.0
#: endings of an agency name that may stand before a title on the same line or the line above it
_AGENCY_ENDINGS = ("局", "委员会", "政府", "大队", "支队", "中队", "所", "中心", "站", "厅", "办公室", "分局", "执法队")
_ALIAS_KEYS = tuple(ALIASES)
_SUFFIX_KEYS = tuple(sorted((k for k in ALIASES if len(k) >= 4 and k not in NO_SUFFIX_MATCH), key=len, reverse=True))
_UNKNOWN_TITLE_PUNCT = frozenset('：:，,。；;、？?！!“”"《》()（）0123456789０１２３４５６７８９〔〕[]')


@dataclass(frozen=True)
class TitleMatch:
    doc_type: DocType
    variant: str | None
    title: str
    confidence: float


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _compact(text: str) -> str:
    return patterns.WHITESPACE.sub("", text)


def is_furniture(line: str) -> bool:
    """A line of web-page furniture around a pasted document."""
    return bool(patterns.WEB_FURNITURE.match(_compact(line)))


def match_title(line: str) -> TitleMatch | None:
    """The document type a line names, if the line is a title (possibly after an agency name)."""
    raw = _compact(line)
    if not (2 <= len(raw) <= MAX_TITLE_CHARS):
        return None
    body = patterns.TITLE_PREFIX.sub("", raw)
    hearing = "适用听证" in body and "非听证" not in body
    body = patterns.TITLE_SUFFIX.sub("", _strip_page_marker(body))
    key = title_key(body)
    if not key:
        return None
    hit = ALIASES.get(key)
    if hit is not None:
        return _result(hit, body, 1.0, hearing)
    for alias in _SUFFIX_KEYS:
        if key.endswith(alias) and key[: -len(alias)].endswith(_AGENCY_ENDINGS):
            return _result(
                ALIASES[alias], body[len(body) - len(alias) :] if body.endswith(alias) else alias, 1.0, hearing
            )
    best = process.extractOne(key, _ALIAS_KEYS, scorer=fuzz.ratio)
    if best is None:
        return None
    alias, score, _ = best
    if alias.startswith(key):
        return None  # a title cut short (法制审核意见 of 法制审核意见书) is a form's cell label, not a title
    if score >= FUZZY_CUTOFF or (len(alias) >= 4 and len(key) == len(alias) and Levenshtein.distance(key, alias) == 1):
        return _result(ALIASES[alias], body, score / 100.0, hearing)
    return None


def _strip_page_marker(body: str) -> str:
    """询问笔录（第2页 共3页） -> 询问笔录: a bracketed page marker after a title."""
    cut = max(body.rfind("（"), body.rfind("("))
    if cut > 0 and body.endswith((")", "）")) and "页" in body[cut:]:
        return body[:cut]
    return body


def _result(hit: tuple[DocType, str | None], title: str, confidence: float, hearing: bool) -> TitleMatch:
    doc_type, variant = hit
    if hearing and doc_type == DocType.NOTICE:
        doc_type = DocType.HEARING_NOTICE
    return TitleMatch(doc_type, variant, title, round(confidence, 3))


def unknown_title(line: str) -> str | None:
    """A short line that reads like the title of a document anjuan does not know (kept as 其他)."""
    raw = _compact(line)
    if not (4 <= len(raw) <= 20) or not raw.endswith(TITLE_ENDINGS) or raw.endswith(_AGENCY_ENDINGS):
        return None
    if any(ch in _UNKNOWN_TITLE_PUNCT for ch in raw) or not patterns.HAN.search(raw):
        return None
    return raw


def _lines(page: Page) -> list[_Line]:
    if page.lines:
        return [_Line(ln.span[0], ln.span[1], page.line_text(ln)) for ln in page.lines]
    out: list[_Line] = []
    pos = 0
    for chunk in page.text.split("\n"):
        out.append(_Line(pos, pos + len(chunk), chunk))
        pos += len(chunk) + 1
    return out


def _is_header_like(text: str) -> bool:
    raw = _compact(text)
    return 0 < len(raw) <= 30 and raw.endswith(_AGENCY_ENDINGS)


@dataclass(frozen=True)
class _Start:
    page: int
    offset: int
    match: TitleMatch


def _page_starts(page: Page, current: DocType | None) -> list[_Start]:
    lines = [ln for ln in _lines(page) if ln.text.strip()]
    multi = page.source in ("docx", "txt")
    starts: list[_Start] = []
    content_index = 0
    for i, line in enumerate(lines):
        if is_furniture(line.text):
            continue
        content_index += 1
        if not multi and content_index > TOP_LINES:
            break
        found = match_title(line.text)
        if found is None and content_index == 1:
            title = unknown_title(line.text)
            if title is not None and (i + 1 >= len(lines) or match_title(lines[i + 1].text) is None):
                found = TitleMatch(DocType.OTHER, None, title, 0.5)
        if found is None:
            continue
        if found.doc_type == current and _is_continuation(line.text):
            continue
        starts.append(_Start(page.number, _start_offset(lines, i, multi), found))
        current = found.doc_type
        if not multi:
            break
    return starts


def _is_continuation(text: str) -> bool:
    raw = _compact(text)
    return "续" in raw or ("第" in raw and "页" in raw)


def _start_offset(lines: list[_Line], title_index: int, multi: bool) -> int:
    """Where the document begins: at its title, or at the agency-name line(s) just above it."""
    first = title_index
    for j in range(title_index - 1, max(-1, title_index - 4), -1):
        text = lines[j].text
        if is_furniture(text):
            break
        if multi and not _is_header_like(text):
            break
        first = j
    if not multi and all(not is_furniture(ln.text) for ln in lines[:title_index]):
        return 0
    return lines[first].start


def _trim_furniture(page: Page, start: int, end: int) -> tuple[int, int]:
    """Drop furniture lines at the end of a stretch of a page."""
    for line in reversed(_lines(page)):
        if line.start >= end or line.end <= start:
            continue
        if line.text.strip() and not is_furniture(line.text):
            break
        end = max(start, min(end, line.start))
    return start, end


def segment(pages: Sequence[Page]) -> tuple[Document, ...]:
    """Cut the pages of a dossier into documents, in dossier order."""
    starts: list[_Start] = []
    current: DocType | None = None
    for page in pages:
        found = _page_starts(page, current)
        starts.extend(found)
        if found:
            current = found[-1].match.doc_type
    if pages and (not starts or (starts[0].page, starts[0].offset) != (pages[0].number, 0)):
        lead = _leading_other(pages, starts)
        if lead is not None:
            starts.insert(0, lead)
    documents: list[Document] = []
    for n, start in enumerate(starts):
        nxt = starts[n + 1] if n + 1 < len(starts) else None
        refs = _refs(pages, start, nxt)
        if not refs:
            continue
        documents.append(
            Document(
                id=f"d{len(documents) + 1:02d}",
                doc_type=start.match.doc_type,
                title=start.match.title,
                variant=start.match.variant,
                pages=tuple(refs),
                confidence=start.match.confidence,
            )
        )
    return tuple(documents)


def _leading_other(pages: Sequence[Page], starts: list[_Start]) -> _Start | None:
    """Text before the first title, if it holds anything but furniture, is kept as a document of type 其他."""
    stop = (starts[0].page, starts[0].offset) if starts else (pages[-1].number + 1, 0)
    for page in pages:
        for line in _lines(page):
            if (page.number, line.start) >= stop:
                return None
            if line.text.strip() and not is_furniture(line.text):
                title = _compact(line.text)[:MAX_TITLE_CHARS] or "未识别文书"
                return _Start(page.number, line.start, TitleMatch(DocType.OTHER, None, title, 0.0))
    return None


def _refs(pages: Sequence[Page], start: _Start, nxt: _Start | None) -> list[PageRef]:
    first_number = pages[0].number
    last_page = nxt.page if nxt is not None else pages[-1].number
    refs: list[PageRef] = []
    for number in range(start.page, last_page + 1):
        page = pages[number - first_number]
        begin = start.offset if number == start.page else 0
        end = nxt.offset if (nxt is not None and number == nxt.page) else len(page.text)
        if nxt is not None and number == nxt.page and end == 0:
            break
        begin, end = _trim_furniture(page, begin, end)
        if page.text[begin:end].strip():
            refs.append(PageRef(page=number, start=begin, end=end))
    return refs
