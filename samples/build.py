"""Build synthetic dossiers: ``build_dossier`` (one), ``build_set`` (many), and the command line.

python -m samples.build OUT --n 20 --seed 7 [--forms text_pdf,scan_pdf,docx_folder,zip] [--defect-rate 0.6]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from samples.content.case import make_case
from samples.content.documents import assemble
from samples.content.spec import CaseSpec
from samples.defects import applicable, choose_defects, compatible, plant, prepare
from samples.forms.writer import FORMS, write_form
from samples.manifest import manifest

_FORM_TAGS = {"text_pdf": "text", "scan_pdf": "scan", "docx_folder": "docx", "zip": "zip"}


def _case_for(seed: int, field: str | None, procedure: str | None, defects: list[str] | None, **kw) -> CaseSpec:
    """The case for ``seed``; when ``defects`` are asked for, the first variant (seed, seed+1 000 003, …) they fit."""
    for attempt in range(60):
        spec = make_case(seed + attempt * 1_000_003, field, procedure, **kw)
        spec.seed = seed
        if not defects or set(defects) <= set(applicable(spec)):
            return spec
    raise ValueError(f"no {field or ''} {procedure or ''} case fits defects {defects} (seed {seed})")


def build_dossier(
    out_dir: Path,
    seed: int,
    form: str,
    field: str | None = None,
    procedure: str | None = None,
    defects: list[str] | None = None,
    clean: bool | None = None,
    sample_id: str | None = None,
    party_type: str | None = None,
    outcome: str | None = None,
    kind: str | None = None,
    scan_quality: int = 65,
) -> Path:
    """Write ``out_dir/<id>/manifest.json`` and ``out_dir/<id>/dossier/``; return the dossier's folder.

    ``defects``: catalogue IDs to plant (all must fit one case); else ``clean=True`` plants none, and
    ``clean=None`` plants 1–4 random defects in about 60 % of dossiers.
    """
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
    if defects and not compatible(defects):
        raise ValueError(f"defects {defects} cannot be planted together")
    rng = random.Random(f"defects-{seed}")
    spec = _case_for(seed, field, procedure, defects, party_type=party_type, outcome=outcome, kind=kind)
    if defects is None:
        want = 0 if clean or (clean is None and rng.random() < 0.4) else rng.randint(1, 4)
        defects = choose_defects(spec, rng, want)
    prepare(spec, defects, rng)
    docs = assemble(spec)
    records = plant(spec, docs, sorted(defects), rng)
    sample_id = sample_id or f"s{seed:06d}-{_FORM_TAGS[form]}"
    root = out_dir / sample_id
    if root.exists():
        shutil.rmtree(root)
    out = write_form(form, spec, docs, root / "dossier", random.Random(f"form-{seed}"), scan_quality)
    data = manifest(spec, sample_id, form, docs, out, records)
    (root / "manifest.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return root


def build_set(
    out_dir: Path,
    n: int,
    seed: int,
    forms: Sequence[str] = ("text_pdf",),
    defect_rate: float = 0.6,
    progress: bool = False,
) -> list[Path]:
    """``n`` dossiers, the forms taken in turn; a share ``defect_rate`` carries 1–4 planted defects."""
    rng = random.Random(seed)
    paths = []
    started = time.monotonic()
    for i in range(n):
        form = forms[i % len(forms)]
        dossier_seed = rng.randrange(10**9)
        clean = rng.random() >= defect_rate
        sample_id = f"syn-{seed}-{i + 1:04d}-{_FORM_TAGS[form]}"
        paths.append(build_dossier(out_dir, dossier_seed, form, clean=clean, sample_id=sample_id))
        if progress:
            elapsed = time.monotonic() - started
            print(f"\r[{i + 1}/{n}] {sample_id}  {elapsed:.1f}s", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.build", description="Build synthetic 行政处罚 dossiers.")
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--forms", default="text_pdf", help="comma-separated: " + ",".join(FORMS))
    parser.add_argument("--defect-rate", type=float, default=0.6)
    args = parser.parse_args(argv)
    forms = [f.strip() for f in args.forms.split(",") if f.strip()]
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        parser.error(f"unknown form(s): {', '.join(unknown)}")
    build_set(args.out, args.n, args.seed, forms, args.defect_rate, progress=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
