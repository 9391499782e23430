"""amounts: MONEY in 小写 and 大写, pairs, roles; never phone numbers, 文号 digits, dates or article numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.elements import amounts
from extractors.model import DocType, Element, Money
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return amounts.extract(doc_text(text, doc_type))


def money(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[Decimal, str, str | None]]:
    out = []
    for e in run(text, doc_type):
        assert isinstance(e.value, Money)
        out.append((e.value.yuan, e.value.style, e.role))
    return out


@pytest.mark.parametrize(
    ("written", "yuan", "style"),
    [
        ("5000元", Decimal(5000), "小写"),
        ("5,000.00元", Decimal(5000), "小写"),
        ("¥5000", Decimal(5000), "小写"),
        ("￥5,000.50", Decimal("5000.50"), "小写"),
        ("人民币5000元", Decimal(5000), "小写"),
        ("5万元", Decimal(50000), "小写"),
        ("1.2万元", Decimal(12000), "小写"),
        ("５０００元", Decimal(5000), "小写"),
        ("人民币伍仟元整", Decimal(5000), "大写"),
        ("壹万贰仟叁佰元整", Decimal(12300), "大写"),
        ("伍仟元", Decimal(5000), "大写"),
        ("贰佰零伍元伍角", Decimal("205.5"), "大写"),
        ("人民币壹拾万元整", Decimal(100000), "大写"),
    ],
)
def test_forms(written: str, yuan: Decimal, style: str) -> None:
    els = run(f"金额：{written}。")
    assert len(els) == 1
    value = els[0].value
    assert isinstance(value, Money)
    assert (value.yuan, value.style) == (yuan, style)
    assert els[0].text == written
    assert isinstance(value.yuan, Decimal)


def test_lowercase_chinese_numerals_need_money_context() -> None:
    assert money("罚款五千元。") == [(Decimal(5000), "大写", "罚款")]
    assert money("十五日内缴纳，统一元旦前") == []


@pytest.mark.parametrize(
    "text",
    [
        "联系电话：13812345678",
        "川成市监罚〔2024〕12号",
        "2024年3月1日",
        "第一百二十四条第一款第（三）项",
        "每日按罚款数额的3%加处罚款",
        "统一社会信用代码：91510100MA6CGUGA1W",
        "湘B12345号货车超限15.5%",
    ],
)
def test_not_money(text: str) -> None:
    assert run(text) == []


def test_daxie_then_xiaoxie_pair() -> None:
    els = run("决定给予如下行政处罚：罚款人民币贰万元整（¥20000.00）。")
    big, small = (e.value for e in els)
    assert isinstance(big, Money) and isinstance(small, Money)
    assert (big.style, big.yuan, big.pair_yuan, big.pair_text) == ("大写", Decimal(20000), Decimal(20000), "¥20000.00")
    assert (small.style, small.pair_yuan, small.pair_text) == ("小写", Decimal(20000), "人民币贰万元整")
    assert [e.role for e in els] == ["罚款", "罚款"]


def test_xiaoxie_then_daxie_pair_and_mismatch_visible() -> None:
    els = run("并处罚款5000元（大写：伍佰元整）。")
    small, big = (e.value for e in els)
    assert isinstance(small, Money) and isinstance(big, Money)
    assert (small.yuan, small.pair_yuan) == (Decimal(5000), Decimal(500))
    assert (big.yuan, big.pair_yuan) == (Decimal(500), Decimal(5000))


def test_roles() -> None:
    text = (
        "现场查获过期食品10袋，货值金额共计150元，违法所得50元。本局决定：一、没收违法所得50元；二、罚款5000元；"
        "依据该法规定，可处一万元以上五万元以下的罚款。每千克单价20元。没收价值3000元的烟花爆竹。"
    )
    assert money(text) == [
        (Decimal(150), "小写", "货值"),
        (Decimal(50), "小写", "违法所得"),
        (Decimal(50), "小写", "没收违法所得"),
        (Decimal(5000), "小写", "罚款"),
        (Decimal(10000), "大写", "幅度"),
        (Decimal(50000), "大写", "幅度"),
        (Decimal(20), "小写", None),
        (Decimal(3000), "小写", None),
    ]


def test_payment_role_in_execution_documents() -> None:
    assert money("当事人已于2024年5月1日缴纳罚款5000元。", DocType.EXECUTION) == [(Decimal(5000), "小写", "缴款")]
    assert money("当事人已于2024年5月1日缴纳罚款5000元。") == [(Decimal(5000), "小写", "罚款")]


def test_proposed_fine_in_notice() -> None:
    assert money("本局拟对你单位处以罚款人民币伍仟元整的行政处罚。", DocType.NOTICE) == [
        (Decimal(5000), "大写", "罚款")
    ]


def test_surcharge() -> None:
    assert money("逾期加处罚款2000元。") == [(Decimal(2000), "小写", "加处罚款")]


def test_proposed_fine_retold_in_a_decision() -> None:
    text = "本机关于2024年3月5日送达告知书，拟对你单位处以罚款人民币2万元。经复核，决定罚款人民币1万元。"
    assert money(text) == [(Decimal(20000), "小写", "拟罚款"), (Decimal(10000), "小写", "罚款")]
