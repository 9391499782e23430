"""``anjuan batch``: the dossiers under a folder, one JSON per dossier in OUT, and OUT/summary.json.

A dossier is each sub-folder, and each PDF, DOCX, TXT or ZIP file at the top level of DIR. Its output is
``OUT/<name>.json`` (the ``anjuan review --format json`` document, written atomically: a temp file, then
``os.replace``), so a rerun skips every dossier whose output exists and is valid, and a batch killed half-way is
finished by running it again: each dossier is reviewed exactly once. Dossiers that failed have no output (they are
tried again on a rerun) and are listed with their error in summary.json.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from review.campaign.runner import Job, JobResult, OcrMode

SCHEMA = "anjuan.batch/1"
REVIEW_SCHEMA = "anjuan.review/1"
DOSSIER_SUFFIXES = (".pdf", ".docx", ".txt", ".zip")
SUMMARY = "summary.json"
_JUNK = re.compile(r"^(\.|~\$|__MACOSX$|Thumbs\.db$|desktop\.ini$)", re.IGNORECASE)


class BatchError(ValueError):
    """The batch cannot start (no such folder, no dossier in it …); ``str`` is one Chinese line."""


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Entry(Model):
    file: str  # the dossier's name under DIR (a sub-folder or a top-level file)
    output: str  # its JSON's name in OUT


class Line(Model):
    """One dossier in summary.json."""

    file: str
    output: str | None  # None when it failed
    status: Literal["reviewed", "skipped", "failed"]  # skipped: a valid output from an earlier run was kept
    score: int | float | None = None  # as in the dossier's JSON (86.5, 90)
    grade: str | None = None
    veto: bool | None = None
    pack: str | None = None
    error: str | None = None
    seconds: float | None = None  # None for a skipped dossier
    peak_rss_kb: int | None = None


def find_dossiers(directory: Path, exclude: Path | None = None) -> list[Entry]:
    """The dossiers directly under ``directory``, sorted by name; each with a unique output name."""
    if not directory.is_dir():
        raise BatchError(f"{directory}：不是文件夹")
    skip = exclude.resolve() if exclude is not None else None
    found: list[tuple[str, str]] = []  # (name under DIR, preferred stem)
    for path in sorted(directory.iterdir(), key=lambda p: p.name):
        if _JUNK.match(path.name) or (skip is not None and path.resolve() == skip):
            continue
        if path.is_dir():
            found.append((path.name, path.name))
        elif path.is_file() and path.suffix.lower() in DOSSIER_SUFFIXES:
            found.append((path.name, path.stem))
    if not found:
        raise BatchError(f"{directory}：没有找到案卷（子文件夹，或顶层的 PDF、DOCX、TXT、ZIP 文件）")
    stems = [stem for _, stem in found]
    taken = {Path(SUMMARY).stem}
    entries = []
    for name, stem in found:
        out = stem if stems.count(stem) == 1 and stem not in taken else name
        base, n = out, 2
        while out in taken:
            out, n = f"{base}-{n}", n + 1
        taken.add(out)
        entries.append(Entry(file=name, output=f"{out}.json"))
    return entries


def read_output(path: Path, checklist: str | None, profile: str) -> dict[str, Any] | None:
    """An earlier run's output for the same pack and profile, or None (missing, damaged, other settings)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != REVIEW_SCHEMA or data.get("profile") != profile:
        return None
    pack = str(data.get("checklist", ""))
    if checklist and pack != checklist and pack.split("@")[0] != checklist:
        return None
    return data


def dossier_job(directory: Path, entry: Entry, checklist: str | None, profile: str, ocr: OcrMode) -> Job:
    """The job of one dossier: its files read now (a folder's with names relative to it, else the file itself)."""
    from review.campaign.importer import dossier_files

    files = tuple(dossier_files(directory, entry.file))
    return Job(id=entry.file, files=files, pack=checklist or "", profile=profile, ocr=ocr, wording=True)


def output_json(result: JobResult) -> str:
    """The ``anjuan review --format json`` text of a successful result (same bytes on every backend)."""
    from review.export.json_report import to_json
    from review.model import ReviewReport

    assert result.report_json is not None
    report = ReviewReport.model_validate_json(result.report_json)
    wording = json.loads(result.wording_json) if result.wording_json else []
    return json.dumps(to_json(report, wording), ensure_ascii=False, indent=2) + "\n"


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _alive(pid: str) -> bool:
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


class Batch:
    """One batch run: what is done already, the jobs still to do, and the lines of summary.json."""

    def __init__(self, directory: Path, out: Path, checklist: str | None, profile: str, ocr: OcrMode = "auto") -> None:
        self.directory, self.out = directory, out
        self.checklist, self.profile, self.ocr = checklist, profile, ocr
        inside = out.resolve().is_relative_to(directory.resolve())
        self.entries = find_dossiers(directory, exclude=out if inside else None)
        self.lines: dict[str, Line] = {}
        self.todo: list[Entry] = []
        for e in self.entries:
            data = read_output(out / e.output, checklist, profile)
            if data is None:
                self.todo.append(e)
            else:
                self.lines[e.file] = Line(
                    file=e.file,
                    output=e.output,
                    status="skipped",
                    score=data.get("score"),
                    grade=data.get("grade"),
                    veto=data.get("veto"),
                    pack=data.get("checklist"),
                )
        self._by_file = {e.file: e for e in self.entries}
        for stale in out.glob(".*.json.*.tmp"):  # left by a run that was killed while writing
            if not _alive(stale.suffixes[-2].lstrip(".")):
                stale.unlink(missing_ok=True)

    def jobs(self) -> Iterator[Job]:
        for e in self.todo:
            yield dossier_job(self.directory, e, self.checklist, self.profile, self.ocr)

    def commit(self, result: JobResult) -> Line:
        """Write one result's output at once (atomically); failures are only remembered for the summary."""
        entry = self._by_file[result.id]
        if result.error is None:
            write_atomic(self.out / entry.output, output_json(result))
            total = result.total
            line = Line(
                file=entry.file,
                output=entry.output,
                status="reviewed",
                score=_num(total) if total is not None else None,
                grade=result.grade,
                veto=result.vetoed,
                pack=result.pack,
                seconds=round(result.seconds, 3),
                peak_rss_kb=result.peak_rss_kb,
            )
        else:
            line = Line(
                file=entry.file,
                output=None,
                status="failed",
                error=result.error,
                seconds=round(result.seconds, 3),
                peak_rss_kb=result.peak_rss_kb or None,
            )
        self.lines[entry.file] = line
        return line

    def counts(self) -> dict[str, int]:
        statuses = [line.status for line in self.lines.values()]
        return {
            "dossiers": len(self.entries),
            "reviewed": statuses.count("reviewed"),
            "skipped": statuses.count("skipped"),
            "failed": statuses.count("failed"),
        }

    def write_summary(self, seconds: float, backend: str, workers: int) -> None:
        lines = [self.lines[e.file] for e in self.entries if e.file in self.lines]
        data = {
            "schema": SCHEMA,
            "checklist": self.checklist or "",
            "profile": self.profile,
            "backend": backend,
            "workers": workers,
            "seconds": round(seconds, 2),
            "counts": self.counts(),
            "dossiers": [line.model_dump() for line in lines],
        }
        write_atomic(self.out / SUMMARY, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
