"""交叉评查 assignment: every dossier gets ``per_dossier`` distinct reviewers, never one from the dossier's own unit,
with the reviewers' loads as even as the units allow.

Pure and reproducible (``random.Random(seed)``; sets are never iterated). A greedy pass gives the most constrained
dossiers (fewest eligible reviewers) their least-loaded reviewers first, ties broken by the seeded generator; then a
repair pass moves assignments along chains (reviewer u gives dossier d to v, v gives d' to w …) from a reviewer with
load ℓ to one with load ≤ ℓ − 2 until there is no such chain. The loads then minimise the sum of squares, which for
this kind of problem also makes max − min as small as it can be: ≤ 1 whenever any assignment achieves ≤ 1."""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Mapping, Sequence

from review.campaign.model import CampaignError, Model, Reviewer, Stage


class AssignmentLine(Model):
    """One row of the 分配表."""

    assignment_id: int
    dossier_id: str
    file: str
    unit: str
    case_number: str = ""
    case_name: str = ""
    reviewer: str
    reviewer_unit: str
    stage: Stage
    status: str  # pending | done


def least_loaded(candidates: Sequence[str], loads: Mapping[str, int], rng: random.Random, k: int = 1) -> list[str]:
    """``k`` of ``candidates`` with the smallest loads, ties broken by the seeded generator."""
    keyed = [(loads.get(c, 0), rng.random(), i) for i, c in enumerate(candidates)]
    return [candidates[i] for _, _, i in sorted(keyed)[:k]]


def _check(reviewers: Sequence[Reviewer], per_dossier: int) -> None:
    if per_dossier < 1:
        raise CampaignError("每卷评查人数至少为 1")
    if not reviewers:
        raise CampaignError("还没有评查人：请先导入评查人名单")
    names = [r.name for r in reviewers]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise CampaignError(f"评查人重名：{'、'.join(dup)}")


def assign(
    dossiers: Sequence[tuple[str, str]],
    reviewers: Sequence[Reviewer],
    per_dossier: int,
    seed: int,
    loads: Mapping[str, int] | None = None,
    names: Mapping[str, str] | None = None,
) -> list[tuple[str, str]]:
    """``(dossier_id, reviewer_name)`` pairs for ``(dossier_id, unit)`` dossiers, in dossier order.

    ``loads``: reviewers' existing assignments (kept as they are, counted in the balance). ``names``: how to call a
    dossier in an error (its file), else its id. CampaignError when a dossier has too few eligible reviewers."""
    _check(reviewers, per_dossier)
    names = names or {}
    order = [r.name for r in reviewers]
    elig = {d: [r.name for r in reviewers if r.unit != unit] for d, unit in dossiers}
    short = [d for d, _ in dossiers if len(elig[d]) < per_dossier]
    if short:
        shown = "；".join(
            f"{names.get(d, d)}（{unit}，仅 {len(elig[d])} 名非本单位评查人）" for d, unit in dossiers if d in short[:5]
        )
        more = f" 等 {len(short)} 卷" if len(short) > 5 else ""
        raise CampaignError(f"非本单位评查人不足每卷 {per_dossier} 名：{shown}{more}；请增加其他单位的评查人")
    rng = random.Random(seed)
    load = {n: (loads or {}).get(n, 0) for n in order}
    index = {d: i for i, (d, _) in enumerate(dossiers)}
    tiebreak = {d: rng.random() for d, _ in dossiers}
    holders: dict[str, list[str]] = {}
    for d in sorted(index, key=lambda d: (len(elig[d]), tiebreak[d], index[d])):
        picked = least_loaded(elig[d], load, rng, per_dossier)
        holders[d] = picked
        for n in picked:
            load[n] += 1
    _repair(holders, elig, load, order, index)
    return [(d, n) for d, _ in dossiers for n in holders[d]]


def _repair(
    holders: dict[str, list[str]],
    elig: Mapping[str, list[str]],
    load: dict[str, int],
    order: list[str],
    index: Mapping[str, int],
) -> None:
    held: dict[str, list[str]] = {n: [] for n in order}
    for d in sorted(holders, key=index.__getitem__):
        for n in holders[d]:
            held[n].append(d)
    while True:
        low = min(load.values())
        path = None
        for u in sorted(order, key=lambda n: -load[n]):
            if load[u] - low < 2:
                break
            path = _chain(u, holders, held, elig, load)
            if path:
                break
        if not path:
            return
        for giver, dossier, taker in path:
            holders[dossier] = [taker if n == giver else n for n in holders[dossier]]
            held[giver].remove(dossier)
            held[taker].append(dossier)
            held[taker].sort(key=index.__getitem__)
        load[path[0][0]] -= 1
        load[path[-1][2]] += 1


def _chain(
    u: str,
    holders: Mapping[str, list[str]],
    held: Mapping[str, list[str]],
    elig: Mapping[str, list[str]],
    load: Mapping[str, int],
) -> list[tuple[str, str, str]] | None:
    """Moves (giver, dossier, taker) from ``u`` to a reviewer with load ≤ load(u) − 2, or None (breadth first)."""
    parent: dict[str, tuple[str, str]] = {}
    seen = {u}
    queue = deque([u])
    while queue:
        x = queue.popleft()
        for d in held[x]:
            for y in elig[d]:
                if y in seen or y in holders[d]:
                    continue
                parent[y] = (x, d)
                if load[y] <= load[u] - 2:
                    path = []
                    node = y
                    while node != u:
                        prev, dossier = parent[node]
                        path.append((prev, dossier, node))
                        node = prev
                    return path[::-1]
                seen.add(y)
                queue.append(y)
    return None
