"""One price for a scenario: what every screen, the CLI, the JSON, Excel and the report show.

A scenario is priced under the options that shaped it (stored with the scenario as JSON,
:func:`options_to_json`); a scenario without stored options («I dag», hand-made ones) is priced
under the department's defaults (:func:`default_options`: today's positions as the supply, the
safety floor of the service type, the unmapped presence share). «I dag» is priced under the
*same* options, so «endring mot i dag» compares like with like.

Kroner per year = Σ_r hours_r × hourly cost_r ÷ (1 − allowances) × weeks per year
+ course cost per year (course cost ÷ horizon + refresher share × course cost). hours_r are the
role's task hours, plus supervision of tasks it delegates, plus the idle time a floor or a
minimum staffing pays anyway (see :mod:`oppgave.analysis.staffing_cost`). Today's practice pays
no courses: the courses its assignment would need are listed as competence gaps.

Per role the price also gives the supply (today's positions + hiring allowance, as task hours:
FTE × hours per FTE × (1 − allowances) × (1 − presence share)), the hours freed against
«I dag» and the shortfall against the supply.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from oppgave.analysis.capacity import positions_fte, role_hours_per_fte
from oppgave.analysis.department_arrays import FloatArray
from oppgave.analysis.norwegian_text import format_number
from oppgave.analysis.staffing_cost import (
    CostBreakdown,
    CostModel,
    CourseCost,
    GroupMinimum,
    ProposalMode,
    ShiftMinimum,
    StaffingOptions,
    shift_word,
)
from oppgave.analysis.upgrades import (
    people_needed,
    role_staff,
    shifts_needing,
    shifts_per_person,
)
from oppgave.domain.enums import Category, DayType, ServiceType, Shift
from oppgave.domain.records import DepartmentData, Role, Scenario
from oppgave.i18n import translate

#: Service types where residents stay around the clock: a nurse on duty on every shift.
NURSING_HOME_TYPES = frozenset(
    {
        ServiceType.LONG_TERM,
        ServiceType.SHORT_TERM,
        ServiceType.DEMENTIA,
        ServiceType.REHABILITATION,
    }
)
#: Hjemmevakt counts as this share of the shift (1:5), the usual conversion of on-call time.
ON_CALL_FACTOR = 0.2
#: Stored options format; bumped when a field changes meaning.
OPTIONS_VERSION = 1


def _tr(text: str) -> str:
    return translate("ScenarioPrice", text)


# --- the department's proposal settings (floors) ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalSettings:
    """A department's proposal settings (``Department.proposal_settings_json``; None: the
    defaults of its service type, :func:`default_proposal_settings`).

    ``nurses_per_shift``: authorised nurses (``Settings.safety_role_codes``) on duty on every
    shift, weekdays and weekends; ``on_call_shifts``: shifts where the nurse may be on call
    (hjemmevakt) instead, counted at ``on_call_factor`` of the shift; ``skilled_share``: least
    share of task hours done by authorised roles (fagutdannede); ``presence_share``: share of
    shift time spent on unmapped necessary presence (observasjon, tilstedeværelse,
    uforutsette oppgaver), not free for tasks; ``hire_fte``: role code → FTE the leader may
    hire beyond today's positions (default none).
    """

    nurses_per_shift: int = 0
    on_call_shifts: tuple[Shift, ...] = ()
    on_call_factor: float = ON_CALL_FACTOR
    skilled_share: float = 0.0
    presence_share: float = 0.15
    hire_fte: Mapping[str, float] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {
                "nurses_per_shift": self.nurses_per_shift,
                "on_call_shifts": [s.value for s in self.on_call_shifts],
                "on_call_factor": self.on_call_factor,
                "skilled_share": self.skilled_share,
                "presence_share": self.presence_share,
                "hire_fte": dict(self.hire_fte),
            },
            ensure_ascii=False,
            sort_keys=True,
        )


def default_proposal_settings(service_type: ServiceType) -> ProposalSettings:
    """The floors a department starts with (docs/analyse.md, «Forsvarlighetsgulv»):

    * nursing homes (long-term, short-term, dementia, rehabilitation): one authorised nurse on
      duty on every shift, half the task hours by authorised staff, 15 % presence;
    * home care: one nurse on duty on day and evening, on call at night, 40 % skilled hours;
    * sheltered housing and other: no nurse floor, 40 % skilled hours.
    """
    if service_type in NURSING_HOME_TYPES:
        return ProposalSettings(nurses_per_shift=1, skilled_share=0.5, presence_share=0.15)
    if service_type is ServiceType.HOME_CARE:
        return ProposalSettings(
            nurses_per_shift=1,
            on_call_shifts=(Shift.NIGHT,),
            skilled_share=0.4,
            presence_share=0.10,
        )
    return ProposalSettings(nurses_per_shift=0, skilled_share=0.4, presence_share=0.15)


def proposal_settings(data: DepartmentData) -> ProposalSettings:
    """The department's stored settings over the defaults of its service type."""
    base = default_proposal_settings(data.department.service_type)
    text = data.department.proposal_settings_json
    if not text:
        return base
    return parse_proposal_settings(text, base)


