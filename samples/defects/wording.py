"""W: wording problems reviewers flag (reference §4) — each a wrong term written into one document."""

from __future__ import annotations

import random

from samples.content.doc import Doc, find_doc
from samples.content.spec import CaseSpec
from samples.defects.base import WORDING_CODES, DefectRecord, defect, doc, general, penalised, replace_in


def _word(code: str, d: Doc, old: str, new: str, count: int = 1) -> DefectRecord:
    replace_in(d, old, new, count)
    return DefectRecord(code, f"用语不规范：{WORDING_CODES[code]}", [d.doc_type], new)


@defect("W001", lambda s: general(s) and s.party.party_type == "organization", edits=("filing",))
def _w001(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _word("W001", doc(docs, "filing"), "法定代表人", "法人代表")


@defect("W002", lambda s: penalised(s) and s.violation.fine > 0, edits=("report",))
def _w002(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    report = doc(docs, "report")
    replace_in(report, "罚款人民币", "罚金人民币", 1)
    return DefectRecord("W002", f"用语不规范：{WORDING_CODES['W002']}", [report.doc_type], "罚金")


def _ledger(spec: CaseSpec) -> bool:
    return general(spec) and ("台账" in "".join(a for _, a in spec.violation.qa) or spec.timeline.payment is not None)


@defect("W003", _ledger, edits=("inquiry1", "payment"))
def _w003(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    inquiry = find_doc(docs, "inquiry1")
    if inquiry is not None and inquiry.contains("台账"):
        return _word("W003", inquiry, "台账", "台帐")
    return _word("W003", doc(docs, "payment"), "收款人账号", "收款人帐号")


@defect("W004", lambda s: general(s) and "截至" in s.violation.facts, edits=("report",))
def _w004(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _word("W004", doc(docs, "report"), "截至", "截止")


@defect("W005", penalised, edits=("notice",), group="notice_rights")
def _w005(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _word("W005", doc(docs, "notice"), "陈述、申辩的权利", "陈述、申辨的权利")


@defect("W006", penalised, edits=("decision",))
def _w006(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _word("W006", doc(docs, "decision"), "陈述、申辩", "陈诉、申辩")


@defect("W007", lambda s: penalised(s) and bool(s.violation.income), edits=("report",))
def _w007(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return _word("W007", doc(docs, "report"), "没收违法所得", "收缴违法所得")
