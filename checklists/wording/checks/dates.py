"""Dates and times (reference K05, B16; GB/T 9704-2012 7.3.5.3; GB/T 15835-2011): the form of a date, impossible
dates, zero-padded and two-digit years, 〇 in Chinese years, mixed numerals, and 笔录 times to the minute."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors import patterns as P
from extractors.elements.dates import date_of
from extractors.model import DocType
from extractors.normalize import cn_int

from ..target import Target
from .base import Hit, register

RECORD_TYPES = frozenset(
    {DocType.INQUIRY_RECORD, DocType.INSPECTION_RECORD, DocType.HEARING, DocType.COLLECTIVE_DISCUSSION}
)


def _dates(t: Target) -> Iterator[re.Match[str]]:
    yield from P.DATE.finditer(t.norm)


@register("date_numeric_form")
def date_numeric_form(t: Target) -> list[Hit]:
    """2023.5.3 / 2023-05-03 / 2023/5/3 in running text -> 2023年5月3日."""
    out: list[Hit] = []
    for m in _dates(t):
        if not m.group("ny"):
            continue
        day = date_of(m)
        suggestion = f"{day.year}年{day.month}月{day.day}日" if day else None
        out.append(Hit(m.start(), m.end(), suggestion))
    return out


@register("date_impossible")
def date_impossible(t: Target) -> list[Hit]:
    """A date that is not on the calendar: 2023年2月29日, 2024年4月31日, 2024年13月1日."""
    out: list[Hit] = []
    for m in _dates(t):
        if date_of(m) is None:
            out.append(Hit(m.start(), m.end(), None, f"日期不存在：{t.flat[m.start() : m.end()]}"))
    for m in P.LINT_SHORT_YEAR_DATE.finditer(t.norm):
        if not _valid(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))):
            out.append(Hit(m.start(), m.end(), None, f"日期不存在：{t.flat[m.start() : m.end()]}"))
    return out


def _valid(y: int, mo: int, d: int) -> bool:
    import datetime as dt

    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


@register("date_zero_padded")
def date_zero_padded(t: Target) -> list[Hit]:
    """2024年03月05日 -> 2024年3月5日 (月、日不编虚位)."""
    out: list[Hit] = []
    for m in _dates(t):
        if m.group("ay") and (m.group("am").startswith("0") or m.group("ad").startswith("0")):
            day = date_of(m)
            if day is not None:
                out.append(Hit(m.start(), m.end(), f"{day.year}年{day.month}月{day.day}日"))
    return out


@register("date_short_year")
def date_short_year(t: Target) -> list[Hit]:
    """24年3月5日 -> 2024年3月5日 (年份应标全称)."""
    out: list[Hit] = []
    for m in P.LINT_SHORT_YEAR_DATE.finditer(t.norm):
        y, mo, d = 2000 + int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if _valid(y, mo, d):
            out.append(Hit(m.start(), m.end(), f"{y}年{mo}月{d}日"))
    return out


@register("date_chinese_zero")
def date_chinese_zero(t: Target) -> list[Hit]:
    """二零二四年 / 二0二四年 / 二O二四年 -> 二〇二四年 (the zero of a year in Chinese numerals is 〇)."""
    out: list[Hit] = []
    for m in _dates(t):
        year = m.group("cy")
        if year and any(ch in "零0O" for ch in year):
            fixed = "".join("〇" if ch in "零0O" else ch for ch in year)
            start, end = m.span("cy")
            out.append(Hit(start, end, fixed))
    return out


@register("date_mixed_numerals")
def date_mixed_numerals(t: Target) -> list[Hit]:
    """2024年三月五日 / 二〇二四年3月5日: one date in one kind of numerals."""
    out: list[Hit] = []
    for m in P.LINT_MIXED_DATE.finditer(t.norm):
        out.append(Hit(m.start(), m.end(), _arabic(t.norm[m.start() : m.end()])))
    return out


def _arabic(text: str) -> str | None:
    parts: list[str] = []
    number = ""
    for ch in text.replace(" ", ""):
        if ch in "年月日":
            n = cn_int(number)
            if n is None:
                return None
            parts.append(f"{n}{ch}")
            number = ""
        else:
            number += ch
    return "".join(parts) if not number else None


@register("record_time_minutes")
def record_time_minutes(t: Target) -> list[Hit]:
    """A 笔录's time field states its start and end to the minute: 2024年5月9日14时15分至15时15分."""
    out: list[Hit] = []
    for m in P.LINT_RECORD_TIME.finditer(t.norm):
        if m.group("label").lstrip("起止") == "时间" and t.doc_type not in RECORD_TYPES:
            continue
        value_start = m.start("value")
        value = m.group("value")
        day = P.DATE.search(value)
        if day is None:
            continue
        rest = value[day.end() :]
        clocks = [c for c in P.TIME_OF_DAY.finditer(rest) if c.group("h") or c.group("h2")]
        end = value_start + (day.end() + clocks[-1].end() if clocks else len(value.rstrip()))
        if not clocks:
            out.append(Hit(value_start + day.start(), end, None, "笔录时间只写到日，应写明起止时间并精确到分"))
        elif any(c.group("m") is None and c.group("m2") is None for c in clocks):
            out.append(Hit(value_start + day.start(), end, None, "笔录时间应精确到分（如9时10分至9时55分）"))
        elif len(clocks) < 2:
            out.append(Hit(value_start + day.start(), end, None, "笔录时间应写明起止时间（至几时几分）"))
    return out
