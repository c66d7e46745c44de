"""Staffing-mix proposals (DESIGN §6.4): the optimiser run on a department, saved as a scenario.

The user's options come in as a :class:`ProposalRequest` that names roles the way people write
them (id, code such as ``SPL``, or name); :func:`staffing_options` checks them and turns them
into the :class:`~oppgave.analysis.staffing_cost.StaffingOptions` of the pure optimiser.

Two ways to use it:

* :func:`propose` — load, optimise and save in one call (the CLI's ``oppgave propose``);
* :func:`compute_proposal` (pure: records in, result out, safe on a worker thread) followed by
  :func:`save_proposal` once the user has seen the result and wants to keep it (the desktop
  app's *Lag forslag* dialog). Undo of the save is ``scenarios.delete_scenario``.

Saving is **one transaction**: the new proposal scenario and every task's assignment, with the
optimiser's one-line explanation per moved task in ``Assignment.explanation``.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from oppgave.analysis.capacity import positions_fte
from oppgave.analysis.norwegian_text import format_number, signed_kroner
from oppgave.analysis.scenario_price import (
    ScenarioPrice,
    default_options,
    mode_name,
    options_to_json,
    price_assignments,
    supply_fte,
)
from oppgave.analysis.scenario_price import trainee_caps as _trainee_caps
from oppgave.analysis.staffing_cost import ProposalMode, ShiftMinimum, StaffingOptions
from oppgave.analysis.staffing_mix import (
    InfeasibleStaffingError,
    StaffingMixResult,
    propose_staffing_mix,
)
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import DayType, Shift
from oppgave.errors import NotFoundError, ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate
from oppgave.services import scenarios, validation, workspaces
from oppgave.services.catalogue import match_role

__all__ = [
    "InfeasibleStaffingError",
    "MinimumRequest",
    "ProposalMode",
    "Proposal",
    "ProposalDraft",
    "ProposalRequest",
    "compute_proposal",
    "current_staffing_minimums",
    "describe_options",
    "free_proposal_name",
    "propose",
    "save_proposal",
    "signed_kroner",
    "staffing_options",
    "trainee_caps",
]

PROPOSAL_PREFIX = QT_TRANSLATE_NOOP("Proposals", "Forslag")
MAX_CAP_FTE = 1000.0
MAX_PEOPLE_PER_SHIFT = 50
MAX_TIME_LIMIT_SECONDS = 600.0

SHIFT_NAMES = {
    Shift.DAY: QT_TRANSLATE_NOOP("Proposals", "dagvakt"),
    Shift.EVENING: QT_TRANSLATE_NOOP("Proposals", "kveldsvakt"),
    Shift.NIGHT: QT_TRANSLATE_NOOP("Proposals", "nattevakt"),
}
DAY_TYPE_NAMES = {
    DayType.WEEKDAY: QT_TRANSLATE_NOOP("Proposals", "hverdager"),
    DayType.WEEKEND: QT_TRANSLATE_NOOP("Proposals", "helg"),
}


def _tr(text: str) -> str:
    return translate("Proposals", text)


@dataclass(frozen=True, slots=True)
class MinimumRequest:
    """At least ``people`` of ``role`` (id, code or name) on ``shift`` (None: every shift) on
    ``day_type`` days (None: every day)."""

    role: str | int
    people: int
    shift: Shift | None = None
    day_type: DayType | None = None


@dataclass(frozen=True, slots=True)
class ProposalRequest:
    """What the user asks of the optimiser.

    ``caps``: role (id, code or name) → the most FTE it may have; ``minimums``: people per
    shift; ``keep_staffing``: roles that keep at least today's staffing per shift (from the
    department's staffing table, see :func:`current_staffing_minimums`); ``cap_at_positions``:
    roles capped at the FTE of today's positions (a cap in ``caps`` for the same role wins);
    ``reference``: the scenario (id or name) the moves are reported against (default: the
    baseline «I dag»).

    Trainee roles (``Settings.trainee_role_codes``, by default Lærling / elev) are always
    capped at today's positions (:func:`trainee_caps`) unless ``caps`` names them: apprentices
    and pupils are in training, not ordinary staffing.
    """

    caps: Mapping[str | int, float] = field(default_factory=dict)
    minimums: tuple[MinimumRequest, ...] = ()
    keep_staffing: tuple[str | int, ...] = ()
    cap_at_positions: tuple[str | int, ...] = ()
    time_limit_seconds: float = 30.0
    reference: str | int | None = None
    mode: ProposalMode = ProposalMode.REDISTRIBUTE
    hire: Mapping[str | int, float] = field(default_factory=dict)
    growth_percent: float = 0.0
    use_floor: bool = True


@dataclass(frozen=True, slots=True)
class ProposalDraft:
    """A computed, not yet saved proposal: what the *Lag forslag* dialog shows before the user
    keeps it. ``description`` is what the scenario's description will say."""

    department_id: int
    options: StaffingOptions
    result: StaffingMixResult
    description: str
    price: ScenarioPrice
    options_json: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """A saved proposal: the new scenario and the draft behind it."""

    scenario: r.Scenario
    draft: ProposalDraft

    @property
    def result(self) -> StaffingMixResult:
        return self.draft.result


