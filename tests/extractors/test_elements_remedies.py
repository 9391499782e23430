"""remedies: REMEDY (复议 / 诉讼 with period and body) and RIGHTS (陈述申辩 / 听证)."""

from __future__ import annotations

from extractors.elements import remedies
from extractors.model import DocType, Element, ElementKind, Remedy
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return remedies.extract(doc_text(text, doc_type))


def routes(text: str) -> list[Remedy]:
    return [e.value for e in run(text) if e.kind == ElementKind.REMEDY]  # type: ignore[misc]


def test_standard_clause() -> None:
    text = (
        "如不服本处罚决定，可在收到本决定书之日起六十日内向成都市某某区人民政府申请行政复议，"
        "或者在六个月内依法向成都市某某区人民法院提起行政诉讼。"
    )
    assert routes(text) == [
        Remedy(channel="复议", period=60, unit="日", body="成都市某某区人民政府"),
        Remedy(channel="诉讼", period=6, unit="月", body="成都市某某区人民法院"),
    ]


def test_arabic_numerals_alternative_bodies_and_semicolon() -> None:
    text = (
        "当事人如不服本决定，可以在收到本决定书之日起60日内向醴陵市人民政府或者株洲市应急管理局申请行政复议；"
        "也可以在6个月内直接向醴陵市人民法院起诉。"
    )
    assert routes(text) == [
        Remedy(channel="复议", period=60, unit="日", body="醴陵市人民政府或者株洲市应急管理局"),
        Remedy(channel="诉讼", period=6, unit="月", body="醴陵市人民法院"),
    ]


def test_old_periods() -> None:
    text = "可在十五日内向某某市人民政府申请复议，也可以在三个月内向某某区人民法院提起诉讼。"
    assert [(r.period, r.unit) for r in routes(text)] == [(15, "日"), (3, "月")]


def test_no_suspension_sentence_is_not_a_route() -> None:
    text = (
        "可在六十日内向某某市人民政府申请行政复议，或者在六个月内向某某区人民法院提起行政诉讼。"
        "申请行政复议或者提起行政诉讼期间，本决定不停止执行。"
    )
    assert len(routes(text)) == 2


def test_bare_route_only_without_fuller_one() -> None:
    assert routes("当事人可以依法申请行政复议或者提起行政诉讼。") == [Remedy(channel="复议"), Remedy(channel="诉讼")]


def test_role_is_channel_and_text_from_period() -> None:
    els = run("可在收到本决定书之日起六十日内向某某市人民政府申请行政复议。")
    assert [(e.role, e.text) for e in els] == [("复议", "六十日内向某某市人民政府申请行政复议")]


def test_rights_in_notice() -> None:
    text = (
        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可在收到本告知书之日起五个工作日内向本局提出陈述、"
        "申辩，逾期未提出的，视为放弃上述权利。你单位有要求举行听证的权利。"
    )
    els = [e for e in run(text, DocType.NOTICE) if e.kind == ElementKind.RIGHTS]
    assert [e.role for e in els] == ["陈述申辩", "听证"]
    assert str(els[1].value) == "你单位有要求举行听证的权利"


def test_one_sentence_with_both_rights() -> None:
    els = run("你单位享有陈述、申辩和要求听证的权利。", DocType.NOTICE)
    assert [e.role for e in els] == ["陈述申辩", "听证"]


def test_no_rights_without_cue() -> None:
    assert run("当事人在法定期限内未提出陈述申辩。") == []


def test_body_cut_by_a_page_footer() -> None:
    """A PDF text layer puts the page number between two lines of one sentence: it is no part of the body."""
    text = (
        "当事人应当自收到本决定书之日起十五日内，持本决定书到代收银行缴纳罚没款，到期不缴纳罚款的，本局可以依法加处罚款。\n"
        "当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向德阳市旌\n"
        "15\n"
        "阳区人民政府申请行政复议；也可以在六个月内依法向德阳市旌阳区人民法院提起行\n"
        "政诉讼。申请行政复议或者提起行政诉讼期间，本行政处罚决定不停止执行，法律另\n"
        "有规定的除外。\n"
        "德阳市旌阳区商务局\n"
    )
    assert routes(text) == [
        Remedy(channel="复议", period=60, unit="日", body="德阳市旌阳区人民政府"),
        Remedy(channel="诉讼", period=6, unit="月", body="德阳市旌阳区人民法院"),
    ]
