"""``oppgave report``: the PDF report for a department, a municipality or the whole workspace."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_OK, add_force_option
from oppgave.cli.lazy import lazy_module
from oppgave.errors import ValidationError
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave import output_files
    from oppgave.services import organisation, workspaces
else:
    output_files = lazy_module("oppgave.output_files")
    organisation = lazy_module("oppgave.services.organisation")
    workspaces = lazy_module("oppgave.services.workspaces")


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    from oppgave.report.sections import Section

    keys = ", ".join(section.value for section in Section)
    report = subparsers.add_parser(
        "report",
        help=_tr("lag PDF-rapporten for en avdeling, en kommune eller hele arbeidsfilen"),
        description=_tr(
            "Lag PDF-rapporten. Med --department: én avdeling. Med --municipality: alle "
            "avdelingene i kommunen, med sammenligning. Uten noen av dem: én avdeling hvis "
            "arbeidsfilen bare har én, ellers alle kommunene."
        ),
    )
    report.add_argument("path", type=Path, metavar="FIL")
    report.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PDF", help=_tr("PDF-filen som lages")
    )
    target = report.add_mutually_exclusive_group()
    target.add_argument(
        "--department", metavar="AVDELING", help=_tr("avdelingens navn, id eller Kommune/Avdeling")
    )
    target.add_argument("--municipality", metavar="KOMMUNE", help=_tr("kommunens navn eller id"))
    report.add_argument(
        "--scenario",
        metavar="SCENARIO",
        help=_tr("scenarioets navn eller id (standard: første forslag, ellers «I dag»)"),
    )
    report.add_argument(
        "--compare",
        metavar="SCENARIO",
        help=_tr(
            "sett et annet forslag ved siden av scenarioet (avsnittet «Forslagene mot "
            "hverandre»; bare for én avdeling)"
        ),
    )
    report.add_argument(
        "--sections",
        metavar="DELER",
        default="alle",
        help=_tr("deler av rapporten, kommaseparert (standard: alle): {keys}").format(keys=keys),
    )
    add_force_option(report)
    report.add_argument(
        "--quiet", action="store_true", help=_tr("ikke vis framdrift for mange avdelinger")
    )
    report.set_defaults(func=run_report)


def _progress_printer(quiet: bool) -> Any:
    if quiet:
        return None

    def show(done: int, total: int) -> None:
        print(
            _tr("\rLager rapporten: {done} av {total}").format(done=done, total=total),
            end="\n" if done >= total else "",
            file=sys.stderr,
            flush=True,
        )

    return show


def run_report(args: argparse.Namespace) -> int:
    from oppgave.report import build_department_report, build_municipality_report
    from oppgave.report.sections import parse_sections

    sections = parse_sections(args.sections)
    output_files.check_output_path(args.output, inputs=(args.path,), force=args.force)
    workspace = workspaces.open_workspace(args.path)
    try:
        department_id: int | None = None
        municipality_id: int | None = None
        if args.department is not None:
            department_id = organisation.resolve_department(workspace, args.department).id
        elif args.municipality is not None:
            municipality_id = organisation.resolve_municipality(workspace, args.municipality).id
        else:
            departments = organisation.list_departments(workspace)
            if len(departments) == 1:
                department_id = departments[0].id
        if department_id is not None:
            result = build_department_report(
                workspace,
                department_id,
                args.output,
                scenario=args.scenario,
                sections=sections,
                compare=args.compare,
            )
        elif args.compare is not None:
            raise ValidationError(
                _tr("--compare gjelder rapporten for én avdeling: bruk --department."), "compare"
            )
        else:
            result = build_municipality_report(
                workspace,
                municipality_id,
                args.output,
                scenario=args.scenario,
                sections=sections,
                progress=_progress_printer(args.quiet),
            )
    finally:
        workspace.close()
    print(
        _tr("Laget {path}: {pages} sider ({seconds:.1f} s)").format(
            path=args.output, pages=result.pages, seconds=result.seconds
        )
    )
    return EXIT_OK
