"""parties: 当事人 block — PARTY, CREDIT_CODE, ID_NUMBER, LEGAL_REP, ADDRESS, PHONE."""

from __future__ import annotations

import pytest

from extractors.elements import parties
from extractors.model import DocType, Element, ElementKind, Party, PartyType
from tests.extractors.conftest import doc_text

K = ElementKind


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return parties.extract(doc_text(text, doc_type))


def one(els: list[Element], kind: ElementKind) -> Element:
    found = [e for e in els if e.kind == kind]
    assert len(found) == 1, found
    return found[0]


def party(els: list[Element]) -> Party:
    value = one(els, K.PARTY).value
    assert isinstance(value, Party)
    return value


HUNAN = """醴陵市应急管理局
行政处罚决定书
（湘株醴）应急罚〔2023〕125 号
被处罚单位：醴陵市某某花炮厂
统一社会信用代码：91430281691828xxxx
地    址：醴陵市某某镇某某村
法 定 代 表 人：陶**    职务：厂长
违法事实、证据和违反的法律法规：2023年6月5日，我局执法人员在检查时发现……
"""


def test_masked_organisation_block_with_spaced_labels() -> None:
    els = run(HUNAN)
    assert party(els) == Party(name="醴陵市某某花炮厂", party_type=PartyType.ORGANIZATION)
    code = one(els, K.CREDIT_CODE)
    assert (code.value, code.masked, code.valid, code.role) == ("91430281691828xxxx", True, None, "当事人")
    rep = one(els, K.LEGAL_REP)
    assert (rep.value, rep.role, rep.masked) == ("陶**", "法定代表人", True)
    assert one(els, K.ADDRESS).value == "醴陵市某某镇某某村"
    assert one(els, K.PARTY).extractor == "parties.v1"


def test_valid_and_invalid_credit_codes() -> None:
    good = one(run("当事人：成都某某商贸有限公司\n统一社会信用代码：91510100MA6CGUGA1W\n"), K.CREDIT_CODE)
    assert (good.valid, good.masked) == (True, False)
    bad = one(run("当事人：成都某某商贸有限公司\n统一社会信用代码：91510100MA6CGUGA1X\n"), K.CREDIT_CODE)
    assert (bad.valid, bad.masked) == (False, False)


@pytest.mark.parametrize("code", ["91430102**********", "92430981M*86A", "915206****7FMTAX63", "91510100MA6CXXXXXX"])
def test_masked_credit_codes_kept_as_written(code: str) -> None:
    el = one(run(f"当事人：某某公司\n统一社会信用代码：{code}\n"), K.CREDIT_CODE)
    assert (el.value, el.masked, el.valid) == (code, True, None)


def test_individual_on_one_line_with_inline_address() -> None:
    els = run("当事人：陶某某，男，汉族，1975年3月出生，身份证号码：11010519491231002X，住湖南省醴陵市某某镇某某村。\n")
    assert party(els) == Party(name="陶某某", party_type=PartyType.INDIVIDUAL)
    assert one(els, K.PARTY).masked
    idn = one(els, K.ID_NUMBER)
    assert (idn.value, idn.valid, idn.masked) == ("11010519491231002X", True, False)
    assert one(els, K.ADDRESS).value == "湖南省醴陵市某某镇某某村"


def test_individual_with_name_on_separate_labelled_line() -> None:
    text = (
        "株洲市交通运输局\n行政处罚决定书\n株交处罚〔2025〕LK010号\n当事人（个人）：\n"
        "姓名：申XX    性别：男    民族：汉族\n身份证件号码：430202198501******\n住址：湖南省株洲市荷塘区某某小区\n"
        "联系电话：138****5678\n当事人申XX于2025年1月3日驾驶货车超限运输。\n"
    )
    els = run(text)
    assert party(els) == Party(name="申XX", party_type=PartyType.INDIVIDUAL)
    idn = one(els, K.ID_NUMBER)
    assert (idn.value, idn.masked, idn.valid) == ("430202198501******", True, None)
    phone = one(els, K.PHONE)
    assert (phone.value, phone.masked) == ("138****5678", True)


