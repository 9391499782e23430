"""The campaign's machine pass: jobs for sampled dossiers without a result, one row each, reruns idempotent."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from review.campaign.machine import pack_for, pending, record
from review.campaign.model import CampaignError, SampleRule
from review.campaign.runner import SerialRunner
from review.campaign.store import CampaignStore
from review.cli import app
from review.model import ReviewReport
from review.storage.codec import load_dossier
from review.storage.tables import CampaignDossierRow, MachineResultRow
from review.workspace import fmt
from tests.review.campaign.batch_data import ROOT, batch_dir, dossier_list

cli = CliRunner()


def _campaign(tmp_path: Path, db_url: str, n: int = 3, checklist: str = "", sample: bool = True) -> tuple[str, Path]:
    src = batch_dir(tmp_path / "送检案卷", n)
    cs = CampaignStore(db_url)
    try:
        cid = cs.create("2025年度全市行政处罚案卷评查", 2025, checklist=checklist)
        cs.import_dossiers(cid, src, dossier_list(src, tmp_path / "案卷名单.csv"))
        if sample:
            cs.sample(cid, SampleRule(mode="all"), seed=7)
    finally:
        cs.close()
    return cid, src


def _rows(cs: CampaignStore) -> list[MachineResultRow]:
    with cs.session() as s:
        return list(s.scalars(select(MachineResultRow).order_by(MachineResultRow.campaign_dossier_id)))


def test_pending_and_record_review_each_sampled_dossier_once(tmp_path: Path, db_url: str):
    cid, _ = _campaign(tmp_path, db_url)
    cs = CampaignStore(db_url)
    store = cs.store
    try:
        plan = pending(store, cid)
        assert (plan.sampled, plan.done, len(plan.todo)) == (3, 0, 3)
        with SerialRunner() as runner:
            results = list(runner.run(plan.jobs(store)))
        for r in results:
            assert r.error is None
            assert record(store, int(r.id), r, plan.profile) is True
        assert record(store, int(results[0].id), results[0], plan.profile) is False  # already there: not doubled

        rows = _rows(cs)
        assert len(rows) == 3 and len({r.campaign_dossier_id for r in rows}) == 3
        for row in rows:
            report = ReviewReport.model_validate_json(row.report_json)
            assert load_dossier(row.dossier_json).id == report.dossier_id
            assert (row.pack, row.total, row.grade, row.vetoed) == (
                report.pack,
                fmt(report.score.total),
                report.score.grade,
                report.score.vetoed,
            )
            assert row.profile == "national" and row.error is None and float(row.seconds) > 0
            assert row.peak_rss_kb > 10_000

        again = pending(store, cid)
        assert (again.done, again.todo) == (3, ())
        snap = cs.snapshot(cid)
        assert all(d.machine is not None and d.machine.pack.startswith("penalty-") for d in snap.dossiers)
    finally:
        cs.close()


def test_a_dossier_that_cannot_be_read_is_recorded_with_its_error(tmp_path: Path, db_url: str):
    src = batch_dir(tmp_path / "送检案卷", 1)
    (src / "损坏案卷.pdf").write_bytes(b"%PDF-1.7\n%%EOF")
    cs = CampaignStore(db_url)
    try:
        cid = cs.create("2025年度商务执法案卷评查", 2025, checklist="penalty-general")
        cs.import_dossiers(cid, src, dossier_list(src, tmp_path / "名单.csv"))
        cs.sample(cid, SampleRule(mode="all"), seed=3)
        plan = pending(cs.store, cid)
        assert {t.pack for t in plan.todo} == {"penalty-general"}
        with SerialRunner() as runner:
            for r in runner.run(plan.jobs(cs.store)):
                record(cs.store, int(r.id), r, plan.profile)
        bad = next(d for d in cs.snapshot(cid).dossiers if d.file == "损坏案卷.pdf")
        assert bad.machine is not None and "损坏案卷.pdf" in bad.machine.error and bad.machine.problems == ()
        assert pending(cs.store, cid).done_failed == 1
    finally:
        cs.close()


def test_unknown_or_unsampled_campaign_is_refused(tmp_path: Path, db_url: str):
    cid, _ = _campaign(tmp_path, db_url, n=1, sample=False)
    cs = CampaignStore(db_url)
    try:
        with pytest.raises(CampaignError, match="没有评查活动"):
            pending(cs.store, "2025-000000")
        with pytest.raises(CampaignError, match="还没有抽中的案卷"):
            pending(cs.store, cid)
    finally:
        cs.close()
    for campaign, words in (("2025-000000", "没有评查活动"), (cid, "还没有抽中的案卷")):
        result = cli.invoke(app, ["campaign", "review", campaign, "--db", db_url])
        assert result.exit_code == 2
        assert result.stderr.startswith("anjuan: ") and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_pack_by_procedure_type():
    assert pack_for("beijing-2016", "简易程序") == "beijing-2016"
    assert pack_for("", "简易程序") == "penalty-simple"
    assert pack_for("", "当场处罚") == "penalty-simple"
    assert pack_for("", "普通程序") == ""  # chosen from the dossier's own documents


def test_campaign_review_command_counts_and_resumes(tmp_path: Path, db_url: str):
    cid, _ = _campaign(tmp_path, db_url, n=3)
    first = cli.invoke(app, ["campaign", "review", cid, "--workers", "2", "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "抽中 3 卷，本次评查 3 卷，跳过 0 卷（已有结果），失败 0 卷" in first.stdout
    again = cli.invoke(app, ["campaign", "review", cid, "--db", db_url])
    assert again.exit_code == 0
    assert "本次评查 0 卷，跳过 3 卷（已有结果），失败 0 卷" in again.stdout
    cs = CampaignStore(db_url)
    try:
        with cs.session() as s:
            listed = s.scalar(select(func.count()).where(CampaignDossierRow.campaign_id == cid))
        assert listed == 3 and len(_rows(cs)) == 3
    finally:
        cs.close()


def _one_scanned_page(target: Path) -> Path:
    """The first page of the committed scanned sample: an image-only PDF that needs OCR."""
    src = pdfium.PdfDocument(next((ROOT / "samples/dossiers/mk-0005-scan-simple/dossier").glob("*.pdf")))
    out = pdfium.PdfDocument.new()
    out.import_pages(src, [0])
    out.save(target)
    return target


_REVIEW_ONCE = """
import json, sys
from pathlib import Path
from review.campaign.runner import Job, run_job
pdf = Path(sys.argv[1])
r = run_job(Job(id="扫描件", files=((pdf.name, pdf.read_bytes()),), keep_dossier=True))
print(json.dumps({"error": r.error, "report": r.report_json, "engine": "rapidocr" in sys.modules}))
"""


@pytest.mark.ocr
def test_a_rerun_reads_ocr_from_the_cache(tmp_path: Path):
    pdf = _one_scanned_page(tmp_path / "扫描件.pdf")
    env = {**os.environ, "ANJUAN_CACHE_DIR": str(tmp_path / "cache")}

    def review_once() -> dict:
        done = subprocess.run(
            [sys.executable, "-c", _REVIEW_ONCE, str(pdf)], env=env, capture_output=True, text=True, check=True
        )
        return json.loads(done.stdout.strip().splitlines()[-1])

    first, second = review_once(), review_once()
    assert first["error"] is None and first["engine"] is True
    assert list((tmp_path / "cache" / "ocr").rglob("*.json"))
    assert second["engine"] is False  # every page image was found in the cache: the OCR engine never loaded
    assert second["report"] == first["report"]
