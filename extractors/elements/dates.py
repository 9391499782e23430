"""DATE (datetime.date) and TIME_SPAN (笔录 起止, datetime to the minute) elements with their roles.

Forms read: 2024年3月1日, 2024 年 3 月 1 日, 2024-03-01, 2024.3.1, 2024/3/1, 二〇二四年三月二十日, 二零二四年…,
二○二四年…, full-width digits. An impossible date (2024年2月30日) gives no element. Dates inside a law's history
(2021年1月22日第十三届…通过, 自2021年7月15日起施行, 《…》(2021年6月10日修正)) and on web-furniture lines give none.

Roles, in this order:
1. the start date of a TIME_SPAN: 询问 (询问笔录) / 检查 (现场笔录) / else as any other date; the end date of a span
   gives no DATE element (the span holds it);
2. a date alone on its line (seal marks and an agency name beside it allowed): 落款 when an agency-name or seal
   line stands just above it (not in the first 30% of a document of 8 or more lines: that is a web page's date),
   or it is the document's last such line with no prose after it; in forms a short line above it with a cue word
   gives the role instead (负责人意见 -> 立案批准 in a 立案审批表, 受送达人签名 -> 签收
   in a 送达回证, 被询问人签名 -> 签名 in a 笔录). The 落款 of every document type is "落款" (the doc type tells a
   告知书's from a 决定书's);
3. a cue word before the date on its line ("送达时间:", "立案日期:", "负责人签名: 张三 2024年3月1日"), read first
   in the field the date is written in (a Word form row "承办机构意见 同意立案。 负责人：赵某 2024年3月19日" dates
   the 负责人's approval, not the 承办); the
   label of a 公示 summary "作出行政处罚决定日期:" gives 落款 in a 决定书;
4. a cue word in the 80 characters after the date (to the next date or sentence end), else before it in its
   clause: 告知 > 听证 > 陈述申辩 > 缴款 > 结案 > 立案批准/立案 > 审核 > 讨论 > 审批 > 责令改正 > 签收 > 送达 > 询问 >
   检查 > 发现 > 违法行为 > 出生 > 签名; a sentence about the party with no cue -> 违法行为; otherwise None.

TIME_SPAN: "2024年3月5日9时10分至9时55分", "09:10至10:05", "上午9时10分至10时20分", "自…起至…止". Role 询问起止
(询问笔录 or a 询问时间 label), 检查起止 (现场笔录 / 检查 / 勘验), 听证起止, 讨论起止, else 起止. When a time lacks
its minutes (9时至10时) or a labelled time has no end, the role gets the suffix "(不精确)" and the minutes count as 0.
下午/晚上 hours below 12 are moved to the afternoon.
"""

from __future__ import annotations

import datetime as dt_
import re
from dataclasses import dataclass

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Element, ElementKind, TimeSpan
from extractors.normalize import cn_int, compact

from .scan import Scan, by_position, is_agency_line, is_seal_line, scan_of

EXTRACTOR = "dates.v1"
_PRIORITY = (
    "落款", "决定", "告知", "听证", "陈述申辩", "缴款", "结案", "承办", "立案批准", "立案", "审核", "讨论", "审批",
    "责令改正", "签收", "送达", "询问", "检查", "受理", "发现", "违法行为", "出生", "签名",
)  # fmt: skip
_SKIP = "skip"
_FORWARD = 80
_HEAD_MIN_LINES = 8


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    out: list[Element] = []
    span_starts: dict[int, str] = {}
    span_ends: list[tuple[int, int]] = []
    for start, end, span, role, date_start, end_part in _time_spans(scan):
        out.append(scan.element(ElementKind.TIME_SPAN, span, start, end, extractor=EXTRACTOR, role=role))
        span_starts[date_start] = role
        if end_part is not None:
            span_ends.append(end_part)
    matches = [_Found(*scan.norm_span(m.start(), m.end()), m) for m in P.DATE.finditer(scan.flat)]
    for k, m in enumerate(matches):
        value = date_of(m.match)
        if value is None or any(s <= m.start < e for s, e in span_ends) or _law_context(scan, m):
            continue
        role = _span_date_role(scan, m.start) if m.start in span_starts else None
        if role is None:
            prev_end = matches[k - 1].end if k else 0
            next_start = matches[k + 1].start if k + 1 < len(matches) else len(scan.norm)
            role = _role(scan, m, prev_end, next_start, matches, matches[k - 1] if k else None)
        if role == _SKIP:
            continue
        out.append(scan.element(ElementKind.DATE, value, m.start, m.end, extractor=EXTRACTOR, role=role))
    return by_position(out)


