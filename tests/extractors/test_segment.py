"""Segmentation: titles and alias titles, multi-page documents, several documents in one DOCX/TXT page,
web-page furniture, unknown documents kept as 其他."""

from __future__ import annotations

import pytest

from extractors.model import DocType, Line, Page
from extractors.segment import is_furniture, match_title, segment, unknown_title


def pdf_page(number: int, text: str, source: str = "text_layer") -> Page:
    lines, pos = [], 0
    for chunk in text.split("\n"):
        lines.append(Line(span=(pos, pos + len(chunk))))
        pos += len(chunk) + 1
    return Page(file="案卷.pdf", number=number, file_page=number, text=text, source=source, lines=tuple(lines))


def docx_page(number: int, text: str) -> Page:
    return Page(file="案卷.docx", number=number, file_page=number, text=text, source="docx")


@pytest.mark.parametrize(
    ("line", "doc_type", "variant"),
    [
        ("行政处罚决定书", DocType.DECISION, None),
        ("成都市锦江区市场监督管理局行政处罚决定书", DocType.DECISION, None),
        ("行 政 处 罚 决 定 书", DocType.DECISION, None),
        ("当场行政处罚决定书", DocType.DECISION, "当场行政处罚决定书"),
        ("不予行政处罚决定书", DocType.DECISION, "不予行政处罚决定书"),
        ("行政处罚决定书（副本）", DocType.DECISION, None),
        ("调查询问笔录", DocType.INQUIRY_RECORD, None),
        ("询问（调查）笔录", DocType.INQUIRY_RECORD, None),
        ("洵问笔录", DocType.INQUIRY_RECORD, None),  # OCR: one character wrong
        ("行政处罚事先告知书", DocType.NOTICE, None),
        ("行政处罚事先告知书（适用听证案件）", DocType.HEARING_NOTICE, None),
        ("行政处罚事先告知书（适用非听证案件）", DocType.NOTICE, None),
        ("一、立案审批表", DocType.FILING, None),
        ("附件2：送达回证", DocType.SERVICE_RECEIPT, None),
        ("卷 内 目 录", DocType.TOC, None),
        ("卷内文件目录", DocType.TOC, None),
        ("案件处理审批表", DocType.DECISION_APPROVAL, None),
        ("行政处罚案件结案报告", DocType.CLOSING, None),
        ("现场检查（勘验）笔录", DocType.INSPECTION_RECORD, None),
        ("责令改正通知书", DocType.RECTIFICATION_ORDER, None),
        ("听证笔录", DocType.HEARING, "听证笔录"),
        ("询问笔录（第2页 共3页）", DocType.INQUIRY_RECORD, None),
        ("罚没款缴款书", DocType.EXECUTION, None),
        ("卷内备考表", DocType.RECORD_NOTE, None),
    ],
)
def test_title_and_aliases(line: str, doc_type: DocType, variant: str | None) -> None:
    found = match_title(line)
    assert found is not None, line
    assert (found.doc_type, found.variant) == (doc_type, variant)


@pytest.mark.parametrize(
    "line",
    [
        "作出行政处罚决定",
        "送达文书名称 行政处罚决定书 川成锦市监罚〔2024〕12号",
        "当事人：成都市锦江区好邻居商贸有限公司",
        "经查，当事人于2024年1月5日销售超过保质期的食品。",
        "依据《中华人民共和国行政处罚法》第五十七条的规定，决定如下：",
        "二〇二四年三月二十日",
        "成都市锦江区市场监督管理局",
    ],
)
def test_body_lines_are_not_titles(line: str) -> None:
    assert match_title(line) is None


def test_unknown_title_kept_as_other() -> None:
    assert unknown_title("消防安全检查意见书") == "消防安全检查意见书"
    assert unknown_title("答：我看过了，与我说的相符。") is None
    assert unknown_title("成都市锦江区市场监督管理局") is None


@pytest.mark.parametrize(
    "line",
    [
        "当前位置：首页 > 政务公开 > 行政执法",
        "发布时间：2024-03-05 10:21",
        "索引号：11510104MB1234567X/2024-00012",
        "【字体：大 中 小】",
        "信息来源：锦江区市场监管局",
        "浏览次数：128",
    ],
)
def test_web_furniture(line: str) -> None:
    assert is_furniture(line)


