"""Background work: reading pages and OCR (and a campaign's machine pass) run in a worker thread, outside any script
rerun, so the page stays responsive and shows progress. One worker per runner: the machine has few cores and OCR uses
them all."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from checklists.errors import PackError
from extractors.errors import ExtractionError
from review.campaign.model import CampaignError
from review.campaign.runner import RunnerError
from review.storage import UploadError

log = logging.getLogger("anjuan.ui")


@dataclass
class Job:
    id: str
    label: str
    status: str = "waiting"  # waiting | running | done | failed
    stage: str = ""
    done: int = 0
    total: int = 0
    result: Any = None  # what the work returned (an Intake for a review, a summary for a campaign pass)
    error: str = ""
    started: float = field(default_factory=time.monotonic)

    @property
    def finished(self) -> bool:
        return self.status in ("done", "failed")


def message_for(err: BaseException) -> str:
    """What a reviewer reads when a dossier cannot be reviewed (never a traceback)."""
    if isinstance(err, ExtractionError | PackError | UploadError | CampaignError | RunnerError):
        return str(err)
    if isinstance(err, MemoryError):
        return "文件过大，内存不足，无法读取"
    if isinstance(err, OSError):
        return f"无法读取文件：{err.strerror or err.__class__.__name__}"
    return f"内部错误（{err.__class__.__name__}），请联系管理员；其他案卷不受影响"


class JobRunner:
    def __init__(self, workers: int = 1) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="anjuan-job")
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def submit(self, label: str, work: Callable[[Callable[[str, int, int], None]], Any]) -> str:
        job = Job(id=uuid.uuid4().hex[:12], label=label)
        with self._lock:
            self._jobs[job.id] = job

        def progress(stage: str, done: int, total: int) -> None:
            job.stage, job.done, job.total = stage, done, total

        def run() -> None:
            job.status = "running"
            try:
                job.result = work(progress)
                job.status = "done"
            except BaseException as err:
                log.exception("job %s failed", job.id)
                job.error, job.status = message_for(err), "failed"

        self._pool.submit(run)
        return job.id

    def get(self, job_id: str | None) -> Job | None:
        if job_id is None:
            return None
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float = 120) -> Job | None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            job = self.get(job_id)
            if job is None or job.finished:
                return job
            time.sleep(0.05)
        return self.get(job_id)
