"""make_case(seed, …) -> CaseSpec: every true value of one dossier, reproducible from the seed."""

from __future__ import annotations

import datetime as dt
import random

from samples.content import timeline as tl
from samples.content.companies import company_name, shop_name, trade_name
from samples.content.ids import make_landline, make_mobile, make_uscc
from samples.content.people import NamePool
from samples.content.places import BIRTH_REGIONS, FIELDS, REGIONS, SICHUAN, Agency, Region, make_address, make_agency
from samples.content.spec import CaseSpec, Officer, Party, Style
from samples.content.textfmt import MoneyStyle, NumberStyle
from samples.content.titles import choose_titles
from samples.content.violations.base import Ctx, ViolationKind, kinds_for

#: 听证: the generator notifies the right from these amounts (the lowest published thresholds, so that a clean
#: dossier passes under any profile); defect E01 only removes it where the fine reaches HEARING_HIGH.
HEARING_LOW = {"individual": 1000, "organization": 10000}
HEARING_HIGH = {"individual": 10000, "organization": 100000}
#: 集体讨论 (第五十七条第二款) is held from these amounts
COLLECTIVE = {"individual": 10000, "organization": 50000}

_CAPITALS = ("壹拾万元整", "伍拾万元整", "壹佰万元整", "贰佰万元整", "伍佰万元整", "叁拾万元整")
_COMPANY_KINDS = ("有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）", "其他有限责任公司")


def person_class(party_type: str) -> str:
    """个体工商户 are treated like 公民 for amount thresholds (第五十一条, 听证)."""
    return "organization" if party_type == "organization" else "individual"


def _party(rng: random.Random, names: NamePool, kind: ViolationKind, party_type: str, region: Region) -> Party:
    home = make_address(rng, region, building=True)
    if party_type == "individual":
        person = names.person(BIRTH_REGIONS, home)
        return Party("individual", person.name, home, person.phone, person=person)
    trade = trade_name(rng)
    address = make_address(rng, region)
    person = names.person(BIRTH_REGIONS, home)
    registered = dt.date(rng.randint(2008, 2022), rng.randint(1, 12), rng.randint(1, 28))
    if party_type == "individual_business":
        name = shop_name(rng, region, trade, kind.shop)
        code = make_uscc(rng, region.code, individual_business=True)
        return Party(
            "individual_business",
            name,
            address,
            person.phone,
            code,
            person,
            "个体工商户",
            registered,
            scope=kind.scope,
            trade_name=name,
        )
    name = company_name(rng, region, trade, kind.industry)
    phone = make_landline(rng, region.area_code) if rng.random() < 0.5 else make_mobile(rng)
    return Party(
        "organization",
        name,
        address,
        phone,
        make_uscc(rng, region.code),
        person,
        rng.choice(_COMPANY_KINDS),
        registered,
        rng.choice(_CAPITALS),
        kind.scope,
    )


def _officers(rng: random.Random, names: NamePool, region: Region, count: int) -> list[Officer]:
    shape = rng.choice(("digits11", "zi", "digits15"))
    year = rng.randint(2019, 2023)
    out = []
    for _ in range(count):
        n = rng.randint(100, 9999)
        if shape == "digits11":
            cert = f"{region.code}{rng.randint(10000, 99999)}"
        elif shape == "zi":
            cert = f"{region.prov_abbr}{region.city_abbr}执字第{n:04d}号"
        else:
            cert = f"{region.code}{year}{n:05d}"
        out.append(Officer(names.name(rng.random() < 0.7), cert))
    return out


def _style(rng: random.Random, agency: Agency, field: str, party_type: str) -> Style:
    brackets = rng.choices((("〔", "〕"), ("[", "]"), ("（", "）")), weights=(7, 2, 1))[0]
    di = rng.random() < 0.25
    numbers = NumberStyle(agency.number_prefix, brackets, di, rng.choice((0, 0, 3)) if not di else 3)
    org = party_type == "organization"
    party_label = rng.choice(("当事人", "当事人", "被处罚单位" if org else "被处罚人"))
    address_label = rng.choice(("住所", "地址", "住所（住址）") if party_type != "individual" else ("住址", "地址"))
    payment = f"{agency.region.province or agency.region.city}非税收入一般缴款书"
    return Style(
        numbers,
        MoneyStyle(rng.choice((0, 0, 1, 2))),
        rng.random() < 0.3,
        party_label,
        address_label,
        choose_titles(rng, field, payment),
        spaced_titles=rng.random() < 0.2,
    )


def choose_kind(
    rng: random.Random, field: str, party_type: str | None, procedure: str, outcome: str, kind: str | None
) -> ViolationKind:
    options = kinds_for(field, party_type, procedure, outcome == "no_penalty")
    if kind:
        options = [k for k in options if k.key == kind]
    if not options:
        raise ValueError(f"no violation fits field={field} party_type={party_type} procedure={procedure} {outcome}")
    return rng.choice(options)


