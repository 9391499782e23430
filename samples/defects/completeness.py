"""A: documents missing from the dossier, and template residue (A17)."""

from __future__ import annotations

import random

from samples.content.doc import Doc, find_doc
from samples.content.spec import CaseSpec
from samples.defects.base import DefectRecord, defect, doc, drop_docs, general, penalised, replace_in


def _missing(check: str, what: str, docs: list[Doc], *keys: str, also: list[str] | None = None) -> DefectRecord:
    types = drop_docs(docs, *keys)
    return DefectRecord(check, f"卷内缺少{what}", types, None, also or [])


@defect("A01", general, drops=("filing",))
def _a01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A01", "立案审批表", docs, "filing")


@defect("A02", general, drops=("inspection", "inquiry1", "inquiry2"))
def _a02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A02", "现场检查笔录和询问笔录（无任何调查笔录）", docs, "inspection", "inquiry1", "inquiry2")


@defect("A03", general, drops=("report",))
def _a03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A03", "案件调查终结报告", docs, "report")


@defect("A04", penalised, drops=("notice", "notice_service", "statement"))
def _a04(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    # the decision still tells of the statement (or the written waiver) whose record went with the 告知书: A11
    return _missing(
        "A04",
        "行政处罚告知书（及其送达回证、陈述申辩材料）",
        docs,
        "notice",
        "notice_service",
        "statement",
        also=["A11"],
    )


@defect("A06", general, drops=("decision_service",))
def _a06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A06", "行政处罚决定书的送达回证", docs, "decision_service", also=["F06"])


@defect("A07", lambda s: s.timeline.payment is not None, drops=("payment",))
def _a07(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A07", "罚没款缴款凭证（执行材料）", docs, "payment")


@defect("A08", general, drops=("closing",))
def _a08(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A08", "结案审批表", docs, "closing")


@defect("A09", lambda s: True, drops=("record_note",))
def _a09(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A09", "卷内备考表", docs, "record_note")


# Not for 当场 cases: reference §1.3 lists no 主体资格证明 in a 简易程序 dossier, so penalty-simple does not require one
# and dropping the copy there is no defect.
@defect("A10", general, drops=("identity",))
def _a10(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _missing("A10", "当事人主体资格证明（营业执照、身份证复印件）", docs, "identity")


@defect("A11", lambda s: penalised(s) and s.timeline.statement is not None, drops=("statement",))
def _a11(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    record = _missing("A11", "陈述申辩笔录（决定书载明当事人提出了陈述、申辩）", docs, "statement")
    record.documents.append("行政处罚决定书")
    return record


@defect("A17", general, edits=("notice_service", "decision_service", "inquiry1", "filing"))
def _a17(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    receipt = find_doc(docs, "notice_service") or doc(docs, "decision_service")
    choice = rng.choice(["receipt", "inquiry", "filing"])
    if choice == "inquiry" and find_doc(docs, "inquiry1") is not None:
        inquiry = doc(docs, "inquiry1")
        quote = replace_in(inquiry, f"联系电话：{spec.representative.phone}", "联系电话：________", 1)
        return DefectRecord("A17", "询问笔录被询问人联系电话未填写，留有下划线空格“____”", [inquiry.doc_type], quote)
    if choice == "filing" and find_doc(docs, "filing") is not None:
        filing = doc(docs, "filing")
        quote = replace_in(
            filing, f"承办人：{spec.officer_pair[0].name}、{spec.officer_pair[1].name}", "承办人：×××", 1
        )
        return DefectRecord("A17", "立案审批表承办人签名处留有模板占位符“×××”", [filing.doc_type], quote)
    signer = next(c for c in receipt.cells() if c.tag == "signer")
    signer.sign = ["    年    月    日"]
    return DefectRecord("A17", "送达回证签收日期未填写，留有模板占位“年 月 日”", [receipt.doc_type], "年    月    日")
