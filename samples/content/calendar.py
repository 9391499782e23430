"""Working days (第八十五条: 二日/三日/五日/七日 are working days): weekends and 法定节假日, with 调休 make-up days.

A small fixed table for 2023–2025 is enough for synthetic dossiers; the generator keeps wide margins around every
working-day limit, so a checker that uses a slightly different calendar reaches the same verdict.
"""

from __future__ import annotations

import datetime as dt


def _days(spec: str) -> frozenset[dt.date]:
    out: set[dt.date] = set()
    for part in spec.split():
        start, _, end = part.partition("..")
        a = dt.date.fromisoformat(start)
        b = dt.date.fromisoformat(end) if end else a
        while a <= b:
            out.add(a)
            a += dt.timedelta(days=1)
    return frozenset(out)


HOLIDAYS = _days(
    "2023-01-01..2023-01-02 2023-01-21..2023-01-27 2023-04-05 2023-04-29..2023-05-03 2023-06-22..2023-06-24 "
    "2023-09-29..2023-10-06 2023-12-30..2024-01-01 2024-02-10..2024-02-17 2024-04-04..2024-04-06 "
    "2024-05-01..2024-05-05 2024-06-08..2024-06-10 2024-09-15..2024-09-17 2024-10-01..2024-10-07 "
    "2025-01-01 2025-01-28..2025-02-04 2025-04-04..2025-04-06 2025-05-01..2025-05-05 2025-05-31..2025-06-02 "
    "2025-10-01..2025-10-08"
)
MAKEUP_WORKDAYS = _days(
    "2023-01-28 2023-01-29 2023-04-23 2023-05-06 2023-06-25 2023-10-07 2023-10-08 2024-02-04 2024-02-18 "
    "2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12 2025-01-26 2025-02-08 2025-04-27 "
    "2025-09-28 2025-10-11"
)


def is_workday(day: dt.date) -> bool:
    if day in MAKEUP_WORKDAYS:
        return True
    return day.weekday() < 5 and day not in HOLIDAYS


def next_workday(day: dt.date) -> dt.date:
    """``day`` itself if it is a working day, else the next one."""
    while not is_workday(day):
        day += dt.timedelta(days=1)
    return day


def add_workdays(day: dt.date, n: int) -> dt.date:
    """The working day ``n`` working days after ``day`` (n >= 0; n == 0 rolls forward to a working day)."""
    day = next_workday(day)
    while n > 0:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n -= 1
    return day


def sub_workdays(day: dt.date, n: int) -> dt.date:
    """The working day ``n`` working days before ``day``."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if is_workday(day):
            n -= 1
    while not is_workday(day):
        day -= dt.timedelta(days=1)
    return day


def workdays_between(a: dt.date, b: dt.date) -> int:
    """Working days in ``(a, b]``: how many working days after ``a`` the date ``b`` falls."""
    n, day = 0, a
    while day < b:
        day += dt.timedelta(days=1)
        if is_workday(day):
            n += 1
    return n
