"""A leader's hand edits of a scenario's bemanningsplan (people per role per shift and day type).

The derived plan (:func:`oppgave.analysis.staffing_plan.staffing_plan`) is a starting point; a
leader who knows the unit overrides a cell («two nurses on weekend evenings, not one»). The
override is stored per scenario (table ``staffing_plan_edit``, revision 0004) and every plan the
services return applies it: the cell is marked edited, the flags against today's staffing, the
FTE per role and the full-time answer follow from the edited figure, and a safety floor the edit
breaks is listed as a warning (:attr:`StaffingPlan.breaches`), never silently accepted.

Setting and clearing return the previous override (``None``: the cell had none), which is what an
undo command needs to put it back. This module imports no solver: the app's plan view uses it
without loading OR-Tools.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import DayType, Shift
from oppgave.errors import ValidationError
from oppgave.i18n import translate
from oppgave.services import validation, workspaces
from oppgave.services.lookup import delete_row, get_or_raise

if TYPE_CHECKING:
    # the plan's analysis needs NumPy: imported where a plan is computed, not by the undo
    # commands that only store a hand edit (the app's start, issue 18)
    from oppgave.analysis.fulltime_effect import FulltimeEffect
    from oppgave.analysis.staffing_plan import PlanKey, StaffingPlan

#: Most people of one role on one shift a hand edit may give (the table's check constraint).
MAX_PEOPLE = 500


def _tr(text: str) -> str:
    return translate("StaffingPlanEdits", text)


@dataclass(frozen=True, slots=True)
class PlanEdit:
    """One stored override: ``people`` of ``role_id`` on ``shift`` of ``day_type``."""

    scenario_id: int
    role_id: int
    shift: Shift
    day_type: DayType
    people: int

    @property
    def key(self) -> PlanKey:
        return (self.role_id, self.shift, self.day_type)


@dataclass(frozen=True, slots=True)
class EditedPlan:
    """A scenario's bemanningsplan with its hand edits applied, and its full-time effect."""

    data: r.DepartmentData
    scenario: r.Scenario
    plan: StaffingPlan
    effect: FulltimeEffect
    derived: StaffingPlan  # the same plan without the hand edits (``plan`` when there are none)

    def warnings(self) -> list[str]:
        """The safety floors and per-shift competences the plan breaks, in words (empty when
        none)."""
        codes = {role.id: role.code for role in self.data.roles}
        names = {c.id: c.name for c in self.data.competences}
        return [b.message(codes) for b in self.plan.breaches] + [
            n.message(names) for n in self.plan.competence_gaps
        ]


def list_edits(workspace: Workspace, scenario_id: int) -> list[PlanEdit]:
    """The scenario's overrides, by role, shift and day type."""
    with workspace.reading() as session:
        rows = session.execute(
            select(
                m.StaffingPlanEdit.role_id,
                m.StaffingPlanEdit.shift,
                m.StaffingPlanEdit.day_type,
                m.StaffingPlanEdit.people,
            )
            .where(m.StaffingPlanEdit.scenario_id == scenario_id)
            .order_by(m.StaffingPlanEdit.role_id, m.StaffingPlanEdit.id)
        ).all()
    return [
        PlanEdit(scenario_id, role_id, Shift(shift), DayType(day_type), people)
        for role_id, shift, day_type, people in rows
    ]


def edits_map(workspace: Workspace, scenario_id: int) -> dict[PlanKey, int]:
    """(role id, shift, day type) → people: what :func:`staffing_plan` takes as ``edits``."""
    return {edit.key: edit.people for edit in list_edits(workspace, scenario_id)}


def set_edit(
    workspace: Workspace,
    scenario_id: int,
    role_id: int,
    shift: Shift | str,
    day_type: DayType | str,
    people: int | None,
) -> int | None:
    """Override one cell of the scenario's plan with ``people`` (``None`` clears the override,
    the derived figure counts again). Returns the previous override, ``None`` if there was none:
    ``set_edit(..., previous)`` undoes the call."""
    shift_value = validation.enum_value(Shift, shift, "shift")
    day_value = validation.enum_value(DayType, day_type, "day_type")
    if people is not None:
        people = validation.integer(people, "people", minimum=0, maximum=MAX_PEOPLE)
    with workspace.transaction() as session:
        get_or_raise(session, m.Scenario, scenario_id)
        get_or_raise(session, m.Role, role_id)
        row = session.scalar(
            select(m.StaffingPlanEdit).where(
                m.StaffingPlanEdit.scenario_id == scenario_id,
                m.StaffingPlanEdit.role_id == role_id,
                m.StaffingPlanEdit.shift == shift_value.value,
                m.StaffingPlanEdit.day_type == day_value.value,
            )
        )
        previous = row.people if row is not None else None
        if people is None:
            if row is not None:
                delete_row(session, row)
        elif row is None:
            session.add(
                m.StaffingPlanEdit(
                    scenario_id=scenario_id,
                    role_id=role_id,
                    shift=shift_value.value,
                    day_type=day_value.value,
                    people=people,
                )
            )
        else:
            row.people = people
        return previous


def clear_edit(
    workspace: Workspace,
    scenario_id: int,
    role_id: int,
    shift: Shift | str,
    day_type: DayType | str,
) -> int | None:
    """Remove one override; returns it (``None``: there was none)."""
    return set_edit(workspace, scenario_id, role_id, shift, day_type, None)


def edited_plan_data(
    data: r.DepartmentData,
    scenario: r.Scenario,
    edits: Mapping[PlanKey, int],
    min_position_percent: float = 50.0,
) -> EditedPlan:
    """The plan with ``edits`` applied and its full-time effect (pure: no database)."""
    if not 0 < min_position_percent <= 100:
        raise ValidationError(
            _tr("Minste stillingsstørrelse må være mellom 1 og 100 %."), "min_position"
        )
    from oppgave.analysis.fulltime_effect import fulltime_effect
    from oppgave.analysis.staffing_plan import staffing_plan

    plan = staffing_plan(data, scenario.id, edits=edits)
    derived = staffing_plan(data, scenario.id) if edits else plan
    effect = fulltime_effect(data, plan, min_position_percent=min_position_percent)
    return EditedPlan(data, scenario, plan, effect, derived)


def edited_plan(
    workspace: Workspace,
    department_id: int,
    scenario_id: int,
    min_position_percent: float = 50.0,
) -> EditedPlan:
    """The scenario's bemanningsplan with its stored hand edits, and its full-time effect."""
    data = workspaces.load_department_data(workspace, department_id)
    scenario = next((s for s in data.scenarios if s.id == scenario_id), None)
    if scenario is None:
        from oppgave.errors import NotFoundError

        raise NotFoundError(_tr("Scenarioet finnes ikke i avdelingen."))
    return edited_plan_data(data, scenario, edits_map(workspace, scenario_id), min_position_percent)
