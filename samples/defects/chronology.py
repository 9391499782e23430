"""B: dates out of order or outside the legal periods. Most edit the timeline before the documents are written."""

from __future__ import annotations

import datetime as dt
import random

from samples.content.calendar import add_workdays, sub_workdays
from samples.content.doc import Doc, find_doc
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date, cn_time
from samples.content.timeline import finish_after_service, shift
from samples.defects.base import DefectRecord, defect, doc, general, para, penalised, replace_in

DATES = "timeline"


def _pays(spec: CaseSpec) -> bool:
    return spec.timeline.payment is not None


def _b01_prepare(spec: CaseSpec, rng: random.Random) -> None:
    """The 告知书 is written and served only after the decision (backdated paperwork)."""
    t = spec.timeline
    assert t.decision is not None
    t.notice = t.notice_service = add_workdays(t.decision, rng.randint(1, 3))
    t.statement = None
    spec.waiver = True


@defect("B01", penalised, prepare=_b01_prepare, group=DATES, edits=("notice", "decision"))
def _b01(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B01",
        f"行政处罚决定书落款日期（{cn_date(t.decision)}）早于告知书日期（{cn_date(t.notice)}）",
        ["行政处罚决定书", "告知书"],
        cn_date(t.notice),
        also=["B04"],
    )


def _b02_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    end = t.inspection[1]
    moved = []
    for start, stop in t.inquiries:
        begin = (moved[-1][1] if moved else end) + dt.timedelta(minutes=rng.randint(15, 30))
        moved.append((begin, begin + (stop - start)))
    t.inquiries = moved


