"""Plain, immutable records of everything a workspace holds.

These are what the service layer hands out and what the analysis consumes: no ORM objects and no
sessions ever leave ``oppgave.services``, so the UI cannot touch the database behind a service's
back and the analysis stays a set of pure functions. Integer ``id`` fields are the row ids inside
one workspace file; ``uuid`` fields are stable across files (exchange, review copies, import).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from oppgave.domain.enums import (
    ALL_DAYS,
    Category,
    CommentStatus,
    DayType,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    ReviewerRole,
    RiskLevel,
    ServiceType,
    Shift,
    TaskStatus,
    Verdict,
)

MINUTES_PER_DAY = 1440
WEEKS_PER_YEAR = 52.0
MONTHS_PER_YEAR = 12.0


def count_days(days: int) -> int:
    """Number of weekdays set in a day mask (see :class:`oppgave.domain.enums.Weekday`)."""
    return bin(days & ALL_DAYS).count("1")


@dataclass(frozen=True, slots=True)
class Frequency:
    """How often a task occurs: ``count`` times per ``unit``, on the days in ``days``.

    For ``DAY`` the count applies to each selected day; for the other units the occurrences are
    spread over the selected days.
    """

    count: float
    unit: FrequencyUnit
    days: int = ALL_DAYS

    def occurrences_per_week(self) -> float:
        """Occurrences per week (1/week).

        day: count × number of selected days; week: count; month: count × 12 / 52;
        year: count / 52.
        """
        if self.unit is FrequencyUnit.DAY:
            return self.count * count_days(self.days)
        if self.unit is FrequencyUnit.WEEK:
            return self.count
        if self.unit is FrequencyUnit.MONTH:
            return self.count * MONTHS_PER_YEAR / WEEKS_PER_YEAR
        return self.count / WEEKS_PER_YEAR


def hours_per_week(frequency: Frequency, duration_minutes: float, staff_count: int) -> float:
    """A task's hours per week = occurrences per week × duration / 60 × staff at once (the one
    home of the formula: :attr:`Task.hours_per_week`, and the comparison's light loading)."""
    return frequency.occurrences_per_week() * duration_minutes / 60.0 * staff_count


@dataclass(frozen=True, slots=True, order=True)
class TimeWindow:
    """A window within a day in minutes after midnight; ``end <= start`` crosses midnight."""

    start_minute: int
    end_minute: int

    @property
    def length_minutes(self) -> int:
        length = (self.end_minute - self.start_minute) % MINUTES_PER_DAY
        return length or MINUTES_PER_DAY

    def label(self) -> str:
        """``HH:MM-HH:MM`` as people write it."""
        return f"{_hhmm(self.start_minute)}-{_hhmm(self.end_minute)}"


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@dataclass(frozen=True, slots=True)
class Municipality:
    id: int
    uuid: str
    name: str


@dataclass(frozen=True, slots=True)
class Department:
    id: int
    uuid: str
    municipality_id: int
    name: str
    service_type: ServiceType
    residents: int = 0
    beds: int | None = None
    #: the department's proposal settings as stored (JSON text; None = defaults by service type)
    proposal_settings_json: str | None = None


@dataclass(frozen=True, slots=True)
class Competence:
    id: int
    uuid: str
    code: str
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    id: int
    uuid: str
    code: str
    name: str
    leon_level: int
    authorised: bool
    hourly_cost: float
    colour: str = "#808080"
    competence_ids: frozenset[int] = frozenset()
    sort_order: int = 0
    #: hours of one FTE per week for this role; None = ``Settings.hours_per_fte``
    hours_per_fte: float | None = None
    #: edit version as read (0: not read); ``update_role(..., expected_version=)``
    version: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Course:
    id: int
    uuid: str
    name: str
    competence_id: int
    min_level: int
    hours: float
    cost_per_participant: float


