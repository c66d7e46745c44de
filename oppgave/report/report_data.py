"""The plain data a report shows, gathered through the services and the analysis.

This is the only part of :mod:`oppgave.report` that talks to the services (and so to the
workspace file). Everything it returns is frozen records, analysis results and numpy arrays; the
layout code only formats and draws them, so a figure in the PDF is always the analysis' figure.

* :func:`gather_department` — one department under one scenario (and «I dag» for comparison);
* :func:`gather_municipality` — every department of a municipality (or of the whole workspace)
  plus the key figures side by side (DESIGN §6.7).

Which scenario: a name or an id; without one, the department's first proposal, else «I dag».
In a municipality report every department uses its scenario of that name; a department that has
none uses «I dag», and the report says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from oppgave.analysis.comparison import (
    KeyFigureInputs,
    key_figure_inputs,
    key_figures,
    key_figures_by_municipality,
)
from oppgave.analysis.department_analysis import DepartmentAnalysis, analyse_department
from oppgave.analysis.department_arrays import DAYS_OF_TYPE, FloatArray
from oppgave.analysis.work_environment import WorkEnvironmentSummary, work_environment_summary
from oppgave.analysis.workload import staffing_rhythm
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import (
    AssignmentMap,
    Department,
    DepartmentData,
    Municipality,
    ReviewComment,
    Role,
    Scenario,
    Task,
)
from oppgave.errors import NotFoundError, OppgaveError
from oppgave.i18n import translate
from oppgave.services import organisation, review_comments, scenarios, workspaces

#: ``(done, total)``: called as the report's work advances.
Progress = Callable[[int, int], None]
#: Returns ``True`` when the user has asked to stop.
CancelCheck = Callable[[], bool]


class ReportCancelled(OppgaveError):  # noqa: N818 - it is what the user did, not a failure
    """The user stopped the report before it was written."""

    def __init__(self) -> None:
        super().__init__(translate("Report", "Rapporten ble avbrutt."))


def _tr(text: str) -> str:
    return translate("Report", text)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScenarioFigures:
    """The key figures of one department under one scenario (per week unless said)."""

    hours_per_week: float  # Σ task hours (assigned or not)
    assigned_hours_per_week: float
    unassigned_hours_per_week: float
    fte: float  # FTE needed for the assigned hours
    cost_per_week: float  # kroner
    cost_per_year: float  # kroner = per week × weeks per year
    mapped_share: float | None
    nurse_share: float | None
    fulltime_share: float | None


@dataclass(frozen=True, slots=True)
class RoleComparison:
    """One role in «I dag» and in the chosen scenario, with the current positions."""

    role: Role
    hours_today: float
    hours_scenario: float
    fte_today: float
    fte_scenario: float
    cost_today: float  # kroner per week
    cost_scenario: float
    positions_fte: float  # FTE of the current positions (count × size)
    people: int  # people in the current positions

    @property
    def used(self) -> bool:
        """Whether the role has any hours or positions worth a row."""
        return bool(
            self.hours_today > 0.005 or self.hours_scenario > 0.005 or self.positions_fte > 0
        )


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task in the task map: its hours and who does it today and in the scenario."""

    task: Task
    hours_per_week: float
    today: Mapping[int, float]  # role id → share %
    scenario: Mapping[int, float]
    explanation: str = ""

    @property
    def changed(self) -> bool:
        return _rounded_shares(self.today) != _rounded_shares(self.scenario)

    @property
    def moved_hours(self) -> float:
        """Hours per week that change role = hours × Σ_roles max(0, share now − today) / 100."""
        gained = sum(
            max(0.0, share - self.today.get(role_id, 0.0))
            for role_id, share in self.scenario.items()
        )
        return self.hours_per_week * gained / 100.0


