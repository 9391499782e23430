"""The party block: PARTY, CREDIT_CODE, ID_NUMBER, LEGAL_REP, ADDRESS, PHONE.

How the block is read:
1. Every "label:" at a field start (patterns.GENERIC_LABEL, spaces inside labels allowed) is looked up in
   patterns.PARTY_LABELS; its value runs to the next label on the line or the line end, then is cut at , ; 。 or a
   run of two spaces (several "label: value" pairs share a line).
2. Lines that start with a label form a run; a long prose line (or a sentence) ends the run. Inside a run a name label
   (当事人 / 被处罚单位 / 名称 / 被询问人 / 受送达人 …) starts a record; labels of other people (委托代理人, 执法人员,
   询问人, 记录人 …) start a record that is ignored, so an officer's or an agent's number never lands on the party.
   Fields before the first name of a run belong to the run's first record.
3. Roles: 当事人 (also for a notice's addressee line "某某公司:"), 被询问人 (被询问人 labels; 姓名 in a 询问笔录),
   受送达人. LEGAL_REP roles: 法定代表人 / 负责人 / 经营者 / 投资人 as labelled. When a document names no party but an
   经营者 / 投资人, that person is also the PARTY.
4. Credit codes and ID numbers are also taken after their label anywhere in the text (统一社会信用代码为91…).
   Masked values (``*``, ``×``, lower-case ``x``, runs of ``XXX`` that fail the checksum) are kept as written with
   masked=True and valid=None; otherwise valid is the GB 32100 / GB 11643 check (python-stdnum). An ID number on
   the line of a 法定代表人 / 经营者 (法定代表人：张三 身份证号：…) gets that role, not 当事人. An OCR'd code that
   fails the check but passes it once the letters a code never holds are read as the digits they look like
   (O -> 0, I -> 1, Z -> 2, S -> 5) takes that reading; typed text keeps what it says.
5. Without any name label: a prose line "当事人醴陵市某某花炮厂，统一社会信用代码…，法定代表人陶**" (no colons) is read.
6. Party type: a credit code starting 92 -> individual_business, another code -> organization; 个体工商户 / 字号 /
   an 经营者 label -> individual_business; 公司 / 厂 / 合作社 / 医院 … -> organization; an ID number, 性别, 出生 or a
   2-4 character (or masked) person name -> individual; otherwise None (a bare shop name is not guessed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stdnum.cn import ric, uscc

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind, Party, PartyType
from extractors.normalize import compact, is_masked, unspace

from .scan import Scan, scan_of

EXTRACTOR = "parties.v1"
_NAME_KINDS = {"name", "person_name", "interviewee", "addressee"}
_NO_VALUE_KINDS = {"other", "break", "person"}
_ID_LABELS = {"身份证号码", "身份证号", "身份证件号码", "公民身份号码", "居民身份证号码", "身份证", "身份证件号"}
_CODE_LABELS = {"统一社会信用代码", "社会信用代码", "信用代码"}
_ADDRESSED = {DocType.NOTICE, DocType.HEARING_NOTICE, DocType.RECTIFICATION_ORDER, DocType.DECISION}
_SECTION_LABEL_ENDS = ("意见", "结论", "审批", "审核", "签名", "签字", "情况", "事实", "案情", "理由", "经过", "依据")
_PLACEHOLDERS = {"", "/", "无", "-", "--", "\\", "空", "暂无", "不详"}


@dataclass
class _Field:
    kind: str
    label: str
    line: int
    vstart: int  # value span in the text, trimmed
    vend: int


@dataclass
class _Record:
    role: str | None  # None: somebody else's block (agent, officer) — ignored
    fields: list[_Field] = field(default_factory=list)
    name: _Field | None = None


Hit = tuple[int, int, Element]  # span in the document text, element


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    records = _records(scan, _fields(scan))
    hits: list[Hit] = []
    for rec in records:
        if rec.role is not None:
            hits.extend(_record_elements(scan, rec))
    hits.extend(_labelled_codes(scan, records, [(s, e) for s, e, _ in hits]))
    if not any(e.kind == ElementKind.PARTY for _, _, e in hits):
        hits.extend(_fallback_party(scan, hits))
    return [e for _, _, e in sorted(hits, key=lambda h: (h[0], h[1]))]


# -- fields and records -------------------------------------------------------------------------------------------
def _label_kind(label: str) -> tuple[str, str] | None:
    key = unspace(label)
    if key.startswith("(") and key.endswith(")"):  # (公司名称)
        key = key[1:-1]
    key = key.removeprefix("(")
    # the part before a bracket only when the bracket ends the label: 受送达人(单位) is 受送达人, but
    # 当事人(现场负责人)意见 is an opinion line, not a 当事人
    head = key.split("(")[0] if key.endswith(")") else key
    for candidate in (key, P.LABEL_BRACKET.sub("", key), head):
        if candidate in P.PARTY_LABELS:
            return P.PARTY_LABELS[candidate], candidate
    return None


def _fields(scan: Scan) -> list[tuple[int, _Field | None]]:
    """(line, field) for every label at the start of a line and its line-mates, (line, None) for other lines."""
    items: list[tuple[int, _Field | None]] = []
    nonempty = scan.nonempty_lines()
    for n, i in enumerate(nonempty):
        s, _ = scan.line_spans[i]
        line = scan.line(i)
        labels = list(P.GENERIC_LABEL.finditer(line))
        if not labels or line[: labels[0].start()].strip(" ("):
            items.append((i, _table_field(scan, i)))
            continue
        for k, m in enumerate(labels):
            stop = labels[k + 1].start() if k + 1 < len(labels) else len(line)
            found = _label_kind(m.group("label"))
            kind, label = found if found else ("other", unspace(m.group("label")))
            if kind == "other" and label.endswith(_SECTION_LABEL_ENDS):
                kind = "break"  # 负责人意见: / 简要案情: … ends the party block; a 负责人 after it is the approver
            vs, ve = scan.trim(s + m.end(), s + stop)
            if vs == ve and kind not in _NO_VALUE_KINDS and k + 1 == len(labels) and n + 1 < len(nonempty):
                vs, ve = _next_line_value(scan, nonempty[n + 1], vs)
            items.append((i, _Field(kind, label, i, vs, ve)))
    return items


def _table_field(scan: Scan, i: int) -> _Field | None:
    """A table row "受送达人 重庆某某有限公司" (a party label, spaces, the value; no colon)."""
    m = P.TABLE_LABEL.match(scan.line(i))
    found = _label_kind(m.group("label")) if m else None
    if m is None or found is None:
        return None
    s, e = scan.line_spans[i]
    vs, ve = scan.trim(s + m.end(), e)
    return _Field(found[0], found[1], i, vs, ve)


def _next_line_value(scan: Scan, i: int, empty: int) -> tuple[int, int]:
    """当事人: / 身份证号码: with the value on the next line (no label there, a short line): that line is the value."""
    line = scan.line(i)
    if P.GENERIC_LABEL.search(line) or len(compact(line)) > 40 or "。" in line:
        return empty, empty
    s, e = scan.line_spans[i]
    return scan.trim(s, e)


def _records(scan: Scan, items: list[tuple[int, _Field | None]]) -> list[_Record]:
    default_role = "被询问人" if scan.doc_type == DocType.INQUIRY_RECORD else "当事人"
    records: list[_Record] = []
    run: list[_Record] = []
    pending: list[_Field] = []

    def close_run() -> None:
        nonlocal run, pending
        if pending:
            target = next((r for r in run if r.role is not None), None)
            if target is None:
                target = _Record(default_role)
                records.append(target)
            target.fields[:0] = pending
        run, pending = [], []

    consumed = {scan.line_no(f.vstart) for _, f in items if f is not None and f.line != scan.line_no(f.vstart)}
    for i, fld in items:
        if fld is None:
            line = compact(scan.line(i))
            if i not in consumed and (len(line) > 30 or "。" in line):
                close_run()
            continue
        kind = fld.kind
        current = run[-1] if run else None
        if kind == "break":
            rec = _Record(None, [fld])
            run.append(rec)
            records.append(rec)
        elif kind in _NAME_KINDS:
            if current and current.role and current.name and not _has_value(scan, current.name):
                current.name = fld
                current.fields.append(fld)
                continue
            rec = _Record(_role_of(scan, kind), [fld], fld)
            run.append(rec)
            records.append(rec)
        elif current is None:
            pending.append(fld)
        else:
            current.fields.append(fld)
    close_run()
    return records


def _role_of(scan: Scan, kind: str) -> str:
    if kind == "interviewee" or (kind == "person_name" and scan.doc_type == DocType.INQUIRY_RECORD):
        return "被询问人"
    if kind == "addressee":
        return "受送达人"
    return "当事人"


def _has_value(scan: Scan, fld: _Field) -> bool:
    vs, ve = _cut_value(scan, fld.vstart, fld.vend)
    return ve > vs


# -- values ---------------------------------------------------------------------------------------------------------
def _cut_value(scan: Scan, vs: int, ve: int) -> tuple[int, int]:
    m = P.VALUE_END.search(scan.norm, vs, ve)
    return scan.trim(vs, m.start() if m else ve)


def _name_span(scan: Scan, vs: int, ve: int, person: bool) -> tuple[int, int]:
    line_end = ve
    vs, ve = _cut_value(scan, vs, ve)
    if person and ve - vs == 1:  # 法定代表人：罗  志强 — a surname set apart from the given name
        m = P.SPACED_GIVEN_NAME.match(scan.norm, ve, line_end)
        if m and P.PERSON_NAME.fullmatch(scan.norm[vs] + m.group("given")):
            ve = m.end()
    text = scan.norm[vs:ve]
    pieces = text.split()
    if len(pieces) > 1 and not all(len(x) == 1 for x in pieces):
        head = pieces[0]
        if P.PERSON_NAME.match(head) or P.ORG_NAME.search(head) or P.SHOP_NAME.search(head) or "(" in head:
            ve = vs + len(head)
    tail = P.PARTY_NAME_TAIL.search(scan.norm, vs, ve)
    if tail:
        ve = tail.start()
    if person or P.PERSON_NAME.match(compact(scan.norm[vs:ve]).split("(")[0]):
        paren = scan.norm.find("(", vs, ve)
        if paren > vs:
            ve = paren
    vs, ve = scan.trim(vs, ve)
    while ve > vs and scan.norm[ve - 1] in "(:":
        ve -= 1
    return scan.trim(vs, ve)


def _record_elements(scan: Scan, rec: _Record) -> list[Hit]:
    role = rec.role
    out: list[Hit] = []
    codes: list[Hit] = []
    person_hint = False
    business_hint = False
    rep_line: tuple[int, str] | None = None  # (line, role) of the last legal representative field
    for fld in rec.fields:
        if fld.kind == "code":
            holder = rep_line[1] if rep_line and rep_line[0] == fld.line else role
            codes.extend(_code_elements(scan, fld, role, id_role=holder))
        elif fld.kind.startswith("rep:"):
            rep_line = (fld.line, fld.kind[4:])
            vs, ve = _name_span(scan, fld.vstart, fld.vend, person=True)
            value = compact(scan.raw[vs:ve])
            if value not in _PLACEHOLDERS:
                out.append(_hit(scan, ElementKind.LEGAL_REP, value, vs, ve, fld.kind[4:], masked=is_masked(value)))
            business_hint |= fld.kind == "rep:经营者"
        elif fld.kind == "address":
            vs, ve = _cut_value(scan, fld.vstart, fld.vend)
            if compact(scan.raw[vs:ve]) not in _PLACEHOLDERS:
                out.append(_hit(scan, ElementKind.ADDRESS, scan.raw[vs:ve].strip(), vs, ve, role))
        elif fld.kind == "phone":
            m = P.PHONE_TOKEN.search(scan.norm, fld.vstart, fld.vend)
            if m:
                vs, ve = scan.trim(m.start(), m.end())
                value = scan.raw[vs:ve]
                out.append(_hit(scan, ElementKind.PHONE, value, vs, ve, role, masked="*" in value))
        elif fld.kind == "person":
            person_hint = True
        elif fld.kind == "tradename":
            business_hint = True
    out.extend(codes)
    if rec.name is None:
        return out
    person = rec.name.kind in ("person_name", "interviewee")
    vs, ve = _name_span(scan, rec.name.vstart, rec.name.vend, person=person)
    name = compact(scan.raw[vs:ve])
    norm_name = compact(scan.norm[vs:ve])
    if name in _PLACEHOLDERS or not (len(name) >= 2 or P.PERSON_NAME.match(norm_name)):
        return out
    tail = P.PARTY_NAME_TAIL.search(scan.norm, rec.name.vstart, rec.name.vend)
    business_hint |= bool(tail and P.INDIVIDUAL_BUSINESS_WORD.search(tail.group("tail")))
    _, line_end = scan.line_spans[scan.line_no(vs)]
    person_hint |= bool(P.SEX_WORD.search(scan.norm[ve:line_end]))
    ptype = _party_type(norm_name, [e for _, _, e in codes], business_hint, person_hint, rec)
    out.append(_hit(scan, ElementKind.PARTY, Party(name=name, party_type=ptype), vs, ve, role, masked=is_masked(name)))
    if not any(f.kind == "address" for f in rec.fields):
        m = P.ADDRESS_INLINE.search(scan.norm, ve, line_end)
        if m:
            a, b = scan.trim(m.start("value"), m.end("value"))
            out.append(_hit(scan, ElementKind.ADDRESS, scan.raw[a:b].strip(), a, b, role))
    return out


def _party_type(name: str, codes: list[Element], business: bool, person: bool, rec: _Record) -> PartyType | None:
    credit = next((e for e in codes if e.kind == ElementKind.CREDIT_CODE), None)
    if credit is not None:
        return PartyType.INDIVIDUAL_BUSINESS if str(credit.value).startswith("92") else PartyType.ORGANIZATION
    if business or P.INDIVIDUAL_BUSINESS_WORD.search(name):
        return PartyType.INDIVIDUAL_BUSINESS
    if P.ORG_NAME.search(name) or P.ORG_WORD.search(name):
        return PartyType.ORGANIZATION
    if any(f.kind in ("rep:法定代表人", "rep:负责人") for f in rec.fields):
        return PartyType.ORGANIZATION
    if person or any(e.kind == ElementKind.ID_NUMBER for e in codes) or P.PERSON_NAME.match(name):
        return PartyType.INDIVIDUAL
    return None


# -- codes ----------------------------------------------------------------------------------------------------------
def _code_elements(scan: Scan, fld: _Field, role: str | None, *, id_role: str | None = None) -> list[Hit]:
    value_text = scan.norm[fld.vstart : fld.vend]
    m = P.CREDIT_CODE_TOKEN.search(value_text)
    if not m or sum(ch.isdigit() for ch in m.group()) < 4:
        return []
    start, end = fld.vstart + m.start(), fld.vstart + m.end()
    if _is_id(fld.label, value_text, m.group()):
        return [_id_hit(scan, start, end, id_role or role)]
    if fld.label in ("注册号", "营业执照注册号") and len(m.group()) != 18:
        return []
    return [_credit_hit(scan, start, end, role)]


def _is_id(label: str, value_text: str, token: str) -> bool:
    if label in _ID_LABELS or "身份证" in value_text:
        return True
    if label in _CODE_LABELS or "执照" in value_text or "信用代码" in value_text or "许可证" in value_text:
        return False
    if token[0] == "9" or any(ch.isalpha() for ch in token[:-1]):
        return False
    return len(token) in (15, 18) and token[0] in "123456"


# letters a credit code never holds (GB 32100 leaves out I O S V Z) that OCR reads for the digits they look like
_OCR_CODE_DIGITS = str.maketrans({"O": "0", "I": "1", "Z": "2", "S": "5"})


def _credit_hit(scan: Scan, start: int, end: int, role: str | None) -> Hit:
    code = scan.norm[start:end]
    value = scan.raw[start:end]
    masked = any(ch in code for ch in "*×x") or ("XXX" in code and not uscc.is_valid(code))
    valid = None if masked else (len(code) == 18 and uscc.is_valid(code))
    if valid is False and len(code) == 18 and scan.dt.prov(start, end).source == "ocr":
        # an OCR'd 91510106MABGOJBN10 is 91510106MABG0JBN10 when only that reading passes the check; typed text keeps
        # what it says (a wrong check digit there is the document's defect)
        repaired = code.translate(_OCR_CODE_DIGITS)
        if repaired != code and uscc.is_valid(repaired):
            value, valid = repaired, True
    return _hit(scan, ElementKind.CREDIT_CODE, value, start, end, role, masked=masked, valid=valid)


def _id_hit(scan: Scan, start: int, end: int, role: str | None) -> Hit:
    number = scan.norm[start:end]
    masked = any(ch in number for ch in "*×") or any(ch in "xX" for ch in number[:-1])
    valid = None if masked else (len(number) in (15, 18) and ric.is_valid(number.upper()))
    return _hit(scan, ElementKind.ID_NUMBER, scan.raw[start:end], start, end, role, masked=masked, valid=valid)


def _labelled_codes(scan: Scan, records: list[_Record], covered: list[tuple[int, int]]) -> list[Hit]:
    """Codes after their label outside the fields (prose, tables); not inside another person's block."""
    out: list[Hit] = []
    ignored = [
        (min(f.vstart for f in r.fields), max(f.vend for f in r.fields)) for r in records if r.role is None and r.fields
    ]
    for pattern, group, maker in (
        (P.CREDIT_CODE_LABELED, "code", _credit_hit),
        (P.ID_NUMBER_LABELED, "id", _id_hit),
    ):
        for m in pattern.finditer(scan.norm):
            start, end = m.start(group), m.end(group)
            if sum(ch.isdigit() for ch in m.group(group)) < 4:
                continue
            if any(s < end and start < e for s, e in covered) or any(s <= start < e for s, e in ignored):
                continue
            out.append(maker(scan, start, end, _role_at(scan, records, start)))
            covered.append((start, end))
    return out