# --- options ----------------------------------------------------------------------------------


def current_staffing_minimums(
    data: r.DepartmentData, role_ids: Iterable[int] | None = None
) -> tuple[ShiftMinimum, ...]:
    """ "At least the staffing we have": one minimum per (role, shift, day type) with the
    people the department's staffing per shift has today (only ``role_ids`` if given)."""
    wanted = None if role_ids is None else set(role_ids)
    people: dict[tuple[int, Shift, DayType], int] = {}
    for row in data.staffing:
        if row.count > 0 and (wanted is None or row.role_id in wanted):
            key = (row.role_id, row.shift, row.day_type)
            people[key] = people.get(key, 0) + row.count
    return tuple(
        ShiftMinimum(role_id, shift, count, day_type)
        for (role_id, shift, day_type), count in sorted(people.items(), key=str)
    )


def trainee_caps(data: r.DepartmentData) -> dict[int, float]:
    """The default caps of the trainee roles (``Settings.trainee_role_codes``): role id → the
    FTE of today's positions in the role, 0 if the department has none."""
    return _trainee_caps(data)


def staffing_options(data: r.DepartmentData, request: ProposalRequest) -> StaffingOptions:
    """Check ``request`` and turn it into the optimiser's options (role keys → role ids).

    Trainee roles get their default cap (:func:`trainee_caps`) unless ``request.caps`` sets
    one for them. Raises :class:`ValidationError` (field ``caps``, ``minimums`` or
    ``time_limit_seconds``) or :class:`~oppgave.errors.NotFoundError` for a role that does not
    exist.
    """
    base = default_options(data, request.mode)
    if not request.use_floor:
        base = dataclasses.replace(base, group_minimums=(), skilled_share=0.0)
    caps: dict[int, float] = dict(base.fte_caps)
    for key in request.cap_at_positions:
        role = match_role(data.roles, key)
        caps[role.id] = positions_fte(data.positions, role.id)
    for key, fte in request.caps.items():
        role = match_role(data.roles, key)
        caps[role.id] = validation.number(fte, "caps", minimum=0, maximum=MAX_CAP_FTE)
    hire: dict[int, float] = dict(base.hire_fte)
    for key, fte in request.hire.items():
        role = match_role(data.roles, key)
        hire[role.id] = validation.number(fte, "hire", minimum=0, maximum=MAX_CAP_FTE)
    hire = {role_id: fte for role_id, fte in hire.items() if fte > 0}
    if request.mode is ProposalMode.LOWEST_COST:
        # cost first: only the roles given a hiring allowance are held to positions + it
        supply = {k: v for k, v in supply_fte(data, hire).items() if k in hire}
    else:
        supply = supply_fte(data, hire)
    growth = validation.number(request.growth_percent, "growth_percent", minimum=-90, maximum=500)
    if request.mode is not ProposalMode.GROWTH:
        growth = 0.0
    minimums: list[ShiftMinimum] = []
    for item in request.minimums:
        role = match_role(data.roles, item.role)
        people = validation.integer(
            item.people, "minimums", minimum=0, maximum=MAX_PEOPLE_PER_SHIFT
        )
        if item.shift is not None and not isinstance(item.shift, Shift):
            raise ValidationError(_tr("Ukjent vakt."), "minimums")
        if item.day_type is not None and not isinstance(item.day_type, DayType):
            raise ValidationError(_tr("Ukjent dagtype."), "minimums")
        for shift in (item.shift,) if item.shift is not None else tuple(Shift):
            minimums.append(ShiftMinimum(role.id, shift, people, item.day_type))
    kept: tuple[int, ...] = ()
    if request.keep_staffing:
        kept = tuple(sorted({match_role(data.roles, key).id for key in request.keep_staffing}))
        minimums.extend(current_staffing_minimums(data, kept))
    seconds = validation.number(
        request.time_limit_seconds,
        "time_limit_seconds",
        minimum=1,
        maximum=MAX_TIME_LIMIT_SECONDS,
    )
    return dataclasses.replace(
        base,
        fte_caps=caps,
        shift_minimums=tuple(minimums),
        time_limit_seconds=seconds,
        supply_fte=supply,
        hire_fte=hire,
        growth_percent=growth,
        keep_staffing_role_ids=kept,
    )


