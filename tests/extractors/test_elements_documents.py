"""extract_document end to end on whole documents shaped like real published ones (web copies included)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.elements import EXTRACTORS, extract_document
from extractors.model import DocType, Element, ElementKind, LawRef, Money, Officer, Party, PartyType, Remedy, TimeSpan
from tests.extractors.conftest import doc_text

K = ElementKind

HUNAN_WEB = """\
当前位置：首页 > 政务公开 > 行政执法公示 > 行政处罚
醴陵市应急管理局行政处罚决定书（（湘株醴）应急罚〔2023〕125 号）
发布时间：2023-07-28 10:21    来源：醴陵市应急管理局    浏览次数：256
【字体：大 中 小】
醴陵市应急管理局
行政处罚决定书
（湘株醴）应急罚〔2023〕125 号
被处罚单位：醴陵市某某花炮厂
统一社会信用代码：91430281691828xxxx
地    址：醴陵市某某镇某某村
法 定 代 表 人：陶**    职务：厂长
违法事实、证据和违反的法律法规：2023年6月5日，我局执法人员在对你单位进行执法检查时发现：你单位1号工房超员超量生产。
以上事实有现场检查记录、询问笔录、现场照片等证据证实。
上述行为违反了《中华人民共和国安全生产法》第四十一条第二款和《烟花爆竹安全管理条例》第十五条的规定。
2023年7月10日，我局向你单位送达了《行政处罚告知书》（（湘株醴）应急告〔2023〕125号），告知你单位拟作出行政处罚的事实、理由、依据及你单位依法享有的陈述、申辩的权利。你单位在法定期限内未提出陈述、申辩。
依据《中华人民共和国安全生产法》第一百零二条第一项的规定，我局决定给予你单位如下行政处罚：罚款人民币贰万元整（¥20000.00）。
罚款限于收到本决定书之日起十五日内缴至醴陵市财政局非税收入专户。到期不缴纳罚款的，本机关可以每日按罚款数额的3%加处罚款。
如不服本处罚决定，可在收到本决定书之日起六十日内向醴陵市人民政府申请行政复议，或者在六个月内依法向醴陵市人民法院提起行政诉讼，但本决定不停止执行。
醴陵市应急管理局
2023年7月27日
（此件公开发布）
【打印本页】【关闭窗口】
"""

CHENGDU_SHOP = """\
成都市锦江区市场监督管理局
行政处罚决定书
成锦市监罚〔２０２４〕１２号
当事人：成都市锦江区某某餐馆（个体工商户）
主体资格证照名称：营业执照
统一社会信用代码（注册号）：92510104MA6CXXXXXX
经营场所：成都市锦江区某某路１号
经营者：李*玖
身份证件号码：510104198001011234
当事人于2024年1月5日至2024年2月1日期间，在其经营场所销售超过保质期的食品。2024年2月1日，本局执法人员李四、王五（执法证号：51010021001、51010021002）对当事人经营场所进行检查，现场查获过期食品10袋，货值金额共计150元，违法所得50元。
本局于2024年2月2日立案调查。
当事人的上述行为违反了中华人民共和国食品安全法第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项、《中华人民共和国行政处罚法》第三十二条第（一）项之规定，本局决定：
一、没收违法所得50元；
二、罚款5000元（大写：伍仟元整）。
当事人应当自收到本决定书之日起十五日内将罚没款缴至指定银行。
当事人如不服本决定，可以在收到本决定书之日起60日内向成都市锦江区人民政府申请行政复议；也可以在6个月内直接向成都市锦江区人民法院提起行政诉讼。
成都市锦江区市场监督管理局
（印章）
二〇二四年三月二十日
"""

YUEYANG_ENV = """\
您当前的位置：首页 > 信息公开 > 法定主动公开内容 > 行政执法
索引号：11430600MB1234567X/2024-00123    发布机构：岳阳市生态环境局
发文日期：2024-03-05    文号：岳汨环罚决字〔2023〕020号
岳阳市生态环境局
行政处罚决定书
岳汨环罚决字〔2023〕020号
当 事 人：汨罗市某某再生资源回收有限公司
统一社会信用代码（单位）：91430681MA4L12345F
法定代表人（负责人等）：黄某某
住所（地址）：湖南省汨罗市某某镇某某村
一、环境违法事实和证据
我局于2023年11月14日对你公司进行了调查，发现你公司实施了以下环境违法行为：……
以上事实，有以下证据证明：
证据一：现场检查（勘察）笔录；证据二：调查询问笔录。
二、行政处罚的依据、种类
你公司上述行为违反了《中华人民共和国固体废物污染环境防治法》第三十六条第一款第一项、第二项的规定。依据《中华人民共和国固体废物污染环境防治法》第一百零二条第一款第（十）项、第二款，我局决定对你公司处以罚款人民币壹拾万元整（100000.00元）。
三、行政处罚决定的履行方式和期限
你公司应当于接到本处罚决定书之日起十五日内，将罚款缴至指定账户。逾期不缴纳罚款的，我局将每日按罚款数额的3%加处罚款。
四、申请复议或者提起诉讼的途径和期限
你公司如不服本处罚决定，可在收到本处罚决定书之日起60日内向岳阳市人民政府申请行政复议，也可以在收到本处罚决定书之日起6个月内向汨罗市人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。
岳阳市生态环境局
2023年12月20日
"""

ZHUZHOU_PERSON = """\
株洲市交通运输局
行政处罚决定书
株交处罚〔2025〕LK010号
当事人（个人）：
姓名：申XX    性别：男    民族：汉族
身份证件号码：430202198501******
住址：湖南省株洲市荷塘区某某小区
联系电话：138****5678
当事人申XX于2025年1月3日驾驶湘B12345号货车从事道路货物运输，经检测超限15.5%。以上事实有车辆检测单、现场照片、询问笔录等证据证实。
当事人的行为违反了《公路安全保护条例》第三十三条第一款之规定，依据《公路安全保护条例》第六十四条、《湖南省治理公路超限运输条例》三十九条的规定，决定给予当事人罚款人民币伍佰元整（¥500）的行政处罚。
当事人必须在收到本决定书之日起15日内持本决定书到指定银行缴纳罚款。逾期不缴纳罚款的，每日按罚款数额的3%加处罚款。
当事人对本决定不服的，可以在收到本决定书之日起六十日内依法向株洲市人民政府申请行政复议，或者在六个月内依法向株洲市荷塘区人民法院提起行政诉讼。
执法人员：刘某（执法证号：43020012345）  陈某某（执法证号：43020012346）
株洲市交通运输局
二〇二五年一月十日
"""

NOTICE = """\
成都市锦江区市场监督管理局
行政处罚告知书
成锦市监罚告〔2024〕12号
成都某某商贸有限公司：
    本局于2024年2月1日对你单位进行检查，发现你单位销售超过保质期的食品。你单位的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局拟对你单位作出如下行政处罚：1.警告；2.罚款人民币伍仟元整。
    根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可在收到本告知书之日起五个工作日内向本局提出陈述、申辩，逾期未提出的，视为放弃上述权利。
