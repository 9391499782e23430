"""``anjuan eval lint``: precision and recall of the wording linter, per rule family, on a labelled set of sentences
(default ``tests/data/lint/labelled.yaml``), and — optionally — on generated sample dossiers (planted W… defects).

Labelled set: each item has ``text``, optional ``doc_type``, ``expect`` (``{code, quote}`` per known error) and
``protect`` (strings no change may touch). A diagnostic is a true positive when an expected error has the same code
and one quote contains the other (each expected error matches one diagnostic); any other diagnostic is a false
positive, any unmatched expected error a false negative; both count under the rule's family. A protected-span change
is a diagnostic overlapping a ``protect`` string that proposes a change, or that flags it as a term, usage, typo,
punctuation, number, date, money or citation problem (template residue and blank checks may point at a name's slot).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field

from checklists.wording.linter import default_lexicon, lint_dossier, lint_text
from checklists.wording.model import Diagnostic, Family
from review.eval_samples import Progress, sample_dossiers

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "tests" / "data" / "lint" / "labelled.yaml"
_SLOT_FAMILIES = frozenset({Family.TEMPLATE, Family.BLANK})


class Score(BaseModel):
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


class Miss(BaseModel):
    kind: Literal["fp", "fn", "protected"]
    code: str
    quote: str
    text: str
    message: str = ""


class LintEval(BaseModel):
    path: str
    rules: int
    sentences: int = 0
    with_errors: int = 0
    clean: int = 0
    expected: int = 0
    families: dict[str, Score] = Field(default_factory=dict)
    protected_checked: int = 0
    protected_changes: int = 0
    misses: list[Miss] = Field(default_factory=list)

    @property
    def overall(self) -> Score:
        return Score(
            tp=sum(s.tp for s in self.families.values()),
            fp=sum(s.fp for s in self.families.values()),
            fn=sum(s.fn for s in self.families.values()),
        )


def _load(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, list) or not all(isinstance(x, dict) and "text" in x for x in data):
        raise ValueError(f"{path}: 应为条目列表，每条至少有 text")
    return data


def _overlaps(d: Diagnostic, start: int, end: int) -> bool:
    s, e = d.prov.span
    return s < end and start < e


def _touches_protected(d: Diagnostic, text: str, protect: list[str]) -> bool:
    if d.suggestion is None and d.family in _SLOT_FAMILIES:
        return False
    for name in protect:
        pos = text.find(name)
        while pos >= 0:
            if _overlaps(d, pos, pos + len(name)):
                return True
            pos = text.find(name, pos + 1)
    return False


def eval_lint(path: Path = DEFAULT_SET) -> LintEval:
    """Run the linter on every labelled item and score it (see the module docstring)."""
    lexicon = default_lexicon()
    families = {r.id: r.family.value for r in lexicon.rules}
    out = LintEval(path=str(path), rules=len(lexicon.rules))
    for fam in Family:
        out.families[fam.value] = Score()
    for item in _load(path):
        text: str = item["text"]
        expected = [(str(e["code"]), str(e["quote"])) for e in item.get("expect") or []]
        protect = [str(p) for p in item.get("protect") or []]
        diags = lint_text(text, item.get("doc_type"))
        out.sentences += 1
        out.expected += len(expected)
        out.with_errors += bool(expected)
        out.clean += not expected
        unmatched = list(diags)
        for code, quote in expected:
            fam = families.get(code)
            if fam is None:
                raise ValueError(f"{path}: 未知规则 {code}")
            hit = next((d for d in unmatched if d.code == code and (quote in d.quote or d.quote in quote)), None)
            if hit is None:
                out.families[fam].fn += 1
                out.misses.append(Miss(kind="fn", code=code, quote=quote, text=text))
            else:
                unmatched.remove(hit)
                out.families[fam].tp += 1
        for d in unmatched:
            out.families[d.family.value].fp += 1
            out.misses.append(Miss(kind="fp", code=d.code, quote=d.quote, text=text, message=d.message))
        out.protected_checked += len(protect)
        for d in diags:
            if protect and _touches_protected(d, text, protect):
                out.protected_changes += 1
                out.misses.append(Miss(kind="protected", code=d.code, quote=d.quote, text=text, message=d.message))
    return out


class SampleLintEval(BaseModel):
    dossiers: int = 0
    planted: Counter[str] = Field(default_factory=Counter)
    found: Counter[str] = Field(default_factory=Counter)
    catalogue_hits: Counter[str] = Field(default_factory=Counter)  # diagnostics on a planted non-W defect (H05, I01)
    other: Counter[str] = Field(default_factory=Counter)  # diagnostics nothing planted explains
    examples: list[str] = Field(default_factory=list)


def eval_lint_samples(root: Path, ocr: str = "auto", progress: Progress | None = None) -> SampleLintEval:
    """Lint every generated sample dossier under ``root`` (folders with manifest.json): planted W… defects found,
    and every other diagnostic (a clean generated dossier should give none)."""
    out = SampleLintEval()
    for manifest, dossier in sample_dossiers(root, ocr, progress):
        diags = lint_dossier(dossier)
        codes = {d.code for d in diags}
        planted = {d["check"] for d in manifest["defects"] if d["check"].startswith("W")}
        catalogue = {d["check"] for d in manifest["defects"]} - planted
        out.dossiers += 1
        for code in planted:
            out.planted[code] += 1
            out.found[code] += code in codes
        for d in diags:
            if d.catalogue in catalogue:
                out.catalogue_hits[f"{d.code}→{d.catalogue}"] += 1
            elif d.code not in planted:
                out.other[d.code] += 1
                out.examples.append(f"{manifest['id']} {d.code} {d.document} 第{d.prov.page}页「{d.quote}」")
    return out


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def report_markdown(result: LintEval, samples: SampleLintEval | None = None, max_misses: int = 40) -> str:
    o = result.overall
    rows = [
        f"Labelled set: `{Path(result.path).name}` — {result.sentences} sentences ({result.with_errors} with "
        f"{result.expected} known errors, {result.clean} clean); {result.rules} rules.",
        "",
        "| 类别 | TP | FP | FN | 精确率 | 召回率 |",
        "|---|---|---|---|---|---|",
    ]
    for fam, s in result.families.items():
        if s.tp + s.fp + s.fn:
            rows.append(f"| {fam} | {s.tp} | {s.fp} | {s.fn} | {_pct(s.precision)} | {_pct(s.recall)} |")
    rows.append(f"| **全部** | {o.tp} | {o.fp} | {o.fn} | **{_pct(o.precision)}** | **{_pct(o.recall)}** |")
    rows += [
        "",
        f"Protected spans checked: {result.protected_checked}; changes to protected spans: "
        f"**{result.protected_changes}**.",
    ]
    if result.misses and max_misses > 0:
        rows += ["", f"Misses ({len(result.misses)}; first {max_misses}):", ""]
        for m in result.misses[:max_misses]:
            rows.append(f"- {m.kind} {m.code} 「{m.quote}」 in 「{m.text}」" + (f" — {m.message}" if m.message else ""))
    if samples is not None:
        planted, found = sum(samples.planted.values()), sum(samples.found.values())
        rows += [
            "",
            f"Generated sample dossiers: {samples.dossiers}; planted wording defects {planted}, found {found}; "
            f"diagnostics on planted non-wording defects {sum(samples.catalogue_hits.values())} "
            f"({', '.join(f'{k} {v}' for k, v in samples.catalogue_hits.most_common()) or '—'}); "
            f"other diagnostics {sum(samples.other.values())}.",
        ]
        if samples.other:
            rows += ["", "Other diagnostics: " + ", ".join(f"{k} {v}" for k, v in samples.other.most_common())]
            rows += [f"- {e}" for e in samples.examples[:20]]
    return "\n".join(rows) + "\n"