def _role_at(scan: Scan, records: list[_Record], pos: int) -> str | None:
    line = scan.line_no(pos)
    for rec in records:
        lines = [f.line for f in rec.fields]
        if lines and min(lines) <= line <= max(lines):
            return rec.role
    return "被询问人" if scan.doc_type == DocType.INQUIRY_RECORD else "当事人"


def _fallback_party(scan: Scan, found: list[Hit]) -> list[Hit]:
    """No name label: a prose party line, an 经营者 / 投资人, or a notice's addressee line (某某公司:) near the top."""
    prose = _prose_party(scan, found)
    if prose:
        return prose
    for start, end, e in found:
        if e.kind == ElementKind.LEGAL_REP and e.role in ("经营者", "投资人"):
            ptype = PartyType.INDIVIDUAL_BUSINESS if e.role == "经营者" else None
            party = Party(name=str(e.value), party_type=ptype)
            return [_hit(scan, ElementKind.PARTY, party, start, end, "当事人", masked=e.masked)]
    if scan.doc_type not in _ADDRESSED:
        return []
    for i in scan.nonempty_lines()[:12]:
        m = P.SALUTATION_LINE.match(scan.line(i))
        if not m:
            continue
        s, _ = scan.line_spans[i]
        vs, ve = scan.trim(s + m.start("name"), s + m.end("name"))
        name, norm_name = compact(scan.raw[vs:ve]), compact(scan.norm[vs:ve])
        if _label_kind(norm_name) is not None or P.SALUTATION_NOT_NAME.search(norm_name):
            continue
        if not (P.ORG_NAME.search(norm_name) or P.SHOP_NAME.search(norm_name) or P.PERSON_NAME.match(norm_name)):
            continue
        ptype = _party_type(norm_name, [], False, False, _Record("当事人"))
        party = Party(name=name, party_type=ptype)
        return [_hit(scan, ElementKind.PARTY, party, vs, ve, "当事人", masked=is_masked(name))]
    return []


