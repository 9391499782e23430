"""Inter-rater agreement of the 初评 (交叉评查 with two or more reviewers per dossier).

Each (dossier, rule) is one item; a reviewer rates it "fail" when the rule is among the problems of the reviewer's
submitted 初评, otherwise "not fail". The items of a dossier are every rule of its pack, plus any rule a reviewer
added that the pack does not list. Cohen's κ is computed on that binary rating:

    κ = (p_o − p_e) / (1 − p_e),  p_e = p_a(fail)·p_b(fail) + p_a(not)·p_b(not)

When both raters give every item the same single label, p_e = 1 and κ is undefined: ``kappa`` is ``None`` and the
observed agreement is still reported. Nothing ever divides by zero.

- per reviewer pair: the dossiers both reviewed (both 初评 submitted) — n dossiers, items, p_o, κ, the mean absolute
  difference of their totals;
- per rule, pooled over every pair and dossier where the rule applies (raters ordered by name within a pair): κ,
  how often the two disagree, and who flagged it alone;
- a campaign summary: pooled κ over all pair items, mean totals difference, dossiers whose totals differ by more
  than the 复核 threshold.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import combinations
from typing import NamedTuple

from checklists.model import RulePack
from review.campaign.model import AssignmentResult, CampaignDossier, CampaignError, CampaignSnapshot, Model, Stage

CENT = Decimal("0.01")
PackSource = RulePack | Mapping[str, RulePack] | Callable[[CampaignDossier], RulePack | None]


class Kappa(Model):
    """Cohen's κ for two raters on binary items (True = fail)."""

    n: int
    both_fail: int
    a_only: int  # rater a says fail, b does not
    b_only: int
    both_pass: int
    observed: float | None  # p_o; None when n = 0
    expected: float | None  # p_e (chance agreement)
    kappa: float | None  # None when undefined (n = 0, or p_e = 1)


class PairAgreement(Model):
    a: str  # reviewer names, a < b
    b: str
    a_unit: str = ""
    b_unit: str = ""
    dossiers: int
    items: Kappa
    mean_abs_diff: Decimal | None  # |total_a − total_b| over the shared dossiers, 2 decimals
    max_abs_diff: Decimal | None = None
    over_threshold: int = 0  # shared dossiers whose totals differ by more than the 复核 threshold


class ReviewerCount(Model):
    reviewer: str
    count: int


class RuleAgreement(Model):
    rule_id: str
    title: str
    category: str
    items: Kappa  # pooled over (pair, dossier) where the rule applies
    disagreements: int  # items where exactly one of the two flagged it
    disagreement_rate: float | None  # disagreements / items
    flagged: int  # items where at least one flagged it
    alone: tuple[ReviewerCount, ...] = ()  # who flagged it when the other did not, most first


class AgreementSummary(Model):
    pairs: int
    dossiers: int  # dossiers with two or more submitted 初评
    items: Kappa  # pooled over every pair's items
    mean_pair_kappa: float | None  # plain mean over pairs whose κ is defined
    mean_abs_diff: Decimal | None  # over every (pair, dossier)
    over_threshold: int  # (pair, dossier) whose totals differ by more than the 复核 threshold
    threshold: Decimal


class AgreementReport(Model):
    summary: AgreementSummary
    pairs: tuple[PairAgreement, ...]
    rules: tuple[RuleAgreement, ...]


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> Kappa:
    """Cohen's κ of two raters over the same items (``a[i]``, ``b[i]`` the two ratings of item i)."""
    if len(a) != len(b):
        raise CampaignError(f"两名评查人的评查项数量不同（{len(a)} 与 {len(b)}），无法计算一致性")
    return kappa_from_counts(
        both_fail=sum(1 for x, y in zip(a, b, strict=True) if x and y),
        a_only=sum(1 for x, y in zip(a, b, strict=True) if x and not y),
        b_only=sum(1 for x, y in zip(a, b, strict=True) if y and not x),
        both_pass=sum(1 for x, y in zip(a, b, strict=True) if not x and not y),
    )


def kappa_from_counts(both_fail: int, a_only: int, b_only: int, both_pass: int) -> Kappa:
    """κ from a 2×2 table: rows rater a (fail, pass), columns rater b (fail, pass)."""
    n = both_fail + a_only + b_only + both_pass
    if min(both_fail, a_only, b_only, both_pass) < 0:
        raise CampaignError("一致性统计的计数不能为负数")
    observed = expected = kappa = None
    if n:
        observed = (both_fail + both_pass) / n
        a_fail, b_fail = (both_fail + a_only) / n, (both_fail + b_only) / n
        expected = a_fail * b_fail + (1 - a_fail) * (1 - b_fail)
        if abs(1 - expected) > 1e-12:
            kappa = (observed - expected) / (1 - expected)
    return Kappa(
        n=n,
        both_fail=both_fail,
        a_only=a_only,
        b_only=b_only,
        both_pass=both_pass,
        observed=observed,
        expected=expected,
        kappa=kappa,
    )


def _pool(kappas: Iterable[Kappa]) -> Kappa:
    t = [0, 0, 0, 0]
    for k in kappas:
        for i, v in enumerate((k.both_fail, k.a_only, k.b_only, k.both_pass)):
            t[i] += v
    return kappa_from_counts(*t)


def pack_refs(snapshot: CampaignSnapshot) -> list[str]:
    """The pack references the snapshot's dossiers were reviewed with (machine pass, else the campaign's checklist)."""
    refs = [_ref(snapshot, d) for d in snapshot.dossiers]
    return list(dict.fromkeys(r for r in refs if r))


