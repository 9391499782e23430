"""case: the dossier-level values, and where they come from when the proper document is missing or silent."""

from __future__ import annotations

import datetime as dt

from extractors.case import summarize
from extractors.model import DocType, Dossier, Page
from extractors.pipeline import build_dossier

D = dt.date

DECISION = """成都市武侯区商务局
行政处罚决定书
成武商务处罚〔2025〕240号
当事人：成都尚品美容美发有限公司
统一社会信用代码：91510107MA7KWCGA9K
法定代表人：杨洁
住所：成都市武侯区人民南路四段2号
2025年1月6日，本局执法人员依法对当事人经营场所进行检查。经本局负责人批准，本局于2025年1月13日对当事人立案调查。
本局于2025年2月12日作出《行政处罚告知书》（成武商务罚告〔2025〕240号），于2025年2月14日向当事人送达。
依据《单用途商业预付卡管理办法（试行）》第三十六条的规定，本局决定对当事人作出如下行政处罚：
罚款人民币壹万元整（¥10000.00）。
当事人如不服本行政处罚决定，可以在收到本决定书之日起六十日内向成都市武侯区人民政府申请行政复议；也可以在六个月内依法向成都市武侯区人民法院提起行政诉讼。
成都市武侯区商务局
{date}
"""

COVER = """行政处罚案卷
案件名称 成都尚品美容美发有限公司未按规定办理单用途卡备案案
处罚决定书文号 成武商务处罚〔2025〕240号
当事人 成都尚品美容美发有限公司
立案日期 2025年1月13日
结案日期 2025年3月10日
"""

TOC = """卷内目录
序号 文件名称 文号 日期 页号 备注
1 行政处罚告知书 成武商务罚告〔2025〕240号 2025年2月12日 3
2 送达回证 2025年2月14日 4
3 行政处罚决定书 成武商务处罚〔2025〕第
240号
2025年2月25日 5-6
4 结案审批表 2025年3月10日 7
"""

RECEIPT = """送达回证
送达文书名称及文号 《{doc}》（{number}）
受送达人 成都尚品美容美发有限公司
送达方式 直接送达
送达时间 {date}
受送达人签名或者盖章 杨洁（法定代表人）
"""

CLOSING = """结案审批表
当事人 成都尚品美容美发有限公司
决定书文号 成武商务处罚〔2025〕240号 决定日期 2025年2月25日
送达情况 处罚决定书已于2025年2月27日直接送达当事人。
执行情况 当事人已于2025年3月5日缴纳罚没款共计人民币壹万元整。
"""

FILING = """立案审批表
当事人 成都尚品美容美发有限公司 统一社会信用代码 91510107MA7KWCGA9K
法定代表人 杨洁
承办人意见 建议立案调查。 承办人：程某某、卢某某 2025年1月13日
"""


def dossier(*texts: str) -> Dossier:
    pages = [Page(file=f"{i}.txt", number=i, file_page=1, text=t, source="txt") for i, t in enumerate(texts, 1)]
    return build_dossier("t", pages)


def test_proper_documents_give_the_dates() -> None:
    d = dossier(
        FILING,
        DECISION.format(date="2025年2月25日"),
        RECEIPT.format(doc="行政处罚决定书", number="成武商务处罚〔2025〕240号", date="2025年2月27日10时05分"),
        CLOSING + "负责人意见 同意结案。 负责人：张某某\n2025年3月10日\n",
    )
    case = summarize(d)
    assert [doc.doc_type for doc in d.documents] == [
        DocType.FILING, DocType.DECISION, DocType.SERVICE_RECEIPT, DocType.CLOSING,
    ]  # fmt: skip
    assert (case.filing_date, case.decision_date, case.service_date, case.closing_date) == (
        D(2025, 1, 13), D(2025, 2, 25), D(2025, 2, 27), D(2025, 3, 10),
    )  # fmt: skip


