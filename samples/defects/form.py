"""K: the form of single documents — two interviewees in one 笔录, no 以下空白, dotted dates, no 门牌号."""

from __future__ import annotations

import random

from samples.content.doc import Doc, Para, find_doc
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date, dotted_date
from samples.defects.base import DefectRecord, defect, doc, general, para, replace_in


@defect("K02", lambda s: general(s) and s.witness is not None, drops=("inquiry2",), edits=("inquiry1",))
def _k02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    witness = spec.witness
    assert witness is not None
    docs[:] = [d for d in docs if d.key != "inquiry2"]
    inquiry = doc(docs, "inquiry1")
    rep = spec.representative
    line = para(inquiry, "interviewee")
    line.text = line.text.replace(f"被询问人：{rep.name}", f"被询问人：{rep.name}、{witness.name}", 1)
    confirm = next(i for i, b in enumerate(inquiry.blocks) if isinstance(b, Para) and b.tag == "confirm")
    extra = [
        Para(f"问：{witness.name}，你对上述情况有什么补充？", indent=False),
        Para(f"答（{witness.name}）：{spec.violation.witness_qa[0][1]}", indent=False),
    ]
    inquiry.blocks[confirm:confirm] = extra
    inquiry.replace(f"被询问人签名：{rep.name}", f"被询问人签名：{rep.name}、{witness.name}")
    return DefectRecord(
        "K02",
        f"一份询问笔录同时询问{rep.name}、{witness.name}两名被询问人",
        [inquiry.doc_type],
        f"被询问人：{rep.name}、{witness.name}",
    )


@defect("K03", lambda s: general(s) and bool(s.timeline.inquiries), edits=("inquiry1", "inspection"))
def _k03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    touched = []
    for key in ("inquiry1", "inspection"):
        found = find_doc(docs, key)
        if found is not None and found.drop("blank_end"):
            touched.append(found.doc_type)
    return DefectRecord("K03", "笔录结尾空白处未作“以下空白”等技术处理", touched)


@defect("K05", lambda s: True, edits=("evidence",))
def _k05(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    sheet = doc(docs, "evidence")
    day = spec.timeline.inspection[0].date()
    quote = replace_in(sheet, f"提取时间：{cn_date(day)}", f"提取时间：{dotted_date(day)}")
    return DefectRecord("K05", "证据提取单日期写作“2024.3.5”式，未按年月日书写", [sheet.doc_type], quote)


def _without_number(spec: CaseSpec) -> str:
    address = spec.party.address
    for street in spec.agency.region.streets:
        at = address.find(street)
        if at >= 0:
            return address[: at + len(street)]
    raise ValueError(f"no street in {address}")


@defect("K06", lambda s: s.procedure == "普通程序" or s.party.party_type != "individual", edits=("decision",))
def _k06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    short = _without_number(spec)
    address = para(decision, "party_address")
    address.text = address.text.replace(spec.party.address, short)
    return DefectRecord("K06", "处罚决定书当事人地址未写到门牌号", [decision.doc_type], short, case={"address": short})
