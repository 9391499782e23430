"""What to replace: every identifying value a dossier (or an excerpt) holds, learned once and replaced everywhere.

Two sources:
1. the extraction's elements — PARTY (a person or a company), LEGAL_REP, OFFICER (with the 执法证号), SIGNATURE,
   CREDIT_CODE, ID_NUMBER, PHONE, ADDRESS — so what extraction knows about a person is used wherever they appear;
2. patterns (extractors/patterns.py, ANON_*) over every document: names after a person label (被询问人：/ 签收人 /
   见证人 / 记录人 / 受送达人签名或者盖章 / 参加人员：…, a table cell or the next line), in 笔录 answers (我叫… /
   我是张三的妻子 / 证人李四称), speaker lines of minutes; companies and shops in prose; addresses after their label
   or in prose; ID numbers, credit codes, phones, plates, bank accounts, 执法证号, e-mail and IM accounts anywhere.

Every person candidate must pass ``names.is_person_name`` (a known surname, not a word of the forms), every company
``orgs.split_company``. Values already masked in the source (张某某, 陶**, 5101**********1234) are left alone.
Positions are kept only to order entities (当事人 first, then by first appearance).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Dossier, Element, ElementKind, Officer, Party, PartyType
from extractors.normalize import compact, is_masked, normalize

from .model import Kind
from .names import ADVERBS, PARTICLES, is_person_name, readings, surname_of
from .orgs import split_company
from .regions import find_region, region_length

#: documents whose 记录人 is a minute-taker or clerk, not an officer of the case (as extractors/elements/officers.py)
_CLERKED = (DocType.COLLECTIVE_DISCUSSION, DocType.HEARING)
_OFFICER_LABELS = frozenset(P.OFFICER_LABELS) | {"执法人员签名", "询问人签名", "记录人签名", "送达人签名"}
_OFFICER_ROLES = frozenset({"执法人员", "承办人", "记录人", "询问人", "送达人"})
_SPEAKER_DOCS = (DocType.COLLECTIVE_DISCUSSION, DocType.HEARING)
#: labels of the party and its representative: their persons come first in the pseudonym order (当事人甲)
_PARTY_LABELS = frozenset(
    [
        "当事人",
        "当事人姓名",
        "被处罚人",
        "被处罚人姓名",
        "法定代表人",
        "法人代表",
        "法定代表人姓名",
        "经营者",
        "经营者姓名",
        "投资人",
        "业主",
    ]
)
_PLACEHOLDERS = frozenset({"", "/", "无", "-", "--", "\\", "空", "暂无", "不详", "同上", "见上", "本人"})
#: an ID number or credit code cut by a line break counts only after one of these words
_DIGIT_CUES = ("身份证", "号码", "信用代码")


@dataclass(frozen=True)
class Found:
    kind: Kind
    value: str  # compact, normalised
    role: str | None = None
    officer: bool = False
    rank: tuple[int, int, int] = (9, 0, 0)  # (priority, page, position): 当事人 first, then first appearance


# -- views of a text -------------------------------------------------------------------------------------------------
class _View:
    """A text normalised (same length as the raw), its lines, and ``flat``: the normalised text without line breaks,
    with ``joins`` the flat positions where a line break was removed."""

    def __init__(self, raw: str) -> None:
        self.norm = normalize(raw)
        self.lines = self.norm.split("\n")
        flat: list[str] = []
        joins: list[int] = []
        for ch in self.norm:
            if ch == "\n":
                joins.append(len(flat))
            else:
                flat.append(ch)
        self.flat = "".join(flat)
        self.joins = joins

    def straddles(self, start: int, end: int) -> bool:
        return any(start < j < end for j in self.joins)


# -- the dossier -----------------------------------------------------------------------------------------------------
def collect_dossier(dossier: Dossier) -> list[Found]:
    """Every identifying value of ``dossier``: its elements, then the patterns over each document's text (names
    after a label first, so a name in prose is read as the person the dossier already knows: 龙静 in 龙静向当事人)."""
    texts: list[tuple[str, DocType | None, int]] = []
    covered: set[int] = set()
    for doc in dossier.documents:
        covered.update(ref.page for ref in doc.pages)
        texts.append((DocText(dossier, doc).text, doc.doc_type, doc.pages[0].page))
    texts += [(p.text, None, p.number) for p in dossier.pages if p.number not in covered]
    views = [(_View(text), doc_type, page) for text, doc_type, page in texts]
    found = list(_from_elements(dossier.elements))
    for view, doc_type, page in views:
        found.extend(_labelled_persons(view, doc_type, page))
    known = frozenset(f.value for f in found if f.kind == Kind.PERSON)
    for view, doc_type, page in views:
        found.extend(_other(view, doc_type, page, known))
    return found


def _from_elements(elements: tuple[Element, ...]) -> Iterator[Found]:
    for e in elements:
        if e.masked:
            continue
        rank_at = (e.prov.page, e.prov.span[0])
        value = e.value
        if e.kind == ElementKind.PARTY and isinstance(value, Party):
            name = _clean_name(value.name)
            person = value.party_type == PartyType.INDIVIDUAL or value.party_type is None
            if person and is_person_name(name, strict=False):
                yield Found(Kind.PERSON, name, e.role, rank=(0 if e.role == "当事人" else 2, *rank_at))
            elif split_company(name, strict=False):
                yield Found(Kind.COMPANY, name, e.role, rank=(0, *rank_at))
        elif e.kind == ElementKind.LEGAL_REP and isinstance(value, str):
            name = _clean_name(value)
            if is_person_name(name, strict=False):
                priority = 1 if e.role in ("法定代表人", "经营者", "投资人") else 2
                yield Found(Kind.PERSON, name, e.role, rank=(priority, *rank_at))
        elif e.kind == ElementKind.OFFICER and isinstance(value, Officer):
            name = _clean_name(value.name)
            if is_person_name(name, strict=False):
                yield Found(Kind.PERSON, name, e.role, officer=True, rank=(3, *rank_at))
            if value.cert_no and not is_masked(value.cert_no):
                yield Found(Kind.CERT_NO, _code(value.cert_no), e.role, officer=True, rank=(3, *rank_at))
        elif e.kind == ElementKind.SIGNATURE and isinstance(value, str) and e.role != "笔录确认":
            for name in _names_in(value):
                yield Found(Kind.PERSON, name, e.role, rank=(2, *rank_at))
        elif e.kind in (ElementKind.CREDIT_CODE, ElementKind.ID_NUMBER, ElementKind.PHONE) and isinstance(value, str):
            kind = {ElementKind.CREDIT_CODE: Kind.CREDIT_CODE, ElementKind.ID_NUMBER: Kind.ID_NUMBER}.get(e.kind)
            code = _code(value)
            if len(code) >= 7 and not is_masked(code):
                yield Found(kind or Kind.PHONE, code, e.role, rank=(2, *rank_at))
        elif e.kind == ElementKind.ADDRESS and isinstance(value, str):
            address = _address(compact(normalize(value)))
            if address:
                yield Found(Kind.ADDRESS, address, e.role, rank=(2, *rank_at))


# -- a text ----------------------------------------------------------------------------------------------------------
def collect_text(text: str, *, doc_type: DocType | None = None, page: int = 0) -> list[Found]:
    """Every identifying value the patterns find in ``text`` (one document's or an excerpt's)."""
    view = _View(text)
    labelled = list(_labelled_persons(view, doc_type, page))
    known = frozenset(f.value for f in labelled if f.kind == Kind.PERSON)
    return labelled + list(_other(view, doc_type, page, known))


def _other(view: _View, doc_type: DocType | None, page: int, known: frozenset[str]) -> Iterator[Found]:
    yield from _prose_persons(view, doc_type, page, known)
    if doc_type in _SPEAKER_DOCS:
        yield from _speakers(view, page)
    yield from _companies(view, page)
    yield from _addresses(view, page)
    yield from _codes(view, page)


def _labelled_persons(view: _View, doc_type: DocType | None, page: int) -> Iterator[Found]:
    offset = 0
    lines = view.lines
    for i, line in enumerate(lines):
        matches = list(P.ANON_PERSON_LABEL.finditer(line))
        taken = [(m.start(), m.end()) for m in matches]
        matches += [
            m
            for m in P.ANON_PERSON_LABEL_SUFFIXED.finditer(line)
            if all(m.end() <= s or m.start() >= e for s, e in taken)
        ]
        for m in matches:
            label = compact(m.group("label"))
            value, at = line[m.end() :], i
            if not value.strip() and i + 1 < len(lines):
                nxt = lines[i + 1]
                if len(compact(nxt)) <= 30 and not P.GENERIC_LABEL.match(nxt.strip()):
                    value, at = nxt, i + 1
            value = P.ANON_BRACKET.sub(" ", normalize(value))
            cut = _cut_value(value)
            if cut == value and at + 1 < len(lines) and P.HAN.match(value.rstrip()[-1:] or " "):
                wrap = P.ANON_NAME_WRAP.match(lines[at + 1])
                cut += wrap.group("tail") if wrap else ""
            value = cut
            officer = _is_officer_label(label, doc_type)
            rank = (1 if label in _PARTY_LABELS else 3 if officer else 2, page, offset + m.start())
            first = P.VALUE_END.search(value.strip())
            whole = _clean_name(value.strip()[: first.start()] if first else value)
            if split_company(whole, strict=False) and not is_person_name(whole):
                yield Found(Kind.COMPANY, whole, label, rank=rank)
                continue
            for name in _names_in(value):
                yield Found(Kind.PERSON, name, label, officer=officer, rank=rank)
        offset += len(line) + 1


def _is_officer_label(label: str, doc_type: DocType | None) -> bool:
    if doc_type == DocType.RECORD_NOTE:
        return False
    if label in ("记录人", "记录员") and doc_type in _CLERKED:
        return False
    return label in _OFFICER_LABELS


def _cut_value(value: str) -> str:
    """A label's value: up to the next label, a date or a sentence end."""
    end = len(value)
    for pattern in (P.GENERIC_LABEL, P.DATE):
        m = pattern.search(value, 1)
        if m:
            end = min(end, m.start())
    stop = value.find("。")
    if stop >= 0:
        end = min(end, stop)
    return value[:end]


