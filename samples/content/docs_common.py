"""Pieces shared by many documents: headings, the party block, footers, 问/答, amounts and evidence lists."""

from __future__ import annotations

import datetime as dt

from samples.content.doc import Block, Para, Seal
from samples.content.spec import CaseSpec, Officer
from samples.content.textfmt import cn_date, cn_date_upper


def title_para(spec: CaseSpec, title: str, space_before: float = 0.0) -> Para:
    """The document's title line; agencies that letter-space short titles print 询 问 笔 录."""
    text = " ".join(title) if spec.style.spaced_titles and len(title) <= 6 else title
    return Para(text, align="center", indent=False, size="title", bold=True, tag="title", space_before=space_before)


def heading(spec: CaseSpec, title: str, number: str | None = None, agency: bool = True) -> list[Block]:
    out: list[Block] = []
    if agency:
        out.append(Para(spec.agency.name, align="center", indent=False, size="agency", tag="heading_agency"))
    out.append(title_para(spec, title))
    if number:
        out.append(Para(number, align="right" if len(number) < 14 else "center", indent=False, tag="number"))
    return out


def footer(spec: CaseSpec, day: dt.date | None, upper: bool = False, seal: bool = True) -> list[Block]:
    """落款: the agency, the date and the seal."""
    out: list[Block] = [Para(spec.agency.name, align="right", indent=False, tag="footer_agency", space_before=1.5)]
    if day is not None:
        text = cn_date_upper(day) if upper else cn_date(day)
        out.append(Para(text, align="right", indent=False, tag="footer_date"))
    if seal:
        out.append(Para("（印章）", align="right", indent=False, tag="seal_text"))
        out.append(Seal(spec.agency.name))
    return out


def line(text: str, tag: str | None = None) -> Para:
    """A label line (no first-line indent)."""
    return Para(text, indent=False, tag=tag)


def qa(pairs: list[tuple[str, str]], tag: str | None = None) -> list[Para]:
    out: list[Para] = []
    for q, a in pairs:
        out.append(Para(f"问：{q}", indent=False, tag=tag))
        out.append(Para(f"答：{a}", indent=False, tag=tag))
    return out


def officer_text(officers: list[Officer], sep: str = "、") -> str:
    return sep.join(f"{o.name}（执法证号：{o.cert_no}）" for o in officers)


def officer_names(officers: list[Officer]) -> str:
    return "、".join(o.name for o in officers)


def money(spec: CaseSpec, amount: int | object) -> str:
    return spec.style.money.pair(amount)  # type: ignore[arg-type]


def penalty_items(spec: CaseSpec, fine: int | None = None) -> list[str]:
    """The penalties, in the order decisions list them (第九条 kinds only)."""
    v = spec.violation
    fine = v.fine if fine is None else fine
    items: list[str] = []
    if v.warning:
        items.append("警告")
    if v.goods:
        items.append(f"没收{v.goods}")
    if v.income:
        items.append(f"没收违法所得{money(spec, v.income)}")
    if fine:
        items.append(f"罚款{money(spec, fine)}")
    return items


def numbered(items: list[str], end: str = "。") -> list[str]:
    """1．… ；2．… 。 (a single item is not numbered)"""
    n = len(items)
    if n == 1:
        return [items[0] + end]
    return [f"{i}．{item}{end if i == n else '；'}" for i, item in enumerate(items, 1)]


def penalty_sentence(spec: CaseSpec, fine: int | None = None) -> str:
    items = penalty_items(spec, fine)
    return "；".join(items) + "。" if len(items) > 1 else items[0] + "。"


def identity_evidence(spec: CaseSpec) -> str:
    if spec.party.party_type == "individual":
        return "当事人居民身份证复印件，证明当事人的身份情况"
    who = "经营者" if spec.party.party_type == "individual_business" else "法定代表人"
    return f"当事人营业执照复印件及{who}身份证复印件，证明当事人的主体资格"


def evidence_items(spec: CaseSpec) -> list[str]:
    return [identity_evidence(spec), *spec.violation.evidence]


def rep_role(spec: CaseSpec) -> str:
    return {"organization": "法定代表人", "individual_business": "经营者", "individual": "当事人本人"}[
        spec.party.party_type
    ]


def person_brief(spec: CaseSpec) -> str:
    p = spec.representative
    return f"{p.name}，{p.gender}，{p.ethnicity}，{cn_date(p.birth)}出生，身份证号码：{p.id_number}"


def party_lines(spec: CaseSpec, label: str | None = None) -> list[Para]:
    """The party block of a notice or decision, one tagged line per element."""
    party, label = spec.party, label or spec.style.party_label
    rep = spec.representative
    if party.party_type == "individual":
        return [
            line(f"{label}：{party.name}，{rep.gender}，{rep.ethnicity}，{cn_date(rep.birth)}出生", "party_name"),
            line(f"身份证号码：{rep.id_number}", "party_code"),
            line(f"{spec.style.address_label}：{party.address}", "party_address"),
            line(f"联系电话：{party.phone}", "party_phone"),
        ]
    out = [
        line(f"{label}：{party.name}", "party_name"),
        line(f"统一社会信用代码：{party.credit_code}", "party_code"),
        line(
            f"{'经营场所' if party.party_type == 'individual_business' else spec.style.address_label}：{party.address}",
            "party_address",
        ),
    ]
    if party.party_type == "individual_business":
        out.append(line(f"经营者：{person_brief(spec)}", "party_rep"))
    else:
        out.append(line(f"法定代表人：{rep.name}", "party_rep"))
    out.append(line(f"联系电话：{party.phone}", "party_phone"))
    return out


def remedy_text(spec: CaseSpec, what: str = "本行政处罚决定") -> str:
    a = spec.agency
    return (
        f"当事人如不服{what}，可以在收到本决定书之日起六十日内向{a.review_body}申请行政复议；也可以在六个月内依法向"
        f"{a.court}提起行政诉讼。申请行政复议或者提起行政诉讼期间，{what}不停止执行，法律另有规定的除外。"
    )


def party_you(spec: CaseSpec) -> str:
    return {"individual": "你", "individual_business": "你（单位）", "organization": "你单位"}[spec.party.party_type]


EVIDENCE_HEADINGS = (
    "以上事实，有以下证据证明：",
    "上述事实，主要有以下证据证明：",
    "上述违法事实有下列证据证实：",
)


def evidence_heading(spec: CaseSpec) -> str:
    """How this dossier's decision introduces its evidence list (one of the headings real decisions use)."""
    return EVIDENCE_HEADINGS[spec.seed % len(EVIDENCE_HEADINGS)]