def test_company_with_bracketed_labels_and_alias() -> None:
    text = (
        "当事人：成都某某商贸有限公司（以下简称某某公司）\n主体资格证照名称：营业执照（统一社会信用代码：91510100MA6CGUGA1W）\n"
        "住所（住址）：成都市锦江区某某路1号\n法定代表人（负责人）：张 三\n"
    )
    els = run(text)
    assert party(els) == Party(name="成都某某商贸有限公司", party_type=PartyType.ORGANIZATION)
    assert one(els, K.CREDIT_CODE).value == "91510100MA6CGUGA1W"
    assert one(els, K.ADDRESS).value == "成都市锦江区某某路1号"
    rep = one(els, K.LEGAL_REP)
    assert (rep.value, rep.text) == ("张三", "张 三")


def test_individual_business_with_operator() -> None:
    text = (
        "当事人：成都市锦江区某某餐馆（个体工商户）\n统一社会信用代码：92510104MA6CXXXXXX\n经营场所：成都市锦江区某某路１号\n"
        "经营者：李*玖\n"
    )
    els = run(text)
    assert party(els) == Party(name="成都市锦江区某某餐馆", party_type=PartyType.INDIVIDUAL_BUSINESS)
    rep = one(els, K.LEGAL_REP)
    assert (rep.value, rep.role, rep.masked) == ("李*玖", "经营者", True)
    assert one(els, K.ADDRESS).value == "成都市锦江区某某路１号"


def test_operator_alone_is_the_party() -> None:
    els = run("行政处罚决定书\n经营者：王某某\n经营场所：某某市某某路2号\n")
    assert party(els) == Party(name="王某某", party_type=PartyType.INDIVIDUAL_BUSINESS)
    assert one(els, K.LEGAL_REP).role == "经营者"


@pytest.mark.parametrize(
    ("label", "role"),
    [("法定代表人", "法定代表人"), ("法定代表人(负责人等)", "法定代表人"), ("负责人", "负责人"), ("投资人", "投资人")],
)
def test_legal_rep_roles(label: str, role: str) -> None:
    rep = one(run(f"名称：某某有限公司\n{label}：赵六\n"), K.LEGAL_REP)
    assert (rep.value, rep.role) == ("赵六", role)


@pytest.mark.parametrize(
    "line", ["法定代表人：罗  志强", "法定代表人：罗  志强    职务：执行董事", "法定代表人：罗   志强，男"]
)
def test_a_surname_set_apart_by_spaces_keeps_the_whole_name(line: str) -> None:
    rep = one(run(f"名称：成都华盛废旧物资回收有限公司\n{line}\n"), K.LEGAL_REP)
    assert rep.value == "罗志强"


@pytest.mark.parametrize(
    "label", ["当事人", "当 事 人", "被处罚单位", "被处罚人", "被处罚人姓名", "单位名称", "名称", "（公司名称）"]
)
def test_party_labels(label: str) -> None:
    els = run(f"{label}：某某科技有限公司\n地址：某某市\n")
    assert party(els).name == "某某科技有限公司"


@pytest.mark.parametrize(
    "label", ["地址", "地 址", "住所", "住所(住址)", "住所或地址", "住所（地址）", "住址", "经营场所", "联系地址"]
)
def test_address_labels(label: str) -> None:
    assert one(run(f"当事人：某某有限公司\n{label}：某某市某某路8号\n"), K.ADDRESS).value == "某某市某某路8号"


def test_several_pairs_on_one_line() -> None:
    els = run(
        "被处罚单位：某某加油站有限公司  统一社会信用代码：91510100MA6CGUGA1W  "
        "法定代表人：张三  联系电话：028-12345678\n"
    )
    assert party(els).name == "某某加油站有限公司"
    assert one(els, K.CREDIT_CODE).value == "91510100MA6CGUGA1W"
    assert one(els, K.LEGAL_REP).value == "张三"
    assert one(els, K.PHONE).value == "028-12345678"


def test_web_furniture_never_gives_values() -> None:
    text = (
        "当前位置：首页 > 政务公开 > 行政执法公示\n发布时间：2024-03-05  来源：某某局\n"
        "索引号：11510100MA6CGUGA1W/2024-001\n当事人：张三\n"
    )
    els = run(text)
    assert [e.kind for e in els] == [K.PARTY]


