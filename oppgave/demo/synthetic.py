"""Large synthetic workspaces for benchmarks (``oppgave demo PATH --scale 10000``).

The numbers are random but seeded, so the same seed gives the same file; tasks are plausible
(frequencies, windows, durations, competences, restrictions, split assignments) without being
the hand-written Norwegian demo content of :mod:`oppgave.demo.generator`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from oppgave.analysis.eligibility import SUPPORT_ROLE_CATEGORIES
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    Category,
    DayType,
    FrequencyUnit,
    Restriction,
    ServiceType,
    Shift,
)
from oppgave.domain.records import Competence, Frequency, Role, Task, TimeWindow
from oppgave.services import catalogue, organisation, scenarios, settings, staffing, workspaces
from oppgave.services import tasks as task_service
from oppgave.services.tasks import TaskDraft

TASKS_PER_DEPARTMENT = 333
MUNICIPALITIES = ("Melhus", "Skaun", "Midtre Gauldal")
WORDS = (
    "Stell",
    "Tilsyn",
    "Medisinering",
    "Måltid",
    "Dokumentasjon",
    "Forflytning",
    "Rapport",
    "Renhold",
    "Aktivitet",
    "Sårstell",
    "Samtale",
    "Bestilling",
    "Vask",
    "Observasjon",
)

Progress = Callable[[int, int], None]


def generate(
    path: Path | str,
    *,
    tasks: int = 10_000,
    seed: int = 2023,
    overwrite: bool = False,
    progress: Progress | None = None,
    tasks_per_department: int = TASKS_PER_DEPARTMENT,
) -> Workspace:
    """A workspace with ``tasks`` tasks spread over departments of ~``tasks_per_department``
    tasks each (the UI benchmark also puts all of them in one department)."""
    rng = random.Random(seed)
    workspace = workspaces.new_workspace(path, overwrite=overwrite)
    # One transaction for the whole file: with the rollback journal, every commit first copies
    # the pages it changes, so a transaction per department wrote ≈14× the file's size (30×
    # at 50 000 tasks); in one transaction on a new file almost nothing needs journalling.
    with workspace.batch():
        _fill(workspace, rng, tasks, tasks_per_department, progress)
    return workspace


def _fill(
    workspace: Workspace,
    rng: random.Random,
    tasks: int,
    tasks_per_department: int,
    progress: Progress | None,
) -> None:
    roles = catalogue.list_roles(workspace)
    competences = catalogue.list_competences(workspace)
    municipalities = [organisation.create_municipality(workspace, n) for n in MUNICIPALITIES]
    department_count = max(1, round(tasks / tasks_per_department))
    service_types = [s for s in ServiceType if s is not ServiceType.OTHER]
    support_codes = frozenset(settings.load(workspace).support_role_codes)
    remaining = tasks
    for index in range(department_count):
        count = remaining // (department_count - index)
        remaining -= count
        department = organisation.create_department(
            workspace,
            municipalities[index % len(municipalities)].id,
            f"Avdeling {index + 1:03d}",
            service_types[index % len(service_types)],
            residents=rng.randint(12, 60),
        )
        drafts = [_draft(rng, roles, competences, n, support_codes) for n in range(count)]
        created = task_service.create_tasks(workspace, department.id, drafts)
        proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
        _shift_some_work(workspace, rng, proposal.id, roles, {t.id: t for t in created})
        _staff(workspace, rng, department.id, roles)
        if progress is not None:
            progress(index + 1, department_count)


def _draft(
    rng: random.Random,
    roles: list[Role],
    competences: list[Competence],
    n: int,
    support_codes: frozenset[str] = frozenset(),
) -> TaskDraft:
    """One plausible task, given today to roles its restriction and the support-role rule
    allow (a support role only takes practical and administrative work), so that the scenarios
    copied from today, and the workbook exported from them, pass the import's checks."""
    unit = rng.choices(list(FrequencyUnit), weights=(70, 20, 7, 3))[0]
    days = rng.choices((ALL_DAYS, WEEKDAYS, WEEKENDS), weights=(70, 25, 5))[0]
    count = {
        FrequencyUnit.DAY: rng.choice((1, 1, 2, 3, 4, 8, 12, 20)),
        FrequencyUnit.WEEK: rng.choice((1, 2, 3, 5)),
        FrequencyUnit.MONTH: rng.choice((1, 2, 4)),
        FrequencyUnit.YEAR: rng.choice((1, 2, 4, 12)),
    }[unit]
    start = rng.choice((7, 8, 9, 11, 13, 15, 17, 19, 21, 23, 2)) * 60
    windows = (TimeWindow(start, (start + rng.choice((60, 120, 180))) % 1440),)
    required = frozenset(c.id for c in rng.sample(competences, rng.choice((0, 1, 1, 2))))
    restriction = rng.choices(
        (Restriction.NONE, Restriction.AUTHORISED, Restriction.MIN_LEVEL), weights=(80, 12, 8)
    )[0]
    category = rng.choice(list(Category))
    fields = {
        "category": category,
        "frequency": Frequency(float(count), unit, days),
        "windows": windows,
        "duration_minutes": float(rng.choice((5, 10, 15, 20, 30, 45, 60))),
        "staff_count": rng.choices((1, 2), weights=(85, 15))[0],
        "competence_ids": required,
        "restriction": restriction,
        "restriction_min_level": 2 if restriction is Restriction.MIN_LEVEL else None,
    }
    allowed = [
        role
        for role in roles
        if (
            restriction is Restriction.NONE
            or (restriction is Restriction.AUTHORISED and role.authorised)
            or (restriction is Restriction.MIN_LEVEL and role.leon_level >= 2)
        )
        and (role.code not in support_codes or category in SUPPORT_ROLE_CATEGORIES)
    ]
    first = rng.choice(allowed)
    if rng.random() < 0.3 and len(allowed) > 1:
        second = rng.choice([role for role in allowed if role.id != first.id])
        split = rng.choice((50.0, 60.0, 70.0, 80.0))
        assignment = {first.id: split, second.id: 100.0 - split}
    else:
        assignment = {first.id: 100.0}
    return TaskDraft(
        name=f"{rng.choice(WORDS)} {n + 1}", fields=fields, default_assignment=assignment
    )


