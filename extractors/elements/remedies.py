"""REMEDY (复议 / 诉讼 routes of a decision) and RIGHTS (陈述申辩 / 听证 rights told in a notice).

REMEDY: each "…申请行政复议" / "…提起行政诉讼" / "…起诉" in a sentence gives Remedy(channel, period, unit, body):
the period is the last "六十日 / 60日 / 六个月 / 三个月 / 十五日" between the previous route in the sentence (or the
sentence start) and this one; the body is what stands after 向 (成都市某某区人民政府 / 成都市某某区人民法院, as
written, "或者…" alternatives included). unit 日 for 日 / 天 / 工作日, 月 for 月 / 个月. Role: the channel
(复议 / 诉讼).
A route named with neither period nor body ("可依法申请行政复议或者提起行政诉讼") is kept only when the document has
no fuller one of that channel, and never from a sentence such as "复议、诉讼期间不停止执行".

RIGHTS: a sentence about 陈述 / 申辩 (role 陈述申辩) or 听证 (role 听证) that also says 有权 / 权利 / 享有 / 可以 /
可在 / 视为放弃 …; value the sentence as written. A sentence naming both gives one element of each role.
"""

from __future__ import annotations

import re
from typing import Literal

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import Element, ElementKind, Remedy
from extractors.normalize import cn_int, compact

from .scan import Scan, by_position, scan_of

EXTRACTOR = "remedies.v1"
Channel = Literal["复议", "诉讼"]


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    return by_position(_remedies(scan) + _rights(scan))


def _remedies(scan: Scan) -> list[Element]:
    full: list[Element] = []
    bare: list[Element] = []
    text = scan.flat
    for s_start, s_end in scan.flat_sentences():
        no_suspend = bool(P.REMEDY_NO_SUSPEND.search(text, s_start, s_end))
        found: list[tuple[Channel, re.Match[str]]] = [
            ("复议", m) for m in P.REMEDY_REVIEW.finditer(text, s_start, s_end)
        ]
        found += [("诉讼", m) for m in P.REMEDY_SUIT.finditer(text, s_start, s_end)]
        routes = sorted(found, key=lambda x: x[1].start())
        prev = s_start
        for channel, m in routes:
            period = _last_period(scan, prev, m.start())
            body = _body(m)
            start = period.start() if period else m.start()
            remedy = Remedy(
                channel=channel,
                period=cn_int(period.group("num")) if period else None,
                unit=_unit(period.group("unit")) if period else None,
                body=compact(scan.raw_flat(m.start("body"), m.end("body"))) if body else None,
            )
            element = scan.element_flat(ElementKind.REMEDY, remedy, start, m.end(), extractor=EXTRACTOR, role=channel)
            if period or body:
                full.append(element)
            elif not no_suspend:
                bare.append(element)
            prev = m.end()
    channels = {e.value.channel for e in full if isinstance(e.value, Remedy)}
    seen: set[str] = set()
    kept_bare: list[Element] = []
    for e in bare:
        channel = e.value.channel if isinstance(e.value, Remedy) else ""
        if channel not in channels and channel not in seen:
            seen.add(channel)
            kept_bare.append(e)
    return full + kept_bare


def _last_period(scan: Scan, start: int, end: int) -> re.Match[str] | None:
    last = None
    for m in P.REMEDY_PERIOD.finditer(scan.flat, start, end):
        last = m
    return last


def _body(m: re.Match[str]) -> str | None:
    body = m.group("body")
    return body.strip() if body and body.strip() else None


def _unit(unit: str) -> Literal["日", "月"]:
    return "月" if "月" in unit else "日"


def _rights(scan: Scan) -> list[Element]:
    out: list[Element] = []
    for s_start, s_end in scan.flat_sentences():
        topics = {"陈述申辩" if t.group("s") else "听证" for t in P.RIGHTS_TOPIC.finditer(scan.flat, s_start, s_end)}
        if not topics or not P.RIGHTS_CUE.search(scan.flat, s_start, s_end):
            continue
        start, end = scan.norm_span(s_start, s_end)
        value = scan.raw_flat(s_start, s_end).replace("\n", "").strip()  # a page-number line inside is dropped
        for role in sorted(topics, key=("陈述申辩", "听证").index):
            out.append(scan.element(ElementKind.RIGHTS, value, start, end, extractor=EXTRACTOR, role=role))
    return out
