"""行政处罚决定书, 当场行政处罚决定书 and 不予行政处罚决定书."""

from __future__ import annotations

from samples.content.doc import Block, Doc, Para
from samples.content.docs_common import (
    evidence_heading,
    evidence_items,
    footer,
    heading,
    line,
    numbered,
    officer_text,
    party_lines,
    penalty_items,
    penalty_sentence,
    remedy_text,
)
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date, cn_datetime

RECTIFY_28 = "依据《中华人民共和国行政处罚法》第二十八条第一款的规定，本局已责令当事人改正上述违法行为。"
SURCHARGE = "《中华人民共和国行政处罚法》第七十二条第一款第（一）项"


def _intro(spec: CaseSpec) -> str:
    v, t = spec.violation, spec.timeline
    day = cn_date(t.inspection[0].date())
    found = "接到举报后" if v.source == "投诉举报" else "依法"
    return (
        f"{day}，本局执法人员{found}对当事人位于{v.place}的经营场所进行检查，发现当事人涉嫌{v.cause}。"
        f"经本局负责人批准，本局于{cn_date(t.filing)}对当事人立案调查。"
    )


def _notice_ref(spec: CaseSpec) -> str:
    t, v = spec.timeline, spec.violation
    rights = "陈述、申辩和要求听证" if spec.hearing_notified else "陈述、申辩"
    text = (
        f"本局于{cn_date(t.notice_service)}向当事人送达了《{spec.style.titles['notice']}》（{spec.notice_number}），"
        f"告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知当事人依法享有{rights}的权利。"
    )
    if t.statement is None:
        return text + f"当事人在规定期限内书面声明放弃{rights}的权利。"
    return (
        text
        + f"当事人于{cn_date(t.statement[0].date())}提出陈述、申辩意见，称：“{v.statement_text}”经复核，本局在拟作出"
        "行政处罚时已充分考虑当事人的违法情节及整改情况，当事人提出的理由不能成立，不予采纳。"
    )


def _performance(spec: CaseSpec) -> str:
    region = spec.agency.region
    return (
        f"当事人应当自收到本决定书之日起十五日内，持本决定书到代收银行或者通过{region.province or region.city}"
        f"非税收入缴款平台缴纳罚没款。到期不缴纳罚款的，本局可以依据{SURCHARGE}的规定，每日按罚款数额的百分之三"
        "加处罚款，加处罚款的数额不得超出罚款的数额。"
    )


