"""送达回证, 非税收入缴款书 (执行材料), 结案审批表 and the 简易程序 备案 form."""

from __future__ import annotations

import datetime as dt
import random

from samples.content.doc import Cell, Doc, Table
from samples.content.docs_common import heading, officer_names, penalty_sentence
from samples.content.docs_filing import W4
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date, cn_datetime, yuan_number, yuan_upper


def service_receipt(
    spec: CaseSpec, key: str, doc_title: str, number: str, day: dt.date, at: dt.datetime | None = None
) -> Doc:
    """送达回证 for one document (``key``: rectify_service / notice_service / decision_service)."""
    rng = random.Random(f"{spec.seed}-{key}")
    moment = at or dt.datetime.combine(day, dt.time(rng.randint(9, 16), rng.choice((5, 15, 20, 30, 40, 50))))
    signer = spec.extra_names.get("签收人", spec.representative.name)
    if spec.party.party_type != "individual" and signer == spec.representative.name:
        signer += "（经营者）" if spec.party.party_type == "individual_business" else "（法定代表人）"
    pair = spec.officer_pair
    rows = [
        [Cell("送达文书名称及文号"), Cell(f"《{doc_title}》（{number}）", tag="doc_name")],
        [Cell("受送达人"), Cell(spec.party.name, tag="recipient")],
        [Cell("送达地点"), Cell(spec.party.address, tag="place")],
        [Cell("送达方式"), Cell(spec.service_method, tag="method")],
        [Cell("送达时间"), Cell(cn_datetime(moment), tag="date")],
        [Cell("受送达人签名或者盖章"), Cell(signer, sign=[cn_date(day)], min_lines=2, tag="signer")],
        [Cell("送达人签名"), Cell(officer_names(pair), sign=[cn_date(day)], min_lines=2, tag="server")],
        [Cell("代收人及代收理由"), Cell("/")],
        [Cell("备注"), Cell("/")],
    ]
    title = spec.style.titles["service"]
    return Doc(key, "送达回证", title, [*heading(spec, title), Table([0.3, 0.7], rows, size="body")], date=day)


