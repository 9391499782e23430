"""The job runner of the machine pass: one dossier in (``Job``), one result out (``JobResult``), on a backend.

Backends behind one interface (``open_runner``):

- serial — ``workers == 1``: in this process;
- a local process pool — ``ProcessPoolExecutor(workers)`` on the ``forkserver`` context (the server imports the
  pipeline once; workers never inherit a parent's PDFium lock, rich's refresh thread or onnxruntime state);
- Dask distributed — ``--scheduler ADDRESS`` (``Client(address)``), or ``LocalCluster`` bound to 127.0.0.1 with no
  dashboard when asked for explicitly (tests, benchmarks).

A job carries its files as (relative name, bytes); the worker writes them into a private temp dir and reviews the
folder, so names in the report are the dossier's own and the report JSON is the same byte for byte on every backend
(no timestamps, no temp paths). Results are yielded as they complete, so the caller commits each at once; at most a
few jobs are in flight, so a Ctrl-C loses only those, and files are read only when a job is submitted. A job that
raises becomes an error result; a worker process that dies (killed, out of memory, a crash in a PDF library) takes
down only the jobs it was running: they are retried one at a time on a fresh pool, and only the one that kills its
worker again is reported as failed.
"""

from __future__ import annotations

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before anything can import onnxruntime (also in workers)

import multiprocessing
import resource
import signal
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, ExitStack
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Literal

from pydantic import BaseModel, ConfigDict

OcrMode = Literal["auto", "always", "never"]
CRASHED = "处理该案卷时工作进程异常退出（文件可能损坏，或内存不足）"


class RunnerError(RuntimeError):
    """The backend cannot be used (no scheduler at the address …); ``str`` is one Chinese line."""


