"""A scanned dossier is extracted with no network at all (a fresh network namespace: `unshare -n`), and OCR leaves
no telemetry behind (onnxruntime would write ~/.cache/Microsoft/DeveloperTools/.onnxruntime without
ORT_DISABLE_TELEMETRY, which anjuan sets itself — the test does not set it)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from tests.extractors.ingest_builders import DECISION, text_pdf

ROOT = Path(__file__).resolve().parents[2]


def _scanned_pdf(path: Path) -> Path:
    pdf = pdfium.PdfDocument(text_pdf([DECISION]))
    try:
        image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    finally:
        pdf.close()
    image = image.convert("L")
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=200)
    path.write_bytes(buf.getvalue())
    return path


def _can_unshare() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.ocr
@pytest.mark.skipif(not _can_unshare(), reason="needs root and unshare -n")
def test_scanned_extraction_offline_without_telemetry(tmp_path: Path) -> None:
    scan = _scanned_pdf(tmp_path / "扫描件.pdf")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "ANJUAN_CACHE_DIR": str(tmp_path / "ocr-cache"),
    }
    cmd = ["unshare", "-n", sys.executable, "-m", "review", "extract", str(scan), "--format", "json"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["type"] == "行政处罚决定书"
    assert data["case"]["case_number"] == "川成市监罚〔2024〕12号"
    assert not (home / ".cache" / "Microsoft").exists()
    leftovers = [p for p in home.rglob("*") if "onnxruntime" in str(p).lower() or "Microsoft" in str(p)]
    assert leftovers == []
    assert any((tmp_path / "ocr-cache").rglob("*.json")), "OCR result was not cached"
