"""`anjuan extract` end to end: the JSON follows anjuan.extract/1, and bad input is one line + exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest

from tests.extractors.ingest_builders import DECISION, FILING, INQUIRY, build_zip, text_pdf, write

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = (
    json.loads((ROOT.parent / "shared/design/schemas/extract.schema.json").read_text(encoding="utf-8"))
    if (ROOT.parent / "shared/design/schemas/extract.schema.json").exists()
    else None
)


def anjuan(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "review", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd or ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "ORT_DISABLE_TELEMETRY": "1",
            "ANJUAN_CACHE_DIR": str(ROOT / ".pytest_cache" / "ocr"),
        },
    )


@pytest.fixture
def dossier_pdf(tmp_path: Path) -> Path:
    return write(tmp_path / "案卷.pdf", text_pdf([FILING, INQUIRY, DECISION]))


def test_extract_json_follows_the_contract(dossier_pdf: Path) -> None:
    result = anjuan("extract", str(dossier_pdf), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    if SCHEMA is not None:
        jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "anjuan.extract/1" and data["pages"] == 3
    assert [d["type"] for d in data["documents"]] == ["立案审批表", "询问笔录", "行政处罚决定书"]
    assert data["case"]["case_number"] == "川成市监罚〔2024〕12号"
    assert data["case"]["fine_amount_yuan"] == 5000
    assert "/" not in "".join(data["source"]) or not data["source"][0].startswith("/")  # no absolute paths


def test_extract_markdown_view(dossier_pdf: Path) -> None:
    result = anjuan("extract", str(dossier_pdf), "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "## 文书目录" in result.stdout and "行政处罚决定书" in result.stdout


def _bad_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../../etc/evil.txt", "当事人：张三")
    return path


@pytest.mark.parametrize(
    ("name", "make", "code"),
    [
        ("空文件.pdf", lambda p: write(p, b""), "E103"),
        ("损坏.pdf", lambda p: write(p, text_pdf([DECISION])[:400]), "E101"),
        ("加密.pdf", lambda p: write(p, text_pdf([DECISION], encrypt="secret")), "E102"),
        ("不是文档.docx", lambda p: write(p, "这不是一个Word文件".encode()), "E109"),
        ("未知.xyz", lambda p: write(p, b"\x00\x01\x02binary"), "E105"),
        ("路径穿越.zip", _bad_zip, "E106"),
        ("炸弹.zip", lambda p: write(p, build_zip({"a.txt": b"0" * (30 * 1024 * 1024)})), "E107"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, name: str, make, code: str) -> None:
    path = make(tmp_path / name)
    result = anjuan("extract", str(path))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert name in lines[0], lines[0]


def test_missing_path_is_exit_2(tmp_path: Path) -> None:
    result = anjuan("extract", str(tmp_path / "没有这个文件.pdf"))
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_bad_file_inside_a_dossier_becomes_an_issue(tmp_path: Path) -> None:
    folder = tmp_path / "案卷"
    folder.mkdir()
    write(folder / "1_决定书.pdf", text_pdf([DECISION]))
    write(folder / "2_损坏.pdf", b"%PDF-1.7 truncated")
    result = anjuan("extract", str(folder))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert any(i["file"].endswith("2_损坏.pdf") and i["code"] == "E101" for i in data["issues"])
    assert data["case"]["case_number"] == "川成市监罚〔2024〕12号"
