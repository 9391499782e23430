"""Kill tests: ``anjuan batch`` and ``anjuan campaign review`` killed half-way (SIGKILL), or stopped with Ctrl-C,
finish on a rerun with every dossier reviewed exactly once, nothing lost, and the same results as a run that was
never interrupted."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from sqlalchemy import create_engine, func, select
from typer.testing import CliRunner

from review.campaign.model import SampleRule
from review.campaign.store import CampaignStore
from review.cli import app
from review.storage.tables import CampaignDossierRow, MachineResultRow
from tests.review.campaign.batch_data import batch_dir, dossier_list

N = 12
cli = CliRunner()


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "review", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "ANJUAN_DEBUG": ""},
    )


def _stop_when(proc: subprocess.Popen, ready: Callable[[], bool], sig: int) -> set[int]:
    """Send ``sig`` to the command (only to it, not its workers) once ``ready()``; its worker pids seen till then."""
    workers: set[int] = set()
    deadline = time.monotonic() + 300
    while not ready():
        assert proc.poll() is None, f"finished before it could be stopped: {proc.communicate()}"
        assert time.monotonic() < deadline, "no result appeared"
        with contextlib.suppress(psutil.NoSuchProcess):
            workers |= {c.pid for c in psutil.Process(proc.pid).children(recursive=True)}
        time.sleep(0.02)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return workers


def _gone(pids: set[int], seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name != "summary.json"}


def test_a_killed_batch_finishes_on_rerun_with_every_dossier_once(tmp_path: Path):
    src = batch_dir(tmp_path / "案卷", N, seed=63)
    out = tmp_path / "结果"
    proc = _start(["batch", str(src), "-o", str(out), "--workers", "2"])
    workers = _stop_when(proc, lambda: len(_outputs(out)) >= 2, signal.SIGKILL)

    assert proc.returncode == -signal.SIGKILL
    assert _gone(workers)  # orphaned workers and the forkserver exit on their own
    kept = _outputs(out)
    assert 2 <= len(kept) < N
    assert all(json.loads(v)["schema"] == "anjuan.review/1" for v in kept.values())  # never a half-written file

    rerun = _start(["batch", str(src), "-o", str(out), "--workers", "2"])
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"共 {N} 卷，本次评查 {N - len(kept)} 卷，跳过 {len(kept)} 卷（已有结果），失败 0 卷" in err
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert len(summary["dossiers"]) == N and len({d["file"] for d in summary["dossiers"]}) == N
    assert {d["output"] for d in summary["dossiers"] if d["status"] == "skipped"} == set(kept)
    assert not list(out.glob(".*.tmp"))

    whole = tmp_path / "一次完成"
    assert cli.invoke(app, ["batch", str(src), "-o", str(whole)]).exit_code == 0
    finished = _outputs(out)
    assert finished == _outputs(whole) and len(finished) == N
    assert {k: finished[k] for k in kept} == kept  # what the killed run wrote was kept as it was


def test_ctrl_c_stops_the_batch_at_once_and_keeps_finished_results(tmp_path: Path):
    src = batch_dir(tmp_path / "案卷", N, seed=63)
    out = tmp_path / "结果"
    proc = _start(["batch", str(src), "-o", str(out), "--workers", "2"])
    workers = _stop_when(proc, lambda: len(_outputs(out)) >= 1, signal.SIGINT)

    assert proc.returncode == 130
    assert "已中断" in proc.stderr.read() and workers
    assert _gone(workers, seconds=10)
    kept = _outputs(out)
    assert 1 <= len(kept) < N
    rerun = cli.invoke(app, ["batch", str(src), "-o", str(out), "--workers", "2"])
    assert rerun.exit_code == 0
    assert f"本次评查 {N - len(kept)} 卷，跳过 {len(kept)} 卷" in rerun.stderr


def _campaign(tmp_path: Path, db_url: str) -> str:
    src = batch_dir(tmp_path / "送检案卷", N, seed=63)
    cs = CampaignStore(db_url)
    try:
        cid = cs.create("2025年度全市行政处罚案卷评查", 2025)
        cs.import_dossiers(cid, src, dossier_list(src, tmp_path / "案卷名单.csv"))
        cs.sample(cid, SampleRule(mode="all"), seed=11)
    finally:
        cs.close()
    return cid


def _machine_rows(db_url: str, cid: str) -> dict[str, tuple[str | None, str, str | None]]:
    """file -> (report JSON, total, error) of every machine result of the campaign."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as c:
            rows = c.execute(
                select(
                    CampaignDossierRow.file,
                    MachineResultRow.report_json,
                    MachineResultRow.total,
                    MachineResultRow.error,
                )
                .join(MachineResultRow, MachineResultRow.campaign_dossier_id == CampaignDossierRow.id)
                .where(CampaignDossierRow.campaign_id == cid)
            ).all()
    finally:
        engine.dispose()
    files = [r[0] for r in rows]
    assert len(files) == len(set(files))  # one row per dossier, never two
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _count(db_url: str) -> int:
    engine = create_engine(db_url)
    try:
        with engine.connect() as c:
            return c.scalar(select(func.count()).select_from(MachineResultRow)) or 0
    finally:
        engine.dispose()


def test_a_killed_campaign_review_finishes_on_rerun_with_every_dossier_once(tmp_path: Path, db_url: str):
    cid = _campaign(tmp_path, db_url)
    proc = _start(["campaign", "review", cid, "--workers", "2", "--db", db_url])
    workers = _stop_when(proc, lambda: _count(db_url) >= 2, signal.SIGKILL)

    assert proc.returncode == -signal.SIGKILL
    assert _gone(workers)
    kept = _machine_rows(db_url, cid)
    assert 2 <= len(kept) < N

    rerun = _start(["campaign", "review", cid, "--workers", "2", "--db", db_url])
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert f"抽中 {N} 卷，本次评查 {N - len(kept)} 卷，跳过 {len(kept)} 卷（已有结果），失败 0 卷" in out
    finished = _machine_rows(db_url, cid)
    assert len(finished) == N and all(error is None for _, _, error in finished.values())
    assert {k: finished[k] for k in kept} == kept

    other_db = f"sqlite:///{tmp_path / '一次完成.db'}"
    whole = _campaign(tmp_path / "一次完成", other_db)
    assert cli.invoke(app, ["campaign", "review", whole, "--db", other_db]).exit_code == 0
    assert _machine_rows(other_db, whole) == finished
