"""The anonymiser as the casebook uses it (review.anonymize): one function per dossier that replaces every personal
or identifying value in a text — party, representative, witnesses, officers, ID and credit codes, phones, plates,
addresses below the county level — the same entity by the same pseudonym throughout, and values the text adds get
new pseudonyms that do not collide."""

from __future__ import annotations

from collections.abc import Callable

from extractors.model import Dossier

STYLE = "mouyou"


def redactor(dossier: Dossier, style: str = STYLE, keep_officers: bool = False) -> Callable[[str], str]:
    from review.anonymize import anonymize_text, case_mapping

    context = case_mapping(dossier, style=style, keep_officers=keep_officers)  # built once for every excerpt

    def redact(text: str) -> str:
        return anonymize_text(text, context) if text.strip() else text

    return redact