def _rounded_shares(shares: Mapping[int, float]) -> dict[int, float]:
    return {role: round(share, 1) for role, share in shares.items() if share > 0}


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """One shift on weekdays or weekends: the staffing against the task hours.

    ``staffed_people`` is the people on duty per day (from the staffing per shift), hours are
    per day (Σ over the days of that type ÷ the number of days).
    """

    shift: Shift
    day_type: DayType
    shift_hours: float
    staffed_people: int
    staffed_hours_per_day: float
    task_hours_per_day: float

    @property
    def task_share(self) -> float | None:
        """Task hours as a share of the staffed hours (``None`` when nobody is staffed)."""
        if self.staffed_hours_per_day <= 0:
            return None
        return self.task_hours_per_day / self.staffed_hours_per_day


@dataclass(frozen=True)
class DepartmentReport:
    """Everything the report shows about one department under one scenario.

    The derived tables (:meth:`task_rows`, :meth:`role_comparison`) are computed once and kept.
    """

    workspace_name: str
    municipality: Municipality
    data: DepartmentData
    scenario: Scenario
    baseline: Scenario
    analysis: DepartmentAnalysis
    baseline_analysis: DepartmentAnalysis
    figures: ScenarioFigures
    baseline_figures: ScenarioFigures
    key_inputs: KeyFigureInputs
    comments: tuple[ReviewComment, ...]
    explanations: Mapping[int, str] = field(default_factory=dict)
    #: Set when the scenario asked for does not exist in this department.
    scenario_note: str = ""

    @property
    def department(self) -> Department:
        return self.data.department

    @property
    def compares(self) -> bool:
        """Whether the scenario differs from «I dag» (otherwise one column is enough)."""
        return self.scenario.id != self.baseline.id

    def role_comparison(self) -> list[RoleComparison]:
        return self._kept("_role_comparison", role_comparison)

    def task_rows(self) -> list[TaskRow]:
        return self._kept("_task_rows", task_rows)

    def work_environment(self) -> WorkEnvironmentSummary:
        """Flagged work per role, «I dag» against the report's scenario (HMS section)."""
        return self._kept("_work_environment", work_environment_of)

    def _kept(self, name: str, compute: Callable[[DepartmentReport], Any]) -> Any:
        if name not in self.__dict__:
            self.__dict__[name] = compute(self)  # frozen: set once, behind the dataclass
        return self.__dict__[name]

    def shift_rows(self) -> list[ShiftRow]:
        return shift_rows(self.data, self.analysis)

    def staffing_by_hour(self) -> FloatArray:
        """People on duty per clock hour of the week (7 × 24), from the staffing per shift."""
        return staffing_rhythm(self.data.staffing, self.data.settings)


@dataclass(frozen=True, slots=True)
class MunicipalityReport:
    """Many departments (one municipality, or the whole workspace) under one scenario name."""

    workspace_name: str
    title: str  # "Melhus kommune", or the workspace's name for every municipality
    municipalities: tuple[Municipality, ...]
    departments: tuple[DepartmentReport, ...]
    scenario_name: str
    by_department: pd.DataFrame  # key_figures() under the chosen scenario
    by_department_today: pd.DataFrame  # key_figures() under «I dag»
    by_municipality: pd.DataFrame  # key_figures_by_municipality() under the chosen scenario


# --- derived tables (pure) --------------------------------------------------------------------


def scenario_figures(
    data: DepartmentData, analysis: DepartmentAnalysis, inputs: KeyFigureInputs
) -> ScenarioFigures:
    """The summary figures; shares through :mod:`oppgave.analysis.comparison` (same rules)."""
    row = key_figures([inputs]).iloc[0]
    return ScenarioFigures(
        hours_per_week=analysis.workload.total_hours,
        assigned_hours_per_week=analysis.capacity.hours_per_week,
        unassigned_hours_per_week=analysis.capacity.unassigned_hours_per_week,
        fte=analysis.capacity.fte,
        cost_per_week=analysis.capacity.cost_per_week,
        cost_per_year=analysis.capacity.cost_per_week * data.settings.weeks_per_year,
        mapped_share=analysis.mapped_share,
        nurse_share=_float_or_none(row["nurse_share"]),
        fulltime_share=analysis.fulltime.fulltime_share,
    )