@dataclass(frozen=True)
class _Found:
    """A DATE match: its span in the text (norm / raw) and the match on Scan.flat."""

    start: int
    end: int
    match: re.Match[str]


def date_of(m: re.Match[str]) -> dt_.date | None:
    """The date of a patterns.DATE match, or None when it is not a real calendar date."""
    if m.group("ay"):
        y, mo, d = int(m.group("ay")), int(m.group("am")), int(m.group("ad"))
    elif m.group("ny"):
        y, mo, d = int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    else:
        yy, mm, dd = cn_int(m.group("cy")), cn_int(m.group("cm")), cn_int(m.group("cd"))
        if yy is None or mm is None or dd is None:
            return None
        y, mo, d = yy, mm, dd
    try:
        return dt_.date(y, mo, d)
    except ValueError:
        return None


# -- roles ----------------------------------------------------------------------------------------------------------
def _cue_role(cue: str, doc_type: DocType) -> str | None:
    if cue == "告知":
        return "告知"
    if cue == "听证":
        return "听证"
    if cue in ("陈述", "申辩", "复核"):
        return "陈述申辩"
    if cue in ("缴纳", "缴款", "缴清", "缴讫"):
        return "缴款"
    if cue == "结案":
        return "结案"
    if cue == "立案":
        return "立案批准" if doc_type == DocType.FILING else "立案"
    if cue in ("批准", "审批", "负责人"):
        return {
            DocType.FILING: "立案批准",
            DocType.CLOSING: "结案",
            DocType.LEGAL_REVIEW: "审核",
            DocType.COLLECTIVE_DISCUSSION: "讨论",
        }.get(doc_type, "审批")
    if cue == "审核":
        return "审核"
    if cue in ("讨论", "集体"):
        return "讨论"
    if cue == "责令":
        return "责令改正"
    if cue in ("签收", "收件"):
        return "签收"
    if cue in ("签名", "签字"):
        if doc_type == DocType.SERVICE_RECEIPT:
            return "签收"
        return "签名" if doc_type in (DocType.INQUIRY_RECORD, DocType.INSPECTION_RECORD) else None
    if cue == "送达":
        return "送达"
    if cue == "询问":
        return "询问"
    if cue == "检查":
        return "检查" if doc_type == DocType.INSPECTION_RECORD else "发现"
    if cue == "承办":
        return "承办"
    if cue in ("受理", "登记"):
        return "受理"
    if cue in ("发现", "巡查", "抽检", "抽查", "举报", "投诉"):
        return "发现"
    if cue in ("违法", "案发"):
        return "违法行为"
    if cue == "出生":
        return "出生"
    if cue in ("决定日期", "处罚日期", "决定时间", "处罚时间"):
        return "落款" if doc_type == DocType.DECISION else "决定"
    if cue in ("成文", "印发", "发布", "通过", "修订", "修正", "公布", "施行"):
        return _SKIP
    return None


def _best(text: str, doc_type: DocType) -> str | None:
    roles = {_cue_role(m.group(), doc_type) for m in P.DATE_CUE.finditer(text)}
    roles.discard(None)
    if _SKIP in roles:
        return _SKIP
    ranked = [r for r in _PRIORITY if r in roles]
    return ranked[0] if ranked else None


def _span_date_role(scan: Scan, pos: int) -> str | None:
    if scan.doc_type == DocType.INQUIRY_RECORD:
        return "询问"
    if scan.doc_type == DocType.INSPECTION_RECORD:
        return "检查"
    return None


