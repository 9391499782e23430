"""Places: districts with their codes, streets and courts; the agencies of each field built on them."""

from __future__ import annotations

import random
from dataclasses import dataclass

from samples.content.ids import make_landline


@dataclass(frozen=True)
class Region:
    province: str  # "四川省"; "" for a 直辖市 (the city carries the name)
    prov_abbr: str  # 川
    city: str  # 成都市
    city_abbr: str  # 成
    district: str  # 锦江区
    dist_abbr: str  # 锦
    code: str  # 行政区划代码 510104
    area_code: str  # 028
    streets: tuple[str, ...]
    seat: str  # the district where the city government sits (city-level bodies, their court)


#: two lines per district: province|省简称|city|市简称|district|区简称|区划代码|区号|city seat, then its streets
#: ("-" marks an empty field: a 直辖市 has no province and no city abbreviation)
_TABLE = """
四川省|川|成都市|成|锦江区|锦|510104|028|青羊区
    东大街下东大街段 红星路三段 春熙路南段 书院南街 水碾河路 三官堂街 督院街 莲桂南路 静安路 粮丰街
四川省|川|成都市|成|青羊区|青|510105|028|青羊区
    人民中路二段 草市街 西御街 蜀都大道少城路 光华北三路 清江东路 东城根下街 文庙西街 家园路
四川省|川|成都市|成|金牛区|金|510106|028|青羊区
    一环路北一段 营门口路 沙湾路 茶店子东街 蜀汉路 金府路 人民北路一段 五块石路 土桥街
四川省|川|成都市|成|武侯区|武|510107|028|青羊区
    武侯祠大街 浆洗街 科华北路 玉林南路 人民南路四段 二环路南四段 高升桥东路 机投镇江安路 簇锦北路
四川省|川|成都市|成|成华区|华|510108|028|青羊区
    建设路 府青路二段 双林路 二仙桥东三路 东风路 杉板桥路 崔家店路 龙潭寺西路 驷马桥路
四川省|川|成都市|成|新都区|新|510114|028|青羊区
    新都大道 桂湖东路 马超西路 蓉都大道天河路 宝光大道 大丰镇南丰大道 斑竹园镇迎宾大道
四川省|川|成都市|成|双流区|双|510116|028|青羊区
    棠湖西路 东升街道白家路 西航港大道 九江街道江安路 华阳大道二段 蛟龙港大道 长城路一段
四川省|川|绵阳市|绵|涪城区|涪|510703|0816|涪城区
    临园路东段 跃进路 安昌路 剑南路西段 御营坝路 花园路 飞云大道 长虹大道中段
四川省|川|德阳市|德|旌阳区|旌|510603|0838|旌阳区
    长江西路二段 泰山南路 庐山南路二段 岷江西路 天山北路 蒙山街 珠江西路
四川省|川|宜宾市|宜|翠屏区|翠|511502|0831|翠屏区
    人民路 南岸西区酒都路 蜀南大道 鲁家园路 中山街 叙府路 长江大道
四川省|川|泸州市|泸|龙马潭区|龙|510504|0830|江阳区
    蜀泸大道 春雨路 回龙湾路 鱼塘路 龙南路 杜家街 高坝路
四川省|川|南充市|南|顺庆区|顺|511302|0817|顺庆区
    人民中路 五星花园 模范街 延安路 涪江路 茶店子街 西华路
四川省|川|乐山市|乐|市中区|中|511102|0833|市中区
    嘉定中路 柏杨西路 凤凰路中段 通江路 长青路 绿心路 海棠路
四川省|川|攀枝花市|攀|东区|东|510402|0812|东区
    炳草岗大街 攀枝花大道东段 机场路 五十四路 湖光路 华山路 人民街
四川省|川|自贡市|自|自流井区|流|510302|0813|自流井区
    五星街 解放路 汇东路 檀木林街 丹桂大街 光大街 滨江路
-|渝|重庆市|-|渝中区|中|500103|023|渝中区
    解放碑民权路 两路口中山三路 大坪正街 上清寺路 菜园坝大道 长江一路 化龙桥街道虎头岩路
湖南省|湘|长沙市|长|岳麓区|岳|430104|0731|岳麓区
    麓山南路 枫林三路 银盆南路 桐梓坡西路 金星中路 岳麓大道 望城坡街道雷锋大道
湖北省|鄂|武汉市|武|武昌区|昌|420106|027|江岸区
    中南路 中山路 武珞路 徐东大街 友谊大道 和平大道 民主路
陕西省|陕|西安市|西|雁塔区|雁|610113|029|未央区
    小寨东路 长安南路 雁塔北路 科技路 电子二路 朱雀大街 含光路
贵州省|黔|贵阳市|筑|南明区|南|520102|0851|观山湖区
    中华南路 遵义路 花果园大街 市府路 宝山南路 油榨街 新华路
"""


def _regions(table: str) -> tuple[Region, ...]:
    lines = [line for line in table.strip().split("\n") if line.strip()]
    out = []
    for head, streets in zip(lines[::2], lines[1::2], strict=True):
        prov, pa, city, ca, dist, da, code, area, seat = (v if v != "-" else "" for v in head.split("|"))
        out.append(Region(prov, pa, city, ca, dist, da, code, area, tuple(streets.split()), seat))
    return tuple(out)


REGIONS = _regions(_TABLE)
SICHUAN = tuple(r for r in REGIONS if r.province == "四川省")

