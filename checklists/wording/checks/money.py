"""Amounts (reference I01, I02): 大写 agrees with 小写; 大写 is 人民币…元整 in 壹贰叁 (not 一二三, not mixed).

Works on the MONEY elements of extraction (their 大写/小写 pairs and roles). Statutory ranges (role 幅度) quote the
law and are skipped; so are copies of licences (主体资格/其他证据: 注册资本 is the registry's wording).
"""

from __future__ import annotations

from decimal import Decimal

import cn2an

from extractors import patterns as P
from extractors.model import DocType, Element, Money
from extractors.normalize import compact, normalize

from ..target import Target
from .base import Hit, register

_LOWER = "一二两三四五六七八九十百千"
_IMPOSED = frozenset({"罚款", "没收违法所得", "罚没款", "拟罚款", "拟没收违法所得", "加处罚款"})
_CURRENCY = ("人民币", "¥", "RMB")
_PREFIX_WINDOW = 10


def _amounts(t: Target) -> list[tuple[int, int, Element, Money, str]]:
    if t.doc_type == DocType.IDENTITY_EVIDENCE:
        return []
    out = []
    for start, end, el in t.money:
        money = el.value
        if isinstance(money, Money) and money.style == "大写" and el.role != "幅度":
            out.append((start, end, el, money, compact(normalize(t.flat[start:end]))))
    return out


def _daxie(yuan: Decimal) -> str:
    value: float | int = int(yuan) if yuan == yuan.to_integral() else float(yuan)
    return str(cn2an.an2cn(value, "rmb"))


@register("money_pair_mismatch")
def money_pair_mismatch(t: Target) -> list[Hit]:
    """人民币伍仟元整（¥500.00）: the 大写 and 小写 forms of one amount differ."""
    out: list[Hit] = []
    for start, end, _el, money, _text in _amounts(t):
        if money.pair_yuan is not None and money.pair_yuan != money.yuan:
            message = f"大写金额（{money.yuan}元）与小写金额（{money.pair_yuan}元）不一致"
            out.append(Hit(start, end, None, message))
    return out


@register("money_missing_zheng")
def money_missing_zheng(t: Target) -> list[Hit]:
    """人民币伍仟元 -> 人民币伍仟元整 (到元为止的大写金额末尾写“整”)."""
    out: list[Hit] = []
    for start, end, _el, _money, text in _amounts(t):
        if not P.DAXIE_CHAR.search(text) or "角" in text or "分" in text or text.endswith(("整", "正")):
            continue
        out.append(Hit(start, end, t.flat[start:end] + "整"))
    return out


@register("money_missing_currency")
def money_missing_currency(t: Target) -> list[Hit]:
    """壹万元整 with no 人民币 / ¥ anywhere near -> 人民币壹万元整."""
    out: list[Hit] = []
    for start, end, _el, money, text in _amounts(t):
        if not P.DAXIE_CHAR.search(text):
            continue
        near = t.flat[max(0, start - _PREFIX_WINDOW) : start] + text + (money.pair_text or "")
        if any(c in near for c in _CURRENCY) or "￥" in near:
            continue
        out.append(Hit(start, end, "人民币" + t.flat[start:end]))
    return out


@register("money_lowercase")
def money_lowercase(t: Target) -> list[Hit]:
    """罚款五千元 -> 罚款人民币伍仟元整: an amount imposed is written in 大写 (or Arabic numerals)."""
    out: list[Hit] = []
    for start, end, el, money, text in _amounts(t):
        if el.role not in _IMPOSED or P.DAXIE_CHAR.search(text) or not any(ch in _LOWER for ch in text):
            continue
        outside = "人民币" in t.before(start, 4) and not text.startswith("人民币")
        out.append(Hit(start, end, ("" if outside else "人民币") + _daxie(money.yuan)))
    return out


@register("money_mixed_numerals")
def money_mixed_numerals(t: Target) -> list[Hit]:
    """壹万五千元 -> 壹万伍仟元整: 大写 and lower-case Chinese numerals mixed in one amount."""
    out: list[Hit] = []
    for start, end, _el, money, text in _amounts(t):
        if P.DAXIE_CHAR.search(text) and any(ch in _LOWER for ch in text):
            out.append(Hit(start, end, ("人民币" if text.startswith("人民币") else "") + _daxie(money.yuan)))
    return out
