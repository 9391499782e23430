"""lint_dossier on generated dossiers: planted wording defects found with provenance; a clean dossier gives nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from checklists.wording.linter import lint_dossier, lint_text
from checklists.wording.model import Diagnostic
from extractors.model import Dossier
from extractors.pipeline import extract_dossier
from samples.build import build_dossier


def _dossier(tmp: Path, seed: int, **kw: object) -> Dossier:
    out = build_dossier(tmp, seed=seed, form="text_pdf", **kw)  # type: ignore[arg-type]
    return extract_dossier(sorted((out / "dossier").rglob("*.pdf")), ocr="never")


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    return _dossier(tmp_path_factory.mktemp("clean"), 1000, clean=True)


def test_clean_dossier_gives_no_diagnostics(clean: Dossier) -> None:
    assert lint_dossier(clean) == []


@pytest.mark.parametrize("code", ["W001", "W002", "W003", "W004", "W005", "W006", "W007"])
def test_planted_wording_defect_is_found_with_provenance(tmp_path: Path, code: str) -> None:
    dossier = _dossier(tmp_path, 2000, defects=[code])
    diags = lint_dossier(dossier)
    assert [d.code for d in diags] == [code]
    d = diags[0]
    page = dossier.page(d.prov.page)
    start, end = d.prov.span
    assert page.text[start:end].replace("\n", "") == d.quote
    assert d.prov.bbox is not None and d.document and d.doc_id
    assert d.basis and d.message


def test_diagnostic_is_frozen_and_serialisable() -> None:
    d = lint_text("当事人的法人代表未到场。")[0]
    assert isinstance(d, Diagnostic)
    data = d.model_dump(mode="json")
    assert data["code"] == "W001" and data["suggestion"] == "法定代表人" and data["prov"]["page"] == 1
    with pytest.raises(ValidationError):
        d.code = "W002"  # type: ignore[misc]


def test_quote_across_a_line_break() -> None:
    text = "当事人的法人\n代表未到场。"
    d = lint_text(text)[0]
    assert d.code == "W001" and d.quote == "法人代表" and d.prov.span == (4, 9)


def test_wording_json_has_the_contract_keys() -> None:
    from checklists.wording import wording_json, wording_markdown

    diags = lint_text("当事人的法人代表未到场。", "案件调查终结报告")
    item = wording_json(diags)[0]
    assert {"code", "message", "quote", "suggestion", "document", "page"} <= set(item)
    assert item["document"] == "案件调查终结报告" and item["suggestion"] == "法定代表人"
    assert "W001" in wording_markdown(diags)
    assert "未发现" in wording_markdown([])