def test_interviewee_in_inquiry_record() -> None:
    text = (
        "询问笔录\n时间：2024年3月5日9时10分至9时55分\n询问人：李四、王五    记录人：王五\n"
        "被询问人：张三    性别：男    年龄：45\n身份证号码：11010519491231002X\n"
        "工作单位：成都某某商贸有限公司    职务：法定代表人\n"
    )
    els = run(text, DocType.INQUIRY_RECORD)
    el = one(els, K.PARTY)
    assert el.role == "被询问人"
    assert el.value == Party(name="张三", party_type=PartyType.INDIVIDUAL)
    assert one(els, K.ID_NUMBER).role == "被询问人"
    assert not [e for e in els if e.kind == K.PARTY and e.value.name in ("李四", "王五")]  # type: ignore[union-attr]


def test_agent_number_is_not_the_party_number() -> None:
    text = (
        "当事人：某某有限公司\n统一社会信用代码：91510100MA6CGUGA1W\n委托代理人：赵六  身份证号码：11010519491231002X\n"
    )
    els = run(text)
    assert [e.kind for e in els if e.kind == K.ID_NUMBER] == []


def test_addressee_line_of_a_notice() -> None:
    text = (
        "成都市锦江区市场监督管理局\n行政处罚告知书\n成锦市监罚告〔2024〕12号\n成都某某商贸有限公司：\n"
        "    本局于2024年2月1日对你单位进行检查……\n"
    )
    el = one(run(text, DocType.NOTICE), K.PARTY)
    assert (el.value, el.role) == (Party(name="成都某某商贸有限公司", party_type=PartyType.ORGANIZATION), "当事人")


def test_addressee_of_a_service_receipt() -> None:
    el = one(run("送达回证\n受送达人：成都某某商贸有限公司\n送达地点：某某路\n", DocType.SERVICE_RECEIPT), K.PARTY)
    assert el.role == "受送达人"


def test_credit_code_in_prose() -> None:
    el = one(run("经查，当事人某某公司（统一社会信用代码为91510100MA6CGUGA1W）于2024年…"), K.CREDIT_CODE)
    assert (el.value, el.valid) == ("91510100MA6CGUGA1W", True)


def test_name_value_on_next_line() -> None:
    assert party(run("当事人：\n成都某某商贸有限公司\n住所：成都市\n")).name == "成都某某商贸有限公司"


def test_full_width_and_provenance_span() -> None:
    text = "当事人：成都某某商贸有限公司\n"
    el = one(run(text), K.PARTY)
    assert text[el.prov.span[0] : el.prov.span[1]] == el.text == "成都某某商贸有限公司"


def test_approver_in_a_form_is_not_the_legal_rep() -> None:
    text = (
        "立案审批表\n当事人：成都某某商贸有限公司\n法定代表人：张三\n简要案情：当事人销售过期食品。\n"
        "负责人意见：同意立案。\n负责人：赵六\n"
    )
    reps = [e.value for e in run(text, DocType.FILING) if e.kind == K.LEGAL_REP]
    assert reps == ["张三"]


def test_party_in_prose_without_colons() -> None:
    text = (
        "行政处罚决定书\n川成市监罚〔2024〕12号\n"
        "当事人醴陵市某某花炮厂，统一社会信用代码91430281691828xxxx，住所醴陵市某某镇某某村，法定代表人陶**。\n"
        "经查，当事人成都某某公司在其经营场所销售过期食品。\n"
    )
    els = run(text)
    assert party(els) == Party(name="醴陵市某某花炮厂", party_type=PartyType.ORGANIZATION)
    assert one(els, K.LEGAL_REP).value == "陶**"
    assert one(els, K.ADDRESS).value == "醴陵市某某镇某某村"
    assert one(els, K.CREDIT_CODE).value == "91430281691828xxxx"


def test_fact_sentence_is_not_a_prose_party() -> None:
    assert (
        run("经查：\n当事人于2024年1月5日销售过期食品。\n当事人成都某某公司在其经营场所销售过期食品，货值150元。\n")
        == []
    )


def test_id_number_of_the_legal_rep() -> None:
    text = "当事人：某某有限公司\n法定代表人：张三  身份证号码：11010519491231002X\n"
    assert one(run(text), K.ID_NUMBER).role == "法定代表人"


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("证照(证件)名称及编号(号码)：营业执照 91510100MA6CGUGA1W", K.CREDIT_CODE, "91510100MA6CGUGA1W"),
        ("证照（证件）名称及编号（号码）：居民身份证 11010519491231002X", K.ID_NUMBER, "11010519491231002X"),
        ("统一社会信用代码（单位）：91510100MA6CGUGA1W", K.CREDIT_CODE, "91510100MA6CGUGA1W"),
        ("公民身份号码：11010519491231002X", K.ID_NUMBER, "11010519491231002X"),
        ("身份证件号码：430281********0012", K.ID_NUMBER, "430281********0012"),
        ("主体资格证照名称：营业执照，统一社会信用代码：92430981M*86A", K.CREDIT_CODE, "92430981M*86A"),
    ],
)
def test_code_labels(line: str, kind: ElementKind, value: str) -> None:
    assert one(run(f"当事人：某某\n{line}\n"), kind).value == value


