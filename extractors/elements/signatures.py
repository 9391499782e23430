"""SIGNATURE and SEAL markers that the text shows.

SEAL: a bracketed mark (印章) / (公章) / (盖章) / (单位印章), value the mark as written, role 印章. A mark that belongs
to a signature slot ("签名(盖章):" / "受送达人(盖章)") is not a seal.

SIGNATURE: a signature slot "…签名:" / "签字:" / "签章:" / "受送达人签名(盖章):" with the signer's role (被询问人 /
受送达人 / 执法人员 / 当事人 …, None when the slot names nobody) as role; value the name written after it
(white space removed; a date on the same line is not part of it), "" when the slot is blank (a handwritten signature
is not in the text). The 笔录 closing confirmation "以上笔录我已看过，与我所说相符" is a SIGNATURE with role 笔录确认
and the sentence as value.
"""

from __future__ import annotations

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import Element, ElementKind
from extractors.normalize import compact

from .scan import Scan, by_position, scan_of

EXTRACTOR = "signatures.v1"


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    return by_position(_seals(scan) + _signatures(scan) + _confirmations(scan))


def _seals(scan: Scan) -> list[Element]:
    out: list[Element] = []
    for m in P.SEAL_MARK.finditer(scan.norm):
        before = compact(scan.line_prefix(m.start()))
        if before.endswith(("签名", "签字", "人", "签收")):
            continue
        out.append(scan.element(ElementKind.SEAL, scan.raw[m.start() : m.end()], m.start(), m.end(),
                                extractor=EXTRACTOR, role="印章"))  # fmt: skip
    return out


def _signatures(scan: Scan) -> list[Element]:
    out: list[Element] = []
    for m in P.SIGNATURE_LABEL.finditer(scan.norm):
        _, line_end = scan.line_spans[scan.line_no(m.start())]
        vs, ve = scan.trim(m.end(), line_end)
        cut = P.VALUE_END.search(scan.norm, vs, ve)
        if cut:
            ve = cut.start()
        date = P.DATE.search(scan.norm, vs, ve)
        if date:
            ve = date.start()
        label = P.GENERIC_LABEL.search(scan.norm, vs, ve)
        if label:
            ve = label.start()
        vs, ve = scan.trim(vs, ve)
        value = compact(scan.raw[vs:ve])
        if "年" in value and not any(ch.isdigit() for ch in scan.norm[vs:ve]):
            vs = ve = m.end()  # a blank date placeholder (年 月 日), not a name
            value = ""
        signer = P.SIGNER.search(scan.norm, max(0, m.start() - 12), m.start())
        who = compact(signer.group("who")) if signer else None
        start, end = scan.trim(signer.start() if signer else m.start(), ve if ve > vs else m.end())
        out.append(scan.element(ElementKind.SIGNATURE, value, start, end, extractor=EXTRACTOR, role=who))
    return out


def _confirmations(scan: Scan) -> list[Element]:
    out: list[Element] = []
    for m in P.RECORD_CONFIRMATION.finditer(scan.flat):
        value = scan.raw_flat(m.start(), m.end()).strip()
        out.append(
            scan.element_flat(ElementKind.SIGNATURE, value, m.start(), m.end(), extractor=EXTRACTOR, role="笔录确认")
        )
    return out
