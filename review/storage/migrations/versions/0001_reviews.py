"""Blobs, dossiers, reviews and the decision log.

Revision ID: 0001
Revises:
Create Date: 2025-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "dossiers",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "dossier_files",
        sa.Column("dossier_key", sa.String(64), sa.ForeignKey("dossiers.key", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("dossier_key", sa.String(64), sa.ForeignKey("dossiers.key", ondelete="CASCADE"), nullable=False),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("requested_pack", sa.String(100), nullable=False),
        sa.Column("pack", sa.String(100), nullable=False),
        sa.Column("profile", sa.String(100), nullable=False),
        sa.Column("dossier_json", sa.LargeBinary(), nullable=False),
        sa.Column("machine_json", sa.Text(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=False),
        sa.Column("party", sa.String(300), nullable=False),
        sa.Column("case_number", sa.String(200), nullable=False),
        sa.Column("machine_total", sa.String(20), nullable=False),
        sa.Column("total", sa.String(20), nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("vetoed", sa.Boolean(), nullable=False),
        sa.Column("decisions_count", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.UniqueConstraint("dossier_key", "reviewer", "requested_pack", "profile", name="uq_review"),
    )
    op.create_index("ix_reviews_dossier_key", "reviews", ["dossier_key"])
    op.create_index("ix_reviews_reviewer", "reviews", ["reviewer"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("review_id", sa.Integer(), sa.ForeignKey("reviews.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("reviewer", sa.String(100), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("target", sa.String(100), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("score_before", sa.String(20), nullable=False),
        sa.Column("score_after", sa.String(20), nullable=False),
    )
    op.create_index("ix_decisions_review_id", "decisions", ["review_id"])


def downgrade() -> None:
    op.drop_table("decisions")
    op.drop_table("reviews")
    op.drop_table("dossier_files")
    op.drop_table("dossiers")
    op.drop_table("blobs")
