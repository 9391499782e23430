"""Generated dossiers with planted defects (samples.build), reviewed once per session by the real pipeline; helpers
to store one as a review in a fresh database."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors.model import Dossier
from review.campaign.model import MACHINE
from review.campaign.problems import problems_from_report
from review.campaign.store import CampaignStore
from review.model import ReviewReport
from review.pipeline import review_paths
from review.storage.codec import dump_dossier
from review.storage.store import Store
from review.storage.tables import CampaignDossierRow, FinalRow, MachineResultRow
from samples.build import build_dossier

#: name -> (seed, field, planted defects; None = a clean file)
CASES: dict[str, tuple[int, str, list[str] | None]] = {
    "env": (11, "生态环境", ["B04", "D05", "H01", "W005"]),
    "com": (23, "商务", ["G01", "G03", "K05"]),
    "mkt": (37, "市场监管", ["D06", "H05", "I01"]),
    "cul": (41, "文化市场", None),
}


@dataclass(frozen=True)
class Reviewed:
    root: Path
    manifest: dict
    dossier: Dossier
    report: ReviewReport

    def files(self) -> list[tuple[str, bytes]]:
        folder = self.root / "dossier"
        return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]

    def identifiers(self) -> list[str]:
        """Every personal or identifying value the manifest lists (party, people, companies, codes, phones,
        addresses), officers included."""
        ids = self.manifest["identifiers"]
        out = [x for key in ("persons", "companies", "codes", "phones", "addresses") for x in ids.get(key, [])]
        return sorted({x for x in out if x}, key=len, reverse=True)


@pytest.fixture(scope="session")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Reviewed]:
    out_dir = tmp_path_factory.mktemp("casebook-dossiers")
    out: dict[str, Reviewed] = {}
    for name, (seed, field, defects) in CASES.items():
        root = build_dossier(out_dir, seed, "text_pdf", field=field, defects=defects, clean=defects is None)
        manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        dossier, report = review_paths([root / "dossier"])
        out[name] = Reviewed(root, manifest, dossier, report)
    return out


def store_review(store: Store, r: Reviewed, reviewer: str = "张三") -> int:
    key, _ = store.put_files(r.files(), r.root.name)
    return store.create_review(key, reviewer, "", r.dossier, r.report)


def campaign_with_machine_pass(cs: CampaignStore, r: Reviewed) -> str:
    """A campaign with one dossier, its machine pass stored as the campaign runner stores it, and a final that
    agrees with it (no reviewer's workspace behind it)."""
    cid = cs.create("2025年度行政处罚案卷评查", 2025)
    key, _ = cs.store.put_files(r.files(), "成都市青羊区市场监督管理局｜案卷")
    now = dt.datetime.now(dt.UTC)
    total = f"{r.report.score.total.normalize():f}"
    problems = problems_from_report(r.report)
    with cs.session() as s, s.begin():
        row = CampaignDossierRow(
            campaign_id=cid,
            position=1,
            unit="成都市青羊区市场监督管理局",
            file="a/1.pdf",
            case_name="某店案",
            procedure="普通程序",
            dossier_key=key,
            sampled=True,
        )
        s.add(row)
        s.flush()
        s.add(
            MachineResultRow(
                campaign_dossier_id=row.id,
                pack=r.report.pack,
                profile="national",
                dossier_json=dump_dossier(r.dossier),
                report_json=r.report.model_dump_json(),
                total=total,
                grade=r.report.score.grade,
                vetoed=r.report.score.vetoed,
                created_at=now,
            )
        )
        s.add(
            FinalRow(
                campaign_dossier_id=row.id,
                total=total,
                grade=r.report.score.grade,
                vetoed=r.report.score.vetoed,
                by=MACHINE,
                method="一致",
                problems_json="[" + ",".join(p.model_dump_json() for p in problems) + "]",
                decided_at=now,
            )
        )
    return cid
