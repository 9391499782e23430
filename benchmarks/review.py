"""What reviewing adds to extraction, in the same run, written to docs/performance.md.

A ≥100-page text dossier (generated samples merged into one PDF, as in benchmarks/extract.py): the time to extract
it, and the time to run the penalty-general pack and score it on the extracted dossier. Target: review adds
≤ 20% to the extraction time.

Usage: python -m benchmarks.review [--pages 100]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from benchmarks.common import best_of, machine, write_section
from benchmarks.extract import text_dossier
from checklists.loader import get_pack, get_profile
from extractors.pipeline import extract_dossier
from review.pipeline import review_dossier


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    pack, profile = get_pack("penalty-general"), get_profile("national")
    with tempfile.TemporaryDirectory() as tmp:
        path = text_dossier(Path(tmp), args.pages)
        dossier = extract_dossier([path], ocr="never")
        review_dossier(dossier, pack, profile)  # warm: imports, registry, compiled patterns
        extract_s = best_of(lambda: extract_dossier([path], ocr="never"))
        review_s = best_of(lambda: review_dossier(dossier, pack, profile))
    pages = len(dossier.pages)
    share = review_s / extract_s
    body = f"""## Review on top of extraction (benchmarks/review.py)

Machine: {machine()}.

| {pages}-page text dossier | time (best of 3) |
|---|---|
| extraction | {extract_s:.3f} s |
| review: {len(pack.rules)} rules of {pack.ref} + scoring | {review_s:.3f} s |
| review as a share of extraction | {share * 100:.0f}% (target ≤ 20%) |
"""
    write_section("review", body)
    print(body)


if __name__ == "__main__":
    main()
