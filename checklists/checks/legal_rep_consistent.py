"""legal_rep_consistent.v1 — the 法定代表人 / 经营者 matches the licence copy; a 个体户 with a 字号 is named by it."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Party
from extractors.normalize import compact, is_masked, normalize
from extractors.patterns import PERSON_NAME


class Params(CheckParams):
    licence_types: list[str] = ["主体资格/其他证据"]
    doc_types: list[str] = []  # documents compared with the licence; empty: every other document
    decision_types: list[str] = ["行政处罚决定书"]
    roles: list[str | None] = ["法定代表人", "负责人", "经营者", "投资人"]
    max_evidence: int = 6

    @field_validator("licence_types", "doc_types", "decision_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _key(s: str) -> str:
    return compact(normalize(s))


def _names(els: list[Element]) -> list[Element]:
    return [e for e in els if not e.masked and not is_masked(str(e.value)) and PERSON_NAME.match(_key(str(e.value)))]


@check_type("legal_rep_consistent.v1", params=Params)
def legal_rep_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The 法定代表人 / 负责人 / 经营者 / 投资人 named in the documents (LEGAL_REP elements of ``roles``) is the one of
    the licence copy (``licence_types``; without one, the decision's). And when the licence names a business (a
    字号) whose 经营者 is a person, the decision must name the business as the party, not the person (北京 3.5).
    Fewer than two named representatives: CANNOT_TELL.
    ## Params
    licence_types, doc_types, decision_types, roles, max_evidence
    ## Example
    营业执照 "法定代表人 张伟" and a decision "法定代表人：张卫" fail.
    """
    licences = ctx.docs(*p.licence_types)
    decisions = ctx.docs(*p.decision_types)
    reps = _names(ctx.elements(ElementKind.LEGAL_REP, None, p.roles))
    lic_ids = {d.id for d in licences}
    ref = next((e for e in reps if e.doc_id in lic_ids), None)
    if ref is None:
        dec_ids = {d.id for d in decisions}
        ref = next((e for e in reps if e.doc_id in dec_ids), None)
    failures: list[Evidence] = []
    # a 个体工商户 with a 字号 is named by the 字号
    lic_party = next((e for e in ctx.elements(ElementKind.PARTY, licences) if isinstance(e.value, Party)), None)
    lic_op = next((e for e in _names(ctx.elements(ElementKind.LEGAL_REP, licences, ("经营者",)))), None)
    if lic_party is not None and lic_op is not None and not PERSON_NAME.match(_key(lic_party.value.name)):  # type: ignore[union-attr]
        for e in ctx.elements(ElementKind.PARTY, decisions, ("当事人",)):
            if isinstance(e.value, Party) and _key(e.value.name) == _key(str(lic_op.value)):
                failures.append(ctx.of_element(e, note=f"个体工商户有字号的，应以字号“{lic_party.value.name}”为当事人"))  # type: ignore[union-attr]
    if ref is not None:
        wanted = {d.id for d in ctx.docs(*p.doc_types)} if p.doc_types else None
        for e in reps:
            if e is ref or (wanted is not None and e.doc_id not in wanted):
                continue
            if _key(str(e.value)) != _key(str(ref.value)):
                failures.append(
                    ctx.of_element(e, note=f"与{ctx.doc_label(ctx.doc_by_id(ref.doc_id))}所载“{ref.value}”不一致")
                )
    if failures:
        if ref is not None:
            failures = [*failures[: p.max_evidence], ctx.of_element(ref, note="比对基准")]
        return CheckResult.fail(failures, name=str(ref.value) if ref is not None else "")
    if ref is None or len({e.doc_id for e in reps}) < 2:
        return CheckResult.cannot_tell("法定代表人（经营者）姓名不足两处，无从比对")
    return CheckResult.ok([ctx.of_element(ref)], name=str(ref.value))
