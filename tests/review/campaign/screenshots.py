"""Pages of the campaign's 评查报告 and 通报 as PNG for docs/screenshots
(``python -m tests.review.campaign.screenshots``): the realistic snapshot of report_data.py → DOCX → PDF
(LibreOffice, with the fontconfig aliases of review/export/pdf.py) → PNG at 60 dpi (pdftoppm)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from review.campaign.agreement import agreement
from review.export.campaign_docx import build_notice_docx, build_report_docx
from review.export.pdf import docx_to_pdf
from tests.review.campaign.report_data import PACK, make_snapshot

OUT = Path(__file__).resolve().parents[3] / "docs" / "screenshots"
PAGES = {"campaign-report": (1, 2, 3), "campaign-notice": (1, 2)}


def main() -> None:
    snap = make_snapshot()
    docs = {
        "campaign-report": build_report_docx(snap, {PACK.ref: PACK}, agreement(snap, PACK)),
        "campaign-notice": build_notice_docx(snap),
    }
    with tempfile.TemporaryDirectory(prefix="anjuan-shots-") as tmp:
        for name, doc in docs.items():
            path = Path(tmp) / f"{name}.docx"
            doc.save(str(path))
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(docx_to_pdf(path.read_bytes()))
            for page in PAGES[name]:
                stem = Path(tmp) / f"{name}-{page}"
                pages = ["-f", str(page), "-l", str(page)]
                subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", *pages, str(pdf), str(stem)], check=True)
                target = OUT / f"{name}-p{page}.png"
                stem.with_suffix(".png").replace(target)
                print(target)


if __name__ == "__main__":
    main()
