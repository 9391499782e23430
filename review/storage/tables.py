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
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Blob(Base):
    """A dossier file, stored once by content hash (a re-upload is recognised by it)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DossierRow(Base):
    """One dossier: a set of files (key = hash of their hashes, as ``extractors.pipeline.dossier_id``)."""

    __tablename__ = "dossiers"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DecisionRow(Base):
    """The audit trail: every reviewer action with who, when, what it was before and after (append-only)."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    reviewer: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    target: Mapped[str] = mapped_column(String(100))
    payload: Mapped[str] = mapped_column(Text)  # the Decision as JSON
    before: Mapped[str] = mapped_column(Text)  # JSON object
    after: Mapped[str] = mapped_column(Text)
    score_before: Mapped[str] = mapped_column(String(20))
    score_after: Mapped[str] = mapped_column(String(20))
