"""records_text.v1 — each 笔录 carries wording it must (the closing confirmation, "以下空白"), optionally signed on
every page.

Handwriting is the catch: on a scanned 笔录 the interviewee's handwritten confirmation and the "\\" drawn through a
blank are usually not in the OCR text, so a missing phrase on an OCR page gives CANNOT_TELL, not FAIL. Patterns see
the normalised text (full-width characters to ASCII).
"""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, ElementKind
from extractors.normalize import normalize


class Params(CheckParams):
    doc_types: list[str]
    exclude_variants: list[str] = []  # sub-forms that are not 笔录 (询问通知书)
    patterns: list[str]  # regex: one of these must be in the document
    label: str  # what the patterns mean, for the message
    ocr_absent: Literal["cannot_tell", "fail"] = "cannot_tell"  # a phrase missing on OCR pages
    signature_roles: list[str] = []  # PASS also needs a filled signature of these roles on every page
    signature_reason: str = "逐页签名须查看页面图像"  # why CANNOT_TELL when the text does not show every signature

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def is_ocr(ctx: CheckContext, doc: Document) -> bool:
    return any(ctx.dossier.page(ref.page).source == "ocr" for ref in doc.pages)


def signed_every_page(ctx: CheckContext, doc: Document, roles: list[str]) -> bool:
    pages = {ref.page for ref in doc.pages}
    signed = {e.prov.page for e in ctx.elements(ElementKind.SIGNATURE, [doc], roles) if str(e.value).strip(" /\\_")}
    return pages <= signed


@check_type("records_text.v1", params=Params)
def records_text(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every document of ``doc_types`` (sub-forms in ``exclude_variants`` left out) contains one of ``patterns``. A
    document without it fails — unless its pages are OCR (``ocr_absent``: handwriting may be missing from the text),
    which gives CANNOT_TELL. With ``signature_roles``, a document passes only when every page also shows a filled
    signature slot of those roles; otherwise CANNOT_TELL (``signature_reason``).
    ## Params
    doc_types, exclude_variants, patterns, label, ocr_absent, signature_roles, signature_reason
    ## Example
    ``{doc_types: [询问笔录], patterns: [以下空白], label: 以下空白}`` fails on a typed 询问笔录 that ends without
    "（以下空白）".
    """
    docs = [d for d in ctx.docs(*p.doc_types) if d.variant not in p.exclude_variants]
    if not docs:
        return CheckResult.not_applicable(f"案卷中没有{'或'.join(p.doc_types)}")
    failures: list[Evidence] = []
    unsure: list[Evidence] = []
    passes: list[Evidence] = []
    for doc in docs:
        norm = normalize(ctx.text(doc))
        hit = next((m for pt in p.patterns if (m := compiled(pt).search(norm))), None)
        if hit is None:
            ev = ctx.whole(doc, note=f"未见{p.label}")
            if is_ocr(ctx, doc) and p.ocr_absent == "cannot_tell":
                unsure.append(ev)
            else:
                failures.append(ev)
        elif p.signature_roles and not signed_every_page(ctx, doc, p.signature_roles):
            unsure.append(ctx.at(doc, hit.start(), hit.end(), note=p.signature_reason))
        else:
            passes.append(ctx.at(doc, hit.start(), hit.end()))
    if failures:
        return CheckResult.fail(failures, missing=p.label, count=str(len(failures)))
    if unsure:
        reasons = dict.fromkeys(e.note for e in unsure)
        reasons = {r.replace(f"未见{p.label}", f"扫描件未识别出{p.label}（可能为手写）"): None for r in reasons}
        return CheckResult.cannot_tell("；".join(reasons), unsure[:3])
    return CheckResult.ok(passes[:3])