def _hit(
    scan: Scan,
    kind: ElementKind,
    value: str | Party,
    start: int,
    end: int,
    role: str | None,
    *,
    masked: bool = False,
    valid: bool | None = None,
) -> Hit:
    element = scan.element(kind, value, start, end, extractor=EXTRACTOR, role=role, masked=masked, valid=valid)
    return start, end, element


def _prose_party(scan: Scan, found: list[Hit]) -> list[Hit]:
    """当事人醴陵市某某花炮厂，统一社会信用代码91…，住所…，法定代表人陶**。 (no colons)."""
    for i in scan.nonempty_lines()[:20]:
        line_start, line_end = scan.line_spans[i]
        m = P.PARTY_PROSE.match(scan.line(i))
        if not m:
            continue
        vs, ve = scan.trim(line_start + m.start("name"), line_start + m.end("name"))
        name = compact(scan.norm[vs:ve])
        if not (P.ORG_NAME.search(name) or P.SHOP_NAME.search(name) or P.PERSON_NAME.match(name)):
            continue
        out: list[Hit] = []
        rec = _Record("当事人")
        rep = P.REP_INLINE.search(scan.norm, ve, line_end)
        if rep:
            a, b = rep.start("value"), rep.end("value")
            role = "法定代表人" if rep.group("label") == "法人代表" else rep.group("label")
            value = compact(scan.raw[a:b])
            out.append(_hit(scan, ElementKind.LEGAL_REP, value, a, b, role, masked=is_masked(value)))
            rec.fields.append(_Field("rep:" + role, role, i, a, b))
        addr = P.ADDRESS_INLINE.search(scan.norm, ve, line_end)
        if addr:
            a, b = scan.trim(addr.start("value"), addr.end("value"))
            out.append(_hit(scan, ElementKind.ADDRESS, scan.raw[a:b].strip(), a, b, "当事人"))
        codes = [e for s, _, e in found if line_start <= s < line_end]
        person = bool(P.SEX_WORD.search(scan.norm[ve:line_end]))
        business = bool(P.INDIVIDUAL_BUSINESS_WORD.search(scan.norm[ve : min(line_end, ve + 12)]))
        ptype = _party_type(name, codes, business, person, rec)
        party = Party(name=compact(scan.raw[vs:ve]), party_type=ptype)
        out.append(_hit(scan, ElementKind.PARTY, party, vs, ve, "当事人", masked=is_masked(name)))
        return out
    return []
