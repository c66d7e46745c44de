"""The first schema: organisation, catalogue, tasks, scenarios, assignments, staffing.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "competence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("length(trim(code)) > 0", name=op.f("ck_competence_code_not_empty")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_competence_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence")),
        sa.UniqueConstraint("code", name=op.f("uq_competence_code")),
        sa.UniqueConstraint("name", name=op.f("uq_competence_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_competence_uuid")),
    )
    op.create_table(
        "municipality",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_municipality_name_not_empty")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
        sa.UniqueConstraint("name", name=op.f("uq_municipality_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_municipality_uuid")),
    )
    op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("leon_level", sa.Integer(), nullable=False),
        sa.Column("authorised", sa.Boolean(), nullable=False),
        sa.Column("hourly_cost", sa.Float(), nullable=False),
        sa.Column("colour", sa.String(length=16), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("hourly_cost >= 0", name=op.f("ck_role_hourly_cost_not_negative")),
        sa.CheckConstraint("length(trim(code)) > 0", name=op.f("ck_role_code_not_empty")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_role_name_not_empty")),
        sa.CheckConstraint(
            "leon_level >= 0 AND leon_level <= 9", name=op.f("ck_role_leon_level_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("code", name=op.f("uq_role_code")),
        sa.UniqueConstraint("name", name=op.f("uq_role_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_role_uuid")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "workspace_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_workspace_meta")),
    )
    op.create_table(
        "course",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.Column("min_level", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("cost_per_participant", sa.Float(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("cost_per_participant >= 0", name=op.f("ck_course_cost_not_negative")),
        sa.CheckConstraint("hours >= 0", name=op.f("ck_course_hours_not_negative")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_course_name_not_empty")),
        sa.CheckConstraint(
            "min_level >= 0 AND min_level <= 9", name=op.f("ck_course_min_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_course_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course")),
        sa.UniqueConstraint("name", name=op.f("uq_course_name")),
        sa.UniqueConstraint("uuid", name=op.f("uq_course_uuid")),
    )
    with op.batch_alter_table("course", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_competence_id"), ["competence_id"], unique=False
        )

    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("service_type", sa.String(length=32), nullable=False),
        sa.Column("residents", sa.Integer(), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=True),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "service_type IN ('long_term', 'short_term', 'home_care', 'sheltered_housing', 'dementia', 'rehabilitation', 'other')",
            name=op.f("ck_department_service_type_valid"),
        ),
        sa.CheckConstraint(
            "beds IS NULL OR beds >= 0", name=op.f("ck_department_beds_not_negative")
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_department_name_not_empty")),
        sa.CheckConstraint("residents >= 0", name=op.f("ck_department_residents_not_negative")),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipality.id"],
            name=op.f("fk_department_municipality_id_municipality"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("municipality_id", "name", name="uq_department_municipality_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_department_uuid")),
    )
    with op.batch_alter_table("department", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_department_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "role_competence",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_role_competence_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["role.id"],
            name=op.f("fk_role_competence_role_id_role"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", "competence_id", name=op.f("pk_role_competence")),
    )
    with op.batch_alter_table("role_competence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_role_competence_competence_id"), ["competence_id"], unique=False
        )

    op.create_table(
        "position",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("size_percent", sa.Float(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("count >= 0", name=op.f("ck_position_count_not_negative")),
        sa.CheckConstraint(
            "size_percent > 0 AND size_percent <= 100", name=op.f("ck_position_size_range")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_position_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_position_role_id_role"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
        sa.UniqueConstraint("department_id", "role_id", "size_percent", name="uq_position_size"),
        sa.UniqueConstraint("uuid", name=op.f("uq_position_uuid")),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_position_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_position_role_id"), ["role_id"], unique=False)

    op.create_table(
        "scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_baseline", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_scenario_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_scenario_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario")),
        sa.UniqueConstraint("department_id", "name", name="uq_scenario_department_name"),
        sa.UniqueConstraint("uuid", name=op.f("uq_scenario_uuid")),
    )
    with op.batch_alter_table("scenario", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scenario_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(
            "uq_scenario_one_baseline",
            ["department_id"],
            unique=True,
            sqlite_where=sa.text("is_baseline = 1"),
            postgresql_where=sa.text("is_baseline"),
        )

    op.create_table(
        "shift_staffing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("shift", sa.String(length=16), nullable=False),
        sa.Column("day_type", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "day_type IN ('weekday', 'weekend')", name=op.f("ck_shift_staffing_day_type_valid")
        ),
        sa.CheckConstraint(
            "shift IN ('day', 'evening', 'night')", name=op.f("ck_shift_staffing_shift_valid")
        ),
        sa.CheckConstraint("count >= 0", name=op.f("ck_shift_staffing_count_not_negative")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_shift_staffing_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["role.id"],
            name=op.f("fk_shift_staffing_role_id_role"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_staffing")),
        sa.UniqueConstraint(
            "department_id", "role_id", "shift", "day_type", name="uq_shift_staffing_cell"
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_shift_staffing_uuid")),
    )
    with op.batch_alter_table("shift_staffing", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shift_staffing_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_shift_staffing_role_id"), ["role_id"], unique=False)

    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("frequency_count", sa.Float(), nullable=False),
        sa.Column("frequency_unit", sa.String(length=16), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Float(), nullable=False),
        sa.Column("staff_count", sa.Integer(), nullable=False),
        sa.Column("restriction", sa.String(length=16), nullable=False),
        sa.Column("restriction_min_level", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("modified_at", sa.DateTime(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "category IN ('direct', 'indirect', 'administrative', 'practical', 'development')",
            name=op.f("ck_task_category_valid"),
        ),
        sa.CheckConstraint(
            "frequency_unit IN ('day', 'week', 'month', 'year')",
            name=op.f("ck_task_frequency_unit_valid"),
        ),
        sa.CheckConstraint(
            "restriction != 'min_level' OR restriction_min_level IS NOT NULL",
            name=op.f("ck_task_min_level_given"),
        ),
        sa.CheckConstraint(
            "restriction IN ('none', 'authorised', 'min_level', 'roles')",
            name=op.f("ck_task_restriction_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('mapped', 'discussed', 'agreed')", name=op.f("ck_task_status_valid")
        ),
        sa.CheckConstraint("days >= 1 AND days <= 127", name=op.f("ck_task_days_valid")),
        sa.CheckConstraint(
            "duration_minutes > 0 AND duration_minutes <= 1440", name=op.f("ck_task_duration_range")
        ),
        sa.CheckConstraint("frequency_count > 0", name=op.f("ck_task_frequency_positive")),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_task_name_not_empty")),
        sa.CheckConstraint(
            "staff_count >= 1 AND staff_count <= 20", name=op.f("ck_task_staff_range")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_task_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
        sa.UniqueConstraint("uuid", name=op.f("uq_task_uuid")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_department_id"), ["department_id"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("share", sa.Float(), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.CheckConstraint("share > 0 AND share <= 100", name=op.f("ck_assignment_share_range")),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name=op.f("fk_assignment_role_id_role"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["scenario.id"],
            name=op.f("fk_assignment_scenario_id_scenario"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_assignment_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
        sa.UniqueConstraint(
            "scenario_id", "task_id", "role_id", name="uq_assignment_scenario_task_role"
        ),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignment_role_id"), ["role_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_assignment_scenario_id"), ["scenario_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assignment_task_id"), ["task_id"], unique=False)

    op.create_table(
        "task_allowed_role",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["role.id"],
            name=op.f("fk_task_allowed_role_role_id_role"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_task_allowed_role_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "role_id", name=op.f("pk_task_allowed_role")),
    )
    with op.batch_alter_table("task_allowed_role", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_allowed_role_role_id"), ["role_id"], unique=False)

    op.create_table(
        "task_competence",
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("competence_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_task_competence_competence_id_competence"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_task_competence_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("task_id", "competence_id", name=op.f("pk_task_competence")),
    )
    with op.batch_alter_table("task_competence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_task_competence_competence_id"), ["competence_id"], unique=False
        )

    op.create_table(
        "task_time_window",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "end_minute >= 0 AND end_minute <= 1440", name=op.f("ck_task_time_window_end_range")
        ),
        sa.CheckConstraint(
            "start_minute >= 0 AND start_minute < 1440",
            name=op.f("ck_task_time_window_start_range"),
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["task.id"],
            name=op.f("fk_task_time_window_task_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_time_window")),
    )
    with op.batch_alter_table("task_time_window", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_time_window_task_id"), ["task_id"], unique=False)


def downgrade() -> None:
    op.drop_table("task_time_window")
    op.drop_table("task_competence")
    op.drop_table("task_allowed_role")
    op.drop_table("assignment")
    op.drop_table("task")
    op.drop_table("shift_staffing")
    op.drop_table("scenario")
    op.drop_table("position")
    op.drop_table("role_competence")
    op.drop_table("department")
    op.drop_table("course")
    op.drop_table("setting")
    op.drop_table("workspace_meta")
    op.drop_table("role")
    op.drop_table("municipality")
    op.drop_table("competence")
