"""MONEY: amounts in yuan (Decimal), 小写 and 大写, with 大写/小写 pairs and a role.

小写: 5000元, 5,000.00元, ¥5000, 人民币5000元, 5万元 (-> 50000), 1.2万元 (-> 12000). A bare number is never money: it
needs 元 / 万元 after it or ¥ / 人民币 / RMB before it, so phone numbers, 文号 digits, dates and article numbers are
not taken. 大写: 人民币伍仟元整, 壹万贰仟叁佰元整, 贰佰零伍元伍角; an amount in lower-case Chinese numerals (五千元) is
taken only after 人民币 / 罚款 / 处 / 计 … or before 以上 / 以下 (a statutory range); its style is "大写" too (the
model has two styles).

Pairs: a 大写 amount followed by a 小写 one in brackets, or the other way round — "人民币伍仟元整（¥5000.00）",
"罚款5000元（大写：伍仟元整）" — give both elements pair_yuan / pair_text of the other (so I01 can compare them).

Roles, from the nearest cue word before the amount in its clause (back to the previous amount or sentence end):
罚款 (罚款 / 处 / 处以), 没收违法所得, 违法所得, 货值 (货值 / 货值金额), 加处罚款, 罚没款, 缴款 (缴纳 / 缴款 in an
执行材料 or 结案 document), else None; an amount followed by 以上 / 以下 / 至 is a statutory range (role 幅度);
没收 / 价值 / 单价 / 每 give None. The second amount of a pair takes the role of the first. Outside a 告知书,
a 罚款 / 没收违法所得 amount in a sentence that says 拟 (a decision retelling its notice) gets 拟罚款 /
拟没收违法所得.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind, Money
from extractors.normalize import daxie_yuan

from .scan import Scan, by_position, scan_of

EXTRACTOR = "amounts.v1"
_CUE_ROLE = {
    "加处罚款": "加处罚款",
    "没收违法所得": "没收违法所得",
    "违法所得": "违法所得",
    "货值金额": "货值",
    "货值": "货值",
    "罚没款": "罚没款",
    "罚没": "罚没款",
    "罚款": "罚款",
    "罚金": "罚款",
    "处以": "罚款",
    "处": "罚款",
    "缴纳": "缴款",
    "缴款": "缴款",
    "已缴": "缴款",
    "上缴": "缴款",
}
_PAYMENT_DOCS = {DocType.EXECUTION, DocType.CLOSING}
_NOTICE_DOCS = {DocType.NOTICE, DocType.HEARING_NOTICE}


@dataclass
class _Amount:
    start: int  # positions in Scan.flat
    end: int
    yuan: Decimal
    style: Literal["小写", "大写"]
    role: str | None = None
    pair: _Amount | None = None


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    amounts = sorted(_arabic(scan) + _chinese(scan), key=lambda a: a.start)
    amounts = _drop_overlaps(amounts)
    prev_end = 0
    for a in amounts:
        a.role = _proposed(scan, a, _role(scan, a, prev_end))
        prev_end = a.end
    for first, second in itertools.pairwise(amounts):
        if first.style != second.style and P.MONEY_PAIR_GAP.match(scan.flat[first.end : second.start]):
            first.pair, second.pair = second, first
            second.role = first.role
    out: list[Element] = []
    for a in amounts:
        money = Money(
            yuan=a.yuan,
            style=a.style,
            pair_yuan=a.pair.yuan if a.pair else None,
            pair_text=scan.raw_flat(a.pair.start, a.pair.end) if a.pair else None,
        )
        out.append(scan.element_flat(ElementKind.MONEY, money, a.start, a.end, extractor=EXTRACTOR, role=a.role))
    return by_position(out)


def _arabic(scan: Scan) -> list[_Amount]:
    out: list[_Amount] = []
    for m in P.MONEY_ARABIC.finditer(scan.flat):
        pre, unit = m.group("pre"), m.group("unit")
        if not unit and pre not in ("¥", "RMB", "人民币"):
            continue
        if not unit and pre == "人民币" and scan.flat[m.end() : m.end() + 1] in "年月日号条款项":
            continue
        number = Decimal(m.group("num").replace(",", "") + ("." + m.group("dec") if m.group("dec") else ""))
        if unit == "万元":
            number *= 10_000
        if number == number.to_integral():
            number = number.quantize(Decimal(1))
        start, end = m.start(), m.end()
        out.append(_Amount(start, end, number, "小写"))
    return out


def _chinese(scan: Scan) -> list[_Amount]:
    out: list[_Amount] = []
    for m in P.MONEY_CHINESE.finditer(scan.flat):
        text = m.group()
        formal = bool(P.DAXIE_CHAR.search(text))
        context = text.startswith("人民币") or P.MONEY_CN_CONTEXT.search(scan.flat[max(0, m.start() - 12) : m.start()])
        if not (formal or context or P.MONEY_RANGE_AFTER.match(scan.flat, m.end())):
            continue
        value = daxie_yuan(text)
        if value is None:
            continue
        start, end = m.start(), m.end()
        out.append(_Amount(start, end, value, "大写"))
    return out


def _drop_overlaps(amounts: list[_Amount]) -> list[_Amount]:
    kept: list[_Amount] = []
    for a in amounts:
        if kept and a.start < kept[-1].end:
            if (a.end - a.start) > (kept[-1].end - kept[-1].start):
                kept[-1] = a
            continue
        kept.append(a)
    return kept


def _proposed(scan: Scan, a: _Amount, role: str | None) -> str | None:
    """A 罚款 / 没收违法所得 amount in a 拟… sentence of a document other than a notice is only proposed."""
    proposable = role in ("罚款", "没收违法所得") and scan.doc_type not in _NOTICE_DOCS
    if proposable and "拟" in scan.back_clause_flat(a.start, sentence=True, limit=60):
        return f"拟{role}"
    return role


def _role(scan: Scan, a: _Amount, prev_end: int) -> str | None:
    if P.MONEY_RANGE_AFTER.match(scan.flat, a.end):
        return "幅度"
    back = scan.back_clause_flat(a.start, stop=prev_end, sentence=True, limit=40)
    cues = list(P.MONEY_CUE.finditer(back))
    if not cues:
        return None
    roles = [_CUE_ROLE.get(c.group()) for c in cues]
    if scan.doc_type in _PAYMENT_DOCS and "缴款" in roles:
        return "缴款"
    if roles[-1] == "缴款":
        others = [r for r in roles if r not in (None, "缴款")]
        return others[-1] if others else None
    return roles[-1]