def _names_in(value: str) -> list[str]:
    """The persons' names of a label's value: "金健（执法证号：…）、龙静" -> [金健, 龙静]; prose gives none."""
    text = P.ANON_BRACKET.sub(" ", normalize(value))
    tokens = [t.strip() for t in P.ANON_NAME_SPLIT.split(text) if t.strip()]
    merged: list[str] = []
    for token in tokens:  # a name spaced out in a table cell: 刘  洋 / 罗  志强 / 欧阳  明明
        if merged and surname_of(merged[-1]) == merged[-1] and is_person_name(merged[-1] + token, strict=False):
            merged[-1] += token
        else:
            merged.append(token)
    names: list[str] = []
    for token in merged:
        if token in _PLACEHOLDERS:
            continue
        if is_person_name(token, strict=False):
            names.append(token)
        elif len(token) > 4 or any(ch.isdigit() for ch in token):
            break  # prose or a number: the list is over
    return names


def _prose_persons(view: _View, doc_type: DocType | None, page: int, known: frozenset[str]) -> Iterator[Found]:
    flat = view.flat
    for m in P.ANON_SELF_NAME.finditer(flat):
        name = _name_at(flat, m.start("run"), known)
        if name:
            yield Found(Kind.PERSON, name, "本人", rank=(4, page, m.start()))
    for pattern in (P.ANON_KIN_NAME, P.ANON_ASKED_NAME):
        for m in pattern.finditer(flat):
            for name in readings(m.group("run"), at_end=True)[:1]:
                yield Found(Kind.PERSON, name, None, rank=(4, page, m.start()))
    for m in P.ANON_ASKED_PERSON.finditer(flat):
        if is_person_name(m.group("run")):
            yield Found(Kind.PERSON, m.group("run"), None, rank=(4, page, m.start()))
    for m in P.ANON_WITH_NAME.finditer(flat):
        name = _name_at(flat, m.start("run"), known)
        if name:
            yield Found(Kind.PERSON, name, None, rank=(4, page, m.start()))
    for m in P.ANON_ROLE_NAMES.finditer(flat):
        role = flat[m.start() : m.start("run")].strip()
        pos = m.start("run")
        if flat[pos] in PARTICLES:
            continue  # 当事人向国家… / 经营者于当日…: a preposition, not a surname
        while pos < len(flat):
            name = _name_at(flat, pos, known)
            if not name:
                break
            officer = role in _OFFICER_ROLES and _is_officer_label(role, doc_type)
            yield Found(Kind.PERSON, name, role, officer=officer, rank=(4, page, pos))
            pos += len(name)
            remark = P.ANON_NAME_REMARK.match(flat, pos)
            pos = remark.end() if remark else pos
            sep = P.ANON_LIST_COMMA.match(flat, pos)
            if not sep or sep.end() == pos:
                break
            pos = sep.end()


