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
