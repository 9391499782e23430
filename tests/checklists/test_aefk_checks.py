"""Unit tests for the check types of group AEFK beyond the rules' own YAML examples: helpers, profile-dependent
branches and OCR pages, which inline examples cannot reach."""

from __future__ import annotations

from typing import Any

from checklists import registry
from checklists.checks.form_fields import Field, field_values
from checklists.checks.served_documents import named_titles
from checklists.checks.service_method import ticked, without_boxes
from checklists.context import CheckContext
from checklists.examples import tiny_dossier
from checklists.loader import get_profile
from checklists.model import CheckResult, InlineDoc, Outcome, Profile, Sourced
from extractors.model import DocType, Dossier
from extractors.normalize import normalize

DECISION = """成都市锦江区市场监督管理局
川成锦市监罚〔2024〕12号
当事人：成都市锦江区好邻居商贸有限公司
统一社会信用代码：91510104MA6CUK7Y2N
法定代表人：张三
住所：成都市锦江区东大街100号
本局决定对当事人作出如下行政处罚：罚款人民币陆万元整（¥60000.00）。
成都市锦江区市场监督管理局
二〇二四年三月二十五日
"""


def _run(name: str, params: dict[str, Any], dossier: Dossier, profile: Profile | None = None) -> CheckResult:
    ctype = registry.get(name)
    assert ctype is not None, name
    return ctype.fn(CheckContext(dossier, profile or get_profile("national")), ctype.params.model_validate(params))


def _profile(**values: Any) -> Profile:
    base = get_profile("national")
    return base.model_copy(update={k: Sourced(value=v, source="测试") for k, v in values.items()})


def _ocr(dossier: Dossier) -> Dossier:
    return dossier.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in dossier.pages)})


# helpers -------------------------------------------------------------------------------------------------------------
def test_named_titles_prefers_the_longest_title() -> None:
    named = named_titles("送达文书：《行政处罚听证告知书》（川成锦市监听告〔2024〕3号）")
    assert (DocType.HEARING_NOTICE, None) in named
    assert (DocType.NOTICE, None) not in named


def test_named_titles_reads_decision_variants() -> None:
    assert (DocType.DECISION, "不予行政处罚决定书") in named_titles("《不予行政处罚决定书》")
    assert (DocType.DECISION, None) in named_titles("《行政处罚决定书》")


def test_ticked_options() -> None:
    assert ticked("□直接送达 ☑留置送达 □邮寄送达", "□", ["☑"]) == "留置送达"
    assert ticked("□直接送达 □留置送达", "□", ["☑"]) == ""
    assert ticked("直接送达", "□", ["☑"]) == "直接送达"
    assert without_boxes("送达方式：□直接送达\n拒绝签收", "□") == " " * len("送达方式：□直接送达") + "\n拒绝签收"


def test_field_value_on_next_line_and_blank_slot() -> None:
    field = Field(name="签收人", labels=["受送达人签名"], strip=[r"\d{4}年\d{1,2}月\d{1,2}日"])
    text = normalize("受送达人签名（盖章）：\n张三\n送达人：李明")
    assert [v.value for v in field_values(text, field)] == ["张三"]
    blank = normalize("受送达人签名（盖章）：\n2024年3月26日\n送达人：李明")
    assert [v.value for v in field_values(blank, field)] == [""]
    next_label = normalize("受送达人签名：\n送达人：李明")
    assert [v.value for v in field_values(next_label, field)] == [""]


def test_field_value_cut_at_next_label_on_the_line() -> None:
    field = Field(name="送达方式", labels=["送达方式"])
    text = normalize("送达方式：    送达人：李明")
    assert [v.value for v in field_values(text, field)] == [""]


# profile-dependent branches ------------------------------------------------------------------------------------------
E04 = {
    "when_any": [{"fine_at_least_param": "collective_discussion_fine"}],
    "require": [[{"label": "集体讨论记录", "doc_types": ["集体讨论记录"]}]],
}


def test_collective_discussion_by_profile_amount() -> None:
    dossier = tiny_dossier([InlineDoc(type="行政处罚决定书", text=DECISION)])
    assert _run("required_documents.v1", E04, dossier).outcome == Outcome.NOT_APPLICABLE
    result = _run("required_documents.v1", E04, dossier, _profile(collective_discussion_fine=50000))
    assert result.outcome == Outcome.FAIL
    assert any("陆万元" in e.quote or "60000" in e.quote for e in result.evidence)


