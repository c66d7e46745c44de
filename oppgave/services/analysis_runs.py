"""The analysis of a workspace: one department, many departments, and the comparison.

The computation lives in :mod:`oppgave.analysis` (pure functions over records); this module
loads the records (a fixed number of queries, whatever the number of tasks), picks the
scenarios, and hands out the results. The CLI (``oppgave analyse``) and the desktop app's
*Analyse* tab both call it; nothing here holds a session after it returns.

The JSON document of ``oppgave analyse --json`` is :func:`json_document`, described in
``docs/analyse-json.md`` with the schema ``docs/analyse-json.schema.json``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from oppgave import __version__
from oppgave.analysis.department_analysis import (
    JSON_SCHEMA_VERSION,
    DepartmentAnalysis,
    analyse_department,
)
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.errors import NotFoundError
from oppgave.i18n import translate
from oppgave.services import organisation, record_loading, settings, workspaces

if TYPE_CHECKING:
    import pandas as pd

    from oppgave.analysis.comparison import KeyFigureInputs

# The comparison's frames need pandas (≈0.5 s to import); :func:`compare_data` imports it, so
# one department's analysis (the tab, ``analyse --json``) runs without it.

#: ``(done, total)`` after each department; the UI's progress bar.
Progress = Callable[[int, int], None]
#: Returns True when the user has cancelled; checked between departments.
Cancelled = Callable[[], bool]


def _tr(text: str) -> str:
    return translate("Analysis", text)


class AnalysisCancelled(Exception):  # noqa: N818 - not an error: the user asked for it
    """Raised between departments when ``cancelled()`` returns True."""


# --- one department ---------------------------------------------------------------------------


def analyse(
    workspace: Workspace, department_id: int, scenario_id: int | None = None
) -> DepartmentAnalysis:
    """Every figure of DESIGN §6.1–6.2, 6.5–6.6 for one department under one scenario
    (default: the baseline «I dag»). Raises :class:`NotFoundError` for an unknown id."""
    data = workspaces.load_department_data(workspace, department_id)
    return analyse_data(data, scenario_id)


def analyse_data(data: r.DepartmentData, scenario_id: int | None = None) -> DepartmentAnalysis:
    """:func:`analyse` on records already loaded (no database; safe on a worker thread)."""
    scenario = data.baseline.id if scenario_id is None else scenario_id
    if scenario not in {s.id for s in data.scenarios}:
        raise NotFoundError(
            _tr("Avdelingen {department} har ikke scenario med id {id}.").format(
                department=data.department.name, id=scenario
            )
        )
    return analyse_department(data, scenario)


def pick_scenarios(data: r.DepartmentData, scenario: str | int | None) -> list[r.Scenario]:
    """The scenarios of a department that ``scenario`` names: all (baseline first) for None,
    else the one with that id or name (case-insensitive); empty if the department has none."""
    if scenario is None:
        return sorted(data.scenarios, key=lambda s: (not s.is_baseline, s.sort_order, s.id))
    return _pick(data.scenarios, scenario)


def _pick(scenarios: Sequence[r.Scenario], scenario: str | int | None) -> list[r.Scenario]:
    """:func:`pick_scenarios` from a department's scenarios alone."""
    if scenario is None:
        return sorted(scenarios, key=lambda s: (not s.is_baseline, s.sort_order, s.id))
    key = str(scenario).strip()
    return [
        s
        for s in scenarios
        if (key.isdigit() and s.id == int(key)) or s.name.casefold() == key.casefold()
    ][:1]


# --- many departments -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnalysisRun:
    """Analyses of several departments and scenarios, in department order.

    ``skipped``: departments left out because they have no scenario of the name asked for;
    ``baselines``: department id → the analysis of its «I dag», for the change against today
    (also when only another scenario was asked for).
    """

    analyses: tuple[DepartmentAnalysis, ...]
    municipalities: tuple[r.Municipality, ...]
    skipped: tuple[r.Department, ...] = ()
    scenario: str | None = None
    baselines: Mapping[int, DepartmentAnalysis] = field(default_factory=dict)

    def by_department(self) -> dict[int, list[DepartmentAnalysis]]:
        result: dict[int, list[DepartmentAnalysis]] = {}
        for analysis in self.analyses:
            result.setdefault(analysis.department.id, []).append(analysis)
        return result


