"""The tables (SQLAlchemy 2, typed declarative). Alembic migrations under ``migrations/`` create them; a test checks
the migrated schema matches these models."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class UTCDateTime(TypeDecorator):
    """``DateTime(timezone=True)`` that reads back what was written on every database: an aware datetime in UTC.
    (SQLite keeps no zone: it would return a naive value and silently drop a non-UTC offset; PostgreSQL returns the
    server's zone.) A naive datetime written is taken as UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Blob(Base):
    """A dossier file, stored once by content hash (a re-upload is recognised by it)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DossierRow(Base):
    """One dossier: a set of files (key = hash of their hashes, as ``extractors.pipeline.dossier_id``)."""

    __tablename__ = "dossiers"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    files: Mapped[list[DossierFileRow]] = relationship(order_by="DossierFileRow.position", lazy="selectin")


class DossierFileRow(Base):
    __tablename__ = "dossier_files"
    dossier_key: Mapped[str] = mapped_column(ForeignKey("dossiers.key", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))


class ReviewRow(Base):
    """One reviewer's review of one dossier with one pack and profile."""

    __tablename__ = "reviews"
    __table_args__ = (UniqueConstraint("dossier_key", "reviewer", "requested_pack", "profile", name="uq_review"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    dossier_key: Mapped[str] = mapped_column(ForeignKey("dossiers.key", ondelete="CASCADE"), index=True)
    reviewer: Mapped[str] = mapped_column(String(100), index=True)
    requested_pack: Mapped[str] = mapped_column(String(100))  # "" = chosen by procedure type
    pack: Mapped[str] = mapped_column(String(100))  # id@version actually used
    profile: Mapped[str] = mapped_column(String(100))
    dossier_json: Mapped[bytes] = mapped_column(LargeBinary)  # zlib-compressed Dossier JSON, as extracted
    machine_json: Mapped[str] = mapped_column(Text)  # the first machine ReviewReport
    report_json: Mapped[str] = mapped_column(Text)  # the current machine report (after element corrections)
    party: Mapped[str] = mapped_column(String(300), default="")
    case_number: Mapped[str] = mapped_column(String(200), default="")
    machine_total: Mapped[str] = mapped_column(String(20))
    total: Mapped[str] = mapped_column(String(20))  # the effective total, for lists
    grade: Mapped[str] = mapped_column(String(20))
    vetoed: Mapped[bool] = mapped_column(Boolean)
    decisions_count: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DecisionRow(Base):
    """The audit trail: every reviewer action with who, when, what it was before and after (append-only)."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reviewer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)  # the Decision as JSON
    before: Mapped[str] = mapped_column(Text)  # JSON object
    after: Mapped[str] = mapped_column(Text)
    score_before: Mapped[str] = mapped_column(String(20))
    score_after: Mapped[str] = mapped_column(String(20))


# -- campaigns (issue 6): a campaign's units, dossiers, reviewers, machine results, assignments and finals ------------
class CampaignRow(Base):
    """One 评查活动: its pack and profile, grade bands, 复核 threshold, and the seeds of its draws (for audit)."""

    __tablename__ = "campaigns"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[str] = mapped_column(String(100))  # requested pack id ("" = chosen by procedure type)
    profile: Mapped[str] = mapped_column(String(100))
    bands_json: Mapped[str] = mapped_column(Text)  # [{"grade": "优秀", "min": "90"}, …]
    recheck_threshold: Mapped[str] = mapped_column(String(20))  # a Decimal: 初评 totals further apart go to 复核
    per_dossier: Mapped[int] = mapped_column(Integer, default=2)
    sample_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # SampleRule as JSON once drawn
    sample_seed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    assign_seed: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class CampaignReviewerRow(Base):
    __tablename__ = "campaign_reviewers"
    __table_args__ = (UniqueConstraint("campaign_id", "name", name="uq_campaign_reviewer"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200))


class CampaignDossierRow(Base):
    """A dossier a unit submitted (one line of the imported list); its files are stored as blobs (``dossier_key``)."""

    __tablename__ = "campaign_dossiers"
    __table_args__ = (UniqueConstraint("campaign_id", "file", name="uq_campaign_file"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    campaign_id: Mapped[str] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the imported list
    unit: Mapped[str] = mapped_column(String(200), index=True)
    file: Mapped[str] = mapped_column(String(500))  # as in the list: a path under the imported DIR
    case_number: Mapped[str] = mapped_column(String(200), default="")
    case_name: Mapped[str] = mapped_column(String(300), default="")
    procedure: Mapped[str] = mapped_column(String(50), default="")
    dossier_key: Mapped[str] = mapped_column(ForeignKey("dossiers.key"))
    sampled: Mapped[bool] = mapped_column(Boolean, default=False)


class MachineResultRow(Base):
    """The machine pass over one campaign dossier: at most one row per dossier (the key makes a rerun idempotent)."""

    __tablename__ = "campaign_machine"
    campaign_dossier_id: Mapped[int] = mapped_column(
        ForeignKey("campaign_dossiers.id", ondelete="CASCADE"), primary_key=True
    )
    pack: Mapped[str] = mapped_column(String(100))
    profile: Mapped[str] = mapped_column(String(100))
    dossier_json: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # codec.dump_dossier
    report_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # ReviewReport JSON
    total: Mapped[str] = mapped_column(String(20), default="")
    grade: Mapped[str] = mapped_column(String(20), default="")
    vetoed: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)  # one line when the dossier could not be read
    seconds: Mapped[str] = mapped_column(String(20), default="")
    peak_rss_kb: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class AssignmentRow(Base):
    """A reviewer's task on one dossier at one stage (初评 or 复核); the snapshot is taken when it is submitted."""

    __tablename__ = "campaign_assignments"
    __table_args__ = (UniqueConstraint("campaign_dossier_id", "reviewer_id", "stage", name="uq_assignment"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    campaign_dossier_id: Mapped[int] = mapped_column(ForeignKey("campaign_dossiers.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("campaign_reviewers.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10))  # 初评 | 复核
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | done
    review_id: Mapped[int | None] = mapped_column(ForeignKey("reviews.id"), nullable=True)  # the workspace review
    total: Mapped[str | None] = mapped_column(String(20), nullable=True)
    grade: Mapped[str | None] = mapped_column(String(20), nullable=True)
    vetoed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    problems_json: Mapped[str | None] = mapped_column(Text, nullable=True)  # [Problem, …] deducted at submission
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    submitted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class FinalRow(Base):
    """The campaign's score for a dossier and who set it: agreeing 初评 (mean) or a 复核 reviewer."""

    __tablename__ = "campaign_finals"
    campaign_dossier_id: Mapped[int] = mapped_column(
        ForeignKey("campaign_dossiers.id", ondelete="CASCADE"), primary_key=True
    )
    total: Mapped[str] = mapped_column(String(20))
    grade: Mapped[str] = mapped_column(String(20))
    vetoed: Mapped[bool] = mapped_column(Boolean)
    by: Mapped[str] = mapped_column(String(200))
    method: Mapped[str] = mapped_column(String(10))  # 一致 | 复核
    problems_json: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


# -- casebook (issue 7): 典型案例 drafted from reviews and campaigns, edited, tagged, exported -----------------------
class CaseEntryRow(Base):
    """One 典型案例 (review.casebook.model.CaseEntry): the anonymised text a training handout prints, its tags and
    where it was drafted from (a review, or a campaign's dossier). Plain columns, no foreign keys: an entry outlives
    the review it came from."""

    __tablename__ = "casebook_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10), index=True)  # 反面 | 正面
    field: Mapped[str] = mapped_column(String(50), default="", index=True)  # 执法领域
    category: Mapped[str] = mapped_column(String(50), default="", index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    tags_json: Mapped[str] = mapped_column(Text, default="[]")  # ["市场监管", "程序", …]
    summary: Mapped[str] = mapped_column(Text)
    defect: Mapped[str] = mapped_column(Text)
    rule_id: Mapped[str] = mapped_column(String(200), default="")
    rule_title: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    page_ref: Mapped[str] = mapped_column(String(300), default="")
    corrected: Mapped[str] = mapped_column(Text, default="")
    commentary: Mapped[str] = mapped_column(Text, default="")
    deduction: Mapped[str | None] = mapped_column(String(20), nullable=True)  # a Decimal
    review_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    campaign_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    campaign_dossier_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    dossier_key: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(10), default="草稿")  # 草稿 | 定稿
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