def test_dates_stated_elsewhere_when_the_forms_are_missing() -> None:
    """No 立案审批表, no 告知书, no 结案审批表: the cover's 立案日期 / 结案日期 and the decision's own account."""
    case = summarize(dossier(COVER, DECISION.format(date="2025年2月25日")))
    assert case.filing_date == D(2025, 1, 13)
    assert case.closing_date == D(2025, 3, 10)
    # the notice was 作出 on 12 February and served on 14 February: the notice date is the first
    assert case.notice_date == D(2025, 2, 12)
    assert summarize(dossier(DECISION.format(date="2025年2月25日"))).filing_date == D(2025, 1, 13)


def test_served_date_of_the_notice_is_no_notice_date() -> None:
    decision = DECISION.format(date="2025年2月25日").replace(
        "本局于2025年2月12日作出《行政处罚告知书》（成武商务罚告〔2025〕240号），于2025年2月14日向当事人送达。",
        "本局于2025年2月14日向当事人送达了《行政处罚告知书》（成武商务罚告〔2025〕240号）。",
    )
    assert summarize(dossier(decision)).notice_date is None


def test_cover_closing_date_of_an_on_the_spot_case_is_not_taken() -> None:
    spot = DECISION.format(date="2025年2月25日").replace("行政处罚决定书\n", "当场行政处罚决定书\n", 1)
    d = dossier(COVER, spot)
    assert d.documents[1].variant == "当场行政处罚决定书"
    assert summarize(d).closing_date is None


def test_decision_date_from_the_closing_form_then_the_table_of_contents() -> None:
    undated = DECISION.format(date="（印章）")
    assert summarize(dossier(undated)).decision_date is None
    assert summarize(dossier(undated, CLOSING)).decision_date == D(2025, 2, 25)
    assert summarize(dossier(TOC, undated)).decision_date == D(2025, 2, 25)


def test_receipt_of_another_document_never_dates_the_decisions_service() -> None:
    notice_receipt = RECEIPT.format(doc="行政处罚告知书", number="成武商务罚告〔2025〕240号", date="2025年2月14日")
    order_receipt = RECEIPT.format(doc="责令限期改正通知书", number="成武商务责改〔2025〕18号", date="2025年1月6日")
    decision = DECISION.format(date="2025年2月25日")
    assert summarize(dossier(decision, notice_receipt, order_receipt)).service_date is None
    # the 结案审批表 states when the decision was served
    case = summarize(dossier(decision, notice_receipt, order_receipt, CLOSING))
    assert case.service_date == D(2025, 2, 27)
    assert "结案" not in (case.sources["service_date"].quote or "")
    # the decision's receipt wins, even when its 文号 is written differently
    receipt = RECEIPT.format(doc="行政处罚决定书", number="成武商务处罚[2025]240号", date="2025年2月26日")
    assert summarize(dossier(decision, notice_receipt, receipt, CLOSING)).service_date == D(2025, 2, 26)


def test_credit_code_from_the_documents_that_name_the_party() -> None:
    """A decision that leaves out the party's code: the 立案审批表 naming the same party gives it."""
    decision = DECISION.format(date="2025年2月25日").replace("统一社会信用代码：91510107MA7KWCGA9K\n", "")
    assert summarize(dossier(decision)).credit_code is None
    case = summarize(dossier(FILING, decision))
    assert case.credit_code == "91510107MA7KWCGA9K"
    other = FILING.replace("成都尚品美容美发有限公司", "成都某某美容有限公司")
    assert summarize(dossier(other, decision)).credit_code is None


def test_rectification_listed_in_the_result_is_reported() -> None:
    listed = DECISION.format(date="2025年2月25日").replace(
        "罚款人民币壹万元整（¥10000.00）。", "1．责令当事人立即改正违法行为；\n2．罚款人民币壹万元整（¥10000.00）。"
    )
    assert set(summarize(dossier(listed)).penalty_types) == {"责令改正", "罚款"}
    told = DECISION.format(date="2025年2月25日").replace(
        "依据《单用途商业预付卡管理办法（试行）》第三十六条的规定，本局决定对当事人作出如下行政处罚：\n罚款人民币壹万元整（¥10000.00）。",
        "鉴于当事人系初次违法，且在本局责令改正后及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款的规定，"
        "本局决定对当事人不予行政处罚。",
    )
    assert summarize(dossier(told)).penalty_types == ()