成都市锦江区市场监督管理局
2024年4月10日
当事人签收：                    年    月    日
"""

INQUIRY = """\
询问笔录
时间：2024年3月5日9时10分至9时55分
地点：成都市锦江区某某路1号
询问人：李四、王五    记录人：王五
被询问人：张三    性别：男    年龄：45
身份证号码：11010519491231002X
工作单位：成都某某商贸有限公司    职务：法定代表人
联系电话：13812345678
问：我们是成都市锦江区市场监督管理局的执法人员李四、王五，执法证号分别为51010021001、51010021002，这是我们的执法证件，请过目。你是否看清楚了？
答：看清楚了。
问：你公司何时开始经营？
答：2020年3月开始经营。
以上笔录我已看过，与我所说相符。
被询问人签名：张三
2024年3月5日
"""

RECEIPT = """\
送达回证
案号：成锦市监立〔2024〕3号
送达文书名称及文号：行政处罚决定书（成锦市监罚〔2024〕12号）
受送达人：成都某某商贸有限公司
送达地点：成都市锦江区某某路1号
送达方式：直接送达
受送达人签名（盖章）：张三    2024年3月21日
送达人：李四、王五
"""

FILING = """\
立案审批表
案号：成锦市监立〔2024〕3号
案件来源：监督检查    受理时间：2024年2月1日
当事人：成都某某商贸有限公司
统一社会信用代码：91510100MA6CGUGA1W
法定代表人：张三    联系电话：028-12345678
住所：成都市锦江区某某路1号
简要案情：2024年2月1日，执法人员对当事人进行检查，发现当事人销售过期食品。
承办人意见：建议立案。    承办人：李四、王五    2024年2月1日
负责人意见：同意立案。
签名：赵六
2024年2月2日
"""


COUNTY_SUPERMARKET = """\
某某县市场监督管理局
行政处罚决定书
某县市监处罚〔2024〕第3号
当事人名称：某某县某某超市有限公司
统一社会信用代码：91431121MA4QXXXX1X
法定代表人（负责人）：陈某  身份证号：4311211980********
住所：某某县某某镇某某路18号
经查：2024年01月05日，本局执法人员在日常检查中发现当事人销售的某某牌面包已超过保质期。当事人违法所得为12元，货值金额48元。
上述事实，主要有以下证据证明：1.现场笔录；2.询问笔录；3.营业执照复印件。
当事人的上述行为，违反了《中华人民共和国食品安全法》第三十四条第（十）项之规定。根据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项、《中华人民共和国行政处罚法》第三十二条第（一）项的规定，本局决定对当事人处以警告并罚款人民币叁仟元整（3000元），没收违法所得12元。
当事人应当自收到本决定书之日起十五日内，将罚没款缴至某某银行。
如不服本决定，可在接到本决定书之日起六十日内依法申请行政复议，或六个月内直接向人民法院提起行政诉讼。
（公章）
2024年03月15日
"""

ON_THE_SPOT = """\
当场行政处罚决定书
编号：湘公交决字〔2024〕第00123号
被处罚人姓名：李*玖  性别：女  身份证号：430102199001011234
现住址：长沙市某某区某某路
违法事实：2024年5月6日10时20分，被处罚人在某某路驾驶电动自行车闯红灯。
处罚依据：依照《中华人民共和国道路交通安全法》第八十九条之规定。
处罚决定：罚款20元。
被处罚人如不服本决定，可以在收到本决定书之日起六十日内向长沙市公安局申请行政复议；或者在六个月内依法向某某区人民法院提起行政诉讼。
执法人员：张某（警号012345）
处罚地点：某某路口
执法机关（印章）
二〇二四年五月六日
"""

ALL = [
    (HUNAN_WEB, DocType.DECISION),
    (CHENGDU_SHOP, DocType.DECISION),
    (YUEYANG_ENV, DocType.DECISION),
    (ZHUZHOU_PERSON, DocType.DECISION),
    (NOTICE, DocType.NOTICE),
    (INQUIRY, DocType.INQUIRY_RECORD),
    (RECEIPT, DocType.SERVICE_RECEIPT),
    (FILING, DocType.FILING),
    (COUNTY_SUPERMARKET, DocType.DECISION),
    (ON_THE_SPOT, DocType.DECISION),
]


def run(text: str, doc_type: DocType = DocType.DECISION) -> list[Element]:
    return extract_document(doc_text(text, doc_type))


def values(els: list[Element], kind: ElementKind, role: str | None = None) -> list[object]:
    return [e.value for e in els if e.kind == kind and (role is None or e.role == role)]


def test_extractors_are_listed_explicitly() -> None:
    modules = [f.__module__.rsplit(".", 1)[-1] for f in EXTRACTORS]
    assert modules == [
        "case_numbers", "issuer", "parties", "dates", "amounts", "law_citations", "penalties", "officers", "remedies",
        "signatures",
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "doc_type"), ALL)
def test_invariants(text: str, doc_type: DocType) -> None:
    els = run(text, doc_type)
    assert els
    spans = [(e.prov.page, e.prov.span) for e in els]
    assert spans == sorted(spans)
    for e in els:
        start, end = e.prov.span
        assert text[start:end] == e.text
        assert e.doc_id == "d01"
        assert e.extractor.endswith(".v1")
        assert not isinstance(e.value, float)
        if isinstance(e.value, Money):
            assert isinstance(e.value.yuan, Decimal)
        if e.kind == K.DATE:
            assert type(e.value) is dt.date


@pytest.mark.parametrize(("text", "doc_type"), ALL)
def test_web_furniture_gives_nothing(text: str, doc_type: DocType) -> None:
    furniture = (
        "当前位置",
        "您当前的位置",
        "发布时间",
        "索引号",
        "浏览次数",
        "发布机构",
        "发文日期",
        "字体",
        "打印本页",
    )
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        if line.startswith(furniture):
            offsets.append((pos, pos + len(line)))
        pos += len(line) + 1
    for e in run(text, doc_type):
        assert not any(s <= e.prov.span[0] < t for s, t in offsets), e


def test_hunan_web_decision() -> None:
    els = run(HUNAN_WEB)
    assert set(values(els, K.CASE_NUMBER, "本文书文号")) == {"（湘株醴）应急罚〔2023〕125号"}
    assert values(els, K.CASE_NUMBER, "引用文号") == ["（湘株醴）应急告〔2023〕125号"]
    assert values(els, K.PARTY) == [Party(name="醴陵市某某花炮厂", party_type=PartyType.ORGANIZATION)]
    assert values(els, K.CREDIT_CODE) == ["91430281691828xxxx"]
    assert values(els, K.LEGAL_REP, "法定代表人") == ["陶**"]
    assert values(els, K.DATE, "落款") == [dt.date(2023, 7, 27)]
    assert values(els, K.DATE, "告知") == [dt.date(2023, 7, 10)]
    assert values(els, K.PENALTY, "决定") == ["罚款"]
    fines = values(els, K.MONEY, "罚款")
    assert [m.yuan for m in fines] == [Decimal(20000), Decimal(20000)]  # type: ignore[attr-defined]
    laws = [
        (v.law, v.text, e.role) for e in els if e.kind == K.LAW_CITATION for v in [e.value] if isinstance(v, LawRef)
    ]
    assert [(law, role) for law, _, role in laws] == [
        ("《中华人民共和国安全生产法》", "违反"),
        ("《烟花爆竹安全管理条例》", "违反"),
        ("《中华人民共和国安全生产法》", "依据"),
    ]
    assert values(els, K.REMEDY) == [
        Remedy(channel="复议", period=60, unit="日", body="醴陵市人民政府"),
        Remedy(channel="诉讼", period=6, unit="月", body="醴陵市人民法院"),
    ]
    assert values(els, K.ISSUER, "落款") == ["醴陵市应急管理局"]


def test_chengdu_individual_business() -> None:
    els = run(CHENGDU_SHOP)
    assert values(els, K.CASE_NUMBER, "本文书文号") == ["成锦市监罚〔２０２４〕１２号"]
    assert values(els, K.PARTY) == [Party(name="成都市锦江区某某餐馆", party_type=PartyType.INDIVIDUAL_BUSINESS)]
    assert values(els, K.LEGAL_REP, "经营者") == ["李*玖"]
    assert values(els, K.OFFICER) == [
        Officer(name="李四", cert_no="51010021001"),
        Officer(name="王五", cert_no="51010021002"),
    ]
    assert values(els, K.PENALTY, "决定") == ["没收违法所得", "罚款"]
    assert [m.yuan for m in values(els, K.MONEY, "罚款")] == [Decimal(5000), Decimal(5000)]  # type: ignore[attr-defined]
    assert [m.yuan for m in values(els, K.MONEY, "没收违法所得")] == [Decimal(50)]  # type: ignore[attr-defined]
    assert values(els, K.DATE, "落款") == [dt.date(2024, 3, 20)]
    assert values(els, K.DATE, "立案") == [dt.date(2024, 2, 2)]
    assert values(els, K.SEAL) == ["（印章）"]


def test_yueyang_environment_decision() -> None:
    els = run(YUEYANG_ENV)
    assert values(els, K.CASE_NUMBER, "本文书文号") == ["岳汨环罚决字〔2023〕020号"]
    assert values(els, K.PARTY) == [Party(name="汨罗市某某再生资源回收有限公司", party_type=PartyType.ORGANIZATION)]
    assert values(els, K.LEGAL_REP) == ["黄某某"]
    assert values(els, K.DATE, "落款") == [dt.date(2023, 12, 20)]
    law = values(els, K.LAW_CITATION, "违反")[0]
    assert isinstance(law, LawRef)
    assert [(a.article, a.paragraph, a.item) for a in law.articles] == [(36, 1, 1), (36, 1, 2)]
    assert [m.yuan for m in values(els, K.MONEY, "罚款")] == [Decimal(100000), Decimal(100000)]  # type: ignore[attr-defined]


def test_zhuzhou_individual() -> None:
    els = run(ZHUZHOU_PERSON)
    assert values(els, K.CASE_NUMBER, "本文书文号") == ["株交处罚〔2025〕LK010号"]
    assert values(els, K.PARTY) == [Party(name="申XX", party_type=PartyType.INDIVIDUAL)]
    assert values(els, K.ID_NUMBER) == ["430202198501******"]
    assert values(els, K.OFFICER, "执法人员") == [
        Officer(name="刘某", cert_no="43020012345"),
        Officer(name="陈某某", cert_no="43020012346"),
    ]
    assert values(els, K.DATE, "落款") == [dt.date(2025, 1, 10)]
    law = values(els, K.LAW_CITATION, "依据")[-1]
    assert isinstance(law, LawRef) and law.articles[0].article == 39


def test_notice() -> None:
    els = run(NOTICE, DocType.NOTICE)
    assert values(els, K.PARTY) == [Party(name="成都某某商贸有限公司", party_type=PartyType.ORGANIZATION)]
    assert values(els, K.PENALTY, "拟处罚") == ["警告", "罚款"]
    assert values(els, K.DATE, "落款") == [dt.date(2024, 4, 10)]
    assert [e.role for e in els if e.kind == K.RIGHTS] == ["陈述申辩"]
    assert values(els, K.LAW_CITATION, "告知")


def test_inquiry_record() -> None:
    els = run(INQUIRY, DocType.INQUIRY_RECORD)
    assert values(els, K.TIME_SPAN, "询问起止") == [
        TimeSpan(start=dt.datetime(2024, 3, 5, 9, 10), end=dt.datetime(2024, 3, 5, 9, 55))
    ]
    assert values(els, K.PARTY, "被询问人") == [Party(name="张三", party_type=PartyType.INDIVIDUAL)]
    assert values(els, K.PARTY, "当事人") == []
    assert values(els, K.OFFICER, "执法人员") == [
        Officer(name="李四", cert_no="51010021001"),
        Officer(name="王五", cert_no="51010021002"),
    ]
    assert values(els, K.SIGNATURE, "笔录确认") == ["以上笔录我已看过，与我所说相符"]
    assert values(els, K.SIGNATURE, "被询问人") == ["张三"]


def test_service_receipt() -> None:
    els = run(RECEIPT, DocType.SERVICE_RECEIPT)
    assert values(els, K.CASE_NUMBER, "引用文号") == ["成锦市监罚〔2024〕12号"]
    assert values(els, K.DATE, "签收") == [dt.date(2024, 3, 21)]
    assert values(els, K.PARTY, "受送达人") == [Party(name="成都某某商贸有限公司", party_type=PartyType.ORGANIZATION)]


def test_filing_form() -> None:
    els = run(FILING, DocType.FILING)
    assert values(els, K.DATE, "立案批准") == [dt.date(2024, 2, 2)]
    assert values(els, K.CREDIT_CODE) == ["91510100MA6CGUGA1W"]
    assert values(els, K.OFFICER, "承办人") == [Officer(name="李四"), Officer(name="王五")]
    assert values(els, K.LEGAL_REP) == ["张三"]


_ALPHABET = (
    "当事人法定代表人地址住所统一社会信用代码身份证号码名称经营者负责人执法人员询问人记录人签名盖章印章"
    "年月日时分至起止〇一二三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟元整角分罚款没收违法所得警告吊销"
    "《》〔〕【】[]()（）：:，,；;。、 \n\u3000"
    "0123456789０１２Xx*某第条款项目章号罚字决定依据违反规定复议诉讼法院政府局"
)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=300), doc_type=st.sampled_from(list(DocType)))
def test_never_crashes_and_spans_hold(text: str, doc_type: DocType) -> None:
    for e in run(text, doc_type):
        start, end = e.prov.span
        assert text[start:end] == e.text


def test_county_supermarket() -> None:
    els = run(COUNTY_SUPERMARKET)
    assert values(els, K.CASE_NUMBER, "本文书文号") == ["某县市监处罚〔2024〕第3号"]
    assert values(els, K.ID_NUMBER, "法定代表人") == ["4311211980********"]
    assert values(els, K.ID_NUMBER, "当事人") == []
    assert values(els, K.PENALTY, "决定") == ["警告", "罚款", "没收违法所得"]
    assert values(els, K.REMEDY) == [
        Remedy(channel="复议", period=60, unit="日"),
        Remedy(channel="诉讼", period=6, unit="月", body="人民法院"),
    ]
    assert values(els, K.DATE, "落款") == [dt.date(2024, 3, 15)]


def test_on_the_spot_decision() -> None:
    els = run(ON_THE_SPOT)
    assert values(els, K.CASE_NUMBER, "本文书文号") == ["湘公交决字〔2024〕第00123号"]
    assert values(els, K.PARTY) == [Party(name="李*玖", party_type=PartyType.INDIVIDUAL)]
    assert values(els, K.OFFICER) == [Officer(name="张某", cert_no="012345")]
    assert [m.yuan for m in values(els, K.MONEY, "罚款")] == [Decimal(20)]  # type: ignore[attr-defined]
    assert values(els, K.DATE, "落款") == [dt.date(2024, 5, 6)]


def test_pdf_text_layer_with_wrapped_lines() -> None:
    from tests.extractors.test_elements_scan import WRAPPED

    els = run(WRAPPED)
    laws = [e.value.text for e in els if e.kind == K.LAW_CITATION and isinstance(e.value, LawRef)]
    assert laws == [
        "《中华人民共和国食品安全法》第三十四条第（十）项",
        "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    ]
    assert values(els, K.PENALTY, "决定") == ["罚款"]
    assert values(els, K.REMEDY) == [
        Remedy(channel="复议", period=60, unit="日", body="成都市青羊区人民政府"),
        Remedy(channel="诉讼", period=6, unit="月", body="成都市青羊区人民法院"),
    ]
    assert values(els, K.DATE, "落款") == [dt.date(2025, 3, 19)]
    for e in els:
        start, end = e.prov.span
        assert WRAPPED[start:end] == e.text
