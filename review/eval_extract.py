"""``anjuan eval extract``: extraction accuracy against a gold file (shared/eval/README.md) or sample manifests.

Scoring follows the eval README: a field counts only where gold is not null OR the tool returned a value; strings
compare after normalising full/half width, bracket shapes and white space; ``laws_cited`` (and officers) compare as
sets with F1; numbers exactly. On samples, documents are matched to the manifest by overlapping pages: document-type
accuracy counts spurious extra documents as errors; page-boundary accuracy needs the same first and last page.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from extractors.case import SCALAR_CASE_KEYS, case_json, summarize
from extractors.model import Dossier
from extractors.normalize import compact, normalize
from extractors.pipeline import extract_dossier
from review.eval_samples import Progress, sample_dossiers

GOLD_FIELDS = (
    "case_number",
    "party_name",
    "credit_code",
    "id_number",
    "legal_rep",
    "decision_date",
    "fine_amount_yuan",
    "confiscation",
    "laws_cited",
    "officers",
    "has_remedy_clause",
    "remedy_review_days",
    "remedy_litigation_months",
)
SAMPLE_FIELDS = (
    *SCALAR_CASE_KEYS,
    "confiscation",
    "penalty_types",
    "laws_cited",
    "officers",
    "remedy_review_days",
    "remedy_review_body",
    "remedy_litigation_months",
    "remedy_litigation_court",
)
SET_FIELDS = frozenset({"laws_cited", "officers", "penalty_types"})


_BRACKETS = str.maketrans({"(": "〔", ")": "〕"})


def compare_key(value: str) -> str:
    """Full/half width, bracket shapes (〔〕[]()【】) and white space do not count when comparing values."""
    return compact(normalize(value)).translate(_BRACKETS)


class FieldScore(BaseModel):
    counted: int = 0
    score: float = 0.0  # sum of per-case scores (1/0, or F1 for set fields)

    @property
    def accuracy(self) -> float | None:
        return self.score / self.counted if self.counted else None


class GroupScore(BaseModel):
    dossiers: int = 0
    documents: int = 0
    extracted_documents: int = 0
    type_correct: int = 0
    spurious: int = 0
    boundary_correct: int = 0
    fields: dict[str, FieldScore] = Field(default_factory=dict)

    def type_accuracy(self) -> float | None:
        denom = self.documents + self.spurious
        return self.type_correct / denom if denom else None

    def boundary_accuracy(self) -> float | None:
        return self.boundary_correct / self.documents if self.documents else None

    def field_accuracy(self) -> float | None:
        counted = sum(f.counted for f in self.fields.values())
        return sum(f.score for f in self.fields.values()) / counted if counted else None


class Mismatch(BaseModel):
    dossier: str
    field: str
    expected: Any
    got: Any


class EvalResult(BaseModel):
    mode: str
    groups: dict[str, GroupScore] = Field(default_factory=dict)
    overall: GroupScore = Field(default_factory=GroupScore)
    mismatches: list[Mismatch] = Field(default_factory=list)


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return compare_key(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _set_of(field: str, value: Any) -> set[Any]:
    if not value:
        return set()
    if field == "officers":
        return {(compare_key(o.get("name") or ""), compare_key(o.get("cert_no") or "")) for o in value}
    return {compare_key(str(v)) for v in value}


def _f1(expected: set[Any], got: set[Any]) -> float:
    if not expected and not got:
        return 1.0
    hit = len(expected & got)
    if not hit:
        return 0.0
    p, r = hit / len(got), hit / len(expected)
    return 2 * p * r / (p + r)


def _flat_case(case: dict[str, Any]) -> dict[str, Any]:
    flat = dict(case)
    remedy = case.get("remedy") or {}
    flat["remedy_review_days"] = remedy.get("review_days")
    flat["remedy_review_body"] = remedy.get("review_body")
    flat["remedy_litigation_months"] = remedy.get("litigation_months")
    flat["remedy_litigation_court"] = remedy.get("litigation_court")
    flat["has_remedy_clause"] = bool(remedy.get("review_days") or remedy.get("litigation_months"))
    return flat


def score_fields(
    name: str, expected: dict[str, Any], got: dict[str, Any], fields: Iterable[str], group: GroupScore, out: EvalResult
) -> None:
    for field in fields:
        if field not in expected:
            continue
        exp, res = expected[field], got.get(field)
        if field in SET_FIELDS:
            e_set, g_set = _set_of(field, exp), _set_of(field, res)
            if not e_set and not g_set:
                continue
            score = _f1(e_set, g_set)
        else:
            if exp is None and res in (None, False) and field != "confiscation":
                continue
            score = 1.0 if _norm(exp) == _norm(res) else 0.0
        fs = group.fields.setdefault(field, FieldScore())
        fs.counted += 1
        fs.score += score
        if score < 1.0:
            out.mismatches.append(Mismatch(dossier=name, field=field, expected=exp, got=res))


def _match_documents(
    dossier: Dossier, manifest_docs: list[dict[str, Any]], group: GroupScore, name: str, out: EvalResult
) -> None:
    extracted = list(dossier.documents)
    used: set[str] = set()
    for m in manifest_docs:
        m_range = set(range(m["page_start"], m["page_end"] + 1))
        candidates = [d for d in extracted if d.id not in used and m_range & set(range(d.page_start, d.page_end + 1))]
        candidates.sort(
            key=lambda d: (
                d.doc_type.value != m["type"],
                d.page_start != m["page_start"],
                -len(m_range & set(range(d.page_start, d.page_end + 1))),
            )
        )
        group.documents += 1
        if not candidates:
            out.mismatches.append(Mismatch(dossier=name, field="document", expected=m, got=None))
            continue
        best = candidates[0]
        used.add(best.id)
        if best.doc_type.value == m["type"]:
            group.type_correct += 1
        else:
            out.mismatches.append(
                Mismatch(
                    dossier=name,
                    field="document.type",
                    expected=m,
                    got={"type": best.doc_type.value, "title": best.title},
                )
            )
        if (best.page_start, best.page_end) == (m["page_start"], m["page_end"]):
            group.boundary_correct += 1
        else:
            out.mismatches.append(
                Mismatch(
                    dossier=name,
                    field="document.pages",
                    expected=m,
                    got={"page_start": best.page_start, "page_end": best.page_end},
                )
            )
    group.extracted_documents += len(extracted)
    spurious = [d for d in extracted if d.id not in used]
    group.spurious += len(spurious)
    for d in spurious:
        out.mismatches.append(
            Mismatch(
                dossier=name,
                field="document.spurious",
                expected=None,
                got={"type": d.doc_type.value, "title": d.title, "page": d.page_start},
            )
        )


def _merge(into: GroupScore, part: GroupScore) -> None:
    for key in ("dossiers", "documents", "extracted_documents", "type_correct", "spurious", "boundary_correct"):
        setattr(into, key, getattr(into, key) + getattr(part, key))
    for field, fs in part.fields.items():
        tgt = into.fields.setdefault(field, FieldScore())
        tgt.counted += fs.counted
        tgt.score += fs.score


def eval_samples(root: Path, ocr: str = "auto", progress: Progress | None = None) -> EvalResult:
    out = EvalResult(mode="samples")
    for manifest, dossier in sample_dossiers(root, ocr, progress):
        group = out.groups.setdefault(manifest.get("form", "unknown"), GroupScore())
        part = GroupScore(dossiers=1)
        _match_documents(dossier, manifest["documents"], part, manifest["id"], out)
        got = _flat_case(case_json(summarize(dossier)))
        score_fields(manifest["id"], _flat_case(manifest["case"]), got, SAMPLE_FIELDS, part, out)
        _merge(group, part)
        _merge(out.overall, part)
    return out


def eval_gold(gold_file: Path, ocr: str = "auto", progress: Progress | None = None) -> EvalResult:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    if not isinstance(gold, dict):
        raise ValueError(f"{gold_file}: 金标准应为以文档路径为键的JSON对象")
    out = EvalResult(mode="gold")
    group = out.groups.setdefault("gold", GroupScore())
    for done, (rel, expected) in enumerate(gold.items()):
        if progress:
            progress("评测文书", done, len(gold))
        dossier = extract_dossier([gold_file.parent / rel], ocr=ocr)  # type: ignore[arg-type]
        got = _flat_case(case_json(summarize(dossier)))
        part = GroupScore(dossiers=1)
        score_fields(rel, expected, got, GOLD_FIELDS, part, out)
        _merge(group, part)
        _merge(out.overall, part)
    return out


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def report_markdown(result: EvalResult) -> str:
    groups = {**result.groups, "全部": result.overall}
    lines = ["| 形态 | 案卷 | 文书 | 文书类型准确率 | 页码边界准确率 | 要素准确率 |", "|---|---|---|---|---|---|"]
    for name, g in groups.items():
        lines.append(
            f"| {name} | {g.dossiers} | {g.documents} | {_pct(g.type_accuracy())} | "
            f"{_pct(g.boundary_accuracy())} | {_pct(g.field_accuracy())} |"
        )
    fields = sorted({f for g in groups.values() for f in g.fields})
    lines += ["", "| 要素 | " + " | ".join(groups) + " |", "|---" * (len(groups) + 1) + "|"]
    for field in fields:
        cells = []
        for g in groups.values():
            fs = g.fields.get(field)
            cells.append(f"{_pct(fs.accuracy)} ({fs.counted})" if fs else "—")
        lines.append(f"| {field} | " + " | ".join(cells) + " |")
    if result.mismatches:
        lines += ["", f"不一致 {len(result.mismatches)} 处（前 40 处）：", ""]
        for m in result.mismatches[:40]:
            lines.append(f"- {m.dossier} · {m.field}: 期望 `{m.expected}` 得到 `{m.got}`")
    return "\n".join(lines) + "\n"
