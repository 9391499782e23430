"""Conditions a rule can attach ("when"): the rule applies only if the dossier shows the trigger.

A condition that is not met makes the check NOT_APPLICABLE, with the reason.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pydantic import field_validator

from checklists.context import CheckContext, doc_type_of
from checklists.model import CheckResult
from checklists.registry import CheckParams
from extractors.model import DocType, ElementKind, Money


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def compile_patterns(values: list[str]) -> list[str]:
    for v in values:
        try:
            re.compile(v)
        except re.error as err:
            raise ValueError(f"正则表达式错误 {v!r}：{err}") from err
    return values


def check_doc_types(values: list[str]) -> list[str]:
    for v in values:
        doc_type_of(v)
    return values


class TextQuery(CheckParams):
    doc_types: list[str] = []  # empty: every document
    patterns: list[str]

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)

    def docs(self, ctx: CheckContext) -> tuple:
        return ctx.docs(*self.doc_types) if self.doc_types else ctx.dossier.documents

    def hits(self, ctx: CheckContext) -> list:
        out = []
        for pattern in self.patterns:
            out.extend(ctx.find_in(self.docs(ctx), compiled(pattern)))
        return out


class Condition(CheckParams):
    doc_present: list[str] = []  # any of these documents is in the dossier
    doc_absent: list[str] = []  # none of these documents is in the dossier
    text: TextQuery | None = None  # a pattern is found
    penalty_in: list[str] = []  # the decision imposes one of these penalties (第九条 names)
    monetary: bool | None = None  # the decision imposes a fine or 没收 (true) / neither (false)
    fine_at_least_param: str | None = None  # profile parameter naming a threshold
    not_variant: list[str] = []  # the decision is not one of these variants (不予行政处罚决定书 …)

    @field_validator("doc_present", "doc_absent")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    def holds(self, ctx: CheckContext) -> tuple[bool, str]:
        """(met, why not)."""
        if self.doc_present and not ctx.has(*self.doc_present):
            return False, f"案卷中没有{'或'.join(self.doc_present)}"
        if self.doc_absent and ctx.has(*self.doc_absent):
            return False, f"案卷中有{'、'.join(self.doc_absent)}"
        if self.text is not None and not self.text.hits(ctx):
            return False, "未见触发情形"
        penalties = {str(e.value) for e in ctx.elements(ElementKind.PENALTY, ctx.decisions())}
        if self.penalty_in and not penalties & set(self.penalty_in):
            return False, f"决定未给予{'、'.join(self.penalty_in)}"
        if self.monetary is not None:
            is_money = bool({p for p in penalties if p == "罚款" or p.startswith("没收")}) or ctx.case.fine_amount_yuan
            if bool(is_money) != self.monetary:
                return False, "决定不涉及罚款或没收" if self.monetary else "决定涉及罚款或没收"
        if self.fine_at_least_param:
            threshold = fine_threshold(ctx, self.fine_at_least_param)
            fine = proposed_fine(ctx)
            if threshold is None or fine is None or fine < threshold:
                return False, f"罚款数额未达{self.fine_at_least_param}标准"
        if self.not_variant:
            variants = {d.variant for d in ctx.decisions()}
            if variants & set(self.not_variant):
                return False, f"本案为{'、'.join(v for v in variants if v)}"
        return True, ""


def fine_threshold(ctx: CheckContext, param: str) -> Decimal | None:
    value = ctx.profile.v(param)
    if isinstance(value, dict):
        party_type = ctx.case.party_type.value if ctx.case.party_type else "organization"
        key = "individual" if party_type == "individual" else "organization"
        value = value.get(key)
    return None if value is None else Decimal(str(value))


def proposed_fine(ctx: CheckContext) -> Decimal | None:
    """The fine the notice proposes (告知书), else the decision's."""
    for docs in (ctx.docs(DocType.NOTICE, DocType.HEARING_NOTICE), ctx.decisions()):
        fines = [e.value.yuan for e in ctx.elements(ElementKind.MONEY, docs, ("罚款",)) if isinstance(e.value, Money)]
        if fines:
            return max(fines)
    return None


def not_applicable_unless(ctx: CheckContext, when: Condition | None) -> CheckResult | None:
    """NOT_APPLICABLE, with the reason, when a rule's trigger does not hold; None when it holds or there is none."""
    if when is None:
        return None
    met, why = when.holds(ctx)
    return None if met else CheckResult.not_applicable(why)


def no_documents(ctx: CheckContext, doc_types: list[str], missing_doc: str = "cannot_tell") -> CheckResult:
    """The outcome when a dossier has none of the documents a rule reads: ``missing_doc`` says which — cannot_tell,
    not_applicable, or fail (naming the first missing type)."""
    reason = f"案卷中没有{'或'.join(doc_types)}"
    if missing_doc == "fail":
        return CheckResult.fail([ctx.missing(doc_types[0])], reason=reason, missing="、".join(doc_types))
    return CheckResult.not_applicable(reason) if missing_doc == "not_applicable" else CheckResult.cannot_tell(reason)
