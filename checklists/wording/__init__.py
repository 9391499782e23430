"""The wording linter: 用语、格式、错别字 in 文书 text, with protected spans (names, 文号, titles) never touched.

API: ``lint_dossier(dossier)``, ``lint_text(text, doc_type=None)``, ``default_lexicon()`` (linter.py);
``Diagnostic`` (model.py); ``wording_json`` / ``wording_markdown`` (report.py); ``LexiconError`` (lexicon.py).
"""

from .lexicon import LexiconError
from .linter import default_lexicon, lint_document, lint_dossier, lint_text
from .model import Diagnostic, Family
from .report import wording_item, wording_json, wording_markdown

__all__ = [
    "Diagnostic",
    "Family",
    "LexiconError",
    "default_lexicon",
    "lint_document",
    "lint_dossier",
    "lint_text",
    "wording_item",
    "wording_json",
    "wording_markdown",
]
