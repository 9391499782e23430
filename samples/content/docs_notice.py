"""行政处罚告知书 (事先告知书)."""

from __future__ import annotations

from samples.content.doc import Block, Doc, Para
from samples.content.docs_common import footer, heading, line, numbered, party_you, penalty_items
from samples.content.spec import CaseSpec
from samples.content.textfmt import cn_date

RIGHTS_LAW = "《中华人民共和国行政处罚法》"


def evidence_summary(spec: CaseSpec) -> str:
    names = [item.split("，")[0] for item in spec.violation.evidence]
    return "、".join(names)


def notice(spec: CaseSpec) -> Doc:
    v, t = spec.violation, spec.timeline
    assert t.notice is not None and t.filing is not None
    you = party_you(spec)
    basis = [c.text for c in v.basis] + [c.text for c in v.discretion_basis]
    title = spec.style.titles["notice"]
    blocks: list[Block] = [
        *heading(spec, title, spec.notice_number),
        line(f"{spec.party.name}：", "addressee"),
        Para(
            f"本局于{cn_date(t.filing)}对{you}涉嫌{v.cause}一案立案调查。经查明：{v.facts.replace('当事人', you)}",
            tag="facts",
        ),
        Para(f"以上事实，有{evidence_summary(spec)}等证据证实。", tag="evidence"),
        Para(
            f"{you}的上述行为违反了{'、'.join(c.text for c in v.violated)}的规定，构成{v.nature}。"
            f"{v.discretion.replace('当事人', you)}",
            tag="violated",
        ),
        Para(f"依据{'、'.join(basis)}的规定，本局拟对{you}作出如下行政处罚：", tag="proposal"),
        *[Para(item, tag="penalty_item") for item in numbered(penalty_items(spec, spec.notice_fine))],
        Para(
            f"根据{RIGHTS_LAW}第四十四条、第四十五条的规定，{you}享有陈述、申辩的权利。{you}可以在收到本告知书之日起"
            "五个工作日内向本局提出陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。",
            tag="rights_statement",
        ),
    ]
    if spec.hearing_notified:
        blocks.append(
            Para(
                f"根据{RIGHTS_LAW}第六十三条、第六十四条的规定，{you}有权要求举行听证。如要求听证，应当在"
                "收到本告知书之日起五个工作日内向本局提出；逾期未提出的，视为放弃听证的权利。",
                tag="rights_hearing",
            )
        )
    pair = spec.officer_pair
    blocks += [
        line(f"联系人：{pair[0].name}、{pair[1].name}        联系电话：{spec.agency.phone}", "contact"),
        line(f"联系地址：{spec.agency.address}"),
        *footer(spec, t.notice),
    ]
    return Doc("notice", "告知书", title, blocks, date=t.notice)
