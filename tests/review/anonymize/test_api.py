"""anonymize_dossier / anonymize_text on a hand-written dossier with names in awkward places."""

from __future__ import annotations

import json

import pytest

from extractors.model import Dossier
from extractors.normalize import compact
from extractors.pipeline import build_dossier
from review.anonymize import AnonymizeError, CaseMapping, Kind, Style, anonymize_dossier, anonymize_text, case_mapping

from .conftest import ADDRESS_TAIL, CODES, COMPANIES, KEEP, OFFICERS, PERSONS, pages_of


def _flat(text: str) -> str:
    return compact(text).replace("-", "")


@pytest.mark.parametrize("style", list(Style))
def test_no_identifier_survives_in_any_style(dossier: Dossier, style: Style) -> None:
    text = _flat(anonymize_dossier(dossier, style).text())
    for value in (*PERSONS, *COMPANIES, *CODES, ADDRESS_TAIL):
        assert value not in text, f"{value} left in the {style.value} output"
    assert "罗志" not in text and "志强" not in text  # the spaced-out 罗  志强 of the decision too


def test_ordinary_words_agencies_laws_and_numbers_stay(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    text = anon.text()
    for value in KEEP:
        assert value in text, f"{value} was changed"


def test_the_same_person_is_the_same_pseudonym_in_every_document(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    inquiry, decision, receipt, minutes = (p.text for p in anon.pages)
    assert "我叫李某，我是罗某的妻子" in inquiry and "问：罗某是你什么人" in inquiry
    assert "法定代表人：罗某" in decision  # written 罗  志强 there
    assert "受送达人签名或者盖章  王某（员工）" in receipt
    assert "赵某、孙某" in receipt and "询问人签名：赵某、孙某" in inquiry and "承办人赵某汇报案情" in minutes
    assert "冯某：同意承办机构的处理意见" in minutes and "吴某：同意" in minutes
    assert "司机周某开川A*****的货车" in inquiry


def test_companies_keep_region_industry_and_form(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    assert "当事人：成都市锦江区某某商贸有限公司" in anon.pages[1].text
    assert "从四川某某食品贸易有限公司购进" in anon.pages[1].text
    assert "住所：成都市锦江区某某大街某某大街段某号附某号" in anon.pages[1].text


def test_codes_keep_a_prefix_that_identifies_nobody(dossier: Dossier) -> None:
    text = anonymize_dossier(dossier).text()
    assert "身份证号码：5101**************" in text  # the birth date is masked
    assert "统一社会信用代码：91510104**********" in text
    assert "联系电话：139********" in text and "执法证号：***********" in text
    assert "对方账号*******************" in text


def test_counts_are_entities_per_kind(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    assert anon.replaced["person"] == len(PERSONS)
    assert anon.replaced["company"] == len(COMPANIES)
    assert anon.replaced["cert_no"] == 2 and anon.replaced["plate"] == 1 and anon.replaced["address"] == 1
    assert anon.occurrences["person"] > anon.replaced["person"]


def test_mouyou_tells_two_persons_with_one_surname_apart() -> None:
    text = "被询问人：张建华  性别：男\n见证人：张伟\n答：我叫张建华，张伟是我的同事。"
    out = anonymize_text(text, CaseMapping())
    assert "被询问人：张某甲" in out and "见证人：张某乙" in out and "我叫张某甲，张某乙是我的同事" in out


def test_jiayi_gives_one_stem_per_entity_party_first(dossier: Dossier) -> None:
    text = anonymize_dossier(dossier, Style.JIAYI).text()
    mapping = case_mapping(dossier, Style.JIAYI)
    persons = {e.original: e.pseudonym for e in mapping.of_kind(Kind.PERSON)}
    assert len(set(persons.values())) == len(persons) == len(PERSONS) and "甲" not in persons.values()
    assert "当事人：成都市锦江区甲商贸有限公司" in text and persons["罗志强"] == "乙"
    assert "法定代表人：乙" in text and "我是乙的妻子" in text
    supplier = next(e.pseudonym for e in mapping.of_kind(Kind.COMPANY) if e.original.startswith("四川"))
    assert supplier.startswith("四川") and supplier[2] not in persons.values()  # stems shared with persons


def test_stars_keep_the_surname_and_one_star_per_character(dossier: Dossier) -> None:
    text = anonymize_dossier(dossier, Style.STARS).text()
    assert "我叫李**，我是罗**的妻子" in text and "赵*、孙**" in text
    assert "成都市锦江区**商贸有限公司" in text and "住所：成都市锦江区****" in text


def test_keep_officers_keeps_names_and_cert_numbers_only_of_officers(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier, keep_officers=True)
    text = anon.text()
    for name in OFFICERS:
        assert name in text
    assert "51010021001" in text
    for name in set(PERSONS) - set(OFFICERS):  # the 局长, the minute-taker and the others stay hidden
        assert name not in compact(text)
    assert "person" in anon.replaced and anon.keep_officers


def test_a_person_party_comes_first_in_jiayi() -> None:
    decision = DECISION_INDIVIDUAL
    anon = anonymize_dossier(build_dossier("ind", pages_of(decision)), Style.JIAYI)
    assert "当事人：甲，男" in anon.pages[0].text and "执法人员乙、丙" in anon.pages[0].text


DECISION_INDIVIDUAL = """南充市顺庆区市场监督管理局
当场行政处罚决定书
顺市监当罚〔2024〕3号
当事人：万霞，男，1964年10月27日出生，身份证号码：513401196410271427，住南充市顺庆区延安路405号2栋2单元1709号。
联系电话：15140964033
2024年6月5日，执法人员顾梦瑶、董娜在南充市顺庆区延安路检查时发现，当事人占道经营水果摊。
以上事实有现场照片为证。依据有关规定，决定给予当事人警告。
执法人员：顾梦瑶（执法证号：51130278890）、董娜（执法证号：51130278891）
当事人签名：万霞
"""


def test_masked_values_in_the_source_stay_as_published() -> None:
    text = "当事人：醴陵市某某花炮厂\n统一社会信用代码：91430281691828xxxx\n法定代表人：陶**\n被询问人：黄某某"
    assert anonymize_text(text, CaseMapping()) == text


def test_an_excerpt_follows_the_dossier_and_new_names_do_not_collide(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    quote = "答：我叫李秀英，我是罗志强的妻子。证人李国庆称其看到了送货车辆川A8K26P。"
    out = anonymize_text(quote, anon)
    assert out.startswith("答：我叫李某，我是罗某的妻子。") and "川A*****" in out
    assert "李国庆" not in out and "证人李某甲称" in out  # 李某 is taken by 李秀英
    assert anonymize_text("当事人法定代表人罗志强未到场。", anon.mapping) == "当事人法定代表人罗某未到场。"
    assert anonymize_text("罗志强", dossier, "stars") == "罗**"


def test_an_excerpt_in_another_style_than_its_dossier_is_refused(dossier: Dossier) -> None:
    with pytest.raises(AnonymizeError, match="不一致"):
        anonymize_text("罗志强", anonymize_dossier(dossier), Style.JIAYI)
    with pytest.raises(AnonymizeError, match="未知的脱敏方式"):
        anonymize_dossier(dossier, "asterisks")


def test_the_mapping_never_leaves_memory_through_a_dump(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier)
    dumped = json.dumps(anon.model_dump(mode="json"), ensure_ascii=False) + anon.model_dump_json()
    assert "mapping" not in dumped
    for value in (*PERSONS, *COMPANIES, *CODES):
        assert value not in compact(dumped)
    assert anon.mapping.entities  # it is there, in memory


def test_keep_officers_keeps_no_licence_number(dossier: Dossier) -> None:
    anon = anonymize_dossier(dossier, keep_officers=True)
    out = anonymize_text("食品经营许可证编号：JY15101040012345；执法证号：51010021001、51010021002", anon)
    assert "JY15101040012345" not in out and "51010021001、51010021002" in out


def test_a_quoted_case_number_glued_to_the_addressee_is_no_part_of_the_company() -> None:
    text = (
        "行政处罚事先告知书\n陕西雁商罚告（2025）249号\n西安市雁塔区博雅废旧物资回收站：\n"
        "本局于2025年2月18日对你（单位）立案调查。"
    )
    out = anonymize_text(text, CaseMapping())
    assert "陕西雁商罚告（2025）249号\n西安市雁塔区某某废旧物资回收站：" in out and "博雅" not in out
