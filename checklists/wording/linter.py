"""The wording linter: ``lint_dossier(dossier)`` over every document, ``lint_text(text)`` for a bare string.

Rules come from ``checklists/lexicons/*.yaml`` (``default_lexicon()``: parsed once, every spec run — a failing spec
raises LexiconError at load time). For each document the linter builds a Target (flat text, protected spans from the
dossier's elements and quotations) and runs every rule in lexicon order, the typo checker last. A hit on exactly the
span of an earlier hit is dropped, and a typo overlapping an earlier term/usage/typo hit too (帐簿 is W003's, not a
second finding).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from extractors.model import DocType, Document, Dossier

from .checks import Hit
from .engine import run_rule
from .lexicon import Lexicon, Rule, parse_lexicon
from .model import Diagnostic, Family
from .specs import verify
from .target import Target, build_target, dossier_names, text_dossier

_lock = threading.Lock()
_default: Lexicon | None = None
_LAST = ("typo",)  # code checks that run after every other rule
_TYPO_YIELDS_TO = frozenset({Family.TERM, Family.USAGE, Family.TYPO})


def default_lexicon() -> Lexicon:
    """The installed lexicon, parsed and verified once per process."""
    global _default
    with _lock:
        if _default is None:
            lexicon = parse_lexicon()
            verify(lexicon)
            _default = lexicon
    return _default


def _ordered(rules: Iterable[Rule]) -> list[Rule]:
    rules = list(rules)
    return [r for r in rules if r.check not in _LAST] + [r for r in rules if r.check in _LAST]


def lint_target(target: Target, rules: Iterable[Rule]) -> list[tuple[Rule, Hit]]:
    kept: list[tuple[Rule, Hit]] = []
    spans: set[tuple[int, int]] = set()
    for rule in _ordered(rules):
        for hit in run_rule(rule, target):
            if (hit.start, hit.end) in spans and not hit.document_level:
                continue
            if rule.check in _LAST and any(
                r.family in _TYPO_YIELDS_TO and h.start < hit.end and hit.start < h.end for r, h in kept
            ):
                continue
            kept.append((rule, hit))
            spans.add((hit.start, hit.end))
    return sorted(kept, key=lambda rh: (rh[1].start, rh[1].end, rh[0].id))


def _diagnostic(rule: Rule, hit: Hit, target: Target) -> Diagnostic:
    quote = target.flat[hit.start : hit.end]
    return Diagnostic(
        code=rule.id,
        family=rule.family,
        message=hit.message or rule.render(quote, hit.suggestion),
        suggestion=hit.suggestion,
        severity=rule.severity,
        document=target.doc_type.value,
        doc_id=target.doc_id,
        prov=target.prov(hit.start, hit.end),
        quote=quote,
        basis=rule.basis,
        catalogue=rule.catalogue,
    )


def lint_document(dossier: Dossier, doc: Document, lexicon: Lexicon | None = None) -> list[Diagnostic]:
    lexicon = lexicon or default_lexicon()
    target = build_target(dossier, doc, None, dossier_names(dossier))
    return [_diagnostic(rule, hit, target) for rule, hit in lint_target(target, lexicon.rules)]


def lint_dossier(dossier: Dossier, lexicon: Lexicon | None = None) -> list[Diagnostic]:
    """Every wording diagnostic of every document, in document order, then position."""
    lexicon = lexicon or default_lexicon()
    by_doc: dict[str, list] = {}
    for el in dossier.elements:
        if el.doc_id is not None:
            by_doc.setdefault(el.doc_id, []).append(el)
    names = dossier_names(dossier)
    out: list[Diagnostic] = []
    for doc in dossier.documents:
        target = build_target(dossier, doc, by_doc.get(doc.id, []), names)
        out.extend(_diagnostic(rule, hit, target) for rule, hit in lint_target(target, lexicon.rules))
    return out


def lint_text(
    text: str, doc_type: DocType | str | None = None, lexicon: Lexicon | None = None, file: str = "<text>"
) -> list[Diagnostic]:
    """Lint a bare string as one document (``doc_type`` a DocType or its value; default 其他). Names, 文号 and
    citations in it are found by the same extraction as a dossier's, and protected."""
    dossier = text_dossier(text, DocType(doc_type) if doc_type else DocType.OTHER, file=file)
    return lint_dossier(dossier, lexicon)