@dataclass(frozen=True, slots=True)
class Task:
    id: int
    uuid: str
    department_id: int
    name: str
    frequency: Frequency
    duration_minutes: float
    staff_count: int = 1
    category: Category = Category.DIRECT
    description: str = ""
    windows: tuple[TimeWindow, ...] = ()
    competence_ids: frozenset[int] = frozenset()
    restriction: Restriction = Restriction.NONE
    restriction_min_level: int | None = None
    allowed_role_ids: frozenset[int] = frozenset()
    status: TaskStatus = TaskStatus.MAPPED
    notes: str = ""
    work_flags: int = 0
    sort_order: int = 0
    risk_level: RiskLevel = RiskLevel.LOW
    delegation_rule: DelegationRule = DelegationRule.TRANSFER
    #: The row's edit version as read (0: not read from a workspace). An edit that passes it
    #: back (``update_task(..., expected_version=)``) is refused if someone changed the task
    #: since: optimistic concurrency on a shared server. Not part of equality: two records
    #: with the same content are equal whatever edits lie between them (undo, restore).
    version: int = field(default=0, compare=False)

    @property
    def hours_per_week(self) -> float:
        """Hours per week = occurrences per week × duration / 60 × staff at once."""
        return hours_per_week(self.frequency, self.duration_minutes, self.staff_count)

    def allows(self, role: Role) -> bool:
        """Whether the task's restriction lets ``role`` do it (competences aside)."""
        if self.restriction is Restriction.NONE:
            return True
        if self.restriction is Restriction.AUTHORISED:
            return role.authorised
        if self.restriction is Restriction.MIN_LEVEL:
            return role.leon_level >= (self.restriction_min_level or 0)
        return role.id in self.allowed_role_ids


@dataclass(frozen=True, slots=True)
class Scenario:
    id: int
    uuid: str
    department_id: int
    name: str
    is_baseline: bool
    description: str = ""
    sort_order: int = 0
    #: the options that shaped a proposal (JSON text; None for hand-made scenarios)
    proposal_options_json: str | None = None
    #: the department's chosen scenario («valgt»), used by the municipality report
    is_chosen: bool = False
    #: edit version as read (0: not read); ``update_scenario(..., expected_version=)``
    version: int = field(default=0, compare=False)


#: Per task id, the share in percent (0 < share ≤ 100, summing to 100) per role id.
AssignmentMap = Mapping[int, Mapping[int, float]]


@dataclass(frozen=True, slots=True)
class RuleBreak:
    """A proposal's stored assignment the rules now refuse: the task's restriction or the
    support-role rule. Setting such a share is refused, but one stored earlier can come to
    break a rule (the support roles or the task changed since, or an older file) and is kept
    as it was, reported instead of lost."""

    department_id: int
    department_name: str
    scenario_id: int
    scenario_name: str
    task_id: int
    task_name: str
    role_id: int
    role_name: str
    #: why, in Norwegian (the restriction in words, or the support-role rule)
    reason: str


@dataclass(frozen=True, slots=True)
class Position:
    """``count`` positions of ``size_percent`` % in one role (e.g. 4 × 80 %)."""

    id: int
    uuid: str
    department_id: int
    role_id: int
    count: int
    size_percent: float

    @property
    def fte(self) -> float:
        return self.count * self.size_percent / 100.0


@dataclass(frozen=True, slots=True)
class ShiftStaffing:
    id: int
    uuid: str
    department_id: int
    role_id: int
    shift: Shift
    day_type: DayType
    count: int


@dataclass(frozen=True, slots=True)
class ShiftDefinition:
    shift: Shift
    start_minute: int
    end_minute: int

    @property
    def window(self) -> TimeWindow:
        return TimeWindow(self.start_minute, self.end_minute)

    @property
    def hours(self) -> float:
        return self.window.length_minutes / 60.0


DEFAULT_SHIFTS: tuple[ShiftDefinition, ...] = (
    ShiftDefinition(Shift.DAY, 7 * 60, 15 * 60),
    ShiftDefinition(Shift.EVENING, 15 * 60, 23 * 60),
    ShiftDefinition(Shift.NIGHT, 23 * 60, 7 * 60),
)


