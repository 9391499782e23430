"""Numbers (GB/T 15835-2011): half-width Arabic digits, no 5千元 (Arabic digits with 千/百), groups of three."""

from __future__ import annotations

from decimal import Decimal

from extractors import patterns as P
from extractors.normalize import normalize

from ..target import Target
from .base import Hit, register

_UNITS = {"千": 1000, "百": 100}


@register("digits_fullwidth")
def digits_fullwidth(t: Target) -> list[Hit]:
    """２０２４年 -> 2024年: Arabic digits are half-width."""
    return [Hit(m.start(), m.end(), normalize(m.group())) for m in P.LINT_FULLWIDTH_DIGITS.finditer(t.flat)]


@register("digits_cn_unit")
def digits_cn_unit(t: Target) -> list[Hit]:
    """5千元 -> 5000元, 3百余件 -> 300余件: Arabic digits take no 千/百 unit (万/亿 are fine)."""
    out: list[Hit] = []
    for m in P.LINT_DIGIT_CN_UNIT.finditer(t.norm):
        value = Decimal(m.group("num")) * _UNITS[m.group("unit")]
        text = str(value.quantize(Decimal(1))) if value == value.to_integral() else str(value.normalize())
        out.append(Hit(m.start(), m.end(), text))
    return out


@register("digits_grouping")
def digits_grouping(t: Target) -> list[Hit]:
    """10,0000元 -> 100,000元: digits are grouped by three, not by four."""
    out: list[Hit] = []
    for m in P.LINT_BAD_GROUPING.finditer(t.norm):
        digits = m.group().replace(",", "")
        out.append(Hit(m.start(), m.end(), f"{int(digits):,}"))
    return out
