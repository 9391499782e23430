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
a list of numbers pairs by position. A name is a whole run of 2-4 Han characters or a masked one (李*, 张某): a longer
run is never cut into names, and 文号 and dates are blanked first, so 川成锦综罚告〔2025〕12号 never gives an officer
"综罚告" with cert "2025". A label's value must start with a name and ends at the first longer run or sentence end:
a 笔录's speaker label ("执法人员：我们是…的执法人员，现依法…") gives nothing, and an opinion written after the names
in a form row ("承办人：李华、莫林 2024年3月19日 承办机构意见 同意立案") is no part of the list. A value whose bracket
is still open at the line end (董娜(执法证号:\n51130278891)、王五…) goes on over the next line.

Roles: 执法人员 (执法人员 / 检查人 / 调查人员 / 办案人员 and prose), 承办人 (承办人 / 经办人 / 主办人 / 协办人), 询问人,
记录人, 送达人. Not officers of the case: the 立卷人 / 检查人 of a 备考表 (the archive's) and the 记录人 of a 集体讨论
or 听证 (the minute-taker, the clerk). The party block has none of these labels, so no officer comes from it. One
element per (name, role) per document, preferring the one with a cert number.
"""

from __future__ import annotations

import re

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind, Officer
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

_CLERKED = (DocType.COLLECTIVE_DISCUSSION, DocType.HEARING)
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
    if scan.doc_type == DocType.RECORD_NOTE:
        return out  # a 备考表's 立卷人 / 检查人 file and check the dossier: archive roles, not the case's officers
    for m in P.OFFICER_LABEL.finditer(scan.flat):
        role = _ROLE[compact(m.group("label"))]
        if role == "记录人" and scan.doc_type in _CLERKED:
            continue  # the minute-taker of a 集体讨论 or the clerk of a 听证 is no officer of the case
        end = _value_end(scan, m.end())
        pairs = _pair(scan, _tokens(scan, m.end(), end, name_list=True))
        if pairs:
            out.append((role, pairs))
    return out


def _value_end(scan: Scan, start: int) -> int:
    """Where the value of an officer label starting at ``start`` ends: the line end or the next label that is not a
    cert label, or a sentence end; a value whose bracket is still open at the line end (董娜(执法证号:\n5113…))
    or that ends on a cert word goes on over the next line."""
    end = start
    for _ in range(3):
        line_end = scan.flat.find("\n", end)
        line_end = len(scan.flat) if line_end < 0 else line_end
        stop = line_end
        for nxt in P.GENERIC_LABEL.finditer(scan.flat, end, line_end):
            if P.OFFICER_CERT_LABEL.sub("", compact(nxt.group("label"))):
                stop = nxt.start()
                break
        sentence = P.OFFICER_VALUE_END.search(scan.flat, end, stop)
        end = sentence.start() if sentence else stop
        if end != line_end or line_end == len(scan.flat):
            break
        value = scan.flat[start:end]
        if value.count("(") <= value.count(")") and not P.OFFICER_CERT_CUE.search(scan.flat, max(start, end - 10), end):
            break
        end = line_end + 1
    return end


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


def _tokens(scan: Scan, start: int, end: int, *, name_list: bool = False) -> list[Token]:
    """Names and cert numbers in ``[start, end)``, in order (cert labels, dates, 文号 and filler words skipped).

    A name is a whole run of 2-4 Han characters (or a masked name); a longer run is never cut into names. With
    ``name_list`` (a label's value) the list must start with a name, and it ends at the first longer run: a 笔录's
    speaker label ("执法人员：我们是…的执法人员") or an opinion written after the names gives no officer.
    """
    text = scan.flat[start:end]
    for pattern in (P.CASE_NUMBER, P.DATE):
        text = pattern.sub(_blank, text)
    # a lone 为 / 是 stays: blanking it would cut prose (我们是…) into name-sized pieces
    text = P.OFFICER_CERT_LABEL.sub(lambda m: m.group() if m.group() in ("为", "是") else _blank(m), text)
    tokens: list[Token] = []
    for m in P.OFFICER_CERT_NO.finditer(text):
        tokens.append(("cert", start + m.start(), start + m.end()))
    for m in P.OFFICER_HAN_RUN.finditer(text):
        if any(s <= start + m.start() < e for _, s, e in tokens) or len(m.group()) < 2:
            continue
        if not P.OFFICER_NAME_TOKEN.fullmatch(m.group()):
            if name_list:
                if not any(t[0] == "name" for t in tokens):
                    return []
                limit = start + m.start()
                return sorted((t for t in tokens if t[1] < limit), key=lambda t: t[1])
            continue
        if m.group() not in _NOT_NAMES:
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