def _name_at(flat: str, pos: int, known: frozenset[str] = frozenset()) -> str:
    """The name starting at ``pos``: a name the dossier already knows, else the longest reading whose next character
    may follow a name — but not one ending in a particle when a shorter reading fits (龙静 in 龙静向当事人)."""
    run = flat[pos : pos + 4]
    for size in (4, 3, 2):
        if run[:size] in known and len(run) >= size:
            return run[:size]
    fits = [
        n
        for n in readings(run, at_end=False)
        if pos + len(n) == len(flat) or P.ANON_NAME_FOLLOW.match(flat, pos + len(n))
    ]
    for name in fits:
        shorter = any(len(other) < len(name) for other in fits)
        if shorter and (name[-1] in PARTICLES or flat[pos + len(name) - 1 : pos + len(name) + 1] in ADVERBS):
            continue
        return name
    return ""


def _speakers(view: _View, page: int) -> Iterator[Found]:
    for m in P.ANON_SPEAKER.finditer(view.norm):
        name = m.group("name")
        if is_person_name(name):
            yield Found(Kind.PERSON, name, "发言人", rank=(4, page, m.start()))


def _companies(view: _View, page: int) -> Iterator[Found]:
    for m in P.ANON_ORG_PROSE.finditer(view.flat):
        run = m.group()
        cut = P.ANON_ORG_CUT.match(run[:-2])  # a quoted 文号 before the name: …责改(2025)252号西安市…
        base = cut.end() if cut else 0
        run = run[base:]
        start = find_region(run, limit=len(run) - 2)
        if start < 0:
            lead = P.ANON_ORG_LEAD.match(run)
            start = lead.end() if lead else 0
        name = run[start:]
        if split_company(name, strict=True):
            yield Found(Kind.COMPANY, name, None, rank=(5, page, m.start() + base + start))


