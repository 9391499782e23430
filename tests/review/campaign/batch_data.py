"""Generated text dossiers for the batch and machine-pass tests (made once per test process, reused)."""

from __future__ import annotations

import atexit
import csv
import functools
import shutil
import tempfile
from pathlib import Path

from review.campaign.runner import Job
from samples.build import build_set

ROOT = Path(__file__).resolve().parents[3]
DOCX_SAMPLE = ROOT / "samples" / "dossiers" / "mk-0006-docx-culture-defects" / "dossier"
UNITS = ("成都市青羊区市场监督管理局", "成都市双流区商务局", "成都市生态环境局")


@functools.cache
def _work() -> Path:
    path = Path(tempfile.mkdtemp(prefix="anjuan-batch-tests-"))
    atexit.register(shutil.rmtree, path, True)
    return path


@functools.cache
def text_pdfs(n: int, seed: int = 61) -> tuple[Path, ...]:
    """``n`` generated single-PDF text dossiers (samples.build_set, form text_pdf), as their PDF files."""
    out = _work() / f"set-{n}-{seed}"
    return tuple(next((d / "dossier").glob("*.pdf")) for d in build_set(out, n=n, seed=seed))


def batch_dir(target: Path, n: int, seed: int = 61, folder: bool = False) -> Path:
    """A batch folder: ``n`` top-level PDFs (and the committed DOCX sample as a sub-folder when ``folder``)."""
    target.mkdir(parents=True, exist_ok=True)
    for pdf in text_pdfs(n, seed):
        shutil.copy(pdf, target / pdf.name)
    if folder:
        shutil.copytree(DOCX_SAMPLE, target / "文化市场案卷")
    return target


def pdf_job(pdf: Path, **options) -> Job:
    return Job(id=pdf.name, files=((pdf.name, pdf.read_bytes()),), **options)


def dossier_list(directory: Path, path: Path, procedure: str = "普通程序") -> Path:
    """The units' dossier list (单位, 文件, 文号, 案件名称, 程序) of every top-level file in ``directory``."""
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["单位", "文件", "文号", "案件名称", "程序"])
        for i, file in enumerate(sorted(p.name for p in directory.iterdir() if p.is_file())):
            w.writerow([UNITS[i % len(UNITS)], file, Path(file).stem, "行政处罚案件", procedure])
    return path
