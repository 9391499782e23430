"""Rule examples as tests: inline documents -> a real Dossier (segmented, elements extracted) -> the rule's outcome.

Like semgrep's fixtures and Great Expectations' examples: every rule carries at least one ``pass`` and one ``fail``
example; ``todo_pass`` / ``todo_fail`` are known gaps (run as xfail).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checklists.context import CheckContext, doc_type_of
from checklists.engine import run_rule
from checklists.loader import get_profile
from checklists.model import Example, InlineDoc, Outcome, Rule, RulePack
from extractors.model import Dossier, Line, Page
from extractors.pipeline import build_dossier, extract_dossier
from extractors.titles import ALIASES, title_key

REPO_ROOT = Path(__file__).resolve().parents[1]


class ExampleError(ValueError):
    pass


def _title_for(doc: InlineDoc) -> str:
    if doc.title:
        return doc.title
    if title_key(doc.type) in ALIASES:
        return doc.type
    t = doc_type_of(doc.type)
    return next(alias for alias, (dtype, variant) in ALIASES.items() if dtype == t and variant is None)


def tiny_dossier(docs: tuple[InlineDoc, ...] | list[InlineDoc]) -> Dossier:
    """One page per inline document, its title on the first line; segmented and extracted like any dossier."""
    pages: list[Page] = []
    for n, doc in enumerate(docs, 1):
        title = _title_for(doc)
        body = doc.text.strip("\n")
        text = body if body.lstrip().startswith(title) else f"{title}\n{body}"
        lines, pos = [], 0
        for chunk in text.split("\n"):
            lines.append(Line(span=(pos, pos + len(chunk))))
            pos += len(chunk) + 1
        pages.append(Page(file="示例.txt", number=n, file_page=n, text=text, source=doc.source, lines=tuple(lines)))
    dossier = build_dossier("example", pages)
    wanted = [doc_type_of(d.type) if title_key(d.type) not in ALIASES else ALIASES[title_key(d.type)][0] for d in docs]
    got = [d.doc_type for d in dossier.documents]
    if got != wanted:
        raise ExampleError(f"示例文书识别为 {[g.value for g in got]}，应为 {[w.value for w in wanted]}")
    return dossier


@cache
def _sample(path: str) -> Dossier:
    root = REPO_ROOT / path
    target = root / "dossier" if (root / "dossier").is_dir() else root
    return extract_dossier([target])


@dataclass(frozen=True)
class ExampleRun:
    ok: bool
    outcome: Outcome
    detail: str


def run_example(rule: Rule, pack: RulePack, example: Example, default_profile: str = "national") -> ExampleRun:
    dossier = _sample(example.sample) if example.sample else tiny_dossier(example.docs)
    ctx = CheckContext(dossier, get_profile(example.profile or default_profile))
    found, error = run_rule(rule, pack, ctx)
    expect = example.expect.removeprefix("todo_")
    if error is not None:
        return ExampleRun(False, found.outcome, error.message)
    if found.outcome.value != expect:
        detail = f"期望 {expect}，得到 {found.outcome.value}：{found.message}"
        return ExampleRun(False, found.outcome, detail)
    quotes = " ".join(e.quote for e in found.evidence)
    missing = [q for q in example.evidence_quotes if q not in quotes]
    if missing:
        return ExampleRun(False, found.outcome, f"证据中缺少引文 {missing}（实际：{quotes!r}）")
    return ExampleRun(True, found.outcome, "")