def _ref(snapshot: CampaignSnapshot, dossier: CampaignDossier) -> str:
    if dossier.machine is not None and dossier.machine.pack:
        return dossier.machine.pack
    return snapshot.campaign.checklist


def rules_resolver(snapshot: CampaignSnapshot, packs: PackSource) -> Callable[[CampaignDossier], RulePack | None]:
    """``packs`` as one pack for every dossier, a mapping from pack reference (``id@version`` or ``id``), or a
    function of the dossier."""
    if isinstance(packs, RulePack):
        return lambda _d: packs
    if isinstance(packs, Mapping):

        def by_ref(d: CampaignDossier) -> RulePack | None:
            ref = _ref(snapshot, d)
            return packs.get(ref) or packs.get(ref.partition("@")[0])

        return by_ref
    return packs


def _done_first(d: CampaignDossier) -> list[AssignmentResult]:
    return [a for a in d.assignments if a.stage == Stage.FIRST and a.status == "done"]


class _Item(NamedTuple):  # internal, many of them: a plain tuple
    pair: tuple[str, str]
    dossier: str
    rule: str
    a: bool
    b: bool


def _quant(x: Decimal) -> Decimal:
    return x.quantize(CENT, ROUND_HALF_UP)


def agreement(snapshot: CampaignSnapshot, packs: PackSource) -> AgreementReport:
    """Pairs, rules and the campaign summary (see the module doc)."""
    resolve = rules_resolver(snapshot, packs)
    threshold = snapshot.campaign.recheck_threshold
    units = {r.name: r.unit for r in snapshot.reviewers}
    titles: dict[str, tuple[str, str]] = {}
    items: list[_Item] = []
    diffs: dict[tuple[str, str], list[Decimal]] = defaultdict(list)
    shared: Counter[tuple[str, str]] = Counter()
    dossiers = 0
    for d in snapshot.dossiers:
        done = _done_first(d)
        if len(done) < 2:
            continue
        dossiers += 1
        pack = resolve(d)
        rule_ids: list[str] = []
        if pack is not None:
            for r in pack.rules:
                titles.setdefault(r.id, (r.title, r.category))
                rule_ids.append(r.id)
        for a in done:
            units.setdefault(a.reviewer, a.unit)
            for p in a.problems:
                titles.setdefault(p.rule_id, (p.title, p.category))
                if p.rule_id not in rule_ids:
                    rule_ids.append(p.rule_id)
        for x, y in combinations(sorted(done, key=lambda a: a.reviewer), 2):
            if x.reviewer == y.reviewer:
                continue
            pair = (x.reviewer, y.reviewer)
            shared[pair] += 1
            if x.score is not None and y.score is not None:
                diffs[pair].append(abs(x.score - y.score))
            fx, fy = {p.rule_id for p in x.problems}, {p.rule_id for p in y.problems}
            items.extend(_Item(pair, d.id, r, r in fx, r in fy) for r in rule_ids)
    by_pair: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    by_rule: dict[str, list[_Item]] = defaultdict(list)
    for it in items:
        by_pair[it.pair].append(it)
        by_rule[it.rule].append(it)
    pairs = []
    for pair in sorted(shared):
        its = by_pair.get(pair, [])
        ds = diffs.get(pair, [])
        pairs.append(
            PairAgreement(
                a=pair[0],
                b=pair[1],
                a_unit=units.get(pair[0], ""),
                b_unit=units.get(pair[1], ""),
                dossiers=shared[pair],
                items=cohen_kappa([i.a for i in its], [i.b for i in its]),
                mean_abs_diff=_quant(sum(ds, Decimal(0)) / len(ds)) if ds else None,
                max_abs_diff=_quant(max(ds)) if ds else None,
                over_threshold=sum(1 for x in ds if x > threshold),
            )
        )
    rules = []
    for rule_id, its in by_rule.items():
        alone: Counter[str] = Counter()
        for i in its:
            if i.a and not i.b:
                alone[i.pair[0]] += 1
            elif i.b and not i.a:
                alone[i.pair[1]] += 1
        k = cohen_kappa([i.a for i in its], [i.b for i in its])
        disagreements = k.a_only + k.b_only
        title, category = titles.get(rule_id, ("", ""))
        rules.append(
            RuleAgreement(
                rule_id=rule_id,
                title=title,
                category=category,
                items=k,
                disagreements=disagreements,
                disagreement_rate=disagreements / k.n if k.n else None,
                flagged=k.n - k.both_pass,
                alone=tuple(ReviewerCount(reviewer=r, count=c) for r, c in sorted(alone.items(), key=_most)),
            )
        )
    rules.sort(key=lambda r: (-r.disagreements, -r.flagged, r.rule_id))
    all_diffs = [x for ds in diffs.values() for x in ds]
    defined = [p.items.kappa for p in pairs if p.items.kappa is not None]
    summary = AgreementSummary(
        pairs=len(pairs),
        dossiers=dossiers,
        items=_pool(p.items for p in pairs),
        mean_pair_kappa=sum(defined) / len(defined) if defined else None,
        mean_abs_diff=_quant(sum(all_diffs, Decimal(0)) / len(all_diffs)) if all_diffs else None,
        over_threshold=sum(1 for x in all_diffs if x > threshold),
        threshold=threshold,
    )
    return AgreementReport(summary=summary, pairs=tuple(pairs), rules=tuple(rules))


def _most(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def kappa_label(kappa: float | None) -> str:
    """Landis & Koch's wording for a κ value (for the reports)."""
    if kappa is None:
        return "无法计算"
    if kappa < 0:
        return "低于随机"
    for bound, label in ((0.2, "轻微"), (0.4, "一般"), (0.6, "中等"), (0.8, "较高")):
        if kappa <= bound:
            return label
    return "很高"