@dataclass(frozen=True, slots=True)
class Settings:
    """Workspace-wide assumptions of the analysis (DESIGN §6); all editable by the user."""

    hours_per_fte: float = 35.5
    absence_allowance: float = 0.10
    training_allowance: float = 0.05
    shifts: tuple[ShiftDefinition, ...] = DEFAULT_SHIFTS
    weekend_shift_hours: tuple[float, ...] = (7.5, 12.5)
    weekend_frequencies: tuple[int, ...] = (2, 3, 4)
    # Added for the analysis (phase 1); defaults keep older workspace files valid.
    #: Weeks per year: turns kroner per week into kroner per year (the optimiser's time basis).
    weeks_per_year: float = WEEKS_PER_YEAR
    #: Role codes counted as nurses in the key figure "nurse share of hours" (DESIGN §6.7).
    nurse_role_codes: tuple[str, ...] = ("SPL", "SSP")
    #: Shifts one person works on the weekends they work (Saturday and Sunday), DESIGN §6.6.
    weekend_shifts_per_person: int = 2
    #: Positions strictly above this size (%) make a continuity carrier (kontinuitetsbærer).
    continuity_threshold_percent: float = 80.0
    #: Support roles (støttefunksjoner): in proposals they only take practical and
    #: administrative tasks (``oppgave.analysis.eligibility``); «I dag» may record otherwise.
    support_role_codes: tuple[str, ...] = ("MRK", "SRV")
    #: Trainee roles (lærlinger / elever): in training, not ordinary staffing; the optimiser caps
    #: them at today's positions unless the proposal request sets a cap for them.
    trainee_role_codes: tuple[str, ...] = ("LRL",)
    # Added for staffing proposals a leader can defend (issue 13); see docs/analyse.md.
    #: Roles that count as an authorised nurse for the safety floor (forsvarlighet).
    safety_role_codes: tuple[str, ...] = ("SPL", "VPL", "SSP")
    #: High-risk tasks never go to a role below this LEON level in a proposal.
    high_risk_min_level: int = 2
    #: Supervision time of the delegating role, as a share of the delegated hours.
    supervision_share: float = 0.10
    #: Years a course is written off over (its cost per year = cost ÷ years + refresher).
    course_horizon_years: float = 3.0
    #: Yearly refresher (oppfriskning) as a share of the course cost.
    course_refresher_share: float = 0.10
    #: Holidays (ferie) in weeks per year: 5 weeks (4 weeks + 1 in the collective agreement).
    holiday_weeks: float = 5.0
    #: Public holidays (helligdager) on working days per year, about 10 in Norway.
    public_holidays: float = 10.0

    @property
    def holiday_allowance(self) -> float:
        """Share of working days lost to holidays and public holidays (WISN's annual leave and
        public holidays) = (holiday weeks × 5 + public holidays) ÷ (weeks per year × 5)."""
        if self.weeks_per_year <= 0:  # refused by the settings' validation
            return 0.0
        return (self.holiday_weeks * 5.0 + self.public_holidays) / (self.weeks_per_year * 5.0)

    @property
    def total_allowance(self) -> float:
        """Share of paid time not available for tasks: holidays + sick leave + training
        (the WISN categories of leave)."""
        return self.holiday_allowance + self.absence_allowance + self.training_allowance

    def shift(self, shift: Shift) -> ShiftDefinition:
        for definition in self.shifts:
            if definition.shift is shift:
                return definition
        raise KeyError(shift)


@dataclass(frozen=True, slots=True)
class ReviewComment:
    id: int
    uuid: str
    department_id: int
    task_uuid: str | None  # None: the overall comment on the distribution
    verdict: Verdict
    reviewer_role: ReviewerRole
    text: str
    status: CommentStatus = CommentStatus.OPEN
    task_name: str = ""
    scenario_uuid: str | None = None
    suggested_work_flags: int | None = None
    source_copy_uuid: str | None = None
    task_fingerprint: str | None = None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class TaskLine:
    """What a list of assignments shows of a task: its identity, name and hours per week (read
    without its windows, competences and allowed roles: the export's second pass)."""

    id: int
    uuid: str
    department_id: int
    name: str
    hours_per_week: float


@dataclass(frozen=True, slots=True)
class DepartmentShares:
    """Who does which task of one department in each scenario, with the optimiser's
    explanations (scenario id → task id → text): the export's assignment sheet."""

    department: Department
    tasks: tuple[TaskLine, ...]
    scenarios: tuple[Scenario, ...]
    assignments: Mapping[int, AssignmentMap]
    explanations: Mapping[int, Mapping[int, str]]


@dataclass(frozen=True, slots=True)
class DepartmentData:
    """Everything the analysis needs about one department and one scenario's assignments."""

    department: Department
    tasks: tuple[Task, ...]
    roles: tuple[Role, ...]
    competences: tuple[Competence, ...]
    courses: tuple[Course, ...]
    positions: tuple[Position, ...]
    staffing: tuple[ShiftStaffing, ...]
    scenarios: tuple[Scenario, ...]
    assignments: Mapping[int, AssignmentMap] = field(default_factory=dict)  # scenario id → map
    settings: Settings = field(default_factory=Settings)

    @property
    def baseline(self) -> Scenario:
        for scenario in self.scenarios:
            if scenario.is_baseline:
                return scenario
        raise LookupError(f"department {self.department.name!r} has no baseline scenario")


@dataclass(frozen=True, slots=True)
class ChangeMarker:
    """A fingerprint of what others may change under an open window
    (``services.workspaces.change_marker``): equal parts mean nothing there changed.

    ``department`` covers the department's own data (tasks, scenarios, shares, staffing);
    ``catalogue`` the data every department shares (roles and their competences,
    competences, courses, municipalities, the workspace settings), so the app reloads only
    what moved.
    """

    department: tuple[str, ...]
    catalogue: tuple[str, ...]
