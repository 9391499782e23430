"""``anjuan batch``: one JSON per dossier (the same bytes ``anjuan review`` writes), summary.json, resuming."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from review.cli import app
from tests.review.campaign.batch_data import batch_dir

cli = CliRunner()


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name != "summary.json"}


def test_batch_writes_one_json_per_dossier_and_a_summary(tmp_path: Path):
    src = batch_dir(tmp_path / "案卷", 3, folder=True)
    (src / "坏文件.pdf").write_bytes(b"%PDF-1.4\nthis is not a real PDF body")
    (src / "说明.md").write_text("本文件夹为2025年度行政处罚案卷评查的送检案卷。", encoding="utf-8")  # not a dossier
    out = src / "结果"  # inside DIR: must not be taken for a dossier on the rerun

    result = cli.invoke(app, ["batch", str(src), "-o", str(out), "--workers", "2"])

    assert result.exit_code == 1, result.output  # one dossier failed
    pdfs = sorted(p for p in src.glob("*.pdf") if p.name != "坏文件.pdf")
    assert set(_outputs(out)) == {f"{p.stem}.json" for p in pdfs} | {"文化市场案卷.json"}
    for pdf in pdfs[:1]:
        single = cli.invoke(app, ["review", str(pdf)])
        assert single.exit_code == 0
        assert (out / f"{pdf.stem}.json").read_text(encoding="utf-8") == single.stdout
    folder = json.loads((out / "文化市场案卷.json").read_text(encoding="utf-8"))
    assert folder["schema"] == "anjuan.review/1" and folder["source"][0].endswith(".docx")

    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["counts"] == {"dossiers": 5, "reviewed": 4, "skipped": 0, "failed": 1}
    lines = {d["file"]: d for d in summary["dossiers"]}
    assert set(lines) == {p.name for p in pdfs} | {"文化市场案卷", "坏文件.pdf"}
    bad = lines["坏文件.pdf"]
    assert bad["status"] == "failed" and bad["output"] is None and "坏文件.pdf" in bad["error"]
    for pdf in pdfs:
        line, data = lines[pdf.name], json.loads((out / f"{pdf.stem}.json").read_text(encoding="utf-8"))
        assert (line["score"], line["grade"], line["veto"], line["pack"]) == (
            data["score"],
            data["grade"],
            data["veto"],
            data["checklist"],
        )
        assert line["status"] == "reviewed" and line["error"] is None and line["seconds"] > 0
    assert "共 5 卷，本次评查 4 卷，跳过 0 卷（已有结果），失败 1 卷" in result.stderr


def test_a_rerun_skips_valid_outputs_and_redoes_missing_or_damaged_ones(tmp_path: Path):
    src = batch_dir(tmp_path / "案卷", 4)
    out = tmp_path / "结果"
    first = cli.invoke(app, ["batch", str(src), "-o", str(out), "--workers", "2"])
    assert first.exit_code == 0, first.output
    before = _outputs(out)
    assert len(before) == 4

    again = cli.invoke(app, ["batch", str(src), "-o", str(out)])
    assert again.exit_code == 0
    assert "本次评查 0 卷，跳过 4 卷" in again.stderr
    assert _outputs(out) == before

    names = sorted(before)
    (out / names[0]).unlink()
    (out / names[1]).write_bytes(before[names[1]][:200])  # a damaged file (by hand: batch writes atomically)
    third = cli.invoke(app, ["batch", str(src), "-o", str(out)])
    assert third.exit_code == 0
    assert "本次评查 2 卷，跳过 2 卷" in third.stderr
    assert _outputs(out) == before
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    statuses = {d["output"]: d["status"] for d in summary["dossiers"]}
    assert statuses == {names[0]: "reviewed", names[1]: "reviewed", names[2]: "skipped", names[3]: "skipped"}

    other = cli.invoke(app, ["batch", str(src), "-o", str(out), "--profile", "sichuan"])  # other settings: redone
    assert other.exit_code == 0
    assert "本次评查 4 卷，跳过 0 卷" in other.stderr
    assert all(json.loads(v)["profile"] == "sichuan" for v in _outputs(out).values())


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path):
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    cases = [
        ([str(tmp_path / "不存在"), "-o", str(tmp_path / "o1")], "不是文件夹"),
        ([str(empty), "-o", str(tmp_path / "o2")], "没有找到案卷"),
        ([str(empty), "-o", str(tmp_path / "o3"), "--checklist", "no-such-pack"], "no-such-pack"),
    ]
    for args, words in cases:
        result = cli.invoke(app, ["batch", *args])
        assert result.exit_code == 2, result.output
        assert result.stderr.startswith("anjuan: ") and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
