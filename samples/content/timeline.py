"""The dates of each procedural step, lawful for a clean dossier with wide margins:

立案 ≤ 7 working days after the 线索 (limit 15), 告知 served → 决定 ≥ 7 working days (limit 5),
处罚决定审批 before the 告知, 决定 ≤ 75 days after
立案 (limit 90), 送达 ≤ 3 working days after 决定 (limit 7), 缴款 ≤ 14 days after 送达 (limit 15).
"""

from __future__ import annotations

import datetime as dt
import random

from samples.content.calendar import add_workdays, next_workday
from samples.content.spec import Timeline

FIRST_CLUE = dt.date(2024, 1, 8)
LAST_CLUE = dt.date(2025, 5, 30)


def _at(rng: random.Random, day: dt.date, first_hour: int = 9, last_hour: int = 15) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.choice(range(0, 60, 5))))


def _span(rng: random.Random, start: dt.datetime, low: int, high: int) -> tuple[dt.datetime, dt.datetime]:
    return start, start + dt.timedelta(minutes=rng.randint(low, high))


def start_timeline(rng: random.Random) -> Timeline:
    """The discovery: 线索 day and the 现场检查 on it (what a violation's facts may mention)."""
    span = (LAST_CLUE - FIRST_CLUE).days
    clue = next_workday(FIRST_CLUE + dt.timedelta(days=rng.randrange(span)))
    return Timeline(clue=clue, inspection=_span(rng, _at(rng, clue), 30, 80))


def complete_general(
    rng: random.Random, t: Timeline, collective: bool, waiver: bool, witness: bool, payment: bool, delay: int = 0
) -> None:
    """Fill the 普通程序 steps after the inspection. ``delay`` adds working days to the investigation (defect B07)."""
    for _ in range(20):
        t.filing = add_workdays(t.clue, rng.randint(1, 7))
        first = _span(rng, _at(rng, add_workdays(t.filing, rng.randint(1, 5)), 9, 15), 35, 80)
        t.inquiries = [first]
        if witness:
            t.inquiries.append(_span(rng, first[1] + dt.timedelta(minutes=rng.randint(10, 30)), 20, 40))
        t.report = add_workdays(t.inquiries[-1][0].date(), rng.randint(4, 12) + delay)
        t.legal_review = add_workdays(t.report, rng.randint(1, 3))
        t.discussion = add_workdays(t.legal_review, rng.randint(1, 3)) if collective else None
        t.approval = add_workdays(t.discussion or t.legal_review, rng.randint(1, 2))
        t.notice = t.approval if rng.random() < 0.4 else add_workdays(t.approval, 1)
        t.notice_service = t.notice if rng.random() < 0.6 else add_workdays(t.notice, rng.randint(1, 2))
        t.statement = None
        if not waiver:
            t.statement = _span(rng, _at(rng, add_workdays(t.notice_service, rng.randint(1, 4)), 9, 16), 20, 40)
        t.decision = add_workdays(t.notice_service, rng.randint(7, 10))
        if delay or (t.decision - t.filing).days <= 75:
            break
    assert t.decision is not None
    t.service = t.decision if rng.random() < 0.5 else add_workdays(t.decision, rng.randint(1, 3))
    finish_after_service(rng, t, payment)


def complete_no_penalty(rng: random.Random, t: Timeline, witness: bool) -> None:
    t.filing = add_workdays(t.clue, rng.randint(1, 7))
    first = _span(rng, _at(rng, add_workdays(t.filing, rng.randint(1, 5))), 30, 60)
    t.inquiries = [first]
    if witness:
        t.inquiries.append(_span(rng, first[1] + dt.timedelta(minutes=rng.randint(10, 30)), 20, 40))
    t.report = add_workdays(first[0].date(), rng.randint(3, 10))
    t.legal_review = add_workdays(t.report, rng.randint(1, 3))
    t.approval = add_workdays(t.legal_review, rng.randint(1, 3))
    t.decision = t.approval
    t.service = t.decision if rng.random() < 0.5 else add_workdays(t.decision, rng.randint(1, 3))
    finish_after_service(rng, t, payment=False)


def complete_simple(rng: random.Random, t: Timeline, payment: bool) -> None:
    """简易程序: the decision is made and delivered on the spot; 备案 within two working days."""
    t.decision = t.service = t.clue
    t.payment = add_workdays(t.decision, rng.randint(1, 6)) if payment else None
    t.approval = add_workdays(t.decision, rng.randint(1, 2))  # 备案
    t.archive = add_workdays(max(t.approval, t.payment or t.approval), rng.randint(1, 5))


def finish_after_service(rng: random.Random, t: Timeline, payment: bool) -> None:
    """缴款, 结案 and 归档 after the decision's service."""
    assert t.service is not None
    t.payment = None
    if payment:
        t.payment = next_workday(t.service + dt.timedelta(days=rng.randint(1, 9)))
        if (t.payment - t.service).days > 14:
            t.payment = t.service + dt.timedelta(days=rng.randint(1, 3))
    t.closing = add_workdays(t.payment or t.service, rng.randint(2, 8))
    t.archive = add_workdays(t.closing, rng.randint(1, 5))


ORDER = (
    "filing",
    "inquiries",
    "report",
    "legal_review",
    "discussion",
    "approval",
    "notice",
    "notice_service",
    "statement",
    "decision",
    "service",
    "payment",
    "closing",
    "archive",
)


def shift(t: Timeline, first: str, workdays: int) -> None:
    """Move every step from ``first`` on by ``workdays`` working days (working-day gaps are kept)."""

    def move_day(day: dt.date) -> dt.date:
        return add_workdays(day, workdays)

    def move_moment(moment: dt.datetime) -> dt.datetime:
        return dt.datetime.combine(move_day(moment.date()), moment.time())

    for name in ORDER[ORDER.index(first) :]:
        value = getattr(t, name)
        if value is None:
            continue
        if name == "inquiries":
            t.inquiries = [(move_moment(a), move_moment(b)) for a, b in value]
        elif name == "statement":
            t.statement = (move_moment(value[0]), move_moment(value[1]))
        else:
            setattr(t, name, move_day(value))