def decision(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.decision is not None
    basis = "、".join([c.text for c in v.basis] + [c.text for c in v.discretion_basis])
    title = spec.style.titles["decision"]
    blocks: list[Block] = [
        *heading(spec, title, spec.case_number),
        *party_lines(spec),
        Para(_intro(spec), tag="intro", space_before=0.5),
        Para(f"经查，{v.facts}", tag="facts"),
        Para(evidence_heading(spec), tag="evidence_intro"),
        *[Para(item, tag="evidence_item") for item in numbered(evidence_items(spec))],
        Para(
            f"本局认为，当事人{v.cause}的行为，违反了{'、'.join(c.text for c in v.violated)}的规定，构成{v.nature}。",
            tag="violated",
        ),
        Para(_notice_ref(spec), tag="notice_ref"),
        Para(v.discretion, tag="discretion"),
        Para(RECTIFY_28, tag="rectify_order"),
        Para(f"综上，依据{basis}的规定，本局决定对当事人作出如下行政处罚：", tag="penalty_intro"),
        *[Para(item, tag="penalty_item") for item in numbered(penalty_items(spec))],
    ]
    if v.fine or v.income:
        blocks.append(Para(_performance(spec), tag="performance"))
    if v.goods:
        blocks.append(Para("没收的物品由本局依法处理。"))
    blocks.append(Para(remedy_text(spec), tag="remedy"))
    blocks += footer(spec, t.decision, upper=spec.style.upper_date_footer)
    if spec.field == "市场监管":
        blocks.append(Para("（市场监督管理部门将依法向社会公示本行政处罚决定信息）", indent=False, space_before=1))
    return Doc("decision", "行政处罚决定书", title, blocks, date=t.decision)


def simple_decision(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.decision is not None
    moment = t.inspection[1]
    basis = "、".join(c.text for c in v.basis)
    title = spec.style.titles["simple_decision"]
    blocks: list[Block] = [
        *heading(spec, title, spec.case_number),
        *party_lines(spec, "当事人"),
        Para(
            f"违法事实：{cn_datetime(t.inspection[0])}，执法人员在{v.simple_place or v.place}检查时发现，{v.facts}",
            tag="facts",
        ),
        Para("以上事实有现场检查情况及现场照片等证据证实。", tag="evidence_intro"),
        Para(f"当事人的上述行为违反了{'、'.join(c.text for c in v.violated)}的规定。", tag="violated"),
        Para(
            f"依据{basis}和《中华人民共和国行政处罚法》第五十一条的规定，决定给予如下行政处罚："
            f"{penalty_sentence(spec)}",
            tag="penalty_intro",
        ),
        Para(
            "执法人员已当场向当事人出示执法证件，告知当事人拟作出行政处罚的事实、理由、依据及依法享有的陈述、申辩权利，"
            "当事人未提出陈述、申辩意见。",
            tag="notice_oral",
        ),
        Para(
            f"依据《中华人民共和国行政处罚法》第二十八条第一款的规定，责令当事人{v.rectify[0]}。", tag="rectify_order"
        ),
    ]
    if v.fine:
        blocks.append(
            Para(
                "当事人应当自收到本决定书之日起十五日内到代收银行缴纳罚款。到期不缴纳罚款的，每日按罚款数额的"
                "百分之三加处罚款，加处罚款的数额不得超出罚款的数额。",
                tag="performance",
            )
        )
    blocks += [
        Para(remedy_text(spec, "本决定"), tag="remedy"),
        line(f"执法人员（签名）：{officer_text(spec.officer_pair, '  ')}", "officers_sign"),
        line(f"处罚地点：{v.simple_place or v.place}"),
        line(f"处罚时间：{cn_datetime(moment)}"),
        line(f"当事人签收：{spec.representative.name}        {cn_datetime(moment)}", "receipt"),
        *footer(spec, t.decision),
    ]
    return Doc("decision", "行政处罚决定书", title, blocks, date=t.decision, variant="当场行政处罚决定书")


def no_penalty_decision(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.decision is not None
    title = spec.style.titles["no_penalty_decision"]
    blocks: list[Block] = [
        *heading(spec, title, spec.case_number),
        *party_lines(spec, "当事人"),
        Para(_intro(spec), tag="intro", space_before=0.5),
        Para(f"经查，{v.facts}", tag="facts"),
        Para(evidence_heading(spec), tag="evidence_intro"),
        *[Para(item, tag="evidence_item") for item in numbered(evidence_items(spec))],
        Para(f"本局认为，当事人{v.cause}的行为，违反了{'、'.join(c.text for c in v.violated)}的规定。", tag="violated"),
        Para(
            "鉴于当事人系初次违法，危害后果轻微，且在本局责令改正后及时改正，依据《中华人民共和国行政处罚法》"
            "第三十三条第一款的规定，本局决定对当事人不予行政处罚。",
            tag="reason",
        ),
        Para(
            f"本局已于{cn_date(t.inquiries[0][0].date())}对当事人进行了相关法律法规的宣传教育，当事人表示今后将严格遵守"
            "相关法律法规。",
            tag="education",
        ),
        Para(remedy_text(spec, "本决定"), tag="remedy"),
        *footer(spec, t.decision, upper=spec.style.upper_date_footer),
    ]
    return Doc("decision", "行政处罚决定书", title, blocks, date=t.decision, variant="不予行政处罚决定书")
