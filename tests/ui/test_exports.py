"""The 评查表 with the reviewer's decisions: DOCX, XLSX, JSON (the review contract plus a review block) and PDF."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from docx import Document

from review.pipeline import review_paths
from review.workspace import Action, Decision, Workspace, now
from tests.machine_score import M, shown
from tests.ui.conftest import SAMPLE
from ui import exports

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "design" / "schemas" / "review.schema.json"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    dossier, report = review_paths([SAMPLE])
    ws = Workspace(dossier, report)
    for dec in (
        Decision(action=Action.REJECT, target="PG-D06", reviewer="张三", at=now()),
        Decision(action=Action.COMMENT, target="PG-D06", reviewer="张三", at=now(), text="已向本级政府复议"),
        Decision(
            action=Action.ADD,
            target="评查人-1",
            reviewer="张三",
            at=now(),
            points=Decimal(2),
            text="目录缺页码",
            category="归档",
        ),
        Decision(action=Action.COMMENT, target="", reviewer="张三", at=now(), text="程序基本规范"),
    ):
        ws, _ = ws.apply(dec)
    return ws


def test_docx_has_the_reviewer_the_decisions_and_signature_lines(ws: Workspace) -> None:
    doc = Document(io.BytesIO(exports.docx_bytes(ws, "张三")))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = {c.text for t in doc.tables for r in t.rows for c in r.cells}
    assert "四、评查人复核记录" in text and "评查意见：程序基本规范" in text
    assert "评查人（签名）" in text and "复核人（签名）" in text and "张三" in cells
    assert {"PG-D06", "驳回", "已向本级政府复议", "评查人-1", "评查人新增"} <= cells
    assert f"总分：{shown(M)}" in text  # machine + 2 (rejected) - 2 (added)


def test_xlsx_has_the_sheet_and_the_decision_log(ws: Workspace) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(exports.xlsx_bytes(ws, "张三")))
    assert wb.sheetnames == ["单卷评查表", "评查人复核记录"]
    first = {str(c.value) for row in wb["单卷评查表"].iter_rows() for c in row if c.value is not None}
    assert "张三" in first and "程序基本规范" in first
    log = [[c.value for c in row] for row in wb["评查人复核记录"].iter_rows()]
    assert ["PG-D06", ws.finding("PG-D06").title, "扣分（扣2分）", "驳回", "0", "已向本级政府复议"] in log


def test_json_follows_the_review_contract_with_a_review_block(ws: Workspace) -> None:
    data = json.loads(exports.json_bytes(ws, "张三"))
    if SCHEMA.exists():
        jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["score"] == float(M) and data["review"]["machine_score"] == float(M)
    assert [x["action"] for x in data["review"]["decisions"]] == ["reject", "comment", "add", "comment"]
    assert next(f for f in data["findings"] if f["rule"] == "PG-D06")["status"] == "pass"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-writer-nogui) not installed")
def test_pdf_prints_in_noto_cjk_fonts(ws: Workspace, tmp_path: Path) -> None:
    pdf = exports.pdf_bytes(ws, "张三")
    assert pdf.startswith(b"%PDF")
    out = tmp_path / "x.pdf"
    out.write_bytes(pdf)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
        assert "NotoSerifCJK" in fonts
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "行政处罚案卷评查表" in text and "评查人复核记录" in text
