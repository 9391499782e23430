"""Campaigns: reviewers, dossiers, machine results, assignments (初评/复核) and finals.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
CASCADE = {"ondelete": "CASCADE"}


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("checklist", sa.String(100), nullable=False),
        sa.Column("profile", sa.String(100), nullable=False),
        sa.Column("bands_json", sa.Text(), nullable=False),
        sa.Column("recheck_threshold", sa.String(20), nullable=False),
        sa.Column("per_dossier", sa.Integer(), nullable=False),
        sa.Column("sample_json", sa.Text(), nullable=True),
        sa.Column("sample_seed", sa.Integer(), nullable=True),
        sa.Column("assign_seed", sa.Integer(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "campaign_reviewers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("campaign_id", sa.String(32), sa.ForeignKey("campaigns.id", **CASCADE), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.UniqueConstraint("campaign_id", "name", name="uq_campaign_reviewer"),
    )
    op.create_index("ix_campaign_reviewers_campaign_id", "campaign_reviewers", ["campaign_id"])
    op.create_table(
        "campaign_dossiers",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("campaign_id", sa.String(32), sa.ForeignKey("campaigns.id", **CASCADE), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("file", sa.String(500), nullable=False),
        sa.Column("case_number", sa.String(200), nullable=False),
        sa.Column("case_name", sa.String(300), nullable=False),
        sa.Column("procedure", sa.String(50), nullable=False),
        sa.Column("dossier_key", sa.String(64), sa.ForeignKey("dossiers.key"), nullable=False),
        sa.Column("sampled", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("campaign_id", "file", name="uq_campaign_file"),
    )
    op.create_index("ix_campaign_dossiers_campaign_id", "campaign_dossiers", ["campaign_id"])
    op.create_index("ix_campaign_dossiers_unit", "campaign_dossiers", ["unit"])
    op.create_table(
        "campaign_machine",
        sa.Column(
            "campaign_dossier_id", sa.Integer(), sa.ForeignKey("campaign_dossiers.id", **CASCADE), primary_key=True
        ),
        sa.Column("pack", sa.String(100), nullable=False),
        sa.Column("profile", sa.String(100), nullable=False),
        sa.Column("dossier_json", sa.LargeBinary(), nullable=True),
        sa.Column("report_json", sa.Text(), nullable=True),
        sa.Column("total", sa.String(20), nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("vetoed", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("seconds", sa.String(20), nullable=False),
        sa.Column("peak_rss_kb", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "campaign_assignments",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "campaign_dossier_id", sa.Integer(), sa.ForeignKey("campaign_dossiers.id", **CASCADE), nullable=False
        ),
        sa.Column("reviewer_id", sa.Integer(), sa.ForeignKey("campaign_reviewers.id", **CASCADE), nullable=False),
        sa.Column("stage", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("review_id", sa.Integer(), sa.ForeignKey("reviews.id"), nullable=True),
        sa.Column("total", sa.String(20), nullable=True),
        sa.Column("grade", sa.String(20), nullable=True),
        sa.Column("vetoed", sa.Boolean(), nullable=True),
        sa.Column("problems_json", sa.Text(), nullable=True),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("submitted_at", TZ, nullable=True),
        sa.UniqueConstraint("campaign_dossier_id", "reviewer_id", "stage", name="uq_assignment"),
    )
    op.create_index("ix_campaign_assignments_campaign_dossier_id", "campaign_assignments", ["campaign_dossier_id"])
    op.create_index("ix_campaign_assignments_reviewer_id", "campaign_assignments", ["reviewer_id"])
    op.create_table(
        "campaign_finals",
        sa.Column(
            "campaign_dossier_id", sa.Integer(), sa.ForeignKey("campaign_dossiers.id", **CASCADE), primary_key=True
        ),
        sa.Column("total", sa.String(20), nullable=False),
        sa.Column("grade", sa.String(20), nullable=False),
        sa.Column("vetoed", sa.Boolean(), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("method", sa.String(10), nullable=False),
        sa.Column("problems_json", sa.Text(), nullable=False),
        sa.Column("decided_at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in ("campaign_finals", "campaign_assignments", "campaign_machine", "campaign_dossiers"):
        op.drop_table(table)
    op.drop_table("campaign_reviewers")
    op.drop_table("campaigns")
