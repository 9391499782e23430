"""What every format backend promises: bytes in, pages numbered within the file out, problems as issues.

A backend never raises for bad input: it returns a ``FileResult`` whose issues say what went wrong (an unreadable
file is a result with no pages and one ``severity="error"`` issue). Pages carry ``number=0`` and the 1-based
``file_page``; ``extractors.ingest`` gives them their dossier-wide ``number`` with ``Page.model_copy``. Issues that
concern one page carry that page's ``file_page`` in ``ExtractionIssue.page`` and are rebased by ingest the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from extractors.errors import MESSAGES
from extractors.model import ExtractionIssue, Page

OcrMode = Literal["auto", "always", "never"]
FileKind = Literal["pdf", "docx", "txt", "image", "unknown"]
Severity = Literal["info", "warning", "error"]

#: called after each page of one file with (pages done, pages in the file)
PageProgress = Callable[[int, int], None]


@dataclass
class FileResult:
    """The pages of one file (``number=0``, ``file_page`` 1..n in order) and the problems met reading it."""

    pages: list[Page] = field(default_factory=list)
    issues: list[ExtractionIssue] = field(default_factory=list)

    @property
    def readable(self) -> bool:
        return bool(self.pages)


class Backend(Protocol):
    """One input format. ``name`` is the file's dossier-relative name, used in pages and issues."""

    kind: FileKind

    def read(self, data: bytes, name: str, ocr: OcrMode, on_page: PageProgress | None = None) -> FileResult: ...


def issue(
    code: str, file: str | None, *, page: int | None = None, detail: str = "", severity: Severity = "warning"
) -> ExtractionIssue:
    """An ``ExtractionIssue`` with the code's Chinese message, plus ``detail`` after a full-width colon."""
    message = MESSAGES[code] if not detail else f"{MESSAGES[code]}：{detail}"
    return ExtractionIssue(code=code, message=message, file=file, page=page, severity=severity)


def failed(code: str, file: str, detail: str = "") -> FileResult:
    """The result for a file that could not be read at all."""
    return FileResult(pages=[], issues=[issue(code, file, detail=detail, severity="error")])


def report(on_page: PageProgress | None, done: int, total: int) -> None:
    if on_page is not None:
        on_page(done, total)
