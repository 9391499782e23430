"""The ``anjuan batch`` and ``anjuan campaign review`` commands: the machine pass over many dossiers (a local process
pool, or Dask). Both are resumable: results are committed one by one as they complete, and a rerun does only what is
left. Ctrl-C stops the workers at once (exit 130) and keeps every finished result."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from review.cli import OcrChoice, app, campaign_app, fail

WorkersOpt = Annotated[int, typer.Option("--workers", "-w", min=1, help="并行的工作进程数（1：在本进程内逐卷评查）")]
SchedulerOpt = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask 调度器地址（如 tcp://127.0.0.1:8786）；给出时由该集群评查，忽略 --workers"),
]


@contextmanager
def results_bar(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr (only on a terminal); yields ``advance()``."""
    if not sys.stderr.isatty() or total == 0:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _open_runner(workers: int, scheduler: str | None):  # -> Runner
    from review.campaign.runner import RunnerError, open_runner

    try:
        return open_runner(workers, scheduler)
    except RunnerError as err:
        fail(str(err))
    raise AssertionError("unreachable")


def _check_pack_profile(checklist: str | None, profile: str) -> None:
    from checklists.errors import PackError
    from checklists.loader import get_pack, get_profile

    try:
        get_profile(profile)
        if checklist:
            get_pack(checklist)
    except PackError as err:
        fail(str(err))


@app.command()
def batch(
    directory: Annotated[
        Path, typer.Argument(help="案卷所在文件夹：每个子文件夹，或顶层的每个 PDF/DOCX/TXT/ZIP 为一卷")
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="结果文件夹：每卷一个 JSON，另有 summary.json")],
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    checklist: Annotated[str | None, typer.Option("--checklist", help="评查标准包 ID（默认按程序类型选择）")] = None,
    profile: Annotated[str, typer.Option("--profile", help="地区配置：national、sichuan")] = "national",
    ocr: Annotated[OcrChoice, typer.Option(help="auto：仅对无文字层或乱码页做OCR")] = OcrChoice.auto,
) -> None:
    """批量评查文件夹中的每卷案卷（可中断，重新运行时跳过已有结果的案卷）。有案卷失败时退出码为1。"""
    from review.batch import Batch, BatchError

    _check_pack_profile(checklist, profile)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        fail(f"{output}: 无法创建结果文件夹（{err.strerror or err}）")
    try:
        run = Batch(directory, output, checklist, profile, ocr.value)
    except BatchError as err:
        fail(str(err))
    started = time.perf_counter()
    runner = _open_runner(workers, scheduler) if run.todo else None
    backend = runner.name if runner else "none"
    if runner is not None:
        try:
            with runner, results_bar(len(run.todo), "批量评查") as advance:
                for result in runner.run(run.jobs()):
                    run.commit(result)
                    advance()
        except KeyboardInterrupt:
            run.write_summary(time.perf_counter() - started, backend, runner.workers)
            fail(f"已中断：本次已完成的 {run.counts()['reviewed']} 卷结果已保存，重新运行同一命令即可继续", 130)
    seconds = time.perf_counter() - started
    run.write_summary(seconds, backend, runner.workers if runner else 0)
    c = run.counts()
    typer.echo(
        f"批量评查：共 {c['dossiers']} 卷，本次评查 {c['reviewed']} 卷，跳过 {c['skipped']} 卷（已有结果），"
        f"失败 {c['failed']} 卷，用时 {seconds:.1f} 秒；结果在 {output}",
        err=True,
    )
    if c["failed"]:
        raise typer.Exit(1)


@campaign_app.command("review")
def campaign_review(
    campaign: Annotated[str, typer.Argument(help="评查活动 ID")],
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    ocr: Annotated[OcrChoice, typer.Option(help="auto：仅对无文字层或乱码页做OCR")] = OcrChoice.auto,
    db: Annotated[str | None, typer.Option("--db", help="数据库 URL（默认本机 SQLite 文件）")] = None,
) -> None:
    """机器初评：对抽中的每卷案卷运行评查标准（可中断，重新运行时只评尚无结果的案卷）。"""
    from review.campaign.machine import pending, record
    from review.campaign.model import CampaignError
    from review.storage.db import database_url
    from review.storage.store import Store

    store = Store(database_url(db))
    try:
        try:
            plan = pending(store, campaign)
        except CampaignError as err:
            fail(str(err))
        reviewed = failed = late = 0
        started = time.perf_counter()
        try:
            if plan.todo:
                with _open_runner(workers, scheduler) as runner, results_bar(len(plan.todo), "机器初评") as advance:
                    for result in runner.run(plan.jobs(store, ocr.value)):
                        if not record(store, int(result.id), result, plan.profile):
                            late += 1  # another run recorded it meanwhile: kept, not duplicated
                        elif result.error is None:
                            reviewed += 1
                        else:
                            failed += 1
                        advance()
        except KeyboardInterrupt:
            fail(f"已中断：本次已完成的 {reviewed + failed} 卷结果已保存，重新运行同一命令即可继续", 130)
        earlier = f"（其中 {plan.done_failed} 卷此前无法读取）" if plan.done_failed else ""
        typer.echo(
            f"机器初评：抽中 {plan.sampled} 卷，本次评查 {reviewed} 卷，"
            f"跳过 {plan.done + late} 卷（已有结果）{earlier}，失败 {failed} 卷，"
            f"用时 {time.perf_counter() - started:.1f} 秒"
        )
    finally:
        store.close()
