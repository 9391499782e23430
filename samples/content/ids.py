"""Identifiers with their official check digits: 统一社会信用代码 (GB 32100-2015, whose 主体标识码 carries the
GB 11714 组织机构代码 check), 公民身份号码 (GB 11643-1999), phone numbers and 执法证号."""

from __future__ import annotations

import datetime as dt
import random

from stdnum import numdb

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_RIC_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_DIGITS36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(first8: str) -> str:
    value = 11 - sum(_DIGITS36.index(c) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def make_uscc(rng: random.Random, region_code: str, individual_business: bool = False) -> str:
    """A valid code registered by 市场监管 (登记管理部门 9): 91… for an enterprise, 92… for a 个体工商户."""
    if rng.random() < 0.75:  # codes issued since 2015: MA + a letter, then the serial
        body = "MA" + rng.choice("6789ABCD") + "".join(rng.choice(USCC_ALPHABET) for _ in range(5))
    else:  # converted from an old all-digit 组织机构代码
        body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = ("92" if individual_business else "91") + region_code + body + org_code_check_char(body)
    return first17 + uscc_check_char(first17)


def ric_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _RIC_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def _region_valid(code: str, year: int) -> bool:
    info = {k: v for _, props in numdb.get("cn/loc").info(code) for k, v in props.items()}
    county = info.get("county")
    if not county:
        return False
    for entry in county.split(","):
        if not entry.startswith("["):
            return True
        span = entry[1:].split("]")[0]
        start, _, end = span.partition("-")
        if (not start or year >= int(start)) and (not end or year <= int(end)):
            return True
    return False


def make_ric(rng: random.Random, region_codes: list[str], birth: dt.date, male: bool) -> str:
    """A valid 公民身份号码 whose 地址码 existed in the birth year (stdnum checks that too)."""
    candidates = [c for c in region_codes if _region_valid(c, birth.year)]
    code = rng.choice(candidates)
    seq = rng.randrange(1, 499) * 2 + (1 if male else 0)
    first17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return first17 + ric_check_char(first17)


def corrupt_check_char(number: str, alphabet: str) -> str:
    """The same number with a different, hence wrong, check character (``alphabet`` holds the valid ones)."""
    return number[:-1] + alphabet[(alphabet.index(number[-1]) + 7) % len(alphabet)]


def make_mobile(rng: random.Random) -> str:
    prefix = rng.choice(("133", "135", "136", "137", "138", "139", "150", "151", "158", "159", "180", "181", "189"))
    return prefix + "".join(rng.choice("0123456789") for _ in range(8))


def make_landline(rng: random.Random, area_code: str) -> str:
    first = rng.choice("2345678")
    return f"{area_code}-{first}{rng.randrange(0, 10**7):07d}"
