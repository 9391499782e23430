"""Periods under 行政处罚法 第八十五条: 二日、三日、五日、七日 are working days (法定节假日 excluded, using the
statutory holiday calendar of ``chinese_calendar``); other periods are calendar days. The day a period starts is not
counted. For a year the calendar does not know, Monday–Friday is used and the result is marked approximate."""

from __future__ import annotations

import datetime as dt

import chinese_calendar

WORKING_DAY_PERIODS = frozenset({2, 3, 5, 7})


def is_workday(day: dt.date) -> tuple[bool, bool]:
    """(is a working day, exact): exact is False when the holiday calendar does not cover the year."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:
        return day.weekday() < 5, False


def add_working_days(start: dt.date, days: int) -> tuple[dt.date, bool]:
    """The last day of a period of ``days`` working days starting after ``start``; and whether it is exact."""
    day, left, exact = start, days, True
    while left > 0:
        day += dt.timedelta(days=1)
        work, ok = is_workday(day)
        exact = exact and ok
        if work:
            left -= 1
    return day, exact


def period_end(start: dt.date, days: int, unit: str = "auto") -> tuple[dt.date, bool]:
    """End of a period of ``days`` after ``start``: working days for 2/3/5/7 (unit auto) or when unit is working.

    A calendar period ending on a holiday is extended to the next working day (第八十五条 follows 民事诉讼法).
    """
    working = unit == "working" or (unit == "auto" and days in WORKING_DAY_PERIODS)
    if working:
        return add_working_days(start, days)
    end = start + dt.timedelta(days=days)
    exact = True
    while True:
        work, ok = is_workday(end)
        exact = exact and ok
        if work:
            return end, exact
        end += dt.timedelta(days=1)
