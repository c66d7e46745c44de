"""The demo workspace: Melhus, Skaun and Midtre Gauldal, generated deterministically.

Each department takes the built-in task library of its service type (written as the three
municipalities' workshops wrote their sheets) at its own number of residents, with small
seeded variations so departments of the same type differ. "I dag" is the library's current
practice; "Forslag A" its LEON-inspired proposal. Shift staffing is derived from the baseline's
workload per shift and positions from the staffing, so the demo's figures hang together:
roughly three quarters of the available time is mapped, as in a real first mapping.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

from oppgave.analysis.workload import workload
from oppgave.db.models import seeded_uuids
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DayType, Restriction, ServiceType, Shift
from oppgave.domain.records import DepartmentData, Frequency, Role
from oppgave.domain.task_library import LibraryTask, load_library
from oppgave.services import catalogue, organisation, scenarios, staffing, workspaces
from oppgave.services import tasks as task_service
from oppgave.services.tasks import TaskDraft

PROPOSAL_NAME = "Forslag A"
MIN_TASKS = 40
#: Share of a shift spent on mapped tasks (the rest: breaks, walking, unplanned work).
MAPPED_SHARE_OF_SHIFT = 0.75
#: The largest presence share of the proposal defaults (analysis.scenario_price): positions
#: are topped up so today's mapped hours fit in what is left of them.
PRESENCE_SHARE = 0.15
DAYS = {DayType.WEEKDAY: 5, DayType.WEEKEND: 2}
#: Position sizes (%) and the share of a role's FTE placed in each; small part-time positions
#: are common in Norwegian care services, which is what the full-time analysis is about.
POSITION_MIX = (
    (100.0, 0.45),
    (80.0, 0.20),
    (75.0, 0.10),
    (60.0, 0.10),
    (50.0, 0.08),
    (40.0, 0.04),
    (20.0, 0.03),
)
#: Services where a nurse is on every shift, whatever the mapped tasks say.
NURSE_ON_EVERY_SHIFT = {
    ServiceType.LONG_TERM,
    ServiceType.SHORT_TERM,
    ServiceType.DEMENTIA,
    ServiceType.REHABILITATION,
}


@dataclass(frozen=True, slots=True)
class DepartmentSpec:
    municipality: str
    name: str
    service_type: ServiceType
    residents: int
    beds: int | None


DEPARTMENTS: tuple[DepartmentSpec, ...] = (
    DepartmentSpec("Melhus", "Melhus sykehjem, langtid 2. etasje", ServiceType.LONG_TERM, 24, 24),
    DepartmentSpec("Melhus", "Korttidsavdelingen Melhus", ServiceType.SHORT_TERM, 18, 18),
    DepartmentSpec("Melhus", "Hjemmetjenesten Melhus sentrum", ServiceType.HOME_CARE, 85, None),
    DepartmentSpec("Skaun", "Skaun sykehjem, skjermet enhet", ServiceType.DEMENTIA, 10, 10),
    DepartmentSpec("Skaun", "Bofellesskapet Børsa", ServiceType.SHELTERED_HOUSING, 8, 8),
    DepartmentSpec("Skaun", "Hjemmetjenesten Skaun", ServiceType.HOME_CARE, 60, None),
    DepartmentSpec(
        "Midtre Gauldal", "Midtre Gauldal helsesenter, langtid", ServiceType.LONG_TERM, 20, 20
    ),
    DepartmentSpec(
        "Midtre Gauldal", "Rehabiliteringsavdelingen Støren", ServiceType.REHABILITATION, 12, 12
    ),
)


def generate(path: Path | str, *, seed: int = 2023, overwrite: bool = False) -> Workspace:
    """Write the demo workspace to ``path`` and return it open. Same seed, same content."""
    with seeded_uuids(seed):
        workspace = workspaces.new_workspace(path, overwrite=overwrite)
        try:
            _fill(workspace, seed)
        except BaseException:
            workspace.close()
            raise
    return workspace


def _fill(workspace: Workspace, seed: int) -> None:
    roles = {role.code: role for role in catalogue.list_roles(workspace)}
    competences = {c.code: c.id for c in catalogue.list_competences(workspace)}
    municipalities = {}
    for spec in DEPARTMENTS:
        if spec.municipality not in municipalities:
            municipalities[spec.municipality] = organisation.create_municipality(
                workspace, spec.municipality
            )
    for index, spec in enumerate(DEPARTMENTS):
        rng = random.Random(seed * 1000 + index)
        department = organisation.create_department(
            workspace,
            municipalities[spec.municipality].id,
            spec.name,
            spec.service_type,
            residents=spec.residents,
            beds=spec.beds,
        )
        library = load_library(spec.service_type)
        chosen = _choose_tasks(rng, list(library.tasks))
        proposal = scenarios.create_scenario(
            workspace,
            department.id,
            PROPOSAL_NAME,
            description="LEON-forslag fra workshop: helsefagarbeidere med kurs overtar "
            "oppgaver som ikke krever sykepleier.",
        )
        baseline = scenarios.baseline(workspace, department.id)
        drafts = [
            _draft(rng, item, spec.residents, roles, competences, baseline.id, proposal.id)
            for item in chosen
        ]
        task_service.create_tasks(workspace, department.id, drafts)
        _staff_department(workspace, department.id, spec.service_type)


def _choose_tasks(rng: random.Random, library_tasks: list[LibraryTask]) -> list[LibraryTask]:
    """Most of the library, in its order, leaving out a few so departments differ."""
    keep = max(MIN_TASKS, len(library_tasks) - rng.randint(0, 6))
    dropped = set(rng.sample(range(len(library_tasks)), len(library_tasks) - keep))
    return [task for n, task in enumerate(library_tasks) if n not in dropped]


def _draft(
    rng: random.Random,
    item: LibraryTask,
    residents: int,
    roles: dict[str, Role],
    competences: dict[str, int],
    baseline_id: int,
    proposal_id: int,
) -> TaskDraft:
    def ids(shares: dict[str, float] | None) -> dict[int, float]:
        return {roles[code].id: share for code, share in (shares or {}).items()}

    frequency = item.frequency_for(residents)
    duration = _vary_duration(rng, item.duration)
    fields = {
        "description": item.description,
        "category": item.category,
        "frequency": Frequency(frequency.count, frequency.unit, frequency.days),
        "windows": item.windows,
        "duration_minutes": duration,
        "staff_count": item.staff,
        "competence_ids": frozenset(competences[code] for code in item.competences),
        "restriction": item.restriction,
        "restriction_min_level": item.restriction_min_level,
        "allowed_role_ids": frozenset(roles[code].id for code in item.restriction_roles)
        if item.restriction is Restriction.ROLES
        else frozenset(),
        "work_flags": int(item.flags),
        "risk_level": item.risk_level,
        "delegation_rule": item.delegation_rule,
    }
    today = ids(dict(item.today))
    proposal = ids(dict(item.proposal)) if item.proposal is not None else today
    return TaskDraft(
        name=item.name,
        fields=fields,
        assignments={baseline_id: today, proposal_id: proposal},
    )


def _vary_duration(rng: random.Random, minutes: float) -> float:
    """±20 %, rounded to whole minutes (to 5 minutes above 20), never below 1."""
    varied = minutes * rng.uniform(0.8, 1.2)
    step = 5 if varied > 20 else 1
    return float(max(1, round(varied / step) * step))


def _staff_department(workspace: Workspace, department_id: int, service: ServiceType) -> None:
    """Shift staffing from the baseline workload per shift; positions from the staffing."""
    data = workspaces.load_department_data(workspace, department_id)
    baseline = data.baseline
    load = workload(data, data.assignments[baseline.id]).role_shift_hours
    settings = data.settings
    counts: dict[tuple[int, Shift, DayType], int] = {}
    for (role_id, shift, day_type), hours in load.items():
        per_shift = hours / DAYS[day_type] / (settings.shift(shift).hours * MAPPED_SHARE_OF_SHIFT)
        counts[(role_id, shift, day_type)] = math.floor(per_shift + 0.5)
    helper = next(r for r in data.roles if r.code == "HFA")
    for shift in Shift:
        if service is ServiceType.HOME_CARE and shift is Shift.NIGHT:
            continue
        for day_type in DayType:
            if not any(counts.get((r.id, shift, day_type), 0) for r in data.roles):
                counts[(helper.id, shift, day_type)] = 1  # nobody alone is nobody at all
    if service in NURSE_ON_EVERY_SHIFT:
        nurse = next(r for r in data.roles if r.code == "SPL")
        for shift in Shift:
            for day_type in DayType:
                key = (nurse.id, shift, day_type)
                counts[key] = max(counts.get(key, 0), 1)
    shifts = [(role_id, s, d, n) for (role_id, s, d), n in sorted(counts.items()) if n > 0]
    staffed_fte: dict[int, float] = {}
    for role_id, shift, day_type, count in shifts:
        hours = count * settings.shift(shift).hours * DAYS[day_type]
        staffed_fte[role_id] = staffed_fte.get(role_id, 0.0) + hours / (
            settings.hours_per_fte * (1 - settings.total_allowance)
        )
    # today's people must cover today's mapped hours with the presence share left over
    # (docs/analyse.md, «Omfordel med dagens ansatte»): top up roles the rounding left short
    productive = settings.hours_per_fte * (1 - settings.total_allowance) * (1 - PRESENCE_SHARE)
    for role_id, hours in sorted(role_hours(data, baseline.id).items()):
        needed = math.ceil(hours / productive / 0.2 - 1e-9) * 0.2
        if hours > 0 and staffed_fte.get(role_id, 0.0) < needed:
            staffed_fte[role_id] = needed
    positions: list[tuple[int, float, int]] = []
    for role_id, fte in sorted(staffed_fte.items()):
        positions.extend((role_id, size, count) for size, count in _position_mix(fte))
    staffing.replace_department_staffing(workspace, department_id, positions, shifts)


def role_hours(data: DepartmentData, scenario_id: int) -> dict[int, float]:
    """Task hours per week per role under a scenario."""
    hours: dict[int, float] = {}
    by_id = {task.id: task for task in data.tasks}
    for task_id, shares in data.assignments.get(scenario_id, {}).items():
        task = by_id.get(task_id)
        if task is None:
            continue
        for role_id, share in shares.items():
            hours[role_id] = hours.get(role_id, 0.0) + task.hours_per_week * share / 100.0
    return hours


def _position_mix(fte: float) -> list[tuple[float, int]]:
    """Split ``fte`` into whole positions of the sizes in :data:`POSITION_MIX` (by the share
    of FTE each size holds), the remainder in half and then in the smallest positions, so the
    total is ``fte`` to within the smallest size."""
    counts: dict[float, int] = {}
    remaining = fte
    for size, share in POSITION_MIX:
        count = min(round(fte * share / (size / 100.0)), int(remaining / (size / 100.0)))
        if count > 0:
            counts[size] = count
            remaining -= count * size / 100.0
    for size in (50.0, POSITION_MIX[-1][0]):
        extra = int(remaining / (size / 100.0) + (0.5 if size == POSITION_MIX[-1][0] else 0))
        if extra > 0:
            counts[size] = counts.get(size, 0) + extra
            remaining -= extra * size / 100.0
    return sorted(counts.items(), reverse=True)
