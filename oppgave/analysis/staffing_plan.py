"""Bemanningsplan (DESIGN §8): people per role per shift for one scenario, against today's.

For each (role, shift, day type) of the scenario:

* task hours per day = the role's task hours on that shift per week (the døgnrytme,
  :func:`oppgave.analysis.workload.compute_workload`) ÷ days of the type (5 weekdays, 2 weekend
  days);
* usable hours per person = shift hours × (1 − presence share): the department's unmapped
  necessary presence (observasjon, tilstedeværelse, uforutsette oppgaver) is not free for tasks;
* people needed (unrounded) = task hours per day ÷ usable hours per person.

People are whole: each shift gets ⌈Σ_roles unrounded − 0.05⌉ people in all (the hours need
covering), each role ⌊its unrounded⌋, and the seats left go to the roles with the largest
remainders (ties: the higher LEON level, which may do the lower level's work). Then the safety
floor (:func:`floors_for`, today ``scenario_price.safety_floor``: e.g. ≥ 1 authorised nurse on
duty on every shift in nursing homes) is met: when the floor's roles have fewer people than the
floor, the floor role with the most unrounded need gets the missing people, and a seat that only
rounding gave a lower role is taken back (the nurse can do that work). On a shift where the floor
may be met on call (hjemmevakt in home care at night) the nurse is marked «på hjemmevakt» and is
not counted on duty.

Against today's staffing per shift: ``change`` = plan − today; a cell where today's staff have
fewer people than the plan is **overloaded** (overbelastet: the tasks need more people than
today's shift has), one where today has more is **under-used** (ledig kapasitet).

Hours per week of the plan per role = Σ people × shift hours × days; FTE = those hours ÷ the
role's paid hours per FTE (``Role.hours_per_fte`` or ``Settings.hours_per_fte``) ÷ (1 − the
allowances: holidays, absence, training): the plan's seats must be covered when someone is away.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from oppgave.analysis.capacity import productive_share, role_hours_per_fte
from oppgave.analysis.department_arrays import DAY_TYPE_OF_DAY, DAYS_OF_TYPE, DepartmentArrays
from oppgave.analysis.scenario_price import proposal_settings, safety_floor
from oppgave.analysis.workload import compute_workload
from oppgave.domain import labels
from oppgave.domain.enums import Category, DayType, Shift
from oppgave.domain.records import DepartmentData, Role, Settings
from oppgave.i18n import translate

#: The unrounded need of a shift may exceed a whole person by this much before another person is
#: added (5 % of a shift: a few minutes of mapped work do not make a new person).
ROUNDING_SLACK = 0.05

PlanKey = tuple[int, Shift, DayType]


def _tr(text: str) -> str:
    return translate("StaffingPlan", text)


@dataclass(frozen=True, slots=True)
class ShiftFloor:
    """At least ``people`` of ``role_ids`` on every ``shift`` (both day types); ``on_call``: the
    floor may be met by someone on call (hjemmevakt), who is then not counted on duty."""

    role_ids: frozenset[int]
    shift: Shift
    people: int
    on_call: bool = False
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FloorSource:
    """Where the plan's floors and presence come from (one switchable place)."""

    floors: tuple[ShiftFloor, ...]
    presence_share: float


def floors_for(data: DepartmentData) -> FloorSource:
    """The department's safety floors and unmapped presence share, from its proposal settings
    (``Department.proposal_settings_json`` over the defaults of its service type)."""
    settings = proposal_settings(data)
    floors = tuple(
        ShiftFloor(
            role_ids=g.role_ids,
            shift=g.shift,
            people=g.people,
            on_call=g.factor < 1.0,
            reason=g.reason,
        )
        for g in safety_floor(data, settings)
        if g.day_type is None
    )
    return FloorSource(floors=floors, presence_share=settings.presence_share)


@dataclass(frozen=True, slots=True)
class PlanCell:
    """One (role, shift, day type) of the bemanningsplan; ``people`` per day on duty."""

    role_id: int
    shift: Shift
    day_type: DayType
    task_hours_per_day: float
    need: float  # unrounded people
    people: int
    today: int
    on_call: int = 0
    floor_added: int = 0
    edited: bool = False

    @property
    def change(self) -> int:
        """People against today's staffing (+ more than today)."""
        return self.people - self.today

    @property
    def overloaded(self) -> bool:
        """Today's shift has fewer people than the scenario's tasks need."""
        return self.today < self.people

    @property
    def under_used(self) -> bool:
        """Today's shift has more people than the scenario's tasks need."""
        return self.today > self.people


@dataclass(frozen=True, slots=True)
class RolePlan:
    """Hours per week and FTE of one role on the plan, against today's staffing per shift."""

    role_id: int
    hours_per_week: float
    fte: float
    today_hours_per_week: float
    today_fte: float
    weekday_only: bool


