"""assemble(spec) -> the dossier's documents in binding order (reference §1.2 A: the procedural order of §1.1)."""

from __future__ import annotations

import datetime as dt

from samples.content import docs_archive as archive
from samples.content import docs_decision, docs_evidence, docs_filing, docs_notice, docs_records, docs_review
from samples.content import docs_service as service
from samples.content.doc import Doc
from samples.content.spec import CaseSpec


def assemble(spec: CaseSpec) -> list[Doc]:
    if spec.procedure == "简易程序":
        return _simple(spec)
    t = spec.timeline
    cover, toc, note = archive.placeholders(spec)
    docs = [cover, toc, docs_filing.case_source(spec), docs_filing.filing(spec), docs_records.inspection(spec)]
    docs += [docs_records.inquiry(spec, i) for i in range(len(t.inquiries))]
    rectify = docs_evidence.rectification(spec)
    handed = t.inspection[1] + dt.timedelta(minutes=10)
    rectify_receipt = service.service_receipt(
        spec, "rectify_service", rectify.title, spec.rectify_number, handed.date(), handed
    )
    docs += [docs_evidence.evidence_sheet(spec), rectify, rectify_receipt, docs_evidence.identity(spec)]
    docs += [docs_review.report(spec), docs_review.legal_review(spec)]
    if spec.outcome == "no_penalty":
        docs += [docs_review.approval(spec), docs_decision.no_penalty_decision(spec)]
    else:
        if spec.collective:
            docs.append(docs_review.discussion(spec))
        assert t.notice_service is not None
        notice_receipt = service.service_receipt(
            spec, "notice_service", spec.style.titles["notice"], spec.notice_number, t.notice_service
        )
        docs += [
            docs_review.approval(spec),
            docs_notice.notice(spec),
            notice_receipt,
            docs_records.statement(spec),
            docs_decision.decision(spec),
        ]
    assert t.service is not None
    docs.append(service.service_receipt(spec, "decision_service", docs[-1].title, spec.case_number, t.service))
    if t.payment is not None:
        docs.append(service.payment(spec))
    docs += [service.closing(spec), note]
    return docs


def _simple(spec: CaseSpec) -> list[Doc]:
    cover, toc, note = archive.placeholders(spec)
    docs = [cover, toc, docs_decision.simple_decision(spec), docs_evidence.evidence_sheet(spec)]
    docs.append(docs_evidence.identity(spec))
    if spec.timeline.payment is not None:
        docs.append(service.payment(spec))
    docs += [service.simple_record(spec), note]
    return docs
