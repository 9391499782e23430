"""The defect registry, the record a defect leaves in the manifest, and the editing helpers defects share."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from samples.content.doc import Doc, Para, find_doc
from samples.content.spec import CaseSpec

WORDING_CODES = {
    "W001": "法人代表 → 法定代表人",
    "W002": "罚金 → 罚款",
    "W003": "帐 → 账",
    "W004": "截止 → 截至",
    "W005": "申辨 → 申辩",
    "W006": "陈诉 → 陈述",
    "W007": "收缴违法所得 → 没收违法所得",
}


@dataclass
class DefectRecord:
    check: str
    description: str
    documents: list[str]  # DocType values of the documents showing it (or missing)
    quote: str | None = None
    also: list[str] = field(default_factory=list)  # checks the same change necessarily trips
    case: dict[str, Any] = field(default_factory=dict)  # manifest `case` values the defect changed
    identifiers: dict[str, list[str]] = field(default_factory=dict)  # extra identifiers it wrote

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "check": self.check,
            "description": self.description,
            "documents": self.documents,
            "quote": self.quote,
        }
        if self.also:
            out["also"] = self.also
        return out


Apply = Callable[[CaseSpec, list[Doc], random.Random], DefectRecord]


@dataclass(frozen=True)
class Defect:
    code: str
    applies: Callable[[CaseSpec], bool]
    apply: Apply
    prepare: Callable[[CaseSpec, random.Random], None] | None = None  # edits the case before rendering
    group: str = ""  # defects of one group exclude each other (e.g. all that move dates)
    drops: tuple[str, ...] = ()  # doc keys removed
    edits: tuple[str, ...] = ()  # doc keys changed
    excludes: tuple[str, ...] = ()  # defects whose edits contradict this one's (D16 "no 责令改正" vs D03's)


DEFECTS: dict[str, Defect] = {}


def defect(
    code: str,
    applies: Callable[[CaseSpec], bool],
    *,
    prepare=None,
    group: str = "",
    drops: tuple[str, ...] = (),
    edits: tuple[str, ...] = (),
    excludes: tuple[str, ...] = (),
) -> Callable[[Apply], Apply]:
    """Register the decorated function as the defect ``code``."""

    def register(fn: Apply) -> Apply:
        if code in DEFECTS:
            raise ValueError(f"defect {code} registered twice")
        DEFECTS[code] = Defect(code, applies, fn, prepare, group, drops, edits, excludes)
        return fn

    return register


# -- predicates ------------------------------------------------------------------------------------------------
def general(spec: CaseSpec) -> bool:
    return spec.procedure == "普通程序"


def penalised(spec: CaseSpec) -> bool:
    return spec.procedure == "普通程序" and spec.outcome == "penalty"


def simple(spec: CaseSpec) -> bool:
    return spec.procedure == "简易程序"


def always(spec: CaseSpec) -> bool:
    return True


# -- editing helpers -------------------------------------------------------------------------------------------
def doc(docs: list[Doc], key: str) -> Doc:
    found = find_doc(docs, key)
    if found is None:
        raise KeyError(key)
    return found


def drop_docs(docs: list[Doc], *keys: str) -> list[str]:
    """Remove the documents ``keys`` (those present); return their DocType values."""
    gone = [d for d in docs if d.key in keys]
    for d in gone:
        docs.remove(d)
    return list(dict.fromkeys(d.doc_type for d in gone))


def para(d: Doc, tag: str) -> Para:
    found = next((p for p in d.paragraphs() if p.tag == tag), None)
    if found is None:
        raise KeyError(f"{d.key}:{tag}")
    return found


def replace_in(d: Doc, old: str, new: str, count: int = -1) -> str:
    """Replace and return ``new`` (the quote); fail loudly when ``old`` is not there."""
    if not d.replace(old, new, count):
        raise ValueError(f"{old!r} not found in {d.key}")
    return new


# -- choosing and planting -------------------------------------------------------------------------------------
def _load() -> None:
    from samples.defects import chronology, completeness, consistency, content, form, persons, wording  # noqa: F401


def applicable(spec: CaseSpec) -> list[str]:
    _load()
    return [code for code, d in DEFECTS.items() if d.applies(spec)]


def _conflict(a: Defect, b: Defect) -> bool:
    if a.group and a.group == b.group:
        return True
    if b.code in a.excludes or a.code in b.excludes:
        return True
    return bool(set(a.drops) & (set(b.drops) | set(b.edits)) or set(b.drops) & set(a.edits))


def compatible(codes: list[str]) -> bool:
    _load()
    chosen = [DEFECTS[c] for c in codes]
    return not any(_conflict(a, b) for i, a in enumerate(chosen) for b in chosen[i + 1 :])


def choose_defects(spec: CaseSpec, rng: random.Random, count: int) -> list[str]:
    """Up to ``count`` applicable, mutually compatible defects."""
    pool = applicable(spec)
    rng.shuffle(pool)
    chosen: list[str] = []
    for code in pool:
        if len(chosen) == count:
            break
        if compatible([*chosen, code]):
            chosen.append(code)
    return sorted(chosen)


def prepare(spec: CaseSpec, codes: list[str], rng: random.Random) -> None:
    _load()
    for code in codes:
        hook = DEFECTS[code].prepare
        if hook is not None:
            hook(spec, rng)


def plant(spec: CaseSpec, docs: list[Doc], codes: list[str], rng: random.Random) -> list[DefectRecord]:
    _load()
    return [DEFECTS[code].apply(spec, docs, rng) for code in codes]
