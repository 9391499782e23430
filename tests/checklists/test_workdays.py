"""第八十五条: 2/3/5/7-day periods are working days (statutory holidays excluded); others are calendar days."""

from __future__ import annotations

import datetime as dt

from checklists.workdays import add_working_days, period_end


def test_five_working_days_skip_the_weekend() -> None:
    # 2024-04-10 is a Wednesday: Thu 11, Fri 12, Mon 15, Tue 16, Wed 17
    assert add_working_days(dt.date(2024, 4, 10), 5) == (dt.date(2024, 4, 17), True)


def test_five_working_days_skip_the_national_day_holiday() -> None:
    # 2024-09-30 (Mon): 10月1日–7日 are holidays; 9月29日 and 10月12日 are make-up working days
    assert period_end(dt.date(2024, 9, 30), 5)[0] == dt.date(2024, 10, 12)


def test_seven_days_of_service_are_working_days() -> None:
    # 2024-04-30 (Tue): 5月1日–5日 holiday; 6–10日 five days, 11日 (Sat) a make-up working day, 12日 Sunday
    assert period_end(dt.date(2024, 4, 30), 7)[0] == dt.date(2024, 5, 13)


def test_fifteen_and_ninety_days_are_calendar_days() -> None:
    assert period_end(dt.date(2024, 3, 1), 90)[0] == dt.date(2024, 5, 30)
    # a calendar period ending on a holiday moves to the next working day
    assert period_end(dt.date(2024, 9, 16), 15)[0] == dt.date(2024, 10, 8)


def test_year_outside_the_calendar_is_approximate() -> None:
    end, exact = add_working_days(dt.date(2031, 3, 6), 5)
    assert end == dt.date(2031, 3, 13) and exact is False
