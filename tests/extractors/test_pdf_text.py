"""Born-digital PDFs through the pypdfium2 text layer (no OCR in this module)."""

from __future__ import annotations

import threading

import pypdfium2 as pdfium
import pytest

from extractors.backends import pdf_text
from extractors.backends.pdf_text import PdfBackend
from tests.extractors.ingest_builders import DECISION, FILING, INQUIRY, text_pdf


def read(data: bytes, ocr: str = "never"):
    return PdfBackend().read(data, "案卷.pdf", ocr)  # type: ignore[arg-type]


def test_text_layer_lines_and_boxes() -> None:
    result = read(text_pdf([FILING, INQUIRY]))
    assert result.issues == []
    first, second = result.pages
    assert first.text.split("\n") == FILING
    assert second.text.split("\n") == INQUIRY
    assert (first.file_page, second.file_page) == (1, 2)
    assert first.source == "text_layer" and first.number == 0
    assert first.width == pytest.approx(595.0) and first.height == pytest.approx(842.0)
    assert [first.line_text(line) for line in first.lines] == FILING
    tops = [line.bbox.top for line in first.lines if line.bbox]
    assert len(tops) == len(FILING)
    # drawn at baseline y = 842 - 72 - 30k with 14 pt glyphs: the top edge is about 14 pt above the baseline
    for k, top in enumerate(tops):
        baseline_from_top = 72 + 30 * k
        assert baseline_from_top - 16 < top < baseline_from_top
    assert all(line.bbox and line.bbox.x0 == pytest.approx(72, abs=2) for line in first.lines)


def test_locate_maps_a_span_to_its_line_box() -> None:
    page = read(text_pdf([FILING])).pages[0]
    start = page.text.index("91510100MA6CGUGA1W")
    prov = page.locate(start, start + 18)
    line = page.lines[2]
    assert prov.bbox == line.bbox
    assert prov.source == "text_layer" and prov.file == "案卷.pdf" and prov.span == (start, start + 18)
    two_lines = page.locate(page.text.index("当事人"), page.text.index("统一") + 2)
    assert two_lines.bbox == page.lines[1].bbox.union(page.lines[2].bbox)


def test_carriage_returns_are_normalised_and_spans_stay_exact() -> None:
    page = read(text_pdf([DECISION])).pages[0]
    assert "\r" not in page.text
    for line, expected in zip(page.lines, DECISION, strict=True):
        assert page.line_text(line) == expected


def test_kangxi_radicals_are_mapped_per_character_only() -> None:
    # U+2F08 ⼈ and U+2F47 ⽇ are Kangxi radicals; the full-width colon and brackets must stay full-width
    page = read(text_pdf([["当事⼈：成都某某商贸有限公司（⽇期：二〇二四年三月一日）"]])).pages[0]
    assert page.text == "当事人：成都某某商贸有限公司（日期：二〇二四年三月一日）"


def test_encrypted_pdf_is_e102() -> None:
    result = read(text_pdf([FILING], encrypt="secret"))
    assert result.pages == []
    assert [(i.code, i.severity) for i in result.issues] == [("E102", "error")]


@pytest.mark.parametrize("cut", [0.5, 0.05])
def test_truncated_pdf_is_e101(cut: float) -> None:
    data = text_pdf([FILING, INQUIRY])
    result = read(data[: int(len(data) * cut)])
    assert result.pages == []
    assert [i.code for i in result.issues] == ["E101"]


def test_empty_page_in_never_mode_keeps_layer_and_reports_e110() -> None:
    result = read(text_pdf([FILING, []]), ocr="never")
    assert [p.source for p in result.pages] == ["text_layer", "text_layer"]
    assert result.pages[1].text == ""
    assert [(i.code, i.page) for i in result.issues] == [("E110", 2)]


def test_every_pdfium_call_holds_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrap PdfDocument so any call made without the lock fails the test."""
    lock = pdf_text.PDFIUM_LOCK
    real = pdfium.PdfDocument
    unlocked: list[str] = []

    def held() -> bool:
        return lock._is_owned()  # type: ignore[attr-defined]

    class Checked(real):  # type: ignore[misc, valid-type]
        def __init__(self, *a, **kw):
            if not held():
                unlocked.append("open")
            super().__init__(*a, **kw)

        def __getitem__(self, i):
            if not held():
                unlocked.append("page")
            return super().__getitem__(i)

        def __len__(self):
            if not held():
                unlocked.append("len")
            return super().__len__()

        def close(self):
            if not held():
                unlocked.append("close")
            return super().close()

    monkeypatch.setattr(pdf_text.pdfium, "PdfDocument", Checked)
    read(text_pdf([FILING, INQUIRY]))
    assert unlocked == []


def test_threads_reading_pdfs_at_once_agree() -> None:
    data = text_pdf([FILING, INQUIRY, DECISION])
    expected = [p.text for p in read(data).pages]
    results: list[list[str]] = []

    def work() -> None:
        for _ in range(5):
            results.append([p.text for p in read(data).pages])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 20


def test_boxes_follow_the_displayed_orientation_of_a_rotated_page() -> None:
    upright = read(text_pdf([FILING], size=(400.0, 300.0))).pages[0]
    turned = read(text_pdf([FILING], size=(400.0, 300.0), rotation=180)).pages[0]
    assert turned.text == upright.text
    a, b = upright.lines[0].bbox, turned.lines[0].bbox
    assert a is not None and b is not None
    # turned half a turn: the title's box sits mirrored about the page centre
    assert b.x1 == pytest.approx(400 - a.x0) and b.bottom == pytest.approx(300 - a.top)
    assert (turned.width, turned.height) == (pytest.approx(400), pytest.approx(300))
