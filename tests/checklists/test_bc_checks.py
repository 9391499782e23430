"""Group BC check types (chronology, persons and authority) beyond their rules' YAML examples."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from checklists import registry
from checklists.checks.date_chain import StepRef, norm_number, resolve
from checklists.checks.limitation_period import add_years
from checklists.checks.party_age import age_on, birth_from_id
from checklists.context import CheckContext
from checklists.examples import tiny_dossier
from checklists.loader import get_profile
from checklists.model import CheckResult, InlineDoc, Outcome
from checklists.refs import date_of

AGENCY = "成都市锦江区市场监督管理局"

NOTICE = InlineDoc(
    type="告知书",
    text=f"""{AGENCY}
川成锦市监罚告〔2024〕12号
成都市锦江区好邻居商贸有限公司：
本局拟对你单位作出罚款人民币伍仟元整的行政处罚。你单位可在收到本告知书之日起五个工作日内提出陈述、申辩。
{AGENCY}
二〇二四年三月二十日
""",
)


def decision(
    day: str, agency: str = AGENCY, body: str = "本局决定对当事人作出如下行政处罚：罚款人民币伍仟元整。"
) -> InlineDoc:
    return InlineDoc(
        type="行政处罚决定书",
        text=f"""{agency}
川成锦市监罚〔2024〕12号
当事人：成都市锦江区好邻居商贸有限公司
{body}
{agency}
{day}
""",
    )


def receipt(what: str, day: str, remark: str = "") -> InlineDoc:
    return InlineDoc(type="送达回证", text=f"送达文书：{what}\n受送达人签名：陈小红\n{day}\n{remark}")


def ctx_of(*docs: InlineDoc) -> CheckContext:
    return CheckContext(tiny_dossier(list(docs)), get_profile("national"))


def run(name: str, ctx: CheckContext, params: dict) -> CheckResult:
    ctype = registry.get(name)
    assert ctype is not None, name
    return ctype.fn(ctx, ctype.params.model_validate(params))


DECISION_STEP = {"label": "处罚决定日期", "doc_types": ["行政处罚决定书"], "roles": ["落款"], "pick": "last"}
NOTICE_SERVED = {
    "label": "告知书送达日期",
    "doc_types": ["告知书"],
    "served": True,
    "names": ["告知书"],
    "fallback_own_date": True,
    "roles": ["落款"],
    "pick": "earliest",
}


# StepRef ---------------------------------------------------------------------------------------------------------
def test_norm_number_treats_bracket_forms_alike() -> None:
    assert norm_number("川成锦市监罚〔2024〕12号") == norm_number("川成锦市监罚[2024] 12号")
    assert norm_number("川成锦市监罚（2024）12号") == norm_number("川成锦市监罚(2024)12号")


def test_served_step_uses_the_receipt_naming_the_document_by_number() -> None:
    ctx = ctx_of(
        NOTICE,
        decision("二〇二四年四月八日"),
        receipt("行政处罚决定书（川成锦市监罚[2024]12号）", "2024年4月9日"),
        receipt("川成锦市监罚告〔2024〕12号", "2024年3月21日"),
    )
    served = StepRef.model_validate({"label": "决定书送达", "doc_types": ["行政处罚决定书"], "served": True})
    el = resolve(ctx, served)
    assert el is not None and date_of(el) == dt.date(2024, 4, 9)
    notice = resolve(ctx, StepRef.model_validate(NOTICE_SERVED))
    assert notice is not None and date_of(notice) == dt.date(2024, 3, 21)


def test_served_step_without_receipt_falls_back_only_when_asked() -> None:
    ctx = ctx_of(NOTICE)
    with_fallback = resolve(ctx, StepRef.model_validate(NOTICE_SERVED))
    assert with_fallback is not None and date_of(with_fallback) == dt.date(2024, 3, 20)
    strict = StepRef.model_validate({**NOTICE_SERVED, "fallback_own_date": False})
    assert resolve(ctx, strict) is None


def test_step_title_filter_selects_documents() -> None:
    ctx = ctx_of(
        InlineDoc(
            type="先行登记保存",
            title="先行登记保存证据通知书",
            text=f"{AGENCY}\n本局决定先行登记保存。\n{AGENCY}\n2024年3月5日",
        ),
        InlineDoc(
            type="先行登记保存",
            title="解除先行登记保存证据通知书",
            text=f"{AGENCY}\n本局决定解除。\n{AGENCY}\n2024年3月9日",
        ),
    )
    ref = StepRef.model_validate(
        {"label": "解除", "doc_types": ["先行登记保存"], "titles": ["解除"], "roles": ["落款"]}
    )
    el = resolve(ctx, ref)
    assert el is not None and date_of(el) == dt.date(2024, 3, 9)


# date_chain.v1 ---------------------------------------------------------------------------------------------------
def test_chain_reports_the_nearest_earlier_step_dated_after() -> None:
    ctx = ctx_of(NOTICE, decision("二〇二四年三月十五日"))
    result = run(
        "date_chain.v1",
        ctx,
        {"steps": [{"label": "告知书日期", "doc_types": ["告知书"], "roles": ["落款"]}, DECISION_STEP]},
    )
    assert result.outcome == Outcome.FAIL
    assert result.values["earlier_name"] == "告知书日期" and result.values["later"] == "2024-03-15"


def test_chain_skips_missing_steps_and_needs_two() -> None:
    ctx = ctx_of(decision("二〇二四年四月八日"))
    steps = [{"label": "立案日期", "doc_types": ["立案审批表"], "roles": ["立案批准"]}, DECISION_STEP]
    assert run("date_chain.v1", ctx, {"steps": steps}).outcome == Outcome.CANNOT_TELL


def test_chain_strict_fails_on_the_same_day() -> None:
    ctx = ctx_of(NOTICE, decision("二〇二四年三月二十日"))
    steps = [{"label": "告知书日期", "doc_types": ["告知书"], "roles": ["落款"]}, DECISION_STEP]
    assert run("date_chain.v1", ctx, {"steps": steps}).outcome == Outcome.PASS
    assert run("date_chain.v1", ctx, {"steps": steps, "strict": True}).outcome == Outcome.FAIL


def test_bound_only_with_before_last() -> None:
    ctype = registry.get("date_chain.v1")
    assert ctype is not None
    with pytest.raises(ValidationError):
        ctype.params.model_validate({"mode": "chain", "steps": [DECISION_STEP, DECISION_STEP], "bound": DECISION_STEP})


def test_pairs_mode_needs_even_steps() -> None:
    ctype = registry.get("date_chain.v1")
    assert ctype is not None
    with pytest.raises(ValidationError):
        ctype.params.model_validate({"mode": "pairs", "steps": [DECISION_STEP, DECISION_STEP, DECISION_STEP]})


# step_deadline.v1 ------------------------------------------------------------------------------------------------
STATEMENT = {"start": NOTICE_SERVED, "end": DECISION_STEP, "days_param": "statement_period_days", "mode": "not_before"}


def test_decision_inside_statement_period_fails_unless_waived() -> None:
    early = [NOTICE, receipt("行政处罚告知书", "2024年3月21日"), decision("二〇二四年三月二十五日")]
    result = run("step_deadline.v1", ctx_of(*early), STATEMENT)
    assert result.outcome == Outcome.FAIL and result.values["deadline"] == "2024-03-28"
    waived = [
        NOTICE,
        receipt("行政处罚告知书", "2024年3月21日", "备注：受送达人明确表示放弃陈述、申辩。"),
        decision("二〇二四年三月二十五日"),
    ]
    params = {**STATEMENT, "waived_by": [{"text": {"doc_types": ["送达回证"], "patterns": ["明确表示放弃陈述"]}}]}
    result = run("step_deadline.v1", ctx_of(*waived), params)
    assert result.outcome == Outcome.PASS and any("放弃" in e.quote for e in result.evidence)


def test_within_mode_with_extension_and_excuse() -> None:
    filing = InlineDoc(type="立案审批表", text=f"{AGENCY}\n负责人意见：同意立案。\n负责人：王刚\n2024年3月1日")
    late = decision("二〇二四年六月十八日")
    params = {
        "start": {"label": "立案", "doc_types": ["立案审批表"], "roles": ["立案批准"]},
        "end": DECISION_STEP,
        "days_param": "case_time_limit_days",
        "unit": "calendar",
    }
    assert run("step_deadline.v1", ctx_of(filing, late), params).outcome == Outcome.FAIL
    extension = InlineDoc(
        type="内部审批(通用)",
        title="延长办案期限审批表",
        text=f"{AGENCY}\n审批事项：申请延长办案期限三十日。\n机关负责人意见：同意。\n负责人：王刚\n2024年5月20日",
    )
    with_ext = {
        **params,
        "extensions": [{"when": {"text": {"patterns": ["延长办案期限"]}}, "days_param": "case_extension_days"}],
    }
    assert run("step_deadline.v1", ctx_of(filing, extension, late), with_ext).outcome == Outcome.PASS
    excused = {**params, "excused_by": [{"doc_present": ["内部审批(通用)"]}]}
    assert run("step_deadline.v1", ctx_of(filing, extension, late), excused).outcome == Outcome.CANNOT_TELL


def test_on_or_after_accepts_the_last_day() -> None:
    notice = InlineDoc(
        type="听证材料",
        title="行政处罚听证通知书",
        text=f"{AGENCY}\n本局定于2024年4月19日举行听证。\n{AGENCY}\n2024年4月10日",
    )
    record = InlineDoc(
        type="听证材料", title="听证笔录", text="听证时间：2024年4月19日9时00分至11时00分\n听证主持人：刘强"
    )
    params = {
        "start": {"label": "通知", "doc_types": ["听证材料"], "variants": ["听证通知书"], "roles": ["落款"]},
        "end": {"label": "听证", "doc_types": ["听证材料"], "variants": ["听证笔录"], "kind": "起止时间"},
        "days": 7,
        "mode": "on_or_after",
    }
    result = run("step_deadline.v1", ctx_of(notice, record), params)
    assert result.outcome == Outcome.PASS and result.values["deadline"] == "2024-04-19"
    assert run("step_deadline.v1", ctx_of(notice, record), {**params, "mode": "not_before"}).outcome == Outcome.FAIL


def test_step_deadline_needs_one_period() -> None:
    ctype = registry.get("step_deadline.v1")
    assert ctype is not None
    with pytest.raises(ValidationError):
        ctype.params.model_validate({"start": DECISION_STEP, "end": DECISION_STEP})


# limitation_period.v1 --------------------------------------------------------------------------------------------
def test_add_years_on_29_february() -> None:
    assert add_years(dt.date(2024, 2, 29), 2) == dt.date(2026, 2, 28)
    assert add_years(dt.date(2023, 5, 6), 2) == dt.date(2025, 5, 6)


def test_limitation_counts_two_years_to_the_day() -> None:
    source = InlineDoc(type="案件来源登记表", text=f"{AGENCY}\n案件来源：投诉举报\n登记时间：2024年3月1日")
    params = {
        "offence": {"label": "违法", "doc_types": ["行政处罚决定书"], "roles": ["违法行为"], "pick": "latest"},
        "discovery": {"label": "发现", "doc_types": ["案件来源登记表"], "roles": ["受理", "发现"]},
    }
    on_time = decision("二〇二四年四月八日", body="经查，当事人于2022年3月1日在其门店销售超过保质期的食品。")
    assert run("limitation_period.v1", ctx_of(source, on_time), params).outcome == Outcome.PASS
    late = decision("二〇二四年四月八日", body="经查，当事人于2022年2月28日在其门店销售超过保质期的食品。")
    assert run("limitation_period.v1", ctx_of(source, late), params).outcome == Outcome.FAIL


# record_times.v1 -------------------------------------------------------------------------------------------------
def inquiry(time: str, place: str, officers: str) -> InlineDoc:
    return InlineDoc(type="询问笔录", text=f"询问时间：{time}\n询问地点：{place}\n询问人：{officers}\n被询问人：陈小红")


RECORD = {"doc_types": ["询问笔录"], "place_patterns": ["地点[:：](?P<place>[^\\n]+)"]}


def test_overlap_only_counts_at_different_places() -> None:
    a = inquiry(
        "2024年3月5日9时10分至10时00分", "东大街100号", "李明（执法证号：51010021001）、张华（执法证号：51010021002）"
    )
    b = inquiry(
        "2024年3月5日9时30分至10时10分",
        "人民南路四段9号",
        "李明（执法证号：51010021001）、王芳（执法证号：51010021003）",
    )
    same = inquiry(
        "2024年3月5日9时30分至10时10分", "东大街100号", "李明（执法证号：51010021001）、王芳（执法证号：51010021003）"
    )
    assert run("record_times.v1", ctx_of(a, b), RECORD).outcome == Outcome.FAIL
    assert run("record_times.v1", ctx_of(a, same), RECORD).outcome == Outcome.PASS


def test_implausibly_long_record() -> None:
    long = inquiry("2024年9月27日12时15分至11时59分", "东大街100号", "李明、张华")
    assert run("record_times.v1", ctx_of(long), {**RECORD, "max_minutes": 480}).outcome == Outcome.FAIL


# officer_count.v1 / officer_certificates.v1 ----------------------------------------------------------------------
def test_debris_names_do_not_count_as_officers() -> None:
    one = inquiry("2024年3月5日9时10分至9时55分", "东大街100号", "李明（执法证号：川成执字第0123号）")
    params = {"doc_types": ["询问笔录"], "ignore_names": ["执字$"]}
    assert run("officer_count.v1", ctx_of(one), params).outcome == Outcome.FAIL


CERTS = {
    "shapes": ["\\d{11}", "[\\u4e00-\\u9fff]{1,6}执字第?\\d{3,8}号"],
    "cert_label": "[ \\t]*(?:[（(][ \\t]*)?(?:执法证号|证号)[ \\t]*[:：]?[ \\t]*",
    "ignore_names": ["执字$"],
}


def test_certificate_read_as_written_and_compared_by_officer() -> None:
    a = inquiry(
        "2024年3月5日9时10分至9时55分",
        "东大街100号",
        "李明（执法证号：川成执字第0123号）、张华（执法证号：川成执字第0456号）",
    )
    b = InlineDoc(
        type="现场检查(勘验)笔录",
        title="现场检查笔录",
        text="检查时间：2024年3月5日8时30分至9时00分\n执法人员：李明（执法证号：川成执字第0124号）、张华（执法证号：川成执字第0456号）",
    )
    assert run("officer_certificates.v1", ctx_of(a), CERTS).outcome == Outcome.PASS
    result = run("officer_certificates.v1", ctx_of(a, b), CERTS)
    assert result.outcome == Outcome.FAIL
    assert {e.quote for e in result.evidence} == {"川成执字第0123号", "川成执字第0124号"}


# issuer_consistent.v1 --------------------------------------------------------------------------------------------
def test_issuer_synonyms_and_nesting() -> None:
    params = {"doc_types": ["告知书", "行政处罚决定书"], "synonyms": [["市场监管局", "市场监督管理局"]]}
    short = InlineDoc(
        type="告知书",
        text="锦江区市场监管局\n成都市锦江区好邻居商贸有限公司：\n本局拟作出行政处罚。\n锦江区市场监管局\n2024年3月20日",
    )
    assert run("issuer_consistent.v1", ctx_of(short, decision("2024年4月8日")), params).outcome == Outcome.PASS
    other = decision("2024年4月8日", agency="成都市武侯区市场监督管理局")
    assert run("issuer_consistent.v1", ctx_of(NOTICE, other), params).outcome == Outcome.FAIL
    without = {**params, "synonyms": []}
    assert run("issuer_consistent.v1", ctx_of(short, decision("2024年4月8日")), without).outcome == Outcome.FAIL


def test_issuer_ocr_one_char_apart() -> None:
    from checklists.checks.issuer_consistent import _one_char_apart

    # substituted, dropped and added characters, also against the end of a longer name
    assert _one_char_apart("德阳市旌阳区市场监督管理局", "德阳市连阳区市场监督管理局", True)
    assert _one_char_apart("长沙市岳麓区商务局", "长沙市岳区商务局", True)
    assert _one_char_apart("自贡市自流井区文化体育和旅游局", "自贡市自流井区化体育和旅游局", True)
    assert _one_char_apart("岳麓区商务局", "长沙市岳区商务局", True)
    assert not _one_char_apart("岳麓区商务局", "长沙市岳区商务局", False)
    # two characters, or a different level of government, are not a misread
    assert not _one_char_apart("德阳市旌阳区市场监督管理局", "德阳市罗江区市场监督管理局", True)
    assert not _one_char_apart("成都市锦江区市场监督管理局", "成都市市场监督管理局", True)


# party_age.v1 ----------------------------------------------------------------------------------------------------
def test_birth_from_id_and_age() -> None:
    assert birth_from_id("510104200801010013") == dt.date(2008, 1, 1)
    assert birth_from_id("5101042008********") is None
    assert birth_from_id("510104200802300013") is None
    assert age_on(dt.date(2008, 1, 1), dt.date(2025, 12, 31)) == 17
    assert age_on(dt.date(2008, 1, 1), dt.date(2026, 1, 1)) == 18


def test_minor_without_act_date_uses_the_filing_bound() -> None:
    filing = InlineDoc(type="立案审批表", text=f"{AGENCY}\n负责人意见：同意立案。\n负责人：王刚\n2024年3月1日")
    minor = decision("二〇二四年四月八日", body="本局决定对当事人作出如下行政处罚：罚款人民币伍佰元整。").model_copy(
        update={
            "text": f"{AGENCY}\n川成锦市监罚〔2024〕12号\n当事人：王小明，男\n身份证号码：510104200801010013\n"
            f"本局决定对当事人作出如下行政处罚：罚款人民币伍佰元整。\n{AGENCY}\n二〇二四年四月八日"
        }
    )
    params = {
        "doc_types": ["行政处罚决定书"],
        "lenient": ["从轻", "减轻"],
        "act": {"label": "违法", "doc_types": ["行政处罚决定书"], "roles": ["违法行为"]},
        "bound": {"label": "立案", "doc_types": ["立案审批表"], "roles": ["立案批准"]},
    }
    result = run("party_age.v1", ctx_of(filing, minor), params)
    assert result.outcome == Outcome.FAIL and result.values["age"] == "16"


def test_limitation_ignores_dates_that_only_stand_in_excluded_clauses() -> None:
    source = InlineDoc(type="案件来源登记表", text=f"{AGENCY}\n案件来源：投诉举报\n登记时间：2024年3月1日")
    body = "经查，当事人于2015年3月5日成立。当事人于2021年1月5日在其门店销售超过保质期的食品。"
    params = {
        "offence": {"label": "违法", "doc_types": ["行政处罚决定书"], "roles": ["违法行为", None], "any_role": True},
        "discovery": {"label": "发现", "doc_types": ["案件来源登记表"], "roles": ["受理", "发现"]},
        "exclude_context": ["成立"],
    }
    result = run("limitation_period.v1", ctx_of(source, decision("二〇二四年四月八日", body=body)), params)
    assert result.outcome == Outcome.FAIL and result.values["offence"] == "2021-01-05"
    only_founding = decision("二〇二四年四月八日", body="经查，当事人于2015年3月5日成立。当事人销售超过保质期的食品。")
    assert run("limitation_period.v1", ctx_of(source, only_founding), params).outcome == Outcome.CANNOT_TELL
