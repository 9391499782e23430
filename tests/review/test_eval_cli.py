"""``anjuan eval review`` / ``eval extract`` on generated dossiers: the counts in the report are the manifests' own,
a progress callback sees every dossier, and a folder without samples is a one-line error."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from review.eval_review import eval_samples
from samples.build import build_set
from tests.cli import ok, one_line_error


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("eval") / "set"
    build_set(root, n=6, seed=73150, forms=("text_pdf", "docx_folder"), defect_rate=0.8)
    return root


def _planted(root: Path) -> tuple[Counter[str], int, int]:
    """Planted catalogue defects per ID (wording defects are the linter's), dossiers and clean dossiers."""
    per_id: Counter[str] = Counter()
    manifests = [json.loads(p.read_text(encoding="utf-8")) for p in root.rglob("manifest.json")]
    for m in manifests:
        per_id.update({d["check"] for d in m["defects"] if not d["check"].startswith("W")})
    return per_id, len(manifests), sum(bool(m.get("clean")) for m in manifests)


def test_review_report_counts_what_the_manifests_planted(sample_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.md"
    ok("eval", "review", "--samples", str(sample_dir), "-o", str(out))
    text = out.read_text(encoding="utf-8")
    per_id, dossiers, clean = _planted(sample_dir)
    assert per_id, "the seed plants catalogue defects"
    total = re.search(r"^\| 全部 \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| ([\d.]+)% \| ([\d.]+) \|", text, re.M)
    assert total, text
    assert (int(total[1]), int(total[2]), int(total[3])) == (dossiers, clean, sum(per_id.values()))
    assert int(total[4]) >= 0.9 * sum(per_id.values())
    assert float(total[6]) <= 0.2  # false fails per clean dossier
    assert re.search(r"^召回率低于 80% 的检查：", text, re.M)
    for check, n in per_id.items():
        row = re.search(rf"^\| {check} \| (\d+) \| (\d+) \|", text, re.M)
        assert row and int(row[1]) == n, (check, text)


def test_review_progress_sees_every_dossier(sample_dir: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    result = eval_samples(sample_dir, progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert [c[1] for c in calls] == list(range(6)) and {c[2] for c in calls} == {6}
    assert sum(fs.dossiers for fs in result.per_form.values()) == 6


def test_extract_report_has_every_form(sample_dir: Path) -> None:
    text = ok("eval", "extract", "--samples", str(sample_dir))
    assert re.search(r"^\| text_pdf \| 3 \|", text, re.M) and re.search(r"^\| docx_folder \| 3 \|", text, re.M)
    assert re.search(r"^\| 全部 \| 6 \| \d+ \| 100\.0% \|", text, re.M), text


def test_folder_without_samples_is_one_line(tmp_path: Path) -> None:
    assert "manifest.json" in one_line_error("eval", "review", "--samples", str(tmp_path))
    assert "manifest.json" in one_line_error("eval", "extract", "--samples", str(tmp_path))
