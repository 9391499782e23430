"""Element extraction: one module per element kind, each ``extract(dt: DocText) -> list[Element]``.

``EXTRACTORS`` lists them explicitly (reviewable, in the order they run); ``extract_document`` runs them all on one
document and returns the elements in reading order (page, then span). Every module matches on the normalised text
of ``scan.Scan`` (web furniture blanked) and cuts ``Element.text`` from the raw text.
"""

from __future__ import annotations

from collections.abc import Callable

from extractors.doctext import DocText
from extractors.model import Element

from . import (
    amounts,
    case_numbers,
    dates,
    issuer,
    law_citations,
    officers,
    parties,
    penalties,
    remedies,
    signatures,
)
from .scan import by_position

Extractor = Callable[[DocText], list[Element]]

EXTRACTORS: tuple[Extractor, ...] = (
    case_numbers.extract,
    issuer.extract,
    parties.extract,
    dates.extract,
    amounts.extract,
    law_citations.extract,
    penalties.extract,
    officers.extract,
    remedies.extract,
    signatures.extract,
)


def extract_document(dt: DocText) -> list[Element]:
    """All elements of one document, in reading order."""
    found: list[Element] = []
    for extract in EXTRACTORS:
        found.extend(extract(dt))
    return by_position(found)


__all__ = ["EXTRACTORS", "Extractor", "extract_document"]