def test_individual_business_by_code_prefix() -> None:
    els = run("当事人：醴陵市某某烟花爆竹经营部\n统一社会信用代码：92430281MA4L0000XX\n")
    assert party(els).party_type == PartyType.INDIVIDUAL_BUSINESS


def test_shop_name_alone_is_not_typed() -> None:
    assert party(run("当事人：醴陵市某某烟花爆竹经营部\n地址：醴陵市\n")).party_type is None


def test_value_on_the_next_line() -> None:
    text = (
        "经营者：肖某某，男，汉族，1964年9月8日出生，身份证号码：\n513401196409084858\n"
        "住址：某某市某某路 联系电话：\n15140210640\n"
    )
    els = run(text)
    idn = one(els, K.ID_NUMBER)
    assert (idn.value, idn.role) == ("513401196409084858", "经营者")
    assert one(els, K.PHONE).value == "15140210640"


def test_table_rows_without_colons() -> None:
    text = (
        "送达回证\n送达文书名称及文号 《行政处罚决定书》\n受送达人 重庆某某家具制造有限公司\n"
        "送达地点 重庆市渝中区某某路\n"
    )
    el = one(run(text, DocType.SERVICE_RECEIPT), K.PARTY)
    assert (el.value.name, el.role) == ("重庆某某家具制造有限公司", "受送达人")  # type: ignore[union-attr]


def test_ocr_letter_for_digit_in_a_credit_code() -> None:
    """OCR reads 0 as O in 91510106MABG0JBN10 (a code never holds O): repaired when only that reading is valid."""
    from extractors.doctext import DocText
    from extractors.model import Document, Dossier, Page, PageRef

    def code_of(text: str, source: str) -> Element:
        page = Page(file="a.pdf", number=1, file_page=1, text=text, source=source)  # type: ignore[arg-type]
        doc = Document(
            id="d01",
            doc_type=DocType.DECISION,
            title="行政处罚决定书",
            pages=(PageRef(page=1, start=0, end=len(text)),),
        )
        return one(parties.extract(DocText(Dossier(id="t", pages=(page,), documents=(doc,)), doc)), K.CREDIT_CODE)

    text = "当事人:成都某某商贸有限公司\n统一社会信用代码:91510106MABGOJBN10\n法定代表人:张三\n"
    ocr = code_of(text, "ocr")
    assert (ocr.value, ocr.valid, ocr.text) == ("91510106MABG0JBN10", True, "91510106MABGOJBN10")
    typed = code_of(text, "text_layer")
    assert (typed.value, typed.valid) == ("91510106MABGOJBN10", False)
    # a wrong check digit stays wrong: no letter reading makes it valid
    wrong = code_of(text.replace("MABGOJBN10", "MABG0JBN11"), "ocr")
    assert (wrong.value, wrong.valid) == ("91510106MABG0JBN11", False)


def test_opinion_and_signature_lines_of_a_site_record_are_not_parties() -> None:
    text = """现场检查笔录
检查时间：2024年5月6日10时10分至10时40分
当事人：成都市锦江区好邻居商贸有限公司
现场负责人：陈小红
检查情况：店内货架上摆放有标注“耐克”商标的运动鞋12双，当事人未能提供进货凭证。
当事人（现场负责人）意见：以上情况属实。
当事人（现场负责人）签名：陈小红
"""
    els = run(text, DocType.INSPECTION_RECORD)
    assert party(els).name == "成都市锦江区好邻居商贸有限公司"


def test_a_label_ending_in_a_bracket_is_read_without_it() -> None:
    text = "送达回证\n受送达人（单位）：成都市锦江区好邻居商贸有限公司\n送达方式：直接送达\n"
    els = run(text, DocType.SERVICE_RECEIPT)
    assert party(els).name == "成都市锦江区好邻居商贸有限公司"
