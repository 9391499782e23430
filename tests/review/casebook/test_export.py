"""The casebook handout as DOCX (fonts, boxes, 目录, page numbers) and, through LibreOffice, as PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from review.casebook.export_docx import build_docx, docx_bytes
from review.casebook.model import CaseEntry, CaseKind
from review.export.pdf import docx_to_pdf

HEADINGS = ("【基本案情】", "【存在问题】", "【评查依据】", "【规范做法】", "【评析】")


def negative() -> CaseEntry:
    return CaseEntry(
        title="首次引用法律未使用全称——在人口集中地区焚烧产生有毒有害烟尘的物质案",
        field="生态环境",
        category="法律适用",
        year=2024,
        tags=("生态环境", "法律适用", "普通程序", "H01"),
        summary="2024年9月，某市生态环境局对公民某某在人口集中地区焚烧产生有毒有害烟尘的物质一案按普通程序立案调查，"
        "于2024年10月作出行政处罚决定，给予罚款1300元的行政处罚。",
        defect="首次引用法律未使用全称：《大气污染防治法》第八十二条第一款。（见行政处罚决定书 第17页）",
        rule_id="PG-H01",
        rule_title="首次引用法律使用《中华人民共和国××法》全称",
        legal_basis="《行政处罚案卷评查标准（普通程序）》PG-H01“首次引用法律使用《中华人民共和国××法》全称”。",
        quote="本局认为，当事人在人口集中地区焚烧产生有毒有害烟尘的物质的行为，违反了《大气污染防治法》第八十二条第一款的规定。",
        page_ref="行政处罚决定书 第17页",
        corrected="应写作：“本局认为，当事人……违反了《中华人民共和国大气污染防治法》第八十二条第一款的规定。”"
        "（首次引用法律使用全称，其后可使用简称）",
        commentary="本案首次引用法律未使用全称，属于法律适用方面的问题，评查扣1分。",
    )


def positive() -> CaseEntry:
    return CaseEntry(
        title="销售超过保质期的食品案——优秀案卷评析",
        kind=CaseKind.POSITIVE,
        field="市场监管",
        category="优秀案卷",
        year=2025,
        summary="2025年2月，某区市场监督管理局对某有限公司销售超过保质期的食品一案按普通程序立案调查。",
        defect="1．处罚决定书告知申请行政复议（六十日）和提起行政诉讼（六个月）的途径和期限"
        "（行政处罚决定书 第24页）。\n"
        "2．告知书载明拟作出的处罚内容、事实、理由、依据和陈述申辩权（告知书 第20页）。",
        quote="当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向某区人民政府申请行政复议；",
        page_ref="行政处罚决定书 第24页",
        corrected="办案环节依次为：立案（2025年2月19日）—告知（2025年3月6日）—作出决定（2025年3月19日）。",
        commentary="该案卷评查得100分，等次为优秀。",
    )


def texts(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def test_a_compilation_has_cover_toc_and_each_case_with_its_headings() -> None:
    doc = build_docx([negative(), positive()])
    body = texts(doc)
    assert body[1] == "2025年度行政执法案卷评查\n典型案例汇编"  # the cover's title, broken before 典型案例
    assert "（共2个案例）" in body and "目　　录" in body
    assert "一、典型问题案例" in body and "二、优秀案卷评析" in body
    toc = [t for t in body if t.startswith("案例一　") or t.startswith("案例二　")]
    assert len(toc) == 4  # two 目录 lines and two case titles
    for h in HEADINGS:
        assert body.count(h) == (2 if h != "【存在问题】" else 1)
    assert body.count("【案卷亮点】") == 1
    section = doc.sections[-1]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer = section.footer._element.xml
    assert "PAGE" in footer and "2025年度行政执法案卷评查典型案例汇编" in section.header.paragraphs[0].text
    assert doc.sections[0].footer.paragraphs[0].text == ""  # no page number on the cover
    assert "PAGEREF case1" in doc.element.xml and 'w:name="case2"' in doc.element.xml


def test_fonts_are_set_for_east_asian_text_and_the_quote_is_boxed() -> None:
    doc = build_docx([negative(), positive()])
    by_text = {p.text: p for p in doc.paragraphs}
    quote = by_text[negative().quote]
    assert quote._p.pPr.find(qn("w:pBdr")) is not None and quote._p.pPr.find(qn("w:shd")) is not None
    caption = by_text["原文摘录（行政处罚决定书 第17页）"]
    assert caption._p.pPr.find(qn("w:pBdr")) is not None
    fixed = next(p for p in doc.paragraphs if p.text.startswith("本局认为，当事人……违反了《中华人民共和国"))
    assert fixed._p.pPr.find(qn("w:pBdr")) is not None  # the rewrite is boxed, not printed as 应写作：“…”

    def east_asia(p) -> set[str]:
        return {r._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in p.runs}

    assert east_asia(by_text["【基本案情】"]) == {"黑体"}
    assert east_asia(by_text[negative().summary]) == {"仿宋"}
    assert east_asia(quote) == {"楷体"}
    assert all(r._element.rPr.find(qn("w:rFonts")) is not None for p in doc.paragraphs for r in p.runs if r.text)


def test_one_case_prints_without_cover_or_toc() -> None:
    doc = Document(BytesIO(docx_bytes([negative()])))
    body = [t for t in texts(doc) if t]
    assert body[0] == "首次引用法律未使用全称"
    assert body[1] == "——在人口集中地区焚烧产生有毒有害烟尘的物质案"
    assert "目　　录" not in body and len(doc.sections) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-writer-nogui) not installed")
def test_a_two_case_compilation_renders_to_pdf_with_cjk_fonts(tmp_path: Path) -> None:
    pdf = tmp_path / "汇编.pdf"
    pdf.write_bytes(docx_to_pdf(docx_bytes([negative(), positive()])))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages >= 4  # cover, 目录, a page per case at least
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    for h in (*HEADINGS, "【案卷亮点】", "目录", "案例一", "案例二", "2025年度行政执法案卷评查典型案例汇编"):
        assert h in flat, h
    # the 目录 gives the page each case starts on (LibreOffice fills the PAGEREF fields): case pages are numbered
    # from the 目录 (— 1 —), so 案例一 starts on page 2 and 案例二 after it
    pages_text = [re.sub(r"\s+", "", p) for p in text.split("\f")]
    toc = re.findall(r"(案例[一二]).*?\.{3,}(\d+)", pages_text[1])
    assert [c for c, _ in toc] == ["案例一", "案例二"]
    first, second = (int(n) for _, n in toc)
    assert first == 2 and second > first
    assert f"—{second}—" in pages_text[second]  # the page whose footer shows that number starts 案例二
    assert "案例二" in pages_text[second]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSerifCJK" in fonts and "NotoSansCJK" in fonts
