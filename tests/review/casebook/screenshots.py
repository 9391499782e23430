"""Screenshots of a 典型案例汇编 into docs/screenshots/: ``python -m tests.review.casebook.screenshots [OUT_DIR]``.

Generates ten dossiers (five fields, eight with one planted defect each, two clean), reviews each with the real
pipeline, drafts one case from each (eight 反面 from the planted problem, two 正面 优秀案卷评析), exports the 汇编 as
DOCX, converts it to PDF with LibreOffice and renders pages at 70 dpi: the cover, the 目录, a 反面 case page with the
quote and the rewritten wording boxed, and a 正面 case page. Not run by the test suite (about a minute)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from review.casebook.draft import draft_entries
from review.casebook.export_docx import docx_bytes
from review.casebook.model import CaseEntry, CaseKind
from review.export.pdf import docx_to_pdf
from review.pipeline import review_paths
from samples.build import build_dossier

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "docs" / "screenshots"

#: (seed, field, planted defects, the problem to draft; None = a clean file drafted as 正面)
CASES: tuple[tuple[int, str, list[str] | None, str | None], ...] = (
    (11, "生态环境", ["D05"], "PG-D05"),
    (37, "市场监管", ["H05"], "PG-H05"),
    (202, "商务", ["E01"], "PG-E01"),
    (23, "商务", ["G03"], "PG-G03"),
    (5, "应急管理", ["I01"], "PG-I01"),
    (41, "文化市场", ["C04"], "PG-C04"),
    (8, "生态环境", ["B04"], "PG-B04"),
    (3, "市场监管", ["W005"], "W005"),
    (101, "市场监管", None, None),
    (7, "文化市场", None, None),
)


def cases(work: Path) -> list[CaseEntry]:
    out: list[CaseEntry] = []
    for seed, field, defects, rule in CASES:
        root = build_dossier(
            work, seed, "text_pdf", field=field, defects=defects, clean=defects is None, procedure="普通程序"
        )
        dossier, report = review_paths([root / "dossier"])
        if rule is None:
            out += draft_entries(dossier, report, kind=CaseKind.POSITIVE)
        else:
            out += draft_entries(dossier, report, [rule])
        print(f"{root.name}: {out[-1].title}", file=sys.stderr)
    negative = [e for e in out if e.kind == CaseKind.NEGATIVE]
    positive = [e for e in out if e.kind == CaseKind.POSITIVE]
    return [e.model_copy(update={"id": i}) for i, e in enumerate(negative + positive, 1)]


def take(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        entries = cases(work / "dossiers")
        data = docx_bytes(entries, "2025年度行政执法案卷评查典型案例汇编", org="某市司法局")
        pdf = work / "汇编.pdf"
        pdf.write_bytes(docx_to_pdf(data))
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(work / "p")], check=True)
        pages = sorted(work.glob("p-*.png"))
        text = [
            subprocess.run(
                ["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            for i in range(1, len(pages) + 1)
        ]
        rewrite = next(i for i, t in enumerate(text) if "规范写法" in t and "原文摘录" in t)
        positive = next(i for i, t in enumerate(text) if "【案卷亮点】" in t)
        shots = {"casebook-cover": 0, "casebook-toc": 1, "casebook-case": rewrite, "casebook-positive": positive}
        written = []
        for name, index in shots.items():
            target = out / f"{name}.png"
            target.write_bytes(pages[index].read_bytes())
            written.append(target)
        print(f"{len(entries)} cases, {len(pages)} pages", file=sys.stderr)
        return written


if __name__ == "__main__":
    for path in take(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
