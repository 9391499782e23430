"""case_numbers: the document's own 文号 (本文书文号) versus numbers it quotes (引用文号)."""

from __future__ import annotations

import pytest

from extractors.elements import case_numbers
from extractors.model import DocType, ElementKind
from tests.extractors.conftest import doc_text


def own(text: str, doc_type: DocType = DocType.DECISION) -> list[str]:
    return [str(e.value) for e in case_numbers.extract(doc_text(text, doc_type)) if e.role == "本文书文号"]


def quoted(text: str, doc_type: DocType = DocType.DECISION) -> list[str]:
    return [str(e.value) for e in case_numbers.extract(doc_text(text, doc_type)) if e.role == "引用文号"]


REAL_SHAPES = [
    "(津保)应急罚[2023]k-39号",
    "(湘株醴)应急罚〔2023〕125号",
    "岳汨环罚决字〔2023〕020号",
    "偃环罚决字〔2021〕第081号",
    "湘攸交处罚〔2025〕092(非)号",
    "(湘怀沅)应急罚〔2025〕执法二中队-9号",
    "(湘常)文综罚字〔2020〕第F-000069号",
    "洪城罚决字〔2025〕建设第22号",
    "(2019)遵综执04字第63号",
    "豫0923环罚决字〔2024〕7号",
    "株交处罚〔2025〕LK010号",
    "醴林罚决字[2024]第045号",
    "吉林(技服)林罚决字〔2023〕第99号",
    "川成市监罚〔2024〕12号",
    "成锦市监立〔2024〕3号",
]


@pytest.mark.parametrize("number", REAL_SHAPES)
def test_real_shapes_on_their_own_line(number: str) -> None:
    text = f"某某局\n行政处罚决定书\n{number}\n当事人：某某有限公司\n"
    assert own(text) == [number]


def test_space_before_hao_is_dropped_from_value_but_kept_in_text() -> None:
    els = case_numbers.extract(doc_text("醴陵市应急管理局\n行政处罚决定书\n（湘株醴）应急罚〔2023〕125 号\n"))
    assert [e.value for e in els] == ["（湘株醴）应急罚〔2023〕125号"]
    assert els[0].text == "（湘株醴）应急罚〔2023〕125 号"
    assert els[0].kind == ElementKind.CASE_NUMBER and els[0].extractor == "case_numbers.v1"


def test_full_width_digits_and_brackets_kept_as_written() -> None:
    assert own("成锦市监罚〔２０２４〕１２号\n当事人：张三") == ["成锦市监罚〔２０２４〕１２号"]
    assert own("行政处罚决定书\n川成市监罚【2024】12号") == ["川成市监罚【2024】12号"]


def test_quoted_notice_number_is_not_the_case_number() -> None:
    text = (
        "株洲市应急管理局\n行政处罚决定书\n(津保)应急罚[2023]k-39号\n当事人：某某公司\n"
        "本局于2023年7月10日向你单位送达了《行政处罚告知书》（应急告[2023]k-39号），你单位未提出陈述申辩。\n"
    )
    assert own(text) == ["(津保)应急罚[2023]k-39号"]
    assert quoted(text) == ["应急告[2023]k-39号"]


def test_quoted_number_glued_to_prose_is_trimmed() -> None:
    text = (
        "行政处罚决定书\n川成市监罚〔2024〕12号\n"
        "于2024年3月5日向当事人送达了川成市监罚告〔2024〕12号告知书，并作出了川成市监责改〔2024〕3号责令改正通知书。"
    )
    assert quoted(text) == ["川成市监罚告〔2024〕12号", "川成市监责改〔2024〕3号"]


def test_number_after_label() -> None:
    assert own("案号：成锦市监立〔2024〕3号\n当事人：张三", DocType.FILING) == ["成锦市监立〔2024〕3号"]
    assert own("文 号：川成市监罚〔2024〕12号") == ["川成市监罚〔2024〕12号"]


def test_label_without_bracket_shape() -> None:
    assert own("案卷封面\n案号：2024-0012\n", DocType.COVER) == ["2024-0012"]


def test_number_beside_title_on_one_line() -> None:
    text = "株洲市交通运输局行政处罚决定书（株交处罚〔2025〕LK010号）\n当事人：张三"
    assert own(text) == ["株交处罚〔2025〕LK010号"]


def test_web_metadata_line_with_other_fields_is_ignored_but_body_number_found() -> None:
    text = (
        "索引号：11430600MB1234567X/2024-00123    文号：岳汨环罚决字〔2023〕020号\n"
        "发布时间：2024-03-05\n岳阳市生态环境局\n行政处罚决定书\n岳汨环罚决字〔2023〕020号\n当 事 人：某某公司"
    )
    els = case_numbers.extract(doc_text(text))
    assert [(e.value, e.role) for e in els] == [("岳汨环罚决字〔2023〕020号", "本文书文号")]


def test_service_receipt_names_the_decision_as_quoted() -> None:
    text = "送达回证\n案号：成锦市监立〔2024〕3号\n送达文书名称及文号：行政处罚决定书（成锦市监罚〔2024〕12号）\n"
    assert own(text, DocType.SERVICE_RECEIPT) == ["成锦市监立〔2024〕3号"]
    assert quoted(text, DocType.SERVICE_RECEIPT) == ["成锦市监罚〔2024〕12号"]


def test_second_different_standalone_number_is_quoted() -> None:
    text = "行政处罚决定书\n川成市监罚〔2024〕12号\n川成市监罚〔2024〕13号\n"
    assert own(text) == ["川成市监罚〔2024〕12号"]
    assert quoted(text) == ["川成市监罚〔2024〕13号"]


@pytest.mark.parametrize(
    "text",
    [
        "依据《中华人民共和国安全生产法》（2021年修订）第九十九条",
        "联系电话：0731-23456789，2024年3月5日",
        "《食品安全国家标准 食品添加剂使用标准》（GB 2760-2014）",
        "发布时间：2024-03-05 文号：川成市监罚〔2024〕12号",
    ],
)
def test_no_number(text: str) -> None:
    assert case_numbers.extract(doc_text(text)) == []


def test_number_far_down_without_label_is_quoted() -> None:
    body = "\n".join(f"第{i}行事实描述。" for i in range(40))
    text = f"行政处罚决定书\n当事人：张三\n{body}\n川成市监罚〔2024〕12号\n"
    assert own(text) == []
    assert quoted(text) == ["川成市监罚〔2024〕12号"]


def test_spaces_inside_the_number() -> None:
    assert own("行政处罚决定书\n醴林罚决字〔2024〕第 045 号\n") == ["醴林罚决字〔2024〕第 045号"]
    assert own("行政处罚决定书\n岳汨环罚决字 〔2023〕020号\n") == ["岳汨环罚决字 〔2023〕020号"]


def test_publication_summary_label() -> None:
    text = "行政处罚信息摘要\n行政处罚决定书文号：川成市监罚〔2024〕12号\n当事人名称：某某有限公司\n"
    assert own(text) == ["川成市监罚〔2024〕12号"]
