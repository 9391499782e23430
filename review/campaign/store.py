"""The campaign store: campaigns, their dossiers (files kept by ``Store.put_files``), reviewers, 抽查, assignments,
the reviewers' workspaces and submissions, and the finals. Every step commits in its own transaction; a snapshot
(``CampaignSnapshot``) is what the other campaign modules read."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import Counter
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from checklists.errors import PackError
from checklists.loader import get_pack, get_profile
from checklists.model import Finding, GradeBand
from review.campaign import importer
from review.campaign.assign import AssignmentLine, assign
from review.campaign.model import (
    AssignmentResult,
    CampaignDossier,
    CampaignError,
    CampaignInfo,
    CampaignSnapshot,
    FinalResult,
    MachineResult,
    Model,
    Problem,
    Reviewer,
    SampleRule,
    Stage,
)
from review.campaign.problems import problems_from_report, problems_of
from review.campaign.reconcile import Reconciliation, recheck_final, reconcile
from review.campaign.sampling import UnitDraw, check_seed, draw, summary
from review.model import ReviewReport
from review.storage.codec import load_dossier
from review.storage.limits import clip
from review.storage.store import Store
from review.storage.tables import (
    AssignmentRow,
    CampaignDossierRow,
    CampaignReviewerRow,
    CampaignRow,
    DecisionRow,
    FinalRow,
    MachineResultRow,
    ReviewRow,
)
from review.workspace import Decision, effective_report, fmt, fold

PROBLEMS = TypeAdapter(list[Problem])
DEFAULT_THRESHOLD = Decimal(5)
Progress = Callable[[str, int, int], None]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _dec(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _problems_json(problems: tuple[Problem, ...] | list[Problem]) -> str:
    return PROBLEMS.dump_json(list(problems)).decode()


class ImportResult(Model):
    added: int
    skipped: int  # already imported (same file in the list)
    units: tuple[str, ...]


class ReviewerImport(Model):
    added: int
    updated: int
    unchanged: int


class SampleResult(Model):
    rule: SampleRule
    seed: int
    units: tuple[UnitDraw, ...]

    @property
    def selected(self) -> int:
        return sum(u.selected for u in self.units)


class AssignResult(Model):
    seed: int
    per_dossier: int
    created: int
    loads: dict[str, int]  # every reviewer's assignments after this step (all stages)


def _info(row: CampaignRow) -> CampaignInfo:
    return CampaignInfo(
        id=row.id,
        name=row.name,
        year=row.year,
        scope=row.scope,
        checklist=row.checklist,
        profile=row.profile,
        bands=tuple(GradeBand.model_validate(b) for b in json.loads(row.bands_json)),
        recheck_threshold=Decimal(row.recheck_threshold),
        per_dossier=row.per_dossier,
        sample=SampleRule.model_validate_json(row.sample_json) if row.sample_json else None,
        sample_seed=row.sample_seed,
        assign_seed=row.assign_seed,
    )


def machine_problems(report_json: str) -> tuple[Problem, ...]:
    """The problems of a stored machine ReviewReport (only its FAIL findings are parsed)."""
    data = json.loads(report_json)
    return problems_of(Finding.model_validate(f) for f in data.get("findings", ()) if f.get("outcome") == "fail")


def _machine(row: MachineResultRow) -> MachineResult:
    return MachineResult(
        score=_dec(row.total) or Decimal(0),
        grade=row.grade,
        veto=row.vetoed,
        pack=row.pack,
        problems=machine_problems(row.report_json) if row.report_json and not row.error else (),
        error=row.error,
    )


def _assignment(row: AssignmentRow, reviewer: CampaignReviewerRow) -> AssignmentResult:
    return AssignmentResult(
        id=row.id,
        reviewer=reviewer.name,
        unit=reviewer.unit,
        stage=Stage(row.stage),
        status="done" if row.status == "done" else "pending",
        review_id=row.review_id,
        score=_dec(row.total),
        grade=row.grade,
        veto=row.vetoed,
        problems=tuple(PROBLEMS.validate_json(row.problems_json)) if row.problems_json else (),
    )


def _final(row: FinalRow) -> FinalResult:
    return FinalResult(
        score=_dec(row.total) or Decimal(0),
        grade=row.grade,
        veto=row.vetoed,
        by=row.by,
        method="复核" if row.method == "复核" else "一致",
        problems=tuple(PROBLEMS.validate_json(row.problems_json)),
    )


class CampaignStore:
    """Campaigns over the review store (same database: ``store`` may be shared with the workspace UI)."""

    def __init__(self, url: str | None = None, store: Store | None = None) -> None:
        self.store = store or Store(url)

    def session(self) -> Session:
        return self.store.session()

    def close(self) -> None:
        self.store.close()

    # -- campaigns ------------------------------------------------------------------------------------------------
    def create(
        self,
        name: str,
        year: int,
        checklist: str = "",
        profile: str = "national",
        scope: str = "",
        recheck_threshold: Decimal = DEFAULT_THRESHOLD,
        per_dossier: int = 2,
    ) -> str:
        """A new campaign; its id ("2025-3fa2c1")."""
        name = name.strip()
        if not name:
            raise CampaignError("请填写评查活动名称")
        if not 1990 <= year <= 2100:
            raise CampaignError(f"年度有误：{year}")
        if recheck_threshold < 0:
            raise CampaignError("复核阈值不能为负")
        if per_dossier < 1:
            raise CampaignError("每卷评查人数至少为 1")
        try:
            prof = get_profile(profile)
            pack = get_pack(checklist) if checklist else None
        except PackError as err:
            raise CampaignError(err.message if err.file in (checklist, profile) else str(err)) from err
        bands = (pack.grades if pack and pack.grades else None) or prof.bands()
        with self.session() as s, s.begin():
            while True:
                cid = f"{year}-{secrets.token_hex(3)}"
                if s.get(CampaignRow, cid) is None:
                    break
            s.add(
                CampaignRow(
                    id=cid,
                    name=clip(name, 200),
                    year=year,
                    scope=scope,
                    checklist=checklist,
                    profile=profile,
                    bands_json=json.dumps([b.model_dump(mode="json") for b in bands], ensure_ascii=False),
                    recheck_threshold=fmt(recheck_threshold),
                    per_dossier=per_dossier,
                    created_at=_now(),
                )
            )
        return cid

    def _row(self, s: Session, campaign_id: str) -> CampaignRow:
        row = s.get(CampaignRow, campaign_id)
        if row is None:
            raise CampaignError(f"没有评查活动“{campaign_id}”（用 anjuan campaign list 查看已有的活动）")
        return row

    def get(self, campaign_id: str) -> CampaignInfo:
        with self.session() as s:
            return _info(self._row(s, campaign_id))

    def campaigns(self) -> list[CampaignInfo]:
        with self.session() as s:
            return [_info(r) for r in s.scalars(select(CampaignRow).order_by(CampaignRow.created_at.desc()))]

    def counts(self, campaign_id: str) -> dict[str, int]:
        """Dossiers, sampled, reviewers, assignments done/total and finals (for lists)."""
        with self.session() as s:
            self._row(s, campaign_id)
            dossiers = select(CampaignDossierRow.id).where(CampaignDossierRow.campaign_id == campaign_id)
            ids = list(s.scalars(dossiers))
            sampled = s.scalar(
                select(func.count()).where(CampaignDossierRow.campaign_id == campaign_id, CampaignDossierRow.sampled)
            )
            reviewers = s.scalar(select(func.count()).where(CampaignReviewerRow.campaign_id == campaign_id))
            statuses = Counter(
                s.scalars(select(AssignmentRow.status).where(AssignmentRow.campaign_dossier_id.in_(ids)))
            )
            finals = s.scalar(select(func.count()).where(FinalRow.campaign_dossier_id.in_(ids)))
            machine = s.scalar(select(func.count()).where(MachineResultRow.campaign_dossier_id.in_(ids)))
        return {
            "dossiers": len(ids),
            "sampled": sampled or 0,
            "reviewers": reviewers or 0,
            "machine": machine or 0,
            "assignments": sum(statuses.values()),
            "done": statuses.get("done", 0),
            "finals": finals or 0,
        }

    # -- import ---------------------------------------------------------------------------------------------------
    def import_dossiers(
        self, campaign_id: str, directory: Path, list_path: Path, progress: Progress | None = None
    ) -> ImportResult:
        """Store every listed dossier's files and add it to the campaign in list order; files already imported are
        skipped, so importing the same list again adds nothing."""
        self.get(campaign_id)
        rows = importer.read_dossier_list(list_path, directory)
        with self.session() as s:
            known = set(s.scalars(select(CampaignDossierRow.file).where(CampaignDossierRow.campaign_id == campaign_id)))
            last = s.scalar(
                select(func.max(CampaignDossierRow.position)).where(CampaignDossierRow.campaign_id == campaign_id)
            )
        position = (last or 0) + 1
        todo = [r for r in rows if r.file not in known]
        for i, r in enumerate(todo):
            files = importer.dossier_files(directory, r.file)
            key, _ = self.store.put_files(files, f"{r.unit}｜{r.case_number or r.case_name or r.file}")
            with self.session() as s, s.begin():
                s.add(
                    CampaignDossierRow(
                        campaign_id=campaign_id,
                        position=position,
                        unit=clip(r.unit, 200),
                        file=clip(r.file, 500),
                        case_number=clip(r.case_number, 200),
                        case_name=clip(r.case_name, 300),
                        procedure=clip(r.procedure, 50),
                        dossier_key=key,
                        sampled=False,
                    )
                )
            position += 1
            if progress:
                progress("导入案卷", i + 1, len(todo))
        return ImportResult(added=len(todo), skipped=len(rows) - len(todo), units=tuple(importer.units_of(rows)))

    def import_reviewers(self, campaign_id: str, list_path: Path) -> ReviewerImport:
        rows = importer.read_reviewer_list(list_path)
        return self.add_reviewers(campaign_id, [r for _, r in rows])

    def add_reviewers(self, campaign_id: str, reviewers: list[Reviewer]) -> ReviewerImport:
        """Add reviewers; a known name with a new unit is updated, unless that reviewer already has assignments."""
        for r in reviewers:
            if not r.name.strip() or not r.unit.strip():
                raise CampaignError("请填写评查人的姓名和单位")
            if len(r.name) > importer.MAX_NAME or len(r.unit) > importer.MAX_UNIT:
                raise CampaignError(f"评查人“{r.name[:20]}”的姓名或单位过长")
        added = updated = unchanged = 0
        with self.session() as s, s.begin():
            self._row(s, campaign_id)
            rows = {
                r.name: r
                for r in s.scalars(select(CampaignReviewerRow).where(CampaignReviewerRow.campaign_id == campaign_id))
            }
            busy = set(
                s.scalars(
                    select(CampaignReviewerRow.name)
                    .join(AssignmentRow, AssignmentRow.reviewer_id == CampaignReviewerRow.id)
                    .where(CampaignReviewerRow.campaign_id == campaign_id)
                )
            )
            for r in reviewers:
                row = rows.get(r.name)
                if row is None:
                    row = CampaignReviewerRow(campaign_id=campaign_id, name=clip(r.name, 100), unit=clip(r.unit, 200))
                    s.add(row)
                    rows[r.name] = row
                    added += 1
                elif row.unit == r.unit:
                    unchanged += 1
                elif r.name in busy:
                    raise CampaignError(f"评查人“{r.name}”已分配任务，不能把单位从“{row.unit}”改为“{r.unit}”")
                else:
                    row.unit = clip(r.unit, 200)
                    updated += 1
        return ReviewerImport(added=added, updated=updated, unchanged=unchanged)

    def reviewers(self, campaign_id: str) -> list[Reviewer]:
        with self.session() as s:
            self._row(s, campaign_id)
            q = select(CampaignReviewerRow).where(CampaignReviewerRow.campaign_id == campaign_id)
            return [Reviewer(name=r.name, unit=r.unit) for r in s.scalars(q.order_by(CampaignReviewerRow.id))]

    # -- 抽查 and assignment --------------------------------------------------------------------------------------
    def _dossier_rows(self, s: Session, campaign_id: str) -> list[CampaignDossierRow]:
        q = select(CampaignDossierRow).where(CampaignDossierRow.campaign_id == campaign_id)
        return list(s.scalars(q.order_by(CampaignDossierRow.position, CampaignDossierRow.id)))

    def _assigned_ids(self, s: Session, campaign_id: str) -> set[int]:
        q = (
            select(AssignmentRow.campaign_dossier_id)
            .join(CampaignDossierRow, CampaignDossierRow.id == AssignmentRow.campaign_dossier_id)
            .where(CampaignDossierRow.campaign_id == campaign_id)
        )
        return set(s.scalars(q))

    def sample(self, campaign_id: str, rule: SampleRule, seed: int) -> SampleResult:
        """Draw the sample (replacing an earlier draw, unless assignments exist) and record the rule and seed."""
        with self.session() as s, s.begin():
            row = self._row(s, campaign_id)
            if self._assigned_ids(s, campaign_id):
                raise CampaignError("已分配评查任务，不能重新抽查（抽查结果须与已分配的任务一致）")
            dossiers = self._dossier_rows(s, campaign_id)
            if not dossiers:
                raise CampaignError("评查活动中还没有案卷：请先导入案卷名单（anjuan campaign import）")
            pairs = [(str(d.id), d.unit) for d in dossiers]
            selected = set(draw(pairs, rule, seed))
            for d in dossiers:
                d.sampled = str(d.id) in selected
            row.sample_json = rule.model_dump_json()
            row.sample_seed = seed
        return SampleResult(rule=rule, seed=seed, units=tuple(summary(pairs, list(selected))))

    def _loads(self, s: Session, campaign_id: str) -> Counter[str]:
        q = (
            select(CampaignReviewerRow.name)
            .join(AssignmentRow, AssignmentRow.reviewer_id == CampaignReviewerRow.id)
            .where(CampaignReviewerRow.campaign_id == campaign_id)
        )
        return Counter(s.scalars(q))

    def assign(self, campaign_id: str, seed: int, per_dossier: int | None = None) -> AssignResult:
        """初评 assignments for every sampled dossier that has none yet (existing ones stay and count in the
        balance)."""
        check_seed(seed)
        with self.session() as s, s.begin():
            row = self._row(s, campaign_id)
            k = per_dossier or row.per_dossier
            sampled = [d for d in self._dossier_rows(s, campaign_id) if d.sampled]
            if not sampled:
                raise CampaignError("还没有抽查：请先运行 anjuan campaign sample")
            done = self._assigned_ids(s, campaign_id)
            todo = [d for d in sampled if d.id not in done]
            reviewer_rows = list(
                s.scalars(
                    select(CampaignReviewerRow)
                    .where(CampaignReviewerRow.campaign_id == campaign_id)
                    .order_by(CampaignReviewerRow.id)
                )
            )
            by_name = {r.name: r for r in reviewer_rows}
            loads = self._loads(s, campaign_id)
            pairs = assign(
                [(str(d.id), d.unit) for d in todo],
                [Reviewer(name=r.name, unit=r.unit) for r in reviewer_rows],
                k,
                seed,
                loads,
                {str(d.id): d.file for d in todo},
            )
            now = _now()
            for dossier_id, name in pairs:
                s.add(
                    AssignmentRow(
                        campaign_dossier_id=int(dossier_id),
                        reviewer_id=by_name[name].id,
                        stage=Stage.FIRST.value,
                        status="pending",
                        created_at=now,
                    )
                )
                loads[name] += 1
            row.per_dossier = k
            row.assign_seed = seed
        return AssignResult(
            seed=seed, per_dossier=k, created=len(pairs), loads={r.name: loads.get(r.name, 0) for r in reviewer_rows}
        )

    def assignments(self, campaign_id: str, reviewer: str | None = None) -> list[AssignmentLine]:
        """The 分配表: one line per assignment, in list order of the dossiers (初评 before 复核)."""
        with self.session() as s:
            self._row(s, campaign_id)
            q = (
                select(AssignmentRow, CampaignDossierRow, CampaignReviewerRow)
                .join(CampaignDossierRow, CampaignDossierRow.id == AssignmentRow.campaign_dossier_id)
                .join(CampaignReviewerRow, CampaignReviewerRow.id == AssignmentRow.reviewer_id)
                .where(CampaignDossierRow.campaign_id == campaign_id)
            )
            if reviewer is not None:
                self._reviewer(s, campaign_id, reviewer)
                q = q.where(CampaignReviewerRow.name == reviewer)
            rows = s.execute(q.order_by(CampaignDossierRow.position, CampaignDossierRow.id, AssignmentRow.id)).all()
        lines = [
            AssignmentLine(
                assignment_id=a.id,
                dossier_id=str(d.id),
                file=d.file,
                unit=d.unit,
                case_number=d.case_number,
                case_name=d.case_name,
                reviewer=r.name,
                reviewer_unit=r.unit,
                stage=Stage(a.stage),
                status=a.status,
            )
            for a, d, r in rows
        ]
        return sorted(lines, key=lambda x: x.stage != Stage.FIRST)  # stable: 初评 lines first, each in list order

    def _reviewer(self, s: Session, campaign_id: str, name: str) -> CampaignReviewerRow:
        row = s.scalars(
            select(CampaignReviewerRow).where(
                CampaignReviewerRow.campaign_id == campaign_id, CampaignReviewerRow.name == name
            )
        ).first()
        if row is None:
            raise CampaignError(f"评查活动中没有评查人“{name}”")
        return row

    def _dossier(self, s: Session, campaign_id: str, ref: str) -> CampaignDossierRow:
        """A campaign dossier by its id or by its file as listed."""
        q = select(CampaignDossierRow).where(CampaignDossierRow.campaign_id == campaign_id)
        row = None
        if ref.strip().isdigit():
            row = s.scalars(q.where(CampaignDossierRow.id == int(ref))).first()
        if row is None:
            row = s.scalars(q.where(CampaignDossierRow.file == ref.strip().replace("\\", "/"))).first()
        if row is None:
            raise CampaignError(f"评查活动中没有案卷“{ref}”（案卷编号或名单中的文件）")
        return row

    def find_assignment(self, campaign_id: str, reviewer: str, dossier: str) -> int:
        """The reviewer's assignment on a dossier (a pending one first)."""
        with self.session() as s:
            self._row(s, campaign_id)
            r = self._reviewer(s, campaign_id, reviewer)
            d = self._dossier(s, campaign_id, dossier)
            rows = list(
                s.scalars(
                    select(AssignmentRow).where(
                        AssignmentRow.campaign_dossier_id == d.id, AssignmentRow.reviewer_id == r.id
                    )
                )
            )
        if not rows:
            raise CampaignError(f"评查人“{reviewer}”没有分到案卷“{d.file}”")
        rows.sort(key=lambda a: (a.status == "done", a.id))
        return rows[0].id

    # -- the reviewer's work --------------------------------------------------------------------------------------
    def _assignment_rows(
        self, s: Session, assignment_id: int
    ) -> tuple[AssignmentRow, CampaignDossierRow, CampaignReviewerRow, CampaignRow]:
        a = s.get(AssignmentRow, assignment_id)
        if a is None:
            raise CampaignError(f"没有编号为 {assignment_id} 的评查任务")
        d = s.get(CampaignDossierRow, a.campaign_dossier_id)
        r = s.get(CampaignReviewerRow, a.reviewer_id)
        assert d is not None and r is not None
        c = s.get(CampaignRow, d.campaign_id)
        assert c is not None
        return a, d, r, c

    def open_assignment(self, assignment_id: int) -> int:
        """The reviewer's workspace review for this assignment (created from the machine result the first time)."""
        with self.session() as s:
            a, d, r, c = self._assignment_rows(s, assignment_id)
            if a.review_id is not None and s.get(ReviewRow, a.review_id) is not None:
                return a.review_id
            m = s.get(MachineResultRow, d.id)
            if m is None or m.error or not m.dossier_json or not m.report_json:
                why = f"机器初评未能读取该卷：{m.error}" if m is not None and m.error else "尚无机器初评结果"
                raise CampaignError(f"案卷“{d.file}”{why}；请先运行 anjuan campaign review {c.id}")
            dossier_json, report_json = m.dossier_json, m.report_json
            key, name, checklist = d.dossier_key, r.name, c.checklist
        report = ReviewReport.model_validate_json(report_json)
        review_id = self.store.find_review(key, name, checklist, report.profile)
        if review_id is None:
            try:
                review_id = self.store.create_review(key, name, checklist, load_dossier(dossier_json), report)
            except IntegrityError:  # opened at the same moment elsewhere
                review_id = self.store.find_review(key, name, checklist, report.profile)
                if review_id is None:
                    raise
        with self.session() as s, s.begin():
            row = s.get(AssignmentRow, assignment_id)
            assert row is not None
            row.review_id = review_id
        return review_id

    def submit(self, assignment_id: int) -> AssignmentResult:
        """Take the reviewer's effective report as this assignment's result; a 复核 result becomes the final."""
        review_id = self.open_assignment(assignment_id)
        report = self._effective_report(review_id)
        problems = problems_from_report(report)
        sc = report.score
        with self.session() as s, s.begin():
            a, d, r, c = self._assignment_rows(s, assignment_id)
            if a.status == "done":
                raise CampaignError(f"评查人“{r.name}”已提交案卷“{d.file}”的{a.stage}结果")
            if s.get(FinalRow, d.id) is not None:
                raise CampaignError(f"案卷“{d.file}”已有最终结果，不能再提交")
            a.status, a.total, a.grade, a.vetoed = "done", fmt(sc.total), sc.grade, sc.vetoed
            a.problems_json = _problems_json(problems)
            a.submitted_at = _now()
            result = _assignment(a, r)
            if a.stage == Stage.RECHECK.value:
                self._write_final(s, d.id, recheck_final(result, _info(c).bands))
        return result

    def _effective_report(self, review_id: int) -> ReviewReport:
        """The workspace's effective report, without reading the dossier back (only element corrections need it,
        and their rerun machine report is already the review's current report)."""
        with self.session() as s:
            row = s.get(ReviewRow, review_id)
            if row is None:
                raise CampaignError(f"没有编号为 {review_id} 的评查记录")
            q = select(DecisionRow.payload).where(DecisionRow.review_id == review_id).order_by(DecisionRow.id)
            decisions = [Decision.model_validate_json(p) for p in s.scalars(q)]
            report = ReviewReport.model_validate_json(row.report_json)
        return effective_report(report, fold(decisions))

    def reopen(self, assignment_id: int) -> None:
        """Let the reviewer change a submitted 初评 again (only while the dossier has no final)."""
        with self.session() as s, s.begin():
            a, d, r, _ = self._assignment_rows(s, assignment_id)
            if a.status != "done":
                raise CampaignError(f"评查人“{r.name}”尚未提交案卷“{d.file}”，无需退回")
            if s.get(FinalRow, d.id) is not None:
                raise CampaignError(f"案卷“{d.file}”已有最终结果，不能再退回修改")
            a.status, a.total, a.grade, a.vetoed, a.problems_json, a.submitted_at = "pending", *[None] * 5

    def _write_final(self, s: Session, dossier_id: int, final: FinalResult) -> None:
        s.add(
            FinalRow(
                campaign_dossier_id=dossier_id,
                total=fmt(final.score),
                grade=final.grade,
                vetoed=final.veto,
                by=clip(final.by, 200),
                method=final.method,
                problems_json=_problems_json(final.problems),
                decided_at=_now(),
            )
        )

    # -- 初评 → 复核 → final --------------------------------------------------------------------------------------
    def reconcile(self, campaign_id: str, threshold: Decimal | None = None, seed: int | None = None) -> Reconciliation:
        """Finals for agreeing 初评 and done 复核, and a 复核 assignment for each disagreement (idempotent). A given
        ``threshold`` becomes the campaign's."""
        if seed is not None:
            check_seed(seed)
        plan = reconcile(self.snapshot(campaign_id), threshold, seed)
        with self.session() as s, s.begin():
            row = self._row(s, campaign_id)
            if threshold is not None:
                row.recheck_threshold = fmt(threshold)
            names = {
                r.name: r.id
                for r in s.scalars(select(CampaignReviewerRow).where(CampaignReviewerRow.campaign_id == campaign_id))
            }
            now = _now()
            for v in plan.verdicts:
                if v.final is not None:
                    self._write_final(s, int(v.dossier_id), v.final)
                elif v.recheck_reviewer is not None:
                    s.add(
                        AssignmentRow(
                            campaign_dossier_id=int(v.dossier_id),
                            reviewer_id=names[v.recheck_reviewer],
                            stage=Stage.RECHECK.value,
                            status="pending",
                            created_at=now,
                        )
                    )
        return plan

    # -- snapshots ------------------------------------------------------------------------------------------------
    def snapshot(self, campaign_id: str) -> CampaignSnapshot:
        """Every dossier with its machine result, assignments (with results) and final."""
        with self.session() as s:
            info = _info(self._row(s, campaign_id))
            reviewers = list(
                s.scalars(
                    select(CampaignReviewerRow)
                    .where(CampaignReviewerRow.campaign_id == campaign_id)
                    .order_by(CampaignReviewerRow.id)
                )
            )
            dossiers = self._dossier_rows(s, campaign_id)
            in_campaign = select(CampaignDossierRow.id).where(CampaignDossierRow.campaign_id == campaign_id)
            machine = {
                m.campaign_dossier_id: _machine(m)
                for m in s.scalars(
                    select(MachineResultRow).where(MachineResultRow.campaign_dossier_id.in_(in_campaign))
                )
            }
            by_id = {r.id: r for r in reviewers}
            assignments: dict[int, list[AssignmentResult]] = {}
            q = select(AssignmentRow).where(AssignmentRow.campaign_dossier_id.in_(in_campaign))
            for a in s.scalars(q.order_by(AssignmentRow.id)):
                assignments.setdefault(a.campaign_dossier_id, []).append(_assignment(a, by_id[a.reviewer_id]))
            finals = {
                f.campaign_dossier_id: _final(f)
                for f in s.scalars(select(FinalRow).where(FinalRow.campaign_dossier_id.in_(in_campaign)))
            }
        return CampaignSnapshot(
            campaign=info,
            reviewers=tuple(Reviewer(name=r.name, unit=r.unit) for r in reviewers),
            dossiers=tuple(
                CampaignDossier(
                    id=str(d.id),
                    unit=d.unit,
                    file=d.file,
                    case_number=d.case_number,
                    case_name=d.case_name,
                    procedure=d.procedure,
                    dossier_key=d.dossier_key,
                    sampled=d.sampled,
                    machine=machine.get(d.id),
                    assignments=tuple(assignments.get(d.id, ())),
                    final=finals.get(d.id),
                )
                for d in dossiers
            ),
        )

    def snapshot_for_reviewer(self, campaign_id: str, reviewer: str) -> CampaignSnapshot:
        """A reviewer's view: only the dossiers assigned to them and only their own assignments (初评 is blind), except
        that the 复核 reviewer of a dossier sees its 初评 results, which the 复核 settles."""
        snap = self.snapshot(campaign_id)
        if reviewer not in {r.name for r in snap.reviewers}:
            raise CampaignError(f"评查活动中没有评查人“{reviewer}”")
        out = []
        for d in snap.dossiers:
            mine = [a for a in d.assignments if a.reviewer == reviewer]
            if not mine:
                continue
            rechecks = any(a.stage == Stage.RECHECK for a in mine)
            visible = tuple(a for a in d.assignments if a.reviewer == reviewer or (rechecks and a.stage == Stage.FIRST))
            out.append(d.model_copy(update={"assignments": visible}))
        return snap.model_copy(update={"dossiers": tuple(out)})
