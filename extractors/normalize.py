"""Length-preserving text normalisation, white-space helpers and Chinese numeral parsing.

``normalize(s)`` maps every character to exactly one character, so an index into the normalised copy is an index
into the raw text: element extractors match on ``normalize(raw)`` and cut ``Element.text`` from ``raw``.

What it maps (one char -> one char):
- full-width ASCII (U+FF01-FF5E) to ASCII: ``２０２４`` -> ``2024``, ``：`` -> ``:``, ``，`` -> ``,``,
  ``（）`` -> ``()``;
- Kangxi radicals and CJK compatibility ideographs that have a one-character NFKC form (``⼀`` -> ``一``);
- every square-ish bracket ``〔〕【】［］[]〖〗﹝﹞`` to ``〔〕`` (round ones stay round: ``()``);
- dashes (``—–―‐‑−－``) to ``-``; ``￥`` to ``¥``; ``＊`` (via the full-width rule) to ``*``;
- the circle zeros ``○◯Ｏ`` (as used in 二○二四年) to ``〇``;
- single angle brackets ``〈〉`` to the title marks ``《》`` (OCR reads 》 as 〉; some typed text uses them as title
  marks: 〈中华人民共和国食品安全法〉);
- every white-space character except ``\\n`` (ideographic space, NBSP, tab, CR, zero-width space) to ``" "``.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

from extractors import patterns as P

_SQUARE_OPEN = "〔【［[〖﹝"
_SQUARE_CLOSE = "〕】］]〗﹞"
_DASHES = "—–―‐‑−－"
_SPACES = "\u3000\u00a0\t\r\f\v\u2002\u2003\u2009\u200b\u202f\u2060\ufeff"
_CIRCLE_ZEROS = "○◯Ｏ"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xFF01, 0xFF5F):
        table[cp] = chr(cp - 0xFEE0)
    for lo, hi in ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF)):
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    for ch in _SQUARE_OPEN:
        table[ord(ch)] = "〔"
    for ch in _SQUARE_CLOSE:
        table[ord(ch)] = "〕"
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in _CIRCLE_ZEROS:
        table[ord(ch)] = "〇"
    table[0xFFE5] = "¥"  # ￥
    table[0x3008] = "《"  # 〈
    table[0x3009] = "》"  # 〉
    return table


_TABLE = _build_table()


def normalize(s: str) -> str:
    """The matching copy of ``s``: same length, one character for one character (see the module docstring)."""
    out = s.translate(_TABLE)
    if len(out) != len(s):  # pragma: no cover - the table only holds one-character values
        raise AssertionError("normalize changed the length")
    return out


def compact(s: str) -> str:
    """``s`` without any white space (for comparing names: ``"张 三"`` == ``"张三"``)."""
    return P.WHITESPACE.sub("", s)


def unspace(label: str) -> str:
    """A label with the white space inside it removed and a trailing colon dropped: ``"当 事 人："`` -> ``"当事人"``."""
    return compact(normalize(label)).rstrip(":")


def is_masked(value: str) -> bool:
    """True for a value published masked: ``陶**``, ``李*玖``, ``黄某某``, ``申XX``, ``xx``, ``91430281691828xxxx``."""
    return bool(P.MASKED_VALUE.search(normalize(value)))


# ---------------------------------------------------------------------------------------------------------------------
# Chinese numerals
# ---------------------------------------------------------------------------------------------------------------------
_DIGITS = {
    "零": 0, "〇": 0, "0": 0, "O": 0, "o": 0,
    "一": 1, "壹": 1, "1": 1,
    "二": 2, "两": 2, "贰": 2, "2": 2,
    "三": 3, "叁": 3, "3": 3,
    "四": 4, "肆": 4, "4": 4,
    "五": 5, "伍": 5, "5": 5,
    "六": 6, "陆": 6, "6": 6,
    "七": 7, "柒": 7, "7": 7,
    "八": 8, "捌": 8, "8": 8,
    "九": 9, "玖": 9, "9": 9,
}  # fmt: skip
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}


def cn_int(s: str) -> int | None:
    """An integer written in Chinese or Arabic numerals, or a mix; None when ``s`` is not a number.

    ``"一百零八"`` -> 108, ``"二十"`` -> 20, ``"十"`` -> 10, ``"二十 七"`` -> 27 (white space ignored),
    ``"二〇二四"`` -> 2024 (digits without units are positional), ``"壹万贰仟叁佰"`` -> 12300, ``"3万"`` -> 30000.
    """
    t = compact(normalize(s))
    if not t:
        return None
    if t.isascii() and t.isdigit():
        return int(t)
    if not any(ch in _SMALL_UNITS or ch in _BIG_UNITS for ch in t):
        if not all(ch in _DIGITS for ch in t):
            return None
        return int("".join(str(_DIGITS[ch]) for ch in t))
    total = section = number = 0
    prev_ascii = False
    for ch in t:
        if ch in _DIGITS:
            d = _DIGITS[ch]
            number = number * 10 + d if (prev_ascii and ch.isdigit()) else d
            prev_ascii = ch.isascii() and ch.isdigit()
            continue
        prev_ascii = False
        if ch in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[ch]
            number = 0
        elif ch in _BIG_UNITS:
            unit = _BIG_UNITS[ch]
            total = (total + section + number) * unit if unit > 10_000 else total + (section + number) * unit
            section = number = 0
        else:
            return None
    return total + section + number


def daxie_yuan(s: str) -> Decimal | None:
    """An amount written in Chinese numerals with 元/圆 and optional 角/分: ``"人民币壹万贰仟叁佰元整"`` -> 12300.

    ``"贰佰零伍元伍角"`` -> 205.5, ``"伍角"`` -> 0.5. Returns None when ``s`` holds no parsable amount.
    """
    t = compact(normalize(s))
    t = t.removeprefix("人民币").rstrip("整正")
    yuan_part, jiao_part, fen_part = t, "", ""
    for sep in ("元", "圆"):
        if sep in yuan_part:
            yuan_part, rest = yuan_part.split(sep, 1)
            break
    else:
        rest = yuan_part if ("角" in yuan_part or "分" in yuan_part) else ""
        yuan_part = "" if rest else yuan_part
    if "角" in rest:
        jiao_part, rest = rest.split("角", 1)
    if "分" in rest:
        fen_part, rest = rest.split("分", 1)
    if rest.strip("整正零〇"):
        return None
    amount = Decimal(0)
    if yuan_part:
        n = cn_int(yuan_part)
        if n is None:
            return None
        amount += n
    for part, scale in ((jiao_part.lstrip("零〇"), Decimal("0.1")), (fen_part.lstrip("零〇"), Decimal("0.01"))):
        if part:
            n = cn_int(part)
            if n is None or n > 9:
                return None
            amount += n * scale
    if not (yuan_part or jiao_part or fen_part):
        return None
    return amount
