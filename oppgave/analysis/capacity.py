"""Capacity, FTE and cost (DESIGN §6.2).

One FTE (årsverk) is paid for ``hours_per_fte`` hours a week (default 35.5, rota work; a role may
have its own figure) but works only ``hours_per_fte × (1 − holidays − absence − training)`` of
them: as in WHO's WISN, holidays (5 weeks + 10 public holidays = 35 of 260 working days), sick
leave (10 %) and training and meetings (5 %) are taken off the working days (25.396 hours).

* FTE needed = hours per week ÷ (hours_per_fte × (1 − holidays − absence − training)).
* Cost per week = FTE × hours_per_fte × hourly cost: the people who are absent are paid too, so
  one mapped hour costs ``hourly cost ÷ (1 − allowances)``. This one rule is used everywhere
  (capacity tables, the optimiser's objective, the key figures).
* Available hours from the current positions = Σ count × size % / 100 × hours_per_fte ×
  (1 − allowances); "share of available time mapped" = Σ task hours ÷ available hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oppgave.domain.records import AssignmentMap, DepartmentData, Position, Role, Settings

if TYPE_CHECKING:
    import pandas as pd

    # NumPy arrays: imported by the functions that use them, so that the FTE sums the
    # staffing service and the first window need do not load NumPy (issue 18).
    from oppgave.analysis.department_arrays import DepartmentArrays, FloatArray


def productive_share(settings: Settings) -> float:
    """The share of paid time that is available for tasks = 1 − holidays − absence − training."""
    share = 1.0 - settings.total_allowance
    if share <= 0.0:
        raise ValueError("absence + training allowances must be below 100 %")
    return share


def role_hours_per_fte(role: Role | None, settings: Settings) -> float:
    """Paid hours per week of one FTE in ``role``: the role's own figure (e.g. 33.6 for
    rotating shifts with nights, 37.5 for day work) or the workspace's ``hours_per_fte``."""
    if role is not None and role.hours_per_fte:
        return role.hours_per_fte
    return settings.hours_per_fte


def productive_hours_per_fte(settings: Settings, role: Role | None = None) -> float:
    """Hours per week one FTE is available for tasks = hours_per_fte × (1 − allowances)."""
    return role_hours_per_fte(role, settings) * productive_share(settings)


def fte_needed(hours_per_week: float, settings: Settings, role: Role | None = None) -> float:
    """FTE = hours per week ÷ (hours_per_fte of the role × (1 − allowances))."""
    return hours_per_week / productive_hours_per_fte(settings, role)


def cost_per_week(hours_per_week: float, hourly_cost: float, settings: Settings) -> float:
    """Kroner per week = FTE × hours_per_fte × hourly cost = hours ÷ (1 − allowances) × cost."""
    return hours_per_week / productive_share(settings) * hourly_cost


def positions_fte(positions: Iterable[Position], role_id: int | None = None) -> float:
    """FTE of the current positions = Σ count × size % / 100 (of one role if ``role_id``)."""
    return sum(p.fte for p in positions if role_id is None or p.role_id == role_id)


def available_hours(
    positions: Iterable[Position], settings: Settings, roles: Iterable[Role] = ()
) -> float:
    """Hours per week the current positions give for tasks.

    = Σ count × size % / 100 × hours_per_fte of the role × (1 − absence − training).
    """
    by_id = {role.id: role for role in roles}
    return sum(p.fte * productive_hours_per_fte(settings, by_id.get(p.role_id)) for p in positions)


def mapped_share(data: DepartmentData) -> float | None:
    """Share of available time mapped = Σ task hours per week ÷ available hours (a fraction).

    ``None`` when the department has no positions recorded (nothing to compare with). Well
    below 1 suggests the mapping is incomplete; above 1, that more staff is needed.
    """
    available = available_hours(data.positions, data.settings, data.roles)
    if available <= 0.0:
        return None
    return sum(task.hours_per_week for task in data.tasks) / available


@dataclass(frozen=True, slots=True)
class RoleCapacity:
    """One role's hours per week, FTE and kroner per week under one assignment."""

    role_id: int
    role_code: str
    role_name: str
    hours_per_week: float
    fte: float
    cost_per_week: float


@dataclass(frozen=True, slots=True)
class CapacitySummary:
    """Per role and in total: hours per week, FTE and kroner per week.

    ``unassigned_hours_per_week`` are task hours no role has been given; they are in no total.
    """

    roles: tuple[RoleCapacity, ...]
    hours_per_week: float
    fte: float
    cost_per_week: float
    unassigned_hours_per_week: float

    def by_role_id(self) -> dict[int, RoleCapacity]:
        return {row.role_id: row for row in self.roles}

    def to_frame(self) -> pd.DataFrame:
        """One row per role (index role id): code, name, hours_per_week, fte, cost_per_week."""
        import pandas as pd  # only here: the staffing tab and the CLI use this module without it

        columns = ["role_code", "role_name", "hours_per_week", "fte", "cost_per_week"]
        frame = pd.DataFrame(
            [
                (r.role_code, r.role_name, r.hours_per_week, r.fte, r.cost_per_week)
                for r in self.roles
            ],
            columns=columns,
            index=pd.Index([r.role_id for r in self.roles], name="role_id"),
        )
        return frame