@dataclass(frozen=True, slots=True)
class FloorBreach:
    """A shift of a day type where the plan has fewer of the floor's roles than the floor
    (only hand edits can do that: the derived plan always meets its floors)."""

    floor: ShiftFloor
    day_type: DayType
    people: int  # of the floor's roles on duty (on call counted for an on-call floor)

    def message(self, role_codes: Mapping[int, str]) -> str:
        """The breach in words, for a warning beside the plan."""
        roles = "/".join(sorted(role_codes.get(r, str(r)) for r in self.floor.role_ids))
        text = _tr(
            "{shift} {day_type}: {people} {roles} på vakt, sikkerhetsgulvet krever minst {floor}."
        ).format(
            shift=labels.label(self.floor.shift).capitalize(),
            day_type=labels.label(self.day_type),
            people=self.people,
            roles=roles,
            floor=self.floor.people,
        )
        return f"{text} ({self.floor.reason})" if self.floor.reason else text


def floor_breaches(
    cells: Iterable[PlanCell], floors: Iterable[ShiftFloor]
) -> tuple[FloorBreach, ...]:
    """Every (floor, day type) the cells do not meet. A floor that may be met on call counts
    the cells' on-call people too."""
    cells = tuple(cells)
    found: list[FloorBreach] = []
    for floor in floors:
        if not floor.role_ids or floor.people <= 0:
            continue
        for day_type in DayType:
            have = sum(
                c.people + (c.on_call if floor.on_call else 0)
                for c in cells
                if c.shift is floor.shift and c.day_type is day_type and c.role_id in floor.role_ids
            )
            if have < floor.people:
                found.append(FloorBreach(floor, day_type, have))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class CompetenceNeed:
    """At least ``people`` with ``competence_id`` on ``shift`` of every ``day_type`` day: from a
    safety floor (the competences every floor role has, e.g. medication handling on every shift
    of a nursing home) or from patient tasks on that shift that require the competence
    (``task_names``).
    ``have``: people on the plan's shift whose role has the competence."""

    shift: Shift
    day_type: DayType
    competence_id: int
    people: int
    have: int
    task_names: tuple[str, ...] = ()

    @property
    def met(self) -> bool:
        return self.have >= self.people

    def message(self, competence_names: Mapping[int, str]) -> str:
        """An unmet need in words, for a warning beside the plan."""
        text = _tr(
            "{shift} {day_type}: {have} med kompetansen «{competence}» på vakt, trenger {people}."
        ).format(
            shift=labels.label(self.shift).capitalize(),
            day_type=labels.label(self.day_type),
            have=self.have,
            competence=competence_names.get(self.competence_id, str(self.competence_id)),
            people=self.people,
        )
        if self.task_names:
            shown = ", ".join(self.task_names[:3]) + (" …" if len(self.task_names) > 3 else "")
            text += " " + _tr("(oppgaver: {tasks})").format(tasks=shown)
        return text


#: Task categories whose required competences must be on the shift the task falls in.
SHIFT_BOUND_CATEGORIES = frozenset({Category.DIRECT, Category.INDIRECT})


