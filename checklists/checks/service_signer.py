"""service_signer.v1 — the person who signed a receipt is the party (or its 法定代表人), or the receipt notes how the
signer relates to the party (同住成年家属, 收件人, 代收人 …), 民诉法第八十八条.

Only receipts served by hand are judged: a receipt whose 送达方式 is one of ``skip_methods`` (留置, 邮寄, 公告, 电子)
is left to the checks of that method. A blank signature slot is left to form_fields.v1 (F01).
"""

from __future__ import annotations

from pydantic import field_validator

from checklists.checks.form_fields import BLANK_CHARS, Field, field_values, select
from checklists.checks.service_method import TICKS, ticked
from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, ElementKind, Party
from extractors.normalize import compact, is_masked, normalize


class Params(CheckParams):
    doc_types: list[str] = ["送达回证"]
    titles: list[str] = []  # only receipts whose title matches (regex)
    signer: Field  # the signature slot of the person who received the document
    method: Field  # the 送达方式 field
    skip_methods: list[str] = []  # regex: methods judged by other rules (留置, 邮寄, 公告, 电子)
    relation: list[str]  # regex: a note of the signer's relation to the party (法定代表人, 同住, 家属, 收件人 …)
    other_labels: list[str] = []  # regex: labels of the receipt's other rows (never read as the signer)
    notes: Field | None = None  # fields where the relation may be noted besides the slot (备注, 代收人及代收理由)
    box: str = "□"
    ticks: list[str] = TICKS

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("titles", "skip_methods", "relation", "other_labels")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _names(ctx: CheckContext, doc: Document) -> tuple[set[str], bool]:
    """Who may sign for the party: its name(s) and 法定代表人 / 负责人 / 经营者 names; and whether a legal
    representative is known for an organisation party."""
    names: set[str] = set()
    if ctx.case.party_name:
        names.add(compact(ctx.case.party_name))
    for el in ctx.elements(ElementKind.PARTY, [doc], ("受送达人", "当事人")):
        if isinstance(el.value, Party):
            names.add(compact(el.value.name))
    reps = {compact(str(el.value)) for el in ctx.elements(ElementKind.LEGAL_REP) if not el.masked}
    if ctx.case.legal_rep:
        reps.add(compact(ctx.case.legal_rep))
    organisation = ctx.case.party_type is not None and ctx.case.party_type.value != "individual"
    return {n for n in names | reps if len(n) >= 2}, bool(reps) or not organisation


@check_type("service_signer.v1", params=Params)
def service_signer(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    On each receipt served by hand, the name in the ``signer`` slot (any reading of it: same line, next line or the
    line above, see form_fields.field_values) is the party, a name the party goes by, or its 法定代表人 / 负责人 /
    经营者 — else the slot or a ``notes`` field (备注, 代收理由) notes the signer's relation (``relation``). A signer
    who is none of these and has no relation noted fails. A masked or blank signer, or an organisation whose
    法定代表人 the dossier never names, gives CANNOT_TELL.
    ## Params
    doc_types, titles, signer (Field), method (Field), skip_methods, relation, other_labels, notes (Field), box,
    ticks
    ## Example
    ``signer: {name: 签收人, labels: [受送达人签名]}``: "受送达人签名：王五" fails when the party is a company whose
    法定代表人 is 张三 and nothing says who 王五 is.
    """
    receipts = select(ctx, p.doc_types, p.titles)
    if not receipts:
        return CheckResult.not_applicable("案卷中没有送达回证")
    failures: list[Evidence] = []
    signers: list[str] = []
    passes: list[Evidence] = []
    unknown: list[str] = []
    for doc in receipts:
        norm = normalize(ctx.text(doc))
        methods = [ticked(v.value, p.box, p.ticks) for v in field_values(norm, p.method)]
        if any(compiled(s).search(m) for s in p.skip_methods for m in methods):
            continue
        stop = [*p.other_labels, *(p.method.labels), *(p.notes.labels if p.notes else [])]
        signed = [v for v in field_values(norm, p.signer, stop) if v.value]
        if not signed:
            unknown.append(f"{doc.title}未见签收人")
            continue
        occ = signed[0]
        readings = [c for v in signed for c in v.candidates]
        notes = readings + ([v.value for v in field_values(norm, p.notes, stop) if v.value] if p.notes else [])
        names, rep_known = _names(ctx, doc)
        whos = [compact(c.strip(BLANK_CHARS)) for c in readings]
        if any(n in who or who in n for n in names for who in whos if len(who) >= 2):
            passes.append(ctx.at(doc, occ.start, occ.end))
        elif any(compiled(r).search(t) for r in p.relation for t in notes):
            passes.append(ctx.at(doc, occ.start, occ.end, note="已注明关系"))
        elif any(is_masked(c) for c in readings) or not rep_known:
            unknown.append(f"无法判断签收人{occ.value}的身份")
        else:
            failures.append(ctx.at(doc, occ.start, occ.end, note="签收人与受送达人关系未注明"))
            signers.append(occ.value)
    if failures:
        return CheckResult.fail(failures, quote="、".join(dict.fromkeys(signers)))
    if unknown:
        return CheckResult.cannot_tell("；".join(unknown))
    if not passes:
        return CheckResult.not_applicable("送达回证均非直接送达")
    return CheckResult.ok(passes[:3])
