"""Review comments from HMS groups and working-environment flags per task.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "review_comment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("task_uuid", sa.String(length=36), nullable=True),
        sa.Column("task_name", sa.String(length=300), nullable=False),
        sa.Column("scenario_uuid", sa.String(length=36), nullable=True),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("reviewer_role", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("suggested_work_flags", sa.Integer(), nullable=True),
        sa.Column("source_copy_uuid", sa.String(length=36), nullable=True),
        sa.Column("task_fingerprint", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "reviewer_role IN ('union_rep', 'safety_rep', 'employee', 'leader')",
            name=op.f("ck_review_comment_reviewer_role_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'resolved')", name=op.f("ck_review_comment_status_valid")
        ),
        sa.CheckConstraint(
            "verdict IN ('agree', 'disagree', 'question', 'comment')",
            name=op.f("ck_review_comment_verdict_valid"),
        ),
        sa.CheckConstraint(
            "suggested_work_flags IS NULL OR (suggested_work_flags >= 0 AND suggested_work_flags <= 31)",
            name=op.f("ck_review_comment_suggested_flags_range"),
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_review_comment_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_comment")),
        sa.UniqueConstraint("uuid", name=op.f("uq_review_comment_uuid")),
    )
    with op.batch_alter_table("review_comment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_comment_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_comment_source_copy_uuid"), ["source_copy_uuid"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_review_comment_task_uuid"), ["task_uuid"], unique=False
        )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("work_flags", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_task_work_flags_range"), "work_flags >= 0 AND work_flags <= 31"
        )


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_task_work_flags_range"), type_="check")
        batch_op.drop_column("work_flags")
    op.drop_table("review_comment")
