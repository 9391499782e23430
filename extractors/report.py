"""The ``anjuan extract`` outputs: JSON (``anjuan.extract/1``, contracts.md) and a readable Markdown view."""

from __future__ import annotations

from typing import Any

from extractors.case import CaseSummary, case_json, summarize, summarize_elements
from extractors.model import Document, Dossier, ElementKind

SCHEMA = "anjuan.extract/1"


def _doc_file(dossier: Dossier, doc: Document) -> str | None:
    return dossier.page(doc.page_start).file


def document_fields(dossier: Dossier, doc: Document) -> dict[str, Any]:
    """Document-level values with the same keys as ``case``, flattened to {value, page, quote}."""
    summary = summarize_elements([e for e in dossier.elements if e.doc_id == doc.id])
    fields: dict[str, Any] = {}
    for key, src in summary.sources.items():
        fields[key] = {"value": src.value, "page": src.prov.page if src.prov else None, "quote": src.quote}
    for key in ("laws_cited", "penalty_types"):
        if getattr(summary, key):
            fields[key] = list(getattr(summary, key))
    if summary.officers:
        fields["officers"] = [{"name": o.name, "cert_no": o.cert_no} for o in summary.officers]
    return fields


def to_json(dossier: Dossier, summary: CaseSummary | None = None) -> dict[str, Any]:
    summary = summary or summarize(dossier)
    return {
        "schema": SCHEMA,
        "source": [f.path for f in dossier.files],
        "pages": len(dossier.pages),
        "issues": [
            {"code": i.code, "file": i.file, "page": i.page, "message": i.message, "severity": i.severity}
            for i in dossier.issues
        ],
        "documents": [
            {
                "id": d.id,
                "type": d.doc_type.value,
                "title": d.title,
                "variant": d.variant,
                "page_start": d.page_start,
                "page_end": d.page_end,
                "file": _doc_file(dossier, d),
                "confidence": d.confidence,
                "fields": document_fields(dossier, d),
            }
            for d in dossier.documents
        ],
        "case": case_json(summary),
    }


_CASE_LABELS = {
    "case_number": "文号",
    "party_name": "当事人",
    "party_type": "当事人类型",
    "credit_code": "统一社会信用代码",
    "id_number": "身份证号",
    "legal_rep": "法定代表人/负责人/经营者",
    "address": "地址",
    "filing_date": "立案日期",
    "notice_date": "告知日期",
    "decision_date": "决定日期",
    "service_date": "送达日期",
    "closing_date": "结案日期",
    "fine_amount_yuan": "罚款（元）",
    "confiscation": "没收",
    "penalty_types": "处罚种类",
    "laws_cited": "引用法律",
}
_PARTY_TYPES = {"organization": "单位", "individual": "个人", "individual_business": "个体工商户"}


def to_markdown(dossier: Dossier, summary: CaseSummary | None = None) -> str:
    summary = summary or summarize(dossier)
    data = case_json(summary)
    out = [f"# 案卷提取结果（{len(dossier.files)} 个文件，{len(dossier.pages)} 页）", "", "## 案件要素", ""]
    out += ["| 要素 | 值 | 来源 |", "|---|---|---|"]
    for key, label in _CASE_LABELS.items():
        value = data[key]
        if key == "party_type" and isinstance(value, str):
            value = _PARTY_TYPES.get(value, value)
        if isinstance(value, list):
            value = "；".join(map(str, value))
        if isinstance(value, bool):
            value = "是" if value else "否"
        src = summary.sources.get(key)
        where = f"第{src.prov.page}页 “{src.quote}”" if src and src.prov else ""
        out.append(f"| {label} | {'—' if value in (None, '') else value} | {where} |")
    officers = "；".join(f"{o.name}（{o.cert_no or '无证号'}）" for o in summary.officers) or "—"
    out.append(f"| 执法人员 | {officers} | |")
    r = summary.remedy
    out.append(f"| 复议 | {r.review_days or '—'}日，{r.review_body or '—'} | |")
    out.append(f"| 诉讼 | {r.litigation_months or '—'}个月，{r.litigation_court or '—'} | |")
    out += ["", "## 文书目录", "", "| # | 文书类型 | 标题 | 页码 | 置信度 |", "|---|---|---|---|---|"]
    for n, d in enumerate(dossier.documents, 1):
        pages = f"{d.page_start}" if d.page_start == d.page_end else f"{d.page_start}–{d.page_end}"
        out.append(f"| {n} | {d.doc_type.value} | {d.title} | {pages} | {d.confidence:.2f} |")
    counts: dict[str, int] = {}
    for e in dossier.elements:
        counts[e.kind.value] = counts.get(e.kind.value, 0) + 1
    out += ["", "## 要素统计", ""]
    out.append("，".join(f"{k.value} {counts.get(k.value, 0)}" for k in ElementKind if counts.get(k.value)) or "无")
    if dossier.issues:
        out += ["", "## 问题", ""]
        out += [f"- {i.code} {i.file or ''} {f'第{i.page}页' if i.page else ''}：{i.message}" for i in dossier.issues]
    return "\n".join(out) + "\n"
