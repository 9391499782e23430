"""penalties: PENALTY types stated in a result (决定 / 拟处罚) and RECTIFICATION orders."""

from __future__ import annotations

import pytest

from extractors.elements import penalties
from extractors.model import DocType, Element, ElementKind
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return penalties.extract(doc_text(text, doc_type))


def types(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[str, str | None]]:
    return [(str(e.value), e.role) for e in run(text, doc_type) if e.kind == ElementKind.PENALTY]


def test_list_after_colon() -> None:
    text = (
        "本机关决定对你单位作出如下行政处罚：\n1.警告；\n2.罚款人民币贰万元整（¥20000.00）；\n3.没收违法生产的烟花爆竹200箱。\n"
        "罚款限于收到本决定书之日起十五日内缴至指定银行，逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。\n"
    )
    assert types(text) == [("警告", "决定"), ("罚款", "决定"), ("没收非法财物", "决定")]


def test_one_sentence() -> None:
    text = "依据……的规定，本局决定给予当事人没收违法所得50元、并处罚款5000元的行政处罚。"
    assert types(text) == [("没收违法所得", "决定"), ("罚款", "决定")]


def test_statute_text_outside_result_gives_nothing() -> None:
    text = (
        "《中华人民共和国安全生产法》第九十九条规定：“生产经营单位有下列行为之一的，责令限期改正，处五万元以下的罚款。”"
    )
    assert types(text) == []


def test_proposed_penalty_quoted_in_decision() -> None:
    text = "2023年7月10日，本机关向你单位送达了《行政处罚告知书》，拟对你单位处以罚款人民币2万元的行政处罚。"
    assert types(text) == [("罚款", "拟处罚")]


def test_notice_is_proposed() -> None:
    assert types("本局拟作出如下行政处罚：警告，罚款5000元。", DocType.NOTICE) == [
        ("警告", "拟处罚"),
        ("罚款", "拟处罚"),
    ]


@pytest.mark.parametrize(
    ("words", "canonical"),
    [
        ("警告", "警告"),
        ("通报批评", "通报批评"),
        ("没收违法所得", "没收违法所得"),
        ("没收用于违法生产的工具", "没收非法财物"),
        ("罚款", "罚款"),
        ("暂扣食品经营许可证", "暂扣许可证件"),
        ("降低资质等级", "降低资质等级"),
        ("吊销食品经营许可证", "吊销许可证件"),
        ("吊销营业执照", "吊销营业执照"),
        ("限制开展生产经营活动", "限制开展生产经营活动"),
        ("责令停产停业", "责令停产停业"),
        ("责令停业整顿", "责令停产停业"),
        ("责令关闭", "责令关闭"),
        ("限制从业", "限制从业"),
        ("行政拘留", "行政拘留"),
    ],
)
def test_types(words: str, canonical: str) -> None:
    assert types(f"本机关决定给予当事人{words}的行政处罚。") == [(canonical, "决定")]


def test_each_type_once_per_role() -> None:
    text = "决定：罚款人民币5000元。\n罚款限于十五日内缴纳。\n本局决定给予罚款的处罚。"
    assert types(text) == [("罚款", "决定")]


def test_remedy_sentence_after_decision_is_not_a_penalty() -> None:
    text = "如不服本处罚决定，可在六十日内申请行政复议；逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。"
    assert types(text) == []


def rect(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[str, str | None]]:
    return [(str(e.value), e.role) for e in run(text, doc_type) if e.kind == ElementKind.RECTIFICATION]


def test_rectification_in_result() -> None:
    text = "依据……的规定，责令当事人立即改正上述违法行为，并处罚款5000元。"
    assert rect(text) == [("责令当事人立即改正上述违法行为", "决定")]


def test_rectification_order_document() -> None:
    text = "责令改正通知书\n你单位的行为违反了……，现责令你单位于2024年3月31日前改正。"
    assert rect(text, DocType.RECTIFICATION_ORDER) == [("责令你单位于2024年3月31日前改正", "通知")]


def test_rectification_in_quoted_statute_has_no_role() -> None:
    assert rect("该法第九十九条规定：“……的，责令限期改正”。") == [("责令限期改正", None)]


def test_publication_summary_penalty() -> None:
    assert types("行政处罚内容：警告，罚款人民币5000元。\n") == [("警告", "决定"), ("罚款", "决定")]


def test_made_penalty_without_decide_word() -> None:
    assert types("本局对当事人作出罚款5000元的行政处罚。") == [("罚款", "决定")]