def analyse_departments(
    workspace: Workspace,
    department_ids: Sequence[int] | None = None,
    scenario: str | int | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> AnalysisRun:
    """Analyse many departments (default: all) under every scenario, or under the scenario
    named ``scenario`` (id or name) where a department has it.

    Raises :class:`NotFoundError` when ``scenario`` is given and no department has it, and
    :class:`AnalysisCancelled` when ``cancelled()`` turns True.
    """
    with workspace.reading():  # one snapshot (see Workspace.reading)
        datas = workspaces.load_workspace_data(
            workspace, list(department_ids) if department_ids is not None else None
        )
        municipalities = tuple(organisation.list_municipalities(workspace))
    return analyse_many(datas, municipalities, scenario, progress=progress, cancelled=cancelled)


def analyse_many(
    datas: Sequence[r.DepartmentData],
    municipalities: Sequence[r.Municipality] = (),
    scenario: str | int | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> AnalysisRun:
    """:func:`analyse_departments` on records already loaded (no database)."""
    analyses: list[DepartmentAnalysis] = []
    baselines: dict[int, DepartmentAnalysis] = {}
    skipped: list[r.Department] = []
    for done, data in enumerate(datas, start=1):
        if cancelled is not None and cancelled():
            raise AnalysisCancelled
        chosen = pick_scenarios(data, scenario)
        if not chosen:
            skipped.append(data.department)
        for item in chosen:
            analyses.append(analyse_department(data, item.id))
            if item.is_baseline:
                baselines[data.department.id] = analyses[-1]
        if chosen and data.department.id not in baselines:
            baselines[data.department.id] = analyse_department(data, data.baseline.id)
        if progress is not None:
            progress(done, len(datas))
    if scenario is not None and datas and not analyses:
        raise NotFoundError(
            _tr("Ingen av avdelingene har scenarioet {name}.").format(name=str(scenario).strip())
        )
    return AnalysisRun(
        analyses=tuple(analyses),
        municipalities=tuple(municipalities),
        skipped=tuple(skipped),
        scenario=None if scenario is None else str(scenario).strip(),
        baselines=baselines,
    )


# --- comparison (tallanalyse) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """Key figures (DESIGN §6.7) side by side; see :mod:`oppgave.analysis.comparison`.

    ``departments``: one row per department (index: department id), with ``municipality_name``
    and ``scenario_name`` columns; ``municipalities``: one row per municipality (sums first,
    then ratios); ``total``: the same for everything compared (one row, index 0).
    """

    departments: pd.DataFrame
    municipalities: pd.DataFrame
    total: pd.DataFrame
    skipped: tuple[r.Department, ...] = field(default=())


def chosen_or_baseline(scenarios: Sequence[r.Scenario]) -> r.Scenario | None:
    """The scenario a department is compared under with ``chosen=True``: the one its leader
    marked «valgt», else «I dag» (a department that has not chosen yet counts as it is today,
    so the municipality's sums stay complete; ``scenario_name`` shows which was used)."""
    return next((s for s in scenarios if s.is_chosen), None) or next(
        (s for s in scenarios if s.is_baseline), None
    )


def compare(
    workspace: Workspace,
    department_ids: Sequence[int] | None = None,
    scenario: str | int | None = None,
    *,
    chosen: bool = False,
) -> Comparison:
    """Key figures of the departments (default: all) under the baseline, or under the scenario
    named ``scenario`` (departments without it are left out and listed in ``skipped``), or
    with ``chosen`` under each department's own chosen proposal (:func:`chosen_or_baseline`).

    Loads only what the key figures need, in a fixed number of queries: the tasks' hours and
    categories (no windows, competences or allowed roles), the assignments of the compared
    scenario only, the positions. The figures are those of :func:`compare_data` on the full
    records (tests/services/test_compare_fast_path.py holds them equal).
    """
    from oppgave.analysis.comparison import TaskLoad, key_figure_inputs_of
    from oppgave.analysis.department_arrays import RoleArrays

    with workspace.reading() as session:  # one snapshot (see Workspace.reading)
        workspace_settings = settings.load_in_session(session)
        departments = record_loading.departments(session)
        if department_ids is not None:
            wanted = set(department_ids)
            departments = [d for d in departments if d.id in wanted]
        ids = [d.id for d in departments]
        roles = RoleArrays.build(record_loading.roles(session))
        scenarios_by: dict[int, list[r.Scenario]] = defaultdict(list)
        for item in record_loading.scenarios(session, ids):
            scenarios_by[item.department_id].append(item)
        used: dict[int, r.Scenario] = {}
        skipped: list[r.Department] = []
        for department in departments:
            own = scenarios_by[department.id]
            if chosen:
                picked_one = chosen_or_baseline(own)
                if picked_one is None:
                    raise LookupError(f"department {department.name!r} has no baseline scenario")
                used[department.id] = picked_one
            elif scenario is None:
                baseline = next((s for s in own if s.is_baseline), None)
                if baseline is None:
                    raise LookupError(f"department {department.name!r} has no baseline scenario")
                used[department.id] = baseline
            elif picked := _pick(own, scenario):
                used[department.id] = picked[0]
            else:
                skipped.append(department)
        compared = [d.id for d in departments if d.id in used]
        assignments = record_loading.assignments(session, [s.id for s in used.values()])
        positions: dict[int, list[r.Position]] = defaultdict(list)
        for position in record_loading.positions(session, compared):
            positions[position.department_id].append(position)
        loads: dict[int, list[TaskLoad]] = defaultdict(list)
        for department_id, task_id, category, hours in record_loading.task_hours(session, compared):
            loads[department_id].append(TaskLoad(task_id, category, hours))
        municipalities = organisation.list_municipalities(workspace)
    inputs = [
        key_figure_inputs_of(
            department,
            loads[department.id],
            assignments[used[department.id].id],
            roles,
            positions[department.id],
            workspace_settings,
        )
        for department in departments
        if department.id in used
    ]
    names = {d.id: used[d.id].name for d in departments if d.id in used}
    return _comparison(inputs, names, municipalities, skipped)


def compare_data(
    datas: Iterable[r.DepartmentData],
    municipalities: Iterable[r.Municipality] = (),
    scenario: str | int | None = None,
    *,
    chosen: bool = False,
) -> Comparison:
    """:func:`compare` on records already loaded (no database; safe on a worker thread)."""
    from oppgave.analysis.comparison import key_figure_inputs

    inputs = []
    scenario_names: dict[int, str] = {}
    skipped: list[r.Department] = []
    for data in datas:
        if chosen:
            used = [chosen_or_baseline(data.scenarios) or data.baseline]
        else:
            used = [data.baseline] if scenario is None else pick_scenarios(data, scenario)
        if not used:
            skipped.append(data.department)
            continue
        inputs.append(key_figure_inputs(data, used[0].id))
        scenario_names[data.department.id] = used[0].name
    return _comparison(inputs, scenario_names, municipalities, skipped)


def _comparison(
    inputs: Sequence[KeyFigureInputs],
    scenario_names: Mapping[int, str],
    municipalities: Iterable[r.Municipality],
    skipped: Sequence[r.Department],
) -> Comparison:
    """The frames of a :class:`Comparison` from each compared department's inputs."""
    from oppgave.analysis.comparison import key_figures, key_figures_by_municipality

    names = {m.id: m.name for m in municipalities}
    departments = key_figures(inputs)
    departments.insert(
        1,
        "municipality_name",
        [names.get(int(m), "") for m in departments["municipality_id"]],
    )
    departments.insert(2, "scenario_name", [scenario_names[int(i)] for i in departments.index])
    municipalities_frame = key_figures_by_municipality(inputs, names)
    # everything as one group: the ratios of the grand sums, never an average of ratios
    everything = [replace(i, municipality_id=0) for i in inputs]
    total = key_figures_by_municipality(everything, {0: _tr("Alle")})
    return Comparison(departments, municipalities_frame, total, tuple(skipped))


# --- the JSON document ------------------------------------------------------------------------


def json_document(run: AnalysisRun, workspace_path: str = "") -> dict[str, Any]:
    """The document ``oppgave analyse --json`` prints (docs/analyse-json.md): an envelope with
    one :meth:`DepartmentAnalysis.to_json_dict` per department and scenario."""
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "generator": f"oppgave {__version__}",
        "workspace": workspace_path,
        "scenario_filter": run.scenario,
        "municipalities": [{"id": m.id, "name": m.name} for m in run.municipalities],
        "analyses": [analysis.to_json_dict() for analysis in run.analyses],
        "skipped_departments": [{"id": d.id, "name": d.name} for d in run.skipped],
    }
