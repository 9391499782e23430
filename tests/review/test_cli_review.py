"""`anjuan review` end to end on bundled samples: JSON per contract, planted defects found with page and quote,
the 评查表 as DOCX (East Asian font set) and XLSX, and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from docx import Document
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "dossiers"
SCHEMA_FILE = ROOT.parent / "shared/design/schemas/review.schema.json"


def anjuan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "review", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1"},
    )


@pytest.fixture(scope="module")
def clean_json() -> dict:
    result = anjuan("review", str(SAMPLES / "mk-0001-text-clean" / "dossier"), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def defects_json() -> dict:
    result = anjuan("review", str(SAMPLES / "mk-0004-text-env-defects" / "dossier"), "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.skipif(not SCHEMA_FILE.exists(), reason="shared/ not beside the repository")
def test_review_json_follows_the_contract(clean_json: dict, defects_json: dict) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(clean_json, schema)
    jsonschema.validate(defects_json, schema)


def test_every_rule_reports_a_status(clean_json: dict) -> None:
    from checklists.loader import get_pack

    pack = get_pack(clean_json["checklist"].split("@")[0])
    assert {f["rule"] for f in clean_json["findings"]} == {r.id for r in pack.rules}


def test_clean_sample_scores_high(clean_json: dict) -> None:
    assert clean_json["veto"] is False and clean_json["score"] >= 90, [
        (f["rule"], f["message"]) for f in clean_json["findings"] if f["status"] == "fail"
    ]


def test_planted_defects_are_found_with_evidence(defects_json: dict) -> None:
    manifest = json.loads((SAMPLES / "mk-0004-text-env-defects" / "manifest.json").read_text(encoding="utf-8"))
    failed = {f["check"]: f for f in defects_json["findings"] if f["status"] == "fail"}
    for defect in manifest["defects"]:
        assert defect["check"] in failed, defect
        evidence = failed[defect["check"]]["evidence"]
        assert evidence and all(e["document"] for e in evidence)
    assert any(e["page"] and e["quote"] for e in failed["I01"]["evidence"])
    assert defects_json["score"] < 100


def test_review_docx_and_xlsx(tmp_path: Path) -> None:
    dossier = str(SAMPLES / "mk-0004-text-env-defects" / "dossier")
    docx_path, xlsx_path = tmp_path / "评查表.docx", tmp_path / "评查表.xlsx"
    assert anjuan("review", dossier, "--format", "docx", "-o", str(docx_path)).returncode == 0
    assert anjuan("review", dossier, "--format", "xlsx", "-o", str(xlsx_path)).returncode == 0
    doc = Document(str(docx_path))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "行政处罚案卷评查表" in text and "评查人（签名）" in text and "复核人（签名）" in text
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "分值" in cells and "扣分" in cells and "得分" in cells and "页码" in cells
    fonts = {
        r.element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs if r.element.rPr is not None
    }
    assert fonts <= {"宋体", "黑体"} and fonts
    wb = openpyxl.load_workbook(xlsx_path)
    values = [c.value for row in wb.active.iter_rows() for c in row if c.value]
    assert "行政处罚案卷评查表" in values and "问题描述" in values


def test_xlsx_needs_an_output_file() -> None:
    result = anjuan("review", str(SAMPLES / "mk-0001-text-clean" / "dossier"), "--format", "xlsx")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_unknown_checklist_is_exit_2() -> None:
    result = anjuan("review", str(SAMPLES / "mk-0001-text-clean" / "dossier"), "--checklist", "no-such-pack")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_checklists_commands() -> None:
    listed = anjuan("checklists", "list")
    assert listed.returncode == 0 and "penalty-general@" in listed.stdout
    shown = anjuan("checklists", "show", "penalty-general")
    assert shown.returncode == 0 and "PG-A01" in shown.stdout