def _role(
    scan: Scan,
    m: _Found,
    prev_end: int,
    next_start: int,
    matches: list[_Found],
    k_prev: _Found | None,
) -> str | None:
    """The role of the date ``m`` (``k_prev``: the date before it, for ranges)."""
    prefix = scan.line_prefix(m.start)
    suffix = scan.line_suffix(m.end)
    if _alone(prefix) and _alone(suffix):
        return _footer_role(scan, m, matches)
    if _label_tail(prefix) and _alone(suffix):
        role = _role_above(scan, m)
        if role is not None:
            return role
    if P.DATE_LABEL.search(prefix) or P.SIGN_LINE.search(prefix):
        # the field the date is written in first: a form row "承办机构意见 同意立案。 负责人：赵某 2024年3月19日"
        # dates the 负责人's approval, not the 承办 of the row's head
        last = next((x for x in reversed(P.VALUE_END.split(prefix)) if x.strip()), "")
        role = _best(last, scan.doc_type) or _best(prefix, scan.doc_type)
        if role is not None:
            return role
    if k_prev is not None and P.DATE_RANGE_LINK.match(scan.flat[k_prev.match.end() : m.match.start()]):
        return _role(scan, k_prev, 0, m.start, [], None)
    forward = scan.forward_clause(m.end, stop=next_start, limit=_FORWARD)
    role = _best(forward, scan.doc_type)
    if role is not None:
        return role
    back = scan.back_clause(m.start, stop=prev_end)
    role = _best(back, scan.doc_type)
    if role is not None:
        return role
    if P.PARTY_MENTION.search(back) or P.PARTY_MENTION.search(forward):
        return "违法行为"
    return None


def _alone(part: str) -> bool:
    t = compact(P.SEAL_MARK.sub("", part)).strip("()")
    return not t or is_agency_line(t)


def _label_tail(prefix: str) -> bool:
    """The wrapped tail of a form's label (one or two characters) before a date: OCR reads the row
    "机关负责人意见 | 负责人：高杰 2024年2月27日" as "机关负责人意 负责人：高杰" and "见 2024年2月27日"."""
    t = compact(prefix)
    return 0 < len(t) <= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in t) and not P.DATE_CUE.search(t)


def _role_above(scan: Scan, m: _Found) -> str | None:
    """The role a cue on the short line just above the date gives (its last field first: "负责人：高杰")."""
    i = scan.line_no(m.start) - 1
    while i >= 0 and not scan.line(i).strip():
        i -= 1
    if i < 0:
        return None
    text = scan.line(i)
    if P.DATE.search(text) or len(compact(text)) > 25:
        return None
    last = next((x for x in reversed(P.VALUE_END.split(text)) if x.strip()), "")
    role = _best(last, scan.doc_type) or _best(text, scan.doc_type)
    return None if role == _SKIP else role


def _footer_role(scan: Scan, m: _Found, matches: list[_Found]) -> str | None:
    line_no = scan.line_no(m.start)
    i = line_no - 1
    looked = 0
    while i >= 0 and looked < 4:
        text = scan.line(i)
        if not text.strip():
            i -= 1
            continue
        looked += 1
        if is_agency_line(text) or is_seal_line(text):
            return None if _in_head(scan, m.start) else "落款"
        short = compact(text)
        if P.DATE.search(text) or len(short) > 25:
            break
        role = _best(text, scan.doc_type)
        if role not in (None, _SKIP):
            return role
        i -= 1
    later_alone = [
        x
        for x in matches
        if x.start > m.start and _alone(scan.line_prefix(x.start)) and _alone(scan.line_suffix(x.end))
    ]
    if later_alone:
        return None
    for j in range(line_no + 1, len(scan.line_spans)):
        text = compact(scan.line(j))
        if len(text) > 30 or "。" in text:
            return None
    return "落款"


