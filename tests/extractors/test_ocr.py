"""OCR: layout of boxes (no engine), then RapidOCR on small images and a PDF with a garbled text layer.

Tests marked ``ocr`` run the real engine (about 1 s per image; engine start about 1 s once per session).
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from PIL import Image
from rapidfuzz import fuzz

from extractors.backends import ocr
from extractors.backends.image import ImageBackend, image_dpi
from extractors.backends.ocr import OcrBox, OcrUnavailable, layout
from extractors.backends.pdf_text import PdfBackend
from extractors.model import BBox
from tests.extractors.ingest_builders import garbled_pdf, png_bytes, text_image, text_pdf


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("ANJUAN_CACHE_DIR", str(cache))
    return cache


@pytest.fixture
def engine_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts calls of the engine (cache misses)."""
    calls: list[int] = []
    real = ocr._engine_boxes

    def counting(gray):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(gray)

    monkeypatch.setattr(ocr, "_engine_boxes", counting)
    return calls


def box(text: str, x0: float, top: float, x1: float, bottom: float, conf: float = 0.99) -> OcrBox:
    return OcrBox(text=text, bbox=BBox(x0=x0, top=top, x1=x1, bottom=bottom), confidence=conf)


# ---- layout (no engine) ----------------------------------------------------------------------------------------------
def test_layout_sorts_rows_top_to_bottom_and_boxes_left_to_right() -> None:
    boxes = [
        box("罚款人民币伍仟元整", 20, 80, 200, 95),
        box("成都某某商贸有限公司", 120, 41, 300, 57),  # same row as 当事人, slightly lower (skew)
        box("行政处罚决定书", 100, 10, 250, 28),
        box("当事人", 20, 40, 70, 56),
    ]
    text, lines = layout(boxes)
    assert text == "行政处罚决定书\n当事人 成都某某商贸有限公司\n罚款人民币伍仟元整"
    assert [text[line.span[0] : line.span[1]] for line in lines] == [
        "行政处罚决定书",
        "当事人",
        "成都某某商贸有限公司",
        "罚款人民币伍仟元整",
    ]
    assert lines[2].bbox == boxes[1].bbox and lines[2].confidence == pytest.approx(0.99)


def test_layout_joins_close_cjk_pieces_without_space_and_latin_with_space() -> None:
    text, _ = layout([box("统一社会", 10, 10, 60, 24), box("信用代码", 64, 10, 114, 24), box("MA6", 200, 10, 230, 24)])
    assert text == "统一社会信用代码 MA6"


def test_layout_of_nothing_is_empty() -> None:
    assert layout([]) == ("", ())
    assert layout([box("  ", 0, 0, 5, 5)]) == ("", ())


def test_image_dpi_falls_back_to_200() -> None:
    assert image_dpi({"dpi": (300, 300)}) == 300
    assert image_dpi({"dpi": (1, 1)}) == 200
    assert image_dpi({}) == 200


def test_engine_failure_is_e110_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise OcrUnavailable("OCR引擎无法启动（测试）")

    monkeypatch.setattr(ocr, "_get_engine", broken)
    img = text_image([((40, 40), "询问笔录")], size=(600, 300))
    result = ImageBackend().read(png_bytes(img), "扫描件.png", "auto")
    (page,) = result.pages
    assert page.text == "" and page.source == "ocr"
    assert [(i.code, i.page) for i in result.issues] == [("E110", 1)]
    assert "测试" in result.issues[0].message


