"""``oppgave scenario``: list a department's scenarios and mark the chosen one («valgt»).

The chosen scenario is the leader's decision for the department; the municipality report uses
it (falling back to the latest proposal, and saying so).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_OK
from oppgave.cli.lazy import lazy_module
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave.services import organisation, scenarios, workspaces
else:
    organisation = lazy_module("oppgave.services.organisation")
    scenarios = lazy_module("oppgave.services.scenarios")
    workspaces = lazy_module("oppgave.services.workspaces")


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "scenario",
        help=_tr("vis scenarioene og merk hvilket som er valgt for en avdeling"),
        description=_tr(
            "Scenarioene til avdelingene. Lederen merker ett scenario per avdeling som valgt; "
            "kommunerapporten bruker det valgte forslaget for hver avdeling."
        ),
    )
    commands = group.add_subparsers(dest="scenario_command", metavar="KOMMANDO", required=True)

    listing = commands.add_parser("list", help=_tr("vis scenarioene, med det valgte merket"))
    listing.add_argument("path", type=Path, metavar="FIL")
    listing.add_argument(
        "--department", metavar="AVDELING", help=_tr("avdelingens navn, id eller Kommune/Avdeling")
    )
    listing.set_defaults(func=run_list)

    choose = commands.add_parser(
        "choose", help=_tr("merk et scenario som valgt for avdelingen (ett per avdeling)")
    )
    choose.add_argument("path", type=Path, metavar="FIL")
    choose.add_argument(
        "--department",
        required=True,
        metavar="AVDELING",
        help=_tr("avdelingens navn, id eller Kommune/Avdeling"),
    )
    which = choose.add_mutually_exclusive_group(required=True)
    which.add_argument("--scenario", metavar="SCENARIO", help=_tr("scenarioets navn eller id"))
    which.add_argument(
        "--clear", action="store_true", help=_tr("fjern merket: ingen scenario er valgt")
    )
    choose.set_defaults(func=run_choose)


def run_list(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        if args.department is not None:
            departments = [organisation.resolve_department(workspace, args.department)]
        else:
            departments = organisation.list_departments(workspace)
        for department in departments:
            print(department.name)
            for scenario in scenarios.list_scenarios(workspace, department.id):
                mark = _tr(" (valgt)") if scenario.is_chosen else ""
                print(f"  {scenario.id:>4}  {scenario.name}{mark}")
    return EXIT_OK


def run_choose(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        department = organisation.resolve_department(workspace, args.department)
        if args.clear:
            scenarios.clear_chosen(workspace, department.id)
            print(
                _tr("Ingen scenario er valgt for {department}.").format(department=department.name)
            )
            return EXIT_OK
        scenario = scenarios.resolve_scenario(workspace, department.id, args.scenario)
        scenarios.set_chosen(workspace, scenario.id)
    print(
        _tr("«{scenario}» er valgt for {department}.").format(
            scenario=scenario.name, department=department.name
        )
    )
    return EXIT_OK
