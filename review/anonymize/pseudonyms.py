"""Pseudonyms: one per entity, consistent inside a case, in the chosen style.

Persons
- mouyou: surname + 某 (肖晓东 → 肖某); two or more persons with one surname → 张某甲, 张某乙 … in order (当事人 first,
  then first appearance);
- jiayi: 甲, 乙, 丙 … in the same order (then 子, 丑 … and 某23, 某24 …), one sequence shared with the companies;
- stars: surname + one * per other character (肖**), as published decisions mask.
Companies and shops keep region, industry and form and replace the 字号: 成都某某商贸有限公司 / 成都丙商贸有限公司 /
成都**商贸有限公司 (two companies that would read alike get 某甲 / 某乙); the same 字号 is the same company.
Addresses keep province, city and county and replace every part below, keeping the units: 成都市双流区某某路某段某号
(stars: 成都市双流区****).
Codes keep a prefix that identifies nobody, whatever the style: 身份证号 5134************** (the birth date is masked),
统一社会信用代码 92510116********** (authority, type and region), mobile 151********, landline 028-********, plate
川A*****; bank accounts, 执法证号 digits, e-mail and IM accounts are masked entirely.
"""

from __future__ import annotations

from collections import defaultdict

from extractors import patterns as P

from .collect import Found
from .model import Alias, CaseMapping, Entity, Kind, Style
from .names import surname_of
from .orgs import CompanyName, form_of, split_company
from .regions import region_length
from .replace import apply, find_spans

STEMS = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
#: when one value is learned as two kinds, the first of these wins (an ID number after 证件号码 is no 执法证号)
_KIND_ORDER = (
    Kind.ID_NUMBER, Kind.BANK_ACCOUNT, Kind.CREDIT_CODE, Kind.PHONE, Kind.PLATE, Kind.CERT_NO, Kind.ACCOUNT,
    Kind.EMAIL, Kind.COMPANY, Kind.ADDRESS, Kind.PERSON,
)  # fmt: skip


def stem(i: int) -> str:
    return STEMS[i] if i < len(STEMS) else f"某{i + 1}"


def build_mapping(
    found: list[Found], style: Style, keep_officers: bool, base: CaseMapping | None = None
) -> CaseMapping:
    """The case mapping for ``found`` (merged by kind and value); with ``base``, ``found`` extends it: known values
    keep their pseudonyms and new ones continue the sequences."""
    known = {(e.kind, a.original) for e in (base.entities if base else ()) for a in e.spellings()}
    merged = _merge(found, known)
    entities: list[Entity] = list(base.entities) if base else []
    stems = _jiayi_stems(merged, entities, keep_officers) if style == Style.JIAYI else {}
    entities += _persons(merged[Kind.PERSON], style, keep_officers, entities, stems)
    entities += _companies(merged[Kind.COMPANY], style, entities, stems)
    entities += _addresses(merged[Kind.ADDRESS], style)
    for kind in _KIND_ORDER:
        if kind not in (Kind.PERSON, Kind.COMPANY, Kind.ADDRESS):
            entities += [_code_entity(f, keep_officers) for f in merged[kind]]
    return CaseMapping(style=style, keep_officers=keep_officers, entities=_sanitised(entities))


def _sanitised(entities: list[Entity]) -> tuple[Entity, ...]:
    """A pseudonym never carries another entity's original: a company read with a person's name in its 字号, or a
    span that wrongly took in more than one value, has the other values replaced inside its pseudonym too."""
    out: list[Entity] = []
    for i, e in enumerate(entities):
        others = CaseMapping(entities=tuple(x for j, x in enumerate(entities) if j != i))
        if e.keep or not any(_holds(p.pseudonym, others) for p in e.spellings()):
            out.append(e)
            continue
        aliases = tuple(Alias(original=a.original, pseudonym=apply(a.pseudonym, others)) for a in e.aliases)
        out.append(e.model_copy(update={"pseudonym": apply(e.pseudonym, others), "aliases": aliases}))
    return tuple(out)


def _holds(text: str, others: CaseMapping) -> bool:
    return any(not s.entity.keep for s in find_spans(text, others))