class Job(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str  # stable: the output name (batch) or the campaign dossier id
    files: tuple[tuple[str, bytes], ...]  # (name relative to the dossier, content), in dossier order
    pack: str = ""  # "" = chosen by procedure type (penalty-simple for 当场 decisions)
    profile: str = "national"
    ocr: OcrMode = "auto"
    wording: bool = False  # also run the wording linter (contract ``wording`` items)
    keep_dossier: bool = False  # also return the extracted Dossier (codec.dump_dossier bytes)


class JobResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    report_json: str | None = None  # ReviewReport.model_dump_json(): deterministic
    wording_json: str | None = None  # JSON list of contract wording items, when the job asked for them
    dossier: bytes | None = None  # review.storage.codec.dump_dossier, when the job asked for it
    error: str | None = None  # one line when the dossier could not be reviewed
    pack: str = ""  # id@version used ("" on error before a pack was chosen)
    total: Decimal | None = None
    grade: str = ""
    vetoed: bool = False
    seconds: float = 0.0  # in the worker, files to result (wall clock)
    cpu_seconds: float = 0.0  # CPU time of the worker process over the same span
    peak_rss_kb: int = 0  # the worker process's peak resident set so far (ru_maxrss)
    pid: int = 0  # the worker process


# -- the worker side ---------------------------------------------------------------------------------------------------
def _safe_relative(name: str) -> PurePosixPath:
    parts = [p for p in PurePosixPath(name.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
    return PurePosixPath(*parts) if parts else PurePosixPath("unnamed")


def _one_line(err: BaseException) -> str:
    from checklists.errors import PackError
    from extractors.errors import ExtractionError

    if isinstance(err, ExtractionError | PackError):
        text = str(err)
    elif isinstance(err, OSError):
        text = f"{err.filename or ''} 无法读取（{err.strerror or err.__class__.__name__}）".strip()
    else:
        text = f"内部错误 {err.__class__.__name__}: {err}"
    return " ".join(text.split())[:500]


def _peak_rss_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # kB on Linux


def run_job(job: Job) -> JobResult:
    """Review one dossier. Module-level so that it pickles to a pool or Dask worker; never raises for a bad dossier."""
    started, cpu = time.perf_counter(), time.process_time()
    try:
        from review.pipeline import review_paths

        with tempfile.TemporaryDirectory(prefix="anjuan-job-") as tmp:
            root = Path(tmp) / "dossier"
            root.mkdir()
            for name, data in job.files:
                target = root / _safe_relative(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            dossier, report = review_paths([root], job.pack or None, job.profile, job.ocr)
        wording = None
        if job.wording:
            import json

            from checklists.wording import lint_dossier, wording_json

            wording = json.dumps(wording_json(lint_dossier(dossier)), ensure_ascii=False)
        dumped = None
        if job.keep_dossier:
            from review.storage.codec import dump_dossier

            dumped = dump_dossier(dossier)
        return JobResult(
            id=job.id,
            report_json=report.model_dump_json(),
            wording_json=wording,
            dossier=dumped,
            pack=report.pack,
            total=report.score.total,
            grade=report.score.grade,
            vetoed=report.score.vetoed,
            seconds=time.perf_counter() - started,
            cpu_seconds=time.process_time() - cpu,
            peak_rss_kb=_peak_rss_kb(),
            pid=os.getpid(),
        )
    except Exception as err:  # a bad dossier is a result, never the end of the batch
        return JobResult(
            id=job.id,
            error=_one_line(err),
            seconds=time.perf_counter() - started,
            cpu_seconds=time.process_time() - cpu,
            peak_rss_kb=_peak_rss_kb(),
            pid=os.getpid(),
        )


_WARM_TEXT = """某某市市场监督管理局
行政处罚决定书
某市监罚〔2025〕1号
当事人：某某商贸有限公司
统一社会信用代码：91510100MA6C8K3X2L
经查，当事人销售过期食品，违反了《中华人民共和国食品安全法》第三十四条的规定。
依据《中华人民共和国食品安全法》第一百二十四条第一款，决定处罚如下：罚款人民币伍万元。
如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者六个月内依法提起行政诉讼。
某某市市场监督管理局
2025年3月1日
"""
_warm = False


def warm_pipeline() -> None:
    """Import the pipeline, load the packs and profiles, and review (with wording) one tiny inline dossier, so that
    the lazy loads (the wording lexicons, compiled patterns) are paid once: in the forkserver, before
    it forks the workers, or in each worker on other start methods."""
    global _warm
    if _warm:
        return
    from checklists.loader import get_pack, get_profile
    from review.pipeline import DEFAULT_PACK, DEFAULT_PROFILE, SIMPLE_PACK

    for pack in (DEFAULT_PACK, SIMPLE_PACK):
        get_pack(pack)
    get_profile(DEFAULT_PROFILE)
    run_job(Job(id="warm-up", files=(("决定书.txt", _WARM_TEXT.encode()),), wording=True))
    _warm = True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _watch_owner(owner: int) -> None:
    """Exit when the process that owns the pool is gone (killed with SIGKILL, say): an orphaned worker would
    otherwise wait forever on its queues, which it holds both ends of, and keep the forkserver alive too."""
    while _alive(owner):
        time.sleep(1.0)
    os._exit(1)


def share_cores(workers_here: int) -> None:
    """OCR threads for one of ``workers_here`` worker processes on this machine: its share of the cores. onnxruntime
    otherwise gives every process a thread per core, and two such processes on 2 cores run OCR slower than one
    (measured: 6.0 s/page against 4.2 s/page with one thread each). The OCR output is the same either way."""
    share = max(1, (os.cpu_count() or 1) // max(1, workers_here))
    os.environ.setdefault("ANJUAN_OCR_THREADS", str(share))


def worker_init(owner: int, workers: int) -> None:
    """Pool initializer: Ctrl-C is the owner's to handle (it stops the pool); exit with the owner; a share of the
    cores for OCR; warm up if the forkserver did not."""
    import threading

    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    share_cores(workers)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_owner, args=(owner,), name="anjuan-owner-watch", daemon=True).start()
    warm_pipeline()


# -- backends ----------------------------------------------------------------------------------------------------------
class Runner(AbstractContextManager):
    """``with open_runner(...) as runner: for result in runner.run(jobs): commit(result)``."""

    workers = 1
    name = "serial"

    def run(self, jobs: Iterable[Job]) -> Iterator[JobResult]:
        raise NotImplementedError

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(abort=exc_type is not None)

    def close(self, abort: bool = False) -> None:
        """Release the workers; ``abort`` (an exception, e.g. Ctrl-C) stops running jobs instead of waiting."""
        return None


class SerialRunner(Runner):
    def run(self, jobs: Iterable[Job]) -> Iterator[JobResult]:
        for job in jobs:
            yield run_job(job)


class PoolRunner(Runner):
    """A local ``ProcessPoolExecutor``; ``start`` is the multiprocessing start method (forkserver by default)."""

    name = "pool"

    def __init__(self, workers: int, start: str = "forkserver") -> None:
        self.workers = workers
        self.start = start
        self._pool: ProcessPoolExecutor | None = None

    def _new_pool(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context(self.start)
        if self.start == "forkserver":
            ctx.set_forkserver_preload(["review.campaign.preload"])
        return ProcessPoolExecutor(
            self.workers, mp_context=ctx, initializer=worker_init, initargs=(os.getpid(), self.workers)
        )

    def run(self, jobs: Iterable[Job]) -> Iterator[JobResult]:
        pending = iter(jobs)
        suspects: deque[Job] = deque()  # in flight when a worker died: retried alone
        inflight: dict[Future, Job] = {}
        window = self.workers * 2
        try:
            while True:
                if self._pool is None:
                    self._pool = self._new_pool()
                if suspects:
                    if not inflight:
                        job = suspects.popleft()
                        inflight[self._pool.submit(run_job, job)] = job
                else:
                    while len(inflight) < window:
                        job = next(pending, None)
                        if job is None:
                            break
                        inflight[self._pool.submit(run_job, job)] = job
                if not inflight:
                    return
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                broken: list[Job] = []
                for future in done:
                    job = inflight.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken.append(job)
                        continue
                    except Exception as err:  # the job's result could not come back (run_job itself never raises)
                        result = JobResult(id=job.id, error=_one_line(err))
                    yield result
                if broken:
                    alone = len(broken) + len(inflight) == 1  # the only job running: it killed its worker
                    retrying = [inflight.pop(f) for f in list(inflight)] + broken
                    self._kill_pool()
                    if alone:
                        yield JobResult(id=broken[0].id, error=CRASHED)
                    else:
                        suspects.extend(retrying)
        finally:
            if inflight:  # interrupted (Ctrl-C, or the caller stopped early): drop the rest at once
                self._kill_pool()

    def _kill_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())  # the executor has no public way to stop them
        pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            if proc.is_alive():
                proc.kill()
        for proc in processes:
            proc.join(timeout=5)

    def close(self, abort: bool = False) -> None:
        if abort:
            self._kill_pool()
        elif self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskRunner(Runner):
    """Dask distributed: a running scheduler at ``address``, or (``address=None``) a private LocalCluster on
    127.0.0.1 with ``workers`` single-threaded worker processes, no dashboard, scratch space in a temp dir."""

    name = "dask"

    def __init__(self, address: str | None, workers: int = 2) -> None:
        import logging

        import dask
        from distributed import Client, LocalCluster

        self._stack = ExitStack()
        scratch = self._stack.enter_context(tempfile.TemporaryDirectory(prefix="anjuan-dask-"))
        self._stack.enter_context(dask.config.set({"temporary-directory": scratch}))
        self.address = address
        try:
            if address is None:
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    local_directory=scratch,
                    silence_logs=logging.ERROR,
                )
                self._stack.callback(cluster.close)
                self.client = Client(cluster)
            else:
                self.client = Client(address, timeout="10s")
            self._stack.callback(self.client.close)
        except (OSError, TimeoutError) as err:
            self._stack.close()
            raise RunnerError(f"无法连接 Dask 调度器 {address}（{err.__class__.__name__}）") from err
        except BaseException:
            self._stack.close()
            raise
        self.workers = max(1, sum(self.client.nthreads().values()))
        hosts = Counter(w.get("host", "") for w in self.client.scheduler_info(n_workers=-1)["workers"].values())
        try:
            self.client.run(_dask_worker_setup, dict(hosts))  # once per worker, before the first job
        except Exception as err:  # a remote worker without anjuan installed, say
            self._stack.close()
            raise RunnerError(f"Dask 工作进程无法运行评查（{err.__class__.__name__}: {err}）") from err

    def run(self, jobs: Iterable[Job]) -> Iterator[JobResult]:
        from distributed import as_completed

        pending = iter(jobs)
        futures: dict = {}  # distributed.Future -> Job
        window = self.workers * 2
        ready = as_completed()
        try:
            while True:
                while len(futures) < window:
                    job = next(pending, None)
                    if job is None:
                        break
                    future = self.client.submit(run_job, job, pure=False)
                    futures[future] = job
                    ready.add(future)
                if not futures:
                    return
                future = next(ready)
                job = futures.pop(future)
                try:
                    yield future.result()
                except Exception as err:  # KilledWorker, CancelledError …: that job failed
                    yield JobResult(id=job.id, error=f"{CRASHED}：{err.__class__.__name__}")
        finally:
            if futures:
                self.client.cancel(list(futures))

    def close(self, abort: bool = False) -> None:
        self._stack.close()


def _dask_worker_setup(hosts: dict[str, int], dask_worker=None) -> None:  # dask_worker: given by client.run
    """Run once on every Dask worker: a share of its machine's cores for OCR, and the warm-up."""
    share_cores(hosts.get(getattr(dask_worker, "ip", ""), 1))
    warm_pipeline()


def open_runner(workers: int = 1, scheduler: str | None = None, dask_local: bool = False) -> Runner:
    """The backend for ``--workers N`` / ``--scheduler ADDRESS``; ``dask_local`` starts a loopback LocalCluster."""
    if scheduler or dask_local:
        return DaskRunner(scheduler or None, workers=max(1, workers))
    if workers <= 1:
        return SerialRunner()
    return PoolRunner(workers)
