"""D, E, F: what the decision and the notice must say, procedure triggers, and service."""

from __future__ import annotations

import random

from samples.content.case import HEARING_HIGH, person_class
from samples.content.doc import Doc, Para, find_doc
from samples.content.docs_common import numbered, penalty_items
from samples.content.spec import CaseSpec
from samples.defects.base import DefectRecord, defect, doc, general, penalised, replace_in, simple

DECISION = "行政处罚决定书"


@defect("D01", lambda s: s.procedure == "普通程序", edits=("decision",), group="party_code")
def _d01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    removed = decision.drop("party_code")
    what = "身份证号码" if spec.party.party_type == "individual" else "统一社会信用代码"
    return DefectRecord("D01", f"处罚决定书当事人基本情况缺少{what}（“{removed}”一行）", [DECISION])


@defect("D02", general, edits=("decision",))
def _d02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    decision.drop("evidence_intro")
    decision.drop("evidence_item")
    return DefectRecord("D02", "处罚决定书只叙述违法事实，未列明认定事实的证据", [DECISION])


def _renumber(decision: Doc, items: list[str]) -> None:
    first = next(i for i, b in enumerate(decision.blocks) if isinstance(b, Para) and b.tag == "penalty_item")
    decision.drop("penalty_item")
    for offset, text in enumerate(numbered(items)):
        decision.blocks.insert(first + offset, Para(text, tag="penalty_item"))


@defect("D03", penalised, edits=("decision",), group="penalty_list")
def _d03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    decision.drop("rectify_order")
    _renumber(decision, ["责令当事人立即改正违法行为", *penalty_items(spec)])
    return DefectRecord(
        "D03",
        "处罚决定书将“责令改正”列为行政处罚种类",
        [DECISION],
        "责令当事人立即改正违法行为",
        case={"penalty_types": ["责令改正", *spec.violation.penalty_types]},
    )


