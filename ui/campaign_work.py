"""The work behind the 活动管理 page that is not drawing: an uploaded folder written out for the importer, the machine
pass (run in a background job), and the result files of a campaign as bytes for the download buttons."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from review.campaign.machine import pending, record
from review.campaign.model import CampaignError, CampaignSnapshot
from review.campaign.runner import OcrMode, open_runner
from review.export.campaign_files import FILES, write_campaign_report
from review.storage import Store

Progress = Callable[[str, int, int], None]
LIST_SUFFIXES = (".csv", ".xlsx", ".xlsm", ".tsv", ".txt")
MIME = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
}


def safe_relative(name: str) -> PurePosixPath | None:
    """An uploaded file's relative path (the browser sends a folder's files as ``folder/sub/file``), without any
    ``..``, drive or root; None for an empty name."""
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/") and ":" not in p]
    return PurePosixPath(*parts) if parts else None


def write_upload(files: Sequence[tuple[str, bytes]], dest: Path) -> Path:
    """Write an uploaded folder under ``dest``; the folder the list's paths are relative to: the one top folder the
    browser sends every file under, else ``dest`` itself."""
    tops: set[str] = set()
    written = 0
    for name, data in files:
        rel = safe_relative(name)
        if rel is None:
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        tops.add(rel.parts[0] if len(rel.parts) > 1 else "")
        written += 1
    if not written:
        raise CampaignError("上传的文件夹中没有文件")
    return dest / tops.pop() if len(tops) == 1 and "" not in tops else dest


def lists_in(root: Path) -> list[Path]:
    """CSV/XLSX files at the top of an uploaded folder (or one level down): candidates for the dossier list."""
    found = [p for p in root.iterdir() if p.is_file() and p.suffix.lower() in LIST_SUFFIXES]
    if not found:
        found = [p for p in root.glob("*/*") if p.is_file() and p.suffix.lower() in LIST_SUFFIXES]
    return sorted(found)


def temp_dir(prefix: str) -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix=prefix)


@dataclass(frozen=True)
class PassSummary:
    """What one machine pass did (shown on the page when the job ends)."""

    sampled: int
    reviewed: int
    failed: int
    skipped: int  # had a result already (earlier run, or another run meanwhile)
    seconds: float

    def text(self) -> str:
        failed = f"，{self.failed} 卷无法读取" if self.failed else ""
        return (
            f"机器初评完成：抽中 {self.sampled} 卷，本次评查 {self.reviewed} 卷{failed}，"
            f"跳过 {self.skipped} 卷（已有结果），用时 {self.seconds:.0f} 秒"
        )


def machine_pass(
    store: Store, campaign_id: str, progress: Progress, workers: int = 1, ocr: OcrMode = "auto"
) -> PassSummary:
    """Review every sampled dossier without a machine result and record each result as it arrives (a rerun after a
    stop only does the rest)."""
    plan = pending(store, campaign_id)
    started = time.perf_counter()
    reviewed = failed = late = 0
    total = len(plan.todo)
    progress("机器初评", 0, total)
    if plan.todo:
        with open_runner(workers) as runner:
            for n, result in enumerate(runner.run(plan.jobs(store, ocr)), start=1):
                if not record(store, int(result.id), result, plan.profile):
                    late += 1
                elif result.error is None:
                    reviewed += 1
                else:
                    failed += 1
                progress("机器初评", n, total)
    return PassSummary(plan.sampled, reviewed, failed, plan.done + late, time.perf_counter() - started)


def report_files(snapshot: CampaignSnapshot, history: Sequence[CampaignSnapshot] = ()) -> dict[str, bytes]:
    """The campaign's result files (``review.export.campaign_files.FILES``) by name."""
    with temp_dir("anjuan-report-") as tmp:
        paths = write_campaign_report(snapshot, Path(tmp), history)
        return {p.name: p.read_bytes() for p in paths}


def mime(name: str) -> str:
    return MIME.get(Path(name).suffix.lower(), "application/octet-stream")


__all__ = ["FILES", "PassSummary", "lists_in", "machine_pass", "mime", "report_files", "write_upload"]
