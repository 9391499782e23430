"""required_documents.v1 — when a trigger holds, the documents it calls for are in the dossier, told apart by title.

documents_when.v1 names whole document types. Several completeness rules need the sub-form inside a type (the
听证通知书 / 听证笔录 / 听证报告 of 听证材料, the 解除 notice of 先行登记保存, the 清单 of 行政强制措施) or a trigger
that is one of several conditions (a fine over a profile threshold OR a heavy penalty OR wording such as 情节复杂).
"""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, ElementKind
from extractors.normalize import normalize


class DocMatch(CheckParams):
    """Documents of ``doc_types`` (every document when empty) whose title matches one of ``titles`` (when given) and
    whose text matches one of ``patterns`` (when given). Titles and text are matched in their normalised form
    (full-width characters to ASCII, square brackets to 〔〕)."""

    label: str = ""
    doc_types: list[str] = []
    titles: list[str] = []
    patterns: list[str] = []

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("titles", "patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)

    def name(self) -> str:
        return self.label or "或".join(self.doc_types) or "相关文书"

    def candidates(self, ctx: CheckContext) -> tuple[Document, ...]:
        docs = ctx.docs(*self.doc_types) if self.doc_types else ctx.dossier.documents
        if self.titles:
            docs = tuple(d for d in docs if any(compiled(t).search(normalize(d.title)) for t in self.titles))
        return docs

    def found(self, ctx: CheckContext) -> list[Evidence]:
        """Evidence for every matching document (the pattern hit, else the document's first line)."""
        out: list[Evidence] = []
        for doc in self.candidates(ctx):
            if not self.patterns:
                out.append(ctx.whole(doc))
                continue
            norm = normalize(ctx.text(doc))
            hit = next((m for p in self.patterns if (m := compiled(p).search(norm))), None)
            if hit is not None:
                out.append(ctx.at(doc, hit.start(), hit.end()))
        return out


def _condition_evidence(ctx: CheckContext, cond: Condition) -> list[Evidence]:
    """Where a condition that holds shows: the penalty, the phrase, the amount or the document."""
    if cond.penalty_in:
        hits = [e for e in ctx.elements(ElementKind.PENALTY, ctx.decisions()) if str(e.value) in cond.penalty_in]
        if hits:
            return [ctx.of_element(hits[0])]
    if cond.text is not None and (found := cond.text.hits(ctx)):
        return found[:1]
    if cond.fine_at_least_param:
        fines = ctx.elements(ElementKind.MONEY, None, ("罚款",))
        if fines:
            return [ctx.of_element(max(fines, key=lambda e: getattr(e.value, "yuan", 0)))]
    if cond.doc_present and (docs := ctx.docs(*cond.doc_present)):
        return [ctx.whole(docs[0])]
    return [Evidence(document="案卷", note="触发条件成立")]


class Params(CheckParams):
    when_any: list[Condition] = []  # the rule applies if any of these holds …
    when_docs: list[DocMatch] = []  # … or any of these documents is found (both empty: always applies)
    unless: list[DocMatch] = []  # not applicable when any of these is found (撤回听证申请, 不予受理 …)
    require: list[list[DocMatch]]  # every group must be found; inside a group any one match will do


@check_type("required_documents.v1", params=Params)
def required_documents(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    If the trigger holds — any condition of ``when_any`` (profile threshold, penalty type, document, wording) or any
    document of ``when_docs`` (by type, title and text) — every group of ``require`` is matched by at least one
    document; a group fails when none matches. No trigger, or a match of ``unless``, gives NOT_APPLICABLE.
    ## Params
    when_any (list of Condition), when_docs (list of DocMatch), unless (list of DocMatch), require (list of groups of
    DocMatch). DocMatch: label, doc_types (empty: all), titles (regex on the title), patterns (regex on the text).
    ## Example
    ``{when_docs: [{doc_types: [听证材料], titles: [听证申请]}], require: [[{label: 听证笔录, doc_types: [听证材料],
    titles: [听证笔录]}]]}`` fails when a 听证申请书 is filed but no 听证笔录.
    """
    triggers: list[Evidence] = []
    if p.when_any or p.when_docs:
        reasons = []
        for cond in p.when_any:
            met, why = cond.holds(ctx)
            if met:
                triggers = _condition_evidence(ctx, cond)
                break
            reasons.append(why)
        if not triggers:
            for match in p.when_docs:
                triggers = match.found(ctx)
                if triggers:
                    break
        if not triggers:
            return CheckResult.not_applicable("；".join(r for r in reasons if r) or "未见触发情形")
    for match in p.unless:
        if hits := match.found(ctx):
            return CheckResult.not_applicable(f"{match.name()}：{hits[0].quote}")
    missing = [group for group in p.require if not any(m.found(ctx) for m in group)]
    trigger_ev = [t for t in triggers if t.prov is not None][:1]
    if missing:
        names = "、".join("或".join(m.name() for m in group) for group in missing)
        evidence = [
            ctx.missing(g[0].doc_types[0], note=f"缺少{g[0].name()}")
            if g[0].doc_types
            else Evidence(document="案卷", note=f"缺少{g[0].name()}")
            for g in missing
        ]
        return CheckResult.fail(trigger_ev + evidence, missing=names, trigger=trigger_ev[0].quote if trigger_ev else "")
    present = [ev for group in p.require for m in group for ev in m.found(ctx)[:1]]
    return CheckResult.ok(trigger_ev + present[:3])
