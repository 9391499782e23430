"""The page quote a case prints: the sentence(s) around a finding's evidence span, with the hard line breaks of a PDF
text layer and the printed page numbers taken out. A span too short to read alone (a 落款 line, a date) brings the
sentence before it, which is where something missing should have been written."""

from __future__ import annotations

import re

from checklists.model import Evidence
from extractors.model import Dossier

ENDS = "。！？；;"
MIN_CHARS = 30
MAX_CHARS = 220
_CELL_GAP = re.compile(r"[\u3000-\u9fff\uff00-\uffef\w][ \t\u3000]+[\u3000-\u9fff\uff00-\uffef]")
_PAGE_NUMBER = re.compile(r"\n[ \t]*[-—]?[ \t]*\d{1,4}[ \t]*[-—]?[ \t]*(?=\n|$)")


def _units(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of sentences: split after 。！？； and at a line break ending a short (not wrapped) line."""
    lines = text.split("\n")
    width = max((len(x.strip()) for x in lines), default=0)
    out: list[tuple[int, int]] = []
    start = pos = 0
    for line in lines:
        for i, ch in enumerate(line):
            if ch in ENDS:
                out.append((start, pos + i + 1))
                start = pos + i + 1
        end = pos + len(line)
        # a line ends a unit unless it is as wide as a wrapped line of prose (a table row, with gaps between its
        # cells, always ends one)
        stripped = line.strip()
        wraps = stripped.endswith(("，", "、", "（", "《", "“"))  # a sentence cannot end there
        short = (len(stripped) < 0.7 * width and not wraps) or _CELL_GAP.search(stripped) is not None
        if short and end > start:
            out.append((start, end))
            start = end + 1
        pos = end + 1
    if start < len(text):
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def clean(text: str) -> str:
    """One run of text: printed page numbers and hard line breaks removed, spaces between CJK characters dropped."""
    text = _PAGE_NUMBER.sub("\n", "\n" + text).lstrip("\n")
    text = re.sub(r"\s*\n\s*", "", text)
    text = re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef])", "", text)
    return text.strip()


def page_excerpt(text: str, span: tuple[int, int]) -> str:
    units = _units(text)
    a, b = span
    hit = [i for i, (s, e) in enumerate(units) if s < max(b, a + 1) and e > a]
    if not hit:
        return clean(text[max(0, a - 60) : b + 60])
    first, last = hit[0], hit[-1]
    while first > 0 and len(clean(text[units[first][0] : units[last][1]])) < MIN_CHARS:
        first -= 1
    lo, hi = units[first][0], units[last][1]
    out = clean(text[lo:hi])
    if len(out) <= MAX_CHARS:
        return out
    # too long: keep the evidence and what surrounds it up to MAX_CHARS
    left = clean(text[lo:a])
    core = clean(text[a:b])
    right = clean(text[b:hi])
    room = max(0, MAX_CHARS - len(core))
    keep_left = min(len(left), room // 2)
    keep_right = min(len(right), room - keep_left)
    return (
        ("…" if keep_left < len(left) else "")
        + left[len(left) - keep_left :]
        + core
        + right[:keep_right]
        + ("…" if keep_right < len(right) else "")
    )


def evidence_excerpt(dossier: Dossier, ev: Evidence) -> str:
    """The excerpt of the page ``ev`` points at; its own quote when it has no page in this dossier."""
    if ev.prov is None or not 1 <= ev.prov.page <= len(dossier.pages):
        return clean(ev.quote)
    page = dossier.page(ev.prov.page)
    return page_excerpt(page.text, ev.prov.span)


def page_ref(ev: Evidence) -> str:
    if ev.page is None:
        return ev.document
    return f"{ev.document} 第{ev.page}页" if ev.document else f"第{ev.page}页"


def _document_at(dossier: Dossier, ev: Evidence):  # -> Document | None
    assert ev.prov is not None
    page = ev.prov.page
    docs = [d for d in dossier.documents if any(r.page == page for r in d.pages)]
    same = (d for d in docs if ev.document in (d.doc_type.value, d.title))
    return next(same, docs[0] if docs else None)


def document_tail(dossier: Dossier, ev: Evidence, sentences: int = 2) -> str:
    """The last ``sentences`` sentences of the document ``ev`` points into, before its 落款 (agency, date, seal):
    where a closing clause (救济途径, 履行方式) belongs."""
    if ev.prov is None:
        return ""
    doc = _document_at(dossier, ev)
    if doc is None:
        return ""
    text = dossier.doc_text(doc)
    units = [u for u in _units(text) if len(clean(text[u[0] : u[1]])) >= 20]
    if not units:
        return ""
    tail = units[-sentences:]
    out = clean(text[tail[0][0] : tail[-1][1]])
    return out if len(out) <= MAX_CHARS else "…" + out[-MAX_CHARS:]


def points_at_document(dossier: Dossier, ev: Evidence) -> bool:
    """The evidence names a whole document (its issuing agency or title line) rather than words that show the
    problem, as checks for something missing do."""
    if ev.prov is None:
        return True
    text = clean(ev.quote)
    if not text:
        return True
    issuers = {clean(e.text) for e in dossier.elements if e.kind.value == "机关"}
    return text in issuers or text == ev.document
