"""Extraction speed against the floor, in the same run, written to docs/performance.md.

- Text: a ≥100-page text-layer dossier (generated samples merged into one PDF). Floor: pypdfium2 opening the file
  and reading every page's text (get_text_range). anjuan: `extract_dossier` (ingest with line boxes, quality test,
  segmentation, elements, case summary). Target: ≤ 10× the floor.
- Scans: the pages of a generated scanned dossier. Floor: RapidOCR alone on the same page images rendered at
  200 dpi (engine already loaded). anjuan: `extract_dossier` with an empty OCR cache. Target: ≤ 1.2× raw OCR.

Usage: python -m benchmarks.extract [--pages 100] [--scan-pages 8]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import pypdfium2 as pdfium

from benchmarks.common import best_of, machine, write_section
from extractors.backends import ocr
from extractors.case import summarize
from extractors.pipeline import extract_dossier
from samples.build import build_dossier


def _pdfs(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.pdf"))


def text_dossier(work: Path, pages: int) -> Path:
    merged = pdfium.PdfDocument.new()
    seed = 1000
    while len(merged) < pages:
        out = build_dossier(work / f"t{seed}", seed=seed, form="text_pdf")
        for pdf_path in _pdfs(out):
            src = pdfium.PdfDocument(pdf_path)
            merged.import_pages(src)
            src.close()
        seed += 1
    path = work / "100页案卷.pdf"
    merged.save(path)
    merged.close()
    return path


def floor_text(path: Path) -> int:
    pdf = pdfium.PdfDocument(path)
    chars = 0
    for page in pdf:
        tp = page.get_textpage()
        chars += len(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return chars


def scan_pages(work: Path, limit: int) -> Path:
    out = build_dossier(work / "scan", seed=2024, form="scan_pdf")
    src = pdfium.PdfDocument(_pdfs(out)[0])
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, list(range(min(limit, len(src)))))
    path = work / "扫描件.pdf"
    dst.save(path)
    src.close()
    dst.close()
    return path


def raw_ocr(path: Path) -> float:
    pdf = pdfium.PdfDocument(path)
    images = [page.render(scale=200 / 72).to_pil() for page in pdf]
    pdf.close()
    engine = ocr._get_engine()  # the same engine anjuan uses, already loaded
    t0 = time.perf_counter()
    for image in images:
        engine(image)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--scan-pages", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ["ANJUAN_CACHE_DIR"] = str(work / "ocr-cache")
        text_pdf = text_dossier(work, args.pages)
        n_pages = len(pdfium.PdfDocument(text_pdf))
        floor = best_of(lambda: floor_text(text_pdf))
        ours = best_of(lambda: summarize(extract_dossier([text_pdf], ocr="never")))
        scan = scan_pages(work, args.scan_pages)
        n_scan = len(pdfium.PdfDocument(scan))
        ocr._get_engine()  # load once, outside both timings
        raw = raw_ocr(scan)
        t0 = time.perf_counter()
        extract_dossier([scan])
        pipe = time.perf_counter() - t0
    body = f"""## Extraction (benchmarks/extract.py)

Machine: {machine()}.

| input | floor | anjuan | ratio | target |
|---|---|---|---|---|
| text PDF, {n_pages} pages | pypdfium2 text only: {floor:.3f} s ({n_pages / floor:.0f} pages/s) | {ours:.3f} s \
({n_pages / ours:.0f} pages/s) | {ours / floor:.1f}× | ≤ 10× |
| scanned PDF, {n_scan} pages at 200 dpi | RapidOCR alone: {raw:.1f} s ({raw / n_scan:.2f} s/page) | {pipe:.1f} s \
({pipe / n_scan:.2f} s/page) | {pipe / raw:.2f}× | ≤ 1.2× |

Text timings are the best of 3 runs; the scan run starts with an empty OCR cache and the engine already loaded.
"""
    write_section("extract", body)
    print(body)


if __name__ == "__main__":
    main()
