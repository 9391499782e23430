"""Campaign picks for the casebook: the campaign's 优秀 files (正面), its 不合格 files (反面, their problems), and its
most frequent problems (反面, one representative file each), from a ``CampaignSnapshot``; and the drafting of a pick
from the review behind it (a reviewer's workspace) or, without one, the machine pass stored with the campaign."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal

from sqlalchemy import select

from checklists.model import Outcome
from extractors.model import Dossier
from review.campaign.model import CampaignDossier, CampaignSnapshot, Problem, Stage
from review.casebook.draft import anonymous_facts, draft_entries, headline, problem_entry
from review.casebook.model import Candidate, CasebookError, CaseEntry, CaseKind, CaseSource
from review.casebook.privacy import redactor
from review.model import ReviewReport
from review.storage.codec import load_dossier
from review.storage.store import Store
from review.storage.tables import MachineResultRow

TOP_PROBLEMS = 5


def _problems(d: CampaignDossier) -> tuple[Problem, ...]:
    """The problems the campaign settled on: the final's, else the machine pass's."""
    if d.final is not None:
        return d.final.problems
    if d.machine is not None and d.machine.error is None:
        return d.machine.problems
    return ()


def _score(d: CampaignDossier) -> tuple[Decimal | None, str, bool]:
    if d.final is not None:
        return d.final.score, d.final.grade, d.final.veto
    if d.machine is not None and d.machine.error is None:
        return d.machine.score, d.machine.grade, d.machine.veto
    return None, "", False


def review_of(d: CampaignDossier) -> int | None:
    """The review that settled the dossier: the 复核 reviewer's, else a 初评 reviewer's (submitted ones first)."""
    done = [a for a in d.assignments if a.review_id is not None]
    done.sort(key=lambda a: (a.stage != Stage.RECHECK, a.status != "done", a.id))
    return done[0].review_id if done else None


def _ordered(problems: tuple[Problem, ...]) -> tuple[str, ...]:
    """Rule ids, vetoes first, then by points deducted."""
    ranked = sorted(problems, key=lambda p: (not p.veto, -p.points))
    return tuple(dict.fromkeys(p.rule_id for p in ranked))


def candidates(snap: CampaignSnapshot, top: int = TOP_PROBLEMS, per_grade: int = 5) -> tuple[Candidate, ...]:
    """优秀 files, 不合格 files and the ``top`` most frequent problems (each with the file that shows it best)."""
    bands = sorted(snap.campaign.bands, key=lambda b: b.min, reverse=True)
    best = bands[0].grade if bands else "优秀"
    worst = bands[-1].grade if bands else "不合格"
    cid = snap.campaign.id
    scored = [(d, *_score(d)) for d in snap.dossiers if _score(d)[0] is not None]
    out: list[Candidate] = []

    def pick(d: CampaignDossier, kind: CaseKind, reason: str, rules: tuple[str, ...] = (), count: int = 0) -> None:
        score, grade, _ = _score(d)
        out.append(
            Candidate(
                kind=kind,
                reason=reason,
                campaign_id=cid,
                dossier_id=d.id,
                unit=d.unit,
                case_name=d.case_name,
                score=score,
                grade=grade,
                rule_ids=rules,
                count=count,
                review_id=review_of(d),
            )
        )

    excellent = sorted((x for x in scored if x[2] == best and not x[3]), key=lambda x: (-(x[1] or 0), x[0].id))
    for d, score, _, _ in excellent[:per_grade]:
        pick(d, CaseKind.POSITIVE, f"{best}案卷（{score.normalize():f}分）" if score is not None else f"{best}案卷")
    failing = sorted((x for x in scored if x[2] == worst or x[3]), key=lambda x: (x[1] or 0, x[0].id))
    for d, _, _, veto in failing[:per_grade]:
        rules = _ordered(_problems(d))
        if rules:
            pick(d, CaseKind.NEGATIVE, f"{worst}案卷" + ("（否决项）" if veto else ""), rules)
    counts: Counter[str] = Counter()
    shown: dict[str, list[tuple[CampaignDossier, Problem]]] = {}
    for d in snap.dossiers:
        for p in {p.rule_id: p for p in _problems(d)}.values():
            counts[p.rule_id] += 1
            shown.setdefault(p.rule_id, []).append((d, p))
    for rule_id, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]:
        # the file that shows it best: a quote to print, then the largest deduction, then list order
        d, p = sorted(shown[rule_id], key=lambda dp: (not dp[1].quote, -dp[1].points, int(dp[0].id)))[0]
        head = headline(p.description, p.title, rule_id.split("-")[-1])
        pick(d, CaseKind.NEGATIVE, f"高频问题：{head}（{n}卷）", (rule_id,), n)
    return tuple(out)


def _machine_pass(store: Store, dossier_id: str) -> tuple[Dossier, ReviewReport] | None:
    with store.session() as s:
        row = s.scalars(select(MachineResultRow).where(MachineResultRow.campaign_dossier_id == int(dossier_id))).first()
        if row is None or row.dossier_json is None or row.report_json is None:
            return None
        return load_dossier(row.dossier_json), ReviewReport.model_validate_json(row.report_json)


def draft_candidate(
    store: Store, c: Candidate, snap: CampaignSnapshot, redact: Callable[[str], str] | None = None
) -> tuple[CaseEntry, ...]:
    """Draft a pick from the review behind it (the reviewer's effective report), else the campaign's machine pass.
    A problem the report does not carry as a FAIL (a reviewer's own, or one the 复核 added) is drafted from the
    campaign's problem line."""
    if c.review_id is not None:
        ws = store.workspace(c.review_id)
        dossier, report = ws.current_dossier, ws.report
    else:
        found = _machine_pass(store, c.dossier_id)
        if found is None:
            raise CasebookError(f"评查活动 {c.campaign_id} 的案卷 {c.dossier_id} 没有可用的评查结果")
        dossier, report = found
    source = CaseSource(
        review_id=c.review_id, campaign_id=c.campaign_id, dossier_id=c.dossier_id, dossier_key=dossier.id
    )
    redact = redact or redactor(dossier)
    if c.kind == CaseKind.POSITIVE:
        return draft_entries(dossier, report, kind=CaseKind.POSITIVE, source=source, redact=redact)
    fails = {f.rule_id for f in report.findings if f.outcome == Outcome.FAIL}
    in_report = [r for r in c.rule_ids if r in fails]
    out = list(draft_entries(dossier, report, in_report, source=source, redact=redact)) if in_report else []
    d = next((x for x in snap.dossiers if x.id == c.dossier_id), None)
    lines = {p.rule_id: p for p in _problems(d)} if d is not None else {}
    facts = anonymous_facts(dossier, report.pack, redact)
    for rid in c.rule_ids:
        if rid not in fails and rid in lines:
            out.append(problem_entry(lines[rid], report, facts, redact, source))
    if not out:
        raise CasebookError(f"案卷 {c.dossier_id} 中没有可起草的问题：{'、'.join(c.rule_ids)}")
    return tuple(out)
