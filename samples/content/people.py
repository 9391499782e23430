"""Person names and persons (with a valid 身份证号)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from samples.content.ids import make_mobile, make_ric

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔向汤文税敬"
)
_GIVEN_MALE = [
    "伟",
    "强",
    "磊",
    "军",
    "勇",
    "杰",
    "涛",
    "明",
    "超",
    "刚",
    "平",
    "辉",
    "鹏",
    "华",
    "飞",
    "鑫",
    "波",
    "斌",
    "宇",
    "浩",
    "凯",
    "健",
    "俊",
    "帆",
    "帅",
    "旭",
    "宁",
    "龙",
    "林",
    "洋",
    "峰",
    "亮",
    "成",
    "建华",
    "建国",
    "志强",
    "志刚",
    "国平",
    "德明",
    "永红",
    "家俊",
    "子豪",
    "浩然",
    "宇航",
    "思远",
    "文博",
    "天佑",
    "俊杰",
    "晓东",
    "海波",
    "红军",
    "春林",
    "光明",
    "正军",
    "学文",
    "世杰",
    "云峰",
    "开元",
]
_GIVEN_FEMALE = [
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "艳",
    "娟",
    "霞",
    "燕",
    "玲",
    "婷",
    "慧",
    "莉",
    "琳",
    "雪",
    "倩",
    "颖",
    "洁",
    "蓉",
    "萍",
    "秀英",
    "桂英",
    "玉兰",
    "小红",
    "海燕",
    "春梅",
    "丽华",
    "雅琴",
    "晓燕",
    "欣怡",
    "子涵",
    "雨萱",
    "诗雨",
    "梦瑶",
    "思琪",
    "佳怡",
    "凤英",
    "淑芬",
    "红梅",
    "丹丹",
    "亚琴",
    "晓丽",
    "美玲",
]
ETHNIC = ("汉族",) * 18 + ("彝族", "藏族", "回族", "羌族")


@dataclass
class Person:
    name: str
    male: bool
    birth: dt.date
    id_number: str
    phone: str
    address: str  # 户籍/住址, down to the 门牌号
    ethnicity: str = "汉族"

    @property
    def gender(self) -> str:
        return "男" if self.male else "女"


class NamePool:
    """Draws names that are unique within one dossier."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def name(self, male: bool) -> str:
        for _ in range(200):
            given = self.rng.choice(_GIVEN_MALE if male else _GIVEN_FEMALE)
            name = self.rng.choice(SURNAMES) + given
            if name not in self.used and not any(name in u or u in name for u in self.used):
                self.used.add(name)
                return name
        raise RuntimeError("name pool exhausted")

    def person(self, birth_regions: list[str], address: str, year_range: tuple[int, int] = (1962, 2000)) -> Person:
        rng = self.rng
        male = rng.random() < 0.62
        birth = dt.date(rng.randint(*year_range), rng.randint(1, 12), rng.randint(1, 28))
        return Person(
            name=self.name(male),
            male=male,
            birth=birth,
            id_number=make_ric(rng, birth_regions, birth, male),
            phone=make_mobile(rng),
            address=address,
            ethnicity=rng.choice(ETHNIC),
        )
