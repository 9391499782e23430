"""date_chain.v1 — dated procedural steps in their legal order (立案 ≤ 调查终结 ≤ … ≤ 送达 ≤ 缴款 ≤ 结案).

Also defines ``StepRef``, the way a chronology rule names a step: a document's own date, or the date the document
was served (the 送达回证 that names it by 文号 or title, or a receipt signed on the document itself). step_deadline.v1
uses it too.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import field_validator, model_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, Document, Element, ElementKind

#: date roles of a 送达回证 that give the day of service, best first (None: an unlabelled date on the receipt)
RECEIPT_ROLES: tuple[str | None, ...] = ("签收", "送达", "落款", None)
#: brackets that 文号 are written with, mapped to one form so that 〔2024〕, [2024] and （2024） compare equal
_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "[": "(", "]": ")", "【": "(", "】": ")", "（": "(", "）": ")"})


def norm_number(text: str) -> str:
    return "".join(text.split()).translate(_BRACKETS)


class StepRef(CheckParams):
    """One dated step: which documents, which date (kind, roles, pick), or the date they were served."""

    label: str  # how messages name the step, e.g. 告知书送达日期
    doc_types: list[str]
    titles: list[str] = []  # only documents whose title matches one of these patterns (e.g. 解除)
    variants: list[str] = []  # only these document variants (听证申请书, 当场行政处罚决定书 …)
    kind: Literal["日期", "起止时间"] = "日期"
    roles: list[str | None] = []  # the first listed role that has a match wins; empty: any
    any_role: bool = False  # every listed role counts together (not only the first that has a match)
    pick: Literal["first", "last", "earliest", "latest"] = "first"
    served: bool = False  # the date the document was served rather than its own date
    names: list[str] = []  # patterns by which a 送达回证 names the document (its own 文号 always counts)
    fallback_own_date: bool = False  # served, but no service record: use the document's own date (roles)
    # the same date as another document records it, when these documents show none: the decision's 落款 under a
    # seal that OCR cannot read, and the 结案审批表's "决定日期"
    or_else: StepRef | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("titles", "names")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


StepRef.model_rebuild()


def step_docs(ctx: CheckContext, ref: StepRef) -> list[Document]:
    docs = list(ctx.docs(*ref.doc_types))
    if ref.variants:
        docs = [d for d in docs if d.variant in ref.variants]
    if ref.titles:
        docs = [d for d in docs if any(compiled(p).search(d.title) for p in ref.titles)]
    return docs


def _by_roles(
    pool: list[Element], roles: list[str | None] | tuple[str | None, ...], any_role: bool = False
) -> list[Element]:
    if not roles:
        return pool
    if any_role:
        return [e for e in pool if e.role in roles]
    for role in roles:
        hits = [e for e in pool if e.role == role]
        if hits:
            return hits
    return []


def _dated(ctx: CheckContext, kind: str, docs: list[Document]) -> list[Element]:
    return [e for e in ctx.elements(ElementKind(kind), docs) if date_of(e) is not None]


def _pick(hits: list[Element], pick: str) -> Element | None:
    if not hits:
        return None
    if pick == "first":
        return hits[0]
    if pick == "last":
        return hits[-1]
    key = lambda e: date_of(e) or dt.date.min  # noqa: E731
    return min(hits, key=key) if pick == "earliest" else max(hits, key=key)


def receipts_naming(ctx: CheckContext, doc: Document, names: list[str]) -> list[Document]:
    """The 送达回证 that name ``doc``: by its own 文号, or by one of the ``names`` patterns."""
    numbers = {
        norm_number(str(e.value))
        for e in ctx.elements(ElementKind.CASE_NUMBER, [doc])
        if e.role != "引用文号" and len(norm_number(str(e.value))) >= 6
    }
    out = []
    for receipt in ctx.docs(DocType.SERVICE_RECEIPT):
        text = ctx.text(receipt)
        flat = norm_number(text)
        if any(n in flat for n in numbers) or any(compiled(p).search(text) for p in names):
            out.append(receipt)
    return out


def receipt_date(ctx: CheckContext, receipt: Document) -> Element | None:
    """The day a 送达回证 records as the day of service (签收, else 送达, else its 落款 or only date)."""
    return _pick(_by_roles(_dated(ctx, "日期", [receipt]), RECEIPT_ROLES), "earliest")


def service_dates(ctx: CheckContext, ref: StepRef, docs: list[Document]) -> list[Element]:
    """Every recorded service of ``docs``: dates of the receipts naming them, and receipts signed on them."""
    found: list[Element] = []
    for doc in docs:
        for receipt in receipts_naming(ctx, doc, ref.names):
            el = receipt_date(ctx, receipt)
            if el is not None:
                found.append(el)
        found.extend(e for e in _dated(ctx, "日期", [doc]) if e.role == "签收")
    return found


def candidates(ctx: CheckContext, ref: StepRef) -> list[Element]:
    """Every element that may date the step (before ``pick``): its service dates or its own dates by role; else, when
    the documents are there but show no such date, what ``or_else`` finds."""
    docs = step_docs(ctx, ref)
    if not docs:
        return []
    if ref.served:
        served = service_dates(ctx, ref, docs)
        if served or not ref.fallback_own_date:
            return served or _or_else(ctx, ref)
    return _by_roles(_dated(ctx, ref.kind, docs), ref.roles, ref.any_role) or _or_else(ctx, ref)


def _or_else(ctx: CheckContext, ref: StepRef) -> list[Element]:
    return candidates(ctx, ref.or_else) if ref.or_else is not None else []


def resolve(ctx: CheckContext, ref: StepRef) -> Element | None:
    """The element that dates the step, or None when the dossier does not show it."""
    return _pick(candidates(ctx, ref), ref.pick)


def step_evidence(ctx: CheckContext, el: Element, ref: StepRef) -> Evidence:
    return ctx.of_element(el, note=ref.label)


class Params(CheckParams):
    steps: list[StepRef]
    mode: Literal["chain", "before_last", "pairs"] = "chain"
    strict: bool = False  # a later step must fall on a later day, not the same day
    min_found: int = 2  # fewer dated steps than this: CANNOT_TELL
    when: Condition | None = None
    # before_last: a step that cannot come before the last one (the decision's service). When the last step's own date
    # cannot be read (a 落款 under a seal), an earlier step dated after this bound still comes after the last step.
    bound: StepRef | None = None

    @model_validator(mode="after")
    def _shape(self) -> Params:
        if len(self.steps) < 2:
            raise ValueError("date_chain.v1 needs at least two steps")
        if self.mode == "pairs" and len(self.steps) % 2:
            raise ValueError("mode pairs needs an even number of steps")
        if self.bound is not None and self.mode != "before_last":
            raise ValueError("bound is only used with mode before_last")
        return self


def _inverted(a: dt.date, b: dt.date, strict: bool) -> bool:
    return a > b or (strict and a == b)


@check_type("date_chain.v1", params=Params)
def date_chain(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Dated steps come in their order. ``chain``: each step no earlier than every earlier step that the dossier
    shows; the first inversion is reported (the nearest earlier step dated after it). ``before_last``: every step
    no later than the last one (法制审核、集体讨论 before the 决定). ``pairs``: steps taken two by two (承办 ≤ 审批,
    落款 ≤ 送达). Steps the dossier does not show are skipped; fewer than ``min_found`` dated steps is CANNOT_TELL.
    With ``before_last``, a ``bound`` step that cannot precede the last one (the decision's service) stands in when
    the last step's date is not shown: an earlier step dated after the bound FAILS; otherwise it is CANNOT_TELL.
    A step (StepRef) is a document's own date (doc_types, titles, variants, kind, roles, pick) or, with ``served``,
    the day it was served: the 送达回证 that names it by its 文号 or by ``names``, or a 签收 on the document itself.
    ## Params
    steps (StepRef: label, doc_types, titles, variants, kind, roles, any_role, pick, served, names,
    fallback_own_date, or_else), mode
    (chain | before_last | pairs), strict, min_found, when, bound (a StepRef)
    ## Example
    ``{steps: [{label: 告知书日期, doc_types: [告知书], roles: [落款]}, {label: 决定日期, doc_types: [行政处罚决定书],
    roles: [落款]}]}`` fails when the 告知书 is dated after the decision.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    found: list[tuple[int, StepRef, Element, dt.date]] = []
    for i, ref in enumerate(p.steps):
        el = resolve(ctx, ref)
        day = date_of(el) if el is not None else None
        if el is not None and day is not None:
            found.append((i, ref, el, day))
    if p.mode == "pairs":
        pairs = [(p.steps[i], p.steps[i + 1]) for i in range(0, len(p.steps), 2)]
        dated = {id(ref): (el, day) for _, ref, el, day in found}
        complete = [(a, b) for a, b in pairs if id(a) in dated and id(b) in dated]
        if not complete:
            return CheckResult.cannot_tell("未找到成对的日期：" + "；".join(f"{a.label}/{b.label}" for a, b in pairs))
        for a, b in complete:
            (ea, da), (eb, db) = dated[id(a)], dated[id(b)]
            if _inverted(da, db, p.strict):
                return _fail(ctx, a, ea, da, b, eb, db)
        a, b = complete[0]
        return _ok(ctx, a, dated[id(a)][0], b, dated[id(b)][0])
    last_found = bool(found) and found[-1][0] == len(p.steps) - 1
    if (
        p.mode == "before_last"
        and p.bound is not None
        and found
        and not last_found
        and (bounded := _after_bound(ctx, p.bound, found, p.strict)) is not None
    ):
        return bounded
    if len(found) < p.min_found:
        lost = [ref.label for i, ref in enumerate(p.steps) if i not in {f[0] for f in found}]
        return CheckResult.cannot_tell("可比较的日期不足，未找到" + "、".join(lost))
    if p.mode == "before_last":
        last = found[-1]
        if not last_found:
            return CheckResult.cannot_tell(f"未找到{p.steps[-1].label}")
        for _, ref, el, day in found[:-1]:
            if _inverted(day, last[3], p.strict):
                return _fail(ctx, ref, el, day, last[1], last[2], last[3])
        return _ok(ctx, found[0][1], found[0][2], last[1], last[2])
    for j in range(1, len(found)):
        _, ref_j, el_j, day_j = found[j]
        later_before = [f for f in found[:j] if _inverted(f[3], day_j, p.strict)]
        if later_before:
            _, ref_i, el_i, day_i = later_before[-1]
            return _fail(ctx, ref_i, el_i, day_i, ref_j, el_j, day_j)
    return _ok(ctx, found[0][1], found[0][2], found[-1][1], found[-1][2])


def _after_bound(
    ctx: CheckContext, bound: StepRef, found: list[tuple[int, StepRef, Element, dt.date]], strict: bool
) -> CheckResult | None:
    """FAIL when an earlier step is dated after ``bound`` (so after the last step too, whose date is not shown)."""
    el = resolve(ctx, bound)
    day = date_of(el) if el is not None else None
    if el is None or day is None:
        return None
    for _, ref, step_el, step_day in found:
        if _inverted(step_day, day, strict):
            return _fail(ctx, ref, step_el, step_day, bound, el, day)
    return None


def _fail(ctx: CheckContext, a: StepRef, ea: Element, da: dt.date, b: StepRef, eb: Element, db: dt.date) -> CheckResult:
    evidence = [step_evidence(ctx, ea, a), step_evidence(ctx, eb, b)]
    return CheckResult.fail(
        evidence, earlier=da.isoformat(), later=db.isoformat(), earlier_name=a.label, later_name=b.label
    )


def _ok(ctx: CheckContext, a: StepRef, ea: Element, b: StepRef, eb: Element) -> CheckResult:
    da, db = date_of(ea), date_of(eb)
    return CheckResult.ok(
        [step_evidence(ctx, ea, a), step_evidence(ctx, eb, b)],
        earlier=da.isoformat() if da else "",
        later=db.isoformat() if db else "",
        earlier_name=a.label,
        later_name=b.label,
    )
