"""officers: OFFICER(name, cert_no) from labels and 笔录 openings, with roles."""

from __future__ import annotations

import pytest

from extractors.elements import officers
from extractors.model import DocType, Officer
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[Officer, str | None]]:
    return [(e.value, e.role) for e in officers.extract(doc_text(text, doc_type))]  # type: ignore[misc]


LI = Officer(name="李四", cert_no="51010021001")
WANG = Officer(name="王五", cert_no="51010021002")


@pytest.mark.parametrize(
    "text",
    [
        "执法人员：李四（执法证号：51010021001）、王五（执法证号：51010021002）",
        "执法人员：李四、王五，执法证件号码分别为：51010021001、51010021002",
        "执法人员：李四、王五  执法证号：51010021001、51010021002",
        "执法人员：李四 51010021001  王五 51010021002",
        "执 法 人 员：李四（51010021001）王五（51010021002）",
    ],
)
def test_label_forms(text: str) -> None:
    assert run(text) == [(LI, "执法人员"), (WANG, "执法人员")]


def test_record_opening() -> None:
    text = (
        "问：我们是成都市某某区市场监督管理局的执法人员李四、王五，执法证号分别为51010021001、51010021002，"
        "这是我们的执法证件，请过目。"
    )
    assert run(text, DocType.INQUIRY_RECORD) == [(LI, "执法人员"), (WANG, "执法人员")]


def test_inline_in_decision_with_brackets() -> None:
    text = "2024年2月1日，本局执法人员李四、王五（执法证号：51010021001、51010021002）对当事人经营场所进行检查。"
    assert run(text) == [(LI, "执法人员"), (WANG, "执法人员")]


def test_prose_without_names_gives_nothing() -> None:
    assert run("2023年6月5日，本局执法人员对你单位进行检查，执法人员依法出示了证件。") == []


def test_roles_in_record_header() -> None:
    text = "询问人：李四、王五    记录人：王五\n被询问人：张三    性别：男\n"
    assert run(text, DocType.INQUIRY_RECORD) == [
        (Officer(name="李四"), "询问人"),
        (Officer(name="王五"), "询问人"),
        (Officer(name="王五"), "记录人"),
    ]


def test_handler_and_date_on_same_line() -> None:
    text = "承办人意见：建议立案。    承办人：李四、王五    2024年2月1日\n"
    assert run(text, DocType.FILING) == [(Officer(name="李四"), "承办人"), (Officer(name="王五"), "承办人")]


def test_masked_names() -> None:
    els = officers.extract(doc_text("执法人员：刘某（执法证号：43020012345）  陈某某（执法证号：43020012346）"))
    assert [(e.value, e.masked) for e in els] == [
        (Officer(name="刘某", cert_no="43020012345"), True),
        (Officer(name="陈某某", cert_no="43020012346"), True),
    ]


def test_police_number() -> None:
    assert run("执法人员：张某（警号012345）") == [(Officer(name="张某", cert_no="012345"), "执法人员")]


def test_party_block_gives_no_officers() -> None:
    text = "当事人：张三\n法定代表人：李四\n负责人：王五\n被检查人：赵六\n"
    assert run(text) == []


def test_one_per_name_and_role_preferring_cert() -> None:
    text = "检查人：李四\n执法人员：李四（执法证号：51010021001）"
    assert run(text, DocType.INSPECTION_RECORD) == [(LI, "执法人员")]


def test_cert_number_wrapped_to_next_line() -> None:
    text = "执法人员（签名）：顾某某（执法证号：51130224125） 董某（执法证号：\n51130278891）\n处罚地点：某某路"
    assert run(text) == [
        (Officer(name="顾某某", cert_no="51130224125"), "执法人员"),
        (Officer(name="董某", cert_no="51130278891"), "执法人员"),
    ]


def test_chinese_cert_numbers() -> None:
    text = "询问人：金某（执法证号：川成执字第3243号）、龙某（执法证号：川成执字第4070号）\n记录人：龙某\n"
    assert run(text, DocType.INQUIRY_RECORD)[:2] == [
        (Officer(name="金某", cert_no="川成执字第3243号"), "询问人"),
        (Officer(name="龙某", cert_no="川成执字第4070号"), "询问人"),
    ]


def test_prose_without_cert_word_gives_nothing() -> None:
    assert run("截至2025年2月10日被本局执法人员查获时，共销售麻辣牛肉干（200g/袋）12袋。") == []


# -- a 文号, a speaker label or an opinion never becomes an officer ---------------------------------------------------
@pytest.mark.parametrize(
    "number",
    [
        "德旌商务罚告〔2025〕168号",
        "川成锦综罚告〔2025〕12号",
        "(湘株醴)应急罚〔2023〕125 号",
        "偃环罚决字〔2021〕第081号",
    ],
)
def test_speaker_label_quoting_a_case_number_gives_no_officer(number: str) -> None:
    text = (
        "执法人员：我们是德阳市旌阳区商务局的执法人员（出示执法证件），现依法听取你对本局《行政处罚告知书》"
        f"（{number}）拟作出的行政处罚的陈述、申辩意见，你可以充分陈述事实、理由并提供证据。\n"
        "陈述申辩人：我没有意见。\n"
    )
    assert run(text, DocType.STATEMENT) == []


def test_case_number_beside_names_is_not_a_name() -> None:
    text = "执法人员：李四（执法证号：51010021001）、王五（执法证号：51010021002） 告知书文号 川泸环罚告〔2024〕12号\n"
    assert run(text, DocType.STATEMENT) == [(LI, "执法人员"), (WANG, "执法人员")]


def test_name_list_ends_at_the_opinion_after_it() -> None:
    # a Word table row ends the line; without the break the next row's opinion follows the names
    text = (
        "建议立案调查，由李华、莫林承办。 承办人：李华、莫林 2024年3月19日 承办机构意见  同意立案调查。 负责人：赵某\n"
    )
    assert run(text, DocType.FILING) == [(Officer(name="李华"), "承办人"), (Officer(name="莫林"), "承办人")]


def test_bracket_open_at_line_end_continues_the_list() -> None:
    text = (
        "执法人员：邹光明（执法证号：51010699727）、魏红梅（执法证号：\n"
        "51010613687）、余凤英（执法证号：51010693457）\n"
        "当事人：成都某某超市\n"
    )
    assert run(text, DocType.INSPECTION_RECORD) == [
        (Officer(name="邹光明", cert_no="51010699727"), "执法人员"),
        (Officer(name="魏红梅", cert_no="51010613687"), "执法人员"),
        (Officer(name="余凤英", cert_no="51010693457"), "执法人员"),
    ]


def test_archive_and_minute_roles_are_not_officers() -> None:
    note = "卷内备考表\n本卷共有文件材料5件，共5页。\n立卷人：段海波\n2025年1月9日\n检查人：贺建国\n2025年1月9日\n"
    assert run(note, DocType.RECORD_NOTE) == []
    minutes = "集体讨论记录\n主持人：张某某\n参加人员：李某、王某\n记录人：陶静\n承办人：顾洋、谢世杰\n"
    assert run(minutes, DocType.COLLECTIVE_DISCUSSION) == [
        (Officer(name="顾洋"), "承办人"),
        (Officer(name="谢世杰"), "承办人"),
    ]
