"""The facts a case summary is built from, read off the extracted dossier and told without names: the enforcement
field (执法领域), the agency by its level and kind (某区商务局), the party by its type (某回收站, 公民某某), the
violation as the decision states it, the procedure, the penalty and the amount."""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from extractors.case import summarize
from extractors.model import DocType, Dossier, ElementKind, PartyType

# administrative regions at the start of an agency name (as the PG-D06 rule reads them)
REGION = re.compile(
    r"^(?:(?:[东西郊城](?=区)|[\u4e00-\u9fff]{2,9}?)(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗))+"
)
LEVELS = ("自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "州", "盟", "区", "县", "旗")

# 执法领域 by words in the agency's name, else in the laws the decision cites (first match wins)
FIELDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "市场监管",
        ("市场监督管理", "市场监管", "食品药品", "工商行政管理", "质量技术监督"),
        ("食品安全法", "价格法", "广告法", "产品质量法", "反不正当竞争法", "消费者权益保护法", "计量法"),
    ),
    (
        "生态环境",
        ("生态环境", "环境保护", "环保"),
        ("大气污染防治法", "水污染防治法", "环境保护法", "固体废物污染环境防治法", "噪声污染防治法", "环境影响评价法"),
    ),
    ("应急管理", ("应急管理", "安全生产监督"), ("安全生产法", "消防法")),
    (
        "文化市场",
        ("文化", "旅游", "广播电视", "广电", "新闻出版"),
        ("互联网上网服务营业场所管理条例", "娱乐场所管理条例", "营业性演出管理条例", "出版管理条例"),
    ),
    ("商务", ("商务",), ("报废机动车回收管理办法", "单用途商业预付卡管理办法", "对外劳务合作", "商业特许经营")),
    ("交通运输", ("交通运输", "交通局", "运输管理"), ("道路运输条例", "公路法")),
    ("城市管理", ("城市管理", "城管", "综合行政执法"), ("城乡规划法", "城市市容和环境卫生管理条例")),
    ("自然资源", ("自然资源", "国土资源", "规划和自然资源"), ("土地管理法", "矿产资源法")),
    ("农业农村", ("农业农村", "农业", "畜牧", "渔业"), ("农产品质量安全法", "动物防疫法", "种子法", "农药管理条例")),
    ("卫生健康", ("卫生健康", "卫生和计划生育"), ("基本医疗卫生与健康促进法", "医疗机构管理条例", "传染病防治法")),
    ("水利", ("水利", "水务"), ("水法", "防洪法", "河道管理条例")),
)

# the generic tail of a party's name that may stay in an anonymised summary (longest first)
NAME_TAILS = (
    "有限责任公司",
    "股份有限公司",
    "农民专业合作社",
    "个人独资企业",
    "合伙企业",
    "有限公司",
    "分公司",
    "公司",
    "网吧",
    "网咖",
    "KTV",
    "量贩式KTV",
    "歌舞厅",
    "娱乐会所",
    "超市",
    "便利店",
    "商店",
    "商行",
    "经营部",
    "门市部",
    "食品店",
    "饭店",
    "餐馆",
    "餐厅",
    "酒店",
    "宾馆",
    "药房",
    "药店",
    "诊所",
    "加油站",
    "回收站",
    "回收中心",
    "回收有限公司",
    "修理厂",
    "厂",
    "店",
    "站",
    "部",
    "中心",
    "馆",
    "场",
    "社",
    "行",
)

PROCEDURE_LABELS = {"penalty-simple": "简易程序", "penalty-general": "普通程序"}


