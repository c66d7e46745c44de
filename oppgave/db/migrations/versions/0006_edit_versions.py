"""A version column on every edited table, for optimistic concurrency on a shared server (and
between two windows on one file): an edit made on a stale version is refused, never silently
written over another user's change.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

#: The tables whose rows users edit; each gets ``version`` (1 for the rows already there).
VERSIONED_TABLES = (
    "municipality",
    "department",
    "competence",
    "role",
    "course",
    "task",
    "scenario",
    "assignment",
    "position",
    "shift_staffing",
)


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        # add_column is a plain ALTER TABLE on both SQLite and PostgreSQL (no table rebuild)
        op.add_column(
            table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False)
        )


def downgrade() -> None:
    for table in reversed(VERSIONED_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
