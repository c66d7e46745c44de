"""Hand edits of the bemanningsplan per scenario (people per role per shift and day type).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "staffing_plan_edit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("shift", sa.String(length=16), nullable=False),
        sa.Column("day_type", sa.String(length=16), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "people >= 0 AND people <= 500", name=op.f("ck_staffing_plan_edit_people_range")
        ),
        sa.CheckConstraint(
            "shift IN ('day', 'evening', 'night')", name=op.f("ck_staffing_plan_edit_shift_valid")
        ),
        sa.CheckConstraint(
            "day_type IN ('weekday', 'weekend')",
            name=op.f("ck_staffing_plan_edit_day_type_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["role.id"],
            name=op.f("fk_staffing_plan_edit_role_id_role"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["scenario.id"],
            name=op.f("fk_staffing_plan_edit_scenario_id_scenario"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staffing_plan_edit")),
        sa.UniqueConstraint(
            "scenario_id",
            "role_id",
            "shift",
            "day_type",
            name="uq_staffing_plan_edit_cell",
        ),
    )
    with op.batch_alter_table("staffing_plan_edit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_staffing_plan_edit_role_id"), ["role_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_staffing_plan_edit_scenario_id"), ["scenario_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("staffing_plan_edit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staffing_plan_edit_scenario_id"))
        batch_op.drop_index(batch_op.f("ix_staffing_plan_edit_role_id"))
    op.drop_table("staffing_plan_edit")
