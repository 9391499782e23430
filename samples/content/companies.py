"""Company, 个体工商户 and product names."""

from __future__ import annotations

import random

from samples.content.places import Region

TRADE_NAMES = [
    "蓉欣",
    "锦程",
    "天府",
    "盛源",
    "鑫达",
    "宏远",
    "佳禾",
    "兴旺",
    "瑞丰",
    "恒通",
    "汇德",
    "和顺",
    "华盛",
    "益康",
    "金穗",
    "晨曦",
    "博雅",
    "嘉悦",
    "川源",
    "蜀韵",
    "德润",
    "鼎盛",
    "福满",
    "广益",
    "汇鑫",
    "锦泰",
    "康乐",
    "联创",
    "明德",
    "齐力",
    "润通",
    "尚品",
    "泰和",
    "万邦",
    "祥瑞",
    "新锐",
    "永盛",
    "誉丰",
    "正旺",
    "卓越",
    "安泰",
    "百川",
    "诚信",
    "东升",
    "丰禾",
    "富源",
    "合众",
    "华兴",
    "吉祥",
    "金鼎",
    "凯旋",
    "利民",
    "龙腾",
    "美佳",
    "宁远",
    "启航",
    "荣昌",
    "顺达",
    "腾飞",
    "为民",
]


def trade_name(rng: random.Random, avoid: set[str] | None = None) -> str:
    choices = [t for t in TRADE_NAMES if not avoid or t not in avoid]
    return rng.choice(choices)


def company_name(rng: random.Random, region: Region, trade: str, industry: str) -> str:
    """成都蓉欣商贸有限公司 / 四川锦程再生资源回收有限公司 (company names carry no district)."""
    place = rng.choice((region.city[:-1], region.city[:-1], (region.province or region.city)[:-1]))
    return f"{place}{trade}{industry}有限公司"


def shop_name(rng: random.Random, region: Region, trade: str, shop: str) -> str:
    """成都市锦江区鑫达便利店 (a 个体工商户 with a 字号)."""
    return f"{region.city}{region.district}{trade}{shop}"
