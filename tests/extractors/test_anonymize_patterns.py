"""Match / no-match tables for the "Anonymisation" section of extractors/patterns.py (ANON_*).

Every pattern there runs on normalised text, so each sample is normalised first and written as documents write it
(full-width colons, brackets and digits). ``tests/extractors/test_patterns.py`` finds these tables through MATCH and
NO_MATCH (its coverage test fails on a pattern without a table).
"""

from __future__ import annotations

import re

import pytest

from extractors import patterns as P
from extractors.normalize import normalize

MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.ANON_PERSON_LABEL, "被询问人：张建华  性别：男"),
    (P.ANON_PERSON_LABEL, "受送达人签名或者盖章  王志强（经营者）"),
    (P.ANON_PERSON_LABEL, "送达人签名"),
    (P.ANON_PERSON_LABEL, "当事人（现场负责人）签名：周文斌"),
    (P.ANON_PERSON_LABEL, "证据提供人（签名）：邓丽"),
    (P.ANON_PERSON_LABEL, "代收人及代收理由  黄小燕"),
    (P.ANON_PERSON_LABEL, "法 定 代 表 人：李四"),
    (P.ANON_PERSON_LABEL_SUFFIXED, "被抽样单位负责人：蒋霞"),
    (P.ANON_PERSON_LABEL_SUFFIXED, "受送达单位签收人（签名）：王五"),
    (P.ANON_NAME_SPLIT, "金健、龙静"),
    (P.ANON_NAME_SPLIT, "金健和龙静"),
    (P.ANON_NAME_SPLIT, "宋世杰 范雅琴"),
    (P.ANON_BRACKET, "金健（执法证号：川成执字第3243号）"),
    (P.ANON_BRACKET, "贺军（法规股负"),
    (P.ANON_NAME_WRAP, "俊（法制股负责人）"),
    (P.ANON_NAME_WRAP, "俊"),
    (P.ANON_SELF_NAME, "答：我叫邱美玲，是这家回收站的员工。"),
    (P.ANON_SELF_NAME, "我的名字叫何丽华"),
    (P.ANON_SELF_NAME, "本人王秀兰，是该店的收银员"),
    (P.ANON_SELF_NAME, "我是罗志强的妻子，叫李秀英"),
    (P.ANON_KIN_NAME, "答：我是张三的妻子"),
    (P.ANON_KIN_NAME, "他是肖晓东的员工"),
    (P.ANON_ASKED_NAME, "问：王五是你什么人？"),
    (P.ANON_ASKED_NAME, "问：高秀英是你们单位的什么人？"),
    (P.ANON_ASKED_NAME, "李四和你是什么关系"),
    (P.ANON_WITH_NAME, "问：你与李国庆是什么关系？"),
    (P.ANON_WITH_NAME, "你和王五认识吗"),
    (P.ANON_ASKED_PERSON, "于2024年2月7日对黎飞进行了询问"),
    (P.ANON_ASKED_PERSON, "执法人员向王五询问情况"),
    (P.ANON_ROLE_NAMES, "执法人员金健、龙静向当事人出示了执法证件"),
    (P.ANON_ROLE_NAMES, "证人李四称"),
    (P.ANON_ROLE_NAMES, "我表哥陈建军那里"),
    (P.ANON_ROLE_NAMES, "从业人员彭玲正在办理"),
    (P.ANON_NAME_FOLLOW, "，"),
    (P.ANON_NAME_FOLLOW, "出示了执法证件"),
    (P.ANON_NAME_FOLLOW, "向当事人"),
    (P.ANON_NAME_FOLLOW, "正在办理"),
    (P.ANON_SPEAKER, "谢红梅：同意承办机构的处理意见。"),
    (P.ANON_SPEAKER, "郝雪: 同意。"),
    (P.ANON_ORG_PROSE, "当事人从四川锦泰食品贸易有限公司购进"),
    (P.ANON_ORG_PROSE, "在成都市成华区天府小吃店内"),
    (P.ANON_ORG_PROSE, "泸州市龙马潭区瑞丰KTV"),
    (P.ANON_ORG_FORM, "成都市双流区华盛废旧物资回收站"),
    (P.ANON_ORG_FORM, "四川美佳商贸有限公司"),
    (P.ANON_ORG_FORM, "某某餐馆（个体工商户）"),
    (P.ANON_ORG_LEAD, "当事人从四川"),
    (P.ANON_ORG_LEAD, "乐中文旅罚告字〔2024〕230号尚品网咖"),
    (P.ANON_ORG_LEAD, "是我们公司"),
    (P.ANON_ORG_CUT, "陕西雁商责改(2025)252号西安市雁塔区博雅废旧物资回收站"),
    (P.ANON_ORG_CUT, "（以下简称）美佳"),
    (P.ANON_PUBLIC_BODY, "成都市双流区商务局询问室"),
    (P.ANON_PUBLIC_BODY, "成都市双流区人民法院"),
    (P.ANON_ADDRESS_LABEL, "住所（住址） 成都市双流区长城路一段206号附5号"),
    (P.ANON_ADDRESS_LABEL, "送达地点  自贡市自流井区滨江路307号"),
    (P.ANON_ADDRESS_LABEL, "住址：成都市双流区华阳大道二段167号"),
    (P.ANON_ADDRESS_PROSE, "位于成都市双流区长城路一段206号附5号的经营场所"),
    (P.ANON_ADDRESS_PROSE, "住湖南省醴陵市浦口镇南桥村3组"),
    (P.ANON_ADDRESS_PROSE, "华阳大道二段167号8栋3单元2009号"),
    (P.ANON_ADDRESS_LEAD, "当事人住湖南省"),
    (P.ANON_ADDRESS_LEAD, "经营场所位于长城路"),
    (P.ANON_ADDRESS_UNIT, "长城路一段206号附5号"),
    (P.ANON_ADDRESS_UNIT, "九江街道"),
    (P.ANON_ID_NUMBER, "身份证号码：513401196409084858"),
    (P.ANON_ID_NUMBER, "51062319941205571X"),
    (P.ANON_ID_NUMBER, "510108600123456"),
    (P.ANON_CREDIT_CODE, "统一社会信用代码：92510116MA9NRL6D30"),
    (P.ANON_CREDIT_CODE, "91500103MAAM6DR64R"),
    (P.ANON_MOBILE, "联系电话：15140210640"),
    (P.ANON_MOBILE, "138 1234 5678"),
    (P.ANON_MOBILE, "１５１４０２１０６４０"),
    (P.ANON_MOBILE, "+86 13981234567"),
    (P.ANON_LANDLINE, "0813-58395888"),
    (P.ANON_LANDLINE, "（028）86112233"),
    (P.ANON_PHONE_LABELED, "联系电话：85123456"),
    (P.ANON_PHONE_LABELED, "电话 028-57426646"),
    (P.ANON_PLATE, "号牌川A4NNSA）"),
    (P.ANON_PLATE, "车牌号为黔A6BZDX、"),
    (P.ANON_PLATE, "渝B·12345的小型货车"),
    (P.ANON_PLATE, "云A·D12345"),
    (P.ANON_BANK_ACCOUNT, "收款人账号  887016665103080975"),
    (P.ANON_BANK_ACCOUNT, "银行卡号：6222 0212 3456 7890 123"),
    (P.ANON_CERT_CUE, "执法证号：川成执字第3243号"),
    (P.ANON_CERT_CUE, "执法证件号码分别为51010021001"),
    (P.ANON_CERT_CUE, "许可证编号JY15101160012345"),
    (P.ANON_CERT_GAP, "、"),
    (P.ANON_CERT_GAP, " 和 "),
    (P.ANON_EMAIL, "电子邮箱：zhangjh@163.com"),
    (P.ANON_IM_ACCOUNT, "微信号：fxh_1988"),
    (P.ANON_IM_ACCOUNT, "QQ：384756291"),
    (P.ANON_CODE_SEPARATOR, "151-4021-0640"),
    (P.ANON_CODE_SEPARATOR, "川A·4NNSA"),
    (P.ANON_LIST_COMMA, "、"),
    (P.ANON_LIST_COMMA, "和"),
    (P.ANON_NAME_REMARK, "（执法证号：HN12345678）"),
]

