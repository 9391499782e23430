"""The bytes behind a page: the stored file a ``Page.file`` names, or a member of a stored ZIP."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from extractors.sources import member_name
from review.storage.store import Store, StoredFile


@dataclass(frozen=True)
class PageSource:
    name: str
    kind: str  # "pdf", "image", "docx", "txt", "zip", "other"
    data: bytes


def kind_of(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".pdf":
        return "pdf"
    if suffix in (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"):
        return "image"
    return {".docx": "docx", ".txt": "txt", ".zip": "zip"}.get(suffix, "other")


def page_source(store: Store, files: list[StoredFile], page_file: str) -> PageSource | None:
    """The file a page comes from (``a.pdf`` or ``b.zip/inner/c.pdf``), or None when it is not stored."""
    for f in files:
        if page_file == f.name:
            return PageSource(f.name, kind_of(f.name), store.blob(f.sha256))
    for f in files:
        prefix = f.name + "/"
        if page_file.startswith(prefix) and kind_of(f.name) == "zip":
            inner = page_file[len(prefix) :]
            try:
                with zipfile.ZipFile(io.BytesIO(store.blob(f.sha256))) as zf:
                    for info in zf.infolist():
                        if member_name(info).replace("\\", "/") == inner:
                            return PageSource(inner, kind_of(inner), zf.read(info))
            except zipfile.BadZipFile:
                return None
    return None
