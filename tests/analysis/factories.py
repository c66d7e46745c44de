"""Small factories over the domain records for the analysis tests.

Everything is addressed by code (role "HFA", competence "LM-INSULIN") so tests read like the
workshop; ids are assigned in catalogue order, starting at 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from oppgave.domain import default_catalogue as cat
from oppgave.domain.enums import (
    ALL_DAYS,
    Category,
    DayType,
    FrequencyUnit,
    Restriction,
    ServiceType,
    Shift,
)
from oppgave.domain.records import (
    Competence,
    Course,
    Department,
    DepartmentData,
    Frequency,
    Position,
    Role,
    Scenario,
    Settings,
    ShiftStaffing,
    Task,
    TimeWindow,
)

BASELINE_ID = 1
PROPOSAL_ID = 2


@dataclass(frozen=True)
class Catalogue:
    roles: tuple[Role, ...]
    competences: tuple[Competence, ...]
    courses: tuple[Course, ...]

    def role(self, code: str) -> Role:
        return next(r for r in self.roles if r.code == code)

    def role_id(self, code: str) -> int:
        return self.role(code).id

    def competence_id(self, code: str) -> int:
        return next(c.id for c in self.competences if c.code == code)

    def course(self, name: str) -> Course:
        return next(c for c in self.courses if c.name == name)

    def with_role(self, code: str, **changes: object) -> Catalogue:
        roles = tuple(replace(r, **changes) if r.code == code else r for r in self.roles)  # type: ignore[arg-type]
        return replace(self, roles=roles)


def default_catalogue() -> Catalogue:
    competences = tuple(
        Competence(i, f"c{i}", spec.code, spec.name, spec.description)
        for i, spec in enumerate(cat.COMPETENCES, start=1)
    )
    by_code = {c.code: c.id for c in competences}
    roles = tuple(
        Role(
            id=i,
            uuid=f"r{i}",
            code=spec.code,
            name=spec.name,
            leon_level=spec.leon_level,
            authorised=spec.authorised,
            hourly_cost=spec.hourly_cost,
            colour=spec.colour,
            competence_ids=frozenset(by_code[c] for c in spec.competences),
            sort_order=i,
        )
        for i, spec in enumerate(cat.ROLES, start=1)
    )
    courses = tuple(
        Course(
            i,
            f"k{i}",
            spec.name,
            by_code[spec.competence],
            spec.min_level,
            spec.hours,
            spec.cost_per_participant,
        )
        for i, spec in enumerate(cat.COURSES, start=1)
    )
    return Catalogue(roles, competences, courses)


CATALOGUE = default_catalogue()


def hhmm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def window(start: str, end: str) -> TimeWindow:
    return TimeWindow(hhmm(start), hhmm(end))


def make_task(
    task_id: int,
    name: str = "",
    *,
    count: float = 1,
    unit: FrequencyUnit = FrequencyUnit.DAY,
    days: int = ALL_DAYS,
    minutes: float = 30,
    staff: int = 1,
    windows: Iterable[tuple[str, str]] = (),
    competences: Iterable[str] = (),
    restriction: Restriction = Restriction.NONE,
    min_level: int | None = None,
    allowed: Iterable[str] = (),
    category: Category = Category.DIRECT,
    catalogue: Catalogue = CATALOGUE,
    department_id: int = 1,
) -> Task:
    return Task(
        id=task_id,
        uuid=f"t{task_id}",
        department_id=department_id,
        name=name or f"Oppgave {task_id}",
        frequency=Frequency(count, unit, days),
        duration_minutes=minutes,
        staff_count=staff,
        category=category,
        windows=tuple(window(a, b) for a, b in windows),
        competence_ids=frozenset(catalogue.competence_id(c) for c in competences),
        restriction=restriction,
        restriction_min_level=min_level,
        allowed_role_ids=frozenset(catalogue.role_id(c) for c in allowed),
    )


def make_department(
    tasks: Sequence[Task],
    *,
    baseline: Mapping[int, Mapping[str, float]] | None = None,
    proposal: Mapping[int, Mapping[str, float]] | None = None,
    positions: Iterable[tuple[str, int, float]] = (),
    staffing: Iterable[tuple[str, Shift, DayType, int]] = (),
    settings: Settings | None = None,
    residents: int = 20,
    catalogue: Catalogue = CATALOGUE,
    department_id: int = 1,
    municipality_id: int = 1,
    name: str = "Avdeling A",
) -> DepartmentData:
    """A department; assignments are given per task id as role code → share %."""

    def resolve(m: Mapping[int, Mapping[str, float]]) -> dict[int, dict[int, float]]:
        return {t: {catalogue.role_id(c): s for c, s in shares.items()} for t, shares in m.items()}

    assignments = {BASELINE_ID: resolve(baseline or {})}
    scenarios = [Scenario(BASELINE_ID, "s1", department_id, "I dag", True)]
    if proposal is not None:
        assignments[PROPOSAL_ID] = resolve(proposal)
        scenarios.append(Scenario(PROPOSAL_ID, "s2", department_id, "Forslag A", False))
    return DepartmentData(
        department=Department(
            department_id,
            f"d{department_id}",
            municipality_id,
            name,
            ServiceType.LONG_TERM,
            residents=residents,
        ),
        tasks=tuple(tasks),
        roles=catalogue.roles,
        competences=catalogue.competences,
        courses=catalogue.courses,
        positions=tuple(
            Position(i, f"p{i}", department_id, catalogue.role_id(code), count, size)
            for i, (code, count, size) in enumerate(positions, start=1)
        ),
        staffing=tuple(
            ShiftStaffing(i, f"s{i}", department_id, catalogue.role_id(code), shift, day_type, n)
            for i, (code, shift, day_type, n) in enumerate(staffing, start=1)
        ),
        scenarios=tuple(scenarios),
        assignments=assignments,
        settings=settings or Settings(),
    )