NO_MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.ANON_PERSON_LABEL, "经查，当事人于2024年1月27日起"),
    (P.ANON_PERSON_LABEL, "承办人意见"),
    (P.ANON_PERSON_LABEL, "向当事人送达"),
    (P.ANON_PERSON_LABEL_SUFFIXED, "负责人意见：同意"),
    (P.ANON_PERSON_LABEL_SUFFIXED, "承办机构负责人"),
    (P.ANON_NAME_SPLIT, "张和平"),
    (P.ANON_NAME_SPLIT, "金健"),
    (P.ANON_BRACKET, "经营者"),
    (P.ANON_NAME_WRAP, "责任人员名单"),
    (P.ANON_NAME_WRAP, "2024年5月10日"),
    (P.ANON_SELF_NAME, "答：看清楚了。"),
    (P.ANON_SELF_NAME, "答：我叫"),
    (P.ANON_SELF_NAME, "大家都叫他老板"),
    (P.ANON_KIN_NAME, "答：这是老板的店"),
    (P.ANON_KIN_NAME, "的妻子"),
    (P.ANON_ASKED_NAME, "问：你是什么人？"),
    (P.ANON_ASKED_NAME, "王五是当事人"),
    (P.ANON_WITH_NAME, "问：你们是什么关系？"),
    (P.ANON_WITH_NAME, "与你无关"),
    (P.ANON_ASKED_PERSON, "对管道进行了检修"),
    (P.ANON_ASKED_PERSON, "对当事人的经营场所进行了检查"),
    (P.ANON_ROLE_NAMES, "执法人员，"),
    (P.ANON_ROLE_NAMES, "被询问人：姚艳"),
    (P.ANON_ROLE_NAMES, "受送达人"),
    (P.ANON_NAME_FOLLOW, "晓东"),
    (P.ANON_NAME_FOLLOW, "华盛"),
    (P.ANON_SPEAKER, "问：你是否申请回避？"),
    (P.ANON_SPEAKER, "同意承办机构的处理意见。"),
    (P.ANON_ORG_PROSE, "当事人的经营场所内"),
    (P.ANON_ORG_PROSE, "成都市双流区市场监督管理局"),
    (P.ANON_ORG_PROSE, "崔家店路174号"),
    (P.ANON_ORG_FORM, "成都市双流区市场监督管理局"),
    (P.ANON_ORG_FORM, "张三"),
    (P.ANON_ORG_LEAD, "四川美佳商贸有限公司"),
    (P.ANON_ORG_LEAD, "华盛废旧物资回收站"),
    (P.ANON_ORG_CUT, "西安市雁塔区博雅废旧物资回收站"),
    (P.ANON_PUBLIC_BODY, "华盛废旧物资回收站"),
    (P.ANON_PUBLIC_BODY, "长城路一段206号附5号"),
    (P.ANON_ADDRESS_LABEL, "经营场所内"),
    (P.ANON_ADDRESS_LABEL, "检查当事人的地址是否"),
    (P.ANON_ADDRESS_PROSE, "成都市双流区商务局三楼会议室"),
    (P.ANON_ADDRESS_PROSE, "成双商务处罚[2024]195号"),
    (P.ANON_ADDRESS_LEAD, "长城路一段206号"),
    (P.ANON_ADDRESS_LEAD, "成都市双流区"),
    (P.ANON_ADDRESS_UNIT, "成都市"),
    (P.ANON_ADDRESS_UNIT, "张三"),
    (P.ANON_ID_NUMBER, "5101**********1234"),
    (P.ANON_ID_NUMBER, "20240195"),
    (P.ANON_ID_NUMBER, "887016665103080975"),
    (P.ANON_ID_NUMBER, "860072182212012718"),
    (P.ANON_CREDIT_CODE, "91430102**********"),
    (P.ANON_CREDIT_CODE, "成双商务处罚[2024]195号"),
    (P.ANON_MOBILE, "12345678901"),
    (P.ANON_MOBILE, "138****5678"),
    (P.ANON_MOBILE, "215140210640"),
    (P.ANON_LANDLINE, "75000.00"),
    (P.ANON_LANDLINE, "2024-05-10"),
    (P.ANON_PHONE_LABELED, "联系电话：138****5678"),
    (P.ANON_PHONE_LABELED, "电话"),
    (P.ANON_PLATE, "EQ1040型"),
    (P.ANON_PLATE, "川成执字第3243号"),
    (P.ANON_PLATE, "川AB"),
    (P.ANON_BANK_ACCOUNT, "付款人账号 /"),
    (P.ANON_BANK_ACCOUNT, "票据号码：7601985543"),
    (P.ANON_CERT_CUE, "身份证复印件"),
    (P.ANON_CERT_CUE, "执法记录仪"),
    (P.ANON_CERT_GAP, "号"),
    (P.ANON_EMAIL, "zhangjh at 163"),
    (P.ANON_IM_ACCOUNT, "微信转账记录截图"),
    (P.ANON_IM_ACCOUNT, "微信公众号"),
    (P.ANON_CODE_SEPARATOR, "15140210640"),
    (P.ANON_LIST_COMMA, "金健"),
    (P.ANON_NAME_REMARK, "、王政"),
]