@defect("D04", lambda s: general(s) and s.violation.fine > 0 and s.outcome == "penalty", edits=("decision",))
def _d04(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    doc(docs, "decision").drop("performance")
    return DefectRecord("D04", "处罚决定书未载明罚款的履行方式和期限", [DECISION])


@defect("D05", lambda s: True, edits=("decision",), group="remedy")
def _d05(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    doc(docs, "decision").drop("remedy")
    remedy = {"review_days": None, "review_body": None, "litigation_months": None, "litigation_court": None}
    return DefectRecord(
        "D05",
        "处罚决定书未告知申请行政复议、提起行政诉讼的途径和期限",
        [DECISION],
        case={"remedy": remedy},
        # the routes are among the items 第五十二条 asks of a 当场 decision, which PS-D14 lists
        also=["D14"] if simple(spec) else [],
    )


@defect("D06", lambda s: True, edits=("decision",), group="remedy")
def _d06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    decision = doc(docs, "decision")
    wrong = spec.agency.upper_body
    quote = replace_in(decision, f"向{spec.agency.review_body}申请行政复议", f"向{wrong}申请行政复议")
    return DefectRecord(
        "D06",
        f"2024年1月1日后作出的决定仍告知向上一级主管部门（{wrong}）申请复议，应为{spec.agency.review_body}",
        [DECISION],
        quote,
        case={"remedy": {"review_body": wrong}},
    )


# without the decision's date the defects that date the decision wrongly cannot be seen (nor judged by a reviewer)
_DATED_BY_DECISION = ("B01", "B04", "B07", "B08", "B12", "B17")


@defect("D07", lambda s: s.procedure == "普通程序", edits=("decision",), excludes=_DATED_BY_DECISION)
def _d07(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    doc(docs, "decision").drop("footer_date")
    return DefectRecord("D07", "处罚决定书落款无作出决定的日期", [DECISION])


@defect("D09", penalised, edits=("notice",), group="notice_rights")
def _d09(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    notice = doc(docs, "notice")
    notice.drop("rights_statement")
    return DefectRecord("D09", "告知书未告知当事人依法享有陈述、申辩的权利", [notice.doc_type])


def _d10_prepare(spec: CaseSpec, rng: random.Random) -> None:
    v = spec.violation
    v.notice_fine = max(100, int(v.fine * rng.choice((0.5, 0.6, 0.8))) // 100 * 100)


@defect("D10", lambda s: penalised(s) and s.violation.fine >= 2000, prepare=_d10_prepare, edits=("notice", "decision"))
def _d10(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    v = spec.violation
    return DefectRecord(
        "D10",
        f"告知书拟罚款{v.notice_fine}元，处罚决定书罚款{v.fine}元，重于告知内容且未重新告知",
        [DECISION, "告知书"],
        f"罚款{spec.style.money.pair(v.fine)}",
        also=["G06"],
    )


@defect("D12", lambda s: s.outcome == "no_penalty", edits=("decision",))
def _d12(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    doc(docs, "decision").drop("education")
    return DefectRecord("D12", "不予行政处罚决定书未记载对当事人进行教育", [DECISION])


@defect("D14", simple, edits=("decision",))
def _d14(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    doc(docs, "decision").drop("officers_sign")
    return DefectRecord("D14", "当场行政处罚决定书无执法人员签名", [DECISION])


def _d15_prepare(spec: CaseSpec, rng: random.Random) -> None:
    person = person_class(spec.party.party_type) == "individual"
    spec.violation.fine = rng.choice((300, 500, 800)) if person else rng.choice((4000, 5000))


@defect("D15", lambda s: simple(s) and s.violation.fine > 0, prepare=_d15_prepare, edits=("decision",))
def _d15(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    limit = 200 if person_class(spec.party.party_type) == "individual" else 3000
    fine = spec.violation.fine
    return DefectRecord(
        "D15",
        f"适用简易程序当场处罚{fine}元，超过第五十一条规定的{limit}元限额",
        [DECISION],
        f"罚款{spec.style.money.pair(fine)}",
    )


def _no_earlier_order(spec: CaseSpec) -> bool:
    """The violation is no failure to obey an earlier 责令限期改正 (预付卡备案 …): the decision's facts would still
    tell of that order."""
    v = spec.violation
    return penalised(spec) and "责令" not in v.facts + v.nature + "".join(v.evidence)


# D03 writes 责令改正 into the decision's list of penalties: with it, the decision does order the correction
@defect("D16", _no_earlier_order, drops=("rectify", "rectify_service"), edits=("decision",), excludes=("D03",))
def _d16(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    docs[:] = [d for d in docs if d.key not in ("rectify", "rectify_service")]
    doc(docs, "decision").drop("rectify_order")
    for report in (find_doc(docs, "report"),):
        if report is not None:
            report.replace(f"，并向当事人送达了《{spec.style.titles['rectify']}》", "")
    return DefectRecord("D16", "卷内无责令改正通知书，处罚决定书也未责令当事人改正违法行为", [DECISION, "责令改正"])


def _big(spec: CaseSpec) -> bool:
    amount = spec.violation.fine + int(spec.violation.income or 0)
    return penalised(spec) and spec.hearing_notified and amount >= HEARING_HIGH[person_class(spec.party.party_type)]


@defect("E01", _big, edits=("notice", "decision"))
def _e01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    notice = doc(docs, "notice")
    notice.drop("rights_hearing")
    for key in ("decision", "statement", "approval"):
        found = find_doc(docs, key)
        if found is not None:
            found.replace("陈述、申辩和要求听证", "陈述、申辩")
            found.replace("和听证", "")
    amount = spec.violation.fine + int(spec.violation.income or 0)
    return DefectRecord("E01", f"拟罚没金额{amount}元已达较大数额，告知书未告知当事人要求听证的权利", [notice.doc_type])


@defect("E04", lambda s: penalised(s) and s.collective, drops=("discussion",), edits=("approval",))
def _e04(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    # the 法制审核表 still asks for the 集体讨论 (docs_review.legal_review): what a reviewer sees is a 重大 case
    # decided without one
    docs[:] = [d for d in docs if d.key != "discussion"]
    amount = spec.violation.fine + int(spec.violation.income or 0)
    return DefectRecord("E04", f"罚没金额{amount}元，属重大案件，卷内无负责人集体讨论记录", ["集体讨论记录"])


_AV_WORDS = ("执法记录仪", "录像", "视频", "音像", "光盘")


def _no_av_elsewhere(spec: CaseSpec) -> bool:
    v = spec.violation
    text = "".join(v.scene + v.evidence + [c for row in v.collected for c in row])
    return general(spec) and not any(word in text for word in _AV_WORDS)


def _e07_prepare(spec: CaseSpec, rng: random.Random) -> None:
    spec.av_record = False


@defect("E07", _no_av_elsewhere, prepare=_e07_prepare, edits=("inspection", "record_note"))
def _e07(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    return DefectRecord("E07", "现场检查未记载执法记录仪等音像记录，卷内无音像资料", ["现场检查(勘验)笔录"])


@defect("F01", general, edits=("decision_service",))
def _f01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    receipt = doc(docs, "decision_service")
    cell = next(c for c in receipt.cells() if c.tag == "method")
    cell.text = ""
    return DefectRecord("F01", "处罚决定书送达回证未填写送达方式", [receipt.doc_type])


@defect("F06", penalised, drops=("notice_service",))
def _f06(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    docs[:] = [d for d in docs if d.key != "notice_service"]
    return DefectRecord("F06", "告知书无送达回证等送达凭证", ["告知书", "送达回证"])