def _merge(found: list[Found], known: set[tuple[Kind, str]]) -> dict[Kind, list[Found]]:
    best: dict[str, Found] = {}
    officer: set[tuple[Kind, str]] = set()
    for f in found:
        if not f.value:
            continue
        if f.officer:
            officer.add((f.kind, f.value))
        old = best.get(f.value)
        if (
            old is None
            or _KIND_ORDER.index(f.kind) < _KIND_ORDER.index(old.kind)
            or (old.kind == f.kind and f.rank < old.rank)
        ):
            best[f.value] = f
    trades = {
        c.trade for f in best.values() if f.kind == Kind.COMPANY for c in [split_company(f.value, strict=False)] if c
    }
    out: dict[Kind, list[Found]] = defaultdict(list)
    for f in sorted(best.values(), key=lambda f: f.rank):
        if (f.kind, f.value) in known or (f.kind == Kind.PERSON and f.value in trades):
            continue
        if (f.kind, f.value) in officer and not f.officer:
            f = Found(f.kind, f.value, f.role, True, f.rank)
        out[f.kind].append(f)
    return out


def _jiayi_stems(merged: dict[Kind, list[Found]], existing: list[Entity], keep_officers: bool) -> dict[str, str]:
    """One stem per person and per company (by 字号), shared by both in order of rank: the party company is 甲
    and its legal representative 乙, never two entities with one stem. Keys: "p:" + name, "c:" + 字号."""
    taken = {e.pseudonym for e in existing if e.kind == Kind.PERSON and not e.keep}
    for e in existing:
        c = split_company(e.original, strict=False) if e.kind == Kind.COMPANY else None
        if c:
            taken.add(_token_in(e.pseudonym, c))
    order: dict[str, tuple[int, int, int]] = {}
    for f in merged[Kind.PERSON]:
        if not (keep_officers and f.officer):
            order.setdefault("p:" + f.value, f.rank)
    for f in merged[Kind.COMPANY]:
        c = split_company(f.value, strict=False)
        if c:
            key = "c:" + c.trade
            order[key] = min(order.get(key, f.rank), f.rank)
    stems: dict[str, str] = {}
    free = (stem(i) for i in range(10_000))
    for key in sorted(order, key=lambda k: order[k]):
        stems[key] = next(t for t in free if t not in taken)
    return stems


# -- persons ---------------------------------------------------------------------------------------------------------
def _persons(
    found: list[Found], style: Style, keep_officers: bool, existing: list[Entity], stems: dict[str, str]
) -> list[Entity]:
    taken = {e.pseudonym for e in existing if e.kind == Kind.PERSON and not e.keep}
    out: list[Entity] = []
    active = [f for f in found if not (keep_officers and f.officer)]
    by_surname: dict[str, int] = defaultdict(int)
    for f in active:
        by_surname[surname_of(f.value)] += 1
    for e in existing:
        if e.kind == Kind.PERSON and not e.keep:
            by_surname[surname_of(e.original)] += 1
    for f in found:
        if keep_officers and f.officer:
            out.append(
                Entity(kind=Kind.PERSON, original=f.value, pseudonym=f.value, role=f.role, officer=True, keep=True)
            )
            continue
        surname = surname_of(f.value)
        if style == Style.JIAYI:
            pseudonym = stems["p:" + f.value]
        elif style == Style.STARS:
            pseudonym = surname + "*" * (len(f.value) - len(surname))
        elif by_surname[surname] == 1 and surname + "某" not in taken:
            pseudonym = surname + "某"
        else:
            pseudonym = _next_free((surname + "某" + stem(i) for i in range(1000)), taken)
        taken.add(pseudonym)
        out.append(Entity(kind=Kind.PERSON, original=f.value, pseudonym=pseudonym, role=f.role, officer=f.officer))
    return out


def _next_free(candidates, taken: set[str]) -> str:
    return next(c for c in candidates if c not in taken)