def parse_proposal_settings(text: str, base: ProposalSettings) -> ProposalSettings:
    """Stored JSON over ``base``; a damaged value keeps the default (the file stays usable)."""
    try:
        raw = json.loads(text)
    except ValueError:
        return base
    if not isinstance(raw, dict):
        return base
    values: dict[str, Any] = {}
    try:
        if "nurses_per_shift" in raw:
            values["nurses_per_shift"] = max(0, int(raw["nurses_per_shift"]))
        if "on_call_shifts" in raw:
            values["on_call_shifts"] = tuple(Shift(s) for s in raw["on_call_shifts"])
        for key in ("on_call_factor", "skilled_share", "presence_share"):
            if key in raw:
                values[key] = min(max(float(raw[key]), 0.0), 0.9)
        if "hire_fte" in raw:
            values["hire_fte"] = {str(k): max(0.0, float(v)) for k, v in raw["hire_fte"].items()}
    except (TypeError, ValueError, AttributeError):
        return base
    return ProposalSettings(**{**_as_dict(base), **values})


def _as_dict(settings: ProposalSettings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in ProposalSettings.__dataclass_fields__}


def safety_roles(data: DepartmentData) -> tuple[Role, ...]:
    """The roles that count as an authorised nurse for the floor: ``Settings.safety_role_codes``
    that the catalogue has, else every authorised role at LEON level 2 or higher."""
    codes = set(data.settings.safety_role_codes)
    chosen = tuple(role for role in data.roles if role.code in codes)
    return chosen or tuple(r for r in data.roles if r.authorised and r.leon_level >= 2)


def floor_reason(people: int, on_call: bool) -> str:
    if on_call:
        return _tr("minst {n} autorisert sykepleier på vakt eller hjemmevakt").format(n=people)
    return _tr("minst {n} autorisert sykepleier på vakt").format(n=people)


def safety_floor(data: DepartmentData, settings: ProposalSettings) -> tuple[GroupMinimum, ...]:
    """The floor as group minimums: one per shift of the settings, every day."""
    if settings.nurses_per_shift <= 0:
        return ()
    group = frozenset(role.id for role in safety_roles(data))
    if not group:
        return ()
    floors = []
    for definition in data.settings.shifts:
        on_call = definition.shift in settings.on_call_shifts
        floors.append(
            GroupMinimum(
                role_ids=group,
                shift=definition.shift,
                people=settings.nurses_per_shift,
                factor=settings.on_call_factor if on_call else 1.0,
                reason=floor_reason(settings.nurses_per_shift, on_call),
            )
        )
    return (*floors, *second_pair_of_hands(data, settings))


