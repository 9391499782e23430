from __future__ import annotations

import pytest

from extractors.quality import check_text_layer

GOOD = "行政处罚决定书\n当事人：成都某某商贸有限公司\n统一社会信用代码：91510100MA6CGUGA1W\n罚款人民币伍仟元整。"


def test_real_chinese_text_is_fine() -> None:
    assert check_text_layer(GOOD) is None


def test_chinese_text_with_many_digits_and_latin_is_fine() -> None:
    text = "账号：6222 0212 3456 7890 123，户名：成都某某商贸有限公司，SWIFT BKCHCNBJ，金额 5,000.00 元"
    assert check_text_layer(text) is None


@pytest.mark.parametrize("text", ["", "   \n ", "第 2 页", "询问笔录（第一页）"])
def test_short_or_empty_layer_is_empty_not_garbled(text: str) -> None:
    problem = check_text_layer(text)
    assert problem is not None
    assert problem.kind == "empty"
    assert not problem.garbled


def test_private_use_chars_are_garbled() -> None:
    text = "行政处罚" + "\ue001\ue002\ue003\ue004\ue005" * 4 + "决定书当事人成都某某公司"
    problem = check_text_layer(text)
    assert problem is not None and problem.garbled


def test_replacement_chars_and_cid_glyphs_are_garbled() -> None:
    assert check_text_layer("决定书" + "\ufffd" * 10 + "当事人成都某某商贸有限公司统一社会信用代码") is not None
    cid = "(cid:1234)(cid:88)(cid:9)" * 5 + "当事人"
    problem = check_text_layer(cid)
    assert problem is not None and problem.garbled


def test_unmapped_glyphs_count_as_garbage() -> None:
    problem = check_text_layer("当事人成都某某商贸有限公司统一社会信用代码", unmapped=40)
    assert problem is not None and problem.garbled


def test_gbk_read_as_latin1_is_garbled() -> None:
    mojibake = "询问笔录 被询问人：张三，男，汉族 询问时间：2024年3月5日".encode("gbk").decode("latin-1")
    problem = check_text_layer(mojibake)
    assert problem is not None and problem.garbled
    assert "Latin-1" in problem.reason


def test_letters_without_han_on_a_chinese_page_are_garbled() -> None:
    text = "Xiwen Bilu Beixunwenren Zhangsan Nan Hanzu Xunwen Shijian Ernianling"
    problem = check_text_layer(text)
    assert problem is not None and problem.garbled
    assert check_text_layer(text, expect_chinese=False) is None
