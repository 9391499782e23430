"""案件来源登记表 and 立案审批表."""

from __future__ import annotations

from samples.content.doc import Cell, Doc, Table
from samples.content.docs_common import heading, officer_names
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date

W4 = [0.17, 0.31, 0.22, 0.3]


def _code_label(spec: CaseSpec) -> tuple[str, str]:
    if spec.party.party_type == "individual":
        return "身份证号码", spec.representative.id_number
    return "统一社会信用代码", spec.party.credit_code or ""


def party_rows(spec: CaseSpec) -> list[list[Cell]]:
    party, rep = spec.party, spec.representative
    code_label, code = _code_label(spec)
    rows = [
        [
            Cell("当事人", tag="party_name_label"),
            Cell(party.name, tag="party_name"),
            Cell(code_label),
            Cell(code, tag="party_code"),
        ]
    ]
    if party.party_type != "individual":
        role = "经营者" if party.party_type == "individual_business" else "法定代表人"
        rows.append([Cell(role, tag="rep_label"), Cell(rep.name), Cell("联系电话"), Cell(party.phone)])
    else:
        rows.append([Cell("性别"), Cell(rep.gender), Cell("联系电话"), Cell(party.phone)])
    rows.append([Cell("住所（住址）"), Cell(party.address, span=3, tag="party_address")])
    return rows


def case_source(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    reporter = spec.extra_names.get("举报人")
    reporter_text = f"{reporter}（联系电话：{spec.extra_names.get('举报人电话', '')}）" if reporter else "/"
    officers = officer_names(spec.officer_pair)
    rows = [
        [Cell("案件来源"), Cell(v.source), Cell("登记时间"), Cell(cn_date(t.clue))],
        *party_rows(spec),
        [Cell("投诉人/举报人"), Cell(reporter_text, span=3)],
        [Cell("案源简要情况"), Cell(f"{v.source_text}", span=3, min_lines=4)],
        [
            Cell("登记人意见"),
            Cell(
                "经初步核查，当事人涉嫌" + v.cause + "，建议立案调查。",
                span=3,
                sign=[f"登记人：{officers}", cn_date(t.clue)],
            ),
        ],
        [
            Cell("负责人意见"),
            Cell(
                "同意，请按程序办理。",
                span=3,
                sign=[f"负责人：{spec.leaders['承办机构负责人']}", cn_date(t.clue)],
                tag="leader",
            ),
        ],
        [Cell("备注"), Cell("/", span=3)],
    ]
    title = spec.style.titles["source"]
    return Doc("source", "案件来源登记表", title, [*heading(spec, title), Table(W4, rows)], date=t.clue)


def filing(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.filing is not None
    violated = "、".join(c.text for c in v.violated)
    pair = spec.officer_pair
    brief = (
        f"{v.source_text}经初步核查，当事人的行为涉嫌违反{violated}的规定。根据《中华人民共和国行政处罚法》"
        f"第五十四条第二款的规定，建议立案调查，由{pair[0].name}、{pair[1].name}承办。"
    )
    rows = [
        [Cell("案件来源"), Cell(v.source), Cell("受案时间"), Cell(cn_date(t.clue))],
        [Cell("案由"), Cell(f"涉嫌{v.cause}", span=3, tag="cause")],
        *party_rows(spec),
        [
            Cell("简要案情及立案理由"),
            Cell(brief, span=3, min_lines=5, sign=[f"承办人：{officer_names(pair)}", cn_date(t.filing)]),
        ],
        [
            Cell("承办机构意见"),
            Cell("同意立案调查。", span=3, sign=[f"负责人：{spec.leaders['承办机构负责人']}", cn_date(t.filing)]),
        ],
        [
            Cell("机关负责人意见"),
            Cell("同意立案。", span=3, sign=[f"负责人：{spec.leaders['负责人']}", cn_date(t.filing)], tag="leader"),
        ],
        [Cell("备注"), Cell("/", span=3)],
    ]
    title = spec.style.titles["filing"]
    blocks = [*heading(spec, title, f"立案号：{spec.filing_number}"), Table(W4, rows)]
    return Doc("filing", "立案审批表", title, blocks, date=t.filing)
