"""笔录: 现场检查笔录, 询问笔录 (one per interviewee), 陈述申辩笔录 or the waiver."""

from __future__ import annotations

import datetime as dt

from samples.content.doc import Block, Doc, Para
from samples.content.docs_common import heading, line, officer_names, officer_text, party_you, qa, rep_role, title_para
from samples.content.people import Person
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date, time_span


def _sign(label: str, name: str, day: dt.date) -> Para:
    return Para(f"{label}：{name}        {cn_date(day)}", align="right", indent=False)


def _code(spec: CaseSpec) -> str:
    if spec.party.party_type == "individual":
        return f"身份证号码：{spec.representative.id_number}"
    return f"统一社会信用代码：{spec.party.credit_code}"


def inspection(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    start, end = t.inspection
    rep = spec.representative
    pair = spec.officers
    blocks: list[Block] = [
        *heading(spec, spec.style.titles["inspection"]),
        line(f"检查时间：{time_span(start, end)}", "time"),
        line(f"检查地点：{v.place}", "place"),
        line(f"执法人员：{officer_text(pair)}", "officers"),
        line(f"记录人：{spec.recorder.name}", "recorder"),
        line(f"当事人：{spec.party.name}", "party_name"),
        line(_code(spec), "party_code"),
        line(f"现场负责人：{rep.name}（{rep_role(spec)}）  联系电话：{rep.phone}"),
        Para(
            f"执法人员{officer_names(pair)}向当事人现场负责人{rep.name}出示了执法证件，表明了身份，说明了检查事由和依据。",
            tag="show_id",
        ),
        Para(
            "执法人员告知当事人：执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，当事人有权申请回避。"
            "当事人表示不申请回避，并配合检查。",
            tag="recusal",
        ),
        line("现场检查情况："),
        *[Para(p, tag="scene") for p in v.scene],
        *([Para("执法人员使用执法记录仪对检查过程进行了全程音像记录。", tag="av_record")] if spec.av_record else []),
        Para("（以下空白）", indent=False, tag="blank_end"),
        line("当事人（现场负责人）意见：以上记录情况属实。"),
        _sign("当事人（现场负责人）签名", rep.name, start.date()),
        _sign("执法人员签名", officer_names(pair), start.date()),
    ]
    return Doc("inspection", "现场检查(勘验)笔录", spec.style.titles["inspection"], blocks, date=start.date())


def _intro(spec: CaseSpec, person: Person, witness: bool) -> tuple[str, str]:
    role = spec.violation.witness_role
    if not witness:
        if spec.party.party_type == "individual":
            return "请介绍一下你的基本情况。", f"我叫{person.name}，住在{person.address}，联系电话{person.phone}。"
        p = spec.party
        since = f"{p.registered.year}年" if p.registered else ""
        return (
            f"请介绍一下你的身份及{p.name}的基本情况。",
            f"我是{p.name}的{rep_role(spec)}。{p.name}于{since}登记成立，主要从事{p.scope}。",
        )
    age = (
        spec.timeline.clue.year
        - person.birth.year
        - ((spec.timeline.clue.month, spec.timeline.clue.day) < (person.birth.month, person.birth.day))
    )
    texts = {
        "employee": f"我叫{person.name}，是{spec.party.name}的员工。",
        "customer": f"我叫{person.name}，是到{spec.party.name}购物的消费者，是我向你们投诉的。",
        "minor": f"我叫{person.name}，今年{age}岁，是在校学生。",
        "owner": f"我叫{person.name}，是交售报废车辆的机动车所有人。",
    }
    return "请介绍一下你的身份。", texts.get(role, texts["employee"])


def inquiry(spec: CaseSpec, index: int) -> Doc:
    """询问笔录 number ``index`` (0: the party or its representative; 1: the witness)."""
    t, v = spec.timeline, spec.violation
    start, end = t.inquiries[index]
    witness = index > 0
    person = spec.witness if witness else spec.representative
    assert person is not None
    pair = spec.officer_pair
    place = v.place if witness else f"{spec.agency.name}询问室（{spec.agency.address}）"
    unit = spec.party.name if spec.party.party_type != "individual" else "/"
    job = ("员工" if v.witness_role == "employee" else "/") if witness else rep_role(spec)
    blocks: list[Block] = [
        *heading(spec, spec.style.titles["inquiry"]),
        Para("（第1次）", align="center", indent=False),
        line(f"询问时间：{time_span(start, end)}", "time"),
        line(f"询问地点：{place}", "place"),
        line(f"询问人：{officer_text(pair)}", "officers"),
        line(f"记录人：{spec.recorder.name}", "recorder"),
        line(f"被询问人：{person.name}    性别：{person.gender}    民族：{person.ethnicity}", "interviewee"),
        line(f"出生日期：{cn_date(person.birth)}    身份证号码：{person.id_number}", "interviewee_id"),
        line(f"工作单位：{unit}    职务：{job}"),
        line(f"住址：{person.address}    联系电话：{person.phone}"),
    ]
    if witness and v.witness_role == "minor":
        blocks.append(line(f"监护人（在场）：{spec.extra_names.get('监护人', '')}"))
    blocks += qa(
        [
            (
                f"我们是{spec.agency.name}的执法人员{pair[0].name}、{pair[1].name}，这是我们的执法证件"
                "（出示执法证件），请你过目确认。",
                "看清楚了。",
            )
        ],
        "show_id",
    )
    subject = f"{spec.party.name}涉嫌{v.cause}"
    blocks += qa(
        [
            (
                f"今天我们依法就{subject}一案向你进行调查询问，请你如实回答，如有隐瞒或者作伪证，要承担相应的"
                "法律责任。你听清楚了吗？",
                "听清楚了。",
            )
        ]
    )
    blocks += qa(
        [
            (
                "根据《中华人民共和国行政处罚法》第四十三条的规定，执法人员与本案有直接利害关系或者有其他关系可能"
                "影响公正执法的，你有权申请回避。你是否申请回避？",
                "不申请回避。",
            )
        ],
        "recusal",
    )
    blocks += qa([_intro(spec, person, witness)])
    blocks += qa(v.witness_qa if witness else v.qa, "facts_qa")
    blocks += qa([("你还有什么需要补充的吗？", "没有了。" if witness else "没有了，我们会按照要求立即整改。")])
    blocks += qa([("请你核对以上笔录，如记录无误，请签名确认。", "以上笔录我已看过，与我所说相符。")], "confirm")
    blocks += [
        Para("（以下空白）", indent=False, tag="blank_end"),
        _sign("被询问人签名", person.name, start.date()),
        _sign("询问人签名", officer_names(pair), start.date()),
        _sign("记录人签名", spec.recorder.name, start.date()),
    ]
    key = f"inquiry{index + 1}"
    return Doc(key, "询问笔录", spec.style.titles["inquiry"], blocks, date=start.date())


def statement(spec: CaseSpec) -> Doc:
    """陈述申辩笔录 when the party spoke, else the signed waiver."""
    t, rep = spec.timeline, spec.representative
    notice_ref = f"《{spec.style.titles['notice']}》（{spec.notice_number}）"
    if t.statement is None:
        assert t.notice_service is not None
        rights = "陈述、申辩和要求听证" if spec.hearing_notified else "陈述、申辩"
        self_ = "本人" if spec.party.party_type == "individual" else "本单位"
        title = spec.style.titles["waiver"]
        blocks: list[Block] = [
            title_para(spec, title),
            line(f"{spec.agency.name}："),
            Para(
                f"{self_}已于{cn_date(t.notice_service)}收到你局{notice_ref}，对告知书认定的违法事实、理由、依据及"
                f"拟作出的行政处罚内容无异议。{self_}已知晓依法享有{rights}的权利，现自愿放弃上述权利。",
                tag="waiver",
            ),
            Para("特此声明。"),
            Para(f"声明人（签名）：{rep.name}", align="right", indent=False, space_before=1),
        ]
        if spec.party.party_type != "individual":
            blocks.append(Para(f"（{spec.party.name}）", align="right", indent=False))
        blocks.append(Para(cn_date(t.notice_service), align="right", indent=False))
        return Doc("statement", "陈述申辩材料", title, blocks, date=t.notice_service)
    start, end = t.statement
    pair = spec.officer_pair
    title = spec.style.titles["statement"]
    you = party_you(spec)
    blocks = [
        *heading(spec, title),
        line(f"时间：{time_span(start, end)}", "time"),
        line(f"地点：{spec.agency.name}（{spec.agency.address}）"),
        line(f"陈述申辩人：{rep.name}    身份证号码：{rep.id_number}", "interviewee"),
        line(f"单位及职务：{spec.party.name if spec.party.party_type != 'individual' else '/'}    {rep_role(spec)}"),
        line(f"执法人员：{officer_text(pair)}", "officers"),
        line(f"记录人：{spec.recorder.name}", "recorder"),
        Para(
            f"执法人员：我们是{spec.agency.name}的执法人员（出示执法证件），现依法听取{you}对本局{notice_ref}"
            f"拟作出的行政处罚的陈述、申辩意见，{you}可以充分陈述事实、理由并提供证据。",
            indent=False,
            tag="show_id",
        ),
        Para(f"陈述申辩人：{spec.violation.statement_text}", indent=False, tag="statement_text"),
        Para("执法人员：你还有无其他陈述、申辩意见或者证据需要提供？", indent=False),
        Para("陈述申辩人：没有了。", indent=False),
        Para("执法人员：请核对以上笔录。", indent=False),
        Para("陈述申辩人：以上笔录我已看过，与我所说相符。", indent=False, tag="confirm"),
        Para("（以下空白）", indent=False, tag="blank_end"),
        _sign("陈述申辩人签名", rep.name, start.date()),
        _sign("执法人员签名", officer_names(pair), start.date()),
    ]
    return Doc("statement", "陈述申辩材料", title, blocks, date=start.date())
