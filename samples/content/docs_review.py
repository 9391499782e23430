"""Internal review: 案件调查终结报告, 法制审核表, 集体讨论记录 and 处罚决定审批表."""

from __future__ import annotations

from samples.content.doc import Block, Cell, Doc, Para, Table
from samples.content.docs_common import (
    evidence_items,
    heading,
    line,
    numbered,
    officer_names,
    penalty_items,
    rep_role,
)
from samples.content.docs_filing import W4, party_rows
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date

W2 = [0.22, 0.78]


def _cites(spec: CaseSpec, which: str) -> str:
    v = spec.violation
    return "、".join(c.text for c in (v.violated if which == "violated" else v.basis))


def proposal(spec: CaseSpec) -> str:
    """建议/拟 给予的处罚 in one sentence (or 不予行政处罚)."""
    if spec.outcome == "no_penalty":
        return "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，对当事人不予行政处罚，并对当事人进行教育。"
    basis = "、".join(c.text for c in spec.violation.basis + spec.violation.discretion_basis)
    return f"依据{basis}的规定，对当事人作出如下行政处罚：{'；'.join(penalty_items(spec))}。"


def _investigation(spec: CaseSpec) -> str:
    t = spec.timeline
    parts = [
        f"{spec.violation.source_text}经本局负责人批准，本局于{cn_date(t.filing)}立案调查。" if t.filing else "",
        f"执法人员于{cn_date(t.inspection[0].date())}对当事人进行了现场检查，制作了现场检查笔录，提取了相关证据材料，"
        f"并向当事人送达了《{spec.style.titles['rectify']}》；",
        f"于{cn_date(t.inquiries[0][0].date())}对当事人{rep_role(spec)}{spec.representative.name}进行了询问",
    ]
    if spec.witness is not None:
        parts.append(f"，对{spec.witness.name}进行了询问")
    return "".join(parts) + "。"


