"""extractors.normalize: length-preserving normalisation, white-space helpers, Chinese numerals."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.normalize import cn_int, compact, daxie_yuan, is_masked, normalize, unspace


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("２０２４年３月１日", "2024年3月1日"),
        ("当事人：张三，男；", "当事人:张三,男;"),
        ("（湘株醴）应急罚〔2023〕125号", "(湘株醴)应急罚〔2023〕125号"),
        ("醴林罚决字[2024]第045号", "醴林罚决字〔2024〕第045号"),
        ("川成市监罚【2024】12号", "川成市监罚〔2024〕12号"),
        ("川成市监罚［2024］12号", "川成市监罚〔2024〕12号"),
        ("二○二四年", "二〇二四年"),
        ("￥5,000.00", "¥5,000.00"),
        ("陶＊＊", "陶**"),
        ("当\u3000事\u3000人", "当 事 人"),
        ("a\tb\u00a0c", "a b c"),
        ("第一——二", "第一--二"),
        ("\u2f00\u2f06", "一二"),
        ("〈单用途商业预付卡管理办法（试行)〉", "《单用途商业预付卡管理办法(试行)》"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@given(st.text())
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


def test_normalize_keeps_line_breaks() -> None:
    assert normalize("当事人\n张三\r\n").count("\n") == 2


def test_compact_and_unspace() -> None:
    assert compact(" 成都 某某\u3000公司\n") == "成都某某公司"
    assert unspace("当 事 人：") == "当事人"
    assert unspace("法 定 代 表 人:") == "法定代表人"
    assert unspace("（公司名称）") == "(公司名称)"


@pytest.mark.parametrize("value", ["陶**", "李*玖", "黄某某", "申XX", "xx", "91430281691828xxxx", "92430981M*86A"])
def test_masked(value: str) -> None:
    assert is_masked(value)


@pytest.mark.parametrize("value", ["张三", "成都锦江商贸有限公司", "91510100MA6CGUGA1W", "欧阳明明"])
def test_not_masked(value: str) -> None:
    assert not is_masked(value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一百零八", 108),
        ("二十", 20),
        ("十", 10),
        ("十二", 12),
        ("三十一", 31),
        ("一百二十四", 124),
        ("二十 七", 27),
        ("二〇二四", 2024),
        ("二O二四", 2024),
        ("壹万贰仟叁佰", 12300),
        ("两万", 20000),
        ("3万", 30000),
        ("12", 12),
        ("１２", 12),
        ("一千零一十", 1010),
        ("一亿二千万", 120_000_000),
    ],
)
def test_cn_int(text: str, expected: int) -> None:
    assert cn_int(text) == expected


@pytest.mark.parametrize("text", ["", "条", "第三", "abc"])
def test_cn_int_rejects(text: str) -> None:
    assert cn_int(text) is None


@pytest.mark.parametrize(
    "text", ["一百零八", "三十九", "壹万零伍拾", "一千零一十", "伍仟", "壹拾万", "拾万", "贰佰零伍"]
)
def test_cn_int_agrees_with_cn2an(text: str) -> None:
    assert cn_int(text) == cn2an.cn2an(text, "smart")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("人民币伍仟元整", Decimal(5000)),
        ("壹万贰仟叁佰元整", Decimal(12300)),
        ("伍仟元", Decimal(5000)),
        ("贰佰零伍元伍角", Decimal("205.5")),
        ("贰佰零伍元零伍分", Decimal("205.05")),
        ("壹拾万元整", Decimal(100000)),
        ("伍角", Decimal("0.5")),
        ("五千元", Decimal(5000)),
        ("零元", Decimal(0)),
    ],
)
def test_daxie_yuan(text: str, expected: Decimal) -> None:
    assert daxie_yuan(text) == expected


@pytest.mark.parametrize("text", ["人民币", "元整", "伍仟元伍角伍角", "abc元"])
def test_daxie_yuan_rejects(text: str) -> None:
    assert daxie_yuan(text) is None