@defect(
    "B02",
    lambda s: general(s) and bool(s.timeline.inquiries),
    prepare=_b02_prepare,
    group=DATES,
    edits=("inquiry1", "filing"),
)
def _b02(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    day = cn_date(t.inquiries[0][0].date())
    return DefectRecord(
        "B02",
        f"询问笔录日期（{day}）早于立案日期（{cn_date(t.filing)}），先调查后补立案",
        ["询问笔录", "立案审批表"],
        day,
    )


def _b03_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.filing is not None
    late = add_workdays(t.clue, rng.randint(22, 30))
    gap = 0
    day = t.filing
    while day < late:
        day = add_workdays(day, 1)
        gap += 1
    shift(t, "filing", gap)
    finish_after_service(rng, t, _pays(spec))


@defect("B03", general, prepare=_b03_prepare, group=DATES, edits=("filing", "source"))
def _b03(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B03",
        f"立案日期（{cn_date(t.filing)}）距发现线索（{cn_date(t.clue)}）超过15个工作日",
        ["立案审批表", "案件来源登记表"],
        cn_date(t.filing),
    )


def _b04_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.notice_service is not None
    t.statement = None
    spec.waiver = True
    t.decision = add_workdays(t.notice_service, rng.randint(1, 2))
    t.service = t.decision
    finish_after_service(rng, t, _pays(spec))


@defect(
    "B04",
    penalised,
    prepare=_b04_prepare,
    group=DATES,
    drops=("statement",),
    edits=("decision", "notice", "notice_service"),
)
def _b04(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    docs[:] = [d for d in docs if d.key != "statement"]
    decision = doc(docs, "decision")
    ref = para(decision, "notice_ref")
    ref.text = ref.text.split("。")[0] + "。当事人未提出陈述、申辩意见。"
    # the approval form must not claim a written waiver either: there is none, and claiming one would be an A11
    # defect (a waiver on record with no waiver in the file) on top of this one
    approval = find_doc(docs, "approval")
    if approval is not None:
        for rights in ("陈述、申辩和听证", "陈述、申辩"):
            approval.replace(f"当事人在规定期限内书面声明放弃{rights}的权利。", "当事人未提出陈述、申辩意见。")
    return DefectRecord(
        "B04",
        f"告知书于{cn_date(t.notice_service)}送达，陈述申辩期（5个工作日）未满即于{cn_date(t.decision)}"
        "作出处罚决定，且无放弃陈述申辩的声明",
        ["行政处罚决定书", "告知书"],
        cn_date(t.decision),
    )


def _b07_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.decision is not None and t.filing is not None
    target = rng.randint(96, 120)
    extra = 0
    while (add_workdays(t.decision, extra) - t.filing).days < target:
        extra += 1
    shift(t, "report", extra)
    finish_after_service(rng, t, _pays(spec))


@defect("B07", penalised, prepare=_b07_prepare, group=DATES, edits=("decision", "filing"))
def _b07(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    days = (t.decision - t.filing).days
    return DefectRecord(
        "B07",
        f"立案（{cn_date(t.filing)}）至作出处罚决定（{cn_date(t.decision)}）共{days}日，超过90日且无延期审批",
        ["行政处罚决定书", "立案审批表"],
        cn_date(t.decision),
    )


def _b08_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.decision is not None
    t.service = add_workdays(t.decision, rng.randint(10, 14))
    finish_after_service(rng, t, _pays(spec))


@defect("B08", general, prepare=_b08_prepare, group=DATES, edits=("decision_service",))
def _b08(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B08",
        f"处罚决定书于{cn_date(t.decision)}作出，迟至{cn_date(t.service)}才送达，超过7日",
        ["送达回证", "行政处罚决定书"],
        cn_date(t.service),
    )


def _b12_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.decision is not None
    t.legal_review = add_workdays(t.decision, rng.randint(1, 2))


@defect("B12", penalised, prepare=_b12_prepare, group=DATES, edits=("legal_review",))
def _b12(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B12",
        f"法制审核日期（{cn_date(t.legal_review)}）晚于处罚决定日期（{cn_date(t.decision)}）",
        ["法制审核", "行政处罚决定书"],
        cn_date(t.legal_review),
        also=["B01"],
    )


def _b14_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.service is not None
    t.payment = add_workdays(t.service + dt.timedelta(days=rng.randint(25, 40)), 0)
    t.closing = add_workdays(t.payment, rng.randint(2, 6))
    t.archive = add_workdays(t.closing, rng.randint(1, 4))


@defect(
    "B14", lambda s: general(s) and _pays(s), prepare=_b14_prepare, group=DATES, edits=("payment", "decision_service")
)
def _b14(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B14",
        f"决定书{cn_date(t.service)}送达，当事人迟至{cn_date(t.payment)}才缴款，超过15日且未加处罚款",
        ["执行材料"],
        cn_date(t.payment),
    )


def _b15_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.service is not None and t.payment is not None
    t.payment = add_workdays(t.service, rng.randint(4, 6))
    t.closing = sub_workdays(t.payment, rng.randint(2, 3))
    t.archive = add_workdays(t.payment, rng.randint(1, 4))


@defect("B15", lambda s: general(s) and _pays(s), prepare=_b15_prepare, group=DATES, edits=("closing", "payment"))
def _b15(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B15",
        f"结案日期（{cn_date(t.closing)}）早于缴款日期（{cn_date(t.payment)}）",
        ["结案审批表", "执行材料"],
        cn_date(t.closing),
        also=["B01"],  # B01's chain of steps ends 缴款 ≤ 结案 too (reference §3 B01)
    )


@defect("B16", lambda s: general(s) and bool(s.timeline.inquiries), edits=("inquiry1",))
def _b16(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    start, end = spec.timeline.inquiries[0]
    inquiry = doc(docs, "inquiry1")
    wrong = start - dt.timedelta(minutes=rng.randint(10, 40))
    quote = replace_in(inquiry, f"至{cn_time(end)}", f"至{cn_time(wrong)}", 1)
    return DefectRecord("B16", "询问笔录结束时间早于开始时间", [inquiry.doc_type], f"{cn_time(start)}{quote}")


def _b17_prepare(spec: CaseSpec, rng: random.Random) -> None:
    t = spec.timeline
    assert t.decision is not None
    t.service = sub_workdays(t.decision, rng.randint(1, 2))
    finish_after_service(rng, t, _pays(spec))
    if t.payment is not None and t.payment < t.decision:
        t.payment = add_workdays(t.decision, 2)
        t.closing = add_workdays(t.payment, 3)
        t.archive = add_workdays(t.closing, 2)


@defect("B17", penalised, prepare=_b17_prepare, group=DATES, edits=("decision_service",))
def _b17(spec: CaseSpec, docs: list[Doc], rng: random.Random) -> DefectRecord:
    t = spec.timeline
    return DefectRecord(
        "B17",
        f"送达回证签收日期（{cn_date(t.service)}）早于处罚决定书日期（{cn_date(t.decision)}）",
        ["送达回证", "行政处罚决定书"],
        cn_date(t.service),
        also=["B01"],
    )
