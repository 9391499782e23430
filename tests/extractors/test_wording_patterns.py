"""Match / no-match tables for the "Wording linter" section of extractors/patterns.py.

Patterns documented as running on normalised text see ``normalize(sample)``, so samples are written as documents
write them (full-width colons and digits).
"""

from __future__ import annotations

import re

import pytest

from extractors import patterns as P
from extractors.normalize import normalize

#: patterns that run on the linter's normalised text
NORMALISED = {
    P.LINT_SHORT_YEAR_DATE,
    P.LINT_MIXED_DATE,
    P.LINT_RECORD_TIME,
    P.LINT_ARABIC_ARTICLE,
    P.LINT_DIGIT_CN_UNIT,
    P.LINT_BAD_GROUPING,
}

MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.LINT_QUOTATION, "当事人称：“当时人太多，没注意到。”"),
    (P.LINT_QUOTATION, "标注「纯粮酿造」字样"),
    (P.LINT_QUOTATION, "『有机』"),
    (P.LINT_PERSON_AFTER_ROLE, "当事人的法定代表人石思琪到场"),
    (P.LINT_PERSON_AFTER_ROLE, "被询问人：王申辨"),
    (P.LINT_PERSON_AFTER_ROLE, "执法人员李正、王政于当日"),
    (P.LINT_PERSON_AFTER_ROLE, "委托代理人黄某某，"),
    (P.LINT_PERSON_AFTER_ROLE, "签收人：申辨林（员工）"),
    (P.LINT_SHORT_YEAR_DATE, "当事人自23年10月8日起"),
    (P.LINT_SHORT_YEAR_DATE, "２４年３月５日"),
    (P.LINT_MIXED_DATE, "2024年三月五日"),
    (P.LINT_MIXED_DATE, "二〇二四年3月5日"),
    (P.LINT_MIXED_DATE, "于3月五日送达"),
    (P.LINT_RECORD_TIME, "询问时间：2024年5月9日14时至15时"),
    (P.LINT_RECORD_TIME, "检查起止时间:2024年4月22日上午"),
    (P.LINT_RECORD_TIME, "时间：2024年5月17日9时30分至10时40分"),
    (P.LINT_ARABIC_ARTICLE, "第34条第1款第5项"),
    (P.LINT_ARABIC_ARTICLE, "第 41 条"),
    (P.LINT_ARABIC_ARTICLE, "第３４条"),
    (P.LINT_FULLWIDTH_DIGITS, "罚款５０００元"),
    (P.LINT_FULLWIDTH_DIGITS, "５０００．００"),
    (P.LINT_DIGIT_CN_UNIT, "共计销售5千元"),
    (P.LINT_DIGIT_CN_UNIT, "涉案产品3百余件"),
    (P.LINT_DIGIT_CN_UNIT, "1.5千元"),
    (P.LINT_BAD_GROUPING, "货值金额10,0000元"),
    (P.LINT_BAD_GROUPING, "1,2000.00元"),
    (P.LINT_BLANK_MARK, "（以下空白）"),
    (P.LINT_BLANK_MARK, "以下无正文"),
    (P.LINT_QA_LINE, "问：你是否申请回避？"),
    (P.LINT_QA_LINE, "（以下空白）\n答: 没有了"),
    (P.LINT_ORG_NAME, "经查，成都当时人文化传媒有限公司于2024年"),
    (P.LINT_ORG_NAME, "醴陵市某某花炮厂"),
    (P.LINT_ORG_NAME, "遵义市红花岗区百味食品经营部"),
]

NO_MATCH: list[tuple[re.Pattern[str], str]] = [
    (P.LINT_QUOTATION, '标注"纯粮酿造"字样'),
    (P.LINT_QUOTATION, "《中华人民共和国行政处罚法》"),
    (P.LINT_PERSON_AFTER_ROLE, "当事人未建立事故隐患排查治理制度"),
    (P.LINT_PERSON_AFTER_ROLE, "法定代表人身份证复印件"),
    (P.LINT_SHORT_YEAR_DATE, "2024年3月5日"),
    (P.LINT_SHORT_YEAR_DATE, "二〇二四年三月五日"),
    (P.LINT_MIXED_DATE, "2024年3月5日"),
    (P.LINT_MIXED_DATE, "二〇二四年三月五日"),
    (P.LINT_RECORD_TIME, "送达时间：2024年5月24日12时50分"),
    (P.LINT_RECORD_TIME, "时间紧迫"),
    (P.LINT_ARABIC_ARTICLE, "第四十一条第二款"),
    (P.LINT_ARABIC_ARTICLE, "第3日"),
    (P.LINT_FULLWIDTH_DIGITS, "罚款5000元"),
    (P.LINT_FULLWIDTH_DIGITS, "二〇二四年"),
    (P.LINT_DIGIT_CN_UNIT, "重5千克"),
    (P.LINT_DIGIT_CN_UNIT, "违法所得1.2万元"),
    (P.LINT_DIGIT_CN_UNIT, "五千元"),
    (P.LINT_BAD_GROUPING, "100,000元"),
    (P.LINT_BAD_GROUPING, "10000元"),
    (P.LINT_BAD_GROUPING, "1,234,567.89"),
    (P.LINT_BLANK_MARK, "空白处已划斜线"),
    (P.LINT_QA_LINE, "询问人：曹勇"),
    (P.LINT_QA_LINE, "答复如下：同意"),
    (P.LINT_ORG_NAME, "当事人未建立进货台账"),
    (P.LINT_ORG_NAME, "本局"),
]


def _prepare(pattern: re.Pattern[str], text: str) -> str:
    return normalize(text) if pattern in NORMALISED else text


@pytest.mark.parametrize(("pattern", "text"), MATCH, ids=[f"{p.pattern[:16]}|{t}" for p, t in MATCH])
def test_match(pattern: re.Pattern[str], text: str) -> None:
    assert pattern.search(_prepare(pattern, text))


@pytest.mark.parametrize(("pattern", "text"), NO_MATCH, ids=[f"{p.pattern[:16]}|{t}" for p, t in NO_MATCH])
def test_no_match(pattern: re.Pattern[str], text: str) -> None:
    assert not pattern.search(_prepare(pattern, text))


def test_every_wording_pattern_has_both_sides() -> None:
    wording = {name for name, v in vars(P).items() if isinstance(v, re.Pattern) and name.startswith("LINT_")}
    matched = {name for name, v in vars(P).items() if any(v is p for p, _ in MATCH)}
    unmatched = {name for name, v in vars(P).items() if any(v is p for p, _ in NO_MATCH)}
    assert wording == matched == unmatched


def test_person_after_role_takes_the_name_only() -> None:
    m = P.LINT_PERSON_AFTER_ROLE.search("执法人员向当事人法人代表周晓梅出示了执法证件")
    assert m is not None and m.group("name") == "周晓梅"


def test_record_time_value_runs_to_the_line_end() -> None:
    m = P.LINT_RECORD_TIME.search(normalize("询问时间：2024年5月9日14时至15时\n询问地点：询问室"))
    assert m is not None and m.group("value") == "2024年5月9日14时至15时"
