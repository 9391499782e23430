"""Applying a case mapping to a text: find every spelling of every entity, keep the longest where they overlap, and
replace each span by its pseudonym.

Matching runs on the normalised text (same length as the raw text, so spans carry over): a name is found with spaces
or a line break inside (肖 晓东 / 成都市双流区华盛废旧物资\\n回收站), a code with separators (151-4021-0640) and in
either width (１５１４０２１０６４０). Where spans overlap the longest wins (a company name holding a person's name, an
address holding a company's), so a shorter value never cuts a longer one. A kept entity (an officer with
``keep_officers``) is matched like the others and written back unchanged, which protects it from shorter matches.
A replaced span that held line breaks keeps them after the pseudonym, so the page keeps its lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from extractors import patterns as P
from extractors.normalize import normalize

from .model import CaseMapping, Entity, Kind

_CODE_KINDS = frozenset(Kind) - {Kind.PERSON, Kind.COMPANY, Kind.ADDRESS}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    entity: Entity
    pseudonym: str


@dataclass
class Tally:
    """Replacements made: occurrences per kind and the entities replaced at least once."""

    occurrences: Counter[str] = field(default_factory=Counter)
    entities: set[tuple[Kind, str]] = field(default_factory=set)

    def replaced(self) -> dict[str, int]:
        return dict(Counter(kind.value for kind, _ in self.entities))


@lru_cache(maxsize=4096)
def _pattern(value: str, code: bool):
    return P.anon_value(value, code=code)


def find_spans(text: str, mapping: CaseMapping) -> list[Span]:
    """The non-overlapping spans of ``text`` to replace (kept entities included), in text order."""
    norm = normalize(text)
    candidates: list[Span] = []
    for entity in mapping.entities:
        code = entity.kind in _CODE_KINDS
        for alias in entity.spellings():
            if not alias.original:
                continue
            for m in _pattern(alias.original, code).finditer(norm):
                candidates.append(Span(m.start(), m.end(), entity, alias.pseudonym))
    candidates.sort(key=lambda s: (-(s.end - s.start), s.start))
    taken: list[Span] = []
    for span in candidates:
        if all(span.end <= t.start or span.start >= t.end for t in taken):
            taken.append(span)
    return sorted(taken, key=lambda s: s.start)


def apply(text: str, mapping: CaseMapping, tally: Tally | None = None) -> str:
    """``text`` with every entity of ``mapping`` replaced."""
    out: list[str] = []
    pos = 0
    for span in find_spans(text, mapping):
        out.append(text[pos : span.start])
        original = text[span.start : span.end]
        if span.entity.keep:
            out.append(original)
        else:
            out.append(span.pseudonym + "\n" * original.count("\n"))
            if tally is not None:
                tally.occurrences[span.entity.kind.value] += 1
                tally.entities.add((span.entity.kind, span.entity.original))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
