"""Comparison across departments and municipalities (DESIGN §6.7, tallanalyse).

Each department contributes a :class:`KeyFigureInputs` of *additive* quantities (hours, kroner,
people, residents). Key figures are ratios of sums, so a municipality's figure is computed from
the summed quantities of its departments — never as an average of the departments' ratios:

* nurse share of hours = hours given to nurse roles (``nurse_role_codes``) ÷ assigned hours;
* hours per resident per week = task hours per week ÷ residents;
* cost per resident-day = wage cost per week ÷ (residents × 7) (kroner);
* full-time share = people in 100 % positions ÷ people in positions;
* share of time mapped = task hours ÷ hours available from the positions;
* task-category mix = hours in the category ÷ task hours (one column per category).

A ratio whose denominator is 0 is NaN (e.g. no residents recorded).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from oppgave.analysis.capacity import available_hours, capacity_from_hours
from oppgave.analysis.department_arrays import RoleArrays, share_matrix_of
from oppgave.analysis.fulltime import fulltime_figures
from oppgave.domain.enums import Category
from oppgave.domain.records import (
    AssignmentMap,
    Department,
    DepartmentData,
    Position,
    Settings,
)

DAYS_PER_WEEK = 7


@dataclass(frozen=True, slots=True)
class KeyFigureInputs:
    """The additive quantities behind the key figures of one department (per week)."""

    department_id: int
    department_name: str
    municipality_id: int
    residents: int
    task_hours: float  # Σ task hours per week
    assigned_hours: float  # Σ hours given to roles per week
    nurse_hours: float  # hours given to nurse roles per week
    cost_per_week: float  # kroner per week (capacity rule: hours ÷ (1 − allowances) × cost)
    people: int
    fulltime_people: int
    available_hours: float  # hours per week the positions give for tasks
    direct_hours: float
    indirect_hours: float
    administrative_hours: float
    practical_hours: float
    development_hours: float


@dataclass(frozen=True, slots=True)
class TaskLoad:
    """What the key figures need of one task: its id, category and hours per week
    (:attr:`oppgave.domain.records.Task.hours_per_week`)."""

    id: int
    category: Category
    hours_per_week: float


def key_figure_inputs(data: DepartmentData, scenario_id: int | None = None) -> KeyFigureInputs:
    """The additive quantities of one department under a scenario (default: the baseline)."""
    scenario = data.baseline.id if scenario_id is None else scenario_id
    return key_figure_inputs_of(
        data.department,
        [TaskLoad(t.id, t.category, t.hours_per_week) for t in data.tasks],
        data.assignments.get(scenario, {}),
        RoleArrays.build(data.roles),
        data.positions,
        data.settings,
    )


def key_figure_inputs_of(
    department: Department,
    tasks: Sequence[TaskLoad],
    assignments: AssignmentMap,
    roles: RoleArrays,
    positions: Sequence[Position],
    settings: Settings,
) -> KeyFigureInputs:
    """:func:`key_figure_inputs` from the tasks' hours alone (no windows, competences or time
    geometry): the comparison of all departments loads only these, so that 100 departments
    compare in well under a second. ``roles``: the catalogue, built once for all departments."""
    shares = share_matrix_of({t.id: i for i, t in enumerate(tasks)}, len(tasks), roles, assignments)
    hours = np.array([t.hours_per_week for t in tasks], dtype=np.float64)
    summary = capacity_from_hours(hours, roles.roles, shares, settings)
    nurse_ids = {r.id for r in roles.roles if r.code in settings.nurse_role_codes}
    categories = dict.fromkeys(Category, 0.0)  # as workload.category_hours, in task order
    for task in tasks:
        categories[task.category] += task.hours_per_week
    full = fulltime_figures(positions, settings)
    return KeyFigureInputs(
        department_id=department.id,
        department_name=department.name,
        municipality_id=department.municipality_id,
        residents=department.residents,
        task_hours=sum(categories.values()),
        assigned_hours=summary.hours_per_week,
        nurse_hours=sum(r.hours_per_week for r in summary.roles if r.role_id in nurse_ids),
        cost_per_week=summary.cost_per_week,
        people=full.people,
        fulltime_people=full.fulltime_people,
        available_hours=available_hours(positions, settings, roles.roles),
        direct_hours=categories[Category.DIRECT],
        indirect_hours=categories[Category.INDIRECT],
        administrative_hours=categories[Category.ADMINISTRATIVE],
        practical_hours=categories[Category.PRACTICAL],
        development_hours=categories[Category.DEVELOPMENT],
    )


_SUMMED = [
    "residents",
    "task_hours",
    "assigned_hours",
    "nurse_hours",
    "cost_per_week",
    "people",
    "fulltime_people",
    "available_hours",
    *(f"{c.value}_hours" for c in Category),
]


def _ratio(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    return numerator / denominator.where(denominator != 0, np.nan)


def _with_ratios(sums: pd.DataFrame) -> pd.DataFrame:
    """Add the key-figure columns (ratios of the summed columns) to a frame of sums."""
    figures = sums.copy()
    figures["nurse_share"] = _ratio(sums["nurse_hours"], sums["assigned_hours"])
    figures["hours_per_resident"] = _ratio(sums["task_hours"], sums["residents"])
    figures["cost_per_resident_day"] = _ratio(
        sums["cost_per_week"], sums["residents"] * DAYS_PER_WEEK
    )
    figures["fulltime_share"] = _ratio(sums["fulltime_people"], sums["people"])
    figures["mapped_share"] = _ratio(sums["task_hours"], sums["available_hours"])
    for category in Category:
        figures[f"share_{category.value}"] = _ratio(
            sums[f"{category.value}_hours"], sums["task_hours"]
        )
    return figures


KEY_FIGURES = [
    "nurse_share",
    "hours_per_resident",
    "cost_per_resident_day",
    "fulltime_share",
    "mapped_share",
    *(f"share_{c.value}" for c in Category),
]


def key_figures(inputs: Iterable[KeyFigureInputs]) -> pd.DataFrame:
    """One row per department (index department id): the sums and the key figures."""
    frame = pd.DataFrame([asdict(i) for i in inputs])
    if frame.empty:
        return pd.DataFrame(columns=["department_name", "municipality_id", *_SUMMED, *KEY_FIGURES])
    return _with_ratios(frame.set_index("department_id"))


def key_figures_by_municipality(
    inputs: Iterable[KeyFigureInputs], municipality_names: Mapping[int, str] | None = None
) -> pd.DataFrame:
    """One row per municipality (index municipality id): summed quantities, then the ratios.

    ``municipality_name`` is filled from ``municipality_names`` when given.
    """
    frame = pd.DataFrame([asdict(i) for i in inputs])
    if frame.empty:
        return pd.DataFrame(columns=["municipality_name", "departments", *_SUMMED, *KEY_FIGURES])
    sums = frame.groupby("municipality_id")[_SUMMED].sum()
    sums.insert(0, "departments", frame.groupby("municipality_id").size())
    names = municipality_names or {}
    sums.insert(0, "municipality_name", [names.get(int(m), "") for m in sums.index])
    return _with_ratios(sums)
