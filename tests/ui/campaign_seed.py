"""A small campaign for the campaign pages' tests and screenshots: text-PDF dossiers of two units generated with
samples.build, the dossier and reviewer lists, imported through ``CampaignStore``, everything sampled, assigned (two
reviewers per dossier, never one's own unit), the machine pass run serially (``ui.campaign_work.machine_pass``, the
page's own code), and 初评 submitted through the store: one dossier with a 10-point disagreement (→ 复核), the others
agreeing, the last one left half done."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from review.campaign.model import SampleRule, Stage
from review.campaign.store import CampaignStore
from review.workspace import Action, Decision, now
from samples.build import build_dossier
from ui.campaign_work import machine_pass

SCJG = "成都市双流区市场监督管理局"
SWJ = "成都市新都区商务局"
REVIEWERS = [
    ("张三", "成都市双流区司法局"),
    ("李四", "成都市双流区生态环境局"),
    ("王五", SCJG),
    ("赵六", SWJ),
]
#: (unit, sample seed, field): the list's order
DOSSIERS = [(SCJG, 31, "市场监管"), (SCJG, 32, "市场监管"), (SWJ, 33, "商务"), (SWJ, 34, "商务")]
SAMPLE_SEED, ASSIGN_SEED = 7, 11


@dataclass(frozen=True)
class Corpus:
    root: Path  # the folder the list's paths are relative to
    list_csv: Path
    reviewers_csv: Path
    cases: tuple[dict, ...]  # each dossier's manifest "case" (party name, legal representative, codes …)


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def build_corpus(root: Path, dossiers: list[tuple] = DOSSIERS) -> Corpus:
    """The dossiers, each ``(unit, seed, field)`` or ``(unit, seed, field, defects to plant)``, under root/报送."""
    rows, cases = [], []
    for i, (unit, seed, field, *defects) in enumerate(dossiers, start=1):
        sample = build_dossier(
            root / "build", seed, "text_pdf", field=field, procedure="普通程序", defects=defects[0] if defects else None
        )
        case = json.loads((sample / "manifest.json").read_text(encoding="utf-8"))["case"]
        folder = root / "报送" / unit / f"案卷{i}"
        shutil.copytree(sample / "dossier", folder)
        pdf = next(folder.iterdir())
        name = f"{case['party_name']}案"
        rows.append([unit, pdf.relative_to(root).as_posix(), case["case_number"], name, "普通程序"])
        cases.append(case)
    shutil.rmtree(root / "build")
    list_csv = write_csv(root / "案卷名单.csv", ["单位", "文件", "文号", "案件名称", "程序"], rows)
    reviewers_csv = write_csv(root / "评查人名单.csv", ["姓名", "单位"], [list(r) for r in REVIEWERS])
    return Corpus(root, list_csv, reviewers_csv, tuple(cases))


def _add_problem(cs: CampaignStore, assignment_id: int, reviewer: str, points: int) -> None:
    """The reviewer adds a problem of their own (a stricter reading than the other 初评)."""
    review_id = cs.open_assignment(assignment_id)
    ws = cs.store.workspace(review_id)
    cs.store.decide(
        review_id,
        Decision(
            action=Action.ADD,
            target=ws.next_custom_id(),
            reviewer=reviewer,
            at=now(),
            points=Decimal(points),
            text="调查终结报告未载明从轻处罚的理由",
            category=ws.machine.score.categories[0].name,
        ),
    )


def seed_campaign(
    url: str, corpus: Corpus, name: str = "2025年度行政处罚案卷交叉评查", year: int = 2025, finish: bool = False
) -> str:
    """The campaign (see the module doc); with ``finish`` the 复核 is submitted too and every dossier but the last
    has its final. Returns the campaign id."""
    cs = CampaignStore(url)
    try:
        cid = cs.create(name, year, "penalty-general", scope="2024年度已办结的行政处罚（一般程序）案卷")
        cs.import_dossiers(cid, corpus.root, corpus.list_csv)
        cs.import_reviewers(cid, corpus.reviewers_csv)
        cs.sample(cid, SampleRule(mode="all"), SAMPLE_SEED)
        cs.assign(cid, ASSIGN_SEED)
        machine_pass(cs.store, cid, lambda *_: None)
        dossiers = cs.snapshot(cid).dossiers
        for i, d in enumerate(dossiers):
            first = d.first_reviews
            if i == len(dossiers) - 1:
                cs.submit(first[0].id)  # the other 初评 stays pending
                continue
            if i == 0:
                _add_problem(cs, first[1].id, first[1].reviewer, 10)
            for a in first:
                cs.submit(a.id)
        cs.reconcile(cid)
        if finish:
            for d in cs.snapshot(cid).dossiers:
                for a in d.assignments:
                    if a.stage == Stage.RECHECK and a.status == "pending":
                        cs.submit(a.id)
            cs.reconcile(cid)
    finally:
        cs.close()
    return cid
