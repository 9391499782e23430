"""elements.scan: the normalised view with web furniture blanked and the flat view without soft line wraps."""

from __future__ import annotations

from extractors.elements.scan import Scan, is_agency_line, is_seal_line, scan_of
from tests.extractors.conftest import doc_text

WRAPPED = """成都市青羊区市场监督管理局
行政处罚决定书
川成青市监罚字[2025]163号
当事人：四川某某商贸有限公司
统一社会信用代码：91510105MA7HFURC9E
本局认为，当事人销售超过保质期的食品的行为，违反了《中华人民共和国食品
安全法》第三十四条第（十）项的规定，构成经营超过保质期的食品的违法行为。
综上，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规
定，经本局负责人集体讨论，综合考虑各项情节，本局决定对当事人作
19
出如下行政处罚：
1．罚款人民币柒万元整（小写：70000元）。
当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向成都市青
羊区人民政府申请行政复议；也可以在六个月内依法向成都市青羊区人民法院提起行
政诉讼。
成都市青羊区市场监督管理局
二〇二五年三月十九日
"""


def scan(text: str) -> Scan:
    return scan_of(doc_text(text))


def test_norm_keeps_length_and_blanks_furniture() -> None:
    text = "当前位置：首页 > 政务公开\n当事人：张三\n醴陵市应急管理局 发布时间：2024-03-05  浏览次数：12\n"
    s = scan(text)
    assert len(s.norm) == len(text)
    assert s.norm.split("\n")[0].strip() == ""
    assert s.norm.split("\n")[1] == "当事人:张三"
    assert s.norm.split("\n")[2].strip() == "醴陵市应急管理局"


def test_flat_joins_wrapped_lines_and_drops_page_numbers() -> None:
    s = scan(WRAPPED)
    assert "《中华人民共和国食品安全法》第三十四条" in s.flat
    assert "本局决定对当事人作出如下行政处罚:" in s.flat
    assert "向成都市青羊区人民政府申请行政复议" in s.flat
    assert "当事人:四川某某商贸有限公司\n统一社会信用代码" in s.flat  # label lines stay apart
    assert "\n1.罚款" in s.flat  # a list item starts its line


def test_norm_span_and_raw_flat_map_back() -> None:
    s = scan(WRAPPED)
    start = s.flat.index("《中华人民共和国食品安全法》")
    end = start + len("《中华人民共和国食品安全法》")
    a, b = s.norm_span(start, end)
    assert WRAPPED[a:b] == "《中华人民共和国食品\n安全法》"
    assert s.raw_flat(start, end) == "《中华人民共和国食品安全法》"


def test_short_documents_have_no_soft_breaks() -> None:
    s = scan("当事人：张三\n地址：某某路\n")
    assert s.flat == s.norm


def test_context_windows_read_across_wraps() -> None:
    s = scan(WRAPPED)
    pos = s.norm.index("六十日内")
    assert "申请行政复议" in s.forward_clause(pos)


def test_agency_and_seal_lines() -> None:
    assert is_agency_line("成都市青羊区市场监督管理局（印章）".replace("（", "(").replace("）", ")"))
    assert not is_agency_line("四川某某商贸有限公司")
    assert is_seal_line("(印章)")
    assert is_seal_line("执法机关(印章)")
    assert not is_seal_line("印章管理")


def test_word_rows_are_never_joined() -> None:
    """A DOCX paragraph or table row ends where the writer ended it: no soft wraps in Word text."""
    from extractors.doctext import DocText
    from extractors.model import DocType, Document, Dossier, Page, PageRef

    rows = [
        "立案审批表",
        "案件来源  监督检查  受案时间  2024年3月8日",
        "当事人  贵阳市南明区某某火锅店  统一社会信用代码  92520102MAD96FEE6J",
        "简要案情及立案理由  2024年3月8日，本局执法人员在城镇燃气安全专项整治中对当事人经营场所进行检查，"
        "当事人的行为涉嫌违反《中华人民共和国安全生产法》第三十六条第四款的规定，建议立案调查。"
        " 承办人：李华、莫林 2024年3月19日",
        "承办机构意见  同意立案调查。 负责人：赵某某 2024年3月19日",
        "机关负责人意见  同意立案。 负责人：钱某某 2024年3月19日",
        "备注  /",
    ]
    text = "\n".join(rows)
    for source, joined in (("docx", False), ("text_layer", True)):
        page = Page(file="a", number=1, file_page=1, text=text, source=source)  # type: ignore[arg-type]
        doc = Document(
            id="d01", doc_type=DocType.FILING, title="立案审批表", pages=(PageRef(page=1, start=0, end=len(text)),)
        )
        s = scan_of(DocText(Dossier(id="t", pages=(page,), documents=(doc,)), doc))
        assert ("2024年3月19日承办机构意见" in s.flat) is joined, source


def test_raw_flat_drops_a_page_number_inside_a_sentence() -> None:
    s = scan(WRAPPED.replace("向成都市青\n羊区", "向成都市青\n19\n羊区"))
    start = s.flat.index("成都市青羊区人民政府")
    assert s.raw_flat(start, start + len("成都市青羊区人民政府")) == "成都市青羊区人民政府"
