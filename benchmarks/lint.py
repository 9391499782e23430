"""Wording-linter speed on a ≥100-page text dossier, written to docs/performance.md (section "lint").

The dossier: generated text-PDF samples merged into one file (as benchmarks/extract.py builds it), extracted once
(not timed). Timed: ``lint_dossier`` over every document, best of 3, with the lexicon already loaded. Reported
separately: the one-off load (parse every lexicon file and run every rule's specs, build the typo index, load jieba).
Target: ≤ 2 s for 100 pages (reported, not a timed test).

Usage: python -m benchmarks.lint [--pages 100]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import best_of, machine, write_section
from benchmarks.extract import text_dossier
from checklists.wording.checks.typos import tokenizer
from checklists.wording.linter import default_lexicon, lint_dossier
from checklists.wording.vocab import index
from extractors.pipeline import extract_dossier


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = text_dossier(Path(tmp), args.pages)
        dossier = extract_dossier([pdf], ocr="never")
    t0 = time.perf_counter()
    lexicon = default_lexicon()
    t_lexicon = time.perf_counter() - t0
    t0 = time.perf_counter()
    index()
    tokenizer()
    t_typo = time.perf_counter() - t0
    diagnostics = lint_dossier(dossier, lexicon)
    ours = best_of(lambda: lint_dossier(dossier, lexicon))
    pages, docs = len(dossier.pages), len(dossier.documents)
    chars = sum(len(p.text) for p in dossier.pages)
    body = f"""## Wording linter (benchmarks/lint.py)

Machine: {machine()}.

| input | lint_dossier (best of 3) | per page | target |
|---|---|---|---|
| text PDF, {pages} pages, {docs} documents, {chars:,} characters | {ours:.3f} s | {ours / pages * 1000:.1f} ms \
| ≤ 2 s |

{len(lexicon.rules)} rules; {len(diagnostics)} diagnostics on this dossier (generated samples, mostly clean).
One-off load, not in the timing above: parsing the lexicons and running every rule's specs {t_lexicon:.2f} s
(this builds the typo index and loads jieba, which the specs need); after that, the typo index and jieba are
cached ({t_typo:.3f} s to fetch them again).
"""
    write_section("lint", body)
    sys.stdout.write(body)


if __name__ == "__main__":
    main()