def test_documents_span_pages_and_start_on_titles() -> None:
    pages = [
        pdf_page(1, "立案审批表\n案由：涉嫌销售超过保质期食品案\n批准日期：2024年3月1日"),
        pdf_page(2, "询问笔录\n时间：2024年3月5日9时10分至9时55分\n问：你的基本情况？"),
        pdf_page(3, "答：我叫张三。\n以上笔录我已看过，与我所说相符。\n被询问人签名：张三"),
        pdf_page(
            4, "成都市锦江区市场监督管理局\n行政处罚决定书\n川成锦市监罚〔2024〕12号\n当事人：成都某某商贸有限公司"
        ),
        pdf_page(5, "送达回证\n送达文书名称\n行政处罚决定书\n受送达人：成都某某商贸有限公司"),
    ]
    docs = segment(pages)
    assert [(d.doc_type, d.page_start, d.page_end) for d in docs] == [
        (DocType.FILING, 1, 1),
        (DocType.INQUIRY_RECORD, 2, 3),
        (DocType.DECISION, 4, 4),
        (DocType.SERVICE_RECEIPT, 5, 5),
    ]
    assert docs[2].pages[0].start == 0  # the agency line above the title belongs to the decision


def test_continuation_page_of_same_document() -> None:
    pages = [
        pdf_page(1, "询问笔录\n问：你的基本情况？\n答：我叫张三。"),
        pdf_page(2, "询问笔录（第2页 共2页）\n问：还有补充吗？\n答：没有。"),
    ]
    docs = segment(pages)
    assert [(d.doc_type, d.page_start, d.page_end) for d in docs] == [(DocType.INQUIRY_RECORD, 1, 2)]


def test_table_rows_of_a_toc_do_not_start_documents() -> None:
    toc = "卷内目录\n序号\n文件名称\n页码\n1\n立案审批表\n1\n2\n询问笔录\n2-3"
    docs = segment([pdf_page(1, toc), pdf_page(2, "立案审批表\n案由：……")])
    assert [(d.doc_type, d.page_start) for d in docs] == [(DocType.TOC, 1), (DocType.FILING, 2)]


def test_several_documents_in_one_docx_page() -> None:
    text = (
        "成都市锦江区市场监督管理局\n行政处罚告知书\n川成锦市监罚告〔2024〕12号\n成都某某商贸有限公司：\n"
        "本局拟对你单位作出罚款人民币伍仟元整的行政处罚。\n"
        "送达回证\n送达文书：行政处罚告知书\n受送达人：成都某某商贸有限公司\n签收日期：2024年4月10日"
    )
    page = docx_page(1, text)
    docs = segment([page])
    assert [d.doc_type for d in docs] == [DocType.NOTICE, DocType.SERVICE_RECEIPT]
    notice, receipt = docs
    assert page.text[notice.pages[0].start :].startswith("成都市锦江区市场监督管理局")
    assert page.text[receipt.pages[0].start :].startswith("送达回证")
    assert notice.pages[0].end <= receipt.pages[0].start


def test_web_furniture_is_ignored_around_a_pasted_decision() -> None:
    text = (
        "当前位置：首页 > 政务公开 > 行政处罚\n发布时间：2024-04-26\n索引号：11510104MB1234567X/2024-00012\n"
        "成都市锦江区市场监督管理局\n行政处罚决定书\n川成锦市监罚〔2024〕12号\n当事人：成都某某商贸有限公司\n"
        "成都市锦江区市场监督管理局\n2024年4月25日\n【打印本页】【关闭窗口】"
    )
    page = Page(file="网页.txt", number=1, file_page=1, text=text, source="txt")
    docs = segment([page])
    assert [d.doc_type for d in docs] == [DocType.DECISION]
    body = page.text[docs[0].pages[0].start : docs[0].pages[0].end]
    assert body.startswith("成都市锦江区市场监督管理局\n行政处罚决定书")
    assert "发布时间" not in body and "打印本页" not in body


def test_text_before_first_title_is_kept_as_other() -> None:
    docs = segment([pdf_page(1, "（此页为营业执照复印件，与原件核对无误）\n张三"), pdf_page(2, "行政处罚决定书\n……")])
    assert [d.doc_type for d in docs] == [DocType.OTHER, DocType.DECISION]


def test_scanned_page_title_with_ocr_noise() -> None:
    docs = segment([pdf_page(1, "行政处罚事先告如书\n成都某某商贸有限公司：", source="ocr")])
    assert docs[0].doc_type == DocType.NOTICE


@pytest.mark.parametrize("label", ["法制审核意见", "核审意见", "复核意见", "鉴定意见", "负责人意见", "承办人意见"])
def test_form_cell_labels_are_not_titles(label: str) -> None:
    assert match_title(label) is None


def test_approval_form_continuing_on_a_page_that_starts_with_a_cell_label() -> None:
    pages = [
        pdf_page(1, "行政处罚决定审批表\n当事人：成都某某商贸有限公司\n承办人意见\n建议罚款人民币伍仟元整。"),
        pdf_page(2, "法制审核意见\n经审核，事实清楚，证据确凿。\n机关负责人意见\n同意。\n王刚 2024年4月20日"),
    ]
    docs = segment(pages)
    assert [(d.doc_type, d.page_start, d.page_end) for d in docs] == [(DocType.DECISION_APPROVAL, 1, 2)]
