"""证据提取单, 主体资格证明 (营业执照 / 身份证 copies) and 责令改正通知书."""

from __future__ import annotations

from samples.content.doc import Block, Cell, Doc, Para, Table
from samples.content.docs_common import footer, heading, line, numbered, officer_names, party_you, title_para
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date


def evidence_sheet(spec: CaseSpec) -> Doc:
    day = spec.timeline.inspection[0].date()
    rows = [
        [
            Cell("序号", align="center"),
            Cell("证据名称", align="center"),
            Cell("数量", align="center"),
            Cell("证明内容", align="center"),
            Cell("提取地点", align="center"),
        ]
    ]
    for i, (name, qty, shows) in enumerate(spec.violation.collected, 1):
        rows.append([Cell(str(i), align="center"), Cell(name), Cell(qty), Cell(shows), Cell("当事人经营场所")])
    title = spec.style.titles["evidence"]
    blocks: list[Block] = [
        *heading(spec, title),
        line(f"当事人：{spec.party.name}", "party_name"),
        Table([0.08, 0.3, 0.14, 0.3, 0.18], rows),
        Para("以上证据材料由当事人提供，复印件与原件核对一致。", space_before=0.5),
        line(f"提取时间：{cn_date(day)}", "date"),
        line(f"提取人（执法人员）：{officer_names(spec.officer_pair)}"),
        Para(f"证据提供人（签名）：{spec.representative.name}        {cn_date(day)}", align="right", indent=False),
    ]
    return Doc("evidence", "证据提取材料", title, blocks, date=day)


def _id_card_table(spec: CaseSpec) -> Table:
    p = spec.representative
    region = spec.agency.region
    return Table(
        [0.22, 0.78],
        [
            [Cell("姓名"), Cell(p.name)],
            [Cell("性别"), Cell(f"{p.gender}        民族  {p.ethnicity.removesuffix('族')}")],
            [Cell("出生"), Cell(cn_date(p.birth))],
            [Cell("住址"), Cell(p.address)],
            [Cell("公民身份号码"), Cell(p.id_number, tag="id_number")],
            [Cell("签发机关"), Cell(f"{region.city}公安局{region.district}分局")],
        ],
    )


def identity(spec: CaseSpec) -> Doc:
    party, p = spec.party, spec.representative
    day = spec.timeline.inspection[0].date()
    confirm = Para(
        f"此复印件与原件核对一致。    当事人签名：{p.name}    {cn_date(day)}",
        align="right",
        indent=False,
        space_before=0.5,
    )
    if party.party_type == "individual":
        title = "身份证复印件"
        blocks: list[Block] = [
            title_para(spec, title),
            _id_card_table(spec),
            confirm,
        ]
        return Doc("identity", "主体资格/其他证据", title, blocks, date=day)
    title = "营业执照（副本）"
    ib = party.party_type == "individual_business"
    rows = [
        [Cell("统一社会信用代码"), Cell(party.credit_code or "", tag="credit_code")],
        [Cell("名称"), Cell(party.name, tag="party_name")],
        [Cell("类型"), Cell(party.company_kind)],
        [Cell("经营者" if ib else "法定代表人"), Cell(p.name)],
    ]
    if ib:
        rows.append([Cell("组成形式"), Cell("个人经营")])
    else:
        rows.append([Cell("注册资本"), Cell(party.capital)])
    rows += [
        [Cell("注册日期" if ib else "成立日期"), Cell(cn_date(party.registered) if party.registered else "")],
        [Cell("经营场所" if ib else "住所"), Cell(party.address)],
        [Cell("经营范围"), Cell(f"{party.scope}（依法须经批准的项目，经相关部门批准后方可开展经营活动）")],
        [Cell("登记机关"), Cell(f"{spec.agency.region.city}{spec.agency.region.district}市场监督管理局")],
    ]
    blocks = [
        title_para(spec, title),
        Table([0.22, 0.78], rows),
        confirm,
        Para(
            f"{'经营者' if ib else '法定代表人'}身份证复印件",
            align="center",
            indent=False,
            size="subtitle",
            space_before=1,
        ),
        _id_card_table(spec),
        Para(f"此复印件与原件核对一致。    签名：{p.name}    {cn_date(day)}", align="right", indent=False),
    ]
    return Doc("identity", "主体资格/其他证据", title, blocks, date=day)


def rectification(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    day = t.inspection[0].date()
    you = party_you(spec)
    title = spec.style.titles["rectify"]
    violated = "、".join(c.text for c in v.violated)
    when = f"于{cn_date(t.rectify_deadline)}前" if t.rectify_deadline else "立即"
    kind = "决定" if title.endswith("决定书") else "通知"
    blocks: list[Block] = [
        *heading(spec, title, spec.rectify_number),
        line(f"{spec.party.name}：", "addressee"),
        Para(
            f"{cn_date(day)}，本局执法人员对{you}进行检查，发现{you}存在{v.cause}的行为，违反了{violated}的规定。"
            f"依据《中华人民共和国行政处罚法》第二十八条第一款的规定，现责令{you}{when}改正上述违法行为，具体要求如下：",
            tag="order",
        ),
        *[Para(item) for item in numbered(v.rectify)],
        Para(
            f"逾期不改正的，本局将依法处理。{you}如不服本{kind}，可以在收到本{kind}书之日起六十日内向"
            f"{spec.agency.review_body}申请行政复议，或者在六个月内依法向{spec.agency.court}提起行政诉讼。"
        ),
        *footer(spec, day),
    ]
    return Doc("rectify", "责令改正", title, blocks, date=day)