#: 地址码 of places where people in the synthetic dossiers were born (checked against the birth year at use)
BIRTH_REGIONS = [
    "510104",
    "510105",
    "510106",
    "510107",
    "510108",
    "510112",
    "510121",
    "510124",
    "510129",
    "510181",
    "510182",
    "510183",
    "510184",
    "510402",
    "510403",
    "510302",
    "510502",
    "510623",
    "510681",
    "510722",
    "510781",
    "511024",
    "511025",
    "511102",
    "511304",
    "511321",
    "511322",
    "511381",
    "511423",
    "511523",
    "511602",
    "511621",
    "511702",
    "511722",
    "513401",
    "500103",
    "500101",
    "430104",
    "430111",
    "420106",
    "420111",
    "610113",
    "610103",
    "520102",
]

FIELDS = ("市场监管", "商务", "生态环境", "应急管理", "文化市场")


@dataclass(frozen=True)
class Agency:
    field: str
    name: str  # 成都市锦江区市场监督管理局
    region: Region
    city_level: bool
    number_prefix: str  # the part of a 文号 before 罚/告 etc., e.g. 川成锦市监
    penalty_word: str  # 罚 / 罚字 / 处罚
    review_body: str  # 复议机关 from 2024-01-01 (复议法2023 第二十四条): 本级人民政府
    upper_body: str  # 上一级主管部门 (wrong from 2024, used by defect D06)
    court: str
    address: str
    phone: str
    unit: str  # 承办机构 inside the agency, e.g. 执法大队
    legal_unit: str  # 法制审核机构


def _field_names(field: str, r: Region) -> tuple[str, str, str, bool, list[str], list[str]]:
    """(agency name, upper body, 文号 prefix options, city level, units, legal units)."""
    prov, city, dist = r.prov_abbr, r.city_abbr, r.dist_abbr
    short_dist = r.district[:-1] if len(r.district) > 2 else r.district
    upper_city = r.city
    if field == "市场监管":
        return (
            f"{r.city}{r.district}市场监督管理局",
            f"{upper_city}市场监督管理局",
            f"{prov}{city}{dist}市监|{short_dist}市监|{city}{dist}市监",
            False,
            ["综合行政执法大队", "执法稽查大队", "食品安全监管科"],
            ["法规科", "法制审核科"],
        )
    if field == "商务":
        return (
            f"{r.city}{r.district}商务局",
            f"{upper_city}商务局",
            f"{city}{dist}商务|{prov}{city}{dist}商",
            False,
            ["市场秩序股", "流通业发展股", "商贸流通科"],
            ["法规股", "办公室（法制审核）"],
        )
    if field == "生态环境":
        prov_body = f"{r.province}生态环境厅" if r.province else "生态环境部"
        return (
            f"{r.city}生态环境局",
            prov_body,
            f"{city or prov}环|{prov}{city}环",
            True,
            [f"{r.city}生态环境保护综合行政执法支队", f"{r.district}生态环境保护综合行政执法大队"],
            ["法规与标准处", "政策法规处"],
        )
    if field == "应急管理":
        return (
            f"{r.city}{r.district}应急管理局",
            f"{upper_city}应急管理局",
            f"({prov}{city}{dist})应急|{city}{dist}应急",
            False,
            ["安全生产执法大队", "应急管理综合行政执法大队"],
            ["政策法规科", "法制审核股"],
        )
    if field == "文化市场":
        return (
            f"{r.city}{r.district}文化体育和旅游局",
            f"{upper_city}文化广电旅游局",
            f"{city}{dist}文旅|{prov}{city}{dist}文综",
            False,
            ["文化市场综合行政执法大队"],
            ["政策法规科", "法制股"],
        )
    raise ValueError(f"unknown field {field!r}")


def make_agency(rng: random.Random, field: str, region: Region) -> Agency:
    name, upper, prefixes, city_level, units, legal_units = _field_names(field, region)
    prefix = rng.choice(prefixes.split("|"))
    gov_seat = region.seat if city_level else region.district
    review_body = f"{region.city}人民政府" if city_level else f"{region.city}{region.district}人民政府"
    street = rng.choice(region.streets)
    return Agency(
        field=field,
        name=name,
        region=region,
        city_level=city_level,
        number_prefix=prefix,
        penalty_word=rng.choice(("罚", "罚", "罚字", "处罚")),
        review_body=review_body,
        upper_body=upper,
        court=f"{region.city}{gov_seat}人民法院",
        address=f"{region.city}{region.district}{street}{rng.randint(1, 300)}号",
        phone=make_landline(rng, region.area_code),
        unit=rng.choice(units),
        legal_unit=rng.choice(legal_units),
    )


def make_address(rng: random.Random, region: Region, building: bool = False) -> str:
    """An address down to the 门牌号, sometimes with a 附号, building, floor or shop number."""
    street = rng.choice(region.streets)
    number = f"{rng.randint(1, 420)}号"
    extra = ""
    roll = rng.random()
    if building or roll < 0.25:
        extra = f"{rng.randint(1, 12)}栋{rng.randint(1, 3)}单元{rng.randint(1, 28)}{rng.randint(1, 9):02d}号"
    elif roll < 0.45:
        extra = f"附{rng.randint(1, 30)}号"
    elif roll < 0.6:
        extra = f"{rng.randint(1, 3)}楼{rng.randint(1, 40)}号铺面"
    return f"{region.city}{region.district}{street}{number}{extra}"
