"""The acceptance test of anonymisation: `anjuan anonymize` over 52 generated dossiers of all four forms (17 text PDF,
17 DOCX folders, 16 ZIP, 2 scanned PDF read by OCR — 简易程序 scans of 7 pages, the OCR cached by image hash under
.pytest_cache/ocr) leaves none of the identifiers the samples' manifests know in any export: persons, companies,
codes (credit codes, ID numbers, plates), phones, and the part of each address below the county — also with white
space removed and with digits joined across spaces and dashes. With --keep-officers (every fourth dossier and the
scans) the officers' names must remain and everything else must still be gone.

The command runs in-process (Typer's CliRunner) with three outputs per run, so each dossier is read once.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as open_docx
from typer.testing import CliRunner

from review.cli import app
from samples.build import build_dossier, build_set

ROOT = Path(__file__).resolve().parents[3]
#: province / city / county at the start of an address (what an anonymised address keeps)
_REGION = re.compile(r"^(?:[^省市]{2,8}省)?(?:[^省市区县]{2,8}市)?(?:[^省市区县]{1,8}[区县市])?")
_DIGIT_GAP = re.compile(r"(?<=\d)[ \-]+(?=\d)")


@pytest.fixture(scope="module", autouse=True)
def ocr_cache() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as mp:
        if not os.environ.get("ANJUAN_CACHE_DIR"):
            mp.setenv("ANJUAN_CACHE_DIR", str(ROOT / ".pytest_cache" / "ocr"))
        yield


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("anon-leaks")
    roots = build_set(root / "set", n=50, seed=4711, forms=("text_pdf", "docx_folder", "zip"))
    roots += [build_dossier(root / "scan", seed, "scan_pdf", procedure="简易程序") for seed in (202, 404)]
    return roots


def _manifest(root: Path) -> dict:
    return json.loads((root / "manifest.json").read_text(encoding="utf-8"))


def _run(root: Path, out: Path, *extra: str) -> dict:
    outs = [out.with_suffix(s) for s in (".txt", ".docx", ".json")]
    args = ["anonymize", str(root / "dossier"), *(a for o in outs for a in ("-o", str(o))), *extra]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, f"{root.name}: {result.output}"
    return json.loads(result.stdout)


def _exports(out: Path) -> dict[str, str]:
    data = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    docx = open_docx(str(out.with_suffix(".docx")))
    return {
        "txt": out.with_suffix(".txt").read_text(encoding="utf-8"),
        "docx": "\n".join(p.text for p in docx.paragraphs),
        "json": json.dumps(data, ensure_ascii=False) + "\n".join(p["text"] for p in data["pages"]),
    }


def _identifiers(manifest: dict, keep_officers: bool) -> list[tuple[str, str]]:
    ids = manifest["identifiers"]
    kept = set(ids["officers"]) if keep_officers else set()
    out = [(kind, v) for kind in ("persons", "companies", "codes", "phones") for v in ids[kind] if v not in kept]
    for address in ids["addresses"]:
        tail = address[_REGION.match(address).end() :]
        out.append(("addresses", tail))
    return out


def _leaks(exports: dict[str, str], identifiers: list[tuple[str, str]]) -> list[str]:
    found = []
    for fmt, text in exports.items():
        hays = (text, re.sub(r"\s", "", text), _DIGIT_GAP.sub("", text))
        for kind, value in identifiers:
            variants = {value, re.sub(r"[\s\-]", "", value)}
            if any(v and v in hay for v in variants for hay in hays):
                found.append(f"{fmt} {kind} {value}")
    return found


def test_no_manifest_identifier_leaks_from_any_export(corpus: list[Path], tmp_path: Path) -> None:
    forms = {_manifest(r)["form"] for r in corpus}
    assert len(corpus) >= 50 and forms == {"text_pdf", "docx_folder", "zip", "scan_pdf"}
    leaks: list[str] = []
    checked = 0
    for root in corpus:
        summary = _run(root, tmp_path / root.name / "anon")
        assert summary["replaced"].get("person", 0) > 0, root.name
        identifiers = _identifiers(_manifest(root), keep_officers=False)
        checked += len(identifiers)
        leaks += [f"{root.name}: {leak}" for leak in _leaks(_exports(tmp_path / root.name / "anon"), identifiers)]
    assert checked > 50 * 15
    assert not leaks, "\n".join(leaks)


def test_keep_officers_keeps_exactly_the_officers(corpus: list[Path], tmp_path: Path) -> None:
    chosen = [r for i, r in enumerate(corpus) if i % 4 == 0 or _manifest(r)["form"] == "scan_pdf"]
    problems: list[str] = []
    for root in chosen:
        manifest = _manifest(root)
        _run(root, tmp_path / root.name / "keep", "--keep-officers")
        exports = _exports(tmp_path / root.name / "keep")
        problems += [f"{root.name}: {leak}" for leak in _leaks(exports, _identifiers(manifest, keep_officers=True))]
        text = exports["txt"]
        problems += [f"{root.name}: officer {n} missing" for n in manifest["identifiers"]["officers"] if n not in text]
    assert len(chosen) >= 12
    assert not problems, "\n".join(problems)
