"""Match / no-match tables for every named pattern in extractors/patterns.py.

Each table entry: (strings that must match, strings that must not) under ``search``. Patterns that run on normalised
text (the element-extraction section) see ``normalize(sample)``, so samples are written as real documents write them
(full-width colons, 〔〕 or [] brackets, full-width digits). ``test_every_pattern_has_a_table`` fails when a compiled
pattern is added to the module without a table here or in another ``test_*patterns*.py`` module of this folder.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from extractors import patterns as P
from extractors.normalize import normalize

#: patterns that run on raw text (no normalisation before matching)
RAW = {
    "WHITESPACE", "GARBAGE_CHAR", "CID_GLYPH", "KANGXI_LOOKALIKE", "HAN", "TITLE_PREFIX", "TITLE_SUFFIX",
    "WEB_FURNITURE", "WEB_FURNITURE_INLINE", "DIGIT_RUN", "JUNK_PATH_PART", "UNSAFE_MEMBER_NAME",
    "LATIN1_MOJIBAKE_CHAR", "HAN_ANY", "CJK_TEXT_CHAR",
}  # fmt: skip

TABLES: dict[str, tuple[list[str], list[str]]] = {
    # -- normalisation and layout ------------------------------------------------------------------------------------
    "WHITESPACE": (["a b", "当\u3000事", "x\u00a0y", "\n"], ["当事人", "abc"]),
    "GARBAGE_CHAR": (["a\ue000b", "\ufffd", "x\x01"], ["当事人：张三\n", "tab\there"]),
    "CID_GLYPH": (["(cid:123)", "当事(cid:7)人"], ["(cid:)", "cid123"]),
    "KANGXI_LOOKALIKE": (["\u2f00", "\uf900"], ["一", "立案"]),
    "HAN": (["立", "a立b"], ["abc", "：，"]),
    # -- segmentation ------------------------------------------------------------------------------------------------
    "TITLE_PREFIX": (["一、行政处罚决定书", "1.询问笔录", "（一）现场笔录", "附件2：送达回证"], ["行政处罚决定书", "第一条"]),
    "TITLE_SUFFIX": (["行政处罚决定书（副本）", "告知书(第一联)", "告知书（适用听证案件）"], ["行政处罚决定书", "（一）"]),
    "WEB_FURNITURE": (
        ["当前位置：首页>政务公开", "发布时间：2024-03-05", "索引号：11510100", "【字体：大中小】", "首页>新闻"],
        ["当事人：张三", "行政处罚决定书", "2024年3月5日"],
    ),
    "DIGIT_RUN": (["第2页", "10"], ["第二页", "abc"]),
    "JUNK_PATH_PART": ([".DS_Store", "__MACOSX", "~$询问笔录.docx"], ["第2页.pdf", "a.DS_Store"]),
    "UNSAFE_MEMBER_NAME": (["../etc/passwd", "/abs/x.pdf", "C:\\x.pdf"], ["案卷/第2页.pdf", "..pdf"]),
    "LATIN1_MOJIBAKE_CHAR": (["Á¢°¸ÉóÅú±í"], ["立案审批表", "ABC abc"]),
    "HAN_ANY": (["立", "㐀", "𠀀"], ["A", "："]),
    "CJK_TEXT_CHAR": (["：", "〇", "罚"], ["A", "5", ":"]),
    # -- masks and furniture -----------------------------------------------------------------------------------------
    "MASKED_VALUE": (
        ["陶**", "李*玖", "黄某某", "申XX", "xx", "91430281691828xxxx", "张×", "91430102**********"],
        ["张三", "成都某某"[:2], "91510100MA6CGUGA1W", "XL服饰"],
    ),
    "WEB_FURNITURE_INLINE": (
        ["醴陵市应急管理局 发布时间：2023-07-28", "浏览次数：256", "来源：某局", "网站标识码4301000001", "【打印本页】"],
        ["案件来源：举报", "当事人：张三", "2023年7月27日"],
    ),
    # -- labels ------------------------------------------------------------------------------------------------------
    "GENERIC_LABEL": (
        ["当事人：张三", "当 事 人：张三", "法定代表人（负责人等）：李四", "（公司名称）：某某公司", "张三，身份证号码：430",
         "证照(证件)名称及编号(号码)：营业执照", "陶**  职务：厂长"],
        ["经查，当事人于2024年", "张三", "醴陵市某某厂地址：x"[:7]],
    ),  # fmt: skip
    "CREDIT_CODE_TOKEN": (
        ["91510100MA6CGUGA1W", "91430102**********", "92430981M*86A", "915206****7FMTAX63", "91430281691828xxxx"],
        ["abc", "2024年", "No.12"],
    ),
    "ID_NUMBER_TOKEN": (["430281197503150012", "43028119750315001X", "4302811975****1234"], ["0123", "张三", "12345"]),
    "CREDIT_CODE_LABELED": (
        ["统一社会信用代码：91510100MA6CGUGA1W", "统一社会信用代码为91430102**********", "信用代码(单位) 92430981M*86A"],
        ["统一社会信用代码：无", "信用代码：/", "营业执照"],
    ),
    "ID_NUMBER_LABELED": (
        ["身份证号码：430281197503150012", "公民身份号码430281197503******", "身份证号 11010519491231002X"],
        ["身份证号码：无", "身份证复印件"],
    ),
    "PHONE_TOKEN": (["13812345678", "0731-23456789", "138****5678", "028-12345678"], ["12345", "电话"]),
    "VALUE_END": (["张三，男", "地址；", "某某。", "陶**  职务"], ["张三", "张 三"]),
    "PARTY_NAME_TAIL": (
        ["某某餐馆（个体工商户）", "某某公司（以下简称某某公司）", "某某店(个体)"],
        ["成都某某（集团）有限公司", "某某餐馆"],
    ),
    "PERSON_NAME": (["张三", "欧阳明明", "陶**", "李*玖", "黄某某", "申XX", "xx", "阿依古丽·买买提"],
                    ["成都某某商贸有限公司", "张", "91430"]),  # fmt: skip
    "ORG_NAME": (
        ["成都某某商贸有限公司", "醴陵市某某花炮厂", "某某专业合作社", "某某医院", "某某股份公司成都分公司"],
        ["张三", "某某餐馆", "某某小吃店"],
    ),
    "SHOP_NAME": (["某某餐馆", "某某小吃店", "某某经营部", "某某诊所"], ["张三", "某某有限公司"]),
    "INDIVIDUAL_BUSINESS_WORD": (["个体工商户", "（个体户）", "个体经营"], ["有限公司", "个人"]),
    "SEX_WORD": ([",男,汉族", " 女 ", "性别:男,"], ["男装店", "妇女"]),
    "ADDRESS_INLINE": (["张三，男，住湖南省醴陵市某某镇", "张三，住所地成都市锦江区某某路"], ["住湖南省醴陵市", "张三，男"]),
    "LABEL_BRACKET": (["法定代表人(负责人等)", "住所(住址)"], ["法定代表人", "住所"]),
    "SALUTATION_LINE": (["成都某某商贸有限公司：", "  张三："], ["当事人：张三", "成都某某商贸有限公司"]),
    "SALUTATION_NOT_NAME": (["负责人意见", "处理意见", "违法事实"], ["成都某某商贸有限公司", "张三"]),
    # -- case numbers ------------------------------------------------------------------------------------------------
    "CASE_NUMBER": (
        [
            "(津保)应急罚[2023]k-39号", "(湘株醴)应急罚〔2023〕125 号", "岳汨环罚决字〔2023〕020号",
            "偃环罚决字〔2021〕第081号", "湘攸交处罚〔2025〕092(非)号", "(湘怀沅)应急罚〔2025〕执法二中队-9号",
            "(湘常)文综罚字〔2020〕第F-000069号", "洪城罚决字〔2025〕建设第22号", "(2019)遵综执04字第63号",
            "豫0923环罚决字〔2024〕7号", "株交处罚〔2025〕LK010号", "醴林罚决字[2024]第045号",
            "吉林(技服)林罚决字〔2023〕第99号", "川成市监罚〔2024〕12号", "成锦市监立〔2024〕3号",
            "成锦市监罚〔２０２４〕１２号", "川成市监罚【2024】12号", "川成市监罚［2024］12号",
        ],
        ["2024年3月5日", "（2021年修订）", "第12号令", "〔2024〕年度报告", "GB 2760-2014"],
    ),  # fmt: skip
    "CASE_NUMBER_LEAD": (["作出了川成市监罚", "送达的川成", "编号为川成"], ["川成市监罚", "醴林罚决字"]),
    "CASE_NUMBER_LABEL": (["文号：川成", "案 号：川成", "决定书文号:x", " 编号：12"], ["索引号：1151", "文书名称及文号：x"]),
    "DOC_TITLE_LIKE": (["行政处罚决定书", "醴陵市应急管理局行政处罚决定书", "立案审批表", "询问笔录"], ["当事人张三", "2024"]),
    # -- dates -------------------------------------------------------------------------------------------------------
    "DATE": (
        ["2024年3月1日", "2024 年 3 月 1 日", "2024-03-01", "2024.3.1", "2024/3/1", "二〇二四年三月二十日",
         "二零二四年三月一日", "二○二四年十二月三十一日", "２０２４年３月１日"],
        ["2024年3月", "3月1日", "1.2.3", "20240301", "第2024-3-1", "10.2024.3.1.5"],
    ),  # fmt: skip
    "TIME_OF_DAY": (["9时10分", "上午9时", "09:10", "下午3点"], ["九时", "2024年"]),
    "TIME_SPAN": (
        ["2024年3月5日9时10分至9时55分", "2024年3月5日09:10至10:05", "2024年3月5日上午9时10分至10时20分",
         "自2024年3月5日9时10分起至2024年3月5日9时55分止"],
        ["2024年3月5日至2024年3月6日", "9时10分至9时55分"],
    ),  # fmt: skip
    "DATETIME": (["2024年3月5日9时10分", "2024-03-05 09:10"], ["2024年3月5日", "9时10分"]),
    "TIME_LABEL": (["询问时间：", "时间：", "检查起止时间"], ["地点：", "时间到了吗"]),
    "DATE_CUE": (["送达时间", "立案日期", "负责人意见", "检查发现", "案发"], ["当事人", "被询问人姓名"]),
    "PARTY_MENTION": (["当事人于", "你单位", "该公司", "其在某地"], ["本局", "执法人员", "你们"]),
    "DATE_LABEL": (["送达时间：", "立案日期:", "签收日期", "日期(盖章)："], ["送达人：", "当事人"]),
    "SIGN_LINE": (["负责人签名：", "审批意见", "（盖章）"], ["当事人：张三", "地点"]),
    "DATE_RANGE_LINK": (["至", " 到 ", "-"], ["期间", "至今为止"]),
    "DATE_LAW_CONTEXT": (["第十三届全国人民代表大会", "起施行", "修正"], ["，本局执法人员", "立案"]),
    "SEAL_MARK": (["（印章）", "(公章)", "（盖章）", "（单位印章）", "（公 章）"], ["印章管理", "（签名）"]),
    "AGENCY_NAME": (
        ["成都市锦江区市场监督管理局", "醴陵市应急管理局", "某某县人民政府", "某某市城市管理综合行政执法大队",
         "某某区卫生健康监督所"],
        ["成都某某商贸有限公司", "某某加油站", "当事人：某某局"],
    ),  # fmt: skip
    "AGENCY_TITLE": (
        ["株洲市生态环境局行政处罚决定书", "某某局关于某某公司的行政处罚决定书"],
        ["行政处罚决定书", "成都某某商贸有限公司"],
    ),
    # -- money -------------------------------------------------------------------------------------------------------
    "MONEY_ARABIC": (
        ["5000元", "5,000.00元", "¥5000", "￥5000.00", "人民币5000元", "5万元", "1.2万元", "５０００元"],
        ["2024年3月1日", "13812345678", "第5000号", "3%"],
    ),
    "MONEY_CHINESE": (
        ["人民币伍仟元整", "壹万贰仟叁佰元整", "贰佰零伍元伍角", "五千元", "伍佰元零伍分"],
        ["伍仟", "5000元", "统一"],
    ),
    "DAXIE_CHAR": (["伍", "壹万"], ["五", "万"]),
    "MONEY_CN_CONTEXT": (["罚款", "处以", "人民币 "], ["罚款了一次", "日期"]),
    "MONEY_PAIR_GAP": (["（", "（大写：", " (小写 "], ["，", "元（"]),
    "MONEY_RANGE_AFTER": (["以上", " 以下", "至"], ["罚款", "元"]),
    "MONEY_CUE": (["罚款", "没收违法所得", "货值金额", "加处罚款"], ["当事人", "金额"]),
    # -- law citations -----------------------------------------------------------------------------------------------
    "LAW_TITLE": (["《中华人民共和国食品安全法》", "《行政处罚法》"], ["《》", "中华人民共和国食品安全法"]),
    "LAW_BARE": (
        ["违反了中华人民共和国食品安全法第三十四条", "依据中华人民共和国安全生产法第99条"],
        ["《中华人民共和国食品安全法》的规定", "中华人民共和国食品安全法的规定"],
    ),
    "LAW_BACKREF": (["该法第九十九条", "同法第十条"], ["该法的规定", "方法第一"]),
    "LAW_ARTICLE_PIECE": (
        ["第一百二十四条", "第一款", "第（三）项", "、第二项", "三十九条", "第条", "第三章", "第1目", "第二十 七条"],
        ["的规定", "第一时间"],
    ),
    "LAW_PIECE_NUMBER": (["一百零八", "3", "二十 七"], ["条", "款项"]),
    "LAW_NAME_STRONG": (["中华人民共和国食品安全法", "烟花爆竹安全管理条例", "市场监督管理行政处罚程序规定"],
                        ["行政处罚告知书", "某某裁量基准"]),  # fmt: skip
    "LAW_NAME_WEAK": (["某某裁量基准", "食品安全国家标准", "某某通知"], ["食品安全法", "询问笔录"]),
    "DOC_NAME": (["行政处罚告知书", "询问笔录", "营业执照", "送达回证"], ["食品安全法", "条例"]),
    "STANDARD_MARK": (["GB/T 29639-2020", "GB 2760", "食品安全国家标准", "AQ 4128"], ["中华人民共和国安全生产法", "第3条"]),
    "LAW_ROLE_CUE": (["违反了", "依据", "不符合", "根据", "未按照"], ["本局", "依法"]),
    "LAW_RIGHTS_AFTER": (["享有陈述申辩的权利", "有权要求听证"], ["决定给予罚款"]),
    "LAW_REMEDY_AFTER": (["申请行政复议", "提起行政诉讼"], ["决定给予罚款"]),
    # -- penalties ---------------------------------------------------------------------------------------------------
    "PENALTY_TRIGGER": (["决定给予", "拟作出如下", "处以罚款", "决定：", "并处罚款"], ["处罚决定书", "给予陈述申辩的机会"]),
    "PENALTY_REGION_END": (["限于十五日内", "自收到本决定书之日起", "如不服", "依据《"], ["罚款人民币", "警告"]),
    "LIST_ITEM_START": (["1.警告", "（一）罚款", "一、没收", "2、罚款"], ["罚款1.5万元", "第一条"]),
    "PENALTY_TYPE": (
        ["警告", "通报批评", "没收违法所得", "没收违法生产的产品", "罚款", "暂扣食品经营许可证", "吊销营业执照",
         "降低资质等级", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "限制开展生产经营活动"],
        ["处罚决定", "责令改正", "吊销"],
    ),  # fmt: skip
    "RECTIFICATION": (
        ["责令改正", "责令限期改正", "责令当事人立即改正上述违法行为", "责令其于2024年3月31日前整改"],
        ["责令停产停业", "改正"],
    ),
    # -- officers ----------------------------------------------------------------------------------------------------
    "OFFICER_LABEL": (["执法人员：李四", "承办人：李四", "询问人：", "记录人：王五", "执法人员签名："], ["被检查人：", "执法人员李四"]),
    "OFFICER_INLINE": (
        ["执法人员李四、王五（执法证号", "执法人员李四、王五，执法证号分别为", "执法人员陈*（执法证号"],
        ["执法人员：李四", "本局执法人员"],
    ),
    "OFFICER_CERT_LABEL": (["执法证号", "执法证件号码", "分别为", "证号"], ["李四", "51010021001"]),
    "OFFICER_CERT_NO": (["51010021001", "4302****", "HN12345678"], ["李四", "123"]),
    "OFFICER_NAME_TOKEN": (["李四", "陈*", "刘某", "欧阳明明"], ["51010021001", "A"]),
    # -- remedies and rights -----------------------------------------------------------------------------------------
    "REMEDY_REVIEW": (["向成都市某某区人民政府申请行政复议", "申请复议", "提出行政复议申请"], ["复议机关", "行政诉讼"]),
    "REMEDY_SUIT": (["向成都市某某区人民法院提起行政诉讼", "直接向人民法院起诉", "提起诉讼"], ["诉讼期间", "申请行政复议"]),
    "REMEDY_PERIOD": (["六十日内", "60日", "六个月内", "6个月", "十五日", "五个工作日"], ["本决定书", "月份"]),
    "REMEDY_NO_SUSPEND": (["不停止执行", "复议期间本决定不停止执行", "诉讼期间不影响"], ["申请行政复议", "停止违法行为"]),
    "RIGHTS_TOPIC": (["陈述", "申辩", "听证"], ["复议", "诉讼"]),
    "RIGHTS_CUE": (["有权", "享有", "视为放弃", "可在"], ["未提出", "决定"]),
    "SENTENCE_END": (["。", "；", "\n"], ["，", "、"]),
    "CLAUSE_END": (["，", "。", "；"], ["、", "："]),
    # -- signatures --------------------------------------------------------------------------------------------------
    "SIGNATURE_LABEL": (["被询问人签名：张三", "签字：", "受送达人签名（盖章）：", "执法人员签名："], ["签名栏", "被询问人：张三"]),
    "RECORD_CONFIRMATION": (
        ["以上笔录我已看过，与我所说相符", "以上记录已向我宣读，属实", "以上笔录我已阅读，无异议"],
        ["以上事实有证据证明", "笔录我已看过"],
    ),
}  # fmt: skip


def _cases(which: int) -> list[tuple[str, str]]:
    return [(name, sample) for name, table in TABLES.items() for sample in table[which]]


def _prepare(name: str, sample: str) -> str:
    return sample if name in RAW else normalize(sample)


@pytest.mark.parametrize(("name", "sample"), _cases(0), ids=[f"{n}|{s}" for n, s in _cases(0)])
def test_matches(name: str, sample: str) -> None:
    assert getattr(P, name).search(_prepare(name, sample)), f"{name} should match {sample!r}"


@pytest.mark.parametrize(("name", "sample"), _cases(1), ids=[f"{n}|{s}" for n, s in _cases(1)])
def test_does_not_match(name: str, sample: str) -> None:
    assert not getattr(P, name).search(_prepare(name, sample)), f"{name} should not match {sample!r}"


def _tabled_elsewhere() -> set[str]:
    """Patterns that another ``test_*patterns*.py`` module of this folder gives a table."""
    by_id = {id(v): k for k, v in vars(P).items() if isinstance(v, re.Pattern)}
    names: set[str] = set()
    for path in Path(__file__).parent.glob("test_*patterns*.py"):
        if path.name == Path(__file__).name:
            continue
        module = importlib.import_module(f"{__package__}.{path.stem}")
        for attr in ("MATCH", "NO_MATCH"):
            for pattern, _ in getattr(module, attr, []):
                if id(pattern) in by_id:
                    names.add(by_id[id(pattern)])
    return names


def test_every_pattern_has_a_table() -> None:
    compiled = {name for name, value in vars(P).items() if isinstance(value, re.Pattern)}
    missing = compiled - set(TABLES) - _tabled_elsewhere()
    assert not missing, f"patterns without a match / no-match table: {sorted(missing)}"


def test_every_table_names_a_pattern_with_both_sides() -> None:
    for name, (match, no_match) in TABLES.items():
        assert isinstance(getattr(P, name, None), re.Pattern), name
        assert match and no_match, name


def test_spaced_allows_spaces_between_characters() -> None:
    pattern = re.compile(P.spaced("法定代表人") + " *:")
    assert pattern.search(normalize("法 定 代 表 人："))
    assert pattern.search("法定代表人:")
    assert not pattern.search("法定\n代表人:")
