"""Generated dossiers for the campaign workflow tests: six text-PDF dossiers of three 双流区/新都区 units (one given
as a folder, one as a ZIP), the list and reviewer CSVs, and the machine pass run on them by the real pipeline
(each dossier reviewed once per test session, its result recorded as a ``MachineResultRow`` in every test database).
"""

from __future__ import annotations

import atexit
import csv
import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import select

from review.campaign.model import SampleRule
from review.campaign.store import CampaignStore
from review.pipeline import review_paths
from review.storage.codec import dump_dossier
from review.storage.tables import CampaignDossierRow, CampaignRow, MachineResultRow
from review.workspace import fmt
from samples.build import build_dossier

SCJG = "成都市双流区市场监督管理局"
SWJ = "成都市新都区商务局"
HBJ = "成都市双流区生态环境局"
SFJ = "成都市双流区司法局"
REVIEWERS = [
    ("张三", SCJG),
    ("李四", SWJ),
    ("王五", HBJ),
    ("赵六", SFJ),
    ("钱七", SCJG),
    ("孙八", SWJ),
]
UNIT_OF = dict(REVIEWERS)
#: (unit, seed, field, form): the list's order
DOSSIERS = [
    (SCJG, 11, "市场监管", "text_pdf"),
    (SCJG, 12, "市场监管", "text_pdf"),
    (SWJ, 13, "商务", "text_pdf"),
    (HBJ, 14, "生态环境", "text_pdf"),
    (SCJG, 15, "市场监管", "zip"),
    (SWJ, 16, "商务", "text_pdf"),
]
HEADER = ["单位", "文件", "文号", "案件名称", "程序"]


@dataclass(frozen=True)
class Corpus:
    root: Path  # the dossier folder a list's paths are relative to
    rows: list[list[str]]  # HEADER rows, list order
    list_csv: Path
    reviewers_csv: Path


def write_csv(path: Path, header: list[str], rows: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


@cache
def corpus() -> Corpus:
    root = Path(tempfile.mkdtemp(prefix="anjuan-campaign-"))
    atexit.register(shutil.rmtree, root, True)
    rows = []
    for i, (unit, seed, field, form) in enumerate(DOSSIERS):
        sample = build_dossier(root / "build", seed, form, field=field, procedure="普通程序")
        case = json.loads((sample / "manifest.json").read_text(encoding="utf-8"))["case"]
        folder = root / "报送" / unit / f"案卷{i + 1}"
        shutil.copytree(sample / "dossier", folder)
        files = sorted(folder.iterdir())
        # the second 商务局 dossier is listed as its folder, the others as their one file
        path = folder if i == 5 else files[0]
        rows.append(
            [unit, path.relative_to(root).as_posix(), case["case_number"], f"{case['party_name']}案", "普通程序"]
        )
    shutil.rmtree(root / "build")
    list_csv = write_csv(root / "案卷名单.csv", HEADER, rows)
    reviewers_csv = write_csv(root / "评查人名单.csv", ["姓名", "单位"], [list(r) for r in REVIEWERS])
    return Corpus(root, rows, list_csv, reviewers_csv)


@cache
def _reviewed(key: str, files: tuple[tuple[str, bytes], ...], pack: str, profile: str):
    with tempfile.TemporaryDirectory(prefix="anjuan-machine-") as tmp:
        folder = Path(tmp) / "dossier"
        for name, data in files:
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        return review_paths([folder], pack or None, profile)


def run_machine(cs: CampaignStore, campaign_id: str) -> int:
    """The machine pass over the campaign's sampled dossiers that have no result yet; how many were recorded."""
    with cs.session() as s:
        campaign = s.get(CampaignRow, campaign_id)
        assert campaign is not None
        todo = [
            (d.id, d.dossier_key)
            for d in s.scalars(
                select(CampaignDossierRow).where(
                    CampaignDossierRow.campaign_id == campaign_id, CampaignDossierRow.sampled
                )
            )
            if s.get(MachineResultRow, d.id) is None
        ]
        checklist, profile = campaign.checklist, campaign.profile
    for dossier_id, key in todo:
        files = tuple((f.name, cs.store.blob(f.sha256)) for f in cs.store.dossier_files(key))
        dossier, report = _reviewed(key, files, checklist, profile)
        with cs.session() as s, s.begin():
            s.add(
                MachineResultRow(
                    campaign_dossier_id=dossier_id,
                    pack=report.pack,
                    profile=report.profile,
                    dossier_json=dump_dossier(dossier),
                    report_json=report.model_dump_json(),
                    total=fmt(report.score.total),
                    grade=report.score.grade,
                    vetoed=report.score.vetoed,
                    seconds="0",
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
    return len(todo)


def ready_campaign(url: str, machine: bool = True, seed: int = 7) -> tuple[CampaignStore, str]:
    """A campaign with the corpus imported, the reviewers, everything sampled, assigned (2 per dossier) and, unless
    ``machine`` is False, the machine pass done."""
    c = corpus()
    cs = CampaignStore(url)
    cid = cs.create("2025年度行政处罚案卷交叉评查", 2025, "penalty-general")
    cs.import_dossiers(cid, c.root, c.list_csv)
    cs.import_reviewers(cid, c.reviewers_csv)
    cs.sample(cid, SampleRule(mode="all"), seed)
    cs.assign(cid, seed)
    if machine:
        run_machine(cs, cid)
    return cs, cid
