"""Any dossier input -> pages with provenance, plus issues.

``load_pages(paths)`` reads PDFs (text layer, OCR where the layer is empty or garbled), DOCX, TXT, images, ZIPs
(one nested level) and folders (recursively, natural order). All paths together form ONE dossier: pages are numbered
1..n across files in the order the paths were given. A bad file becomes an ``ExtractionIssue`` (severity "error") and
the rest is still read; only when nothing at all can be read does ``load_pages`` raise ``ExtractionError``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractors.backends.base import Backend, FileKind, FileResult, OcrMode, failed, issue
from extractors.backends.docx import DocxBackend
from extractors.backends.image import ImageBackend
from extractors.backends.pdf_text import PdfBackend
from extractors.backends.txt import TxtBackend
from extractors.errors import (
    E101_UNREADABLE,
    E103_EMPTY,
    E105_UNSUPPORTED,
    E107_ARCHIVE_BOMB,
    E109_NOT_A_DOCX,
    E111_EMPTY_DOSSIER,
    E112_TOO_LARGE,
    E113_NOT_FOUND,
    MESSAGES,
    ExtractionError,
)
from extractors.model import ExtractionIssue, Page, SourceFile
from extractors.sources import Member, detect_kind, iter_zip, walk_folder

#: (stage, done, total): called after every page; stage is the file's dossier-relative name
Progress = Callable[[str, int, int], None]

DEFAULT_MAX_FILE_MB = 500
OCR_MODES: tuple[OcrMode, ...] = ("auto", "always", "never")

_BACKENDS: dict[str, Backend] = {
    "pdf": PdfBackend(),
    "docx": DocxBackend(),
    "txt": TxtBackend(),
    "image": ImageBackend(),
}
_FAILED_KIND: dict[str, tuple[str, FileKind, str]] = {  # detected kind -> (code, SourceFile.kind, detail)
    "not_docx": (E109_NOT_A_DOCX, "docx", "不是ZIP格式"),
    "not_pdf": (E101_UNREADABLE, "pdf", "缺少PDF文件头"),
    "bad_image": (E101_UNREADABLE, "image", "图片格式无法识别"),
    "legacy_doc": (E105_UNSUPPORTED, "unknown", "旧版Word（.doc）或Office二进制文件，请另存为DOCX或PDF"),
    "unknown": (E105_UNSUPPORTED, "unknown", ""),
}


@dataclass(frozen=True)
class IngestResult:
    files: tuple[SourceFile, ...]
    pages: tuple[Page, ...]
    issues: tuple[ExtractionIssue, ...]


def max_file_bytes() -> int:
    """The per-file size limit: ``$ANJUAN_MAX_FILE_MB`` megabytes, 500 by default."""
    raw = os.environ.get("ANJUAN_MAX_FILE_MB", "")
    try:
        mb = float(raw) if raw.strip() else DEFAULT_MAX_FILE_MB
    except ValueError:
        mb = DEFAULT_MAX_FILE_MB
    return int(max(mb, 0) * 1024 * 1024)


@dataclass
class _Collector:
    ocr: OcrMode
    progress: Progress | None
    limit: int
    files: list[SourceFile] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    issues: list[ExtractionIssue] = field(default_factory=list)

    # ---- inputs -----------------------------------------------------------------------------------------------------
    def add_path(self, path: Path) -> None:
        if path.is_dir():
            found, problems = walk_folder(path)
            self.issues.extend(problems)
            for name, file_path in found:
                self.add_disk_file(name, file_path)
        elif path.exists():
            self.add_disk_file(path.name, path)
        else:
            self.issues.append(issue(E113_NOT_FOUND, str(path), severity="error"))

    def add_disk_file(self, name: str, path: Path) -> None:
        try:
            size = path.stat().st_size
            if size > self.limit:
                self.issues.append(issue(E112_TOO_LARGE, name, detail=f"{size / 1024**2:.0f} MB", severity="error"))
                return
            data = path.read_bytes()
        except OSError as exc:
            self.issues.append(issue(E101_UNREADABLE, name, detail=exc.strerror or str(exc), severity="error"))
            return
        self.add_bytes(name, data, depth=0)

    def add_bytes(self, name: str, data: bytes, depth: int) -> None:
        """One file's bytes: an archive is opened, anything else goes to its backend."""
        if not data:
            self._record(name, data, "unknown", failed(E103_EMPTY, name))
            return
        kind = detect_kind(data, name)
        if kind == "zip":
            self._add_zip(name, data, depth)
        elif kind in _BACKENDS:
            backend = _BACKENDS[kind]
            result = backend.read(data, name, self.ocr, self._page_progress(name))
            self._record(name, data, backend.kind, result)
        else:
            code, file_kind, detail = _FAILED_KIND[kind]
            self._record(name, data, file_kind, failed(code, name, detail))

    def _add_zip(self, name: str, data: bytes, depth: int) -> None:
        if depth >= 2:
            self.issues.append(issue(E107_ARCHIVE_BOMB, name, detail="压缩包嵌套超过一层，已跳过", severity="error"))
            return
        for item in iter_zip(data, name, self.limit):
            if isinstance(item, Member):
                self.add_bytes(item.name, item.data, depth + 1)
            else:
                self.issues.append(item)

    # ---- results ----------------------------------------------------------------------------------------------------
    def _page_progress(self, name: str) -> Callable[[int, int], None] | None:
        progress = self.progress
        if progress is None:
            return None
        return lambda done, total: progress(name, done, total)

    def _record(self, name: str, data: bytes, kind: FileKind, result: FileResult) -> None:
        numbers: dict[int, int] = {}  # file_page -> dossier-wide number
        for page in result.pages:
            numbers[page.file_page] = len(self.pages) + 1
            self.pages.append(page.model_copy(update={"number": numbers[page.file_page]}))
        for found in result.issues:
            if found.page is not None:
                found = found.model_copy(update={"page": numbers.get(found.page)})
            self.issues.append(found)
        digest = hashlib.sha256(data).hexdigest()
        self.files.append(SourceFile(path=name, sha256=digest, kind=kind, pages=len(result.pages)))


def load_pages(paths: Sequence[Path | str], ocr: OcrMode = "auto", progress: Progress | None = None) -> IngestResult:
    """Read all ``paths`` (files, folders, ZIPs) as ONE dossier.

    ``ocr``: "auto" OCRs pages whose text layer is empty or garbled, "always" every PDF page, "never" none (such
    pages are kept as they are and reported with E110). Images are always OCR'd unless ``ocr == "never"``.
    ``progress(stage, done, total)`` is called after every page, with the file's name as stage.

    Raises ``ExtractionError`` when no page at all could be read (the one file's own code when a single file
    failed, E111 otherwise).
    """
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {OCR_MODES}, not {ocr!r}")
    sink = _Collector(ocr=ocr, progress=progress, limit=max_file_bytes())
    for path in paths:
        sink.add_path(Path(path))
    if not sink.pages:
        errors = [i for i in sink.issues if i.severity == "error"]
        if len(errors) == 1:
            raise ExtractionError(errors[0].code, errors[0].file, errors[0].message)
        detail = f"（{len(errors)}个文件均无法读取）" if errors else ""
        raise ExtractionError(E111_EMPTY_DOSSIER, None, MESSAGES[E111_EMPTY_DOSSIER] + detail)
    return IngestResult(files=tuple(sink.files), pages=tuple(sink.pages), issues=tuple(sink.issues))
