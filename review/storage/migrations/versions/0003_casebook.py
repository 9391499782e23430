"""Casebook: 典型案例 entries drafted from reviews and campaigns.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "casebook_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("field", sa.String(50), nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("tags_json", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("defect", sa.Text(), nullable=False),
        sa.Column("rule_id", sa.String(200), nullable=False),
        sa.Column("rule_title", sa.Text(), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("page_ref", sa.String(300), nullable=False),
        sa.Column("corrected", sa.Text(), nullable=False),
        sa.Column("commentary", sa.Text(), nullable=False),
        sa.Column("deduction", sa.String(20), nullable=True),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.String(32), nullable=True),
        sa.Column("campaign_dossier_id", sa.String(32), nullable=True),
        sa.Column("dossier_key", sa.String(64), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    for column in ("kind", "field", "category", "year", "review_id", "campaign_id"):
        op.create_index(f"ix_casebook_entries_{column}", "casebook_entries", [column])


def downgrade() -> None:
    for column in ("kind", "field", "category", "year", "review_id", "campaign_id"):
        op.drop_index(f"ix_casebook_entries_{column}", table_name="casebook_entries")
    op.drop_table("casebook_entries")
