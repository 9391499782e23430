"""初评 → 复核 → final. Pure: from a snapshot, what each sampled dossier needs.

- all 初评 done and agreeing (totals at most ``threshold`` apart, same veto decision): the final is their mean
  (0.01), graded with the campaign's bands (a veto: total 0 and the lowest grade, as ``review.scoring``), by
  "初评一致：张三、李四", problems the union of the 初评 problems by rule (the first reviewer's points);
- all done but disagreeing: one 复核 assignment to an eligible reviewer (not the dossier's unit, not one of its 初评
  reviewers), the least loaded, ties broken by ``random.Random(f"{seed}:{dossier id}")``;
- a 复核 done: the final is that review (method 复核, by the 复核 reviewer).
A dossier that already has a final is left alone, so reconciling twice changes nothing."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from checklists.model import GradeBand
from review.campaign.assign import least_loaded
from review.campaign.model import (
    AssignmentResult,
    CampaignDossier,
    CampaignError,
    CampaignSnapshot,
    FinalResult,
    Model,
    Problem,
    Stage,
)
from review.scoring import grade_for
from review.workspace import CUSTOM_PREFIX

CENT = Decimal("0.01")

Status = Literal["final", "agreed", "recheck", "rechecked", "pending_recheck", "waiting"]


class Verdict(Model):
    dossier_id: str
    status: Status
    final: FinalResult | None = None  # a new final (agreed / rechecked)
    recheck_reviewer: str | None = None  # the new 复核 assignment's reviewer
    spread: Decimal | None = None  # max − min of the 初评 totals, once all are done


class Reconciliation(Model):
    threshold: Decimal
    seed: int
    verdicts: tuple[Verdict, ...]

    def count(self, status: Status) -> int:
        return sum(1 for v in self.verdicts if v.status == status)


def lowest(bands: Sequence[GradeBand]) -> str:
    return min(bands, key=lambda b: b.min).grade if bands else "不合格"


def graded(total: Decimal, veto: bool, bands: Sequence[GradeBand]) -> tuple[Decimal, str]:
    if veto:
        return Decimal(0).quantize(CENT), lowest(bands)
    return total, grade_for(total, bands)


def merged_problems(reviews: Sequence[AssignmentResult]) -> tuple[Problem, ...]:
    """The union of the reviews' problems by rule, in review order (a rule's points from the first reviewer who found
    it). A reviewer's own free-text problems (评查人-N, numbered per review) are told apart by their description."""
    out: dict[tuple[str, str], Problem] = {}
    for a in reviews:
        for p in a.problems:
            key = (p.rule_id, p.description if p.rule_id.startswith(CUSTOM_PREFIX) else "")
            out.setdefault(key, p)
    return tuple(out.values())


def agreed_final(reviews: Sequence[AssignmentResult], bands: Sequence[GradeBand]) -> FinalResult:
    totals = [a.score or Decimal(0) for a in reviews]
    mean = (sum(totals, Decimal(0)) / len(totals)).quantize(CENT, rounding=ROUND_HALF_UP)
    veto = all(bool(a.veto) for a in reviews)
    total, grade = graded(mean, veto, bands)
    return FinalResult(
        score=total,
        grade=grade,
        veto=veto,
        by="初评一致：" + "、".join(a.reviewer for a in reviews),
        method="一致",
        problems=merged_problems(reviews),
    )


def recheck_final(recheck: AssignmentResult, bands: Sequence[GradeBand]) -> FinalResult:
    veto = bool(recheck.veto)
    total, grade = graded((recheck.score or Decimal(0)).quantize(CENT, rounding=ROUND_HALF_UP), veto, bands)
    return FinalResult(
        score=total, grade=grade, veto=veto, by=recheck.reviewer, method="复核", problems=recheck.problems
    )


def disagree(reviews: Sequence[AssignmentResult], threshold: Decimal) -> tuple[bool, Decimal]:
    totals = [a.score or Decimal(0) for a in reviews]
    spread = max(totals) - min(totals)
    return spread > threshold or len({bool(a.veto) for a in reviews}) > 1, spread


def reconcile(snapshot: CampaignSnapshot, threshold: Decimal | None = None, seed: int | None = None) -> Reconciliation:
    """What every sampled dossier needs now. CampaignError (naming the dossiers) when a disagreement has no eligible
    复核 reviewer."""
    info = snapshot.campaign
    threshold = info.recheck_threshold if threshold is None else threshold
    if threshold < 0:
        raise CampaignError("复核阈值不能为负")
    seed = (info.assign_seed or 0) if seed is None else seed
    loads = Counter(a.reviewer for d in snapshot.dossiers for a in d.assignments)
    verdicts: list[Verdict] = []
    stuck: list[CampaignDossier] = []
    for d in snapshot.dossiers:
        if not d.sampled:
            continue
        verdict = _verdict(d, snapshot, threshold, seed, loads)
        if verdict is None:
            stuck.append(d)
            continue
        if verdict.recheck_reviewer:
            loads[verdict.recheck_reviewer] += 1
        verdicts.append(verdict)
    if stuck:
        names = "、".join(f"{d.file}（{d.unit}）" for d in stuck[:5]) + (
            f" 等 {len(stuck)} 卷" if len(stuck) > 5 else ""
        )
        raise CampaignError(f"没有可以复核的评查人（须非本单位且未参加该卷初评）：{names}；请增加评查人")
    return Reconciliation(threshold=threshold, seed=seed, verdicts=tuple(verdicts))


def _verdict(
    d: CampaignDossier, snapshot: CampaignSnapshot, threshold: Decimal, seed: int, loads: Counter[str]
) -> Verdict | None:
    bands = snapshot.campaign.bands
    if d.final is not None:
        return Verdict(dossier_id=d.id, status="final")
    rechecks = [a for a in d.assignments if a.stage == Stage.RECHECK]
    if rechecks:
        done = next((a for a in rechecks if a.status == "done"), None)
        if done is None:
            return Verdict(dossier_id=d.id, status="pending_recheck")
        return Verdict(dossier_id=d.id, status="rechecked", final=recheck_final(done, bands))
    first = d.first_reviews
    if not first or any(a.status != "done" for a in first):
        return Verdict(dossier_id=d.id, status="waiting")
    split, spread = disagree(first, threshold)
    if not split:
        return Verdict(dossier_id=d.id, status="agreed", final=agreed_final(first, bands), spread=spread)
    taken = {a.reviewer for a in d.assignments}
    eligible = [r.name for r in snapshot.reviewers if r.unit != d.unit and r.name not in taken]
    if not eligible:
        return None
    rng = random.Random(f"{seed}:{d.id}")
    reviewer = least_loaded(eligible, loads, rng)[0]
    return Verdict(dossier_id=d.id, status="recheck", recheck_reviewer=reviewer, spread=spread)
