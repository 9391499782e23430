"""The job runner: the same report JSON on every backend, bad dossiers as results, a dead worker loses nothing."""

from __future__ import annotations

import os
import signal

import psutil

from review.campaign.importer import dossier_files
from review.campaign.runner import DaskRunner, Job, PoolRunner, SerialRunner, open_runner
from review.model import ReviewReport
from review.storage.codec import load_dossier
from tests.review.campaign.batch_data import DOCX_SAMPLE, pdf_job, text_pdfs


def _jobs(**options) -> list[Job]:
    jobs = [pdf_job(p, **options) for p in text_pdfs(4)[:3]]
    files = tuple(dossier_files(DOCX_SAMPLE.parent, DOCX_SAMPLE.name))  # a folder of DOCX, names relative to it
    jobs.append(Job(id="文化市场案卷", files=files, **options))
    return jobs


def _run(runner, jobs):
    with runner:
        return {r.id: r for r in runner.run(jobs)}


def test_serial_and_a_two_process_pool_give_identical_json():
    jobs = _jobs(wording=True)
    serial = _run(open_runner(1), jobs)
    runner = open_runner(2)
    assert isinstance(runner, PoolRunner)
    pooled = _run(runner, jobs)

    assert set(serial) == set(pooled) == {j.id for j in jobs}
    for job in jobs:
        a, b = serial[job.id], pooled[job.id]
        assert a.error is None and b.error is None
        assert a.report_json == b.report_json and a.wording_json == b.wording_json
        report = ReviewReport.model_validate_json(a.report_json)
        assert report.source == tuple(name for name, _ in job.files)  # the dossier's own names, no temp dir
        assert "anjuan-job-" not in a.report_json and "/tmp" not in a.report_json
        assert (b.pack, b.total, b.grade, b.vetoed) == (
            report.pack,
            report.score.total,
            report.score.grade,
            report.score.vetoed,
        )
        assert b.peak_rss_kb > 10_000 and b.seconds > 0
    assert {r.pid for r in serial.values()} == {os.getpid()}
    assert os.getpid() not in {r.pid for r in pooled.values()}
    assert serial["文化市场案卷"].pack.startswith("penalty-")


def _listening(pids: set[int]) -> set[str]:
    addresses = set()
    for pid in pids:
        try:
            conns = psutil.Process(pid).net_connections(kind="inet")
        except psutil.Error:
            continue
        addresses |= {c.laddr.ip for c in conns if c.status == psutil.CONN_LISTEN}
    return addresses


def test_a_dask_local_cluster_gives_identical_json_on_loopback_only():
    jobs = _jobs(keep_dossier=True)
    serial = _run(SerialRunner(), jobs)
    runner = DaskRunner(None, workers=2)
    listening: set[str] = set()
    with runner:
        assert runner.workers == 2
        results = {}
        for r in runner.run(jobs):
            results[r.id] = r
            me = psutil.Process()
            listening |= _listening({me.pid} | {c.pid for c in me.children(recursive=True)})
    assert set(results) == set(serial)
    for job_id, r in results.items():
        assert r.error is None
        assert r.report_json == serial[job_id].report_json
        assert r.dossier == serial[job_id].dossier
        assert load_dossier(r.dossier).id == ReviewReport.model_validate_json(r.report_json).dossier_id
    assert len({r.pid for r in results.values()} - {os.getpid()}) >= 1
    assert listening and listening <= {"127.0.0.1"}  # scheduler and workers bind loopback only; no dashboard


def test_a_bad_dossier_is_an_error_result_and_the_batch_goes_on():
    good = [pdf_job(p) for p in text_pdfs(4)[:2]]
    jobs = [
        good[0],
        Job(id="损坏", files=(("损坏的案卷.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> trailer"),)),
        Job(id="空文件", files=(("空白.pdf", b""),)),
        Job(id="标准包", files=good[1].files, pack="no-such-pack"),
        good[1],
    ]
    with open_runner(2) as runner:
        results = {r.id: r for r in runner.run(jobs)}
    assert set(results) == {j.id for j in jobs}
    for bad in ("损坏", "空文件", "标准包"):
        error = results[bad].error
        assert error and "\n" not in error and results[bad].report_json is None
        assert not error.startswith("内部错误")
    assert "损坏的案卷.pdf" in results["损坏"].error
    assert "no-such-pack" in results["标准包"].error
    assert results[good[0].id].error is None and results[good[1].id].error is None


def test_a_killed_worker_loses_no_dossier():
    jobs = [pdf_job(p) for p in text_pdfs(6, seed=62)]
    seen: list[str] = []
    after: set[int] = set()
    killed = None
    with PoolRunner(2) as runner:
        for r in runner.run(jobs):
            seen.append(r.id)
            assert r.error is None, r.error
            if killed is None:
                killed = r.pid
                os.kill(r.pid, signal.SIGKILL)  # as the OOM killer would: the pool breaks, its jobs are retried
            else:
                after.add(r.pid)
    assert sorted(seen) == sorted(j.id for j in jobs)  # each exactly once
    assert killed not in after