def _shift_some_work(
    workspace: Workspace,
    rng: random.Random,
    scenario_id: int,
    roles: list[Role],
    by_id: dict[int, Task],
) -> None:
    """Make the proposal differ: move a tenth of the tasks to a role one level lower, where a
    proposal may give the task to that role (its restriction, the support-role rule)."""
    current = scenarios.get_assignments(workspace, scenario_id)
    rules = settings.load(workspace)
    by_level = {role.leon_level: role for role in roles}
    role_by_id = {role.id: role for role in roles}
    changes: dict[int, dict[int, float]] = {}
    for task_id, shares in current.items():
        if rng.random() > 0.1 or len(shares) != 1:
            continue
        (role_id,) = shares
        lower = by_level.get(role_by_id[role_id].leon_level - 1)
        if lower is not None and scenarios.allowed_in_proposal(by_id[task_id], lower, rules):
            changes[task_id] = {lower.id: 100.0}
    scenarios.set_assignments(workspace, scenario_id, changes)


def _staff(workspace: Workspace, rng: random.Random, department_id: int, roles: list[Role]) -> None:
    positions: list[tuple[int, float, int]] = []
    shifts: list[tuple[int, Shift, DayType, int]] = []
    for role in roles:
        if rng.random() < 0.3:
            continue
        positions += [
            (role.id, 100.0, rng.randint(0, 4)),
            (role.id, 75.0, rng.randint(1, 6)),
            (role.id, 50.0, rng.randint(0, 4)),
        ]
        shifts += [
            (role.id, shift, day_type, rng.randint(0, 3)) for shift in Shift for day_type in DayType
        ]
    staffing.replace_department_staffing(workspace, department_id, positions, shifts)
