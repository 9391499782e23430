"""stale_article.v1 — an article number of a law's old version cited after the new version took effect."""

from __future__ import annotations

import datetime as dt

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, LawRef


class Renumbered(CheckParams):
    old: int  # the article number in the old version
    new: str  # what it is now, for the message: 第四十五条
    meaning: list[str]  # regex: words of the sentence that show the old meaning (陈述 / 申辩 for old 第三十二条)
    current: list[str] = []  # regex: words that show the new version's own article of that number (从轻 / 减轻)

    @field_validator("meaning", "current")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


class Params(CheckParams):
    law_pattern: str  # regex on the cited title: the law (行政处罚法)
    effective_from: dt.date  # the new version's commencement
    articles: list[Renumbered]
    doc_types: list[str] = []  # empty: every document
    sentence_ends: str = "。；;"
    wrap_width: int = 30  # a line at least this long that ends without punctuation is wrapped, not ended
    max_evidence: int = 6

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("law_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v


def _offset(doc: Document, el: Element) -> int | None:
    """Where ``el`` starts in the document's text (DocText joins the page stretches with "\\n")."""
    off = 0
    for ref in doc.pages:
        if ref.page == el.prov.page and ref.start <= el.prov.span[0] <= ref.end:
            return off + el.prov.span[0] - ref.start
        off += ref.end - ref.start + 1
    return None


def _sentence(text: str, start: int, end: int, p: Params) -> str:
    """The sentence around ``[start, end)``: cut at ``sentence_ends`` and at a line break after a short line; a long
    line is a wrapped one (PDF text layers) and the sentence goes on."""

    def is_end(i: int) -> bool:
        if text[i] in p.sentence_ends:
            return True
        if text[i] != "\n":
            return False
        return i - (text.rfind("\n", 0, i) + 1) < p.wrap_width

    left = start
    while left > 0 and not is_end(left - 1):
        left -= 1
    right = end
    while right < len(text) and not is_end(right):
        right += 1
    return text[left:right]


def _doc_date(ctx: CheckContext, doc: Document) -> dt.date | None:
    dates = [d for e in ctx.elements(ElementKind.DATE, [doc], ("落款",)) if (d := date_of(e)) is not None]
    return dates[-1] if dates else ctx.case.decision_date


@check_type("stale_article.v1", params=Params)
def stale_article(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Citations of the law ``law_pattern`` in documents dated on or after ``effective_from`` (the document's 落款, else
    the decision date) that use an article number of the old version in its old meaning: the number is one of
    ``articles``, the sentence around the citation matches that entry's ``meaning`` and not its ``current`` words
    (old 第三十二条 with 陈述、申辩 fails; 第三十二条 with 从轻、减轻 is the new law's own article and passes). Such a
    citation in a document whose date is unknown: CANNOT_TELL. The law never cited: NOT_APPLICABLE.
    ## Params
    law_pattern, effective_from, articles (old, new, meaning, current), doc_types, sentence_ends, wrap_width,
    max_evidence
    ## Example
    A 2022 告知书 "根据《中华人民共和国行政处罚法》第三十二条的规定，你单位享有陈述、申辩的权利" fails (now 第四十五条).
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    by_old = {a.old: a for a in p.articles}
    failures: list[Evidence] = []
    undated: list[Evidence] = []
    cited = False
    for doc in docs:
        text = ctx.text(doc)
        day: dt.date | None = None
        dated = False
        for el in ctx.elements(ElementKind.LAW_CITATION, [doc]):
            if not isinstance(el.value, LawRef) or not compiled(p.law_pattern).search(el.value.law):
                continue
            cited = True
            start = _offset(doc, el)
            if start is None:
                continue
            sentence = _sentence(text, start, start + len(el.text), p)
            stale = [
                by_old[a.article]
                for a in el.value.articles
                if a.article in by_old
                and any(compiled(m).search(sentence) for m in by_old[a.article].meaning)
                and not any(compiled(c).search(sentence) for c in by_old[a.article].current)
            ]
            if not stale:
                continue
            if not dated:
                day, dated = _doc_date(ctx, doc), True
            note = "；".join(f"原第{_cn(s.old)}条现为{s.new}" for s in stale)
            if day is None:
                undated.append(ctx.of_element(el, note=note))
            elif day >= p.effective_from:
                failures.append(ctx.of_element(el, note=f"{day.isoformat()}仍引用修订前条文序号（{note}）"))
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], quote=failures[0].quote)
    if undated:
        return CheckResult.cannot_tell("文书日期不明，无法判断是否应适用新法条文序号", undated[: p.max_evidence])
    if not cited:
        return CheckResult.not_applicable("未引用该法律")
    return CheckResult.ok()


_CN = "〇一二三四五六七八九"


def _cn(n: int) -> str:
    """3 -> 三, 32 -> 三十二, 105 -> 一百零五 (article numbers in messages)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + _CN[rest] if rest < 10 else ("一" + _cn(rest) if rest < 20 else _cn(rest)))
    return _CN[n // 100] + "百" + tail