def _addresses(view: _View, page: int) -> Iterator[Found]:
    for i, line in enumerate(view.lines):
        for m in P.ANON_ADDRESS_LABEL.finditer(line):
            value = line[m.end() :]
            if not value.strip() and i + 1 < len(view.lines):
                value = view.lines[i + 1]
            cut = P.VALUE_END.search(value.strip())
            value = value.strip()[: cut.start()] if cut else value.strip()
            label = P.GENERIC_LABEL.search(value, 1)
            address = _address(compact(value[: label.start()] if label else value))
            if address:
                yield Found(Kind.ADDRESS, address, compact(m.group("label")), rank=(6, page, 0))
    for m in P.ANON_ADDRESS_PROSE.finditer(view.flat):
        run = m.group()
        start = find_region(run)
        if start < 0:
            lead = P.ANON_ADDRESS_LEAD.match(run)
            if not lead:
                continue
            start = lead.end()
        address = _address(run[start:])
        if address:
            yield Found(Kind.ADDRESS, address, None, rank=(6, page, m.start()))


def _address(value: str) -> str:
    """``value`` when it is an address with something below the county (a unit and a number), else ""."""
    value = value.strip(" ()")
    if value in _PLACEHOLDERS or len(value) < 4:
        return ""
    tail = value[region_length(value) :]
    if not tail or P.ANON_PUBLIC_BODY.search(tail):
        return ""
    if not P.ANON_ADDRESS_UNIT.search(tail) or not any(ch.isdigit() or ch in "一二三四五六七八九十" for ch in tail):
        return ""
    return value


