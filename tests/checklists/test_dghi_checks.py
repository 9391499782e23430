"""Unit tests for the check types of group DGHI (decision content, consistency, citations, amounts).

The rules' own YAML examples run in test_rule_examples.py; these tests pin the helpers and edge cases behind them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from checklists.checks import (
    binding_order,
    case_number_consistent,
    identifier_check,
    money_daxie,
    page_numbers,
    quantities_consistent,
    review_body,
    stale_article,
    toc_matches,
)
from checklists.context import CheckContext
from checklists.examples import tiny_dossier
from checklists.loader import get_pack, get_profile, parse_params
from checklists.model import InlineDoc, Outcome, Sourced
from extractors.model import DocType, ElementKind


def _params(rule_id: str):  # the rule's own params, parsed by its check type
    rule = next(r for r in get_pack("penalty-general").rules if r.id == rule_id)
    return parse_params(rule, rule.id)


def _ctx(*docs: InlineDoc, **profile: object) -> CheckContext:
    base = get_profile("national")
    update = {k: Sourced(value=v, source="test") for k, v in profile.items()}
    return CheckContext(tiny_dossier(list(docs)), base.model_copy(update=update))


DECISION = """成都市锦江区市场监督管理局
川成锦市监罚〔2024〕12号
当事人：成都市锦江区好邻居商贸有限公司
本局决定对当事人罚款人民币伍万元整。
如不服本决定，可以在收到本决定书之日起六十日内向{body}申请行政复议，也可以在六个月内向成都市锦江区人民法院提起行政诉讼。
成都市锦江区市场监督管理局
{date}
"""


# -- case_number_consistent ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("川成锦市监罚〔2024〕12号", "川成锦市监罚〔2024〕第012号", True),
        ("川成锦市监罚〔2024〕12号", "川成锦市监罚（2024）12号", True),
        ("(川成双)应急罚〔2024〕第177号", "（川成双）应急罚〔2024〕177号", True),
        ("川成锦市监罚〔2024〕12号", "川成锦市监罚〔2024〕21号", False),
        ("川成锦市监罚〔2024〕10号", "川成锦市监罚〔2024〕1号", False),
        ("川成锦市监罚〔2024〕100号", "川成锦市监罚〔2024〕1号", False),
    ],
)
def test_number_key(a: str, b: str, same: bool) -> None:
    assert (case_number_consistent.number_key(a) == case_number_consistent.number_key(b)) is same


# -- identifier_check --------------------------------------------------------------------------------------------
def test_id_check_digit_is_computed_not_taken_from_the_region_table() -> None:
    ctx = _ctx(
        InlineDoc(
            type="行政处罚决定书",
            text="当事人：杜亚琴\n身份证号码：510104198503121232\n本局决定对当事人罚款人民币玖佰元整。\n2024年8月13日",
        )
    )
    el = ctx.elements(ElementKind.ID_NUMBER)[0]
    assert identifier_check._valid(el) is True  # python-stdnum rejects 510104 as an unknown region


def test_masked_numbers_agree_on_their_visible_characters() -> None:
    assert identifier_check._compatible("91510104MA6C5KXJ2W", "915101**********2W", "*×xX")
    assert not identifier_check._compatible("91510104MA6C5KXJ2W", "915101**********2Q", "*×xX")
    assert not identifier_check._compatible("91510104MA6C5KXJ2W", "915101****2W", "*×xX")


# -- review_body ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("issuer", "body", "new_rule", "wrong"),
    [
        ("成都市锦江区市场监督管理局", "成都市锦江区人民政府", True, False),
        ("成都市锦江区市场监督管理局", "锦江区人民政府", True, False),
        ("成都市锦江区市场监督管理局", "成都市人民政府", True, True),
        ("成都市锦江区市场监督管理局", "成都市市场监督管理局", True, True),
        ("成都市锦江区市场监督管理局", "成都市市场监督管理局", False, False),
        ("成都市锦江区市场监督管理局", "上一级主管部门", False, True),
        ("国家税务总局成都市锦江区税务局", "成都市锦江区人民政府", True, True),
        ("国家税务总局成都市锦江区税务局", "国家税务总局成都市税务局", True, False),
        ("成都市锦江区城市管理和综合执法局", "成都市锦江区人民政府", True, False),
    ],
)
def test_review_body_judgement(issuer: str, body: str, new_rule: bool, wrong: bool) -> None:
    p = _params("PG-D06")
    region = review_body._region(p, issuer)
    assert bool(review_body._judge(p, issuer, region, body, new_rule)) is wrong


@pytest.mark.parametrize(
    ("issuer", "region"),
    [
        ("成都市锦江区市场监督管理局", "成都市锦江区"),
        ("攀枝花市东区市场监督管理局", "攀枝花市东区"),
        ("乐山市市中区应急管理局", "乐山市市中区"),
        ("成都市锦江区城市管理和综合执法局", "成都市锦江区"),
        ("湘西土家族苗族自治州生态环境局", "湘西土家族苗族自治州"),
        ("四川省市场监督管理局", "四川省"),
    ],
)
def test_region_of_an_agency_name(issuer: str, region: str) -> None:
    assert review_body._region(_params("PG-D06"), issuer) == region


def test_review_body_follows_the_profile_date() -> None:
    doc = InlineDoc(type="行政处罚决定书", text=DECISION.format(body="成都市市场监督管理局", date="2024年4月10日"))
    p = _params("PG-D06")
    assert review_body.review_body(_ctx(doc), p).outcome == Outcome.FAIL
    later = _ctx(doc, review_body_rule_from="2025-01-01")
    assert review_body.review_body(later, p).outcome == Outcome.PASS


def test_review_body_ignores_a_page_number_inside_the_name() -> None:
    assert review_body._key("攀枝花市\n16\n东区人民政府") == "攀枝花市东区人民政府"


# -- toc_matches ---------------------------------------------------------------------------------------------------
def test_toc_rows_of_a_wrapped_pdf_table() -> None:
    text = (
        "卷内文件目录\n序号 文件名称 文号 日期 页号 备注\n1 案件来源登记表 2024年4月22\n日\n1\n"
        "2 立案审批表 2024年4月30\n日\n2\n3 行政处罚决定书 (川成双)应急罚〔2024\n〕第177号 2024年6月6日 3-4\n"
        "4 结案审批表 2024年6月13 日\n5\n"
    )
    rows = toc_matches.parse_rows(text, _params("PG-G09"))
    assert [r.doc_type for r in rows] == [DocType.CASE_SOURCE, DocType.FILING, DocType.DECISION, DocType.CLOSING]
    assert [r.page for r in rows] == [1, 2, 3, 5]


def test_toc_rows_without_a_number_column() -> None:
    text = "卷内目录\n立案审批表 2024.3.1 1\n询问笔录 2024.3.5 2-3\n行政处罚决定书 2024.4.10 4\n"
    rows = toc_matches.parse_rows(text, _params("PG-G09"))
    assert [r.page for r in rows] == [1, 2, 4]


def test_toc_case_name_line_is_no_row() -> None:
    text = "卷内目录\n案件名称：某某公司无营业执照从事经营活动案\n1 立案审批表 2024年3月1日 1\n"
    rows = toc_matches.parse_rows(text, _params("PG-G09"))
    assert [r.doc_type for r in rows] == [DocType.FILING]


# -- page_numbers --------------------------------------------------------------------------------------------------
def test_page_numbers_top_right_profile() -> None:
    docs = (
        InlineDoc(type="立案审批表", text="案由：涉嫌销售超过保质期食品案\n负责人意见：同意立案。 2024年3月1日"),
        InlineDoc(type="结案审批表", text="机关负责人意见：同意结案。 2024年4月30日"),
    )
    p = _params("PG-G10")
    # the first line of each page is its title in these examples: no number there, so nothing to judge
    assert page_numbers.page_numbers(_ctx(*docs, pagination_corner="top-right"), p).outcome == Outcome.CANNOT_TELL


# -- stale_article -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "cn"), [(3, "三"), (10, "十"), (32, "三十二"), (105, "一百零五"), (124, "一百二十四")])
def test_article_numbers_in_words(n: int, cn: str) -> None:
    assert stale_article._cn(n) == cn


def test_stale_sentence_spans_wrapped_lines() -> None:
    p = stale_article.Params(law_pattern="行政处罚法", effective_from=dt.date(2021, 7, 15), articles=[])
    line = "根据《中华人民共和国行政处罚法》第三十一条、第三十二条的规定，你单位享"
    text = f"{line}\n有陈述、申辩的权利。"
    start = text.index("《")
    assert stale_article._sentence(text, start, start + 10, p).endswith("申辩的权利")
    short = "告知如下：\n根据《中华人民共和国行政处罚法》第三十二条的规定"
    assert not stale_article._sentence(short, short.index("根据"), len(short), p).startswith("告知")


# -- quantities_consistent -----------------------------------------------------------------------------------------
def test_fact_sentences_join_wrapped_lines_but_not_headings() -> None:
    p = _params("PG-G07")
    heading = "三、调查认定的事实"
    wrapped = "经查，当事人于2024年2月1日从成都佳禾食品贸易有限公司购进鲜花饼共13盒，以37元/盒的价格"
    norm = f"{heading}\n{wrapped}\n对外销售。"
    spans = quantities_consistent._sentences(norm, p)
    texts = [norm[a:b] for a, b in spans]
    assert texts[0] == heading
    assert texts[1].endswith("对外销售")


# -- money_daxie ---------------------------------------------------------------------------------------------------
def test_daxie_problems() -> None:
    doc = InlineDoc(
        type="行政处罚决定书",
        text="本局决定对当事人作出如下行政处罚：罚款伍仟元（¥5000.00）；没收违法所得人民币壹佰贰拾元整（¥120.00）。",
    )
    ctx = _ctx(doc)
    p = _params("PG-I02")
    by_text = {e.text: money_daxie._problems(ctx, e, p) for e in ctx.elements(ElementKind.MONEY) if "元" in e.text}
    assert by_text["伍仟元"] == ["大写金额前未写“人民币”", "大写金额到元为止的，末尾应写“整”"]
    assert by_text["人民币壹佰贰拾元整"] == []


# -- binding_order -------------------------------------------------------------------------------------------------
def test_binding_order_rejects_a_reversed_range() -> None:
    with pytest.raises(ValidationError):
        binding_order.Params(orders={"A": {"法制审核": [9, 5]}})
    with pytest.raises(ValidationError):
        binding_order.Params(orders={"A": {"不存在的文书": 1}})


def test_binding_order_unknown_variant_cannot_tell() -> None:
    docs = (
        InlineDoc(type="立案审批表", text="案由：涉嫌销售超过保质期食品案\n负责人意见：同意立案。 2024年3月1日"),
        InlineDoc(type="结案审批表", text="机关负责人意见：同意结案。 2024年4月30日"),
    )
    result = binding_order.binding_order(_ctx(*docs, binding_order="D"), _params("PG-G11"))
    assert result.outcome == Outcome.CANNOT_TELL


def test_page_numbers_a_docx_page_without_a_number_in_its_text_is_not_a_gap() -> None:
    """DOCX page numbers live in footer fields that the body text does not show: such a page is not "unnumbered"."""
    docs = (
        InlineDoc(type="立案审批表", text="案由：涉嫌销售超过保质期食品案\n负责人意见：同意立案。 2024年3月1日\n1"),
        InlineDoc(type="询问笔录", text="问：你的基本情况？\n答：我叫张三。\n2"),
        InlineDoc(type="结案审批表", text="机关负责人意见：同意结案。 2024年4月30日"),
    )
    dossier = tiny_dossier(list(docs))
    pages = list(dossier.pages)
    p = _params("PG-G10")
    as_text = CheckContext(dossier, get_profile("national"))
    assert page_numbers.page_numbers(as_text, p).outcome == Outcome.FAIL  # a text page with no number is a gap
    pages[2] = pages[2].model_copy(update={"source": "docx"})
    as_docx = CheckContext(dossier.model_copy(update={"pages": tuple(pages)}), get_profile("national"))
    assert page_numbers.page_numbers(as_docx, p).outcome == Outcome.PASS
