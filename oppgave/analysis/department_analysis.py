"""One entry point for everything the analysis tab, the report and ``oppgave analyse`` show.

:func:`analyse_department` computes, for one department and one scenario, the workload, FTE and
cost per role, the mapped share, the competence-upgrade plan and the full-time figures, from
one set of arrays built once. :meth:`DepartmentAnalysis.to_json_dict` gives the JSON document
described in ``docs/analyse-json.md`` (schema: ``docs/analyse-json.schema.json``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from oppgave.analysis.capacity import (
    CapacitySummary,
    available_hours,
    capacity_from_arrays,
    positions_fte,
)
from oppgave.analysis.department_arrays import DepartmentArrays
from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.fulltime import (
    FulltimeFigures,
    WeekendRow,
    fulltime_figures,
    weekend_hours,
    weekend_table,
)
from oppgave.analysis.scenario_price import ScenarioPrice, price_scenario_data
from oppgave.analysis.upgrades import UpgradeNeed, plan_from_arrays
from oppgave.analysis.workload import Workload, compute_workload
from oppgave.domain.enums import Category, DayType
from oppgave.domain.records import Department, DepartmentData, Role, Scenario, Settings

#: Bumped when a field of the JSON document changes meaning or disappears.
JSON_SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class TaskResult:
    """One task in the analysis: hours per week and who does it (role id → share %)."""

    id: int
    name: str
    category: Category
    hours_per_week: float
    assignments: Mapping[int, float]


@dataclass(frozen=True, slots=True)
class DepartmentAnalysis:
    """Every figure of DESIGN §6.1–6.2, 6.5 and 6.6 for one department and scenario.

    ``weekend_hours_source`` is ``"staffing"`` (from the staffing per shift) or ``"tasks"``
    (no weekend staffing recorded: the task hours on weekend shifts, a lower bound);
    ``total_fte_source`` is ``"positions"`` or ``"scenario"`` (no positions: the FTE needed).
    """

    department: Department
    scenario: Scenario
    settings: Settings
    roles: tuple[Role, ...]
    capacity: CapacitySummary
    workload: Workload
    tasks: tuple[TaskResult, ...]
    available_hours_per_week: float
    mapped_share: float | None
    upgrades: tuple[UpgradeNeed, ...]
    fulltime: FulltimeFigures
    weekend_hours: float
    weekend_hours_source: str
    total_fte: float
    total_fte_source: str
    weekend_table: tuple[WeekendRow, ...]
    #: the scenario's one price (kroner per year, freed hours, courses, payback): the figure
    #: every view of the scenario's cost shows (:mod:`oppgave.analysis.scenario_price`)
    price: ScenarioPrice

    def to_json_dict(self) -> dict[str, Any]:
        """The analysis as plain JSON values (see ``docs/analyse-json.md``)."""
        names = {role.id: role.name for role in self.roles}
        task_names = {task.id: task.name for task in self.tasks}
        roles: dict[str, Any] = {
            row.role_name: {
                "code": row.role_code,
                "hours_per_week": row.hours_per_week,
                "fte": row.fte,
                "cost_per_week": row.cost_per_week,
            }
            for row in self.capacity.roles
        }
        shift_hours: dict[str, dict[str, float]] = {}
        for (shift, day_type), hours in self.workload.shift_hours.items():
            shift_hours.setdefault(shift.value, {})[day_type.value] = hours
        return {
            "schema_version": JSON_SCHEMA_VERSION,
            "department": {
                "id": self.department.id,
                "name": self.department.name,
                "municipality_id": self.department.municipality_id,
                "residents": self.department.residents,
            },
            "scenario": {
                "id": self.scenario.id,
                "name": self.scenario.name,
                "is_baseline": self.scenario.is_baseline,
            },
            "settings": {
                "hours_per_fte": self.settings.hours_per_fte,
                "absence_allowance": self.settings.absence_allowance,
                "training_allowance": self.settings.training_allowance,
                "weeks_per_year": self.settings.weeks_per_year,
            },
            "roles": roles,
            "total": {
                "hours_per_week": self.capacity.hours_per_week,
                "fte": self.capacity.fte,
                "cost_per_week": self.capacity.cost_per_week,
                "unassigned_hours_per_week": self.capacity.unassigned_hours_per_week,
                "task_hours_per_week": self.workload.total_hours,
            },
            "tasks": [
                {
                    "id": task.id,
                    "name": task.name,
                    "category": task.category.value,
                    "hours_per_week": task.hours_per_week,
                    "assignments": {names[r]: share for r, share in task.assignments.items()},
                }
                for task in self.tasks
            ],
            "categories": {c.value: h for c, h in self.workload.category_hours.items()},
            "shifts": shift_hours,
            "rhythm": [[float(v) for v in row] for row in self.workload.rhythm],
            "price": self.price.to_json_dict(),
            "available_hours_per_week": self.available_hours_per_week,
            "mapped_share": self.mapped_share,
            "upgrades": [
                {
                    "role": row.role_name,
                    "competence": row.competence_name,
                    "course": row.course_name,
                    "people": row.people,
                    "hours": row.hours,
                    "cost": row.cost,
                    "shifts_per_week": row.shifts_per_week,
                    "shifts_per_person": row.shifts_per_person,
                    "people_uncapped": row.people_uncapped,
                    "staff_in_role": row.staff_in_role,
                    "tasks": [task_names[t] for t in row.task_ids],
                    "note": row.note,
                }
                for row in self.upgrades
            ],
            "fulltime": {
                "people": self.fulltime.people,
                "fulltime_share": self.fulltime.fulltime_share,
                "continuity_share": self.fulltime.continuity_share,
                "avg_position": self.fulltime.avg_position,
                "total_fte": self.total_fte,
                "total_fte_source": self.total_fte_source,
                "weekend_hours": self.weekend_hours,
                "weekend_hours_source": self.weekend_hours_source,
                "weekend_table": [
                    {
                        "frequency": row.frequency,
                        "shift_hours": row.shift_hours,
                        "shifts_needed": row.shifts_needed,
                        "people_needed": row.people_needed,
                        "max_avg_position": row.max_avg_position,
                    }
                    for row in self.weekend_table
                ],
            },
        }


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def analyse_department(data: DepartmentData, scenario_id: int) -> DepartmentAnalysis:
    """Analyse one department under one of its scenarios (see the module docstring).

    Raises :class:`KeyError` if ``scenario_id`` is not one of the department's scenarios.
    """
    scenario = next((s for s in data.scenarios if s.id == scenario_id), None)
    if scenario is None:
        raise KeyError(f"scenario {scenario_id} is not in department {data.department.name!r}")
    settings = data.settings
    assignments = data.assignments.get(scenario_id, {})
    arrays = DepartmentArrays.build(data.tasks, data.roles, settings)
    shares = arrays.shares(assignments)
    work = compute_workload(arrays, shares)
    summary = capacity_from_arrays(arrays, shares)
    available = available_hours(data.positions, settings, data.roles)
    qualifications = Qualifications.for_department(data)
    upgrades = plan_from_arrays(arrays, shares, qualifications, data.positions)
    full = fulltime_figures(data.positions, settings)

    staffed = weekend_hours(data.staffing, settings)
    if staffed > 0:
        hours_per_weekend, hours_source = staffed, "staffing"
    else:
        hours_per_weekend = sum(
            h for (_, day_type), h in work.shift_hours.items() if day_type is DayType.WEEKEND
        )
        hours_source = "tasks"
    fte = positions_fte(data.positions)
    fte_source = "positions"
    if fte <= 0:
        fte, fte_source = summary.fte, "scenario"

    roles = arrays.roles.roles
    tasks = tuple(
        TaskResult(
            id=task.id,
            name=task.name,
            category=task.category,
            hours_per_week=float(arrays.tasks.hours[t]),
            assignments={
                role_id: float(share)
                for role_id, share in assignments.get(task.id, {}).items()
                if share
            },
        )
        for t, task in enumerate(arrays.tasks.tasks)
    )
    return DepartmentAnalysis(
        department=data.department,
        scenario=scenario,
        settings=settings,
        roles=roles,
        capacity=summary,
        workload=work,
        tasks=tasks,
        available_hours_per_week=available,
        mapped_share=_finite(work.total_hours / available) if available > 0 else None,
        upgrades=upgrades,
        fulltime=full,
        weekend_hours=hours_per_weekend,
        weekend_hours_source=hours_source,
        total_fte=fte,
        total_fte_source=fte_source,
        weekend_table=weekend_table(hours_per_weekend, fte, settings),
        price=price_scenario_data(data, scenario_id),
    )
