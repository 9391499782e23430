"""Blanks and forms (reference K03, A17): a 笔录 closes its text with “以下空白”, nothing is recorded after that mark,
and a group of check boxes has one ticked."""

from __future__ import annotations

from extractors import patterns as P
from extractors.model import DocType

from ..target import Target
from .base import Hit, register

RECORD_TYPES = frozenset({DocType.INQUIRY_RECORD, DocType.INSPECTION_RECORD})
_TICKED = "☑☒■√✓✔▇▣◼"


@register("blank_missing")
def blank_missing(t: Target) -> list[Hit]:
    """A 询问笔录 / 现场检查笔录 with no “以下空白” (or 以下无正文) after its last entry."""
    if t.doc_type not in RECORD_TYPES or P.LINT_BLANK_MARK.search(t.flat):
        return []
    lines = [(i, line) for i, line in _lines(t.raw) if line.strip()]
    if not lines:
        return []
    start, line = lines[-1]
    return [Hit(t.to_flat[start], t.to_flat[start + len(line.rstrip())], None, None, document_level=True)]


@register("blank_then_content")
def blank_then_content(t: Target) -> list[Hit]:
    """“（以下空白）” followed by more questions and answers: the mark is not at the end of the record."""
    if t.doc_type not in RECORD_TYPES:
        return []
    out: list[Hit] = []
    for m in P.LINT_BLANK_MARK.finditer(t.raw):
        if P.LINT_QA_LINE.search(t.raw, m.end()):
            out.append(Hit(t.to_flat[m.start()], t.to_flat[m.end()], None))
    return out


@register("checkbox_unticked")
def checkbox_unticked(t: Target) -> list[Hit]:
    """□同意 □不同意: a line of two or more check boxes with none ticked."""
    out: list[Hit] = []
    for start, line in _lines(t.flat):
        if line.count("□") >= 2 and not any(ch in line for ch in _TICKED):
            body = line.strip()
            offset = start + line.find(body)
            out.append(Hit(offset, offset + len(body), None))
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out
