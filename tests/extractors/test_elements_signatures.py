"""signatures: SEAL marks, SIGNATURE slots and the 笔录 confirmation."""

from __future__ import annotations

from extractors.elements import signatures
from extractors.model import DocType, ElementKind
from tests.extractors.conftest import doc_text


def run(text: str, doc_type: DocType = DocType.INQUIRY_RECORD) -> list[tuple[ElementKind, str, str | None]]:
    return [(e.kind, str(e.value), e.role) for e in signatures.extract(doc_text(text, doc_type))]


def test_record_end() -> None:
    text = "以上笔录我已看过，与我所说相符。\n被询问人签名：张三\n2024年3月5日\n"
    assert run(text) == [
        (ElementKind.SIGNATURE, "以上笔录我已看过，与我所说相符", "笔录确认"),
        (ElementKind.SIGNATURE, "张三", "被询问人"),
    ]


def test_confirmation_variants() -> None:
    assert run("以上记录已向我宣读，属实。")[0][2] == "笔录确认"
    assert run("以上笔录我已阅读，无异议。")[0][2] == "笔录确认"


def test_seal_marks() -> None:
    text = "成都市锦江区市场监督管理局\n（印章）\n二〇二四年三月二十日\n"
    assert run(text, DocType.DECISION) == [(ElementKind.SEAL, "（印章）", "印章")]
    assert run("某某局（公章）", DocType.DECISION) == [(ElementKind.SEAL, "（公章）", "印章")]


def test_signature_slot_with_seal_word_is_not_a_seal() -> None:
    text = "受送达人签名（盖章）：张三    2024年3月21日\n"
    assert run(text, DocType.SERVICE_RECEIPT) == [(ElementKind.SIGNATURE, "张三", "受送达人")]


def test_blank_slot_and_date_placeholder() -> None:
    assert run("当事人签收：        年    月    日\n", DocType.NOTICE) == [(ElementKind.SIGNATURE, "", "当事人")]
    assert run("签字：\n") == [(ElementKind.SIGNATURE, "", None)]


def test_officer_signature() -> None:
    assert run("执法人员签名：李四、王五\n") == [(ElementKind.SIGNATURE, "李四、王五", "执法人员")]