def _float_or_none(value: object) -> float | None:
    number = float(value)  # type: ignore[arg-type]
    return None if np.isnan(number) else number


def role_comparison(report: DepartmentReport) -> list[RoleComparison]:
    """Every role of the catalogue, «I dag» against the scenario, with current positions."""
    today = report.baseline_analysis.capacity.by_role_id()
    chosen = report.analysis.capacity.by_role_id()
    rows = []
    for role in report.data.roles:
        before, after = today.get(role.id), chosen.get(role.id)
        positions = [p for p in report.data.positions if p.role_id == role.id]
        rows.append(
            RoleComparison(
                role=role,
                hours_today=before.hours_per_week if before else 0.0,
                hours_scenario=after.hours_per_week if after else 0.0,
                fte_today=before.fte if before else 0.0,
                fte_scenario=after.fte if after else 0.0,
                cost_today=before.cost_per_week if before else 0.0,
                cost_scenario=after.cost_per_week if after else 0.0,
                positions_fte=sum(p.fte for p in positions),
                people=sum(p.count for p in positions),
            )
        )
    return rows


def task_rows(report: DepartmentReport) -> list[TaskRow]:
    """The department's tasks in their order, with «I dag» and the scenario's shares."""
    today: AssignmentMap = report.data.assignments.get(report.baseline.id, {})
    chosen: AssignmentMap = report.data.assignments.get(report.scenario.id, {})
    hours = report.analysis.workload.task_hours
    return [
        TaskRow(
            task=task,
            hours_per_week=hours.get(task.id, task.hours_per_week),
            today=dict(today.get(task.id, {})),
            scenario=dict(chosen.get(task.id, {})),
            explanation=report.explanations.get(task.id, ""),
        )
        for task in sorted(report.data.tasks, key=lambda t: (t.sort_order, t.id))
    ]


def shift_rows(data: DepartmentData, analysis: DepartmentAnalysis) -> list[ShiftRow]:
    """Per shift and day type: people on duty per day against the scenario's task hours."""
    people: dict[tuple[Shift, DayType], int] = {}
    for row in data.staffing:
        key = (row.shift, row.day_type)
        people[key] = people.get(key, 0) + row.count
    rows = []
    for definition in data.settings.shifts:
        for day_type in (DayType.WEEKDAY, DayType.WEEKEND):
            days = DAYS_OF_TYPE[day_type]
            staffed = people.get((definition.shift, day_type), 0)
            task_hours = analysis.workload.shift_hours.get((definition.shift, day_type), 0.0)
            rows.append(
                ShiftRow(
                    shift=definition.shift,
                    day_type=day_type,
                    shift_hours=definition.hours,
                    staffed_people=staffed,
                    staffed_hours_per_day=staffed * definition.hours,
                    task_hours_per_day=task_hours / days,
                )
            )
    return rows


# --- gathering (services) ---------------------------------------------------------------------


def default_scenario(department_scenarios: Sequence[Scenario]) -> Scenario:
    """The first proposal (in the department's order), else «I dag»."""
    ordered = sorted(department_scenarios, key=lambda s: (s.is_baseline, s.sort_order, s.id))
    return ordered[0]


def _scenario_for(
    data: DepartmentData, key: str | int | None, *, strict: bool
) -> tuple[Scenario, str]:
    """The scenario named or numbered ``key`` in ``data`` (default: :func:`default_scenario`).

    With ``strict`` an unknown key raises :class:`NotFoundError`; otherwise «I dag» is used and
    the note says why.
    """
    if key is None or str(key).strip() == "":
        return default_scenario(data.scenarios), ""
    text = str(key).strip()
    for scenario in data.scenarios:
        if (text.isdigit() and scenario.id == int(text)) or (
            scenario.name.casefold() == text.casefold()
        ):
            return scenario, ""
    if strict:
        raise NotFoundError(
            _tr("Fant ikke scenarioet {key} i {department}. Scenarioer: {names}").format(
                key=text,
                department=data.department.name,
                names=", ".join(s.name for s in data.scenarios),
            )
        )
    return data.baseline, _tr(
        "Avdelingen har ikke scenarioet «{name}»; tallene gjelder «{baseline}»."
    ).format(name=text, baseline=data.baseline.name)