def make_case(
    seed: int,
    field: str | None = None,
    procedure: str | None = None,
    party_type: str | None = None,
    outcome: str | None = None,
    kind: str | None = None,
    investigation_delay: int = 0,
) -> CaseSpec:
    rng = random.Random(seed)
    field = field or rng.choice(FIELDS)
    if procedure is None:
        simple_ok = any(k.key == kind or not kind for k in kinds_for(field, party_type, "简易程序"))
        procedure = "简易程序" if simple_ok and rng.random() < 0.15 else "普通程序"
    if outcome is None:
        minor = kinds_for(field, party_type, procedure, minor=True) if procedure == "普通程序" else []
        minor_ok = any(k.key == kind or not kind for k in minor)
        outcome = "no_penalty" if minor_ok and rng.random() < 0.08 else "penalty"
    chosen = choose_kind(rng, field, party_type, procedure, outcome, kind)
    party_type = party_type or rng.choices(chosen.party_types, weights=[3, 2, 1][: len(chosen.party_types)])[0]
    others = tuple(r for r in REGIONS if r not in SICHUAN)
    region = rng.choice(SICHUAN) if rng.random() < 0.8 else rng.choice(others)
    agency = make_agency(rng, field, region)
    names = NamePool(rng)
    party = _party(rng, names, chosen, party_type, region)
    officers = _officers(rng, names, region, 3 if rng.random() < 0.3 else 2)
    t = tl.start_timeline(rng)
    ctx = Ctx(rng, agency, party, names, t.inspection[0], procedure, outcome, BIRTH_REGIONS)
    violation = chosen.make(ctx)
    if outcome == "no_penalty":
        violation.fine, violation.income, violation.goods, violation.warning = 0, None, None, False
    cls = person_class(party_type)
    amount = violation.fine + int(violation.income or 0)
    collective = procedure == "普通程序" and outcome == "penalty" and amount >= COLLECTIVE[cls]
    hearing = procedure == "普通程序" and outcome == "penalty" and (amount >= HEARING_LOW[cls] or bool(violation.goods))
    waiver = rng.random() < 0.55
    witness = None
    extra: dict[str, str] = {}
    if violation.witness_qa and procedure == "普通程序" and rng.random() < 0.7:
        years = (t.clue.year - 17, t.clue.year - 17) if violation.witness_role == "minor" else (1962, 2000)
        witness = names.person(BIRTH_REGIONS, make_address(rng, region, building=True), years)
        if violation.witness_role == "minor":
            extra["监护人"] = names.name(rng.random() < 0.5)
    if violation.source == "投诉举报":
        customer = witness is not None and violation.witness_role in ("customer", "owner")
        extra["举报人"] = witness.name if customer and witness else names.name(rng.random() < 0.5)
        extra["举报人电话"] = witness.phone if customer and witness else make_mobile(rng)
    pays = bool(violation.fine or violation.income)
    if procedure == "简易程序":
        tl.complete_simple(rng, t, pays)
    elif outcome == "no_penalty":
        tl.complete_no_penalty(rng, t, witness is not None)
    else:
        tl.complete_general(rng, t, collective, waiver, witness is not None, pays, investigation_delay)
    if violation.rectify_days:
        t.rectify_deadline = t.inspection[0].date() + dt.timedelta(days=violation.rectify_days)
    leaders = {
        "负责人": names.name(rng.random() < 0.7),
        "分管负责人": names.name(rng.random() < 0.6),
        "承办机构负责人": names.name(rng.random() < 0.6),
        "法制审核": names.name(rng.random() < 0.5),
        "法制审核2": names.name(rng.random() < 0.5),
        "法制机构负责人": names.name(rng.random() < 0.5),
        "立卷人": officers[1].name,
        "检查人": names.name(rng.random() < 0.5),
    }
    serial = rng.randint(3, 260)
    spec = CaseSpec(
        seed=seed,
        field=field,
        procedure=procedure,  # type: ignore[arg-type]
        outcome=outcome,  # type: ignore[arg-type]
        agency=agency,
        party=party,
        officers=officers,
        witness=witness,
        recorder_index=1,
        leaders=leaders,
        violation=violation,
        timeline=t,
        style=_style(rng, agency, field, party_type),
        serial=serial,
        hearing_notified=hearing,
        collective=collective,
        waiver=waiver,
        archive_no=f"{(t.archive or t.clue).year}{serial:04d}",
    )
    spec.extra_names.update(extra)
    spec.extra_names["签收人"] = spec.representative.name
    return spec
