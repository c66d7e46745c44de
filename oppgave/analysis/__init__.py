"""Pure analysis functions (DESIGN §6): plain records in, results out; no Qt, no sessions.

Modules, each holding one part of DESIGN §6:

* :mod:`~oppgave.analysis.workload` — hours per week per task, role, category, shift; døgnrytme.
* :mod:`~oppgave.analysis.capacity` — FTE, kroner per week, available time, mapped share.
* :mod:`~oppgave.analysis.eligibility` — which role may do which task, through which course.
* :mod:`~oppgave.analysis.leon` — the LEON suggestion per task.
* :mod:`~oppgave.analysis.upgrades` — the competence-upgrade plan.
* :mod:`~oppgave.analysis.staffing_cost` — the cost of any staffing (the optimiser's objective).
* :mod:`~oppgave.analysis.staffing_mix` — the staffing-mix optimiser (MILP, HiGHS).
* :mod:`~oppgave.analysis.fulltime` — full-time share, continuity carriers, weekend table.
* :mod:`~oppgave.analysis.comparison` — key figures per department and municipality.
* :mod:`~oppgave.analysis.department_analysis` — one call for the analysis tab and the CLI.

The formulas, units and defaults are documented for users in ``docs/analyse.md``.
"""

from oppgave.analysis.capacity import CapacitySummary, capacity, mapped_share
from oppgave.analysis.comparison import (
    KeyFigureInputs,
    key_figure_inputs,
    key_figures,
    key_figures_by_municipality,
)
from oppgave.analysis.department_analysis import DepartmentAnalysis, analyse_department
from oppgave.analysis.fulltime import fulltime_figures, weekend_table
from oppgave.analysis.leon import LeonSuggestion, leon_assignments, leon_suggestions
from oppgave.analysis.staffing_cost import (
    CostBreakdown,
    ShiftMinimum,
    StaffingOptions,
    scenario_cost,
)
from oppgave.analysis.staffing_mix import (
    InfeasibleStaffingError,
    StaffingMixResult,
    propose_staffing_mix,
)
from oppgave.analysis.upgrades import UpgradeNeed, upgrade_plan
from oppgave.analysis.workload import Workload, weekly_rhythm, workload

__all__ = [
    "CapacitySummary",
    "CostBreakdown",
    "DepartmentAnalysis",
    "InfeasibleStaffingError",
    "KeyFigureInputs",
    "LeonSuggestion",
    "ShiftMinimum",
    "StaffingMixResult",
    "StaffingOptions",
    "UpgradeNeed",
    "Workload",
    "analyse_department",
    "capacity",
    "fulltime_figures",
    "key_figure_inputs",
    "key_figures",
    "key_figures_by_municipality",
    "leon_assignments",
    "leon_suggestions",
    "mapped_share",
    "propose_staffing_mix",
    "scenario_cost",
    "upgrade_plan",
    "weekend_table",
    "weekly_rhythm",
    "workload",
]