def department_report(
    workspace_name: str,
    municipality: Municipality,
    data: DepartmentData,
    scenario: Scenario,
    comments: Sequence[ReviewComment],
    explanations: Mapping[int, str] | None = None,
    scenario_note: str = "",
) -> DepartmentReport:
    """Analyse one department (pure: no services) for ``scenario`` and for «I dag»."""
    baseline = data.baseline
    analysis = analyse_department(data, scenario.id)
    baseline_analysis = (
        analysis if scenario.id == baseline.id else analyse_department(data, baseline.id)
    )
    inputs = key_figure_inputs(data, scenario.id)
    baseline_inputs = inputs if scenario.id == baseline.id else key_figure_inputs(data, baseline.id)
    return DepartmentReport(
        workspace_name=workspace_name,
        municipality=municipality,
        data=data,
        scenario=scenario,
        baseline=baseline,
        analysis=analysis,
        baseline_analysis=baseline_analysis,
        figures=scenario_figures(data, analysis, inputs),
        baseline_figures=scenario_figures(data, baseline_analysis, baseline_inputs),
        key_inputs=inputs,
        comments=tuple(comments),
        explanations=dict(explanations or {}),
        scenario_note=scenario_note,
    )


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()


def gather_department(
    workspace: Workspace, department_id: int, scenario: str | int | None = None
) -> DepartmentReport:
    """One department under ``scenario`` (name or id; default: first proposal, else «I dag»)."""
    with workspace.reading():  # one snapshot: a colleague's commit wholly or not at all
        data = workspaces.load_department_data(workspace, department_id)
        chosen, note = _scenario_for(data, scenario, strict=True)
        municipality = _municipality(workspace, data.department.municipality_id)
        comments = review_comments.list_comments(workspace, department_id)
        explanations = scenarios.get_explanations(workspace, chosen.id)
    return department_report(
        workspace.path.name, municipality, data, chosen, comments, explanations, note
    )


def _municipality(workspace: Workspace, municipality_id: int) -> Municipality:
    for municipality in organisation.list_municipalities(workspace):
        if municipality.id == municipality_id:
            return municipality
    raise NotFoundError(_tr("Fant ingen kommune med id {id}.").format(id=municipality_id))


def municipality_title(name: str) -> str:
    """``"Melhus"`` → ``"Melhus kommune"`` (unchanged if the name already says kommune)."""
    if "kommune" in name.casefold():
        return name
    return _tr("{name} kommune").format(name=name)