def competence_needs(
    data: DepartmentData,
    arrays: DepartmentArrays,
    cells: Iterable[PlanCell],
    floors: Iterable[ShiftFloor],
) -> tuple[CompetenceNeed, ...]:
    """The competences each shift of each day type needs (see :class:`CompetenceNeed`), with how
    many the cells give. A task counts on a shift when any of its occurrences fall in it."""
    cells = tuple(cells)
    role_competences = {role.id: role.competence_ids for role in data.roles}
    shift_index = {definition.shift: i for i, definition in enumerate(arrays.tasks.shifts)}
    wanted: dict[tuple[Shift, DayType, int], int] = {}
    tasks_of: dict[tuple[Shift, DayType, int], list[str]] = {}
    for floor in floors:
        if floor.on_call or not floor.role_ids or floor.people <= 0:
            continue
        shared = frozenset.intersection(
            *(role_competences.get(r, frozenset()) for r in floor.role_ids)
        )
        for competence in shared:
            for day_type in DayType:
                key = (floor.shift, day_type, competence)
                wanted[key] = max(wanted.get(key, 0), floor.people)
    occurrences = arrays.tasks.occurrences_by_shift_instance()  # n × S × 7
    for task in arrays.tasks.tasks:
        # patient work binds a competence to the shift; administration (rota planning, hiring
        # temps) is done in day work whenever it fits, not by whoever is on a given shift
        if not task.competence_ids or task.category not in SHIFT_BOUND_CATEGORIES:
            continue
        row = arrays.tasks.index[task.id]
        for shift, s in shift_index.items():
            for day_type in DayType:
                days = [d for d in range(7) if DAY_TYPE_OF_DAY[d] is day_type]
                if float(occurrences[row, s, days].sum()) <= 1e-6:
                    continue
                for competence in task.competence_ids:
                    key = (shift, day_type, competence)
                    wanted[key] = max(wanted.get(key, 0), 1)
                    tasks_of.setdefault(key, []).append(task.name)
    result = []
    for (shift, day_type, competence), people in sorted(
        wanted.items(), key=lambda item: (list(DayType).index(item[0][1]), item[0][0], item[0][2])
    ):
        have = sum(
            c.people
            for c in cells
            if c.shift is shift
            and c.day_type is day_type
            and competence in role_competences.get(c.role_id, frozenset())
        )
        names = tuple(sorted(set(tasks_of.get((shift, day_type, competence), ()))))
        result.append(CompetenceNeed(shift, day_type, competence, people, have, names))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class StaffingPlan:
    """The bemanningsplan of one scenario (see the module docstring)."""

    department_id: int
    scenario_id: int
    presence_share: float
    cells: tuple[PlanCell, ...]
    roles: tuple[RolePlan, ...]
    floors: tuple[ShiftFloor, ...]
    notes: tuple[str, ...] = ()
    _index: Mapping[PlanKey, PlanCell] = field(default_factory=dict, repr=False, compare=False)
    breaches: tuple[FloorBreach, ...] = ()
    competences: tuple[CompetenceNeed, ...] = ()

    @property
    def competence_gaps(self) -> tuple[CompetenceNeed, ...]:
        """The competence needs the plan's people do not meet (a warning, like ``breaches``)."""
        return tuple(n for n in self.competences if not n.met)

    @property
    def edited(self) -> bool:
        """Whether any cell carries a leader's hand edit."""
        return any(c.edited for c in self.cells)

    def cell(self, role_id: int, shift: Shift, day_type: DayType) -> PlanCell | None:
        return self._index.get((role_id, shift, day_type))

    def people(self, role_id: int, shift: Shift, day_type: DayType) -> int:
        """People on duty of ``role_id`` on one shift of one day of ``day_type`` (0 if none)."""
        found = self._index.get((role_id, shift, day_type))
        return found.people if found else 0

    def shift_total(self, shift: Shift, day_type: DayType) -> int:
        return sum(c.people for c in self.cells if c.shift is shift and c.day_type is day_type)

    def today_total(self, shift: Shift, day_type: DayType) -> int:
        return sum(c.today for c in self.cells if c.shift is shift and c.day_type is day_type)

    def counts(self) -> dict[PlanKey, int]:
        """(role id, shift, day type) → people on duty, every cell with people."""
        return {(c.role_id, c.shift, c.day_type): c.people for c in self.cells if c.people}

    @property
    def fte(self) -> float:
        return sum(r.fte for r in self.roles)

    @property
    def today_fte(self) -> float:
        return sum(r.today_fte for r in self.roles)


def _round_shift(
    needs: Mapping[int, float], levels: Mapping[int, int], trainees: frozenset[int]
) -> dict[int, int]:
    """Whole people per role on one shift: total ⌈Σ need − slack⌉, floors, largest remainders
    (never to a trainee role: apprentices are in training, not the shift's staffing)."""
    total = max(0, math.ceil(sum(needs.values()) - ROUNDING_SLACK))
    people = {r: math.floor(n + 1e-9) for r, n in needs.items()}
    order = sorted(
        (r for r in needs if r not in trainees),
        key=lambda r: (-(needs[r] - math.floor(needs[r] + 1e-9)), -levels.get(r, 0), r),
    )
    for role_id in order:
        if sum(people.values()) >= total:
            break
        people[role_id] += 1
    return people


