"""A 40-dossier campaign of generated samples, from import to 通报, entirely through ``anjuan`` commands: create →
import (CSV list) → reviewers → sample (ratio, seeded) → assign → the machine pass (2 worker processes) → 初评 by every
assigned reviewer (some with decisions files) → reconcile → 复核 → reconcile → status → report. The numbers in the
汇总统计表 and the 通报 are then checked against the finals as they are stored in the database, read with plain SQL
(not through the code that wrote the files)."""

from __future__ import annotations

import csv
import json
import shutil
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from sqlalchemy import create_engine, select

from review.storage.tables import AssignmentRow, CampaignDossierRow, CampaignReviewerRow, FinalRow
from samples.build import build_dossier
from tests.cli import ok

UNITS = [
    "成都市青羊区市场监督管理局",
    "成都市锦江区市场监督管理局",
    "成都市武侯区商务局",
    "成都市成华区文化广播电视和旅游局",
    "成都市双流区生态环境局",
]
FIELD_OF = {0: "市场监管", 1: "市场监管", 2: "商务", 3: "文化市场", 4: "生态环境"}
REVIEWERS = [
    ("刘建国", UNITS[0]),
    ("陈晓梅", UNITS[0]),
    ("杨志刚", UNITS[1]),
    ("黄丽", UNITS[1]),
    ("周文斌", UNITS[2]),
    ("吴静", UNITS[2]),
    ("郑海涛", UNITS[3]),
    ("孙雪", UNITS[4]),
    ("马骏", UNITS[4]),
    ("胡明", "成都市司法局"),
]
PER_UNIT = 8
GRADES = ["优秀", "良好", "合格", "不合格"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """40 generated dossiers (text PDF, a few as DOCX folders and ZIPs), 8 per unit, and the list and reviewer CSVs."""
    root = tmp_path_factory.mktemp("campaign40")
    build = root / "build"
    rows = []
    for u, unit in enumerate(UNITS):
        for i in range(PER_UNIT):
            seed = 81000 + u * 100 + i
            form = "docx_folder" if i == 6 else "zip" if i == 7 else "text_pdf"
            field = FIELD_OF[u] if FIELD_OF[u] != "文化市场" or i % 2 else None
            sample = build_dossier(build, seed, form, field=field)
            manifest = json.loads((sample / "manifest.json").read_text(encoding="utf-8"))
            case = manifest["case"]
            folder = root / "报送" / f"{u + 1:02d}" / f"案卷{i + 1:02d}"
            shutil.copytree(sample / "dossier", folder)
            files = sorted(folder.iterdir())
            path = folder if form == "docx_folder" else files[0]
            name = f"{case['party_name']}案"
            rows.append([unit, path.relative_to(root).as_posix(), case["case_number"], name, manifest["procedure"]])
    shutil.rmtree(build)
    with (root / "案卷名单.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["单位", "文件", "文号", "案件名称", "程序"], *rows])
    with (root / "评查人名单.csv").open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["姓名", "单位"], *REVIEWERS])
    return root


def _finals_from_db(url: str, cid: str) -> dict[str, list[tuple[str, str, Decimal, str]]]:
    """unit → [(文号, 案件名称, final total, grade)] straight from the tables."""
    engine = create_engine(url)
    out: dict[str, list[tuple[str, str, Decimal, str]]] = defaultdict(list)
    with engine.connect() as conn:
        for row in conn.execute(
            select(
                CampaignDossierRow.unit,
                CampaignDossierRow.case_number,
                CampaignDossierRow.case_name,
                FinalRow.total,
                FinalRow.grade,
            )
            .join(FinalRow, FinalRow.campaign_dossier_id == CampaignDossierRow.id)
            .where(CampaignDossierRow.campaign_id == cid)
        ):
            out[row.unit].append((row.case_number, row.case_name, Decimal(row.total), row.grade))
    engine.dispose()
    return out


