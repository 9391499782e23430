"""C: officers and their authority — one officer only, a bad 执法证号, no 出示证件, no 回避, no 负责人 approval."""

from __future__ import annotations

import random

from samples.content.doc import Doc
from samples.content.docs_common import officer_names, officer_text
from samples.content.spec import CaseSpec
from samples.defects.base import DefectRecord, defect, doc, general, replace_in


def _has_inquiry(spec: CaseSpec) -> bool:
    return general(spec) and bool(spec.timeline.inquiries)


@defect("C01", _has_inquiry, edits=("inquiry1",), group="inquiry_officers")
def _c01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    inquiry = doc(docs, "inquiry1")
    pair = spec.officer_pair
    one = pair[0]
    replace_in(inquiry, officer_text(pair), officer_text([one]))
    replace_in(inquiry, f"执法人员{pair[0].name}、{pair[1].name}", f"执法人员{one.name}")
    replace_in(inquiry, officer_names(pair), one.name)
    inquiry.replace(f"记录人：{spec.recorder.name}", f"记录人：{one.name}")
    inquiry.replace(f"记录人签名：{spec.recorder.name}", f"记录人签名：{one.name}")
    return DefectRecord(
        "C01", "询问笔录仅有一名执法人员询问并记录", [inquiry.doc_type], f"询问人：{officer_text([one])}"
    )


def _bad_cert(cert: str, rng: random.Random) -> str:
    digits = [i for i, ch in enumerate(cert) if ch.isdigit()]
    i = rng.choice(digits[1:-1] if len(digits) > 2 else digits)
    if rng.random() < 0.5:
        return cert[:i] + cert[i + 1 :]  # a digit dropped: malformed
    return cert[:i] + str((int(cert[i]) + rng.randint(1, 8)) % 10) + cert[i + 1 :]  # inconsistent


@defect("C02", _has_inquiry, edits=("inquiry1",), group="inquiry_officers")
def _c02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    inquiry = doc(docs, "inquiry1")
    officer = spec.officer_pair[1]
    wrong = _bad_cert(officer.cert_no, rng)
    quote = replace_in(
        inquiry, f"{officer.name}（执法证号：{officer.cert_no}）", f"{officer.name}（执法证号：{wrong}）"
    )
    return DefectRecord(
        "C02",
        f"询问笔录中执法人员{officer.name}的执法证号（{wrong}）与其他文书记载的{officer.cert_no}不一致",
        [inquiry.doc_type],
        quote,
    )


@defect("C03", _has_inquiry, edits=("inquiry1",))
def _c03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    inquiry = doc(docs, "inquiry1")
    inquiry.drop("show_id")
    return DefectRecord("C03", "询问笔录未记载执法人员出示执法证件、表明身份", [inquiry.doc_type])


@defect("C04", _has_inquiry, edits=("inquiry1",))
def _c04(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    inquiry = doc(docs, "inquiry1")
    inquiry.drop("recusal")
    return DefectRecord("C04", "询问笔录未告知被询问人申请回避的权利", [inquiry.doc_type])


# a blank 负责人 cell leaves the 立案 undated: the periods counted from 立案 can then be neither seen nor judged
@defect("C09", general, edits=("filing",), excludes=("B03", "B07"))
def _c09(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    filing = doc(docs, "filing")
    cell = next(c for c in filing.cells() if c.tag == "leader")
    cell.text, cell.sign = "", []
    return DefectRecord("C09", "立案审批表机关负责人意见栏空白，无负责人审批签名", [filing.doc_type])