@pytest.mark.parametrize(("pattern", "text"), MATCH, ids=[f"{p.pattern[:20]}|{t}" for p, t in MATCH])
def test_match(pattern: re.Pattern[str], text: str) -> None:
    assert pattern.search(normalize(text)), f"should match {text!r}"


@pytest.mark.parametrize(("pattern", "text"), NO_MATCH, ids=[f"{p.pattern[:20]}|{t}" for p, t in NO_MATCH])
def test_no_match(pattern: re.Pattern[str], text: str) -> None:
    assert not pattern.search(normalize(text)), f"should not match {text!r}"


def test_every_anon_pattern_has_both_sides() -> None:
    names = {name for name, value in vars(P).items() if isinstance(value, re.Pattern) and name.startswith("ANON_")}
    matched = {name for name in names if any(getattr(P, name) is p for p, _ in MATCH)}
    unmatched = {name for name in names if any(getattr(P, name) is p for p, _ in NO_MATCH)}
    assert names == matched == unmatched


def test_person_label_takes_signature_words_into_the_label() -> None:
    m = P.ANON_PERSON_LABEL.search(normalize("受送达人签名或者盖章  王志强"))
    assert (
        m
        and m.group("label") == "受送达人"
        and normalize("受送达人签名或者盖章  王志强")[m.end() :].strip() == "王志强"
    )


def test_anon_value_finds_a_learned_value_however_spaced() -> None:
    name = P.anon_value("肖晓东", code=False)
    assert name.search("经营者肖 晓\n东出示") and not name.search("肖晓")
    phone = P.anon_value("15140210640", code=True)
    assert phone.search("151-4021-0640") and phone.search("(151)40210640")
    assert not phone.search("215140210640") and not phone.search("151402106401")
    code = P.anon_value("51062319941205571X", code=True)
    assert code.search("51062319941205571x")