def staffing_plan(
    data: DepartmentData,
    scenario_id: int,
    *,
    edits: Mapping[PlanKey, int] | None = None,
    source: FloorSource | None = None,
) -> StaffingPlan:
    """The bemanningsplan of ``scenario_id`` (see the module docstring).

    ``edits`` (role id, shift, day type) → people replace the computed count of a cell (a leader's
    hand edit); they are kept as given, floors are not re-applied to them, and a floor they
    break is listed in ``breaches`` (a warning to show, never silently accepted). Raises
    :class:`KeyError` for a scenario not in the department.
    """
    if not any(s.id == scenario_id for s in data.scenarios):
        raise KeyError(f"scenario {scenario_id} is not in department {data.department.name!r}")
    settings = data.settings
    source = source or floors_for(data)
    arrays = DepartmentArrays.build(data.tasks, data.roles, settings)
    work = compute_workload(arrays, arrays.shares(data.assignments.get(scenario_id, {})))
    levels = {role.id: role.leon_level for role in data.roles}
    trainees = frozenset(r.id for r in data.roles if r.code in settings.trainee_role_codes)
    today: dict[PlanKey, int] = {}
    for row in data.staffing:
        key = (row.role_id, row.shift, row.day_type)
        today[key] = today.get(key, 0) + row.count

    cells: list[PlanCell] = []
    notes: list[str] = []
    edits = edits or {}
    usable_share = 1.0 - source.presence_share
    for definition in settings.shifts:
        shift = definition.shift
        usable = definition.hours * usable_share
        for day_type in DayType:
            days = DAYS_OF_TYPE[day_type]
            per_day = {
                role.id: work.role_shift_hours.get((role.id, shift, day_type), 0.0) / days
                for role in data.roles
            }
            needs = {r: h / usable if usable > 0 else 0.0 for r, h in per_day.items()}
            people = _round_shift(needs, levels, trainees)
            added: dict[int, int] = {}
            on_call: dict[int, int] = {}
            rounded_up = {r for r in people if people[r] > math.floor(needs[r] + 1e-9)}
            for floor in source.floors:
                if floor.shift is not shift or not floor.role_ids:
                    continue
                have = sum(people.get(r, 0) for r in floor.role_ids)
                missing = floor.people - have
                if missing <= 0:
                    continue
                chosen = max(
                    sorted(floor.role_ids),
                    key=lambda r: (needs.get(r, 0.0), -levels.get(r, 0)),
                )
                if floor.on_call:
                    on_call[chosen] = on_call.get(chosen, 0) + missing
                    continue
                people[chosen] = people.get(chosen, 0) + missing
                added[chosen] = added.get(chosen, 0) + missing
                # the nurse added by the floor takes the seat rounding gave a lower role
                total_need = math.ceil(sum(needs.values()) - ROUNDING_SLACK)
                for _ in range(missing):
                    if sum(people.values()) <= total_need:
                        break
                    spare = [r for r in rounded_up if r not in floor.role_ids and people[r] > 0]
                    if not spare:
                        break
                    take = min(spare, key=lambda r: (needs[r] - math.floor(needs[r]), r))
                    people[take] -= 1
                    rounded_up.discard(take)
            for role in data.roles:
                key = (role.id, shift, day_type)
                count = people.get(role.id, 0)
                edited = key in edits
                if edited:
                    count = int(edits[key])
                shown = needs[role.id] >= 0.01
                if not (count or today.get(key, 0) or on_call.get(role.id, 0) or shown or edited):
                    continue
                cells.append(
                    PlanCell(
                        role_id=role.id,
                        shift=shift,
                        day_type=day_type,
                        task_hours_per_day=per_day[role.id],
                        need=needs[role.id],
                        people=count,
                        today=today.get(key, 0),
                        on_call=on_call.get(role.id, 0),
                        floor_added=0 if edited else added.get(role.id, 0),
                        edited=edited,
                    )
                )
    if work.unassigned_hours > 0.05:
        notes.append(
            _tr("{h} timer per uke er ikke fordelt på noen rolle og er ikke med i planen.").format(
                h=f"{work.unassigned_hours:.1f}".replace(".", ",")
            )
        )
    roles = tuple(_role_plans(cells, data.roles, settings))
    return StaffingPlan(
        department_id=data.department.id,
        scenario_id=scenario_id,
        presence_share=source.presence_share,
        cells=tuple(cells),
        roles=roles,
        floors=source.floors,
        notes=tuple(notes),
        _index={(c.role_id, c.shift, c.day_type): c for c in cells},
        breaches=floor_breaches(cells, source.floors),
        competences=competence_needs(data, arrays, cells, source.floors),
    )


def plan_hours(counts: Iterable[tuple[PlanKey, int]], settings: Settings) -> dict[int, float]:
    """Hours per week per role id = Σ people × shift hours × days of the type."""
    result: dict[int, float] = {}
    for (role_id, shift, day_type), people in counts:
        hours = people * settings.shift(shift).hours * DAYS_OF_TYPE[day_type]
        result[role_id] = result.get(role_id, 0.0) + hours
    return result


def _role_plans(
    cells: Iterable[PlanCell], roles: Iterable[Role], settings: Settings
) -> Iterable[RolePlan]:
    cells = tuple(cells)
    hours = plan_hours((((c.role_id, c.shift, c.day_type), c.people) for c in cells), settings)
    today = plan_hours((((c.role_id, c.shift, c.day_type), c.today) for c in cells), settings)
    share = productive_share(settings)
    for role in roles:
        h, t = hours.get(role.id, 0.0), today.get(role.id, 0.0)
        if not h and not t:
            continue
        per_fte = role_hours_per_fte(role, settings) * share
        weekend = sum(
            c.people for c in cells if c.role_id == role.id and c.day_type is DayType.WEEKEND
        )
        yield RolePlan(
            role_id=role.id,
            hours_per_week=h,
            fte=h / per_fte,
            today_hours_per_week=t,
            today_fte=t / per_fte,
            weekday_only=weekend == 0 and h > 0,
        )
