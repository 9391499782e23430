"""Every regular expression anjuan uses, named, in one place.

Each pattern has a match / no-match table in tests/extractors/test_patterns.py. Patterns run on text normalised by
``extractors.normalize`` where the docstring says so, otherwise on the raw page text. Keep them compiled at import.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------------------------------
# Normalisation and layout
# ---------------------------------------------------------------------------------------------------------------------
#: any run of white space, including the ideographic space U+3000 and NBSP
WHITESPACE = re.compile(r"[\s\u3000\u00a0]+")
#: characters that must never appear in real text: Private Use Area, replacement char, C0 controls but \t\n\r\f
GARBAGE_CHAR = re.compile(r"[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0e-\x1f]")
#: pdfminer-style unmapped glyphs
CID_GLYPH = re.compile(r"\(cid:\d+\)")
#: Kangxi radicals and compatibility ideographs that some Word/WPS PDFs emit instead of ordinary CJK
KANGXI_LOOKALIKE = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]")
#: CJK unified ideographs (basic block)
HAN = re.compile(r"[\u4e00-\u9fff]")

# ---------------------------------------------------------------------------------------------------------------------
# Segmentation: document titles and web-page furniture (run on a line with all white space removed)
# ---------------------------------------------------------------------------------------------------------------------
#: numbering or labels before a title: 一、 / 1. / (一) / 附件： / 附件2：
TITLE_PREFIX = re.compile(
    r"^(?:附件\d*[:：]?|[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[(（][一二三四五六七八九十\d]+[)）])"
)
#: suffixes after a title: （副本）（正本）（存根）（第一联）（适用听证案件） …
TITLE_SUFFIX = re.compile(r"(?:[(（](?:副本|正本|存根|存档|第[一二三四五六七八九十\d]+联|[^()（）]{0,12}案件)[)）])+$")
#: a line that is web-page furniture around a pasted decision (当前位置, 发布时间, 索引号 …)
WEB_FURNITURE = re.compile(
    r"^[【[]?(?:当前位置|您当前的位置|您的位置|你的位置|首页\s*[>›»/]|发布时间|发布日期|发文日期|索引号|发布机构|信息来源|来源[:：]"
    r"|浏览量|浏览次数|阅读次数|访问量|点击数|【?\s*字体|【\s*[大中小]|打印本页|关闭窗口|分享到|扫一扫|主题分类"
    r"|成文日期|生效日期|有效性|体裁分类|公开方式|信息名称|信息索引号)"
)

# ---------------------------------------------------------------------------------------------------------------------
# Ingestion: file names, archive members, text-layer quality (extractors/ingest.py, quality.py, backends/)
# ---------------------------------------------------------------------------------------------------------------------
#: runs of ASCII digits, compared as numbers in natural sort order ("第2页" before "第10页")
DIGIT_RUN = re.compile(r"(\d+)")
#: a path component that is never part of a dossier: hidden files, macOS/Windows litter, Office lock files
JUNK_PATH_PART = re.compile(r"^(?:\..*|__MACOSX|Thumbs\.db|desktop\.ini|~\$.*)$", re.IGNORECASE)
#: an archive member name that escapes the archive root: absolute, drive letter, UNC or a ".." component
UNSAFE_MEMBER_NAME = re.compile(r"^(?:[/\\]|[A-Za-z]:)|(?:^|[/\\])\.\.(?:[/\\]|$)")
#: Latin-1 letters: GBK bytes decoded as Latin-1 come out as runs of these ("Á¢°¸ÉóÅú±í" = 立案审批表)
LATIN1_MOJIBAKE_CHAR = re.compile(r"[\u00c0-\u00ff]")
#: any Han ideograph: extension A, the basic block, compatibility ideographs and the supplementary planes
HAN_ANY = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
#: a character of CJK text (Han, CJK and full-width punctuation, kana): no space is put between two of these
CJK_TEXT_CHAR = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


# =====================================================================================================================
# Element extraction (extractors/elements/*). Unless a comment says otherwise these run on text normalised by
# ``extractors.normalize.normalize``: half-width ASCII (":" "," ";" "(" ")"), square brackets as 〔〕, dashes as "-",
# circle zeros as 〇, and every white-space character other than "\n" as " ".
# =====================================================================================================================
_HAN = "\u4e00-\u9fff"
_CN_NUM = "零〇一二两三四五六七八九十百千"
#: a number in Chinese or Arabic numerals; a single stray space between numerals is tolerated (第二十 七条)
_NUM = rf"[{_CN_NUM}\d](?:[{_CN_NUM}\d]| (?=[{_CN_NUM}\d]))*"
#: a position where a "label:" may start: the start of the text or after white space or , ; 。 、 (
_FIELD_START = r"(?<![^\s,;。、(])"


def spaced(label: str) -> str:
    """The regex source for ``label`` with optional spaces between its characters: 法定代表人 -> 法 *定 *代 *表 *人.

    Run on normalised text (every white space but "\\n" is a plain space there), so a label never spans lines.
    """
    return " *".join(re.escape(ch) for ch in label)


def _alternation(labels: list[str] | tuple[str, ...] | dict[str, str]) -> str:
    """Longest first, so 法定代表人 is tried before 代表人 at the same position."""
    return "|".join(spaced(x) for x in sorted(labels, key=len, reverse=True))


# ---------------------------------------------------------------------------------------------------------------------
# Masks and web furniture inside a line
# ---------------------------------------------------------------------------------------------------------------------
#: a value published masked: 陶** / 李*玖 / 黄某某 / 申XX / xx / 91430281691828xxxx / 张×
MASKED_VALUE = re.compile(r"[*×]|某|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|^[xX]$")
#: web-page furniture that sits somewhere inside a line (run on raw text): 发布时间 / 浏览次数 / 索引号 / 网站标识码 …
WEB_FURNITURE_INLINE = re.compile(
    r"发布时间|发布日期|发文日期|成文日期|更新时间|浏览次数|浏览量|阅读次数|点击数|点击量|访问量|索引号|信息来源"
    r"|(?<!案件)来源\s*[:：]|网站标识码|ICP备|公网安备|版权所有|主办单位|技术支持|网站地图|上一篇|下一篇|打印本页"
    r"|关闭窗口|分享到"
)

# ---------------------------------------------------------------------------------------------------------------------
# Labels ("label: value" fields), built from data so every label tolerates spaces between its characters
# ---------------------------------------------------------------------------------------------------------------------
#: any "label:" at a field start: 2-14 Han characters (or single characters spaced out: 当 事 人), an optional
#: bracketed part with an optional tail (法定代表人(负责人等) / 证照(证件)名称及编号(号码)), an optional outer
#: bracket ((公司名称)), then ":"
GENERIC_LABEL = re.compile(
    _FIELD_START + rf"\(?(?P<label>(?:[{_HAN}](?: +[{_HAN}]){{1,11}}|[{_HAN}]{{2,14}})"
    rf"(?: *\([^()\n:]{{0,12}}\)(?:[{_HAN}]{{1,8}}(?:\([^()\n:]{{0,8}}\))?)?)?) *\)? *:"
)

#: party-block labels and what each one holds (data, not a pattern; parties.py reads it)
PARTY_LABELS: dict[str, str] = {
    **dict.fromkeys(
        (
            "当事人", "当事人名称", "当事人姓名", "当事人单位", "当事人名称(姓名)", "当事人姓名(名称)",
            "被处罚单位", "被处罚单位名称", "被处罚人", "被处罚人姓名", "被处罚人名称", "被处罚主体", "被处罚对象",
            "单位名称", "名称", "名称(姓名)", "姓名(名称)", "单位(个人)名称", "公司名称", "企业名称",
            "个体工商户名称", "被检查单位", "被检查人", "被检查对象", "被检查单位名称", "违法行为人", "违法主体",
            "违法单位", "违法单位名称",
        ),
        "name",
    ),
    **dict.fromkeys(("姓名",), "person_name"),
    **dict.fromkeys(("被询问人", "被询问人姓名", "被调查人", "被询问对象"), "interviewee"),
    **dict.fromkeys(("受送达人", "受送达单位", "受送达人名称", "受送达人(单位)"), "addressee"),
    **dict.fromkeys(("字号", "字号名称"), "tradename"),
    **dict.fromkeys(("法定代表人", "法人代表", "法定代表人姓名", "法定代表", "法定代表人或负责人"), "rep:法定代表人"),
    **dict.fromkeys(("负责人", "主要负责人", "单位负责人", "负责人姓名"), "rep:负责人"),
    **dict.fromkeys(("经营者", "经营者姓名", "经营人", "业主", "个体工商户经营者"), "rep:经营者"),
    **dict.fromkeys(("投资人", "投资人姓名", "出资人"), "rep:投资人"),
    **dict.fromkeys(
        (
            "统一社会信用代码", "社会信用代码", "信用代码", "注册号", "营业执照注册号", "营业执照号码",
            "营业执照号", "主体资格证照名称", "证照(证件)名称及编号(号码)", "证照名称及编号", "证照名称及号码",
            "证件名称及号码", "证件类型及号码", "证照编号", "证件号码", "证件号", "身份证号码", "身份证号",
            "身份证件号码", "公民身份号码", "居民身份证号码", "身份证", "身份证件号", "证件名称及编号",
            "证件类型及编号", "证照号码",
        ),
        "code",
    ),
    **dict.fromkeys(
        (
            "地址", "住所", "住址", "住所或地址", "经营场所", "经营地址", "联系地址", "住所地", "营业场所", "经营场地",
            "现住址", "户籍地址", "家庭住址", "注册地址", "单位地址", "通讯地址", "住所(住址)", "住所(地址)",
            "地址(住所)", "住所或住址", "生产经营场所", "现住所",
        ),
        "address",
    ),
    **dict.fromkeys(
        ("联系电话", "电话", "手机", "手机号码", "联系方式", "电话号码", "固定电话", "移动电话", "联系电话(手机)"),
        "phone",
    ),
    **dict.fromkeys(("性别", "出生日期", "出生年月", "年龄", "民族", "出生年月日", "出生"), "person"),
    **dict.fromkeys(
        (
            "委托代理人", "代理人", "被委托人", "陪同人", "见证人", "翻译人员", "翻译", "记录人", "询问人", "执法人员",
            "检查人", "检查人员", "承办人", "送达人", "现场负责人", "在场人", "调查人", "调查人员", "询问人员",
        ),
        "break",
    ),
}  # fmt: skip

#: a party label heading a table row, no colon: "受送达人 重庆某某有限公司" / "法定代表人 张三" (not 名称: goods tables)
TABLE_LABEL = re.compile(rf"^ *(?P<label>{_alternation([k for k in PARTY_LABELS if k != '名称'])}) +(?=[^\s:])")
#: a value that holds a USCC-like token (possibly masked): 91430102**********, 92430981M*86A, 915206****7FMTAX63
CREDIT_CODE_TOKEN = re.compile(r"(?<![0-9A-Za-z*×])[0-9A-Z][0-9A-Za-z*×]{6,19}(?![0-9A-Za-z*×])")
#: an ID-number-like token (possibly masked): 430281197503150012, 43028119750315001X, 4302811975****1234
ID_NUMBER_TOKEN = re.compile(r"(?<![0-9A-Za-z*×])[1-9][0-9*×]{5,16}[0-9xX*×](?![0-9A-Za-z*×])")
#: a credit code after its label anywhere (also in prose: 统一社会信用代码为91…)
CREDIT_CODE_LABELED = re.compile(
    rf"(?:{_alternation(('统一社会信用代码', '社会信用代码', '信用代码'))})(?: *\([^()\n]{{0,10}}\))? *[:为是]? *\n? *"
    r"(?P<code>[0-9A-Z][0-9A-Za-z*×]{6,19})(?![0-9A-Za-z*×])"
)
#: an ID number after its label anywhere (also without a colon: 身份证号码430281…)
_ID_LABELS = ("公民身份号码", "居民身份证号码", "身份证件号码", "身份证号码", "身份证号", "身份证件号", "身份证")
ID_NUMBER_LABELED = re.compile(
    rf"(?:{_alternation(_ID_LABELS)})"
    r" *[:为是]? *\n? *(?P<id>[1-9][0-9*×]{5,16}[0-9xX*×])(?![0-9A-Za-z*×])"
)
#: a phone number token, masked or not: 0731-23456789, 138****1234, +86 13812345678
PHONE_TOKEN = re.compile(r"(?<![\d*])(?:\+?86[- ]?)?(?:0\d{2,3}-?)?[\d*][\d*\- ]{5,14}[\d*](?![\d*])")
#: the end of a one-line value: , ; 。 or a run of two spaces
VALUE_END = re.compile(r"[,;。]| {2,}")
#: the given name of a person whose surname stands alone before a run of spaces (罗  志强: aligned in a form), up
#: to the next field gap or the end of the line; matched right after the surname
SPACED_GIVEN_NAME = re.compile(rf" {{2,4}}(?P<given>[{_HAN}]{{1,2}})(?= {{2,}}|[,;。]|$)", re.M)
#: a trailing remark on a party name: (个体工商户) / (以下简称某某公司) / (曾用名…)
PARTY_NAME_TAIL = re.compile(
    r" *\((?P<tail>个体工商户|个体户|个体经营户|个体|以下简称[^()]*|下称[^()]*|简称[^()]*|曾用名[^()]*)\) *$"
)
#: a person's name, possibly masked: 张三 / 欧阳明明 / 陶** / 李*玖 / 黄某某 / 申XX / xx / 阿依古丽·买买提
PERSON_NAME = re.compile(
    rf"^(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,2}}[*×xX某]{{1,3}}|[{_HAN}][*×xX][{_HAN}]|[xX*]{{1,3}}"
    rf"|[{_HAN}]{{1,8}}·[{_HAN}]{{1,8}})$"
)
#: a name that is an organisation: 有限公司 / 厂 / 中心 / 合作社 / 医院 / 学校 …
ORG_NAME = re.compile(
    r"(?:公司|厂|中心|合作社|联合社|医院|卫生院|学校|学院|大学|幼儿园|集团|银行|协会|学会|委员会|事务所|研究所|研究院"
    r"|农场|林场|矿|矿业|电站|加油站|车站|企业|实业|工作室|俱乐部|联社|基金会|分所|分院|公寓|物业|小区)(?:\([^()]{0,12}\))?$"
)
#: words anywhere in a name that make it an organisation: 有限 / 股份 / 公司 / 集团 / 合作社
ORG_WORD = re.compile(r"有限|股份|公司|集团|合作社")
#: a name that is a shop (个体工商户 unless something says otherwise): 店 / 馆 / 经营部 / 超市 / 诊所 …
SHOP_NAME = re.compile(
    r"(?:店|馆|部|行|超市|商店|诊所|餐厅|饭庄|坊|摊|室|铺|场|站|庄|所|堂|厅|吧|网咖|KTV|ktv)(?:\([^()]{0,12}\))?$"
)
#: the end of a place name that may start a party's name (成都市锦江区 | 嘉悦废旧物资回收站): a name cut after it is the
#: same name without its place; a name cut anywhere else (成都市锦江区嘉悦废旧物资 | 回收站) is a fragment
PLACE_NAME_END = re.compile(r"(?:省|市|区|县|州|旗|盟|镇|乡|街道|自治区|自治州|自治县)$")
#: 个体工商户 said in words
INDIVIDUAL_BUSINESS_WORD = re.compile(r"个体工商户|个体户|个体经营")
#: a person's sex written out (男 / 女 between separators), the mark of an individual party
SEX_WORD = re.compile(r"(?:^|[,; ])(?:性别 *:? *)?[男女](?:[,; ]|$)")
#: an address written into a party line without a colon: 当事人:张三,男,…,住湖南省醴陵市某某镇某某村
ADDRESS_INLINE = re.compile(
    r"(?<=[,;]) *(?:住所地|住所|住址|家住|现住|住|地址|经营场所|经营地址)(?:在|于|为|是)? *(?P<value>[^,;。:\n]{4,60})"
)
#: a party written in prose at the start of a line, no colon: 当事人醴陵市某某花炮厂，统一社会信用代码…
PARTY_PROSE = re.compile(
    r"^ *当 *事 *人 *(?![于在系为是的已未对将从因经及与和])(?P<name>[^\s:,;。()]{2,40}?) *(?:\([^()]{0,20}\))? *[,;]"
)
#: a legal representative written in prose after a comma: ，法定代表人陶** / ，经营者为张三
REP_INLINE = re.compile(
    r"(?<=[,;]) *(?P<label>法定代表人|法人代表|负责人|经营者|投资人)(?: *\([^()]{0,8}\))? *(?:为|是)? *"
    r"(?P<value>[^,;。:\s()]{2,8})"
)
#: a bracketed part of a label, for looking the label up without it: 法定代表人(负责人等) -> 法定代表人
LABEL_BRACKET = re.compile(r"\([^()]*\)")
#: a line that is only a page number (page footer inside a document's text): 19 / - 19 - / 第19页 / 19/20
PAGE_NUMBER_LINE = re.compile(r"^ *-? *(?:第 *)?\d{1,4} *(?:页)?(?: */ *(?:共 *)?\d{1,4} *页?)? *-? *$")
#: the addressee line of a notice: "成都某某商贸有限公司:" alone on a line
SALUTATION_LINE = re.compile(r"^ *(?P<name>[^\s:,;。]{2,40}?) *:$")
#: words that end a "…:" line that is a heading, not an addressee: 意见: / 情况: / 如下: / 事由: …
SALUTATION_NOT_NAME = re.compile(
    r"(?:意见|情况|事由|备注|说明|如下|地点|时间|日期|签名|签字|结论|理由|依据|事实|内容|证据|决定|附件|摘要|主题"
    r"|标题|抄送|经查|查明)$"
)

# ---------------------------------------------------------------------------------------------------------------------
# 文号 / 案号 (case_numbers.py)
# ---------------------------------------------------------------------------------------------------------------------
_CN_CODE_CHAR = rf"[{_HAN}A-Za-z0-9*×]"
#: a 文号: [(prefix)] code 〔YYYY〕 serial 号 — (津保)应急罚〔2023〕k-39号, 吉林(技服)林罚决字〔2023〕第99号,
#: 湘攸交处罚〔2025〕092(非)号, (湘怀沅)应急罚〔2025〕执法二中队-9号, 125 号 — or the year first: (2019)遵综执04字第63号
CASE_NUMBER = re.compile(
    rf"(?<![A-Za-z0-9])(?:"
    rf"(?:\([{_HAN}A-Za-z0-9]{{1,8}}\) *)?(?:{_CN_CODE_CHAR}|\([{_HAN}A-Za-z0-9]{{1,6}}\)){{0,20}} ?"
    rf"[〔(] *(?:19|20)\d{{2}} *[〕)] *(?:[{_HAN}A-Za-z0-9*×\-_. ]|\([{_HAN}A-Za-z0-9]{{1,4}}\)){{0,20}}? *号"
    rf"|[〔(] *(?:19|20)\d{{2}} *[〕)] *{_CN_CODE_CHAR}{{1,16}}?(?:字 *第|字|第) *[A-Za-z0-9*×\-]{{1,12}} *号"
    rf")"
)
#: words that can sit glued in front of a quoted 文号 in prose and are not part of it: 作出了 / 的 / 于 / 编号为 …
CASE_NUMBER_LEAD = re.compile(
    r"^.*(?:了|的|为|是|于|向|对|将|在|把|及|和|与|或|即|年|月|日|书|作出|下达|出具|签发|号码|编号|文号|案号)"
)
#: the label of a document's own number at a field start: 文号: / 案号: / 编号: / 决定书文号: / 案件编号:
_CASE_NUMBER_LABELS = (
    "文号", "案号", "编号", "决定书文号", "处罚决定书文号", "行政处罚决定书文号", "案件编号", "立案编号", "文书编号",
    "决定文号", "处罚文号", "决定书编号",
)  # fmt: skip
CASE_NUMBER_LABEL = re.compile(_FIELD_START + rf"(?:{_alternation(_CASE_NUMBER_LABELS)}) *:")
#: what may stand beside the own 文号 on its line: a document title (…决定书 / …表 / …笔录 / …通知), maybe with the
#: agency in front; run on the compacted rest of the line
DOC_TITLE_LIKE = re.compile(rf"^[{_HAN}()]{{0,40}}(?:书|表|笔录|回证|通知|决定|报告|记录|单|函)$")
#: a 文号 as written (raw) whose line wrapped just before its closing 号: "〔2024〕第174\n号" (group 1: the last digit)
CASE_NUMBER_WRAPPED_END = re.compile(r"(\d)[^\S\n]*\n\s*号$")
#: a 文号 as written (raw) whose line wrapped right after 第: "〔2024〕第\n085号" (group 1: 第)
CASE_NUMBER_WRAPPED_DI = re.compile(r"(第)[^\S\n]*\n\s*(?=\d{1,6} *号$)")

# ---------------------------------------------------------------------------------------------------------------------
# Dates and times (dates.py)
# ---------------------------------------------------------------------------------------------------------------------
_CN_YEAR_DIGIT = "〇零O0一二三四五六七八九"
_DATE_NC = (
    r"(?:(?:19|20)\d{2} *年 *\d{1,2} *月 *\d{1,2} *日"
    r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}(?![\d])"
    rf"|[{_CN_YEAR_DIGIT}]{{4}} *年 *[一二三四五六七八九十]{{1,3}} *月 *[一二三四五六七八九十]{{1,3}} *日)"
)
#: a calendar date: 2024年3月1日 / 2024 年 3 月 1 日 / 2024-03-01 / 2024.3.1 / 2024/3/1 / 二〇二四年三月二十日
DATE = re.compile(
    r"(?<![\d.\-/])(?:"
    r"(?P<ay>(?:19|20)\d{2}) *年 *(?P<am>\d{1,2}) *月 *(?P<ad>\d{1,2}) *日"
    r"|(?P<ny>(?:19|20)\d{2})(?P<sep>[-./])(?P<nm>\d{1,2})(?P=sep)(?P<nd>\d{1,2})(?![\d])(?!\.\d)"
    rf"|(?P<cy>[{_CN_YEAR_DIGIT}]{{4}}) *年 *(?P<cm>[一二三四五六七八九十]{{1,3}}) *月"
    r" *(?P<cd>[一二三四五六七八九十]{1,3}) *日"
    r")"
)
_TIME_NC = r"(?:(?:上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|晚) *)?(?:\d{1,2} *[时点] *(?:\d{1,2} *分?)?|\d{1,2}:\d{2})"
#: a clock time: 9时10分 / 9时 / 09:10 / 上午9时10分 / 下午3点
TIME_OF_DAY = re.compile(
    r"(?P<ampm>上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|晚)? *(?:(?P<h>\d{1,2}) *[时点] *(?:(?P<m>\d{1,2}) *分?)?"
    r"|(?P<h2>\d{1,2}):(?P<m2>\d{2}))"
)
#: a 笔录 time span: 2024年3月5日9时10分至9时55分 / 自2024年3月5日9时10分起至2024年3月5日9时55分止 / 09:10-10:05
TIME_SPAN = re.compile(
    rf"(?:自 *)?(?P<start>{_DATE_NC} *{_TIME_NC})"
    rf" *起? *(?:至|到|-|~|—) *(?P<end>(?:{_DATE_NC} *)?"
    rf"{_TIME_NC}) *止?"
)
#: a single date with a clock time: 2024年3月5日9时10分
DATETIME = re.compile(rf"(?P<start>{_DATE_NC} *{_TIME_NC})")
#: the label of a 笔录's time in the text before it on its line: 询问时间: / 检查时间: / 时间:
TIME_LABEL = re.compile(
    rf"(?:(?:询问|检查|勘验|勘查|调查|现场|笔录|听证|讨论|会议)(?:起止)?时间|(?<![{_HAN}])(?:起止)?时间) *:? *$"
)
#: words before or after a date that say what the date is (dates.py maps each to a role)
DATE_CUE = re.compile(
    r"告知|听证|陈述|申辩|送达|签收|签名|签字|收件|缴纳|缴款|缴清|缴讫|立案|批准|审批|负责人|结案|责令|检查|发现|巡查|抽检|抽查"
    r"|举报|投诉|受理|登记|承办|审核|讨论|集体|(?<!被)询问|案发|违法|终结|复核|成文|印发|发布|通过|修订|修正|公布|施行|出生"
    r"|决定日期|处罚日期|决定时间|处罚时间"
)
#: a mention of the party in a sentence (a date in it is taken as the date of the violation)
PARTY_MENTION = re.compile(r"当事人|你单位|你公司|你厂|你店|你(?!们)|该单位|该公司|该厂|该店|其(?:在|于|从|向|未|将)")
#: a label whose value is a date (the cue words in it give the date's role): 送达时间: / 立案日期: / 签收日期:
DATE_LABEL = re.compile(r"(?:时间|日期|期|时|日)(?: *\([^()\n]{0,8}\))? *:? *$")
#: a line that is a signature or opinion line in a form (a date on it belongs to the signer)
SIGN_LINE = re.compile(r"签名|签字|签章|盖章|意见|签收")
#: the link between two dates of a range: 2024年1月5日至2024年3月1日
DATE_RANGE_LINK = re.compile(r"^ *(?:至|到|-|~|起至) *$")
#: the law-title context of a date: 2021年1月22日第十三届…通过 / 自2021年7月15日起施行 / (2021年修订)
DATE_LAW_CONTEXT = re.compile(r" *(?:第[一二三四五六七八九十]+届|起?施行|通过|修订|修正|公布|发布)")
#: a 印章 / 公章 / 盖章 mark in brackets: (印章) / (公章) / (盖章) / (单位印章)
SEAL_MARK = re.compile(r"\( *(?:单位|机关|行政机关|执法机关)? *(?:印 *章|公 *章|盖 *章|签 *章|章) *\)")
#: a line (compacted, seal marks removed) that is an agency name: …局 / …委员会 / …人民政府 / …大队 / …监督所 …
AGENCY_NAME = re.compile(
    rf"^[{_HAN}()]{{2,40}}?(?:局|委员会|人民政府|政府|大队|支队|中队|执法队|办公室|厅|委|署|监督所|执法所|监察所|稽查所"
    r"|监督站|管理站|执法站|执法中心|办事处|管理处|管理委员会|管委会|分局)$"
)
#: an agency name at the start of a title line: 株洲市生态环境局行政处罚决定书 / 某某局关于…的行政处罚决定书
AGENCY_TITLE = re.compile(
    rf"^(?P<agency>[{_HAN}()]{{2,40}}?(?:局|委员会|人民政府|政府|大队|支队|中队|执法队|办公室|厅|署|监督所|执法所|监察所"
    rf"|稽查所|监督站|执法站|执法中心|办事处|管理处|分局))(?:关于[^\n]{{0,60}}?的)?[{_HAN}()]{{0,16}}?(?:决定书|告知书|通知书|笔录|审批表|回证|报告|书)$"
)

# ---------------------------------------------------------------------------------------------------------------------
# Money (amounts.py)
# ---------------------------------------------------------------------------------------------------------------------
#: an amount in Arabic numerals with 元 / 万元 or a ¥ / 人民币 prefix:
#: 5000元 / 5,000.00元 / ¥5000 / 人民币5000元 / 1.2万元
MONEY_ARABIC = re.compile(
    r"(?:(?P<pre>人民币|¥|RMB) *)?(?<![\d.])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d{1,4}))?(?![\d.])"
    r"(?: *(?P<unit>万元|元|圆))?(?(pre)|(?(unit)|(?!)))"
)
#: an amount in 大写 or Chinese numerals: 人民币伍仟元整 / 壹万贰仟叁佰元 / 贰佰零伍元伍角 / 五千元 / 拾元; it
#: starts with a digit (or 拾/十) that follows no 大写 character: "佰元整" or "零肆元整" alone is the tail of an amount
#: whose line wrapped ("壹万贰仟柒\n处理结果 佰元整", "壹佰\n处理结果 零肆元整")
MONEY_CHINESE = re.compile(
    r"(?:人民币 *)?(?<![零〇壹贰叁肆伍陆柒捌玖拾佰仟萬億])(?P<int>[壹贰叁肆伍陆柒捌玖拾一二两三四五六七八九十]"
    r"[零〇壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億一二两三四五六七八九十百千]*) *[元圆]"
    r"(?: *零? *(?P<jiao>[壹贰叁肆伍陆柒捌玖一二三四五六七八九]) *角)?"
    r"(?: *零? *(?P<fen>[壹贰叁肆伍陆柒捌玖一二三四五六七八九]) *分)?"
    r"(?: *[整正])?"
)
#: a 大写 digit or unit character (the mark of the formal style)
DAXIE_CHAR = re.compile(r"[壹贰叁肆伍陆柒捌玖拾佰仟]")
#: words right before an amount in lower-case Chinese numerals that make it money: 罚款五千元 / 人民币三万元
MONEY_CN_CONTEXT = re.compile(r"(?:人民币|罚款|没收|处以?|计|共|合计|金额|违法所得|货值|为|缴纳) *$")
#: the text between a 大写 and a 小写 amount that pair up: "(" / "(大写:" / "(小写" / "(即"
MONEY_PAIR_GAP = re.compile(r"^ *\( *(?:(?:大写|小写|即) *:? *)?$")
#: an amount that is a statutory range, not an amount imposed: 1万元以上 / 5万元以下 / 五千元至
MONEY_RANGE_AFTER = re.compile(r" *(?:以上|以下|以内|至|到|-|~|不等)")
#: words that say what an amount is (amounts.py maps each to a role; the nearest one before the amount wins)
MONEY_CUE = re.compile(
    r"加处罚款|没收违法所得|违法所得|货值金额|货值|罚没款|罚没|罚款|罚金|缴纳|缴款|已缴|上缴|处以|处|没收|价值|单价|每"
)

# ---------------------------------------------------------------------------------------------------------------------
# Law citations (law_citations.py)
# ---------------------------------------------------------------------------------------------------------------------
#: a title in 《》
LAW_TITLE = re.compile(r"《(?P<name>[^《》\n]{2,60})》")
#: a law named without 《》 but followed by an article: 依据中华人民共和国食品安全法第一百二十四条
LAW_BARE = re.compile(
    r"(?:(?<=违反了)|(?<=违反)|(?<=依据)|(?<=根据)|(?<=依照)|(?<=按照)|(?<=[,;。、 \n:]))"
    rf"(?P<name>中华人民共和国[{_HAN}]{{1,30}}?法)(?= *第? *{_NUM} *条)"
)
#: a back reference to the law cited just before: 该法第九十九条 / 同法 / 上述法律
LAW_BACKREF = re.compile(r"(?P<name>该法|同法|上述法律|该条例|该办法|该规定|本法|本条例)(?= *第)")
#: one piece of an article path (matched at a position, after the title or the previous piece):
#: 第三章 / 第十三条 / 三十九条 / 第条 / 第一款 / 第(三)项 / 3项 / 第1目, with an optional separator before it
LAW_ARTICLE_PIECE = re.compile(
    r" *(?P<sep>、|,|和|及|以及|与|或者|或|;)? *(?:"
    rf"(?P<multi>第? *\(? *{_NUM} *\)?(?: *[、,和及] *\(? *{_NUM} *\)?)+ *(?P<unit>条|款|项|目))"
    rf"|(?P<chap>第 *{_NUM} *章)|(?P<sect>第 *{_NUM} *节)"
    rf"|(?P<art>(?:第 *(?:{_NUM})? *|{_NUM} *)条(?: *之 *[一二三四五六七八九十]+)?)"
    rf"|(?P<para>第 *{_NUM} *款)"
    rf"|(?P<item>(?:第 *)?(?:\( *{_NUM} *\)|{_NUM}) *项)"
    rf"|(?P<sub>(?:第 *)?(?:\( *{_NUM} *\)|{_NUM}) *目))"
)
#: the number inside one article piece (finditer gives each number of a 第一、二项 list)
LAW_PIECE_NUMBER = re.compile(_NUM)
#: a version note between a title and its articles: 《安全生产法》(2021年修正)第九十九条 / (2019年版)
LAW_VERSION_NOTE = re.compile(r" *\( *(?:19|20)\d{2} *年?[^()\n]{0,12}\)")
#: a law-like title ending: …法 / …条例 / …规定 / …办法 / …细则 / …规则 / …决定 / …解释
LAW_NAME_STRONG = re.compile(r"(?:法|法典|条例|规定|办法|细则|规则|决定|解释|规章)(?:\([^()]{0,20}\))?$")
#: a title ending that is a law only when an article follows: …意见 / …基准 / …标准 / …规范 / …通知 …
LAW_NAME_WEAK = re.compile(
    r"(?:意见|基准|标准|规范|规程|导则|指南|通知|措施|制度|目录|清单|要求|纲要|方案)(?:\([^()]{0,20}\))?$"
)
#: a title that is a document, not a law: 《行政处罚告知书》 / 《询问笔录》 / 《营业执照》 / 《送达回证》
DOC_NAME = re.compile(r"(?:书|笔录|表|单|证|照|回证|记录|报告|函|凭证|回执|决定书)$")
#: a national / sector standard: GB/T 29639-2020, GB 2760, 国家标准, AQ 4128
STANDARD_MARK = re.compile(
    r"(?:GB|DB|AQ|HJ|JGJ|JTG|WS|SB|NY|QB|GA|SH)(?: */ *T)? *\d|国家标准|行业标准|地方标准|\d{3,}-(?:19|20)\d{2}"
)
#: words before a citation that give its role: 违反 (violation) or 依据 (basis)
LAW_ROLE_CUE = re.compile(
    r"(?P<v>未按照|未依照|未按|违反|违背|不符合|不遵守)|(?P<b>依据|根据|依照|按照|适用|参照|依(?![法照据]))"
)
#: words after a citation that make it a remedy citation
LAW_REMEDY_AFTER = re.compile(r"复议|诉讼")

# ---------------------------------------------------------------------------------------------------------------------
# Penalties and 责令改正 (penalties.py)
# ---------------------------------------------------------------------------------------------------------------------
#: where a decision states its result: 决定给予 / 决定对 / 作出如下 / 处罚如下 / 给予…处罚 / 处以; 拟… in a notice
PENALTY_TRIGGER = re.compile(
    r"(?P<proposed>拟 *)?(?:决定(?:给予|对|作出|处以|如下|:|,|予以)|作出如下|作出以下|处罚如下|处理如下"
    r"|给予(?!陈述|申辩|听证)|处以|并处|予以|(?:处罚|处理)(?:内容|结果|决定|种类) *:"
    r"|作出(?=罚款|警告|没收|吊销|暂扣|责令|通报|降低|限制|行政拘留))"
)
#: where the result part ends: 履行 instructions, remedy, 逾期 …
PENALTY_REGION_END = re.compile(
    r"限于|自收到|自接到|收到本|之日起|缴至|到期不缴|逾期不|如不服|申请行政复议|提起行政诉讼|依据《|根据《|依照《"
)
#: a list item at the start of a line: 1. / 1、 / (一) / 一、
LIST_ITEM_START = re.compile(
    r"^ *(?:\d{1,2} *[.、]|\( *[\d一二三四五六七八九十]{1,3} *\)|[一二三四五六七八九十]{1,3} *、)"
)
#: a penalty type of 行政处罚法 第九条, one named group per type
PENALTY_TYPE = re.compile(
    r"(?P<warning>警告)|(?P<criticism>通报批评)|(?P<gains>没收(?:其|当事人|你单位|你)?(?:的)?违法所得)"
    rf"|(?P<property>没收(?!(?:其|当事人|你单位|你)?(?:的)?违法所得))|(?P<fine>罚款)"
    rf"|(?P<suspend>暂扣[{_HAN}]{{0,12}}?(?:许可证|执照|证件|证书|驾驶证))"
    rf"|(?P<downgrade>降低[{_HAN}]{{0,8}}?资质等级)"
    rf"|(?P<revoke>吊销[{_HAN}]{{0,12}}?(?:许可证|执照|证件|证书|驾驶证|资格))"
    r"|(?P<restrict>限制开展生产经营活动)|(?P<suspend_business>责令(?:停产停业|停业|停产)(?:整顿)?)|(?P<close>责令关闭)"
    rf"|(?P<ban>限制从业|禁止[{_HAN}]{{0,12}}?从事)|(?P<detention>行政拘留)"
)
#: a 责令改正 order: 责令改正 / 责令限期改正 / 责令当事人立即改正违法行为 / 责令其于2024年3月31日前整改
RECTIFICATION = re.compile(
    r"责令(?:其|你单位|你公司|你|当事人|该单位|该公司)? *"
    r"(?:立即|限期|即时|马上|于[^,;。\n]{0,24}?前|在[^,;。\n]{0,16}?内)? *(?:改正|整改|纠正)(?!通知|决定书|书|单|期限)"
    r"[^,;。\n“”\"'‘’《》]{0,40}"
)

# ---------------------------------------------------------------------------------------------------------------------
# Officers (officers.py)
# ---------------------------------------------------------------------------------------------------------------------
_OFFICER_NAME = rf"(?:[{_HAN}]{{1,2}}[*×xX某]{{1,2}}|[{_HAN}]{{2,3}}?)"
#: an officer label at a field start: 执法人员: / 承办人: / 检查人: / 询问人: / 记录人: / 执法人员签名:
#: officer labels (data; officers.py maps each to a role)
OFFICER_LABELS = (
    "执法人员", "行政执法人员", "执法人", "承办人", "承办人员", "案件承办人", "经办人", "主办人", "协办人", "主办人员",
    "协办人员", "办案人员", "办案人", "调查人员", "调查人", "检查人员", "检查人", "询问人", "询问人员", "记录人",
    "记录员", "送达人", "调查询问人",
)  # fmt: skip
OFFICER_LABEL = re.compile(
    _FIELD_START + rf"(?P<label>{_alternation(OFFICER_LABELS)}) *(?:签名|签字)? *(?:\([^()\n]{{0,10}}\))? *:"
)
#: officers named in prose: 执法人员李四、王五(执法证号:…) / 我们是…的执法人员李四、王五,执法证号分别为…
OFFICER_INLINE = re.compile(
    rf"执法人员 *(?P<names>{_OFFICER_NAME}(?: *[、和及与] *{_OFFICER_NAME})*)"
    r"(?= *\(|,|对|依法|前往|来到|到|出示|向|在|进行|共同|两人|二人|一行|执法证|证号)"
)
#: a cert-number label or filler word inside an officer value: 执法证号 / 执法证件号码分别为 / 证号 / 编号
OFFICER_CERT_LABEL = re.compile(
    r"(?:行政)?执法(?:证件|证|资格证)(?:号码|编号|号)?|证件号码|证件号|证号|警号|工号|工作证号?|编号|号码|分别为|分别是"
    r"|依次为|为|是|:"
)
#: an officer's cert number: 51010021001 / HN12345678 / masked 4302**** / 川成执字第3243号
OFFICER_CERT_NO = re.compile(
    rf"[{_HAN}]{{1,8}}字 *第? *[0-9A-Za-z*\-]{{2,12}} *号"
    r"|(?<![0-9A-Za-z*])[A-Za-z]{0,4}[0-9][0-9A-Za-z*\-]{3,24}(?![0-9A-Za-z*])"
)
#: the end of an officer label's value besides the line end: a sentence end (a name list has none)
OFFICER_VALUE_END = re.compile(r"[。!?]")
#: a word that says a cert number follows (in prose, an officer's number is taken only after one)
OFFICER_CERT_CUE = re.compile(r"执法证|证号|证件号|警号|工号|执法资格")
#: a run of Han characters in an officer value (a candidate name)
OFFICER_NAME_TOKEN = re.compile(rf"[{_HAN}]{{1,3}}[*×xX某]{{1,2}}|[{_HAN}][*×xX][{_HAN}]|[{_HAN}]{{2,4}}")
#: a maximal run of Han characters (with mask marks) in an officer value: a name is a whole run of 2-4 characters;
#: a longer run is prose (我们是…的执法人员) or a 文号's code (德旌商务罚告), never cut into names
OFFICER_HAN_RUN = re.compile(rf"[{_HAN}*×](?:[{_HAN}*×]|[xX](?=[xX]*(?:[{_HAN}*×]|(?![A-Za-z0-9]))))*")

# ---------------------------------------------------------------------------------------------------------------------
# Remedies and rights (remedies.py)
# ---------------------------------------------------------------------------------------------------------------------
#: a 复议 route: 向成都市某某区人民政府申请行政复议 / 申请复议 / 提出行政复议申请
REMEDY_REVIEW = re.compile(
    r"(?:向 *(?P<body>[^,;。\n向]{2,60}?) *(?:依法|直接)? *)?(?:申请|提出|提请|提起)(?:行政)?复议|行政复议申请"
)
#: a 诉讼 route: 向成都市某某区人民法院提起行政诉讼 / 直接向人民法院起诉
REMEDY_SUIT = re.compile(
    r"(?:向 *(?P<body>[^,;。\n向]{2,60}?) *(?:依法|直接)? *)?(?:提起(?:行政)?诉讼|提出(?:行政)?诉讼|起诉|行政诉讼)"
)
#: a period: 六十日 / 60日 / 六个月 / 6个月 / 十五日 / 三个月 (number, unit)
REMEDY_PERIOD = re.compile(rf"(?P<num>{_NUM}) *(?P<unit>个 *月|月|个? *工作日|日|天)(?: *内|之内|以内)?")
#: a sentence about remedies that states no route (复议、诉讼期间不停止执行)
REMEDY_NO_SUSPEND = re.compile(r"不停止(?:[^,;。\n]{0,8})?执行|期间[^,;。\n]{0,12}不(?:停止|影响)")
#: the topic of a rights statement: 陈述 / 申辩 (s) or 听证 (h)
RIGHTS_TOPIC = re.compile(r"(?P<s>陈述|申辩)|(?P<h>听证)")
#: words that make a sentence a statement of a right: 有权 / 权利 / 享有 / 可以 / 视为放弃 …
RIGHTS_CUE = re.compile(r"有权|权利|享有|可以|可在|可于|可向|可自|可提出|可要求|可申请|视为放弃|放弃")
#: a sentence end (for sentence splitting): 。 ! ? ; or a line break
SENTENCE_END = re.compile(r"[。!?;\n]")
#: a clause end (for context windows): 。 , ; ! ? or a line break
CLAUSE_END = re.compile(r"[。,;!?\n]")

# ---------------------------------------------------------------------------------------------------------------------
# Signatures and seals (signatures.py)
# ---------------------------------------------------------------------------------------------------------------------
_SIGNERS = (
    "被询问人", "被检查人", "被调查人", "当事人", "受送达人", "签收人", "收件人", "代收人", "执法人员", "检查人",
    "询问人", "记录人", "见证人", "负责人", "承办人", "审核人", "审批人", "陪同人", "现场负责人", "法定代表人",
    "委托代理人", "送达人", "经办人", "主持人", "听证主持人", "本人",
)  # fmt: skip
#: who signs, right before a signature slot (run on the text before the slot): 被询问人 / 受送达人 / 执法人员 …
SIGNER = re.compile(rf"(?P<who>{_alternation(_SIGNERS)}) *$")
#: a signature slot: 签名: / 签字: / 签章: / 签收: / 签名(盖章): / 签名或盖章: (the signer is read by SIGNER)
SIGNATURE_LABEL = re.compile(
    r"(?:签名|签字|签章|签收)(?: *\( *(?:盖章|签章|捺印|手印|指印|签字|签名)? *\))? *(?:或盖章|并盖章|并捺印)? *:"
)
#: the closing confirmation of a 笔录: 以上笔录我已看过，与我所说相符 / 以上记录已向我宣读，属实
RECORD_CONFIRMATION = re.compile(
    r"以上[^。\n]{0,30}?(?:看过|阅读|阅看|核对|宣读|读给|念给|看了|阅)[^。\n]{0,30}?(?:相符|属实|无误|一致|异议|一样)[^。\n]{0,12}"
)

# ---------------------------------------------------------------------------------------------------------------------
# Dossier-level values (case.py)
# ---------------------------------------------------------------------------------------------------------------------
#: a document that a 送达回证 names, other than the decision (run on compacted normalised text): 告知书 / 通知书 /
#: 责令改正 / 笔录 / another 决定书 — such a receipt never dates the decision's service
SERVED_DOCUMENT = re.compile(r"告知书|通知书|责令|笔录|决定书|意见书|审批表|登记表|清单|回执")
#: words that say a document was made (not served): 作出 / 制作 / 下达 / 制发 / 出具 / 签发
DOCUMENT_MADE = re.compile(r"作出|制作|下达|制发|出具|签发")
#: a clause end in raw page text: ，。；！？ in either width
CLAUSE_STOP = re.compile(r"[。，,；;！!？?]")
#: a 目录 row whose title cell was not read (OCR lost it): 序号, then only a date and page numbers: "4 2024年4月19日 45"
TOC_UNTITLED_ROW = re.compile(
    r"(?m)^[ \t\u3000]*\d{1,3}[ \t\u3000]+(?:\d{4} *年 *\d{1,2} *月 *\d{1,2} *日)?[ \t\u3000\d\-]*$"
)
#: the start of a 卷内目录 row in raw page text: its 序号 at the start of a line ("17 行政处罚决定书 …", OCR:
#: "17行政…"); not the wrapped tail of a 文号 ("240号") or a date
TOC_ROW_START = re.compile(
    r"(?m)^[ \t\u3000]*\d{1,3}(?:[ \t\u3000]+(?=\S)|[.、．](?!\d)|(?=[\u4e00-\u9fff《])(?![号年月日页份件个条款项元]))"
)

# ---------------------------------------------------------------------------------------------------------------------
# Wording linter (checklists/wording/). Run on the linter's flat text (line breaks inside CJK runs removed) or, where
# a comment says so, on its normalised copy; tables in tests/extractors/test_wording_patterns.py.
# ---------------------------------------------------------------------------------------------------------------------
#: a quotation in Chinese quotation marks (evidence, someone's words): “…” 「…」 『…』 (raw text)
LINT_QUOTATION = re.compile(r"“[^“”\n]{1,300}”|「[^「」\n]{1,300}」|『[^『』\n]{1,300}』")
#: a person named right after a role word in prose: 法定代表人张三， / 被询问人李某某、 / 委托代理人：王五 (raw text)
LINT_PERSON_AFTER_ROLE = re.compile(
    r"(?:法定代表人|法人代表|负责人|经营者|投资人|被询问人|被检查人|委托代理人|代理人|证人|见证人|记录人|执法人员|承办人"
    r"|审核人|签收人|送达人|代收人|当事人|股东|员工|店员|职工|工作人员|主持人|听证员|申请人|举报人|投诉人)"
    rf"[:：]? *(?P<name>[{_HAN}]{{1,2}}(?:某某|[*×xX]{{1,2}})|[{_HAN}]{{2,3}}(?:·[{_HAN}]{{1,6}})?)"
    r"(?=[，,、。；;：:（(）)\s]|$|等|系|是|为|于|在|到|向|对|称|说|陈述|表示|签|未|已|因|出示|出具|接受|陪同|确认|同意"
    r"|承认|介绍|负责|提供|提交|持|携|均|也|就|将|和|与|及)"
)
#: a date with a two-digit year: 24年3月5日 (normalised text)
LINT_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d〇零一二三四五六七八九年])(?P<y>\d{2}) *年 *(?P<m>\d{1,2}) *月 *(?P<d>\d{1,2}) *日"
)
#: a date that mixes Arabic and Chinese numerals: 2024年三月五日 / 二〇二四年3月5日 / 3月五日 (normalised text)
LINT_MIXED_DATE = re.compile(
    r"(?:19|20)\d{2} *年 *[一二三四五六七八九十]{1,3} *月(?: *[一二三四五六七八九十\d]{1,3} *日)?"
    r"|[〇零一二三四五六七八九]{4} *年 *\d{1,2} *月(?: *[一二三四五六七八九十\d]{1,3} *日)?"
    r"|(?<![\d年])\d{1,2} *月 *[一二三四五六七八九十]{1,3} *日"
)
#: a 笔录 time field and its value up to the line end: 询问时间: 2024年5月9日14时15分至15时15分 (normalised text)
LINT_RECORD_TIME = re.compile(
    rf"(?P<label>(?:询问|检查|勘验|勘查|调查|听证|讨论|会议|笔录)(?:起止)?时间|(?<![{_HAN}])(?:起止)?时间) *: *"
    r"(?P<value>[^\n]*)"
)
#: an article, paragraph or item number in Arabic numerals: 第41条 / 第 2 款 / 第5项 (normalised text)
LINT_ARABIC_ARTICLE = re.compile(r"第 *(?P<num>\d{1,3}) *(?P<unit>条|款|项)")
#: a run of full-width digits (with a full-width decimal point): ２０２４ / ５０００．００ (raw text)
LINT_FULLWIDTH_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
#: an Arabic number with a Chinese 千 / 百 unit before a measure word: 5千元 / 3百余件 (normalised text)
LINT_DIGIT_CN_UNIT = re.compile(
    r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<unit>[千百])(?=元|余|多|人|件|个|只|箱|瓶|份|次|台|吨|盒|包|袋|张|户|家|株|头|条)"
)
#: digits grouped by four with commas (万 grouping): 10,0000 / 1,2000.00 (normalised text)
LINT_BAD_GROUPING = re.compile(r"(?<![\d,.])\d{1,4}(?:,\d{3})*,\d{4}(?:,\d{3,4})*(?![\d,])")
#: a blank-space marker: 以下空白 / 以下无正文 / 以下无内容 (raw text)
LINT_BLANK_MARK = re.compile(r"以下空白|以下无正文|以下无内容|以下为空白")
#: a question or answer line of a 笔录: 问： / 答: at the start of a line (raw text)
LINT_QA_LINE = re.compile(r"(?m)^[ \t\u3000]*[问答][ \t\u3000]*[:：]")
#: an organisation named in prose: a run of Han (and brackets) up to a suffix 有限公司 / 合作社 / 商行 / 厂 … (raw
#: text; the linter cuts the run after the last word that cannot be part of a name: 经查当事人 / 向 / 对 …)
LINT_ORG_NAME = re.compile(
    rf"[{_HAN}（）()]{{2,30}}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|合作社|经营部|商行|门市部|超市|大药房|药房"
    r"|药店|诊所|酒店|宾馆|饭店|餐馆|餐厅|加油站|工作室|厂)"
)

# ---------------------------------------------------------------------------------------------------------------------
# Anonymisation (review/anonymize/). Normalised text; "flat" means the normalised text with its line breaks removed
# (a name or a plate wrapped by the PDF layout joins up). Tables in tests/extractors/test_anonymize_patterns.py.
# ---------------------------------------------------------------------------------------------------------------------
#: labels whose value is one or more persons' names (data: the anonymiser reads the value and checks every name)
ANON_PERSON_LABELS = (
    "当事人", "当事人姓名", "被处罚人", "被处罚人姓名", "姓名", "被询问人", "被询问人姓名", "被检查人", "被调查人",
    "法定代表人", "法人代表", "法定代表人姓名", "负责人", "主要负责人", "现场负责人", "经营者", "经营者姓名",
    "投资人", "业主", "委托代理人", "代理人", "被委托人", "陪同人", "陪同人员", "见证人", "在场人", "在场人员",
    "证人", "翻译人员", "翻译", "记录人", "记录员", "询问人", "调查询问人", "执法人员", "检查人", "检查人员",
    "承办人", "经办人", "主办人", "协办人", "办案人员", "调查人员", "送达人", "签收人", "收件人", "代收人",
    "受送达人", "举报人", "投诉人", "申请人", "监护人", "联系人", "审核人", "审批人", "批准人", "复核人", "主持人",
    "听证主持人", "参加人员", "出席人员", "列席人员", "参会人员", "听证员", "书记员", "立卷人", "登记人", "提取人",
    "证据提供人", "抽样人", "核对人", "移交人", "接收人", "填表人", "制表人", "报告人", "值班人", "紧急联系人",
    "家属", "股东", "签名", "签字", "代收人及代收理由", "代收人及理由", "代收理由", "拍摄人", "拍照人", "摄像人",
    "证明人", "送货人", "收货人", "驾驶人", "驾驶员", "车主", "户主", "房东", "承租人", "出租人",
)  # fmt: skip
#: a person label at a field start, with optional brackets and signature words (负责人(签名) / 受送达人签名或者盖章),
#: then ":" or a table gap (a space) or the line end (the value is on the next line)
ANON_PERSON_LABEL = re.compile(
    _FIELD_START + rf"(?P<label>{_alternation(ANON_PERSON_LABELS)})(?: *\([^()\n]{{0,10}}\))?"
    r"(?: *(?:签名|签字|签章|签收|盖章|捺印))?(?: *\([^()\n]{0,8}\))?(?: *(?:或者?|并|及) *(?:盖章|签章|捺印|签名))?"
    r"(?: *\([^()\n]{0,8}\))? *(?::|(?= )|$)",
    re.MULTILINE,
)
#: a person label at the end of a longer label, colon only: 被抽样单位负责人：… / 承办机构负责人：… /
#: 受送达单位签收人：…
ANON_PERSON_LABEL_SUFFIXED = re.compile(
    _FIELD_START + rf"[{_HAN}]{{1,8}}?(?P<label>负责人|联系人|代理人|经办人|签收人|收件人|见证人|陪同人|代收人|在场人)"
    r"(?: *\([^()\n]{0,10}\))?(?: *(?:签名|签字))? *:"
)
#: where the names of a label's value are split: 、 , ; / spaces, or 和 / 及 / 与 between two names of 2+ characters
ANON_NAME_SPLIT = re.compile(rf"[、,;/ ]+|(?<=[{_HAN}]{{2}})[和及与](?=[{_HAN}]{{2}})")
#: a bracketed remark after a name, or a bracket left open at the end of a value: (经营者) / (执法证号:川成执字第
ANON_BRACKET = re.compile(r"\([^()]*\)|\([^()]*$")
#: the rest of a name wrapped onto the next line of a label's value: "…、秦家" + "俊（法制股负责人）"
ANON_NAME_WRAP = re.compile(rf"^(?P<tail>[{_HAN}]{{1,2}})(?=[(、,;]| |$)")
#: a name given in a 笔录 answer (flat): 我叫张三 / 他叫李四 / …的妻子，叫王五 / 本人王五 / 我是肖晓东,… — the name is
#: the start of the run
ANON_SELF_NAME = re.compile(
    rf"(?:(?<=[我他她,])叫|我的名字叫|我名叫|名叫|叫做|本人叫|本人系|本人是|本人|我是)(?P<run>[{_HAN}]{{2,4}})"
)
#: a name right before a word of kinship or work (flat): 张三的妻子 / 我是李四的员工 — the name is the end of the run
ANON_KIN_NAME = re.compile(
    rf"(?P<run>[{_HAN}]{{2,5}})(?=的(?:妻子|丈夫|老婆|老公|爱人|儿子|女儿|父亲|母亲|爸爸|妈妈|哥哥|姐姐|弟弟|妹妹|孙子"
    r"|孙女|侄子|外甥|亲戚|朋友|同学|同事|邻居|员工|雇员|店员|工人|司机|会计|合伙人|代理人|监护人|家属|老板|女婿|儿媳))"
)
#: a name asked about in a 笔录 question (flat): 王五是你什么人 / 李四和你是什么关系 — the name is the end of the run
ANON_ASKED_NAME = re.compile(
    rf"(?P<run>[{_HAN}]{{2,5}})(?=是你(?:们)?[{_HAN}]{{0,4}}?的?什么人|(?:和|与|跟)你(?:是)?什么关系|是不是你的)"
)
#: a name after "you and …" in a 笔录 (flat): 你与王五是什么关系 / 你和李四认识吗 — the name is the start of the run
ANON_WITH_NAME = re.compile(rf"(?:你与|你和|你跟|你同)(?P<run>[{_HAN}]{{2,4}})")
#: a name asked about after 对 / 向 (flat): 对黎飞进行了询问 / 向王五询问 — the name is the start of the run
ANON_ASKED_PERSON = re.compile(
    rf"(?:对|向)(?P<run>[{_HAN}]{{2,4}}?)(?=(?:进行了?|作了?|做了?)(?:询问|问询|调查询问|谈话|约谈)|询问|了解情况)"
)
#: a role word in prose (no colon: labels are read per line) followed by one or more names (flat): 执法人员金健、龙静向…
#: / 证人李四称 / 经营者肖晓东出示
ANON_ROLE_NAMES = re.compile(
    r"(?<![被受])(?:法定代表人|法人代表|现场负责人|负责人|经营者|投资人|业主|股东|员工|店员|职工|雇员|工作人员|厨师|收银员|服务员"
    r"|被处罚人|违法行为人"
    r"|店长|经理|厂长|老板|会计|出纳|司机|保安|证人|见证人|举报人|投诉人|申请人|监护人|委托代理人|代理人|被询问人"
    r"|从业人员|营业员|销售员|业务员|操作员|操作人员|作业人员|技术人员|管理人员|安全员|质检员|保管员|仓管员|学徒"
    r"|老公|老婆|哥哥|姐姐|弟弟|妹妹|爸爸|妈妈|表哥|表姐|表弟|表妹|堂哥|堂弟|舅舅|叔叔|姑姑|岳父|岳母|女婿|儿媳|侄子|外甥"
    r"|被检查人|当事人|执法人员|承办人|记录人|询问人|送达人|签收人|代收人|主持人|审核人|妻子|丈夫|爱人|儿子|女儿|父亲"
    r"|母亲|朋友|同事|邻居|亲属|家属|合伙人|顾客|消费者|租户|房东|车主|驾驶员|驾驶人)"
    rf"(?= *(?P<run>[{_HAN}]{{2,4}}))"
)
#: what may follow a name in prose (matched at the position after it; the end of the text may too): punctuation, or a
#: verb / particle that starts the rest of the sentence — 系 / 是 / 向 / 称 / 出示 / 签字 / 同意 …
ANON_NAME_FOLLOW = re.compile(
    r"[\s,;:.!?()、“”\"'。]|系|是|为|于|在|到|向|对|称|说|讲|等|和|与|及|均|也|就|将|已|未|因|的|同意|签|出示|持|携"
    r"|陪同|确认|承认|介绍|负责|提供|提交|接受|表示|现|今|自|家|住|男|女|汇报|作|进行|担任|主持|反映|陈述|请|拒|不|没|正在|刚才|仍"
    r"|又|再|并|还|都|一|把|被|让|给|从|去|来|打|先|后|带|拿|收|卖|买|开|经|以|按|所|会|要|能|可|应|曾|送|叫|问|做|管|看"
    r"|找|接|交|付|转|借|租|那里|这里|反馈|核实|联系|签收|领取|缴纳|补充|说明|认为|要求|申请|提出"
)
#: a speaker line of minutes (a 集体讨论 / 听证 record): "谢红梅：同意承办机构的意见" — a name, then ":"
ANON_SPEAKER = re.compile(rf"^ *(?P<name>[{_HAN}]{{2,4}}) *:(?=.)", re.MULTILINE)
#: an organisation or a shop named in prose (flat): a run up to the word of its form; the anonymiser cuts the start
#: at the region (成都市双流区…) or after the last function word (当事人从…)
ANON_ORG_PROSE = re.compile(
    rf"[{_HAN}A-Za-z0-9()]{{2,40}}?(?:有限责任公司|股份有限公司|有限公司|分公司|公司|专业合作社|合作社|联合社|经营部"
    r"|门市部|商行|商店|商场|超市|便利店|大药房|药房|药店|诊所|门诊部|酒店|宾馆|饭店|餐馆|餐厅|酒楼|食府|小吃店"
    r"|火锅店|面馆|茶楼|茶馆|加油站|回收站|回收点|工作室|网吧|网咖|KTV|歌厅|会所|足浴店|美容院|美发店|理发店|养殖场"
    r"|种植场|加工厂|厂|店|馆)(?![路街道巷弄村镇乡])"
)
#: the words that end a company or shop name (the form kept in a pseudonym), on a name's end
ANON_ORG_FORM = re.compile(
    r"(?:有限责任公司|股份有限公司|有限公司|分公司|公司|专业合作社|合作社|联合社|经营部|门市部|商行|商店|商场|超市"
    r"|便利店|大药房|药房|药店|诊所|门诊部|酒店|宾馆|饭店|餐馆|餐厅|酒楼|食府|小吃店|火锅店|面馆|茶楼|茶馆|加油站"
    r"|回收站|回收点|工作室|网吧|网咖|KTV|歌厅|会所|足浴店|美容院|美发店|理发店|养殖场|种植场|加工厂|厂|店|馆|部|行|坊"
    r"|站|中心|集团)(?:\([^()]{0,12}\))?$"
)
#: the last function word before a name in a prose run (当事人从… / 卖给… / 这家…): the name starts after it
ANON_ORG_LEAD = re.compile(
    r"^.*(?:\d+ *号|的|了|在|从|向|对|与|给|到|把|将|被|由|于|为|是|系|称|即|等|其|该|本|这|那|此|各|每|几家"
    r"|一家|这家|那家|们|和|及|自|往|至|入|经查|经|发现|当事人|名称|类型|单位|全称)"
)
#: the end of a 文号 or of a bracket inside a prose run before a name (…责改(2025)252号西安市…): the name starts after
ANON_ORG_CUT = re.compile(r"^.*(?:\d+ *号|\))")
#: a public body: a place or an organisation that names one is no private party (本局询问室 / 人民法院)
ANON_PUBLIC_BODY = re.compile(
    r"局|人民政府|政府|法院|检察院|派出所|委员会|管委会|办事处|大队|中队|支队|执法|监督所|监测站|监测中心|税务|海关"
)
#: address labels (data)
ANON_ADDRESS_LABELS = (
    "住址", "住所", "地址", "住所地", "经营场所", "经营地址", "营业场所", "联系地址", "通讯地址", "家庭住址", "现住址",
    "现住所", "户籍地址", "户籍所在地", "户籍地", "注册地址", "单位地址", "送达地点", "送达地址", "检查地点",
    "询问地点", "调查地点", "现场地点", "案发地点", "发生地点", "违法地点", "地点", "生产经营场所", "收件地址",
    "邮寄地址", "住处",
)  # fmt: skip
#: an address label at a field start, with an optional bracket (住所(住址)), then ":" or a table gap
ANON_ADDRESS_LABEL = re.compile(
    _FIELD_START + rf"(?P<label>{_alternation(ANON_ADDRESS_LABELS)})(?: *\([^()\n]{{0,8}}\))? *(?::|(?= ))"
)
#: an address in prose (flat): …路 / 街 / 村 … then a number with 号 / 组 / 室 …, more numbered parts after it
ANON_ADDRESS_PROSE = re.compile(
    rf"[{_HAN}0-9A-Za-z\-]{{0,30}}?(?:路|街|大道|巷|弄|胡同|村|社区|镇|乡)[{_HAN}0-9A-Za-z\-]{{0,30}}?"
    r"(?:\d+|[一二三四五六七八九十百零〇]+) *(?:号|组|室|栋|幢|单元)"
    r"(?:(?:附|之|-)? *[0-9一二三四五六七八九十]+ *(?:号|室|栋|幢|单元|楼|层|组))*"
)
#: words before an address in prose (住… / 位于… / 在…): a prose address without a region starts after the last one
ANON_ADDRESS_LEAD = re.compile(r"^.*(?:住址为|住址|住所地|住所|家住|居住|现住|住|位于|地址为|地址|在|于|至|到|往)")
#: one part of an address below the county: a name or a number and its unit (长城 路 / 一 段 / 206 号 / 3 单元)
ANON_ADDRESS_UNIT = re.compile(
    r"(?P<body>.*?)(?P<unit>街道|大道|大街|路|街|道|巷|弄|胡同|社区|村|组|镇|乡|小区|花园|大厦|广场|工业园|园区|号院|号楼"
    r"|号|栋|幢|单元|室|楼|层|附|段|期)"
)
#: a resident ID number: 6-digit region, a birth date, 3 digits and a check character; or the 15-digit old form
ANON_ID_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9A-Za-z])"
    r"|(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])"
)
#: a 统一社会信用代码 (GB 32100 shape: authority and type, 6-digit region, 10 more characters)
ANON_CREDIT_CODE = re.compile(r"(?<![0-9A-Za-z])[1-9ANY][1-9A-Z]\d{6}[0-9A-Z]{10}(?![0-9A-Za-z])")
#: a mobile number, maybe grouped 3-4-4 by spaces or dashes, maybe after +86
ANON_MOBILE = re.compile(r"(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9A-Za-z])")
#: a landline number: area code with a dash or in brackets, 7–8 digits, maybe an extension
ANON_LANDLINE = re.compile(r"(?<![0-9A-Za-z])(?:\(0\d{2,3}\) ?|0\d{2,3}-)[2-9]\d{6,7}(?:-\d{1,5})?(?![0-9A-Za-z])")
#: a phone number after its label (a number without an area code: 联系电话：85123456)
ANON_PHONE_LABELED = re.compile(
    r"(?:联系电话|电话号码|电话|手机号码|手机号|手机|联系方式|传真)(?: *\([^()\n]{0,6}\))? *:? *"
    r"(?P<value>(?:0\d{2,3}-)?\d{7,12})(?!\d)"
)
#: a vehicle plate (flat): province character, city letter, an optional dot, 5–6 letters and digits
ANON_PLATE = re.compile(
    r"(?<![A-Za-z0-9])[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵黔粤青藏川蜀宁琼][A-HJ-NP-Z] ?[·•.]? ?"
    r"(?=[A-HJ-NP-Z]{0,5}\d)[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳](?![A-Za-z0-9])"
)
#: a bank account after its label (flat): 账号 / 银行账号 / 卡号 / 账户 … then 10–25 digits, maybe grouped
ANON_BANK_ACCOUNT = re.compile(
    r"(?:账号|帐号|账户|帐户|卡号|银行卡)(?: *\([^()\n]{0,8}\))? *(?::|为|是)? *(?P<value>\d(?:[ -]?\d){9,24})(?!\d)"
)
#: a word after which 执法证 numbers follow (flat): 执法证号 / 执法证件号码 / 证号 / 证件编号
ANON_CERT_CUE = re.compile(
    r"(?:(?:行政)?执法(?:证件|证|资格证)(?:号码|编号|号)?|证件号码|证件号|证号|证件编号|许可证(?:编号|号码|号))"
    r" *(?:分别为|分别是|依次为|为|是)? *:? *"
)
#: what may stand between two 执法证号 of a list: 、 / , / 和 / 及 / spaces
ANON_CERT_GAP = re.compile(r" *(?:[、,]|和|及) *| +")
#: an e-mail address
ANON_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
#: an instant-messaging account after its label: 微信号：abc_123 / QQ：12345678
ANON_IM_ACCOUNT = re.compile(r"(?:微信号?|QQ号?)(?: *(?::|为|是) *)(?P<value>[A-Za-z0-9_-]{5,30})", re.IGNORECASE)
#: separators inside a code, phone or plate, dropped to compare values: 151-4021-0640 / 川A·4NNSA / (028)85123456
ANON_CODE_SEPARATOR = re.compile(r"[\s\-()·•.]")
#: what stands between two names of a list in prose (flat): 、 / 和 / 及 / 与
ANON_LIST_COMMA = re.compile(r" *(?:、|和|及|与) *")
#: a remark in brackets right after a name in prose (flat): 李正（执法证号：HN12345678）、王政…
ANON_NAME_REMARK = re.compile(r" *\([^()\n]{0,40}\)")


def anon_value(value: str, *, code: bool) -> re.Pattern[str]:
    """A learned value found again however it is spaced (run on normalised text): 肖晓东 also matches "肖 晓东" and a
    line break inside ("肖晓\\n东"); a code (``code``) also matches with dashes, dots or brackets between its characters
    and not inside a longer run of letters and digits (15140210640 matches "151-4021-0640", not "215140210640")."""
    gap = r"[\s\-()·•.]*" if code else r"\s*"
    body = gap.join(re.escape(ch) for ch in value)
    if code:
        body = r"(?<![0-9A-Za-z])" + body + r"(?![0-9A-Za-z])"
    return re.compile(body, re.IGNORECASE if code else 0)