def test_rapidocr_missing_is_e110(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setattr(ocr, "_engine_error", None)
    monkeypatch.setitem(sys.modules, "rapidocr", None)  # makes "from rapidocr import RapidOCR" raise ImportError
    img = text_image([((40, 40), "询问笔录")], size=(600, 300))
    result = ImageBackend().read(png_bytes(img), "扫描件.png", "auto")
    assert [(i.code, i.severity) for i in result.issues] == [("E110", "warning")]
    assert "rapidocr" in result.issues[0].message
    # the failure is remembered: the engine is not retried for every page
    with pytest.raises(OcrUnavailable):
        ocr.recognize(img)


def test_never_mode_does_not_ocr_images(engine_calls: list[int]) -> None:
    img = text_image([((40, 40), "询问笔录")], size=(600, 300))
    result = ImageBackend().read(png_bytes(img), "扫描件.png", "never")
    assert engine_calls == []
    assert [i.code for i in result.issues] == ["E110"]


def test_undecodable_image_is_e101() -> None:
    data = png_bytes(text_image([], size=(50, 50)))
    result = ImageBackend().read(data[:40], "坏图.png", "auto")
    assert result.pages == [] and [i.code for i in result.issues] == ["E101"]


# ---- the real engine -------------------------------------------------------------------------------------------------
LINE_1 = "统一社会信用代码：91510100MA6CGUGA1W"
LINE_2 = "罚款人民币伍仟元整"
SCANNED = ["询问笔录", "被询问人：张三，男，汉族"]


@pytest.mark.ocr
def test_image_ocr_reads_chinese_sorted_by_position(engine_calls: list[int], _cache_dir: Path) -> None:
    # the lower line is drawn first; the page text must still read top to bottom
    img = text_image([((40, 220), LINE_2), ((40, 80), LINE_1)], size=(900, 400))
    result = ImageBackend().read(png_bytes(img, dpi=(300, 300)), "扫描件.png", "auto")
    assert result.issues == []
    (page,) = result.pages
    assert page.source == "ocr"
    rows = page.text.split("\n")
    assert len(rows) == 2
    assert fuzz.ratio(rows[0], LINE_1) >= 90
    assert fuzz.ratio(rows[1], LINE_2) >= 90
    # boxes in points at the image's 300 dpi: y 80 px -> about 19 pt
    first = page.lines[0]
    assert first.bbox is not None and 10 < first.bbox.top < 25
    assert first.confidence is not None and first.confidence > 0.8
    assert page.width == pytest.approx(900 * 72 / 300, rel=1e-3)  # PNG stores dots per metre
    assert engine_calls == [1]

    # second run: served from the cache, the engine is not called again
    again = ImageBackend().read(png_bytes(img, dpi=(300, 300)), "扫描件.png", "auto")
    assert again.pages == result.pages
    assert engine_calls == [1]
    (entry,) = list(_cache_dir.glob("ocr/*/*.json"))
    cached = json.loads(entry.read_text(encoding="utf-8"))
    assert {"text", "box", "confidence"} <= set(cached["lines"][0])
    assert not list(_cache_dir.glob("ocr/*/.tmp-*"))


@pytest.mark.ocr
def test_damaged_cache_entry_is_recomputed(engine_calls: list[int], _cache_dir: Path) -> None:
    img = text_image([((40, 80), LINE_2)], size=(700, 300))
    first = ImageBackend().read(png_bytes(img), "a.png", "auto")
    (entry,) = list(_cache_dir.glob("ocr/*/*.json"))
    entry.write_text("{not json", encoding="utf-8")
    second = ImageBackend().read(png_bytes(img), "a.png", "auto")
    assert second.pages == first.pages
    assert engine_calls == [1, 1]


@pytest.mark.ocr
def test_blank_image_is_e108() -> None:
    result = ImageBackend().read(png_bytes(Image.new("L", (600, 400), 255)), "空白.png", "auto")
    assert [p.text for p in result.pages] == [""]
    assert [(i.code, i.page) for i in result.issues] == [("E108", 1)]


@pytest.mark.ocr
def test_multi_frame_tiff_is_one_page_per_frame() -> None:
    frames = [text_image([((40, 80), text)], size=(700, 300)) for text in ("询问笔录", "送达回证")]
    buf = io.BytesIO()
    frames[0].save(buf, format="TIFF", save_all=True, append_images=frames[1:])
    result = ImageBackend().read(buf.getvalue(), "扫描件.tif", "auto")
    assert [p.file_page for p in result.pages] == [1, 2]
    assert [p.text for p in result.pages] == ["询问笔录", "送达回证"]


@pytest.mark.ocr
def test_garbled_pdf_page_is_ocred_and_reported_good_page_is_not(engine_calls: list[int]) -> None:
    good = ["行政处罚决定书 川成市监罚〔2024〕12号", "当事人：成都某某商贸有限公司"]
    scanned = SCANNED
    result = PdfBackend().read(garbled_pdf(good, scanned), "案卷.pdf", "auto")
    first, second = result.pages
    assert first.source == "text_layer" and first.text.split("\n") == good
    assert second.source == "ocr"
    assert fuzz.ratio(second.text.replace("\n", ""), "".join(scanned)) >= 90
    assert [(i.code, i.file, i.page, i.message) for i in result.issues] == [
        ("E104", "案卷.pdf", 2, "文字层乱码，已改用OCR")
    ]
    assert engine_calls == [1]
    # OCR boxes are PDF points on the 420 x 200 pt page
    assert second.width == pytest.approx(420) and all(0 <= line.bbox.x1 <= 420 for line in second.lines)


@pytest.mark.ocr
def test_always_mode_ocrs_good_pages_without_e104(engine_calls: list[int]) -> None:
    good = ["行政处罚决定书 川成市监罚〔2024〕12号", "当事人：成都某某商贸有限公司"]
    data = garbled_pdf(good, SCANNED)
    result = PdfBackend().read(data, "案卷.pdf", "always")
    assert [p.source for p in result.pages] == ["ocr", "ocr"]
    assert fuzz.ratio(result.pages[0].text.replace("\n", ""), "".join(good)) >= 90
    assert [i.code for i in result.issues] == ["E104"]  # the garbled page only


def test_never_mode_keeps_garbled_layer_with_e110(engine_calls: list[int]) -> None:
    result = PdfBackend().read(garbled_pdf(["行政处罚决定书 川成市监罚〔2024〕12号"], SCANNED), "案卷.pdf", "never")
    assert engine_calls == []
    assert [p.source for p in result.pages] == ["text_layer", "text_layer"]
    assert [(i.code, i.page) for i in result.issues] == [("E110", 2)]
    assert "Latin-1" in result.issues[0].message


@pytest.mark.ocr
def test_sparse_text_page_keeps_its_exact_layer_when_ocr_finds_nothing_more(engine_calls: list[int]) -> None:
    result = PdfBackend().read(text_pdf([["卷内目录"]], size=(300.0, 200.0)), "目录.pdf", "auto")
    (page,) = result.pages
    assert engine_calls == [1]
    assert page.source == "text_layer" and page.text == "卷内目录"
    assert result.issues == []
