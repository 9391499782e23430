"""files -> Dossier: ingest pages, cut them into documents, extract each document's elements."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from extractors.backends.base import OcrMode
from extractors.doctext import DocText
from extractors.elements import extract_document
from extractors.ingest import load_pages
from extractors.model import Dossier, Element, Page
from extractors.segment import segment

Progress = Callable[[str, int, int], None]


def dossier_id(sha256s: Sequence[str]) -> str:
    """A stable id for a set of files: the same files give the same id, whatever their names."""
    digest = hashlib.sha256("\n".join(sorted(sha256s)).encode()).hexdigest()
    return digest[:16]


def build_dossier(dossier_id_: str, pages: Sequence[Page], files: Sequence = (), issues: Sequence = ()) -> Dossier:
    """Segment pages and extract elements: everything after ingestion (also used for inline test documents)."""
    base = Dossier(id=dossier_id_, files=tuple(files), pages=tuple(pages), issues=tuple(issues))
    documents = segment(base.pages)
    with_docs = base.model_copy(update={"documents": documents})
    elements: list[Element] = []
    for doc in documents:
        elements.extend(extract_document(DocText(with_docs, doc)))
    return with_docs.model_copy(update={"elements": tuple(elements)})


def extract_dossier(paths: Sequence[Path], ocr: OcrMode = "auto", progress: Progress | None = None) -> Dossier:
    """Read every file of one dossier (several paths form ONE dossier) and extract it."""
    result = load_pages(paths, ocr=ocr, progress=progress)
    return build_dossier(dossier_id([f.sha256 for f in result.files]), result.pages, result.files, result.issues)