def gather_municipality(
    workspace: Workspace,
    municipality_id: int | None = None,
    scenario: str | int | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    layout_steps: bool = False,
) -> MunicipalityReport:
    """Every department of a municipality (``None``: of the whole workspace) under ``scenario``.

    ``scenario`` is a name (or the id of one department's scenario, meaning its name); without
    one each department uses its first proposal, else «I dag». ``progress`` is called with
    ``(done, total)`` after each department; with ``layout_steps`` the total also counts the
    caller's steps for writing the PDF (one per department and one to finish: 2 × N + 1).
    """
    with workspace.reading():  # one snapshot; the analyses run after it is released
        municipalities = organisation.list_municipalities(workspace)
        if municipality_id is not None:
            municipalities = [m for m in municipalities if m.id == municipality_id]
            if not municipalities:
                raise NotFoundError(
                    _tr("Fant ingen kommune med id {id}.").format(id=municipality_id)
                )
        wanted = {m.id for m in municipalities}
        listed = [
            d for d in organisation.list_departments(workspace) if d.municipality_id in wanted
        ]
        if not listed:
            raise NotFoundError(_tr("Det er ingen avdelinger å lage rapport for."))
        order = {m.id: n for n, m in enumerate(municipalities)}
        listed.sort(key=lambda d: (order[d.municipality_id], d.name.casefold()))
        total = 2 * len(listed) + 1 if layout_steps else len(listed)
        _check(cancelled)
        loaded = {
            d.department.id: d
            for d in workspaces.load_workspace_data(workspace, [d.id for d in listed])
        }
        comments: dict[int, list[ReviewComment]] = {}
        for comment in review_comments.list_comments(workspace):
            comments.setdefault(comment.department_id, []).append(comment)
        scenario_name = _scenario_name(workspace, list(loaded.values()), scenario)
        choices: dict[int, tuple[Scenario, str, dict[int, str]]] = {}
        for department in listed:
            chosen, note = _scenario_for(loaded[department.id], scenario_name, strict=False)
            choices[department.id] = (
                chosen,
                note,
                scenarios.get_explanations(workspace, chosen.id),
            )
    by_id = {m.id: m for m in municipalities}
    reports: list[DepartmentReport] = []
    for done, department in enumerate(listed, start=1):
        _check(cancelled)
        chosen, note, explanations = choices[department.id]
        reports.append(
            department_report(
                workspace.path.name,
                by_id[department.municipality_id],
                loaded[department.id],
                chosen,
                comments.get(department.id, []),
                explanations,
                note,
            )
        )
        if progress is not None:
            progress(done, total)
    names = {m.id: municipality_title(m.name) for m in municipalities}
    today_inputs = [key_figure_inputs(r.data, r.baseline.id) for r in reports]
    chosen_inputs = [r.key_inputs for r in reports]
    if len(municipalities) == 1:
        title = names[municipalities[0].id]
    else:
        title = _tr("Alle kommuner i {name}").format(name=workspace.path.name)
    return MunicipalityReport(
        workspace_name=workspace.path.name,
        title=title,
        municipalities=tuple(municipalities),
        departments=tuple(reports),
        scenario_name=scenario_name or reports[0].scenario.name,
        by_department=key_figures(chosen_inputs),
        by_department_today=key_figures(today_inputs),
        by_municipality=key_figures_by_municipality(chosen_inputs, names),
    )


def _scenario_name(
    workspace: Workspace, loaded: Sequence[DepartmentData], key: str | int | None
) -> str | None:
    """The scenario name a municipality report uses; an id stands for its scenario's name.

    Raises :class:`NotFoundError` when no department has a scenario of that name or id.
    """
    if key is None or str(key).strip() == "":
        return None
    text = str(key).strip()
    every = [s for data in loaded for s in data.scenarios]
    for scenario in every:
        if text.isdigit() and scenario.id == int(text):
            return scenario.name
    if any(s.name.casefold() == text.casefold() for s in every):
        return text
    names = sorted({s.name for s in every}, key=str.casefold)
    raise NotFoundError(
        _tr("Ingen avdeling har scenarioet {key}. Scenarioer: {names}").format(
            key=text, names=", ".join(names)
        )
    )


def scenario_names(workspace: Workspace, department_ids: Sequence[int]) -> list[str]:
    """Scenario names across departments, «I dag» first then the proposals in order (dialog)."""
    seen: dict[str, tuple[bool, int]] = {}
    for department_id in department_ids:
        for scenario in scenarios.list_scenarios(workspace, department_id):
            rank = (not scenario.is_baseline, scenario.sort_order)
            seen.setdefault(scenario.name, rank)
    return sorted(seen, key=lambda name: seen[name])


def report_date(day: date | None) -> date:
    return day or date.today()


def work_environment_of(report: DepartmentReport) -> WorkEnvironmentSummary:
    """The working-environment summary of docs/review.md for the report's scenario, from the
    tasks' own flags (suggestions from review groups count once the leader accepts them)."""
    data = report.data
    return work_environment_summary(
        data.tasks,
        data.roles,
        data.assignments.get(report.baseline.id, {}),
        data.assignments.get(report.scenario.id, {}),
    )
