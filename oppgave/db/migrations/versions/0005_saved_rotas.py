"""Saved rotas: the current rota of each scenario (JSON content, weeks, start date).

Revision ID: 0005
Revises: 0003 (on the issue-17b branch; relinked to 0004 when merged)
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "saved_rota",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("edited", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("weeks >= 1 AND weeks <= 52", name=op.f("ck_saved_rota_weeks_range")),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["scenario.id"],
            name=op.f("fk_saved_rota_scenario_id_scenario"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_rota")),
        sa.UniqueConstraint("scenario_id", name="uq_saved_rota_scenario"),
    )
    with op.batch_alter_table("saved_rota", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_saved_rota_scenario_id"), ["scenario_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("saved_rota", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_rota_scenario_id"))
    op.drop_table("saved_rota")