def describe_options(data: r.DepartmentData, options: StaffingOptions) -> str:
    """The options in one Norwegian line, e.g. «tak: Sykepleier høyst 4,5 årsverk; minst 1
    Sykepleier på nattevakt (helg)»; «ingen tak eller minstebemanning» when there are none.
    A trainee role's default cap says it is today's positions, and why."""
    names = {role.id: role.name for role in data.roles}
    defaults = trainee_caps(data)
    parts: list[str] = [_tr("modus: {mode}").format(mode=mode_name(options.mode))]
    if options.growth_percent:
        parts.append(
            _tr("{percent} % flere brukere").format(
                percent=format_number(options.growth_percent, 0)
            )
        )
    if options.supply_fte:
        hire = [
            _tr("{role} {fte} årsverk").format(role=names[r], fte=format_number(f, 2))
            for r, f in sorted(options.hire_fte.items())
            if f > 0
        ]
        parts.append(
            _tr("dagens stillinger + ansettelsesramme ({hire})").format(hire=", ".join(hire))
            if hire
            else _tr("dagens stillinger, ingen nyansettelser")
        )
    for reason in dict.fromkeys(g.reason for g in options.group_minimums):
        parts.append(_tr("gulv: {floor} hver vakt").format(floor=reason))
    if options.fte_caps:
        caps: list[str] = []
        for role_id, fte in sorted(options.fte_caps.items()):
            text = _tr("{role} høyst {fte} årsverk").format(
                role=names[role_id], fte=format_number(fte, 2)
            )
            if role_id in defaults and abs(fte - defaults[role_id]) < 1e-9:
                text += " " + _tr("(dagens stillinger: lærlinger og elever er i opplæring)")
            caps.append(text)
        parts.append(_tr("tak: {caps}").format(caps=", ".join(caps)))
    merged: dict[tuple[int, int, DayType | None], set[Shift]] = {}
    for minimum in options.shift_minimums:
        if minimum.people > 0:
            key = (minimum.role_id, minimum.people, minimum.day_type)
            merged.setdefault(key, set()).add(minimum.shift)
    for (role_id, people, day_type), shifts in sorted(merged.items(), key=str):
        where = (
            _tr("hver vakt")
            if shifts == set(Shift)
            else " og ".join(_tr(SHIFT_NAMES[s]) for s in Shift if s in shifts)
        )
        if day_type is not None:
            where += f" ({_tr(DAY_TYPE_NAMES[day_type])})"
        parts.append(
            _tr("minst {n} {role} på {where}").format(n=people, role=names[role_id], where=where)
        )
    return "; ".join(parts)


# --- computing and saving ---------------------------------------------------------------------


def free_proposal_name(workspace: Workspace, department_id: int) -> str:
    """The first free name of «Forslag A» … «Forslag Z», then «Forslag 27», …"""
    taken = {s.name.casefold() for s in scenarios.list_scenarios(workspace, department_id)}
    return _free_name(taken)


def _free_name(taken: set[str]) -> str:
    prefix = _tr(PROPOSAL_PREFIX)
    for suffix in [*string.ascii_uppercase, *(str(n) for n in range(27, 10_000))]:
        name = f"{prefix} {suffix}"
        if name.casefold() not in taken:
            return name
    raise ValidationError(_tr("Fant ikke et ledig navn."), "name")  # pragma: no cover


def check_name(workspace: Workspace, department_id: int, name: str) -> str:
    """``name`` cleaned, or a :class:`ValidationError` naming a free alternative if taken."""
    clean = validation.name(name, max_length=200)
    taken = {s.name.casefold() for s in scenarios.list_scenarios(workspace, department_id)}
    if clean.casefold() in taken:
        raise ValidationError(
            _tr(
                "Avdelingen har allerede et scenario som heter {name}. Velg et annet navn, "
                "for eksempel {free}."
            ).format(name=clean, free=_free_name(taken)),
            "name",
        )
    return clean


