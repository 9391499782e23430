"""How dates, times, money and 文号 are written in 文书."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import cn2an

_CN_DIGITS = "〇一二三四五六七八九"


def cn_date(day: dt.date) -> str:
    """2024年3月5日"""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_date_upper(day: dt.date) -> str:
    """二〇二四年三月五日 (the 落款 style of many decisions)."""
    year = "".join(_CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{cn2an.an2cn(day.month)}月{cn2an.an2cn(day.day)}日"


def dotted_date(day: dt.date) -> str:
    """2024.3.5 — not allowed in 文书 (catalogue K05); used by the defect only."""
    return f"{day.year}.{day.month}.{day.day}"


def cn_time(moment: dt.datetime) -> str:
    """9时10分"""
    return f"{moment.hour}时{moment.minute:02d}分"


def cn_datetime(moment: dt.datetime) -> str:
    """2024年3月5日9时10分"""
    return cn_date(moment.date()) + cn_time(moment)


def time_span(start: dt.datetime, end: dt.datetime) -> str:
    """2024年3月5日9时10分至9时55分 (the end's date is repeated only when it differs)."""
    tail = cn_time(end) if end.date() == start.date() else cn_datetime(end)
    return f"{cn_datetime(start)}至{tail}"


def yuan_upper(amount: Decimal | int) -> str:
    """伍万元整 / 贰佰叁拾陆元伍角 (no 人民币 prefix)."""
    value = Decimal(amount)
    return cn2an.an2cn(int(value) if value == value.to_integral() else float(value), "rmb")


def yuan_number(amount: Decimal | int, grouped: bool = False) -> str:
    """50000.00 or 50,000.00"""
    return f"{Decimal(amount):,.2f}" if grouped else f"{Decimal(amount):.2f}"


@dataclass(frozen=True)
class MoneyStyle:
    """How one dossier writes an amount: 人民币伍万元整（¥50000.00） and its variants."""

    variant: int  # 0: （¥50000.00）; 1: （¥50,000.00）; 2: （小写：50000元）

    def pair(self, amount: Decimal | int) -> str:
        upper = "人民币" + yuan_upper(amount)
        value = Decimal(amount)
        if self.variant == 2:
            small = f"{int(value)}" if value == value.to_integral() else f"{value:.2f}"
            return f"{upper}（小写：{small}元）"
        return f"{upper}（¥{yuan_number(value, grouped=self.variant == 1)}）"


@dataclass(frozen=True)
class NumberStyle:
    """The shape of one agency's 文号: prefix, kind word, bracket pair, 第 and zero padding."""

    prefix: str  # 川成锦市监
    brackets: tuple[str, str]  # 〔〕 / [] / （）
    di: bool  # 第012号
    pad: int  # 0 = no padding, else width

    def number(self, kind: str, year: int, serial: int) -> str:
        serial_text = f"{serial:0{self.pad}d}" if self.pad else str(serial)
        return f"{self.prefix}{kind}{self.brackets[0]}{year}{self.brackets[1]}{'第' if self.di else ''}{serial_text}号"
