"""文号 / 案号: the document's own number (role 本文书文号) and numbers it quotes (role 引用文号).

A number is the document's own when it stands on a line of its own (alone, after a 文号/案号/编号 label, or beside
the document title) near the top of the document (the first 15 non-empty lines or the first fifth of the text),
or anywhere after a 文号/案号 label at the start of a line. Everything else — a 告知书's number quoted in a decision,
the decision's number in a 送达回证 — is 引用文号. When two different numbers qualify as own, the first wins and
the others become 引用文号 (a copy of the same number stays 本文书文号).

Value: the number as written (raw characters), outer white space trimmed and white space before 号 removed.
"""

from __future__ import annotations

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import Element, ElementKind
from extractors.normalize import compact

from .scan import Scan, is_agency_line, scan_of

EXTRACTOR = "case_numbers.v1"
OWN = "本文书文号"
QUOTED = "引用文号"
_TOP_LINES = 15


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    nonempty = scan.nonempty_lines()
    top_line = nonempty[min(len(nonempty), _TOP_LINES) - 1] if nonempty else 0
    top_limit = max(scan.line_spans[top_line][1], len(scan.norm) // 5)
    found: list[tuple[int, int, str, bool]] = []  # start, end, value, own-candidate
    for m in P.CASE_NUMBER.finditer(scan.flat):  # the flat view: a quoted number may be wrapped over two lines
        flat_start, flat_end = m.start(), m.end()
        start, end = scan.norm_span(flat_start, flat_end)
        labelled = _after_own_label(scan, start)
        standalone = "\n" not in scan.norm[start:end] and _stands_alone(scan, start, end)
        if not (labelled or standalone):
            flat_start = _trim_lead(scan, flat_start, flat_end)
            start, end = scan.norm_span(flat_start, flat_end)
            if start >= end:
                continue
        own = (standalone and start < top_limit) or labelled
        found.append((start, end, _value(scan.raw_flat(flat_start, flat_end)), own))
    found.extend(_unpatterned_labelled(scan, [(s, e) for s, e, _, _ in found]))
    found.sort()
    own_value: str | None = None
    out: list[Element] = []
    for start, end, value, own in found:
        role = QUOTED
        if own and (own_value is None or compact(value) == compact(own_value)):
            own_value = own_value or value
            role = OWN
        out.append(scan.element(ElementKind.CASE_NUMBER, value, start, end, extractor=EXTRACTOR, role=role))
    return out


def _trim_lead(scan: Scan, start: int, end: int) -> int:
    """Drop prose glued in front of a number quoted in prose: 作出了川成市监罚〔2024〕12号 -> 川成市监罚〔2024〕12号.

    Only numbers that do not stand on their own line are trimmed (a standalone 日照市监罚〔2024〕1号 keeps its 日).
    """
    text = scan.flat[start:end]
    bracket = min((i for i in (text.find("〔"), text.find("(")) if i >= 0), default=-1)
    if bracket > 0:
        head = text[:bracket]
        # a parenthesised prefix such as (湘株醴) or the year-first shape keeps its head
        if not head.startswith("("):
            lead = P.CASE_NUMBER_LEAD.match(head)
            if lead and lead.end() < len(head):
                start += lead.end()
    return start


def _after_own_label(scan: Scan, start: int) -> bool:
    prefix = scan.line_prefix(start)
    m = P.CASE_NUMBER_LABEL.search(prefix)
    return bool(m) and not prefix[m.end() :].strip() and not compact(prefix[: m.start()]).strip("()")


def _stands_alone(scan: Scan, start: int, end: int) -> bool:
    """Alone on its line, or beside a label, the document title or the agency name only."""
    rest = compact(scan.line_prefix(start) + scan.line_suffix(end))
    rest = rest.strip("()〔〕:,;。")
    if not rest:
        return True
    if P.CASE_NUMBER_LABEL.fullmatch(rest + ":") or P.CASE_NUMBER_LABEL.fullmatch(rest):
        return True
    rest = rest.replace("()", "")
    return bool(P.DOC_TITLE_LIKE.match(rest)) or is_agency_line(rest)


def _value(raw: str) -> str:
    """The number as written: outer white space trimmed, white space before 号 removed."""
    raw = raw.strip()
    head, _, _tail = raw.rpartition("号")
    return (head.rstrip() + "号").strip() if raw.endswith("号") else raw.strip()


def _unpatterned_labelled(scan: Scan, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
    """A number after a 文号/案号 label that has no 〔YYYY〕 shape (编号: 2024-0012): own, kept as written."""
    out: list[tuple[int, int, str, bool]] = []
    for i, s, line in scan.lines():
        m = P.CASE_NUMBER_LABEL.match(line)
        if not m:
            lead = len(line) - len(line.lstrip())
            m = P.CASE_NUMBER_LABEL.match(line, lead)
            if not m:
                continue
        vs, ve = scan.trim(s + m.end(), scan.line_spans[i][1])
        end_m = P.VALUE_END.search(scan.norm, vs, ve)
        if end_m:
            vs, ve = scan.trim(vs, end_m.start())
        value = scan.raw[vs:ve]
        if not (vs < ve and len(value) <= 40 and any(ch.isdigit() for ch in scan.norm[vs:ve])):
            continue
        if any(ts < ve and vs < te for ts, te in taken):
            continue
        out.append((vs, ve, value.strip(), True))
    return out