def report(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.report is not None
    title = spec.style.titles["report"]
    party = spec.party
    code = (
        f"统一社会信用代码：{party.credit_code}"
        if party.credit_code
        else f"身份证号码：{spec.representative.id_number}"
    )
    where = "地址" if party.party_type == "individual" else "住所"
    brief = f"{party.name}（{code}），{where}：{party.address}。"
    blocks: list[Block] = [
        *heading(spec, title),
        line(f"案由：{v.cause}"),
        line("一、当事人基本情况", "h1"),
        Para(brief, tag="party_brief"),
        line("二、案件来源及调查经过", "h2"),
        Para(_investigation(spec)),
        line("三、调查认定的事实及主要证据", "h3"),
        Para(f"经查，{v.facts}", tag="facts"),
        Para("上述事实有以下证据证明："),
        *[Para(item, tag="evidence_item") for item in numbered(evidence_items(spec))],
        line("四、案件性质、违法依据及裁量理由", "h4"),
        Para(f"当事人的上述行为违反了{_cites(spec, 'violated')}的规定，构成{v.nature}。{v.discretion}", tag="nature"),
        line("五、处理意见", "h5"),
        Para(f"建议{proposal(spec)}", tag="proposal"),
        Para(f"承办人：{officer_names(spec.officer_pair)}", align="right", indent=False, space_before=1),
        Para(cn_date(t.report), align="right", indent=False),
    ]
    return Doc("report", "案件调查终结报告", title, blocks, date=t.report)


def legal_review(spec: CaseSpec) -> Doc:
    t, leaders = spec.timeline, spec.leaders
    assert t.legal_review is not None and t.report is not None
    items = "\n".join(
        (
            "1．执法主体是否合法：合法；",
            "2．当事人认定是否准确：准确；",
            "3．事实是否清楚、证据是否确凿：事实清楚，证据确凿；",
            "4．定性是否准确：准确；",
            "5．适用依据是否正确：正确；",
            "6．程序是否合法：合法；",
            "7．处理意见是否适当：适当。",
        )
    )
    rows = [
        [Cell("案件名称"), Cell(spec.case_name, span=3)],
        [Cell("当事人"), Cell(spec.party.name, span=3, tag="party_name")],
        [Cell("承办机构"), Cell(spec.agency.unit), Cell("承办人"), Cell(officer_names(spec.officer_pair))],
        [Cell("送审时间"), Cell(cn_date(t.report)), Cell("审核时间"), Cell(cn_date(t.legal_review))],
        [Cell("承办机构意见"), Cell(f"建议{proposal(spec)}", span=3)],
        [Cell("审核内容"), Cell(items, span=3)],
        [
            Cell("审核意见"),
            Cell(
                "经审核，本案事实清楚，证据确凿，定性准确，适用依据正确，程序合法，处理意见适当，"
                "同意承办机构的处理意见。"
                # a 重大 case says so where it is reviewed: the 集体讨论 it calls for can then be looked for (E04)
                + ("本案属于重大违法行为，建议提请本局负责人集体讨论决定。" if spec.collective else ""),
                span=3,
                sign=[f"审核人：{leaders['法制审核']}、{leaders['法制审核2']}", cn_date(t.legal_review)],
            ),
        ],
        [
            Cell("法制机构负责人意见"),
            Cell("同意审核意见。", span=3, sign=[f"负责人：{leaders['法制机构负责人']}", cn_date(t.legal_review)]),
        ],
    ]
    title = spec.style.titles["legal_review"]
    return Doc("legal_review", "法制审核", title, [*heading(spec, title), Table(W4, rows)], date=t.legal_review)


def discussion(spec: CaseSpec) -> Doc:
    t, leaders, v = spec.timeline, spec.leaders, spec.violation
    assert t.discussion is not None
    pair = spec.officer_pair
    title = spec.style.titles["discussion"]
    attendees = [leaders["分管负责人"], leaders["承办机构负责人"], leaders["法制机构负责人"]]
    blocks: list[Block] = [
        *heading(spec, title),
        line(f"时间：{cn_date(t.discussion)}9时30分至10时40分", "time"),
        line(f"地点：{spec.agency.name}三楼会议室"),
        line(f"主持人：{leaders['负责人']}（主要负责人）"),
        line(
            f"参加人员：{leaders['分管负责人']}（分管负责人）、{leaders['承办机构负责人']}（{spec.agency.unit}负责人）、"
            f"{leaders['法制机构负责人']}（{spec.agency.legal_unit}负责人）"
        ),
        line(f"列席人员：{officer_names(pair)}（承办人）"),
        line(f"记录人：{leaders['法制审核2']}"),
        line(f"讨论案件：{spec.case_name}"),
        line("讨论内容："),
        Para(
            f"一、承办人{pair[0].name}汇报案情：经查，{v.facts}当事人的上述行为违反了{_cites(spec, 'violated')}的规定。"
            f"承办机构建议{proposal(spec)}"
        ),
        Para(
            f"二、法制审核情况：{leaders['法制机构负责人']}介绍，本案经法制审核，事实清楚，证据确凿，适用依据正确，"
            "程序合法，同意承办机构的处理意见。"
        ),
        Para("三、参会人员意见："),
        *[Para(f"{name}：同意承办机构的处理意见，处罚幅度适当。") for name in attendees],
        Para(f"{leaders['负责人']}：同意。", tag="chair"),
        Para(f"四、结论性意见：经集体讨论，一致同意{proposal(spec)}", tag="conclusion"),
        Para(f"参加人员签名：{leaders['负责人']}、{'、'.join(attendees)}", align="right", indent=False, space_before=1),
        Para(f"记录人签名：{leaders['法制审核2']}", align="right", indent=False),
    ]
    return Doc("discussion", "集体讨论记录", title, blocks, date=t.discussion)


def _notice_row(spec: CaseSpec) -> str:
    t = spec.timeline
    if spec.outcome == "no_penalty":
        return "当事人系初次违法，危害后果轻微并已及时改正，符合不予行政处罚的情形。"
    notice = (
        f"本局于{cn_date(t.notice)}作出《{spec.style.titles['notice']}》（{spec.notice_number}），"
        f"于{cn_date(t.notice_service)}送达当事人。"
    )
    if t.statement is None:
        return (
            notice
            + "当事人在规定期限内书面声明放弃陈述、申辩"
            + ("和听证" if spec.hearing_notified else "")
            + "的权利。"
        )
    return (
        notice
        + f"当事人于{cn_date(t.statement[0].date())}提出陈述、申辩意见，经复核，当事人提出的理由不能成立，不予采纳。"
    )


def approval(spec: CaseSpec) -> Doc:
    t, v, leaders = spec.timeline, spec.violation, spec.leaders
    assert t.approval is not None
    pair = spec.officer_pair
    rows = [
        [Cell("案由"), Cell(v.cause, span=3)],
        *party_rows(spec),
        [Cell("案件事实及证据"), Cell(f"经查，{v.facts}以上事实有现场检查笔录、询问笔录等证据证明。", span=3)],
        [Cell("告知及陈述申辩情况" if spec.outcome == "penalty" else "不予处罚理由"), Cell(_notice_row(spec), span=3)],
        [
            Cell("承办人意见"),
            Cell(
                f"建议{proposal(spec)}",
                span=3,
                tag="proposal",
                sign=[f"承办人：{officer_names(pair)}", cn_date(t.approval)],
            ),
        ],
        [
            Cell("承办机构意见"),
            Cell("同意承办人意见。", span=3, sign=[f"负责人：{leaders['承办机构负责人']}", cn_date(t.approval)]),
        ],
        [
            Cell("法制审核意见"),
            Cell("经审核，同意。", span=3, sign=[f"审核人：{leaders['法制审核']}", cn_date(t.approval)]),
        ],
        [
            Cell("机关负责人意见"),
            Cell("同意。", span=3, sign=[f"负责人：{leaders['负责人']}", cn_date(t.approval)], tag="leader"),
        ],
    ]
    title = spec.style.titles["approval"]
    return Doc("approval", "处罚决定审批", title, [*heading(spec, title), Table(W4, rows)], date=t.approval)
