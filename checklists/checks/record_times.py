"""record_times.v1 — each 笔录 has a start and an end time to the minute, the end after the start, and no officer
takes part in two 笔录 at different places at the same time."""

from __future__ import annotations

import datetime as dt
import itertools

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Officer, TimeSpan

IMPRECISE = "(不精确)"  # the role suffix dates.v1 gives a span without minutes or without an end


class Params(CheckParams):
    doc_types: list[str]  # the 笔录 types
    place_patterns: list[str] = []  # patterns with a named group "place": where the 笔录 was made
    officer_roles: list[str] = ["执法人员", "询问人", "检查人", "记录人", "承办人"]
    ignore_names: list[str] = []  # patterns of officer "names" that are extraction debris (…执字)
    max_minutes: int | None = None  # a 笔录 lasting longer than this is implausible (a mistyped time)
    max_evidence: int = 4

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("place_patterns", "ignore_names")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _span(ctx: CheckContext, doc: Document) -> Element | None:
    spans = [e for e in ctx.elements(ElementKind.TIME_SPAN, [doc]) if isinstance(e.value, TimeSpan)]
    own = [e for e in spans if e.role and e.role.removesuffix(IMPRECISE).endswith(("询问起止", "检查起止"))]
    return (own or spans or [None])[0]


def _place(ctx: CheckContext, doc: Document, p: Params) -> str | None:
    text = ctx.text(doc)
    for pattern in p.place_patterns:
        m = compiled(pattern).search(text)
        if m and m.groupdict().get("place"):
            return "".join(m.group("place").split())
    return None


def _officers(ctx: CheckContext, doc: Document, p: Params) -> set[str]:
    names = set()
    for e in ctx.elements(ElementKind.OFFICER, [doc], p.officer_roles):
        if isinstance(e.value, Officer) and not any(compiled(x).search(e.value.name) for x in p.ignore_names):
            names.add(e.value.name)
    return names


def _fmt(t: dt.datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M") if t else "（无）"


@check_type("record_times.v1", params=Params)
def record_times(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` (询问笔录, 现场检查笔录) states its 起止时间 to the minute (a span
    without minutes or without an end fails), the end after the start and not implausibly long (``max_minutes``);
    and no officer (``officer_roles``) appears in two 笔录 whose times overlap at different places
    (``place_patterns``; a place not found is not compared). A 笔录 whose time is not found at all is CANNOT_TELL
    when nothing else fails.
    ## Params
    doc_types, place_patterns, officer_roles, ignore_names, max_minutes, max_evidence
    ## Example
    ``{doc_types: [询问笔录], place_patterns: ["地点[:：]\\\\s*(?P<place>[^\\\\n]+)"]}`` fails on
    "询问时间：2024年3月5日9时10分至8时50分".
    """
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.not_applicable(f"案卷中没有{'或'.join(p.doc_types)}")
    problems: list[Evidence] = []
    unknown: list[str] = []
    timed: list[tuple[Document, TimeSpan, Element]] = []
    for doc in docs:
        el = _span(ctx, doc)
        if el is None or not isinstance(el.value, TimeSpan):
            unknown.append(doc.title)
            continue
        span = el.value
        if span.end is None or (el.role or "").endswith(IMPRECISE):
            problems.append(ctx.of_element(el, note=f"{doc.title}起止时间不完整或未精确到分"))
        elif span.end <= span.start:
            problems.append(ctx.of_element(el, note=f"{doc.title}结束时间（{_fmt(span.end)}）不晚于开始时间"))
        elif p.max_minutes is not None and (span.end - span.start).total_seconds() > p.max_minutes * 60:
            hours = (span.end - span.start).total_seconds() / 3600
            problems.append(ctx.of_element(el, note=f"{doc.title}起止时间历时{hours:.1f}小时，明显不合理"))
        else:
            timed.append((doc, span, el))
    for (d1, s1, e1), (d2, s2, e2) in itertools.combinations(timed, 2):
        assert s1.end is not None and s2.end is not None
        if not (s1.start < s2.end and s2.start < s1.end):
            continue
        shared = _officers(ctx, d1, p) & _officers(ctx, d2, p)
        place1, place2 = _place(ctx, d1, p), _place(ctx, d2, p)
        if shared and place1 and place2 and place1 != place2:
            who = "、".join(sorted(shared))
            problems.append(ctx.of_element(e1, note=f"{who}同时在{place1}"))
            problems.append(ctx.of_element(e2, note=f"{who}同时在{place2}"))
    if problems:
        return CheckResult.fail(
            problems[: p.max_evidence],
            reason="；".join(e.note for e in problems[:3]),
            quote=problems[0].quote,
            count=str(len(problems)),
        )
    if unknown:
        return CheckResult.cannot_tell("未找到起止时间：" + "、".join(unknown))
    return CheckResult.ok([ctx.of_element(e) for _, _, e in timed[: p.max_evidence]])