def _in_head(scan: Scan, pos: int) -> bool:
    """In the first 30% of a document of 8 or more lines: a date alone there (a web page's date) is no 落款."""
    return len(scan.nonempty_lines()) >= _HEAD_MIN_LINES and pos < len(scan.norm) * 0.3


def _law_context(scan: Scan, m: _Found) -> bool:
    if P.DATE_LAW_CONTEXT.match(scan.flat, m.match.end()):
        return True
    prefix = scan.flat[max(0, m.match.start() - 80) : m.match.start()].rsplit("\n", 1)[-1]
    if prefix.rfind("《") > prefix.rfind("》"):
        return True
    return prefix.rstrip().endswith(("》(", "自"))


# -- time spans -----------------------------------------------------------------------------------------------------
def _time_spans(scan: Scan) -> list[tuple[int, int, TimeSpan, str, int, tuple[int, int] | None]]:
    found: list[tuple[int, int, TimeSpan, str, int, tuple[int, int] | None]] = []
    taken: list[tuple[int, int]] = []
    for m in P.TIME_SPAN.finditer(scan.flat):
        start = _datetime(m.group("start"))
        if start is None:
            continue
        end_text = m.group("end")
        end = _datetime(end_text, default_day=start[0].date(), after=start[0])
        if end is None:
            continue
        s, e = scan.norm_span(m.start(), m.end())
        role = _span_role(scan, s, start[1] and end[1])
        date_start = scan.norm_span(m.start("start"), m.end("start"))[0]
        found.append(
            (s, e, TimeSpan(start=start[0], end=end[0]), role, date_start, scan.norm_span(m.start("end"), m.end()))
        )
        taken.append((m.start(), m.end()))
    for m in P.DATETIME.finditer(scan.flat):
        if any(s <= m.start() < e for s, e in taken):
            continue
        s, e = scan.norm_span(m.start(), m.end())
        if not P.TIME_LABEL.search(scan.line_prefix(s)):
            continue
        start = _datetime(m.group("start"))
        if start is None:
            continue
        found.append((s, e, TimeSpan(start=start[0]), _span_role(scan, s, False), s, None))
    return found


def _span_role(scan: Scan, pos: int, precise: bool) -> str:
    prefix = scan.line_prefix(pos)
    if scan.doc_type == DocType.INQUIRY_RECORD or "询问" in prefix:
        role = "询问起止"
    elif scan.doc_type == DocType.INSPECTION_RECORD or "检查" in prefix or "勘验" in prefix or "勘查" in prefix:
        role = "检查起止"
    elif scan.doc_type == DocType.HEARING or "听证" in prefix:
        role = "听证起止"
    elif scan.doc_type == DocType.COLLECTIVE_DISCUSSION or "讨论" in prefix:
        role = "讨论起止"
    else:
        role = "起止"
    return role if precise else role + "(不精确)"


def _datetime(
    text: str, *, default_day: dt_.date | None = None, after: dt_.datetime | None = None
) -> tuple[dt_.datetime, bool] | None:
    """(datetime, has-minutes) of "2024年3月5日上午9时10分" / "9时55分" / "09:10", or None."""
    dm = P.DATE.search(text)
    day = date_of(dm) if dm else default_day
    if day is None:
        return None
    tm = P.TIME_OF_DAY.search(text, dm.end() if dm else 0)
    if tm is None:
        return None
    hour = int(tm.group("h") or tm.group("h2"))
    minute_text = tm.group("m") or tm.group("m2")
    minute = int(minute_text) if minute_text else 0
    ampm = tm.group("ampm")
    if (ampm in ("下午", "晚上", "傍晚", "晚") and hour < 12) or (ampm == "中午" and hour < 3):
        hour += 12
    if ampm is None and after is not None and hour < 12 and after.hour >= 12 and hour + 12 >= after.hour:
        hour += 12
    if hour == 24 and minute == 0:
        hour = 23
        minute = 59
    if hour > 23 or minute > 59:
        return None
    return dt_.datetime.combine(day, dt_.time(hour, minute)), minute_text is not None
