"""Outcome events: one row per decision, with no words and nothing that links two rows.

Revision ID: 0001
Revises:
Create Date: 2026-01-01

Every column is an id, a time rounded to the hour or a value from a closed set, and each string column is as
long as its longest value (see bot/insight/store.py), so no column has room for what a person typed. Kept
as written here rather than imported from the store, so this step means the same thing when the table changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the outcome_events table, indexed by hour and postcode district."""
    op.create_table(
        "outcome_events",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("hour", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("route", sa.String(16), nullable=False),
        sa.Column("service", sa.String(32)),
        sa.Column("council_tier", sa.String(8)),
        sa.Column("body_code", sa.String(32)),
        sa.Column("postcode_district", sa.String(4)),
        sa.Column("safety_flags", sa.String(48), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("would_have_called", sa.String(10), nullable=False),
        sa.Column("feedback", sa.String(3)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_outcome_events_hour", "outcome_events", ["hour"])
    op.create_index("ix_outcome_events_postcode_district", "outcome_events", ["postcode_district"])


def downgrade() -> None:
    """Drop the table and its indexes: every recorded event goes with them."""
    op.drop_index("ix_outcome_events_postcode_district", table_name="outcome_events")
    op.drop_index("ix_outcome_events_hour", table_name="outcome_events")
    op.drop_table("outcome_events")
