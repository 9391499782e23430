"""Format checks on messy, realistic text: full-width digits, 〔〕[]() 文号, 二〇二四年 dates, 大写 amounts, citations,
笔录 times, template residue and blanks."""

from __future__ import annotations

import pytest

from checklists.wording.linter import lint_text


def _codes(text: str, doc_type: str | None = None) -> list[str]:
    return [d.code for d in lint_text(text, doc_type)]


def _fix(text: str, code: str, doc_type: str | None = None) -> list[tuple[str, str | None]]:
    return [(d.quote, d.suggestion) for d in lint_text(text, doc_type) if d.code == code]


# -- 文号 and names are protected from punctuation and number rules -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "文号：(津保)应急罚[2023]k-39号",
        "湘攸交处罚〔2025〕092(非)号",
        "吉林(技服)林罚决字〔2023〕第99号",
        "案号：(2019)遵综执04字第63号",
        "行政处罚决定书文号：湘株醴应急罚〔2023〕125 号",
        "当事人于2024年5月24日收到你局《行政处罚告知书》（(川成双)应急罚告〔2024〕第177号）。",
    ],
)
def test_case_numbers_raise_nothing(text: str) -> None:
    assert _codes(text) == []


def test_fullwidth_digits_are_fixed_but_dates_in_them_are_read() -> None:
    diags = lint_text("当事人于２０２４年３月５日开始经营，罚款人民币５０００元。")
    assert [d.code for d in diags] == ["W401"] * 4
    assert [d.suggestion for d in diags] == ["2024", "3", "5", "5000"]


# -- dates ------------------------------------------------------------------------------------------------------------
def test_date_forms() -> None:
    assert _fix("当事人于2023.5.3开始销售。", "W501") == [("2023.5.3", "2023年5月3日")]
    assert _fix("送达日期：2024-06-06", "W501") == [("2024-06-06", "2024年6月6日")]
    assert _fix("2024年03月05日", "W503") == [("2024年03月05日", "2024年3月5日")]
    assert _fix("自23年10月8日起", "W504") == [("23年10月8日", "2023年10月8日")]
    assert _fix("二零二四年三月二十日", "W505") == [("二零二四", "二〇二四")]
    assert _fix("二O二四年三月二十日", "W505") == [("二O二四", "二〇二四")]
    assert _codes("二〇二四年三月二十日") == []
    assert _codes("本局于2024年2月29日立案。") == []
    assert "W502" in _codes("本局于2023年2月29日立案。")
    assert "W502" in _codes("本局于二〇二三年二月三十日立案。")


def test_record_times_to_the_minute() -> None:
    assert _codes("询问时间：2024年5月9日14时15分至15时15分") == []
    assert _codes("询问时间：2024年5月9日09:10至09:55") == []
    assert _codes("询问时间：2024年5月9日14时至15时") == ["W507"]
    assert _codes("检查时间：2024年4月22日上午") == ["W507"]
    assert _codes("时间：2024年5月17日下午3时至5时", "集体讨论记录") == ["W507"]
    assert _codes("时间：2024年5月17日下午3时至5时") == []  # a bare 时间 field outside a 笔录


# -- amounts ----------------------------------------------------------------------------------------------------------
def test_amounts() -> None:
    assert _codes("罚款人民币伍仟元整（¥5,000.00）。") == []
    assert _codes("罚款人民币100,000元（大写：人民币壹拾万元整）。") == []
    assert _codes("罚款人民币伍仟元整（¥500.00）。") == ["W601"]
    assert _fix("罚款人民币叁万元（¥30000.00）。", "W602") == [("人民币叁万元", "人民币叁万元整")]
    assert _fix("决定处以罚款壹万元整。", "W603") == [("壹万元整", "人民币壹万元整")]
    assert _fix("决定处以罚款五千元。", "W604") == [("五千元", "人民币伍仟元整")]
    assert _fix("罚款人民币壹万五千元整", "W605") == [("人民币壹万五千元整", "人民币壹万伍仟元整")]
    assert _codes("依据上述规定，可处五千元以上五万元以下罚款。") == []  # a statutory range
    assert _codes("注册资本 壹佰万元", "主体资格/其他证据") == []  # a licence copy


# -- citations --------------------------------------------------------------------------------------------------------
def test_citations() -> None:
    short = [("《食品安全法》", "《中华人民共和国食品安全法》")]
    assert _fix("违反了《食品安全法》第三十四条的规定。", "W702") == short
    full_then_short = (
        "违反了《中华人民共和国食品安全法》（以下简称《食品安全法》）第三十四条，依据《食品安全法》第一百二十四条"
    )
    assert _codes(full_then_short) == []
    assert _fix("违反了《中华人民共和国消防法》第16条第1款第2项的规定。", "W703") == [
        ("第16条", "第十六条"),
        ("第1款", "第一款"),
        ("第2项", "第（二）项"),
    ]
    assert _fix("依据中华人民共和国食品安全法第一百二十四条", "W701") == [
        ("中华人民共和国食品安全法", "《中华人民共和国食品安全法》")
    ]
    assert _codes("依据《四川省安全生产条例》第五十九条的规定") == []
    assert _codes("依据《中华人民共和国大气污染防治法》第一百零八条第(五)项的规定") == []


def test_stale_articles_only_in_their_context() -> None:
    assert "W706" in _codes("根据《中华人民共和国行政处罚法》第三十一条的规定，你单位享有陈述、申辩的权利。")
    assert _codes("依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，对当事人从轻处罚。") == []
    assert "W711" in _codes("根据《中华人民共和国行政复议法》第九条的规定，可以在六十日内申请行政复议。")


# -- punctuation ------------------------------------------------------------------------------------------------------
def test_punctuation_in_chinese_text_only() -> None:
    assert _fix("经查,当事人未取得许可。", "W301") == [(",", "，")]
    assert _codes("罚款人民币5,000元") == []
    assert _codes("询问时间：2024年5月9日9:10至9:55") == []
    assert _fix("营业执照（副本)复印件", "W307") == [("（副本)", "（副本）")]
    assert _codes("营业执照（副本）复印件") == []


# -- template residue and blanks -------------------------------------------------------------------------------------
def test_template_residue_even_in_a_name_slot() -> None:
    assert _codes("当事人：【请填写当事人名称】") == ["W804"]
    assert _codes("被询问人签名：__________") == ["W802"]
    assert _codes("可以向××市人民政府申请行政复议。") == ["W801"]
    assert _codes("被询问人：张××") == []  # a masked name
    assert _codes("统一社会信用代码：91430281691828xxxx") == []
    assert _codes("是否要求听证：☑要求 □不要求") == []


def test_blank_checks_on_records() -> None:
    record = "问：你还有什么要补充的吗？\n答：没有了。\n（以下空白）\n被询问人签名：李国强"
    assert _codes(record, "询问笔录") == []
    assert _codes(record.replace("（以下空白）\n", ""), "询问笔录") == ["W901"]
    assert _codes("问：还有补充吗？\n（以下空白）\n答：没有了。", "询问笔录") == ["W902"]
    assert _codes(record.replace("（以下空白）\n", "")) == []  # not a 笔录
