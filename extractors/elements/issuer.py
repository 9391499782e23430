"""ISSUER: the agency that issues the document (机关名称).

Two places are read: the head (role 首部) — an agency-name line among the first 8 non-empty lines, or the agency at
the start of the title line (株洲市生态环境局行政处罚决定书) — and the footer (role 落款) — an agency-name line (maybe
with a seal mark, maybe with the date on the same line) followed within three non-empty lines by a date. An agency
line is a short line ending in 局 / 委员会 / 人民政府 / 大队 / 监督所 … (patterns.AGENCY_NAME). Value: the name as
written, white space and seal marks removed.
"""

from __future__ import annotations

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import Element, ElementKind
from extractors.normalize import compact

from .scan import Scan, is_agency_line, scan_of

EXTRACTOR = "issuer.v1"
_HEAD_LINES = 8
_FOOTER_REACH = 3


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    out: list[Element] = []
    nonempty = scan.nonempty_lines()
    head_done = False
    for k, i in enumerate(nonempty):
        s, e = scan.line_spans[i]
        line = scan.line(i)
        without_dates = P.DATE.sub(lambda m: " " * len(m.group()), line)
        if is_agency_line(without_dates):
            in_head = not head_done and k < _HEAD_LINES and s < len(scan.norm) // 2
            if not in_head and _date_follows(scan, nonempty[k:]):
                out.append(_agency_element(scan, s, without_dates, "落款"))
                continue
            if in_head:
                out.append(_agency_element(scan, s, without_dates, "首部"))
                head_done = True
            continue
        if not head_done and k < _HEAD_LINES:
            m = P.AGENCY_TITLE.match(compact(line))
            if m:
                start, end = _compact_prefix_span(scan, s, e, len(m.group("agency")))
                out.append(
                    scan.element(
                        ElementKind.ISSUER, compact(scan.raw[start:end]), start, end, extractor=EXTRACTOR, role="首部"
                    )
                )
                head_done = True
    return out


def _date_follows(scan: Scan, lines: list[int]) -> bool:
    return any(P.DATE.search(scan.line(i)) for i in lines[: _FOOTER_REACH + 1])


def _agency_element(scan: Scan, line_start: int, line: str, role: str) -> Element:
    body = P.SEAL_MARK.sub(lambda m: " " * len(m.group()), line)
    lead = len(body) - len(body.lstrip())
    start, end = scan.trim(line_start + lead, line_start + len(body.rstrip()))
    blanked = P.SEAL_MARK.sub(lambda m: "\0" * len(m.group()), scan.norm[start:end])
    value = "".join(r for r, n in zip(scan.raw[start:end], blanked, strict=True) if n != "\0" and not n.isspace())
    return scan.element(ElementKind.ISSUER, value, start, end, extractor=EXTRACTOR, role=role)


def _compact_prefix_span(scan: Scan, start: int, end: int, n: int) -> tuple[int, int]:
    """The span of the line's first ``n`` non-space characters."""
    pos, seen = start, 0
    while pos < end and scan.norm[pos].isspace():
        pos += 1
    first = pos
    while pos < end and seen < n:
        if not scan.norm[pos].isspace():
            seen += 1
        pos += 1
    return first, pos