def second_pair_of_hands(
    data: DepartmentData, settings: ProposalSettings
) -> tuple[GroupMinimum, ...]:
    """The people a shift physically needs beyond the nurse floor: a task done by two at once
    (``staff_count`` 2, e.g. «Leieendring natt») means two people on that shift, so the floor
    nurse needs a colleague from the other care roles (not support roles, not trainees). Without
    this the optimiser fills the nurse's floor time with the colleague's tasks and books the
    colleague's hours as saved while the shift still cannot run without them (issue 13,
    «Skaun sykehjem, skjermet enhet»: the night helsefagarbeider «vanished»). Direct care
    tasks only (category «direkte»)."""
    if settings.nurses_per_shift <= 0:
        return ()
    from oppgave.analysis.workload import shift_hours

    nurses = {role.id for role in safety_roles(data)}
    excluded = set(data.settings.support_role_codes) | set(data.settings.trainee_role_codes)
    group = frozenset(
        role.id for role in data.roles if role.id not in nurses and role.code not in excluded
    )
    if not group:
        return ()
    together: dict[Shift, int] = {}
    # direct care only: a meeting of five is not five people the residents need on the floor
    care = [t for t in data.tasks if t.category is Category.DIRECT and t.staff_count >= 2]
    for count in sorted({task.staff_count for task in care}):
        tasks = [task for task in care if task.staff_count == count]
        for (shift, _day_type), hours in shift_hours(tasks, data.settings).items():
            if hours > 0:
                together[shift] = max(together.get(shift, 0), count)
    floors = []
    for definition in data.settings.shifts:
        nurses_on_duty = (
            0 if definition.shift in settings.on_call_shifts else settings.nurses_per_shift
        )
        others = together.get(definition.shift, 0) - nurses_on_duty
        if others > 0:
            floors.append(
                GroupMinimum(
                    role_ids=group,
                    shift=definition.shift,
                    people=others,
                    reason=_tr(
                        "minst {n} pleiere på vakt når en oppgave krever {n} samtidig"
                    ).format(n=others + nurses_on_duty),
                )
            )
    return tuple(floors)


def trainee_caps(data: DepartmentData) -> dict[int, float]:
    """The default caps of the trainee roles (``Settings.trainee_role_codes``): role id → the
    FTE of today's positions in the role, 0 if the department has none."""
    codes = set(data.settings.trainee_role_codes)
    return {
        role.id: positions_fte(data.positions, role.id) for role in data.roles if role.code in codes
    }


def supply_fte(data: DepartmentData, hire: Mapping[int, float]) -> dict[int, float]:
    """Role id → today's positions (FTE) + hiring allowance, for every role of the catalogue."""
    return {
        role.id: positions_fte(data.positions, role.id) + hire.get(role.id, 0.0)
        for role in data.roles
    }


def default_options(
    data: DepartmentData, mode: ProposalMode = ProposalMode.REDISTRIBUTE
) -> StaffingOptions:
    """The options a department's scenarios are priced under when none are stored, and the
    starting point of a new proposal: the floor, presence and skilled share of the department's
    settings; today's positions + hiring allowance as the supply (not in LOWEST_COST)."""
    settings = proposal_settings(data)
    codes = {role.code: role.id for role in data.roles}
    hire = {codes[c]: f for c, f in settings.hire_fte.items() if c in codes and f > 0}
    return StaffingOptions(
        fte_caps=trainee_caps(data),
        mode=mode,
        group_minimums=safety_floor(data, settings),
        supply_fte=supply_fte(data, hire) if mode is not ProposalMode.LOWEST_COST else {},
        hire_fte=hire,
        presence_share=settings.presence_share,
        skilled_share=settings.skilled_share,
    )


# --- stored options (JSON) ---------------------------------------------------------------------


def options_to_json(data: DepartmentData, options: StaffingOptions) -> str:
    """The options as stored with a scenario (roles by code, so the JSON reads on its own)."""
    code = {role.id: role.code for role in data.roles}
    document = {
        "version": OPTIONS_VERSION,
        "mode": options.mode.value,
        "caps": {code[r]: f for r, f in sorted(options.fte_caps.items())},
        "supply_fte": {code[r]: f for r, f in sorted(options.supply_fte.items())},
        "hire_fte": {code[r]: f for r, f in sorted(options.hire_fte.items())},
        "shift_minimums": [
            {
                "role": code[m.role_id],
                "shift": m.shift.value,
                "people": m.people,
                "day_type": m.day_type.value if m.day_type else None,
            }
            for m in options.shift_minimums
        ],
        "floors": [
            {
                "roles": sorted(code[r] for r in g.role_ids),
                "shift": g.shift.value,
                "people": g.people,
                "day_type": g.day_type.value if g.day_type else None,
                "factor": g.factor,
                "reason": g.reason,
            }
            for g in options.group_minimums
        ],
        "presence_share": options.presence_share,
        "skilled_share": options.skilled_share,
        "growth_percent": options.growth_percent,
        "keep_staffing": [code[r] for r in options.keep_staffing_role_ids],
        "time_limit_seconds": options.time_limit_seconds,
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True)