def payment(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.payment is not None
    rng = random.Random(f"{spec.seed}-payment")
    region = spec.agency.region
    fine = v.fine
    income = v.income or 0
    total = fine + income
    grid = [0.16, 0.26, 0.1, 0.08, 0.16, 0.24]
    bank = rng.choice(("中国工商银行", "中国建设银行", "中国农业银行", "中国银行"))
    items = []
    if fine:
        items.append(
            [
                Cell("103050101"),
                Cell("一般罚没收入（罚款）"),
                Cell("元"),
                Cell("1"),
                Cell(yuan_number(fine)),
                Cell(yuan_number(fine), tag="fine"),
            ]
        )
    if income:
        items.append(
            [
                Cell("103050199"),
                Cell("没收违法所得"),
                Cell("元"),
                Cell("1"),
                Cell(yuan_number(income)),
                Cell(yuan_number(income)),
            ]
        )
    rows = [
        [
            Cell("付款人全称"),
            Cell(spec.party.name, span=2),
            Cell("收款人全称"),
            Cell(f"{region.city}{region.district}财政局", span=2),
        ],
        [Cell("付款人账号"), Cell("/", span=2), Cell("收款人账号"), Cell(f"{rng.randint(10**17, 10**18 - 1)}", span=2)],
        [Cell("付款人开户行"), Cell("/", span=2), Cell("收款人开户行"), Cell(f"{bank}{region.city[:-1]}分行", span=2)],
        [
            Cell("项目编码", align="center"),
            Cell("收入项目名称", align="center"),
            Cell("单位", align="center"),
            Cell("数量", align="center"),
            Cell("收缴标准", align="center"),
            Cell("金额（元）", align="center"),
        ],
        *items,
        [
            Cell("金额合计（大写）"),
            Cell(f"人民币{yuan_upper(total)}", span=3, tag="total_upper"),
            Cell("（小写）"),
            Cell(f"¥{yuan_number(total)}", tag="total"),
        ],
        [
            Cell("执收单位名称"),
            Cell(spec.agency.name, span=2),
            Cell("执收单位编码"),
            Cell(f"{region.code}{rng.randint(100, 999)}", span=2),
        ],
        [Cell("备注"), Cell(f"处罚决定书文号：{spec.case_number}", span=5, tag="note")],
    ]
    title = spec.style.titles["payment"]
    code = f"{region.code[:2]}0{rng.randint(10000, 99999)}"
    blocks = [
        *heading(spec, title, agency=False),
        Table(
            [0.5, 0.5],
            [
                [Cell(f"票据代码：{code}"), Cell(f"票据号码：{rng.randint(10**9, 10**10 - 1)}")],
                [
                    Cell(f"开票日期：{cn_date(t.payment)}", tag="date"),
                    Cell(f"校验码：{rng.randint(10**5, 10**6 - 1)}"),
                ],
            ],
        ),
        Table(grid, rows),
        Table([0.5, 0.5], [[Cell(f"收款单位（章）：{bank}{region.city[:-1]}分行营业部"), Cell("（电子缴款凭证）")]]),
    ]
    return Doc("payment", "执行材料", title, blocks, date=t.payment)


def _execution(spec: CaseSpec) -> str:
    v, t = spec.violation, spec.timeline
    if spec.outcome == "no_penalty":
        return "本案不予行政处罚，已对当事人进行教育，当事人已改正违法行为。"
    parts = []
    if t.payment is not None:
        total = v.fine + (v.income or 0)
        parts.append(f"当事人已于{cn_date(t.payment)}缴纳罚没款共计人民币{yuan_number(total)}元")
    if v.goods:
        parts.append("没收的物品已依法处理")
    if v.warning and not parts:
        parts.append("警告已随处罚决定书送达执行")
    return "，".join(parts) + "。"


def closing(spec: CaseSpec) -> Doc:
    t, leaders = spec.timeline, spec.leaders
    assert t.closing is not None and t.decision is not None
    pair = spec.officer_pair
    result = "不予行政处罚" if spec.outcome == "no_penalty" else penalty_sentence(spec)
    rows = [
        [Cell("案件名称"), Cell(spec.case_name, span=3)],
        [Cell("当事人"), Cell(spec.party.name, tag="party_name"), Cell("立案日期"), Cell(cn_date(t.filing))],
        [Cell("决定书文号"), Cell(spec.case_number, tag="number"), Cell("决定日期"), Cell(cn_date(t.decision))],
        [Cell("处理结果"), Cell(result, span=3, tag="result")],
        [Cell("送达情况"), Cell(f"处罚决定书已于{cn_date(t.service)}{spec.service_method}当事人。", span=3)],
        [Cell("执行情况"), Cell(_execution(spec), span=3, tag="execution")],
        [
            Cell("承办人意见"),
            Cell("本案已执行完毕，建议结案。", span=3, sign=[f"承办人：{officer_names(pair)}", cn_date(t.closing)]),
        ],
        [
            Cell("承办机构意见"),
            Cell("同意结案。", span=3, sign=[f"负责人：{leaders['承办机构负责人']}", cn_date(t.closing)]),
        ],
        [
            Cell("机关负责人意见"),
            Cell("同意结案。", span=3, sign=[f"负责人：{leaders['负责人']}", cn_date(t.closing)], tag="leader"),
        ],
    ]
    title = spec.style.titles["closing"]
    return Doc("closing", "结案审批表", title, [*heading(spec, title), Table(W4, rows)], date=t.closing)


def simple_record(spec: CaseSpec) -> Doc:
    """简易程序: the on-the-spot decision reported to the agency (第五十二条第三款)."""
    t, v = spec.timeline, spec.violation
    assert t.approval is not None
    pair = spec.officer_pair
    content = (
        f"执法人员{officer_names(pair)}于{cn_datetime(t.inspection[1])}在{v.simple_place or v.place}"
        f"对当事人{v.cause}的行为适用简易程序当场作出行政处罚决定（{spec.case_number}）：{penalty_sentence(spec)}现报请备案。"
    )
    rows = [
        [Cell("案件名称"), Cell(spec.case_name, span=3)],
        [Cell("当事人"), Cell(spec.party.name, tag="party_name"), Cell("决定日期"), Cell(cn_date(t.decision))],
        [Cell("审批事项"), Cell("当场行政处罚决定备案", span=3)],
        [Cell("事项内容"), Cell(content, span=3, sign=[f"执法人员：{officer_names(pair)}", cn_date(t.approval)])],
        [
            Cell("承办机构意见"),
            Cell(
                "情况属实，同意备案。", span=3, sign=[f"负责人：{spec.leaders['承办机构负责人']}", cn_date(t.approval)]
            ),
        ],
        [
            Cell("机关负责人意见"),
            Cell("同意。", span=3, sign=[f"负责人：{spec.leaders['负责人']}", cn_date(t.approval)]),
        ],
    ]
    title = spec.style.titles["simple_record"]
    return Doc("simple_record", "内部审批(通用)", title, [*heading(spec, title), Table(W4, rows)], date=t.approval)
