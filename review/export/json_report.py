"""The ``anjuan.review/1`` JSON (contracts.md) of a ReviewReport."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from checklists.model import Finding
from review.model import ReviewReport

SCHEMA = "anjuan.review/1"


def _num(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule_id,
        "check": f.check,
        "category": f.category,
        "title": f.title,
        "item": f.item,
        "status": f.outcome.value,
        "points": _num(f.points),
        "deduction": _num(f.deduction),
        "veto": f.veto,
        "message": f.message,
        "basis": f.legal_basis,
        "evidence": [
            {"document": e.document, "page": e.page, "quote": e.quote or None, "note": e.note or None}
            for e in f.evidence
        ],
    }


def to_json(report: ReviewReport, wording: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    s = report.score
    return {
        "schema": SCHEMA,
        "checklist": report.pack,
        "profile": report.profile,
        "source": list(report.source),
        "score": _num(s.total),
        "grade": s.grade,
        "veto": s.vetoed,
        "veto_reasons": list(s.veto_reasons),
        "categories": [
            {"name": c.name, "cap": _num(c.cap), "deducted": _num(c.deducted), "score": _num(c.score)}
            for c in s.categories
        ],
        "header": report.header,
        "documents": [
            {"type": d.type, "present": d.present, "required": d.required, "pages": [list(p) for p in d.pages] or None}
            for d in report.documents
        ],
        "findings": [finding_json(f) for f in report.findings],
        "wording": wording or [],
        "errors": [e.model_dump() for e in report.errors],
        "tool_version": report.tool_version,
    }
