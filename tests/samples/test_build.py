"""The generator: deterministic, valid identifiers, exact page ranges, real catalogue IDs, readable PDFs."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document as DocxDocument
from docx.oxml.ns import qn
from stdnum.cn import ric, uscc

from extractors.model import DocType
from samples.build import build_dossier, build_set, main
from samples.committed import COMMITTED, DOSSIERS, build
from samples.content.calendar import workdays_between
from samples.content.case import make_case
from samples.content.documents import assemble
from samples.defects import DEFECTS, applicable, choose_defects, plant, prepare
from samples.defects.base import WORDING_CODES
from samples.forms.layout import layout
from samples.forms.natural import natural_key
from samples.forms.pdf_text import write_pdf
from samples.forms.scan import write_scan_pdf
from samples.manifest import case_block

CASE_KEYS = {
    "case_number",
    "party_name",
    "party_type",
    "credit_code",
    "id_number",
    "legal_rep",
    "address",
    "filing_date",
    "notice_date",
    "decision_date",
    "service_date",
    "closing_date",
    "fine_amount_yuan",
    "confiscation",
    "penalty_types",
    "laws_cited",
    "officers",
    "remedy",
}
#: reference §3: the 102 catalogue checks
CATALOGUE = {
    f"{letter}{n:02d}"
    for letter, count in {"A": 17, "B": 17, "C": 9, "D": 16, "E": 8, "F": 6, "G": 12, "H": 6, "I": 5, "K": 6}.items()
    for n in range(1, count + 1)
}


def _squash(text: str) -> str:
    return "".join(text.split())


def _pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [_squash(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]
    finally:
        pdf.close()


def _docx_pages(path: Path) -> int:
    body = DocxDocument(str(path)).element.body
    return 1 + sum(1 for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


def _manifest(root: Path) -> dict:
    return json.loads((root / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def text_dossier(tmp_path_factory) -> Path:
    return build_dossier(tmp_path_factory.mktemp("text"), 4242, "text_pdf", field="市场监管", clean=True)


def test_generation_is_deterministic(tmp_path: Path) -> None:
    a = build_dossier(tmp_path / "a", 77, "text_pdf", defects=None)
    b = build_dossier(tmp_path / "b", 77, "text_pdf", defects=None)
    assert _manifest(a) == _manifest(b)
    (pdf_a,) = (a / "dossier").iterdir()
    assert pdf_a.read_bytes() == (b / "dossier" / pdf_a.name).read_bytes()


def test_identifiers_are_valid_unless_a_defect_breaks_them() -> None:
    for seed in range(120):
        spec = make_case(seed)
        rng = random.Random(seed)
        codes = choose_defects(spec, rng, rng.randint(0, 4))
        prepare(spec, codes, rng)
        docs = assemble(spec)
        case = case_block(spec, docs, plant(spec, docs, codes, rng))
        assert set(case) == CASE_KEYS
        if case["credit_code"]:
            assert uscc.is_valid(case["credit_code"]) != ("G02" in codes), (seed, codes)
        if case["id_number"]:
            assert ric.is_valid(case["id_number"]) != ("G03" in codes), (seed, codes)
        for person in filter(None, (spec.party.person, spec.witness)):
            assert ric.is_valid(person.id_number)


def _check_ranges(manifest: dict) -> None:
    pages = [p for d in manifest["documents"] for p in range(d["page_start"], d["page_end"] + 1)]
    assert pages == list(range(1, manifest["pages"] + 1)), "documents must cover every page once, in order"


def test_text_pdf_pages_and_text(text_dossier: Path) -> None:
    manifest = _manifest(text_dossier)
    _check_ranges(manifest)
    (name,) = manifest["files"]
    pages = _pdf_pages(text_dossier / "dossier" / name)
    assert len(pages) == manifest["pages"]
    case = manifest["case"]
    for d in manifest["documents"]:
        assert DocType(d["type"])  # a real DocType value
        assert _squash(d["title"]) in pages[d["page_start"] - 1], d
        if d["page_label"] is not None:  # the printed number at the foot of the page
            assert pages[d["page_start"] - 1].endswith(d["page_label"].split("-")[0])
    decision = next(d for d in manifest["documents"] if d["type"] == "行政处罚决定书")
    text = "".join(pages[decision["page_start"] - 1 : decision["page_end"]])
    assert _squash(case["case_number"]) in text
    assert _squash(case["party_name"]) in text
    for citation in case["laws_cited"]:
        assert _squash(citation) in text
    assert manifest["clean"] and not manifest["defects"]


def test_docx_folder_natural_order_and_page_breaks(tmp_path: Path) -> None:
    root = build_dossier(tmp_path, 31, "docx_folder", field="应急管理", procedure="普通程序", clean=True)
    manifest = _manifest(root)
    _check_ranges(manifest)
    files = manifest["files"]
    assert files == sorted(files, key=natural_key) != sorted(files)  # "2_…" before "10_…"
    assert sorted(p.name for p in (root / "dossier").iterdir()) == sorted(files)
    for name in files:
        placed = [d for d in manifest["documents"] if d["file"] == name]
        assert (
            _docx_pages(root / "dossier" / name) == len(placed) == placed[-1]["page_end"] - placed[0]["page_start"] + 1
        )


def test_zip_members_in_natural_order(tmp_path: Path) -> None:
    root = build_dossier(tmp_path, 59, "zip", clean=True)
    manifest = _manifest(root)
    _check_ranges(manifest)
    (name,) = manifest["files"]
    with zipfile.ZipFile(root / "dossier" / name) as zf:
        members = zf.namelist()
    assert members == manifest["members"] == sorted(members, key=natural_key)
    assert {d["file"] for d in manifest["documents"]} == {f"{name}/{m}" for m in members}


def test_scan_pdf_has_no_text_layer(tmp_path: Path) -> None:
    spec = make_case(5, procedure="简易程序", field="市场监管")
    decision = next(d for d in assemble(spec) if d.key == "decision")
    write_pdf(tmp_path / "text.pdf", [(p, None) for p in layout(decision)])
    pages = write_scan_pdf(tmp_path / "text.pdf", tmp_path / "scan.pdf", seed=5)
    assert pages == len(_pdf_pages(tmp_path / "text.pdf")) <= 2
    assert all(text == "" for text in _pdf_pages(tmp_path / "scan.pdf"))
    assert b"/DCTDecode" in (tmp_path / "scan.pdf").read_bytes()


def test_defect_codes_are_catalogue_ids() -> None:
    applicable(make_case(0))  # loads the registry
    codes = set(DEFECTS)
    assert codes - CATALOGUE <= set(WORDING_CODES)
    assert len(codes & CATALOGUE) >= 35


def test_every_defect_plants_and_quotes_what_it_changed() -> None:
    applicable(make_case(0))
    seen: set[str] = set()
    for seed in range(300):
        for code in applicable(make_case(seed)):
            if code in seen:
                continue
            spec = make_case(seed)
            rng = random.Random(seed)
            prepare(spec, [code], rng)
            docs = assemble(spec)
            (record,) = plant(spec, docs, [code], rng)
            assert record.check == code
            assert record.description and record.documents
            assert set(record.documents) <= {t.value for t in DocType}, record.documents
            if record.quote:
                assert record.quote in "\n".join(d.text() for d in docs), (code, record.quote)
            seen.add(code)
        if seen == set(DEFECTS):
            break
    assert seen == set(DEFECTS)


def test_clean_timelines_respect_the_law() -> None:
    for seed in range(300):
        spec = make_case(seed)
        t = spec.timeline
        if spec.procedure == "简易程序":
            assert t.decision == t.service == t.clue
            continue
        assert workdays_between(t.clue, t.filing) <= 15
        for start, end in t.inquiries:
            assert start < end and start.date() >= t.filing
        assert t.filing <= t.report <= t.legal_review <= t.approval <= t.decision
        assert (t.decision - t.filing).days <= 90
        assert t.decision <= t.service and workdays_between(t.decision, t.service) <= 7
        if spec.outcome == "penalty":
            assert t.notice <= t.notice_service and workdays_between(t.notice_service, t.decision) > 5
            if spec.collective:
                assert t.legal_review <= t.discussion <= t.approval
        if t.payment:
            assert t.service <= t.payment and (t.payment - t.service).days <= 15
        assert (t.payment or t.service) <= t.closing


def test_build_set_and_cli(tmp_path: Path) -> None:
    paths = build_set(tmp_path / "set", 3, seed=9, forms=("text_pdf", "docx_folder"))
    assert [p.name for p in paths] == ["syn-9-0001-text", "syn-9-0002-docx", "syn-9-0003-text"]
    assert main([str(tmp_path / "cli"), "--n", "2", "--seed", "3"]) == 0
    assert len(list((tmp_path / "cli").glob("*/manifest.json"))) == 2


@pytest.mark.parametrize("committed", COMMITTED, ids=lambda c: c.id)
def test_committed_dossiers_are_current(committed, tmp_path: Path) -> None:
    stored = DOSSIERS / committed.id
    manifest = _manifest(stored)
    _check_ranges(manifest)
    assert [d["check"] for d in manifest["defects"]] == sorted(committed.defects)
    assert all((stored / "dossier" / f).is_file() for f in manifest["files"])
    if committed.form != "scan_pdf":  # the scan is slow to rebuild
        assert _manifest(build(committed, tmp_path)) == manifest


#: what the defects write; a clean dossier must contain none of it (false alarms on clean dossiers)
_DEFECT_MARKERS = (
    "____",
    "×××",
    "年    月    日",
    "□",
    "法人代表",
    "罚金",
    "帐",
    "截止",
    "申辨",
    "陈诉",
    "收缴违法所得",
    "行政处罚法》第三十一条",
    "行政处罚法》第四十二条",
    "行政复议法》第九条",
    "相关法律法规的规定",
    "2024.",
    "2025.",
)


def test_clean_dossiers_carry_no_defect_markers() -> None:
    for seed in range(150):
        spec = make_case(seed)
        docs = assemble(spec)
        text = "\n".join(d.text() for d in docs)
        found = [m for m in _DEFECT_MARKERS if m in text]
        assert not found, (seed, found)
        assert "《" + spec.violation.violated[0].short + "》" not in text or not spec.violation.violated[0].short
        for key in ("inspection", "inquiry1", "inquiry2"):
            record = next((d for d in docs if d.key == key), None)
            if record is not None:
                body = record.text()
                assert "出示" in body and "回避" in body and "（以下空白）" in body, (seed, key)
