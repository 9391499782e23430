"""served_documents.v1 — every document served on the party is named by a proof of service (送达回证 …).

A 送达回证 names what it serves by title ("《行政处罚决定书》") or by 文号 ("川成锦市监罚〔2024〕12号"). Titles are
read with the alias table of extractors.titles, longest title first, so "行政处罚听证告知书" names the 听证告知书 and
not the 告知书 inside it.
"""

from __future__ import annotations

from functools import cache

from pydantic import field_validator

from checklists.checks.required_documents import DocMatch
from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, Document, ElementKind
from extractors.normalize import normalize
from extractors.titles import ALIASES, title_key

Named = tuple[DocType, str | None]


@cache
def _aliases_by_first_char() -> dict[str, list[tuple[str, Named]]]:
    table: dict[str, list[tuple[str, Named]]] = {}
    for key, named in ALIASES.items():
        table.setdefault(key[0], []).append((key, named))
    for keys in table.values():
        keys.sort(key=lambda kv: -len(kv[0]))
    return table


def named_titles(text: str) -> set[Named]:
    """The (type, variant) of every document title the text names, longest title first."""
    key = title_key(normalize(text))
    table = _aliases_by_first_char()
    out: set[Named] = set()
    i = 0
    while i < len(key):
        hit = next((kv for kv in table.get(key[i], ()) if key.startswith(kv[0], i)), None)
        if hit is None:
            i += 1
            continue
        out.add(hit[1])
        i += len(hit[0])
    return out


def _same(doc: Document, named: Named) -> bool:
    dtype, variant = named
    return dtype == doc.doc_type and (variant == doc.variant or variant is None or doc.variant is None)


class Params(CheckParams):
    targets: list[DocMatch]  # the documents that must be served
    proof_types: list[str] = ["送达回证"]  # documents that prove service and name what they serve
    self_proof: list[str] = []  # regex: the target itself shows it was received (a signed 签收 line on it)

    @field_validator("proof_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("self_proof")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


@check_type("served_documents.v1", params=Params)
def served_documents(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``targets`` is named — by a title of its type or by its own 文号 — in a document of
    ``proof_types``, or shows its own receipt (``self_proof``). A target no proof names fails; when a proof names no
    document at all (an unreadable or blank 送达回证), an unnamed target gives CANNOT_TELL instead. No target:
    NOT_APPLICABLE.
    ## Params
    targets (list of DocMatch: doc_types, titles, patterns), proof_types, self_proof
    ## Example
    ``{targets: [{doc_types: [行政处罚决定书]}]}`` fails when the only 送达回证 serves the 告知书.
    """
    targets = list(dict.fromkeys(d for m in p.targets for d in m.candidates(ctx)))
    if not targets:
        return CheckResult.not_applicable("案卷中没有需要送达的" + "、".join(m.name() for m in p.targets))
    proofs = ctx.docs(*p.proof_types)
    named = {proof.id: named_titles(ctx.text(proof)) for proof in proofs}
    keyed = {proof.id: title_key(normalize(ctx.text(proof))) for proof in proofs}
    unnamed = [proof for proof in proofs if not any(n[0] not in (DocType.SERVICE_RECEIPT,) for n in named[proof.id])]
    served: list[Evidence] = []
    unserved: list[Evidence] = []
    unserved_titles: list[str] = []
    for doc in targets:
        numbers = {
            title_key(normalize(str(e.value)))
            for e in ctx.elements(ElementKind.CASE_NUMBER, [doc], ("本文书文号",))
            if len(str(e.value)) >= 4
        }
        proof = next(
            (
                pr
                for pr in proofs
                if any(_same(doc, n) for n in named[pr.id]) or any(num in keyed[pr.id] for num in numbers)
            ),
            None,
        )
        if proof is not None:
            served.append(ctx.whole(proof, note=f"送达{doc.title}"))
            continue
        norm = normalize(ctx.text(doc))
        hit = next((m for pt in p.self_proof if (m := compiled(pt).search(norm))), None)
        if hit is not None:
            served.append(ctx.at(doc, hit.start(), hit.end(), note="文书上有签收"))
            continue
        unserved.append(ctx.whole(doc, note="未见送达凭证"))
        unserved_titles.append(doc.title)
    titles = "、".join(dict.fromkeys(unserved_titles))
    if unserved and not unnamed:
        return CheckResult.fail(unserved, missing=titles)
    if unserved:
        return CheckResult.cannot_tell(
            f"{titles}未被送达回证点名，但有送达回证未写明所送文书",
            unserved + [ctx.whole(u) for u in unnamed[:2]],
        )
    return CheckResult.ok(served[:5])
