"""party_block.v1 — the decision's party block names the party and gives what its kind of party needs."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, no_documents, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, Party, PartyType


def _kinds(values: list[str]) -> list[str]:
    for v in values:
        ElementKind(v)
    return values


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    always: list[str] = ["当事人", "地址"]  # element kinds every party block needs
    by_party_type: dict[str, list[str]] = {}  # organization / individual / individual_business -> element kinds
    labels: dict[str, str] = {}  # how the message names a kind (法定代表人 -> 法定代表人（负责人、经营者）)
    missing_doc: str = "cannot_tell"  # cannot_tell | not_applicable
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("always")
    @classmethod
    def _always(cls, v: list[str]) -> list[str]:
        return _kinds(v)

    @field_validator("by_party_type")
    @classmethod
    def _by_type(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, kinds in v.items():
            PartyType(key)
            _kinds(kinds)
        return v


@check_type("party_block.v1", params=Params)
def party_block(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` (the 行政处罚决定书) has a party block with the element kinds of ``always``
    (当事人名称、地址) and those ``by_party_type`` lists for the party's type (法人: 统一社会信用代码、法定代表人;
    公民: 身份证号 …). A masked value (published copy) counts as present. When the party's type cannot be told
    (a bare name, no code) and the common fields are there, the result is CANNOT_TELL.
    ## Params
    doc_types, always, by_party_type, labels, missing_doc, when
    ## Example
    ``{always: [当事人, 地址], by_party_type: {organization: [统一社会信用代码, 法定代表人]}}`` fails on a decision
    against a company that gives no 统一社会信用代码.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return no_documents(ctx, p.doc_types, p.missing_doc)
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    unknown: list[str] = []
    missing_names: list[str] = []
    for doc in docs:
        parties = [e for e in ctx.elements(ElementKind.PARTY, [doc]) if isinstance(e.value, Party)]
        party_type = next((e.value.party_type for e in parties if e.role == "当事人" and e.value.party_type), None)
        party_type = party_type or next((e.value.party_type for e in parties if e.value.party_type), None)
        if party_type is None and ctx.case.party_type is not None:
            party_type = ctx.case.party_type
        wanted = list(p.always)
        if party_type is not None:
            wanted += [k for k in p.by_party_type.get(party_type.value, []) if k not in wanted]
        missing = [k for k in wanted if not ctx.elements(ElementKind(k), [doc])]
        if missing:
            names = [p.labels.get(k, k) for k in missing]
            missing_names += names
            failures.append(ctx.whole(doc, note="当事人基本情况未见：" + "、".join(names)))
        elif party_type is None and p.by_party_type:
            unknown.append(doc.title)
        else:
            first = parties[0] if parties else None
            passes.append(ctx.of_element(first) if first is not None else ctx.whole(doc))
    if failures:
        return CheckResult.fail(failures, missing="、".join(dict.fromkeys(missing_names)))
    if unknown:
        return CheckResult.cannot_tell("无法判断当事人是法人、个体工商户还是自然人，未核对统一社会信用代码或身份证号")
    return CheckResult.ok(passes)
