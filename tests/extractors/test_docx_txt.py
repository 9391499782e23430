"""DOCX and TXT backends."""

from __future__ import annotations

import codecs
import io
import zipfile

import docx
from docx.oxml import parse_xml

from extractors.backends.docx import DocxBackend
from extractors.backends.txt import TxtBackend
from tests.extractors.ingest_builders import DECISION, FILING, INQUIRY, build_docx


def read_docx(data: bytes):
    return DocxBackend().read(data, "决定书.docx", "auto")


def read_txt(data: bytes):
    return TxtBackend().read(data, "笔录.txt", "auto")


# ---- DOCX ------------------------------------------------------------------------------------------------------------
def test_docx_paragraphs_and_tables_in_body_order() -> None:
    table = [["当事人", "成都某某商贸有限公司"], ["统一社会信用代码", "91510100MA6CGUGA1W"]]
    result = read_docx(build_docx([FILING[0], table, "经查，当事人于二〇二四年三月一日销售过期食品。"]))
    assert result.issues == []
    (page,) = result.pages
    assert page.text.split("\n") == [
        "立案审批表",
        "当事人  成都某某商贸有限公司",
        "统一社会信用代码  91510100MA6CGUGA1W",
        "经查，当事人于二〇二四年三月一日销售过期食品。",
    ]
    assert page.source == "docx" and all(line.bbox is None for line in page.lines)
    assert [page.line_text(line) for line in page.lines] == page.text.split("\n")
    prov = page.locate(page.text.index("9151"), page.text.index("9151") + 18)
    assert prov.bbox is None and prov.source == "docx"


def test_docx_page_breaks_split_pages() -> None:
    result = read_docx(build_docx([*FILING, "PAGE", *INQUIRY, "BEFORE:" + DECISION[0], *DECISION[1:]]))
    assert [p.text.split("\n") for p in result.pages] == [FILING, INQUIRY, DECISION]
    assert [p.file_page for p in result.pages] == [1, 2, 3]


def test_docx_section_break_starts_a_page() -> None:
    result = read_docx(build_docx([*FILING, "SECTION", *INQUIRY]))
    assert [p.text.split("\n") for p in result.pages] == [FILING, INQUIRY]


def test_docx_merged_cells_appear_once() -> None:
    doc = docx.Document()
    table = doc.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 2))
    merged.text = "行政处罚决定书送达回证"
    table.cell(1, 0).text = "送达人"
    table.cell(1, 1).text = "李四"
    table.cell(1, 2).text = "王五"
    buf = io.BytesIO()
    doc.save(buf)
    (page,) = read_docx(buf.getvalue()).pages
    assert page.text.split("\n") == ["行政处罚决定书送达回证", "送达人  李四  王五"]


def test_docx_text_box_is_read_once() -> None:
    doc = docx.Document()
    p = doc.add_paragraph("正文第一段")
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
        "<w:p><w:r><w:t>印章：成都市市场监督管理局</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>印章：成都市市场监督管理局</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    p._p.append(parse_xml(box))
    doc.add_paragraph("正文第二段")
    buf = io.BytesIO()
    doc.save(buf)
    (page,) = read_docx(buf.getvalue()).pages
    assert page.text.split("\n") == ["正文第一段", "印章：成都市市场监督管理局", "正文第二段"]


def test_not_a_zip_is_e109() -> None:
    result = read_docx(b"This is not a Word document at all")
    assert result.pages == [] and [(i.code, i.severity) for i in result.issues] == [("E109", "error")]


def test_zip_without_word_document_is_e109() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert [i.code for i in read_docx(buf.getvalue()).issues] == ["E109"]


def test_empty_docx_gives_one_empty_page_and_e108() -> None:
    result = read_docx(build_docx([]))
    assert [p.text for p in result.pages] == [""]
    assert [i.code for i in result.issues] == ["E108"]


# ---- TXT -------------------------------------------------------------------------------------------------------------
TEXT = "\n".join(INQUIRY) + "\n"


def test_txt_utf8_with_and_without_bom() -> None:
    for data in (TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8")):
        (page,) = read_txt(data).pages
        assert page.text == TEXT and page.source == "txt"
        assert [page.line_text(line) for line in page.lines] == INQUIRY


def test_txt_gb18030_and_utf16() -> None:
    assert read_txt(TEXT.encode("gb18030")).pages[0].text == TEXT
    assert read_txt(TEXT.encode("utf-16")).pages[0].text == TEXT  # Python writes the BOM


def test_txt_crlf_and_form_feed_pages() -> None:
    data = "\r\n".join(FILING) + "\f" + "\r\n".join(DECISION) + "\f"
    result = read_txt(data.encode("gb18030"))
    assert [p.text.split("\n") for p in result.pages] == [FILING, DECISION]
    assert [p.file_page for p in result.pages] == [1, 2]


def test_undecodable_bytes_are_e101() -> None:
    result = read_txt(bytes([0x81, 0xFF, 0x00, 0xFE, 0x80, 0xFF]) * 10)
    assert result.pages == [] and [i.code for i in result.issues] == ["E101"]
