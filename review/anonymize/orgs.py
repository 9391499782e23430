"""A company or shop name cut into its parts: region + 字号 (trade name) + industry + organisational form.

A Chinese enterprise name is 行政区划 + 字号 + 行业 + 组织形式 (成都 | 美佳 | 商贸 | 有限公司); only the 字号 identifies
the business, so a pseudonym replaces it alone and keeps the rest: 成都某某商贸有限公司, 成都市成华区某某小吃店.
The 字号 runs from after the region to the first industry word (at least two characters), or is two characters when
no industry word follows soon enough.
"""

from __future__ import annotations

from typing import NamedTuple

from extractors import patterns as P

from .regions import is_region, region_length


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: industry words that follow a 字号 (data, longest first when matched)
INDUSTRY_WORDS: tuple[str, ...] = tuple(
    sorted(
        _words(
            """
        商贸 贸易 工贸 食品 餐饮 管理 科技 网络 信息 技术 实业 建筑 建设 工程 建材 新型 装饰 装修 物流 运输 快递 医药
        药业 大药房 药房 超市 生鲜 百货 便利 网吧 网咖 小吃 火锅 美容 美发 美甲 家具 汽车 机动车 报废 废旧 物资 再生
        资源 回收 电子 电器 文化 传媒 广告 酒店 宾馆 农业 农副 产品 化工 环保 制造 制冷 设备 服装 服饰 烟酒 五金
        房地产 物业 教育 培训 投资 咨询 服务 诊所 医院 加油 能源 石油 印刷 包装 塑料 纺织 机械 家电 通讯 软件 健身
        健康 娱乐 KTV 歌厅 茶楼 茶馆 餐馆 饭店 面馆 酒楼 加工 花炮 烟花 鞭炮 矿业 养殖 种植 水产 肉类 粮油 蔬菜 水果
        母婴 化妆品 眼镜 珠宝 黄金 钟表 书店 图书 电脑 手机 数码 摄影 婚纱 旅游 旅行社 租赁 汽修 汽配 修理 维修 洗涤
        干洗 保洁 家政 安保 保安 人力 劳务 中介 房产 置业 酒业 茶业 商行 商店 门市 经营部 生物 医疗 器械 卫生 日用
        日化 针纺 皮具 鞋业 木业 钢材 钢铁 金属 建工 路桥 市政 园林 绿化 景观 农资 种业 畜牧 兽药 饲料 渔业 冷链
        仓储 供应链 电商 电子商务 网店 连锁 超级 购物 商场 批发 零售 烧烤 串串 冒菜 烤肉 甜品 奶茶 咖啡 面包 蛋糕
        早餐 快餐 小面 米粉 麻辣烫 棋牌 足浴 按摩 理发 洗车 停车 驾校 幼儿园 学校 艺术 音乐 舞蹈 体育 游泳 宠物
        污水 垃圾 自来水 废品 屠宰 砖瓦 采石 沙场 洗砂
        """
        ),
        key=len,
        reverse=True,
    )
)
#: generic words that are no 字号 (修理厂 / 本公司 / 这家店 / 类型有限责任公司 on a 营业执照 copy)
GENERIC_TRADE: frozenset[str] = _words(
    """
    本 该 其 你 我 贵 此 这 那 各 每 上述 涉案 涉事 所属 所在 一家 这家 那家 该家 本单位 你单位 类型 名称 单位 企业
    个体 总 分 母 子 子公司 母公司 总公司 分公司 附近 当地 周边 其他 其它 相关 有关 某 某某 自然人 独资 控股 投资
    合伙 私营 国有 集体 外资 台港澳 法人 非法人 有限 股份 有限责任 责任 经营 经营者 当事人 供货 进货 销售 购买 生产
    小 大 新 老 第一 第二 二手 自家 自己 他人 别人 某个 一个 几家 多家 街边 路边 同一 同类 同行 合法 正规 指定 定点
    """
)


#: characters of prose, never of a 字号 (上个月才来店 / 你们店 are no shop names)
_PROSE_CHARS = frozenset("们你我他她它的了是在有和与及或就都也还又才来去过着把被让给向对从到于为个这那哪什么怎吗呢吧啊")


class CompanyName(NamedTuple):
    region: str  # 成都市双流区 / 四川 / ""
    trade: str  # the 字号: 华盛
    rest: str  # industry and form: 废旧物资回收站

    def render(self, token: str, *, with_region: bool = True) -> str:
        return (self.region if with_region else "") + token + self.rest


def form_of(name: str) -> str:
    """The organisational form at the end of ``name`` (有限公司 / 小吃店 / 厂), "" when it has none."""
    m = P.ANON_ORG_FORM.search(name)
    return m.group() if m else ""


def split_company(name: str, *, strict: bool) -> CompanyName | None:
    """``name`` as region + 字号 + rest, or None when it is no company or shop name.

    ``strict`` (a name found in prose): the form must be a multi-character or a company word, and the 字号 must not be
    a generic word (本公司 / 修理厂 / 类型有限责任公司); a name the extraction read as the party is taken more freely.
    """
    form = form_of(name)
    if not form or len(name) > 40 or not all(P.CJK_TEXT_CHAR.match(c) or c.isalnum() or c in "()" for c in name):
        return None
    region = name[: region_length(name)]
    body = name[len(region) : len(name) - len(form)]
    if not body:
        return None
    trade = _trade(body)
    if strict and (
        len(trade) < 2
        or trade in GENERIC_TRADE
        or is_region(trade)
        or not all(P.HAN.match(ch) or ch.isalpha() for ch in trade)
        or _PROSE_CHARS & set(trade)
    ):
        return None
    if strict and (any(trade.startswith(w) for w in INDUSTRY_WORDS) or _PROSE_CHARS & set(body[:6])):
        return None
    if strict and (P.ANON_PUBLIC_BODY.search(name) or any(ch.isdigit() for ch in body)):
        return None
    return CompanyName(region, trade, name[len(region) + len(trade) :])


def _trade(body: str) -> str:
    """The 字号 at the start of ``body`` (the name without region and form)."""
    for i in range(2, min(len(body), 7)):
        if any(body.startswith(w, i) for w in INDUSTRY_WORDS):
            return body[:i]
    if len(body) <= 4:
        return body
    return body[:2]
