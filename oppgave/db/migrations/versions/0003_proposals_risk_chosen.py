"""Proposal options per scenario, the chosen scenario, proposal settings per department, hours
per FTE per role, and risk and delegation per task.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("risk_level", sa.String(length=8), server_default="low", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "delegation_rule", sa.String(length=16), server_default="transfer", nullable=False
            )
        )
        batch_op.create_check_constraint(
            op.f("ck_task_risk_level_valid"), "risk_level IN ('low', 'medium', 'high')"
        )
        batch_op.create_check_constraint(
            op.f("ck_task_delegation_rule_valid"),
            "delegation_rule IN ('transfer', 'delegate', 'keep')",
        )
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposal_options", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("is_chosen", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.add_column(sa.Column("proposal_settings", sa.Text(), nullable=True))
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.add_column(sa.Column("hours_per_fte", sa.Float(), nullable=True))
        batch_op.create_check_constraint(
            op.f("ck_role_hours_per_fte_range"),
            "hours_per_fte IS NULL OR (hours_per_fte > 0 AND hours_per_fte <= 60)",
        )


def downgrade() -> None:
    with op.batch_alter_table("role", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_role_hours_per_fte_range"), type_="check")
        batch_op.drop_column("hours_per_fte")
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.drop_column("proposal_settings")
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.drop_column("is_chosen")
        batch_op.drop_column("proposal_options")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_task_delegation_rule_valid"), type_="check")
        batch_op.drop_constraint(op.f("ck_task_risk_level_valid"), type_="check")
        batch_op.drop_column("delegation_rule")
        batch_op.drop_column("risk_level")
