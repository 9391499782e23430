"""Diagnostics as the review JSON's ``wording`` items (contracts.md) and as a Markdown table for ``anjuan lint``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .model import Diagnostic


def wording_item(d: Diagnostic) -> dict[str, Any]:
    """One ``wording`` entry: the contract's keys (code, message, quote, suggestion, document, page) plus family,
    severity, basis, catalogue, doc_id, file and span."""
    return {
        "code": d.code,
        "message": d.message,
        "quote": d.quote,
        "suggestion": d.suggestion,
        "document": d.document,
        "page": d.prov.page,
        "family": d.family.value,
        "severity": d.severity,
        "basis": d.basis,
        "catalogue": d.catalogue,
        "doc_id": d.doc_id,
        "file": d.prov.file,
        "span": list(d.prov.span),
    }


def wording_json(diagnostics: Iterable[Diagnostic]) -> list[dict[str, Any]]:
    return [wording_item(d) for d in diagnostics]


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ")


def wording_markdown(diagnostics: Iterable[Diagnostic]) -> str:
    rows = ["| 页 | 文书 | 代码 | 类别 | 原文 | 建议 | 说明 |", "|---|---|---|---|---|---|---|"]
    count = 0
    for d in diagnostics:
        count += 1
        rows.append(
            f"| {d.prov.page} | {_cell(d.document)} | {d.code} | {d.family.value} | {_cell(d.quote)} | "
            f"{_cell(d.suggestion) or '—'} | {_cell(d.message)} |"
        )
    if not count:
        return "未发现用语、格式或错别字问题。\n"
    return "\n".join(rows) + "\n"