# -- companies -------------------------------------------------------------------------------------------------------
def _companies(found: list[Found], style: Style, existing: list[Entity], stems: dict[str, str]) -> list[Entity]:
    token_of: dict[str, str] = {}  # 字号 -> its token (the same 字号 is the same business)
    used: set[str] = set()
    for e in existing:
        if e.kind == Kind.COMPANY:
            c = split_company(e.original, strict=False)
            if c:
                token_of[c.trade] = _token_in(e.pseudonym, c)
                used.add(e.pseudonym)
    out: list[Entity] = []
    for f in found:
        c = split_company(f.value, strict=False)
        if c is None:
            continue
        if c.trade not in token_of:
            if style == Style.JIAYI:
                token = stems["c:" + c.trade]
            elif style == Style.STARS:
                token = "*" * len(c.trade)
            else:
                tokens = ("某某", *("某" + stem(i) for i in range(1000)))
                token = next(t for t in tokens if c.render(t) not in used)
            token_of[c.trade] = token
        token = token_of[c.trade]
        pseudonym = c.render(token)
        used.add(pseudonym)
        out.append(Entity(kind=Kind.COMPANY, original=f.value, pseudonym=pseudonym, aliases=_company_aliases(c, token),
                          role=f.role))  # fmt: skip
    return out


def _token_in(pseudonym: str, c: CompanyName) -> str:
    return pseudonym[len(c.region) : len(pseudonym) - len(c.rest)] if pseudonym.startswith(c.region) else pseudonym


def _company_aliases(c: CompanyName, token: str) -> tuple[Alias, ...]:
    """Other spellings: without the region (美佳商贸有限公司) and 字号 + a short form (美佳公司)."""
    out: dict[str, str] = {}
    if c.region and len(c.trade + c.rest) >= 4:
        out[c.trade + c.rest] = token + c.rest
    form = form_of(c.rest)
    for short in {form, "公司" if "公司" in form else "", "厂" if form.endswith("厂") else ""}:
        if short and len(c.trade) >= 2:
            out.setdefault(c.trade + short, token + short)
    return tuple(Alias(original=k, pseudonym=v) for k, v in out.items() if k != c.region + c.trade + c.rest)


# -- addresses -------------------------------------------------------------------------------------------------------
def _addresses(found: list[Found], style: Style) -> list[Entity]:
    out: list[Entity] = []
    for f in found:
        cut = region_length(f.value)
        region, tail = f.value[:cut], f.value[cut:]
        masked = mask_address_tail(tail, style)
        aliases = (Alias(original=tail, pseudonym=masked),) if region and len(tail) >= 6 else ()
        out.append(Entity(kind=Kind.ADDRESS, original=f.value, pseudonym=region + masked, aliases=aliases, role=f.role))
    return out


def mask_address_tail(tail: str, style: Style) -> str:
    """长城路一段206号附5号 -> 某某路某段某号附某号 (stars: ****)."""
    if style == Style.STARS:
        return "****"
    out: list[str] = []
    pos = 0
    for m in P.ANON_ADDRESS_UNIT.finditer(tail):
        body = m.group("body")
        if body:
            out.append("某" if all(ch.isdigit() or ch in "一二三四五六七八九十百零〇-" for ch in body) else "某某")
        out.append(m.group("unit"))
        pos = m.end()
    if pos < len(tail):
        out.append("某某")
    return "".join(out)


# -- codes -----------------------------------------------------------------------------------------------------------
def _code_entity(f: Found, keep_officers: bool) -> Entity:
    keep = keep_officers and f.kind == Kind.CERT_NO and f.officer
    pseudonym = f.value if keep else mask_code(f.kind, f.value)
    return Entity(kind=f.kind, original=f.value, pseudonym=pseudonym, role=f.role, officer=f.officer, keep=keep)


def mask_code(kind: Kind, value: str) -> str:
    stars = "*" * len(value)
    if kind == Kind.ID_NUMBER:
        return value[:4] + stars[4:]
    if kind == Kind.CREDIT_CODE:
        return value[:8] + stars[8:]
    if kind == Kind.PHONE:
        if len(value) == 11 and value.startswith("1"):
            return value[:3] + stars[3:]
        if value.startswith("0"):
            area = 3 if value.startswith(("010", "02")) else 4
            return value[:area] + "-" + stars[area:]
        return stars
    if kind == Kind.PLATE:
        return value[:2] + stars[2:]
    if kind == Kind.CERT_NO:
        return "".join("*" if ch.isascii() and ch.isalnum() else ch for ch in value)
    if kind == Kind.EMAIL:
        return "***@***"
    return stars
