"""Every rule's specs run as tests, and at load time: a rule whose spec fails is refused (prh's ``specs``)."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.model import DocType

from .checks import Hit
from .engine import rewrite, run_rule
from .lexicon import E226_SPEC_FAILED, Lexicon, LexiconError, Rule, Spec
from .target import Target, build_target, dossier_names, flatten, text_dossier


def target_of(text: str, doc_type: str | DocType | None = None) -> Target:
    dossier = text_dossier(text, DocType(doc_type) if doc_type else DocType.OTHER)
    return build_target(dossier, dossier.documents[0], None, dossier_names(dossier))


@dataclass(frozen=True)
class SpecResult:
    ok: bool
    got: str  # the rewrite (to-specs) or "flagged"/"not flagged"
    hits: tuple[Hit, ...]


def run_spec(rule: Rule, spec: Spec) -> SpecResult:
    target = target_of(spec.from_, spec.doc_type)
    hits = tuple(run_rule(rule, target))
    if spec.to is None:
        return SpecResult(bool(hits) == spec.flag, "flagged" if hits else "not flagged", hits)
    got = rewrite(target.flat, list(hits))
    want = flatten(spec.to)[0]
    if want == target.flat:
        return SpecResult(not hits, got if not hits else f"{len(hits)} hit(s): {got}", hits)
    return SpecResult(got == want, got, hits)


def verify(lexicon: Lexicon) -> None:
    """Run every spec of every rule; raise LexiconError (file, rule id) on the first that fails."""
    for rule in lexicon.rules:
        for n, spec in enumerate(rule.specs, 1):
            result = run_spec(rule, spec)
            if not result.ok:
                want = spec.to if spec.to is not None else ("flagged" if spec.flag else "not flagged")
                raise LexiconError(
                    E226_SPEC_FAILED,
                    rule.file,
                    f"spec {n} failed: from {spec.from_!r} expected {want!r}, got {result.got!r}",
                    rule.id,
                )