def compute_proposal(data: r.DepartmentData, request: ProposalRequest) -> ProposalDraft:
    """Run the optimiser on records already loaded (pure: no database, safe on a worker thread).

    Raises :class:`InfeasibleStaffingError` whose message names the blocking task or cap, and
    :class:`ValidationError` / :class:`NotFoundError` for bad options.
    """
    options = staffing_options(data, request)
    reference_id = None if request.reference is None else _reference(data, request.reference).id
    result = propose_staffing_mix(data, options, reference_scenario_id=reference_id)
    draft_scenario = r.Scenario(
        id=-1, uuid="", department_id=data.department.id, name="", is_baseline=False
    )
    price = price_assignments(data, draft_scenario, result.assignments, options)
    return ProposalDraft(
        department_id=data.department.id,
        options=options,
        result=result,
        description=proposal_description(data, options, price),
        price=price,
        options_json=options_to_json(data, options),
    )


def _reference(data: r.DepartmentData, key: str | int) -> r.Scenario:
    text = str(key).strip()
    for scenario in data.scenarios:
        if (text.isdigit() and scenario.id == int(text)) or (
            scenario.name.casefold() == text.casefold()
        ):
            return scenario
    raise NotFoundError(
        _tr("Fant ikke scenarioet {key}. Scenarioer: {names}").format(
            key=text, names=", ".join(s.name for s in data.scenarios)
        )
    )


def proposal_description(
    data: r.DepartmentData, options: StaffingOptions, price: ScenarioPrice
) -> str:
    """What is stored as the new scenario's description: how it was made and what it costs
    (the scenario's one price, :mod:`oppgave.analysis.scenario_price`)."""
    text = _tr("Bemanningsforslag fra optimeringen {day}: {options}.").format(
        day=date.today().isoformat(), options=describe_options(data, options)
    )
    text += " " + price_summary(price)
    return text


def price_summary(price: ScenarioPrice) -> str:
    """«Kostnad 12 345 678 kr per år (-714 000 kr mot i dag). Frigjort …. Mangler ….»"""
    text = _tr("Kostnad {cost} kr per år ({change} kr mot i dag).").format(
        cost=format_number(price.total_per_year, 0),
        change=signed_kroner(price.change_vs_today),
    )
    freed = price.freed_text()
    if freed:
        text += " " + _tr("Frigjort: {freed}.").format(freed=freed)
    if price.course_cost_once > 0:
        text += " " + _tr("Kurs {once} kr (tjenes inn på {payback}).").format(
            once=format_number(price.course_cost_once, 0), payback=price.payback_text()
        )
    short = [
        _tr("{fte} årsverk {role}").format(
            fte=format_number(role.shortfall_fte, 2), role=role.role_name
        )
        for role in price.shortfalls
    ]
    if short:
        text += " " + _tr("Mangler utover dagens stillinger og ramme: {short}.").format(
            short=", ".join(short)
        )
    return text


def save_proposal(workspace: Workspace, name: str, draft: ProposalDraft) -> r.Scenario:
    """Save a computed proposal as a new scenario in **one** transaction, with the explanation
    of each moved task. Refused (nothing saved) if the name is taken or tasks were added since
    the draft was computed. Undo: ``scenarios.delete_scenario(scenario.id)``."""
    clean = check_name(workspace, draft.department_id, name)
    return scenarios.create_scenario_with_assignments(
        workspace,
        draft.department_id,
        clean,
        draft.result.assignments,
        draft.result.explanations,
        description=draft.description,
        complete=True,
        proposal_options=draft.options_json,
    )


def propose(
    workspace: Workspace,
    department_id: int,
    name: str | None = None,
    request: ProposalRequest | None = None,
) -> Proposal:
    """Optimise a department's staffing and save it as a new proposal scenario.

    ``name`` defaults to the first free «Forslag X»; a taken name is refused before the
    optimiser runs. Raises :class:`InfeasibleStaffingError` (nothing saved) when no staffing
    meets the options; the message names the constraint that blocks it.
    """
    clean = (
        free_proposal_name(workspace, department_id)
        if name is None
        else check_name(workspace, department_id, name)
    )
    data = workspaces.load_department_data(workspace, department_id)
    draft = compute_proposal(data, request or ProposalRequest())
    return Proposal(scenario=save_proposal(workspace, clean, draft), draft=draft)
