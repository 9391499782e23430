"""Running one rule on one target: matches, context, protection -> hits; and applying hits as a rewrite."""

from __future__ import annotations

from .checks import CHECKS, Hit
from .lexicon import Context, Matcher, Rule
from .model import Family
from .target import Target

_RESIDUE = frozenset({Family.TEMPLATE, Family.BLANK})


def rule_applies(rule: Rule, target: Target) -> bool:
    ctx = rule.context
    if ctx.doc_types and target.doc_type.value not in ctx.doc_types:
        return False
    if ctx.not_doc_types and target.doc_type.value in ctx.not_doc_types:
        return False
    return not (ctx.since is not None and target.latest_date is not None and target.latest_date < ctx.since)


def run_rule(rule: Rule, target: Target) -> list[Hit]:
    """Every hit of ``rule`` in ``target`` that passes its context and lies outside protected spans."""
    if not rule_applies(rule, target):
        return []
    titles_ok = rule.family == Family.CITATION
    unprotected = rule.family in _RESIDUE  # template residue may sit in a name's slot (当事人：【填写】)
    hits: list[Hit] = []
    if rule.check is not None:
        for hit in CHECKS[rule.check](target):
            if hit.document_level or unprotected or not target.is_protected(hit.start, hit.end, titles_ok):
                hits.append(hit)
        return hits
    for rx in rule.compiled:
        for m in rx.finditer(target.flat):
            start, end = m.span()
            if start == end or (not unprotected and target.is_protected(start, end, titles_ok)):
                continue
            if _context_ok(rule.context, target, start, end):
                hits.append(Hit(start, end, rule.replacement(m)))
    return sorted(hits, key=lambda h: (h.start, h.end))


def _any(matchers: tuple[Matcher, ...], test: str, how: str) -> bool:
    return any(getattr(m, how)(test) for m in matchers)


def _context_ok(ctx: Context, target: Target, start: int, end: int) -> bool:
    before, after = target.before(start), target.after(end)
    if ctx.preceded_by and not _any(ctx.matchers("preceded_by"), before, "ends"):
        return False
    if ctx.not_preceded_by and _any(ctx.matchers("not_preceded_by"), before, "ends"):
        return False
    if ctx.followed_by and not _any(ctx.matchers("followed_by"), after, "starts"):
        return False
    if ctx.not_followed_by and _any(ctx.matchers("not_followed_by"), after, "starts"):
        return False
    if ctx.sentence_has or ctx.sentence_lacks or ctx.cited_law:
        s, e = target.sentence(start, end)
        sentence = target.flat[s:e]
        if ctx.sentence_has and not _any(ctx.matchers("sentence_has"), sentence, "within"):
            return False
        if ctx.sentence_lacks and _any(ctx.matchers("sentence_lacks"), sentence, "within"):
            return False
        if ctx.cited_law and not _cites(target.flat[s:start], ctx.cited_law):
            return False
    return True


def _cites(before: str, law: str) -> bool:
    """The nearest 《…》 title before the match (in its sentence) names ``law``."""
    close = before.rfind("》")
    if close < 0:
        return False
    open_ = before.rfind("《", 0, close)
    return open_ >= 0 and law in before[open_ + 1 : close]


def rewrite(text: str, hits: list[Hit]) -> str:
    """``text`` with every hit that has a suggestion replaced (left to right, overlapping hits skipped)."""
    out: list[str] = []
    pos = 0
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if hit.suggestion is None or hit.start < pos:
            continue
        out.append(text[pos : hit.start])
        out.append(hit.suggestion)
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)
