"""The review store: files by content hash, dossiers, one review per reviewer, and the decision log.

Every decision is committed in its own transaction together with the review's new summary (and, for an element
correction, the rerun machine report), so a decision once acknowledged survives a browser refresh, an app restart or
a killed process. Two reviewers on one database each have their own review row and decision log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from extractors.model import Dossier
from extractors.pipeline import dossier_id
from review.model import ReviewReport
from review.storage.codec import dump_dossier, load_dossier
from review.storage.db import database_url, make_engine, migrate
from review.storage.limits import clip
from review.storage.tables import Blob, DecisionRow, DossierFileRow, DossierRow, ReviewRow
from review.workspace import Change, Decision, Workspace, WorkspaceError, fmt

REVIEWER_MAX = 100  # reviews.reviewer, decisions.reviewer


def _reviewer(name: str) -> str:
    if len(name) > REVIEWER_MAX:
        raise WorkspaceError(f"评查人姓名过长（{len(name)} 个字符，最多 {REVIEWER_MAX} 个）")
    return name


def _file_name(name: str) -> str:
    """A stored file name fits dossier_files.name (500): a longer one keeps its end, where the suffix is."""
    return name if len(name) <= 500 else "…" + name[-499:]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class StoredFile:
    name: str
    sha256: str


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    dossier_key: str
    label: str
    reviewer: str
    requested_pack: str
    pack: str
    profile: str
    party: str
    case_number: str
    machine_total: str
    total: str
    grade: str
    vetoed: bool
    decisions: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class AuditEntry:
    id: int
    review_id: int
    at: dt.datetime
    reviewer: str
    action: str
    target: str
    before: dict[str, str]
    after: dict[str, str]
    score_before: str
    score_after: str
    text: str
    points: str


def _summary(row: ReviewRow, label: str) -> ReviewSummary:
    return ReviewSummary(
        id=row.id,
        dossier_key=row.dossier_key,
        label=label,
        reviewer=row.reviewer,
        requested_pack=row.requested_pack,
        pack=row.pack,
        profile=row.profile,
        party=row.party,
        case_number=row.case_number,
        machine_total=row.machine_total,
        total=row.total,
        grade=row.grade,
        vetoed=row.vetoed,
        decisions=row.decisions_count,
        updated_at=row.updated_at,
    )


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = make_engine(self.url)
        migrate(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def session(self) -> Session:
        return self._session()

    def close(self) -> None:
        self.engine.dispose()

    # -- files and dossiers -----------------------------------------------------------------------------------------
    def put_files(self, files: list[tuple[str, bytes]], label: str) -> tuple[str, bool]:
        """Store a dossier's files by content hash: (dossier key, whether this set of files was seen before)."""
        hashes = [sha256(data) for _, data in files]
        key = dossier_id(hashes)
        with self.session() as s, s.begin():
            known = s.get(DossierRow, key) is not None
            for (_, data), digest in zip(files, hashes, strict=True):
                if s.get(Blob, digest) is None:
                    s.add(Blob(sha256=digest, size=len(data), data=data, created_at=_now()))
            if not known:
                s.add(DossierRow(key=key, label=clip(label, 300), created_at=_now()))
                s.flush()
                for i, ((name, _), digest) in enumerate(zip(files, hashes, strict=True)):
                    s.add(DossierFileRow(dossier_key=key, position=i, name=_file_name(name), sha256=digest))
        return key, known

    def dossier_files(self, key: str) -> list[StoredFile]:
        with self.session() as s:
            rows = s.scalars(select(DossierFileRow).where(DossierFileRow.dossier_key == key).order_by("position"))
            return [StoredFile(r.name, r.sha256) for r in rows]

    def blob(self, digest: str) -> bytes:
        with self.session() as s:
            row = s.get(Blob, digest)
            if row is None:
                raise KeyError(digest)
            return row.data

    def extracted(self, key: str) -> Dossier | None:
        """A dossier already extracted under any review (so a second reviewer does not wait for OCR again)."""
        with self.session() as s:
            data = s.scalars(select(ReviewRow.dossier_json).where(ReviewRow.dossier_key == key).limit(1)).first()
        return load_dossier(data) if data else None

    # -- reviews ----------------------------------------------------------------------------------------------------
    def find_review(self, key: str, reviewer: str, requested_pack: str, profile: str) -> int | None:
        with self.session() as s:
            return s.scalars(
                select(ReviewRow.id).where(
                    ReviewRow.dossier_key == key,
                    ReviewRow.reviewer == _reviewer(reviewer),
                    ReviewRow.requested_pack == requested_pack,
                    ReviewRow.profile == profile,
                )
            ).first()

    def create_review(
        self, key: str, reviewer: str, requested_pack: str, dossier: Dossier, report: ReviewReport
    ) -> int:
        now = _now()
        s_ = report.score
        row = ReviewRow(
            dossier_key=key,
            reviewer=_reviewer(reviewer),
            requested_pack=requested_pack,
            pack=report.pack,
            profile=report.profile,
            dossier_json=dump_dossier(dossier),
            machine_json=report.model_dump_json(),
            report_json=report.model_dump_json(),
            party=clip(report.header.get("当事人", ""), 300),
            case_number=clip(report.header.get("文号", ""), 200),
            machine_total=fmt(s_.total),
            total=fmt(s_.total),
            grade=s_.grade,
            vetoed=s_.vetoed,
            decisions_count=0,
            created_at=now,
            updated_at=now,
        )
        with self.session() as s, s.begin():
            s.add(row)
            s.flush()
            return row.id

    def _load(self, s: Session, review_id: int) -> tuple[ReviewRow, Workspace]:
        row = s.get(ReviewRow, review_id)
        if row is None:
            raise WorkspaceError(f"没有编号为 {review_id} 的评查记录")
        dossier = load_dossier(row.dossier_json)
        machine = ReviewReport.model_validate_json(row.report_json)
        rows = s.scalars(select(DecisionRow).where(DecisionRow.review_id == review_id).order_by(DecisionRow.id))
        decisions = tuple(Decision.model_validate_json(r.payload) for r in rows)
        return row, Workspace(dossier, machine, decisions)

    def workspace(self, review_id: int) -> Workspace:
        with self.session() as s:
            return self._load(s, review_id)[1]

    def summary(self, review_id: int) -> ReviewSummary:
        with self.session() as s:
            row = s.get(ReviewRow, review_id)
            if row is None:
                raise WorkspaceError(f"没有编号为 {review_id} 的评查记录")
            label = s.get(DossierRow, row.dossier_key)
            return _summary(row, label.label if label else "")

    def reviews(self, reviewer: str | None = None, dossier_key: str | None = None) -> list[ReviewSummary]:
        q = select(ReviewRow, DossierRow.label).join(DossierRow, DossierRow.key == ReviewRow.dossier_key)
        if reviewer is not None:
            q = q.where(ReviewRow.reviewer == reviewer)
        if dossier_key is not None:
            q = q.where(ReviewRow.dossier_key == dossier_key)
        with self.session() as s:
            return [_summary(r, label) for r, label in s.execute(q.order_by(ReviewRow.updated_at.desc()))]

    def decide(self, review_id: int, decision: Decision) -> tuple[Workspace, Change]:
        """Apply and commit one decision (validated against the freshest state in the database)."""
        with self.session() as s, s.begin():
            row, ws = self._load(s, review_id)
            new, change = ws.apply(decision)
            s.add(
                DecisionRow(
                    review_id=review_id,
                    at=decision.at,
                    reviewer=_reviewer(decision.reviewer),
                    action=decision.action.value,
                    target=decision.target,
                    payload=decision.model_dump_json(),
                    before=json.dumps(change.before, ensure_ascii=False),
                    after=json.dumps(change.after, ensure_ascii=False),
                    score_before=fmt(change.score_before.total),
                    score_after=fmt(change.score_after.total),
                )
            )
            if change.machine is not None:
                row.report_json = change.machine.model_dump_json()
                row.party = clip(change.machine.header.get("当事人", ""), 300)
                row.case_number = clip(change.machine.header.get("文号", ""), 200)
            sc = change.score_after
            row.total, row.grade, row.vetoed = fmt(sc.total), sc.grade, sc.vetoed
            row.decisions_count = len(new.decisions)
            row.updated_at = _now()
        return new, change

    def audit(self, review_ids: list[int]) -> list[AuditEntry]:
        with self.session() as s:
            rows = s.scalars(select(DecisionRow).where(DecisionRow.review_id.in_(review_ids)).order_by(DecisionRow.id))
            out = []
            for r in rows:
                d = Decision.model_validate_json(r.payload)
                out.append(
                    AuditEntry(
                        id=r.id,
                        review_id=r.review_id,
                        at=r.at,  # aware UTC on every database (tables.UTCDateTime)
                        reviewer=r.reviewer,
                        action=r.action,
                        target=r.target,
                        before=json.loads(r.before),
                        after=json.loads(r.after),
                        score_before=r.score_before,
                        score_after=r.score_after,
                        text=d.text,
                        points=fmt(d.points) if isinstance(d.points, Decimal) else "",
                    )
                )
            return out
