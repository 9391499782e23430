"""party_age.v1 — a minor party: under 14 no penalty, 14 to 18 the decision states 从轻/减轻 (第三十条)."""

from __future__ import annotations

import datetime as dt

from pydantic import field_validator

from checklists.checks.date_chain import StepRef, resolve, step_evidence
from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Party, PartyType


class Params(CheckParams):
    doc_types: list[str]  # the decision(s) whose party is judged
    act: StepRef  # the violation's date
    bound: StepRef | None = None  # a date no earlier than the act (立案), used when the act has no date
    margin_years: int = 5  # at the bound, this many years past 18 is surely an adult at the time of the act
    lenient: list[str]  # wording that states 从轻 / 减轻
    no_penalty_variants: list[str] = ["不予行政处罚决定书"]

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("lenient")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def birth_from_id(number: str) -> dt.date | None:
    """The birth date of an 18-digit 公民身份号码 (digits 7–14), None when it is masked or impossible."""
    digits = number.strip()
    if len(digits) != 18 or not digits[:17].isdigit():
        return None
    try:
        return dt.date(int(digits[6:10]), int(digits[10:12]), int(digits[12:14]))
    except ValueError:
        return None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _birth(ctx: CheckContext, docs: list[Document]) -> tuple[dt.date, Element] | None:
    for e in ctx.elements(ElementKind.ID_NUMBER, docs, ["当事人", "经营者", None]):
        if not e.masked:
            born = birth_from_id(str(e.value))
            if born is not None:
                return born, e
    for e in ctx.elements(ElementKind.DATE, docs, ["出生"]):
        born = date_of(e)
        if born is not None:
            return born, e
    return None


def _person(ctx: CheckContext, docs: list[Document]) -> bool | None:
    """True: the party is a natural person or 个体工商户; False: an organisation; None: not told."""
    for e in ctx.elements(ElementKind.PARTY, docs, ["当事人"]):
        if isinstance(e.value, Party) and e.value.party_type is not None:
            return e.value.party_type in (PartyType.INDIVIDUAL, PartyType.INDIVIDUAL_BUSINESS)
    return None


@check_type("party_age.v1", params=Params)
def party_age(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    For a natural-person party (or a 个体工商户's 经营者), the age at the time of the violation, from the 身份证号
    (digits 7–14) or a stated 出生 date: under 14, a decision that imposes a penalty fails (不予行政处罚); 14 to
    under 18, the decision must state 从轻 or 减轻 (``lenient``). The act's date is ``act``; without it, ``bound``
    (e.g. 立案) gives an upper limit: under 18 there means a minor at the act, ``margin_years`` past 18 an adult;
    in between CANNOT_TELL. An organisation: NOT_APPLICABLE.
    ## Params
    doc_types, act (StepRef), bound (StepRef), margin_years, lenient, no_penalty_variants
    ## Example
    ``{doc_types: [行政处罚决定书], act: {label: 违法行为日期, doc_types: [行政处罚决定书], roles: [违法行为]},
    lenient: [从轻, 减轻]}`` fails on a fine for a 16-year-old that says nothing of 从轻 or 减轻.
    """
    docs = list(ctx.docs(*p.doc_types))
    if not docs:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.doc_types)}")
    person = _person(ctx, docs)
    born = _birth(ctx, docs)
    if person is False or (person is None and born is None):
        return CheckResult.not_applicable("当事人不是自然人或个体工商户")
    if born is None:
        return CheckResult.cannot_tell("未找到当事人的身份证号或出生日期")
    birth, birth_el = born
    act = resolve(ctx, p.act)
    exact = act is not None
    when_el = act if act is not None else (resolve(ctx, p.bound) if p.bound is not None else None)
    when = date_of(when_el) if when_el is not None else None
    if when_el is None or when is None:
        return CheckResult.cannot_tell("未找到违法行为日期")
    age = age_on(birth, when)
    evidence: list[Evidence] = [
        ctx.of_element(birth_el, note="出生日期"),
        step_evidence(ctx, when_el, p.act if exact else p.bound or p.act),
    ]
    values = {"age": str(age), "birth": birth.isoformat(), "date": when.isoformat()}
    if age >= 18:
        if exact or age >= 18 + p.margin_years:
            return CheckResult.ok(evidence, **values)
        return CheckResult.cannot_tell(
            f"立案时当事人{age}周岁，未找到违法行为日期，无法确定行为时是否已满十八周岁", evidence
        )
    penalised = [d for d in docs if d.variant not in p.no_penalty_variants]
    if age < 14:
        if penalised:
            return CheckResult.fail(
                [*evidence, ctx.whole(penalised[0], note="对不满十四周岁的人给予行政处罚")],
                reason=f"当事人违法时{age}周岁，不满十四周岁，不予行政处罚",
                **values,
            )
        return CheckResult.ok(evidence, **values)
    missing = [d for d in penalised if not any(compiled(pt).search(ctx.text(d)) for pt in p.lenient)]
    if missing:
        return CheckResult.fail(
            [*evidence, ctx.whole(missing[0], note="未载明从轻或者减轻处罚")],
            reason=f"当事人违法时{age}周岁，应当从轻或者减轻行政处罚",
            **values,
        )
    return CheckResult.ok(evidence, **values)
