"""What the *Analyse* tab computes off the UI thread, as one plain function and its result.

:func:`run_analysis` loads the department through the services, asks
``services.analysis_runs.analyse_data`` for the baseline «I dag» and the selected scenario,
and draws the charts the user can see into RGBA pixels (:mod:`oppgave.ui.analysis.analysis_charts`).
It touches no widget, so the tab can run it on Qt's thread pool and keep the window
responsive while a department of thousands of tasks is analysed. The comparison across
departments loads every department, so it is a separate job (:func:`run_comparison`) that
runs only when its page is looked at.

The tab shows the figures exactly as the services returned them; the only arithmetic here is
the change of a total between «I dag» and the scenario, for display.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from oppgave.analysis.capacity import RoleChange, capacity_change
from oppgave.lazy import lazy_module
from oppgave.ui.analysis.analysis_charts import (
    ChartImage,
    ChartSize,
    RhythmChartText,
    RoleChartText,
    rhythm_chart,
    roles_chart,
)

if TYPE_CHECKING:
    import numpy as np

    from oppgave.analysis.department_analysis import DepartmentAnalysis
    from oppgave.db.workspace import Workspace
    from oppgave.services import organisation, workspaces
    from oppgave.services.analysis_runs import Comparison
else:
    # the services load SQLAlchemy: imported when an analysis runs, not when the tab is
    # registered at the app's start (issue 18)
    organisation = lazy_module("oppgave.services.organisation")
    workspaces = lazy_module("oppgave.services.workspaces")

# The analysis (pandas, ≈1 s to import) is imported inside run_analysis/run_comparison, which
# run on the worker thread: the first window and the UI thread never wait for it.

#: Days counted as weekend in the døgnrytme (Saturday, Sunday; Monday = 0).
WEEKEND_DAYS = (5, 6)


@dataclass(frozen=True, slots=True)
class AnalysisRequest:
    """What to analyse and how to draw it (texts translated on the UI thread)."""

    workspace: Workspace
    department_id: int
    scenario_id: int | None
    role_text: RoleChartText
    rhythm_text: RhythmChartText
    role_size: ChartSize
    rhythm_size: ChartSize
    #: Which charts to draw ("roles", "rhythm"): only those the user can see; drawing is most
    #: of the job's time, and a hidden chart is drawn when its page is shown.
    charts: frozenset[str] = frozenset({"roles", "rhythm"})
    #: The scenario to compare with («sammenlign med»): ``None`` for «I dag», or another
    #: proposal, so two proposals can be set against each other.
    reference_id: int | None = None


@dataclass(frozen=True, slots=True)
class AnalysisSnapshot:
    """The analysis of one department: the reference («I dag» unless another scenario is chosen
    to compare with; kept in ``baseline``), the selected scenario (the same object when both
    are the same), the change per role, and the charts drawn (None: not asked)."""

    department_id: int
    scenario_id: int
    baseline: DepartmentAnalysis
    scenario: DepartmentAnalysis
    role_changes: tuple[RoleChange, ...]
    staffed_rhythm: np.ndarray
    roles_chart: ChartImage | None
    rhythm_chart: ChartImage | None

    @property
    def compares(self) -> bool:
        """Whether a scenario other than «I dag» is shown."""
        return self.scenario is not self.baseline


def run_analysis(request: AnalysisRequest) -> AnalysisSnapshot:
    """Analyse and draw (worker thread). Raises the services' errors unchanged."""
    import numpy as np

    from oppgave.analysis.workload import staffing_rhythm
    from oppgave.services import analysis_runs

    data = workspaces.load_department_data(request.workspace, request.department_id)
    scenario_id = request.scenario_id if request.scenario_id is not None else data.baseline.id
    known = {s.id for s in data.scenarios}
    reference_id = request.reference_id if request.reference_id in known else data.baseline.id
    baseline = analysis_runs.analyse_data(
        data, None if reference_id == data.baseline.id else reference_id
    )
    scenario = (
        baseline if scenario_id == reference_id else analysis_runs.analyse_data(data, scenario_id)
    )
    changes = capacity_change(baseline.capacity, scenario.capacity)
    shown = [c for c in changes if c.hours_before > 0.005 or c.hours_after > 0.005]
    compares = scenario is not baseline
    roles_image = (
        roles_chart(
            [c.role_name for c in shown],
            [c.hours_before for c in shown],
            [c.hours_after for c in shown] if compares else None,
            request.role_text,
            request.role_size,
        )
        if "roles" in request.charts
        else None
    )
    staffed = staffing_rhythm(data.staffing, data.settings)
    rhythm_image = (
        rhythm_chart(
            np.asarray(scenario.workload.rhythm, dtype=float),
            staffed,
            WEEKEND_DAYS,
            request.rhythm_text,
            request.rhythm_size,
        )
        if "rhythm" in request.charts
        else None
    )
    return AnalysisSnapshot(
        department_id=request.department_id,
        scenario_id=scenario_id,
        baseline=baseline,
        scenario=scenario,
        role_changes=tuple(changes),
        staffed_rhythm=staffed,
        roles_chart=roles_image,
        rhythm_chart=rhythm_image,
    )


def run_comparison(workspace: Workspace, chosen: bool = False) -> Comparison:
    """Key figures of every department under «I dag», or with ``chosen`` under each
    department's chosen proposal («valgt») (worker thread)."""
    from oppgave.services import analysis_runs

    datas = workspaces.load_workspace_data(workspace)
    return analysis_runs.compare_data(
        datas, organisation.list_municipalities(workspace), chosen=chosen
    )


__all__ = [
    "WEEKEND_DAYS",
    "AnalysisRequest",
    "AnalysisSnapshot",
    "run_analysis",
    "run_comparison",
]
