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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from oppgave.analysis.capacity import CapacitySummary, mapped_share
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
    from oppgave.analysis.workload import Workload, weekly_rhythm

#: Where each public name lives. The names load lazily (PEP 562): importing one light submodule
#: such as ``eligibility`` must not drag pandas and scipy in (≈1.5 s) before the first window.
#: The functions ``capacity`` and ``workload`` are not here: they share their module's name, and
#: once the submodule is imported the package attribute is the module, so what
#: ``oppgave.analysis.capacity`` meant depended on import order. Import them from their modules.
_EXPORTS: dict[str, str] = {
    "CapacitySummary": "capacity",
    "mapped_share": "capacity",
    "KeyFigureInputs": "comparison",
    "key_figure_inputs": "comparison",
    "key_figures": "comparison",
    "key_figures_by_municipality": "comparison",
    "DepartmentAnalysis": "department_analysis",
    "analyse_department": "department_analysis",
    "fulltime_figures": "fulltime",
    "weekend_table": "fulltime",
    "LeonSuggestion": "leon",
    "leon_assignments": "leon",
    "leon_suggestions": "leon",
    "CostBreakdown": "staffing_cost",
    "ShiftMinimum": "staffing_cost",
    "StaffingOptions": "staffing_cost",
    "scenario_cost": "staffing_cost",
    "InfeasibleStaffingError": "staffing_mix",
    "StaffingMixResult": "staffing_mix",
    "propose_staffing_mix": "staffing_mix",
    "UpgradeNeed": "upgrades",
    "upgrade_plan": "upgrades",
    "Workload": "workload",
    "weekly_rhythm": "workload",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


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
]
