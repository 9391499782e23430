"""`anjuan anonymize` end to end (a real subprocess): outputs, the JSON summary, the mapping key, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import DECISION, INQUIRY

ROOT = Path(__file__).resolve().parents[3]


def anjuan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "review", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "ORT_DISABLE_TELEMETRY": "1"},
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "案卷"
    d.mkdir()
    (d / "1_询问笔录.txt").write_text(INQUIRY, encoding="utf-8")
    (d / "2_行政处罚决定书.txt").write_text(DECISION, encoding="utf-8")
    return d


def test_writes_every_output_and_prints_the_summary(folder: Path, tmp_path: Path) -> None:
    outs = [tmp_path / "out" / f"卷.{s}" for s in ("txt", "docx", "json")]
    result = anjuan("anonymize", str(folder), *(a for o in outs for a in ("-o", str(o))), "--style", "stars")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["replaced"]["person"] >= 5 and summary["replaced"]["company"] == 2
    assert summary["style"] == "stars" and summary["output"] == str(outs[0]) and len(summary["outputs"]) == 3
    assert all(o.stat().st_size > 0 for o in outs)
    text = outs[0].read_text(encoding="utf-8")
    assert "罗**" in text and "罗志强" not in text and "李秀英" not in text
    assert result.stderr == ""


def test_mapping_key_is_written_only_on_request_with_a_warning(folder: Path, tmp_path: Path) -> None:
    key = tmp_path / "key.json"
    result = anjuan("anonymize", str(folder), "-o", str(tmp_path / "卷.json"), "--mapping", str(key))
    assert result.returncode == 0, result.stderr
    assert "含个人信息" in result.stderr
    data = json.loads(key.read_text(encoding="utf-8"))
    assert {"kind": "person", "original": "罗志强", "pseudonym": "罗某"}.items() <= next(
        e for e in data["entities"] if e["original"] == "罗志强"
    ).items()
    assert "罗志强" not in (tmp_path / "卷.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "卷.pdf"], "输出文件须为 .docx、.txt 或 .json"),
        (["-o", "卷.txt", "--style", "asterisks"], "asterisks"),
        (["-o", "卷.txt", "--mapping", "key.txt"], "对照表须为 .json 文件"),
    ],
)
def test_bad_options_exit_2_without_a_traceback(folder: Path, args: list[str], message: str) -> None:
    result = anjuan("anonymize", str(folder), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_bad_input_fails_like_extract(tmp_path: Path) -> None:
    broken = tmp_path / "空文件.pdf"
    broken.write_bytes(b"")
    for path in (broken, tmp_path / "不存在"):
        result = anjuan("anonymize", str(path), "-o", str(tmp_path / "卷.txt"))
        assert result.returncode == 2 and result.stderr.startswith("anjuan: ")
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "卷.txt").exists()