def test_hearing_threshold_for_individual_business() -> None:
    notice = InlineDoc(
        type="告知书",
        title="行政处罚告知书",
        text="成都市锦江区老王副食店：\n本局拟对你店作出如下行政处罚：罚款人民币叁万元整（¥30000.00）。\n"
        "你店可在收到本告知书之日起五个工作日内提出陈述、申辩。\n",
    )
    decision = InlineDoc(
        type="行政处罚决定书",
        text="川成锦市监罚〔2024〕15号\n当事人：成都市锦江区老王副食店\n统一社会信用代码：92510104MA6DQ8N1XA\n经营者：王建国\n",
    )
    dossier = tiny_dossier([notice, decision])
    params: dict[str, Any] = {"heavy_penalties": ["吊销许可证件"]}
    assert _run("hearing_right.v1", params, dossier).outcome == Outcome.FAIL
    as_org = {**params, "individual_business_as": "organization"}
    assert _run("hearing_right.v1", as_org, dossier).outcome == Outcome.NOT_APPLICABLE


def test_closing_position_only_checked_for_its_binding_orders() -> None:
    docs = [
        InlineDoc(type="结案审批表", text="负责人意见：同意结案。 2024年4月10日\n"),
        InlineDoc(type="执行材料", title="罚没款缴款书", text="付款人全称：成都市锦江区好邻居商贸有限公司\n"),
    ]
    dossier = tiny_dossier(docs)
    params = {"doc_types": ["结案审批表"], "may_follow": ["备考表"], "binding_orders": ["A", "B"]}
    assert _run("document_last.v1", params, dossier).outcome == Outcome.FAIL
    assert _run("document_last.v1", params, dossier, _profile(binding_order="C")).outcome == Outcome.PASS


# OCR pages -----------------------------------------------------------------------------------------------------------
RECORD = """询问时间：2024年3月5日9时10分至9时55分
被询问人：张三    性别：男
问：你公司货架上共有多少盒过期牛奶？
答：共有48盒。
被询问人签名：张三        2024年3月5日
"""
K03 = {"doc_types": ["询问笔录"], "patterns": ["以下空白"], "label": "以下空白"}


def test_missing_phrase_fails_on_typed_text_but_not_on_ocr() -> None:
    dossier = tiny_dossier([InlineDoc(type="询问笔录", text=RECORD)])
    assert _run("records_text.v1", K03, dossier).outcome == Outcome.FAIL
    assert _run("records_text.v1", K03, _ocr(dossier)).outcome == Outcome.CANNOT_TELL
    strict = {**K03, "ocr_absent": "fail"}
    assert _run("records_text.v1", strict, _ocr(dossier)).outcome == Outcome.FAIL


def test_signature_on_every_page_needed_for_a_pass() -> None:
    confirmed = RECORD.replace("答：共有48盒。", "答：以上笔录我已看过，与我所说相符。")
    params = {**K03, "patterns": ["与我所说相符"], "signature_roles": ["被询问人"]}
    assert _run("records_text.v1", params, tiny_dossier([InlineDoc(type="询问笔录", text=confirmed)])).outcome == (
        Outcome.PASS
    )
    blank = confirmed.replace("被询问人签名：张三", "被询问人签名：")
    result = _run("records_text.v1", params, tiny_dossier([InlineDoc(type="询问笔录", text=blank)]))
    assert result.outcome == Outcome.CANNOT_TELL


# evidence ------------------------------------------------------------------------------------------------------------
def test_served_documents_fail_names_the_unserved_title() -> None:
    dossier = tiny_dossier([InlineDoc(type="行政处罚决定书", text=DECISION)])
    result = _run("served_documents.v1", {"targets": [{"doc_types": ["行政处罚决定书"]}]}, dossier)
    assert result.outcome == Outcome.FAIL
    assert result.values["missing"] == "行政处罚决定书"
    assert result.evidence[0].prov is not None


def test_basis_instrument_rule_marker_after_title() -> None:
    text = DECISION.replace(
        "本局决定", "依据《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）第五十二条的规定，本局决定"
    )
    params = {
        "law_endings": ["法", "条例"],
        "ambiguous_endings": ["办法", "规定"],
        "normative_endings": ["通知"],
        "rule_markers": ["令第"],
    }
    dossier = tiny_dossier([InlineDoc(type="行政处罚决定书", text=text)])
    assert _run("basis_instrument.v1", params, dossier).outcome == Outcome.PASS
    assert _run("basis_instrument.v1", {**params, "rule_markers": []}, dossier).outcome == Outcome.CANNOT_TELL
