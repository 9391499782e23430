"""The manifest: true values, document placement, identifiers and planted defects of one synthetic dossier."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samples.content.case import COLLECTIVE, HEARING_HIGH, HEARING_LOW
from samples.content.citations import scan_citations
from samples.content.doc import Doc, find_doc
from samples.content.spec import CaseSpec
from samples.defects.base import DefectRecord
from samples.forms.writer import FormOutput

SCHEMA = "anjuan.sample/1"


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _officers(spec: CaseSpec, docs: list[Doc]) -> list[dict[str, str | None]]:
    """The officers the dossier names, each with the 执法证号 written beside the name (None where it never is)."""
    text = "\n".join(d.text() for d in docs)
    return [
        {"name": o.name, "cert_no": o.cert_no if f"{o.name}（执法证号：{o.cert_no}）" in text else None}
        for o in spec.officers
        if o.name in text
    ]


def case_block(spec: CaseSpec, docs: list[Doc], records: list[DefectRecord]) -> dict[str, Any]:
    """The `case` block of contracts.md as the 行政处罚决定书 states it (values a defect removed from the decision
    fall back to the other documents, as `anjuan extract` does)."""
    t, v, party, agency = spec.timeline, spec.violation, spec.party, spec.agency
    decision = find_doc(docs, "decision")
    rep = spec.representative
    case: dict[str, Any] = {
        "case_number": spec.case_number,
        "party_name": party.name,
        "party_type": party.party_type,
        "credit_code": party.credit_code,
        "id_number": rep.id_number if party.party_type != "organization" else None,
        "legal_rep": rep.name if party.party_type != "individual" else None,
        "address": party.address,
        "filing_date": _iso(t.filing),
        "notice_date": _iso(t.notice) if spec.outcome == "penalty" and spec.procedure == "普通程序" else None,
        "decision_date": _iso(t.decision),
        "service_date": _iso(t.service),
        "closing_date": _iso(t.closing),
        "fine_amount_yuan": v.fine or None,
        "confiscation": v.confiscation,
        "penalty_types": v.penalty_types if spec.outcome == "penalty" else [],
        "laws_cited": scan_citations(decision.text()) if decision else [],
        "officers": _officers(spec, docs),
        "remedy": {
            "review_days": 60,
            "review_body": agency.review_body,
            "litigation_months": 6,
            "litigation_court": agency.court,
        },
    }
    for record in records:
        for key, value in record.case.items():
            if key == "remedy":
                case["remedy"].update(value)
            else:
                case[key] = value
    return case


def _present(values: list[str], text: str) -> list[str]:
    return [v for v in dict.fromkeys(values) if v and v in text]


def identifiers(spec: CaseSpec, docs: list[Doc], records: list[DefectRecord]) -> dict[str, list[str]]:
    """Every personal or identifying value the dossier's text contains (for anonymisation leak tests)."""
    text = "\n".join(d.text() for d in docs)
    people = [p for p in (spec.party.person, spec.witness) if p is not None]
    extra = spec.violation.mentions
    names = [p.name for p in people] + [o.name for o in spec.officers] + list(spec.leaders.values())
    names += [spec.extra_names.get(k, "") for k in ("签收人", "举报人", "监护人")] + extra.get("persons", [])
    out = {
        "persons": names,
        "companies": ([spec.party.name] if spec.party.party_type != "individual" else []) + extra.get("companies", []),
        "codes": [spec.party.credit_code or ""] + [p.id_number for p in people] + extra.get("codes", []),
        "phones": [spec.party.phone] + [p.phone for p in people] + [spec.extra_names.get("举报人电话", "")],
        "addresses": [spec.party.address] + [p.address for p in people],
    }
    for record in records:
        for key, values in record.identifiers.items():
            out[key] += values
    result = {key: _present(values, text) for key, values in out.items()}
    result["officers"] = _present([o.name for o in spec.officers], text)
    return result


def manifest(
    spec: CaseSpec, sample_id: str, form: str, docs: list[Doc], out: FormOutput, records: list[DefectRecord]
) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": sample_id,
        "seed": spec.seed,
        "field": spec.field,
        "form": form,
        "procedure": spec.procedure,
        "outcome": spec.outcome,
        "violation": spec.violation.key,
        "agency": spec.agency.name,
        "files": out.files,
        **({"members": out.members} if out.members else {}),
        "pages": out.pages,
        "documents": [
            {
                "type": p.doc.doc_type,
                "title": p.doc.title,
                **({"variant": p.doc.variant} if p.doc.variant else {}),
                "page_start": p.page_start,
                "page_end": p.page_end,
                "file": p.file,
                "page_label": p.label,
            }
            for p in out.placements
        ],
        "case": case_block(spec, docs, records),
        "identifiers": identifiers(spec, docs, records),
        "profile": {
            "statement_period_working_days": 5,
            "hearing_due": spec.hearing_notified,  # the clean dossier notifies 听证 (defect E01 removes it)
            "hearing_threshold_yuan": HEARING_HIGH,
            "hearing_notified_from_yuan": HEARING_LOW,
            "collective_due": spec.collective,  # a 集体讨论 is held (defect E04 removes its record)
            "collective_threshold_yuan": COLLECTIVE,
        },
        "defects": [r.to_json() for r in records],
        "clean": not records,
    }
