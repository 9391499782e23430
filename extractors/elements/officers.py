"""OFFICER: law-enforcement officers with their 执法证号, value Officer(name, cert_no).

Forms read:
- a label at a field start (执法人员: / 承办人: / 检查人: / 询问人: / 记录人: / 送达人: / 执法人员签名:), its value
  running to the end of the line or the next label that is not a cert label (执法证号: stays inside the value):
  "李四（执法证号：51010021001）、王五（执法证号：51010021002）", "李四、王五，执法证件号码分别为：…、…",
  "李四 执法证号 51010021001";
- prose: "执法人员李四、王五（执法证号：…）", "我们是…的执法人员李四、王五，执法证号分别为…、…" (names are taken from
  prose only when two or more are listed or a cert number follows a cert word (执法证号 / 证号 / 警号), so
  "执法人员对当事人…" and "执法人员查获时，共销售…(200g/袋)" give nothing).

Names and cert numbers are paired in order: a name directly followed by a number takes it; a list of names followed by
a list of numbers pairs by position. Names are 2-4 Han characters or masked (李*, 张某). Roles: 执法人员 (执法人员 /
检查人 / 调查人员 / 办案人员 and prose), 承办人 (承办人 / 经办人 / 主办人 / 协办人), 询问人, 记录人, 送达人.
The party block has none of these labels, so no officer comes from it. One element per (name, role) per document,
preferring the one with a cert number.
"""

from __future__ import annotations

import re

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import Element, ElementKind, Officer
from extractors.normalize import compact, is_masked

from .scan import Scan, by_position, scan_of

EXTRACTOR = "officers.v1"
_ROLE = {
    "执法人员": "执法人员", "行政执法人员": "执法人员", "执法人": "执法人员", "检查人员": "执法人员",
    "检查人": "执法人员", "调查人员": "执法人员", "调查人": "执法人员", "办案人员": "执法人员", "办案人": "执法人员",
    "承办人": "承办人", "承办人员": "承办人", "案件承办人": "承办人", "经办人": "承办人", "主办人": "承办人",
    "协办人": "承办人", "主办人员": "承办人", "协办人员": "承办人",
    "询问人": "询问人", "询问人员": "询问人", "调查询问人": "询问人", "记录人": "记录人", "记录员": "记录人",
    "送达人": "送达人",
}  # fmt: skip
_NOT_NAMES = {
    "签名",
    "签字",
    "等人",
    "两人",
    "二人",
    "同志",
    "执法",
    "证件",
    "编号",
    "以上",
    "分别",
    "号码",
    "姓名",
    "无",
}

Token = tuple[str, int, int]  # ("name" | "cert", start, end): positions in Scan.flat, as all positions here


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    found: dict[tuple[str, str], tuple[int, int, Officer]] = {}
    for role, pairs in _labelled(scan) + _inline(scan):
        for name_span, officer in pairs:
            key = (officer.name, role)
            if key not in found or (found[key][2].cert_no is None and officer.cert_no is not None):
                found[key] = (name_span[0], name_span[1], officer)
    out = [
        scan.element_flat(
            ElementKind.OFFICER, officer, s, e, extractor=EXTRACTOR, role=role, masked=is_masked(officer.name)
        )
        for (_, role), (s, e, officer) in found.items()
    ]
    return by_position(out)


Pairs = list[tuple[tuple[int, int], Officer]]


def _labelled(scan: Scan) -> list[tuple[str, Pairs]]:
    out: list[tuple[str, Pairs]] = []
    for m in P.OFFICER_LABEL.finditer(scan.flat):
        role = _ROLE[compact(m.group("label"))]
        line_end = scan.flat.find("\n", m.end())
        end = line_end = len(scan.flat) if line_end < 0 else line_end
        for nxt in P.GENERIC_LABEL.finditer(scan.flat, m.end(), line_end):
            if P.OFFICER_CERT_LABEL.sub("", compact(nxt.group("label"))):
                end = nxt.start()
                break
        if end == line_end and P.OFFICER_CERT_CUE.search(scan.flat, max(m.end(), end - 10), end):
            cert = P.OFFICER_CERT_NO.match(scan.flat, end + 1)  # 董娜(执法证号:\n51130278891)
            end = cert.end() if cert else end
        pairs = _pair(scan, _tokens(scan, m.end(), end))
        if pairs:
            out.append((role, pairs))
    return out


def _inline(scan: Scan) -> list[tuple[str, Pairs]]:
    out: list[tuple[str, Pairs]] = []
    for m in P.OFFICER_INLINE.finditer(scan.flat):
        sentence_end = P.SENTENCE_END.search(scan.flat, m.end())
        limit = min(sentence_end.start() if sentence_end else len(scan.flat), m.end() + 120)
        tokens = _tokens(scan, m.start("names"), m.end("names"))
        names = [t for t in tokens if t[0] == "name"]
        cue = P.OFFICER_CERT_CUE.search(scan.flat, m.end("names"), limit)
        certs = [t for t in _tokens(scan, cue.start(), limit) if t[0] == "cert"] if cue else []
        if len(names) < 2 and not certs:
            continue
        pairs = _pair(scan, names + certs)
        if pairs:
            out.append(("执法人员", pairs))
    return out


def _tokens(scan: Scan, start: int, end: int) -> list[Token]:
    """Names and cert numbers in ``[start, end)``, in order (cert labels and filler words skipped)."""
    text = P.OFFICER_CERT_LABEL.sub(_blank, P.DATE.sub(_blank, scan.flat[start:end]))
    tokens: list[Token] = []
    for m in P.OFFICER_CERT_NO.finditer(text):
        tokens.append(("cert", start + m.start(), start + m.end()))
    for m in P.OFFICER_NAME_TOKEN.finditer(text):
        if m.group() not in _NOT_NAMES and not any(s <= start + m.start() < e for _, s, e in tokens):
            tokens.append(("name", start + m.start(), start + m.end()))
    return sorted(tokens, key=lambda t: t[1])


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _pair(scan: Scan, tokens: list[Token]) -> Pairs:
    names = [t for t in tokens if t[0] == "name"]
    certs = [t for t in tokens if t[0] == "cert"]
    if not names:
        return []
    cert_for: dict[int, Token] = {}
    if certs and max(n[1] for n in names) < min(c[1] for c in certs):
        cert_for = {i: c for i, c in enumerate(certs[: len(names)])}
    else:
        for i, tok in enumerate(tokens):
            if tok[0] == "cert" and i > 0 and tokens[i - 1][0] == "name":
                cert_for[names.index(tokens[i - 1])] = tok
    out: Pairs = []
    for i, (_, s, e) in enumerate(names):
        cert = cert_for.get(i)
        officer = Officer(name=compact(scan.raw_flat(s, e)), cert_no=scan.raw_flat(cert[1], cert[2]) if cert else None)
        out.append(((s, e), officer))
    return out