class Facts(BaseModel):
    """What the summary says about a case (no names, no numbers that identify anyone)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    field: str = ""
    agency: str = ""  # anonymised: 某市生态环境局
    region_level: str = ""  # 市 / 区 / 县 …: the issuing agency's level
    party: str = ""  # anonymised: 某回收站, 公民某某
    party_type: str = ""  # 单位 / 个体工商户 / 公民
    violation: str = ""  # as the decision states it, names removed
    procedure: str = ""
    penalty: str = ""  # 罚款1300元 / 警告 / 没收违法所得、罚款75000元 / 不予行政处罚
    filing: str = ""  # 2024年9月
    decision: str = ""  # 2024年10月
    year: int | None = None


def region_of(agency: str) -> str:
    m = REGION.match(agency)
    return m.group(0) if m else ""


def level_of(region: str) -> str:
    return next((lv for lv in LEVELS if region.endswith(lv)), "")


def anonymous_agency(agency: str) -> tuple[str, str]:
    """(某区商务局, 区): the region replaced by 某 + its level; an agency without a region stays as it is."""
    region = region_of(agency)
    if not region:
        return agency, ""
    level = level_of(region)
    return f"某{level}{agency[len(region) :]}", level


def field_of(agency: str, laws: list[str]) -> str:
    for name, words, _ in FIELDS:
        if any(w in agency for w in words):
            return name
    text = "".join(laws)
    for name, _, law_words in FIELDS:
        if any(w in text for w in law_words):
            return name
    return ""


def anonymous_party(name: str, party_type: PartyType | None) -> tuple[str, str]:
    """(某回收站 / 公民某某, 个体工商户 / 公民 / 单位)."""
    tail = next((t for t in sorted(NAME_TAILS, key=len, reverse=True) if name.endswith(t)), "")
    if party_type == PartyType.INDIVIDUAL:
        return "公民某某", "公民"
    if party_type == PartyType.INDIVIDUAL_BUSINESS:
        return (f"个体工商户某{tail}" if tail else "某个体工商户"), "个体工商户"
    return (f"某{tail}" if tail else "某单位"), "单位"


_VIOLATION = re.compile(r"当事人(?P<v>[^。；;]{4,90}?)的(?:违法)?行为[，,]?(?:已经|已)?违反了?")
_CASE_NAME = re.compile(r"案件名称[:：\s]*(?P<v>[^\n]{4,80}?案)\s*$", re.M)


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def violation_of(dossier: Dossier, party_name: str) -> str:
    """The violation as the decision (else the 调查终结报告, else the cover's 案件名称) states it."""
    for doc_type in (DocType.DECISION, DocType.INVESTIGATION_REPORT):
        for doc in dossier.docs_of(doc_type):
            m = _VIOLATION.search(_compact(dossier.doc_text(doc)))
            if m:
                return _strip_name(m.group("v"), party_name)
    for page in dossier.pages[:2]:
        m = _CASE_NAME.search(page.text)
        if m:
            return _strip_name(m.group("v").removesuffix("案").removesuffix("一"), party_name)
    return ""


def _strip_name(text: str, party_name: str) -> str:
    if party_name:
        text = text.replace(party_name, "")
    text = re.sub(r"^(?:涉嫌|存在)", "", text)
    return text.strip("，,、 ")


def _yuan(amount: Decimal) -> str:
    return f"{amount.normalize():,f}".replace(",", "") + "元"


def penalty_of(dossier: Dossier) -> str:
    case = summarize(dossier)
    if any(d.variant == "不予行政处罚决定书" for d in dossier.documents):
        return "不予行政处罚"
    kinds = [k for k in case.penalty_types if k]
    if case.fine_amount_yuan is not None and case.fine_amount_yuan > 0:
        kinds = [f"罚款{_yuan(case.fine_amount_yuan)}" if k == "罚款" else k for k in kinds]
        if not any(k.startswith("罚款") for k in kinds):
            kinds.append(f"罚款{_yuan(case.fine_amount_yuan)}")
    return "、".join(dict.fromkeys(kinds))


def issuer_of(dossier: Dossier) -> str:
    decision_ids = {d.id for d in dossier.docs_of(DocType.DECISION)}
    issuers = [e for e in dossier.elements if e.kind == ElementKind.ISSUER]
    issuer = next((e for e in issuers if e.doc_id in decision_ids), issuers[0] if issuers else None)
    return str(issuer.value) if issuer else ""


def facts_of(dossier: Dossier, pack_id: str = "") -> Facts:
    case = summarize(dossier)
    agency = issuer_of(dossier)
    anon_agency, level = anonymous_agency(agency)
    party, party_type = anonymous_party(case.party_name or "", case.party_type)
    simple = any(d.variant == "当场行政处罚决定书" for d in dossier.documents)
    procedure = "简易程序" if simple else PROCEDURE_LABELS.get(pack_id.split("@")[0], "普通程序")
    filed, decided = case.filing_date, case.decision_date
    when = decided or filed
    return Facts(
        field=field_of(agency, list(case.laws_cited)),
        agency=anon_agency,
        region_level=level,
        party=party,
        party_type=party_type,
        violation=violation_of(dossier, case.party_name or ""),
        procedure=procedure,
        penalty=penalty_of(dossier),
        filing=f"{filed.year}年{filed.month}月" if filed else "",
        decision=f"{decided.year}年{decided.month}月" if decided else "",
        year=when.year if when else None,
    )


def summary_text(f: Facts, score: str = "", grade: str = "") -> str:
    """【基本案情】 in two or three sentences."""
    who = f.agency or "执法机关"
    what = f"{f.party}{f.violation}" if f.violation else f"{f.party}违法"
    if f.procedure == "简易程序":
        first = f"{f.decision or f.filing}，{who}对{what}一案适用简易程序当场作出行政处罚决定"
    else:
        start = f"{f.filing}，" if f.filing else ""
        first = f"{start}{who}对{what}一案按普通程序立案调查"
        if f.decision:
            done = "不予行政处罚决定" if f.penalty == "不予行政处罚" else "行政处罚决定"
            first += f"，于{f.decision}作出{done}"
    penalty = ""
    if f.penalty == "不予行政处罚":
        penalty = "" if f.decision else "，决定不予行政处罚"
    elif f.penalty:
        penalty = f"，给予{f.penalty}的行政处罚"
    text = first.lstrip("，") + penalty + "。"
    if score and grade:
        text += f"该案卷经评查得{score}分，等次为{grade}。"
    return text
