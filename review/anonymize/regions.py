"""Administrative divisions down to the county level, for cutting a name or an address after its region.

A company name keeps its region (成都市双流区 / 四川 / 成都) and an address keeps province, city and county
(成都市双流区) while everything below is replaced. The divisions come from python-stdnum's table of resident ID
region codes (``stdnum/cn/loc.dat``, offline, already a dependency): 34 provinces, the prefecture-level cities and
every county-level division, with their former names. Short forms are accepted for provinces (四川, 湖南) and
prefectures (成都, 自贡); a county's short form (双流) only right after its own prefecture (成都双流…).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import stdnum

_LINE = re.compile(r"^\s*(\d+) (province|county)=\"(.*)\"$")
_YEARS = re.compile(r"\[[^\]]*\]")
_GENERIC = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位"}
_PROVINCE_TAILS = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "特別行政區", "自治区", "省", "市")
_PREFECTURE_TAILS = ("地区", "市", "盟")
_COUNTY_TAILS = ("自治县", "新区", "区", "县", "市", "旗")


class _Divisions:
    def __init__(self) -> None:
        self.provinces: set[str] = set()
        self.prefectures: dict[str, set[str]] = {}  # name (full or short) -> prefecture codes (4 digits)
        self.counties: dict[str, set[str]] = {}  # full name -> parent prefecture codes
        self.county_short: dict[str, set[str]] = {}  # short name -> parent prefecture codes
        province = ""
        path = Path(stdnum.__file__).parent / "cn" / "loc.dat"
        for line in path.read_text(encoding="utf-8").splitlines():
            m = _LINE.match(line)
            if not m:
                continue
            code, kind, names = m.groups()
            for name in (_YEARS.sub("", n).strip() for n in names.split(",")):
                if not name or name in _GENERIC:
                    continue
                if kind == "province":
                    province = code
                    self.provinces.update(_forms(name, _PROVINCE_TAILS))
                elif code.endswith("00"):
                    for form in _forms(name, _PREFECTURE_TAILS):
                        self.prefectures.setdefault(form, set()).add(province + code[:2])
                else:
                    parent = province + code[:2]
                    self.counties.setdefault(name, set()).add(parent)
                    short = _short(name, _COUNTY_TAILS)
                    if short != name:
                        self.county_short.setdefault(short, set()).add(parent)
        self.longest = max(len(n) for n in (*self.provinces, *self.prefectures, *self.counties))


def _short(name: str, tails: tuple[str, ...]) -> str:
    for tail in tails:
        if name.endswith(tail) and len(name) - len(tail) >= 2:
            return name[: -len(tail)]
    return name


def _forms(name: str, tails: tuple[str, ...]) -> set[str]:
    return {name, _short(name, tails)}


@lru_cache(maxsize=1)
def _divisions() -> _Divisions:
    return _Divisions()


def _longest(text: str, start: int, names: set[str] | dict[str, set[str]]) -> str:
    limit = min(len(text) - start, _divisions().longest)
    for size in range(limit, 1, -1):
        if text[start : start + size] in names:
            return text[start : start + size]
    return ""


def region_length(text: str, start: int = 0) -> int:
    """How many characters of ``text[start:]`` are a region prefix: [province][prefecture][county], 0 if none.

    ``region_length("成都市双流区长城路一段206号")`` is 6; ``region_length("四川美佳商贸有限公司")`` is 2.
    """
    d = _divisions()
    i = start
    province = _longest(text, i, d.provinces)
    i += len(province)
    prefecture = _longest(text, i, d.prefectures)
    i += len(prefecture)
    county = _longest(text, i, d.counties)
    if not county and prefecture:
        short = _longest(text, i, d.county_short)
        if short and d.county_short[short] & d.prefectures[prefecture]:
            county = short
    i += len(county)
    return i - start


def find_region(text: str, limit: int | None = None) -> int:
    """The first position in ``text[:limit]`` where a region prefix starts, or -1."""
    end = len(text) if limit is None else min(limit, len(text))
    for i in range(end):
        if region_length(text, i):
            return i
    return -1


def is_region(word: str) -> bool:
    """True when the whole ``word`` is a region (成都 / 双流区 / 四川省成都市)."""
    return bool(word) and region_length(word) == len(word)