def summarise_capacity(
    roles: Sequence[Role], hours_by_role: Mapping[int, float], unassigned: float, settings: Settings
) -> CapacitySummary:
    """FTE and cost per role from hours per week per role (formulas in the module docstring)."""
    rows = tuple(
        RoleCapacity(
            role_id=role.id,
            role_code=role.code,
            role_name=role.name,
            hours_per_week=hours_by_role.get(role.id, 0.0),
            fte=fte_needed(hours_by_role.get(role.id, 0.0), settings, role),
            cost_per_week=cost_per_week(
                hours_by_role.get(role.id, 0.0), role.hourly_cost, settings
            ),
        )
        for role in roles
    )
    return CapacitySummary(
        roles=rows,
        hours_per_week=sum(r.hours_per_week for r in rows),
        fte=sum(r.fte for r in rows),
        cost_per_week=sum(r.cost_per_week for r in rows),
        unassigned_hours_per_week=unassigned,
    )


def capacity_from_arrays(arrays: DepartmentArrays, shares: FloatArray) -> CapacitySummary:
    """:func:`capacity` on prebuilt arrays (used by the department analysis)."""
    return capacity_from_hours(arrays.tasks.hours, arrays.roles.roles, shares, arrays.settings)


def capacity_from_hours(
    task_hours: FloatArray, roles: Sequence[Role], shares: FloatArray, settings: Settings
) -> CapacitySummary:
    """:func:`capacity` from each task's hours per week (n), the roles in the share matrix's
    column order and the shares as fractions (n × R): the one home of the formula, also for
    the comparison of many departments, which needs no more of the tasks than their hours."""
    hours = task_hours @ shares if len(task_hours) else shares.sum(axis=0)
    given = shares.sum(axis=1)
    unassigned = float((task_hours * (1.0 - given).clip(min=0.0)).sum())
    by_role = {role.id: float(hours[r]) for r, role in enumerate(roles)}
    return summarise_capacity(roles, by_role, unassigned, settings)


def capacity(data: DepartmentData, assignments: AssignmentMap) -> CapacitySummary:
    """Hours per week, FTE and kroner per week per role and in total under ``assignments``.

    hours_r = Σ_t hours_t × share_tr / 100; FTE_r = hours_r ÷ (hours_per_fte × (1 − allowances));
    cost_r = FTE_r × hours_per_fte × hourly cost_r (kroner per week).
    """
    from oppgave.analysis.department_arrays import DepartmentArrays

    arrays = DepartmentArrays.build(data.tasks, data.roles, data.settings)
    return capacity_from_arrays(arrays, arrays.shares(assignments))


@dataclass(frozen=True, slots=True)
class RoleChange:
    """One role's figures in a reference scenario (``before``) and another (``after``)."""

    role_id: int
    role_name: str
    hours_before: float
    hours_after: float
    fte_before: float
    fte_after: float
    cost_before: float
    cost_after: float

    @property
    def fte_change(self) -> float:
        return self.fte_after - self.fte_before

    @property
    def cost_change(self) -> float:
        return self.cost_after - self.cost_before


def capacity_change(before: CapacitySummary, after: CapacitySummary) -> tuple[RoleChange, ...]:
    """Per role: hours, FTE and kroner per week before and after (e.g. baseline → proposal)."""
    old = before.by_role_id()
    new = after.by_role_id()
    result: list[RoleChange] = []
    for role_id in dict.fromkeys([*old, *new]):
        a = old.get(role_id)
        b = new.get(role_id)
        source = b if b is not None else a
        name = source.role_name if source is not None else ""
        result.append(
            RoleChange(
                role_id=role_id,
                role_name=name,
                hours_before=a.hours_per_week if a else 0.0,
                hours_after=b.hours_per_week if b else 0.0,
                fte_before=a.fte if a else 0.0,
                fte_after=b.fte if b else 0.0,
                cost_before=a.cost_per_week if a else 0.0,
                cost_after=b.cost_per_week if b else 0.0,
            )
        )
    return tuple(result)


def change_against_baseline(
    data: DepartmentData, assignments: AssignmentMap
) -> tuple[RoleChange, ...]:
    """:func:`capacity_change` from the department's baseline scenario to ``assignments``."""
    baseline = data.assignments.get(data.baseline.id, {})
    return capacity_change(capacity(data, baseline), capacity(data, assignments))
