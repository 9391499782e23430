"""party_name_consistent.v1 — the party is named the same way in every document."""

from __future__ import annotations

from collections import Counter

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, Element, ElementKind, Party
from extractors.normalize import compact, is_masked, normalize
from extractors.patterns import ORG_NAME, PERSON_NAME, PLACE_NAME_END, SHOP_NAME


class Params(CheckParams):
    doc_types: list[str] = []  # empty: every document
    roles: list[str | None] = ["当事人"]
    # roles compared only when the party is an organisation: a company's 受送达人 is the company itself, while a
    # person's may be the relative who signed for them
    org_only_roles: list[str] = []
    max_evidence: int = 6

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _key(name: str) -> str:
    return compact(normalize(name))


def _shape(name: str, ref: str | None = None) -> str | None:
    """person / org (an organisation or a shop) / None (something the extractor took that is no name).

    A short shop name that reads like a person's ("兴旺网吧") is an organisation when it is the tail of the
    organisation ``ref`` ("自贡市自流井区兴旺网吧"): the same shop with its place name left out.
    """
    key = _key(name)
    if ref is not None and (ORG_NAME.search(key) or SHOP_NAME.search(key)):
        ref_key = _key(ref)
        if ref_key != key and ref_key.endswith(key):
            return "org"
    if PERSON_NAME.match(key):
        return "person"
    if ORG_NAME.search(key) or SHOP_NAME.search(key):
        return "org"
    return None


def _fragment(name: str, ref: str) -> bool:
    """``name`` is the end of ``ref`` cut in the middle of a word (成都市锦江区嘉悦废旧物资 | 回收站): what is left of a
    table cell whose first line was read apart, not a way of writing the name. Cut after a place (成都市锦江区 |
    嘉悦废旧物资回收站) it is the name without its place, and is compared."""
    key, ref_key = _key(name), _key(ref)
    if key == ref_key or not ref_key.endswith(key):
        return False
    return not PLACE_NAME_END.search(ref_key[: -len(key)])


@check_type("party_name_consistent.v1", params=Params)
def party_name_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The party's name (PARTY elements of ``roles``) reads the same in every document of ``doc_types`` once full- and
    half-width characters, brackets and white space are normalised. The reference is the name in the
    行政处罚决定书 (else the most frequent one). Masked names are skipped, and so are names of another shape than
    the reference (a person's name beside a company's is the representative, not a variant of the name), and the end
    of the reference name cut in the middle of a word (a wrapped table cell read apart: 回收站).
    ## Params
    doc_types, roles, org_only_roles (e.g. 受送达人: compared only for an organisation), max_evidence
    ## Example
    "成都市锦江区好邻居商贸有限公司" in the decision and "成都市锦江区好邻居商贸公司" in the 告知书 fails.
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    found: list[Element] = [
        e
        for e in ctx.elements(ElementKind.PARTY, docs, [*p.roles, *p.org_only_roles])
        if isinstance(e.value, Party) and not e.masked and not is_masked(e.value.name) and _shape(e.value.name)
    ]
    names = [e for e in found if e.role in p.roles]
    if not names:
        return CheckResult.cannot_tell("未找到当事人名称")
    decision_ids = {d.id for d in ctx.dossier.docs_of(DocType.DECISION)}
    in_decision = [e for e in names if e.doc_id in decision_ids]
    if in_decision:
        ref = in_decision[0]
    else:
        common = Counter(_key(e.value.name) for e in names).most_common(1)[0][0]  # type: ignore[union-attr]
        ref = next(e for e in names if _key(e.value.name) == common)  # type: ignore[union-attr]
    ref_name = ref.value.name  # type: ignore[union-attr]
    shape = _shape(ref_name)
    pool = found if shape == "org" else names
    ref_org = ref_name if shape == "org" else None
    others = [e for e in pool if _shape(e.value.name, ref_org) == shape]  # type: ignore[union-attr]
    if len({e.doc_id for e in others}) < 2:
        return CheckResult.cannot_tell("当事人名称只见于一份文书，无从比对")
    others = [e for e in others if not _fragment(e.value.name, ref_name)]  # type: ignore[union-attr]
    odd = [e for e in others if _key(e.value.name) != _key(ref_name)]  # type: ignore[union-attr]
    if odd:
        evidence: list[Evidence] = [ctx.of_element(e, note=f"与决定书“{ref_name}”不一致") for e in odd]
        evidence = [*evidence[: p.max_evidence], ctx.of_element(ref, note="决定书所载当事人名称")]
        return CheckResult.fail(evidence, name=ref_name, variant=odd[0].value.name)  # type: ignore[union-attr]
    return CheckResult.ok([ctx.of_element(ref)], name=ref_name)
