"""extract -> checklist -> score: one dossier reviewed against one pack and profile."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import extractors
from checklists.context import doc_type_of
from checklists.engine import run_pack
from checklists.loader import get_pack, get_profile
from checklists.model import Profile, RulePack
from extractors.case import summarize
from extractors.model import DocType, Dossier, ElementKind, Officer
from extractors.pipeline import Progress, extract_dossier
from review.model import DocStatus, ReviewError, ReviewReport
from review.scoring import score

DEFAULT_PACK = "penalty-general"
DEFAULT_PROFILE = "national"
SIMPLE_PACK = "penalty-simple"


def document_status(dossier: Dossier, pack: RulePack) -> tuple[DocStatus, ...]:
    out: list[DocStatus] = []
    for expected in pack.documents:
        t = doc_type_of(expected.type)
        docs = dossier.docs_of(t)
        out.append(
            DocStatus(
                type=t.value,
                present=bool(docs),
                required=expected.required,
                pages=tuple((d.page_start, d.page_end) for d in docs),
            )
        )
    return tuple(out)


def officer_names(dossier: Dossier) -> list[str]:
    """Every officer named anywhere in the dossier, once, in order."""
    names = [e.value.name for e in dossier.elements if e.kind == ElementKind.OFFICER and isinstance(e.value, Officer)]
    return list(dict.fromkeys(names))


def header(dossier: Dossier) -> dict[str, str]:
    case = summarize(dossier)
    decision_ids = {d.id for d in dossier.docs_of(DocType.DECISION)}
    issuers = [e for e in dossier.elements if e.kind == ElementKind.ISSUER]
    issuer = next((e for e in issuers if e.doc_id in decision_ids), issuers[0] if issuers else None)
    values = {
        "机关": str(issuer.value) if issuer else None,
        "当事人": case.party_name,
        "文号": case.case_number,
        "立案日期": case.filing_date.isoformat() if case.filing_date else None,
        "决定日期": case.decision_date.isoformat() if case.decision_date else None,
        "结案日期": case.closing_date.isoformat() if case.closing_date else None,
        "执法人员": "、".join(officer_names(dossier)) or None,
    }
    return {k: v for k, v in values.items() if v}


def choose_pack(dossier: Dossier, requested: str | None) -> RulePack:
    """The requested pack, else penalty-simple for a 当场行政处罚决定书 dossier, else penalty-general."""
    if requested:
        return get_pack(requested)
    simple = any(d.variant == "当场行政处罚决定书" for d in dossier.documents)
    return get_pack(SIMPLE_PACK if simple else DEFAULT_PACK)


def review_dossier(dossier: Dossier, pack: RulePack, profile: Profile) -> ReviewReport:
    findings, errors = run_pack(dossier, pack, profile)
    result = score(findings, pack, profile.bands())
    return ReviewReport(
        dossier_id=dossier.id,
        source=tuple(f.path for f in dossier.files),
        pack=pack.ref,
        pack_title=pack.title,
        profile=profile.id,
        findings=findings,
        score=result,
        documents=document_status(dossier, pack),
        errors=tuple(ReviewError(code=e.code, rule_id=e.rule_id, message=e.message) for e in errors),
        tool_version=extractors.__version__,
        header=header(dossier),
    )


def review_paths(
    paths: Sequence[Path],
    pack: str | None = None,
    profile: str | None = None,
    ocr: str = "auto",
    progress: Progress | None = None,
) -> tuple[Dossier, ReviewReport]:
    dossier = extract_dossier(paths, ocr=ocr, progress=progress)  # type: ignore[arg-type]
    chosen = choose_pack(dossier, pack)
    return dossier, review_dossier(dossier, chosen, get_profile(profile or DEFAULT_PROFILE))
