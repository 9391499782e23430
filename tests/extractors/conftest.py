"""Shared helpers for extractor tests: a one-page, one-document dossier around a text."""

from __future__ import annotations

import pytest

from extractors.doctext import DocText
from extractors.model import DocType, Document, Dossier, Page, PageRef


def doc_text(text: str, doc_type: DocType = DocType.DECISION) -> DocText:
    """A DocText for ``text``: a Dossier with one TXT page and one Document of ``doc_type`` covering it."""
    page = Page(file="case.txt", number=1, file_page=1, text=text, source="txt")
    doc = Document(id="d01", doc_type=doc_type, title=doc_type.value, pages=(PageRef(page=1, start=0, end=len(text)),))
    dossier = Dossier(id="t", pages=(page,), documents=(doc,))
    return DocText(dossier, doc)


@pytest.fixture(name="doc_text")
def doc_text_fixture():
    """The ``doc_text`` builder as a fixture."""
    return doc_text
