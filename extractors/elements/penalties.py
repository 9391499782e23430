"""PENALTY (the types of 行政处罚法 第九条 stated in a result) and RECTIFICATION (责令改正 orders).

A result part starts at a trigger — 决定给予 / 决定对 / 决定: / 作出如下 / 处罚如下 / 给予 / 处以 / 并处 — and runs to
the end of its sentence or line, or to the first 履行 / remedy words (限于 / 自收到 / 之日起 / 缴至 / 逾期不 / 如不服 /
申请行政复议) or the next 依据《…; when it ends with ":" or the next lines are a numbered list (1. / (一) / 一、) it
goes on over them. Penalty types found in it get role 决定, or 拟处罚 when the trigger is 拟… (拟给予 / 拟处以) or the
document is a 告知书 / 听证告知书. Quoted statute text outside a result part gives nothing. Each (type, role) is
given once per document.

Values (canonical): 警告, 通报批评, 罚款, 没收违法所得, 没收非法财物 (any other 没收), 暂扣许可证件, 降低资质等级,
吊销许可证件, 吊销营业执照 (吊销 … 营业执照), 限制开展生产经营活动, 责令停产停业 (also 责令停业整顿 / 停产整顿),
责令关闭, 限制从业 (also 禁止 … 从事), 行政拘留.

RECTIFICATION: 责令改正 / 责令限期改正 / 责令当事人立即改正… / 责令其于…前整改, value the words as written up to
the end of the clause; role 决定 / 拟处罚 inside a result part, 通知 in a 责令改正通知书, otherwise None (often a
quoted statute).
"""

from __future__ import annotations

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind

from .scan import Scan, by_position, scan_of

EXTRACTOR = "penalties.v1"
_CANONICAL = {
    "warning": "警告",
    "criticism": "通报批评",
    "gains": "没收违法所得",
    "property": "没收非法财物",
    "fine": "罚款",
    "suspend": "暂扣许可证件",
    "downgrade": "降低资质等级",
    "revoke": "吊销许可证件",
    "restrict": "限制开展生产经营活动",
    "suspend_business": "责令停产停业",
    "close": "责令关闭",
    "ban": "限制从业",
    "detention": "行政拘留",
}
_NOTICE_DOCS = {DocType.NOTICE, DocType.HEARING_NOTICE}


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    regions = _regions(scan)
    out: list[Element] = []
    seen: set[tuple[str, str]] = set()
    for start, end, role in regions:
        for m in P.PENALTY_TYPE.finditer(scan.flat, start, end):
            kind = next(k for k, v in m.groupdict().items() if v is not None)
            value = _CANONICAL[kind]
            if kind == "revoke" and "营业执照" in m.group():
                value = "吊销营业执照"
            if (value, role) in seen:
                continue
            seen.add((value, role))
            out.append(
                scan.element_flat(ElementKind.PENALTY, value, m.start(), m.end(), extractor=EXTRACTOR, role=role)
            )
    out.extend(_rectifications(scan, regions))
    return by_position(out)


def _regions(scan: Scan) -> list[tuple[int, int, str]]:
    """(start, end, role) of every result part, as spans of Scan.flat (all positions here are flat)."""
    regions: list[tuple[int, int, str]] = []
    pos = 0
    while True:
        m = P.PENALTY_TRIGGER.search(scan.flat, pos)
        if m is None:
            break
        proposed = (
            bool(m.group("proposed"))
            or "拟" in scan.back_clause_flat(m.start(), limit=12)
            or scan.doc_type in _NOTICE_DOCS
        )
        end = _region_end(scan, m.end())
        regions.append((m.start(), end, "拟处罚" if proposed else "决定"))
        pos = max(end, m.end())
    return regions


def _region_end(scan: Scan, pos: int) -> int:
    text = scan.flat
    end = _stop(scan, pos)
    while end < len(text) and text[end] in "\n。":
        so_far = text[pos:end].rstrip()
        nxt = end + 1
        while nxt < len(text) and text[nxt] in " \n":
            nxt += 1
        if nxt >= len(text):
            break
        next_line = text[nxt : text.find("\n", nxt) if text.find("\n", nxt) >= 0 else len(text)]
        if not (so_far.endswith(":") or P.LIST_ITEM_START.match(next_line)):
            break
        if P.PENALTY_REGION_END.match(next_line.strip()):
            break
        end = _stop(scan, nxt)
    return end


def _stop(scan: Scan, pos: int) -> int:
    """The first region end after ``pos``: 。 / line break / a 履行 or remedy word."""
    candidates = [len(scan.flat)]
    for ch in "。\n":
        i = scan.flat.find(ch, pos)
        if i >= 0:
            candidates.append(i)
    m = P.PENALTY_REGION_END.search(scan.flat, pos)
    if m:
        candidates.append(m.start())
    return min(candidates)


def _rectifications(scan: Scan, regions: list[tuple[int, int, str]]) -> list[Element]:
    out: list[Element] = []
    for m in P.RECTIFICATION.finditer(scan.flat):
        start, end = m.start(), len(scan.flat[: m.end()].rstrip())
        role = _role_at(regions, start)
        if role is None:
            s_start, s_end = _sentence(scan, start)
            role = next((r for a, b, r in regions if a < s_end and s_start < b and a >= s_start), None)
        if role is None and scan.doc_type == DocType.RECTIFICATION_ORDER:
            role = "通知"
        value = scan.raw_flat(start, end).strip()
        out.append(scan.element_flat(ElementKind.RECTIFICATION, value, start, end, extractor=EXTRACTOR, role=role))
    return out


def _sentence(scan: Scan, pos: int) -> tuple[int, int]:
    """The flat span of the sentence around ``pos``."""
    for start, end in scan.flat_sentences():
        if start <= pos <= end:
            return start, end
    return pos, pos


def _role_at(regions: list[tuple[int, int, str]], pos: int) -> str | None:
    for start, end, role in regions:
        if start <= pos < end:
            return role
    return None