def options_from_json(data: DepartmentData, text: str | None) -> StaffingOptions:
    """Stored options back (roles by code); ``None`` or damaged JSON → :func:`default_options`.

    Roles no longer in the catalogue are left out.
    """
    if not text:
        return default_options(data)
    try:
        raw = json.loads(text)
        ids = {role.code: role.id for role in data.roles}

        def by_code(values: Mapping[str, float]) -> dict[int, float]:
            return {ids[c]: float(v) for c, v in values.items() if c in ids}

        return StaffingOptions(
            fte_caps=by_code(raw.get("caps", {})),
            shift_minimums=tuple(
                ShiftMinimum(
                    ids[m["role"]],
                    Shift(m["shift"]),
                    int(m["people"]),
                    DayType(m["day_type"]) if m.get("day_type") else None,
                )
                for m in raw.get("shift_minimums", [])
                if m["role"] in ids
            ),
            time_limit_seconds=float(raw.get("time_limit_seconds", 30.0)),
            mode=ProposalMode(raw.get("mode", ProposalMode.REDISTRIBUTE.value)),
            group_minimums=tuple(
                GroupMinimum(
                    frozenset(ids[c] for c in g["roles"] if c in ids),
                    Shift(g["shift"]),
                    int(g["people"]),
                    DayType(g["day_type"]) if g.get("day_type") else None,
                    float(g.get("factor", 1.0)),
                    str(g.get("reason", "")),
                )
                for g in raw.get("floors", [])
            ),
            supply_fte=by_code(raw.get("supply_fte", {})),
            hire_fte=by_code(raw.get("hire_fte", {})),
            presence_share=float(raw.get("presence_share", 0.0)),
            skilled_share=float(raw.get("skilled_share", 0.0)),
            growth_percent=float(raw.get("growth_percent", 0.0)),
            keep_staffing_role_ids=tuple(ids[c] for c in raw.get("keep_staffing", []) if c in ids),
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return default_options(data)


MODE_NAMES = {
    ProposalMode.REDISTRIBUTE: "Omfordel med dagens ansatte",
    ProposalMode.LOWEST_COST: "Laveste kostnad",
    ProposalMode.GROWTH: "Flere brukere",
}


def mode_name(mode: ProposalMode) -> str:
    return _tr(MODE_NAMES[mode])


def describe_floors(data: DepartmentData, options: StaffingOptions) -> tuple[str, ...]:
    """The floors and shares in Norwegian, one line each (dialog, report assumptions)."""
    names = {role.id: role.code for role in data.roles}
    lines: list[str] = []
    merged: dict[tuple[str, frozenset[int]], list[Shift]] = {}
    for group in options.group_minimums:
        merged.setdefault((group.reason, group.role_ids), []).append(group.shift)
    for (reason, role_ids), shifts in merged.items():
        where = (
            _tr("hver vakt")
            if set(shifts) == {d.shift for d in data.settings.shifts}
            else " og ".join(shift_word(s) for s in shifts)
        )
        roles = "/".join(sorted(names[r] for r in role_ids if r in names))
        lines.append(f"{reason} ({roles}), {where}")
    if options.skilled_share > 0:
        lines.append(
            _tr("minst {share} % av oppgavetimene gjøres av autorisert personell").format(
                share=format_number(options.skilled_share * 100.0, 0)
            )
        )
    if options.presence_share > 0:
        lines.append(
            _tr(
                "{share} % av vakttiden er nødvendig tilstedeværelse (observasjon, "
                "uforutsette oppgaver) og regnes ikke som ledig tid"
            ).format(share=format_number(options.presence_share * 100.0, 0))
        )
    lines.append(
        _tr("oppgaver med restriksjon etter lov eller prosedyre blir hos roller som har lov")
    )
    return tuple(lines)


# --- the price ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RolePrice:
    """One role in a :class:`ScenarioPrice` (hours per week, FTE, kroner per year)."""

    role_id: int
    role_code: str
    role_name: str
    hours_per_week: float  # tasks + supervision + idle floor time
    task_hours_per_week: float
    supervision_hours_per_week: float
    fte: float
    cost_per_year: float
    hours_today: float
    fte_today: float
    cost_per_year_today: float
    positions_fte: float
    hours_per_fte: float  # paid hours per week of one FTE in the role
    supply_hours_per_week: float | None  # None: the mode sets no supply for the role
    hours_per_fte_available: float  # task hours one FTE gives (after allowances, presence)
    weeks_per_year: float = 52.0

    @property
    def freed_hours_per_week(self) -> float:
        """Hours per week the role does less than «I dag» (negative: more)."""
        return self.hours_today - self.hours_per_week

    @property
    def freed_fte(self) -> float:
        return self.freed_hours_per_week / self.hours_per_fte_available

    @property
    def shortfall_hours_per_week(self) -> float:
        """Hours per week beyond the supply (0 when within, or no supply)."""
        if self.supply_hours_per_week is None:
            return 0.0
        return max(0.0, self.hours_per_week - self.supply_hours_per_week)

    @property
    def shortfall_fte(self) -> float:
        return self.shortfall_hours_per_week / self.hours_per_fte_available

    @property
    def annual_hours(self) -> float:
        """Årstimer: paid hours per year of the FTE the role needs."""
        return self.fte * self.hours_per_fte * self.weeks_per_year


@dataclass(frozen=True, slots=True)
class SignOff:
    """Delegated tasks need a competence sign-off (kompetanseerklæring) per person who takes
    them: ``people`` of ``role_name`` (the upgrade-plan formula over those tasks' shifts,
    capped by the people in the role)."""

    role_id: int
    role_name: str
    task_names: tuple[str, ...]
    people: int
    supervisor_names: tuple[str, ...]


def sign_offs(model: CostModel, shares: Any) -> tuple[SignOff, ...]:
    """Per role that gets a delegated task: the people who need a sign-off."""
    roles = model.arrays.roles.roles
    level = model.arrays.roles.level
    by_role: dict[int, list[int]] = {}
    for t, d in model.delegator.items():
        for r in range(len(roles)):
            if shares[t, r] > 0 and level[r] < level[d]:
                by_role.setdefault(r, []).append(t)
    result = []
    settings = model.data.settings
    for r, rows in sorted(by_role.items()):
        role = roles[r]
        staff, average = role_staff(model.data.positions, role.id)
        per_person = shifts_per_person(average if average is not None else 100.0, settings)
        people = people_needed(
            shifts_needing(model.occurrences[rows]), per_person, settings.absence_allowance
        )
        if staff:
            people = min(people, staff)
        result.append(
            SignOff(
                role_id=role.id,
                role_name=role.name,
                task_names=tuple(model.arrays.tasks.tasks[t].name for t in rows),
                people=people,
                supervisor_names=tuple(dict.fromkeys(roles[model.delegator[t]].name for t in rows)),
            )
        )
    return tuple(result)


@dataclass(frozen=True, slots=True)
class ScenarioPrice:
    """The one price of a scenario (kroner per year unless said); see the module docstring."""

    department_id: int
    scenario_id: int
    scenario_name: str
    is_baseline: bool
    options: StaffingOptions
    options_stored: bool  # False: priced under the department's defaults
    roles: tuple[RolePrice, ...]
    wage_cost_per_year: float
    course_cost_once: float
    course_cost_per_year: float
    total_per_year: float
    today_total_per_year: float
    positions_budget_per_year: float
    courses: tuple[CourseCost, ...]  # charged courses (empty for «I dag»)
    competence_gaps: tuple[CourseCost, ...]  # «I dag»: courses its assignment would need
    violations: tuple[str, ...]
    floors: tuple[str, ...]
    weeks_per_year: float
    sign_offs: tuple[SignOff, ...] = ()
    residents: int = 0

    @property
    def change_vs_today(self) -> float:
        """Kroner per year against «I dag» under the same options (negative: a saving)."""
        return self.total_per_year - self.today_total_per_year

    @property
    def saving_per_year(self) -> float:
        return -self.change_vs_today

    @property
    def change_vs_positions(self) -> float:
        """Kroner per year against the budget of today's positions (negative: below it)."""
        return self.total_per_year - self.positions_budget_per_year

    @property
    def wage_saving_per_year(self) -> float:
        return self.today_wage_per_year - self.wage_cost_per_year

    @property
    def today_wage_per_year(self) -> float:
        return sum(role.cost_per_year_today for role in self.roles)

    @property
    def payback_years(self) -> float | None:
        """Years until the wage saving has paid the courses (None: no courses or no saving)."""
        if self.course_cost_once <= 0:
            return None
        saving = self.wage_saving_per_year
        if saving <= 0:
            return None
        return self.course_cost_once / saving

    @property
    def fte(self) -> float:
        return sum(role.fte for role in self.roles)

    @property
    def shortfalls(self) -> tuple[RolePrice, ...]:
        return tuple(role for role in self.roles if role.shortfall_hours_per_week > 0.05)

    @property
    def mode(self) -> ProposalMode:
        return self.options.mode

    def by_role_id(self) -> dict[int, RolePrice]:
        return {role.role_id: role for role in self.roles}

    def freed_text(self) -> str:
        """«frigjort Sykepleier-tid: 61 t/uke = 2,0 årsverk; …» for roles that do ≥ 1 h less."""
        parts = []
        for role in self.roles:
            if role.freed_hours_per_week < 1.0:
                continue
            text = _tr("frigjort tid for {role}: {hours} t/uke = {fte} årsverk").format(
                role=role.role_name,
                hours=format_number(role.freed_hours_per_week, 0),
                fte=format_number(role.freed_fte, 1),
            )
            per_user = role.hours_today / self.residents if self.residents else 0.0
            users = role.freed_hours_per_week / per_user if per_user > 0 else 0.0
            if users >= 1.0:
                # what the freed time could cover: users at today's hours of the role per user
                text += " " + _tr("(nok til {users} brukere til med dagens tid per bruker)").format(
                    users=format_number(math.floor(users), 0)
                )
            parts.append(text)
        return "; ".join(parts)

    def payback_text(self) -> str:
        years = self.payback_years
        if years is None:
            return _tr("ingen kurs") if self.course_cost_once <= 0 else _tr("tjenes ikke inn")
        months = max(1, math.ceil(years * 12.0 - 1e-9))
        if months == 1:
            return _tr("1 måned")
        return _tr("{months} måneder").format(months=months)

    def to_json_dict(self) -> dict[str, Any]:
        """The price as plain JSON values (``price`` of ``analyse --json``)."""
        return {
            "mode": self.options.mode.value,
            "options_stored": self.options_stored,
            "total_per_year": self.total_per_year,
            "wage_cost_per_year": self.wage_cost_per_year,
            "course_cost_once": self.course_cost_once,
            "course_cost_per_year": self.course_cost_per_year,
            "today_total_per_year": self.today_total_per_year,
            "change_vs_today": self.change_vs_today,
            "positions_budget_per_year": self.positions_budget_per_year,
            "change_vs_positions": self.change_vs_positions,
            "payback_years": self.payback_years,
            "floors": list(self.floors),
            "violations": list(self.violations),
            "roles": {
                role.role_name: {
                    "code": role.role_code,
                    "hours_per_week": role.hours_per_week,
                    "task_hours_per_week": role.task_hours_per_week,
                    "supervision_hours_per_week": role.supervision_hours_per_week,
                    "fte": role.fte,
                    "cost_per_year": role.cost_per_year,
                    "hours_today": role.hours_today,
                    "freed_hours_per_week": role.freed_hours_per_week,
                    "freed_fte": role.freed_fte,
                    "positions_fte": role.positions_fte,
                    "supply_hours_per_week": role.supply_hours_per_week,
                    "shortfall_fte": role.shortfall_fte,
                    "annual_hours": role.annual_hours,
                }
                for role in self.roles
            },
            "courses": [_course_json(c) for c in self.courses],
            "competence_gaps": [_course_json(c) for c in self.competence_gaps],
            "sign_offs": [
                {"role": s.role_name, "people": s.people, "tasks": list(s.task_names)}
                for s in self.sign_offs
            ],
        }


def _course_json(course: CourseCost) -> dict[str, Any]:
    return {
        "role": course.role_name,
        "competence": course.competence_name,
        "course": course.course_name,
        "people": course.people,
        "cost_once": course.cost,
        "cost_per_year": course.cost_per_year,
    }


def scenario_options(data: DepartmentData, scenario: Scenario) -> tuple[StaffingOptions, bool]:
    """The options a scenario is priced under and whether they were stored with it."""
    if scenario.proposal_options_json:
        return options_from_json(data, scenario.proposal_options_json), True
    return default_options(data), False


def price_scenario_data(
    data: DepartmentData, scenario_id: int, options: StaffingOptions | None = None
) -> ScenarioPrice:
    """Price scenario ``scenario_id`` of ``data`` (pure; see the module docstring).

    ``options`` overrides the stored ones (the proposal dialog prices a draft before saving).
    Raises :class:`KeyError` for a scenario not in the department.
    """
    scenario = next((s for s in data.scenarios if s.id == scenario_id), None)
    if scenario is None:
        raise KeyError(f"scenario {scenario_id} is not in department {data.department.name!r}")
    stored = options is not None
    if options is None:
        options, stored = scenario_options(data, scenario)
    return price_assignments(data, scenario, data.assignments.get(scenario_id, {}), options, stored)


def price_assignments(
    data: DepartmentData,
    scenario: Scenario,
    assignments: Mapping[int, Mapping[int, float]],
    options: StaffingOptions,
    stored: bool = True,
) -> ScenarioPrice:
    """:func:`price_scenario_data` for an assignment map not (yet) saved."""
    model, today_shares, today = _model_and_today(data, options)
    shares = today_shares if scenario.is_baseline else model.arrays.shares(assignments)
    cost = today if scenario.is_baseline else model.evaluate(shares, charge_courses=True)
    price = _price(data, scenario, model, options, stored, cost, today)
    if scenario.is_baseline:
        return price
    return replace(price, sign_offs=sign_offs(model, shares))


#: The last department's cost model and today's price under it (see :func:`_model_and_today`).
_last_model: tuple[DepartmentData, StaffingOptions, CostModel, FloatArray, CostBreakdown] | None = (
    None
)


def _model_and_today(
    data: DepartmentData, options: StaffingOptions
) -> tuple[CostModel, FloatArray, CostBreakdown]:
    """The cost model of ``data`` under ``options``, today's shares and today's price.

    Every scenario of a department is priced against today under the same model, and the
    analysis and the export price the scenarios one after another: the last model is kept
    (one slot, for the same ``data`` object and equal options), so a department's second
    scenario does not build the model and price today again (a third of ``analyse``).
    """
    global _last_model
    last = _last_model
    if last is not None and last[0] is data and last[1] == options:
        return last[2], last[3], last[4]
    model = CostModel(data, options)
    today_shares = model.arrays.shares(data.assignments.get(data.baseline.id, {}))
    today_shares.flags.writeable = False
    today = model.evaluate(today_shares, charge_courses=False)
    _last_model = (data, options, model, today_shares, today)
    return model, today_shares, today


def _price(
    data: DepartmentData,
    scenario: Scenario,
    model: CostModel,
    options: StaffingOptions,
    stored: bool,
    cost: CostBreakdown,
    today: CostBreakdown,
) -> ScenarioPrice:
    settings = data.settings
    weeks = settings.weeks_per_year
    before = today.by_role_id()
    rows = []
    budget = 0.0
    for r, role in enumerate(model.arrays.roles.roles):
        after = cost.by_role_id()[role.id]
        old = before[role.id]
        fte_positions = positions_fte(data.positions, role.id)
        paid_hours = role_hours_per_fte(role, settings)
        budget += fte_positions * paid_hours * role.hourly_cost * weeks
        supply = model.supply_hours.get(r)
        rows.append(
            RolePrice(
                role_id=role.id,
                role_code=role.code,
                role_name=role.name,
                hours_per_week=after.hours_per_week,
                task_hours_per_week=after.task_hours_per_week,
                supervision_hours_per_week=after.supervision_hours_per_week,
                fte=after.fte,
                cost_per_year=after.cost_per_week * weeks,
                hours_today=old.hours_per_week,
                fte_today=old.fte,
                cost_per_year_today=old.cost_per_week * weeks,
                positions_fte=fte_positions,
                hours_per_fte=paid_hours,
                supply_hours_per_week=supply,
                hours_per_fte_available=float(model.fte_hours[r]) * (1.0 - options.presence_share),
                weeks_per_year=weeks,
            )
        )
    return ScenarioPrice(
        department_id=data.department.id,
        scenario_id=scenario.id,
        scenario_name=scenario.name,
        is_baseline=scenario.is_baseline,
        options=options,
        options_stored=stored,
        roles=tuple(rows),
        wage_cost_per_year=cost.wage_cost_per_year,
        course_cost_once=cost.course_cost,
        course_cost_per_year=cost.course_cost_per_year,
        total_per_year=cost.total_cost,
        today_total_per_year=today.total_cost,
        positions_budget_per_year=budget,
        courses=cost.courses if cost.courses_charged else (),
        competence_gaps=() if cost.courses_charged else cost.courses,
        violations=cost.violations,
        floors=describe_floors(data, options),
        weeks_per_year=weeks,
        residents=data.department.residents,
    )
