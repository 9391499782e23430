"""service_method.v1 — a receipt that uses a given service method (留置 / 邮寄 / 公告) records what that method needs.

The method is read from the 送达方式 field ("送达方式：留置送达"). In a check-box form ("□直接送达 ☑留置送达") only
the ticked options count; a check-box line with no tick names no method. Patterns see the normalised text
(full-width characters to ASCII).
"""

from __future__ import annotations

from pydantic import field_validator

from checklists.checks.form_fields import Field, field_values, select
from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document
from extractors.normalize import normalize

TICKS = ["☑", "■", "√", "✓", "✔", "☒", "⊠", "▣", "●"]


def ticked(value: str, box: str, ticks: list[str]) -> str:
    """The ticked options of a check-box value ("□直接送达 ☑留置送达" -> "留置送达"); the value itself if it has no
    boxes; "" when it has boxes but no tick."""
    marks = [i for i, ch in enumerate(value) if ch in ticks]
    if not marks:
        return "" if box in value else value
    parts = []
    for i in marks:
        nxt = min([j for j in range(i + 1, len(value)) if value[j] == box or value[j] in ticks] or [len(value)])
        parts.append(value[i + 1 : nxt].strip())
    return " ".join(parts)


def without_boxes(text: str, box: str) -> str:
    """The text with every check-box line blanked (same length): unticked options name nothing."""
    return "\n".join(" " * len(line) if box in line else line for line in text.split("\n"))


class Params(CheckParams):
    doc_types: list[str] = ["送达回证"]
    titles: list[str] = []  # only receipts whose title matches (regex); empty: all of doc_types
    method: Field  # the 送达方式 field
    methods: list[str]  # regex: the method this rule is about, in the method field (留置, 邮寄 …)
    shows: list[str] = []  # regex: wording that shows the method anywhere in the receipt (拒绝签收 …)
    method_titles: list[str] = []  # regex: documents whose title is the method itself (送达公告)
    require: list[list[str]]  # groups of regex, each group must be found (in the receipt or ``search_doc_types``)
    labels: list[str] = []  # what each group means, for the message
    search_doc_types: list[str] = []  # other documents where the proof may be (the 邮寄回执, the 公告 …)
    search_titles: list[str] = []  # only those whose title matches (regex); empty: all of search_doc_types
    box: str = "□"
    ticks: list[str] = TICKS

    @field_validator("doc_types", "search_doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("titles", "methods", "shows", "method_titles", "search_titles")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)

    @field_validator("require")
    @classmethod
    def _groups(cls, v: list[list[str]]) -> list[list[str]]:
        for group in v:
            compile_patterns(group)
        return v


def _uses_method(ctx: CheckContext, doc: Document, p: Params) -> Evidence | None:
    if any(compiled(t).search(normalize(doc.title)) for t in p.method_titles):
        return ctx.whole(doc)
    norm = normalize(ctx.text(doc))
    for occ in field_values(norm, p.method):
        if any(compiled(m).search(ticked(occ.value, p.box, p.ticks)) for m in p.methods):
            return ctx.at(doc, occ.start, occ.end)
    norm = without_boxes(norm, p.box)
    for pattern in p.shows:
        if m := compiled(pattern).search(norm):
            return ctx.at(doc, m.start(), m.end())
    return None


@check_type("service_method.v1", params=Params)
def service_method(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    For every receipt that uses the method (its 送达方式 names one of ``methods``, it shows ``shows`` wording, or its
    title is one of ``method_titles``), each group of ``require`` is found in that receipt or in a document of
    ``search_doc_types``: 留置送达 records the refusal and a 见证人 or 拍照录像 (民诉法第八十九条); 邮寄送达 has the
    postal 回执 (第九十一条); 公告送达 shows the other methods failed (第九十五条). No receipt uses the method:
    NOT_APPLICABLE.
    ## Params
    doc_types, titles, method (Field), methods, shows, method_titles, require, labels, search_doc_types,
    search_titles, box, ticks
    ## Example
    ``{method: {name: 送达方式, labels: [送达方式]}, methods: [留置], require: [[见证人:\\s*\\S, 拍照, 录像]]}``
    fails on a 留置送达 receipt with neither a 见证人 nor 拍照录像.
    """
    receipts = select(ctx, p.doc_types, p.titles)
    using = [(doc, ev) for doc in receipts if (ev := _uses_method(ctx, doc, p)) is not None]
    if not using:
        return CheckResult.not_applicable("未见该送达方式")
    search = select(ctx, p.search_doc_types, p.search_titles) if p.search_doc_types else ()
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    names: list[str] = []
    for doc, ev in using:
        texts = [(d, normalize(ctx.text(d))) for d in (doc, *(s for s in search if s.id != doc.id))]
        absent: list[str] = []
        for i, group in enumerate(p.require):
            hit = next(((d, m) for d, t in texts for pt in group if (m := compiled(pt).search(t))), None)
            if hit is None:
                absent.append(p.labels[i] if i < len(p.labels) else group[0])
            else:
                passes.append(ctx.at(hit[0], hit[1].start(), hit[1].end()))
        if absent:
            names.extend(absent)
            failures.append(
                Evidence(document=ev.document, prov=ev.prov, quote=ev.quote, note="未见" + "、".join(absent))
            )
    if failures:
        return CheckResult.fail(failures, missing="、".join(dict.fromkeys(names)))
    return CheckResult.ok([ev for _, ev in using[:2]] + passes[:3])