def _codes(view: _View, page: int) -> Iterator[Found]:
    flat = view.flat
    simple = (
        (P.ANON_ID_NUMBER, Kind.ID_NUMBER, 0),
        (P.ANON_CREDIT_CODE, Kind.CREDIT_CODE, 0),
        (P.ANON_MOBILE, Kind.PHONE, 0),
        (P.ANON_LANDLINE, Kind.PHONE, 0),
        (P.ANON_PHONE_LABELED, Kind.PHONE, "value"),
        (P.ANON_BANK_ACCOUNT, Kind.BANK_ACCOUNT, "value"),
        (P.ANON_EMAIL, Kind.EMAIL, 0),
        (P.ANON_IM_ACCOUNT, Kind.ACCOUNT, "value"),
    )
    for pattern, kind, group in simple:
        for m in pattern.finditer(flat):
            s, e = m.span(group)
            if view.straddles(s, e) and (
                kind not in (Kind.ID_NUMBER, Kind.CREDIT_CODE)
                or not any(cue in flat[max(0, s - 16) : s] for cue in _DIGIT_CUES)
            ):
                continue  # a value across a line break: only an 18-character code after its label
            value = _code(m.group(group)) if kind != Kind.EMAIL else m.group(group)
            if kind == Kind.CREDIT_CODE and _is_id(value):
                continue
            yield Found(kind, value, None, rank=(7, page, s))
    for m in P.ANON_PLATE.finditer(flat):
        yield Found(Kind.PLATE, _code(m.group()), None, rank=(7, page, m.start()))
    for m in P.ANON_CERT_CUE.finditer(flat):
        pos = m.end()
        while True:  # a list right after the cue: 川成执字第3243号 / 51010021001、51010021002
            t = P.OFFICER_CERT_NO.match(flat, pos)
            if not t:
                break
            value = _code(t.group())
            if sum(ch.isdigit() for ch in value) >= 3 and not is_masked(value) and not _is_id(value):
                officer = "执法" in m.group()  # a 执法证号, not a 许可证号 or another 证件号
                yield Found(Kind.CERT_NO, value, None, officer=officer, rank=(7, page, t.start()))
            gap = P.ANON_CERT_GAP.match(flat, t.end())
            if not gap:
                break
            pos = gap.end()


def _is_id(value: str) -> bool:
    return bool(P.ANON_ID_NUMBER.fullmatch(value))


def _code(value: str) -> str:
    """A code, phone or plate without separators: "151-4021-0640" -> "15140210640", "川A·4NNSA" -> "川A4NNSA",
    "+86 15140210640" -> "15140210640"."""
    code = P.ANON_CODE_SEPARATOR.sub("", normalize(value))
    if len(code) in (13, 14) and code.lstrip("+").startswith("86") and code[-11] == "1":
        code = code[-11:]
    return code


def _clean_name(value: str) -> str:
    return compact(P.ANON_BRACKET.sub("", normalize(value)))