def _own_unit_assignments(url: str, cid: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        n = len(
            conn.execute(
                select(AssignmentRow.id)
                .join(CampaignDossierRow, CampaignDossierRow.id == AssignmentRow.campaign_dossier_id)
                .join(CampaignReviewerRow, CampaignReviewerRow.id == AssignmentRow.reviewer_id)
                .where(CampaignDossierRow.campaign_id == cid, CampaignDossierRow.unit == CampaignReviewerRow.unit)
            ).all()
        )
    engine.dispose()
    return n


def _sheet_rows(path: Path) -> list[dict]:
    ws = load_workbook(str(path)).worksheets[0]
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "序号")
    names = [c.value for c in ws[top]]
    rows = []
    for r in range(top + 1, ws.max_row + 1):
        values = [c.value for c in ws[r]]
        if all(v is None for v in values):
            break
        rows.append(dict(zip(names, values, strict=True)))
    return rows


def test_a_40_dossier_campaign_from_import_to_the_notice(corpus: Path, db_url: str, tmp_path: Path) -> None:
    db = ["--db", db_url]
    cid = ok("campaign", "create", "2025年度全市行政处罚案卷交叉评查", "--year", "2025", *db).strip()
    assert ok("campaign", "import", cid, str(corpus), "--list", str(corpus / "案卷名单.csv"), *db).strip() == (
        "导入 40 卷案卷（5 个单位）"
    )
    ok("campaign", "reviewers", cid, str(corpus / "评查人名单.csv"), *db)
    out = ok("campaign", "sample", cid, "--ratio", "0.7", "--min", "3", "--seed", "20251122", *db)
    assert "随机种子 20251122" in out
    status = json.loads(ok("campaign", "status", cid, "--format", "json", *db))
    sampled = [d for d in status["dossiers"] if d["sampled"]]
    assert len(sampled) == 5 * 6  # ceil(0.7 × 8) per unit
    # the draw is reproducible: the same seed on a second campaign picks the same files
    again = ok("campaign", "create", "复验抽样", "--year", "2025", *db).strip()
    ok("campaign", "import", again, str(corpus), "--list", str(corpus / "案卷名单.csv"), *db)
    ok("campaign", "sample", again, "--ratio", "0.7", "--min", "3", "--seed", "20251122", *db)
    redraw = json.loads(ok("campaign", "status", again, "--format", "json", *db))
    assert [d["file"] for d in redraw["dossiers"] if d["sampled"]] == [d["file"] for d in sampled]

    ok("campaign", "assign", cid, "--per-dossier", "2", "--seed", "9", *db)
    assert _own_unit_assignments(db_url, cid) == 0
    out = ok("campaign", "review", cid, "--workers", "2", *db)
    status = json.loads(ok("campaign", "status", cid, "--format", "json", *db))
    assert all(d["machine"] is not None for d in status["dossiers"] if d["sampled"]), out
    assert all(d["machine"] is None for d in status["dossiers"] if not d["sampled"])

    # 初评: every assigned reviewer submits; the first reviewer of every third dossier adds an 8-point problem of
    # their own, so those pairs disagree beyond the 5-point threshold and go to 复核
    lines = json.loads(ok("campaign", "assignments", cid, "--format", "json", *db))["assignments"]
    assert len(lines) == 60 and {x["stage"] for x in lines} == {"初评"}
    first_of: dict[str, str] = {}
    for x in lines:
        first_of.setdefault(x["dossier_id"], x["reviewer"])
    decisions = tmp_path / "决定.json"
    decisions.write_text(
        json.dumps(
            [{"action": "add", "points": 8, "text": "当事人陈述申辩意见未记录复核结果", "category": "程序"}],
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    for n, x in enumerate(lines):
        args = ["campaign", "submit", cid, "--reviewer", x["reviewer"], "--dossier", x["dossier_id"], *db]
        if int(x["dossier_id"]) % 3 == 0 and first_of[x["dossier_id"]] == x["reviewer"]:
            args += ["--decisions", str(decisions)]
        assert ok(*args).startswith("初评已提交"), n
    ok("campaign", "reconcile", cid, *db)
    status = json.loads(ok("campaign", "status", cid, "--format", "json", *db))
    rechecks = [
        (d["id"], a["reviewer"])
        for d in status["dossiers"]
        for a in d["assignments"]
        if a["stage"] == "复核" and a["status"] == "pending"
    ]
    disputed = set()
    for d in status["dossiers"]:
        first = [a for a in d["assignments"] if a["stage"] == "初评"]
        scores = [Decimal(str(a["score"])) for a in first]
        if d["sampled"] and (max(scores) - min(scores) > 5 or len({a["veto"] for a in first}) > 1):
            disputed.add(d["id"])
    # the added 8 points part the pair beyond the 5-point threshold unless the category was already used up
    assert {d for d, _ in rechecks} == disputed and len(disputed) >= 5
    assert all(int(d) % 3 == 0 for d in disputed)
    for dossier_id, reviewer in rechecks:
        assert ok("campaign", "submit", cid, "--reviewer", reviewer, "--dossier", dossier_id, *db).startswith(
            "复核定分"
        )
    ok("campaign", "reconcile", cid, *db)

    status = json.loads(ok("campaign", "status", cid, "--format", "json", *db))
    finals = {d["id"]: d["final"] for d in status["dossiers"] if d["sampled"]}
    assert all(finals.values()), "every sampled dossier has a final score"
    assert {d for d, f in finals.items() if f["method"] == "复核"} == disputed

    out_dir = tmp_path / "结果"
    ok("campaign", "report", cid, "-o", str(out_dir), *db)
    for name in ("汇总统计表.xlsx", "问题清单.xlsx", "评查报告.docx", "通报.docx", "分配表.xlsx"):
        assert (out_dir / name).stat().st_size > 0, name

    # the 汇总统计表 equals the finals in the database
    db_finals = _finals_from_db(db_url, cid)
    assert sum(len(v) for v in db_finals.values()) == 30
    rows = _sheet_rows(out_dir / "汇总统计表.xlsx")
    by_unit = {r["单位"]: r for r in rows}
    for unit in UNITS:
        row, mine = by_unit[unit], db_finals[unit]
        grades = Counter(g for *_, g in mine)
        assert row["案卷总数"] == PER_UNIT and row["评查数"] == len(mine) == 6
        for g in GRADES:
            assert row[f"{g}数"] == grades.get(g, 0), (unit, g)
        mean = (sum(t for _, _, t, _ in mine) / len(mine)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        assert Decimal(str(row["平均分"])) == mean, unit
    total = next(r for r in rows if r["序号"] == "合计")
    every = [f for v in db_finals.values() for f in v]
    assert total["评查数"] == 30 and total["案卷总数"] == 40
    assert [total[f"{g}数"] for g in GRADES] == [sum(1 for *_, g in every if g == grade) for grade in GRADES]
    # and so does the status JSON summary
    summary = {u["unit"]: u for u in status["summary"]["units"]}
    for unit in UNITS:
        assert summary[unit]["reviewed"] == 6
        assert summary[unit]["grades"] == {g: by_unit[unit][f"{g}数"] for g in GRADES}

    # the 通报 lists exactly the 优秀 and 不合格 files of the database, with their scores
    notice = Document(str(out_dir / "通报.docx"))
    best, worst = ([[c.text for c in r.cells] for r in t.rows] for t in notice.tables[:2])
    for table, grade in ((best, "优秀"), (worst, "不合格")):
        expected = sorted((num, Decimal(t)) for v in db_finals.values() for num, _, t, g in v if g == grade)
        listed = sorted((r[2], Decimal(r[4])) for r in table[1:] if r[0].isdigit())
        assert listed == expected, grade
    text = "\n".join(p.text for p in notice.paragraphs)
    n_best = sum(1 for f in every if f[3] == "优秀")
    assert f"以下{n_best}件案卷评为优秀" in text or n_best == 0
