"""dates: DATE values in every written form with their roles, and TIME_SPAN for 笔录 起止."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.elements import dates
from extractors.model import DocType, Element, ElementKind, TimeSpan
from tests.extractors.conftest import doc_text

D = dt.date


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return dates.extract(doc_text(text, doc_type))


def dated(text: str, doc_type: DocType = DocType.DECISION) -> list[tuple[dt.date, str | None]]:
    return [(e.value, e.role) for e in run(text, doc_type) if e.kind == ElementKind.DATE]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024年3月1日", D(2024, 3, 1)),
        ("2024 年 3 月 1 日", D(2024, 3, 1)),
        ("2024年03月01日", D(2024, 3, 1)),
        ("2024-03-01", D(2024, 3, 1)),
        ("2024.3.1", D(2024, 3, 1)),
        ("2024/3/1", D(2024, 3, 1)),
        ("二〇二四年三月一日", D(2024, 3, 1)),
        ("二〇二四年三月二十日", D(2024, 3, 20)),
        ("二零二四年十二月三十一日", D(2024, 12, 31)),
        ("二○二三年七月二十七日", D(2023, 7, 27)),
        ("２０２４年３月１日", D(2024, 3, 1)),
    ],
)
def test_forms(written: str, expected: dt.date) -> None:
    els = run(f"某某局\n{written}\n")
    assert [e.value for e in els] == [expected]
    assert els[0].text == written


@pytest.mark.parametrize("written", ["2024年2月30日", "2023年13月1日", "二〇二三年二月二十九日"])
def test_impossible_dates_give_nothing(written: str) -> None:
    assert run(f"某某局\n{written}\n") == []


FOOTER = """如不服本处罚决定，可在收到本决定书之日起六十日内向醴陵市人民政府申请行政复议，
或者在六个月内依法向醴陵市人民法院提起行政诉讼。
醴陵市应急管理局
2023年7月27日
"""


def test_footer_after_agency_is_luokuan() -> None:
    assert dated(FOOTER) == [(D(2023, 7, 27), "落款")]


def test_footer_with_seal_and_chinese_numerals() -> None:
    text = "……提起行政诉讼。\n成都市锦江区市场监督管理局\n（印章）\n二〇二四年三月二十日\n"
    assert dated(text) == [(D(2024, 3, 20), "落款")]


def test_footer_agency_and_date_on_one_line() -> None:
    assert dated("……提起行政诉讼。\n醴陵市应急管理局          2023年7月27日\n") == [(D(2023, 7, 27), "落款")]


def test_footer_without_agency_at_the_end() -> None:
    assert dated("……可以依法申请行政复议。\n2023年7月27日\n（此件公开发布）\n") == [(D(2023, 7, 27), "落款")]


def test_web_furniture_after_footer() -> None:
    text = FOOTER + "【打印本页】【关闭窗口】\n发布时间：2023-07-28\n"
    assert dated(text) == [(D(2023, 7, 27), "落款")]


def test_web_furniture_dates_are_not_values() -> None:
    text = (
        "当前位置：首页 > 政务公开\n发布时间：2024-03-05  来源：某局\n"
        "醴陵市应急管理局 发布日期：2024-03-05\n当事人：张三\n"
    )
    assert dated(text) == []


def test_cut_copy_has_no_luokuan() -> None:
    text = "当事人：张三\n2024年1月5日，本局执法人员对当事人进行检查，发现当事人销售过期食品。\n依据……的规定，本局决定"
    roles = [r for _, r in dated(text)]
    assert "落款" not in roles


def test_law_history_dates_are_skipped() -> None:
    text = (
        "依据《中华人民共和国安全生产法》（2021年6月10日修正）第九十九条的规定。该法经2021年6月10日第十三届全国人民代表大会"
        "常务委员会第二十九次会议通过，自2021年9月1日起施行。\n醴陵市应急管理局\n2023年7月27日\n"
    )
    assert dated(text) == [(D(2023, 7, 27), "落款")]


def test_prose_roles_in_a_decision() -> None:
    text = (
        "当事人于2024年1月5日至2024年2月1日期间销售过期食品。\n"
        "2024年2月1日，本局执法人员李四、王五（执法证号：51010021001、51010021002）对当事人经营场所进行检查，发现过期食品。\n"
        "本局于2024年2月2日立案调查，于2024年3月5日向当事人送达了《行政处罚告知书》，当事人于2024年3月8日提出陈述申辩。\n"
        "经2024年3月15日案审会集体讨论，本局决定罚款。当事人已于2024年3月25日缴纳罚款。\n"
    )
    assert dated(text) == [
        (D(2024, 1, 5), "违法行为"),
        (D(2024, 2, 1), "违法行为"),
        (D(2024, 2, 1), "发现"),
        (D(2024, 2, 2), "立案"),
        (D(2024, 3, 5), "告知"),
        (D(2024, 3, 8), "陈述申辩"),
        (D(2024, 3, 15), "讨论"),
        (D(2024, 3, 25), "缴款"),
    ]


def test_filing_form_roles() -> None:
    text = (
        "立案审批表\n案件来源：投诉    受理时间：2024年2月28日\n承办人意见：建议立案。 签名：王五 2024年2月29日\n"
        "负责人意见：\n同意立案。\n签名：张三\n2024年3月1日\n"
    )
    assert dated(text, DocType.FILING) == [
        (D(2024, 2, 28), "受理"),
        (D(2024, 2, 29), "承办"),
        (D(2024, 3, 1), "立案批准"),
    ]


def test_filing_date_label() -> None:
    assert dated("立案审批表\n立案日期：2024年3月1日\n", DocType.FILING) == [(D(2024, 3, 1), "立案批准")]


def test_service_receipt_roles() -> None:
    text = "送达回证\n送达时间：2024年3月21日\n受送达人签名（盖章）：张三    2024年3月21日\n"
    assert dated(text, DocType.SERVICE_RECEIPT) == [(D(2024, 3, 21), "送达"), (D(2024, 3, 21), "签收")]


def test_service_receipt_date_under_signature() -> None:
    text = "送达回证\n受送达人签名：\n张三\n2024年3月21日\n"
    assert dated(text, DocType.SERVICE_RECEIPT) == [(D(2024, 3, 21), "签收")]


def test_notice_footer_is_luokuan() -> None:
    text = "……逾期视为放弃。\n成都市锦江区市场监督管理局\n2024年4月10日\n当事人签收：       年    月    日\n"
    assert dated(text, DocType.NOTICE) == [(D(2024, 4, 10), "落款")]


def test_birth_date() -> None:
    assert dated("当事人：张三，男，1975年3月15日出生，汉族。") == [(D(1975, 3, 15), "出生")]


def test_closing_form() -> None:
    assert dated("结案审批表\n负责人审批意见：同意结案。 2024年5月20日\n", DocType.CLOSING) == [
        (D(2024, 5, 20), "结案")
    ]


# -- time spans -------------------------------------------------------------------------------------------------------
def spans(text: str, doc_type: DocType = DocType.INQUIRY_RECORD) -> list[tuple[TimeSpan, str | None]]:
    return [(e.value, e.role) for e in run(text, doc_type) if e.kind == ElementKind.TIME_SPAN]  # type: ignore[misc]


def at(h: int, m: int, day: int = 5) -> dt.datetime:
    return dt.datetime(2024, 3, day, h, m)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("时间：2024年3月5日9时10分至9时55分", at(9, 10), at(9, 55)),
        ("时间：2024年3月5日09:10至10:05", at(9, 10), at(10, 5)),
        ("询问时间：2024年3月5日上午9时10分至10时20分", at(9, 10), at(10, 20)),
        ("自2024年3月5日9时10分起至2024年3月5日9时55分止", at(9, 10), at(9, 55)),
        ("时间：2024年3月5日下午2时10分至3时05分", at(14, 10), at(15, 5)),
        ("时间：2024年3月5日23时50分至2024年3月6日0时20分", at(23, 50), at(0, 20, day=6)),
        ("时间：２０２４年３月５日９时１０分至９时５５分", at(9, 10), at(9, 55)),
    ],
)
def test_time_span_forms(written: str, start: dt.datetime, end: dt.datetime) -> None:
    assert spans(f"询问笔录\n{written}\n") == [(TimeSpan(start=start, end=end), "询问起止")]


def test_time_span_date_is_also_a_date() -> None:
    assert dated("询问笔录\n时间：2024年3月5日9时10分至9时55分\n", DocType.INQUIRY_RECORD) == [(D(2024, 3, 5), "询问")]


def test_imprecise_time_span() -> None:
    assert spans("询问笔录\n时间：2024年3月5日9时至10时\n") == [
        (TimeSpan(start=at(9, 0), end=at(10, 0)), "询问起止(不精确)")
    ]


def test_labelled_start_without_end() -> None:
    assert spans("询问笔录\n询问时间：2024年3月5日9时10分\n") == [(TimeSpan(start=at(9, 10)), "询问起止(不精确)")]


def test_inspection_span_role() -> None:
    text = "现场笔录\n检查时间：2024年3月5日9时10分至9时55分\n"
    assert spans(text, DocType.INSPECTION_RECORD) == [(TimeSpan(start=at(9, 10), end=at(9, 55)), "检查起止")]


def test_signature_date_in_record() -> None:
    text = "以上笔录我已看过，与我所说相符。\n被询问人签名：张三\n2024年3月5日\n"
    assert dated(text, DocType.INQUIRY_RECORD) == [(D(2024, 3, 5), "签名")]


def test_publication_summary_decision_date() -> None:
    text = (
        "行政处罚信息摘要\n作出行政处罚决定机关名称：某某局\n作出行政处罚决定日期：2024年4月25日\n"
        "当事人名称：某某公司\n"
    )
    assert dated(text) == [(D(2024, 4, 25), "落款")]


def test_date_under_agency_at_the_top_of_a_web_copy_is_no_luokuan() -> None:
    body = "\n".join("当事人销售过期食品的事实，有以下证据证明。" for _ in range(8))
    text = f"醴陵市应急管理局\n2024-03-05\n行政处罚决定书\n当事人：张三\n{body}\n"
    assert [r for _, r in dated(text)] == [None]


def test_form_row_dates_the_field_it_is_written_in() -> None:
    """A Word 立案审批表 writes each opinion, its signer and the date in one row: the date belongs to the signer."""
    text = (
        "立案审批表\n"
        "简要案情及立案理由  经初步核查，建议立案调查。 承办人：李华、莫林 2024年3月19日\n"
        "承办机构意见  同意立案调查。 负责人：赵某某 2024年3月19日\n"
        "机关负责人意见  同意立案。 负责人：钱某某 2024年3月20日\n"
    )
    assert dated(text, DocType.FILING) == [
        (D(2024, 3, 19), "承办"),
        (D(2024, 3, 19), "立案批准"),
        (D(2024, 3, 20), "立案批准"),
    ]


def test_ocr_form_row_whose_label_wraps_before_the_date() -> None:
    """OCR of a scanned 立案审批表 row: the label "机关负责人意见" wraps, its tail "见" lands before the date."""
    text = (
        "立案/不予立案审批表\n"
        "承办人：郑龙、石凯\n2024年2月27日\n"
        "同意立案调查。\n承办机构意见 负责人：覃强\n2024年2月27日\n"
        "同意立案。\n机关负责人意 负责人：高杰\n见 2024年2月28日\n备注 1\n"
    )
    assert dated(text, DocType.FILING)[-1] == (D(2024, 2, 28), "立案批准")
