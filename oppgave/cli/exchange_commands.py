"""``oppgave export``, ``template`` and ``import``: Excel in and out from the command line.

``import`` prints the validation report as a table (errors and warnings; ``--verbose`` adds the
notes), writes nothing with ``--dry-run``, and writes nothing at all when a row has an error
unless ``--skip-invalid`` is given (exit code 1 then). The app's own export is recognised and
rebuilds the workspace instead.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_FAILED, EXIT_OK, add_force_option
from oppgave.cli.lazy import lazy_module
from oppgave.domain.enums import AllRoles
from oppgave.errors import OppgaveError, ValidationError
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave import output_files

    # The exchange modules import openpyxl (and the import the analysis); each handler imports
    # what it uses when it runs, so building the parser (every command pays it) stays light.
    from oppgave.exchange.importing import SheetImport
    from oppgave.exchange.sheet_import import ImportPlan, Problem
    from oppgave.exchange.workspace_import import FullImportOutcome
else:
    # writes files safely; imported when a command writes (the parser stays light)
    output_files = lazy_module("oppgave.output_files")

#: Longest value shown in the report table (the CSV report has it whole).
VALUE_WIDTH = 30
#: Rows of an Excel sheet: no header row can lie below.
EXCEL_ROWS = 1_048_576


def _shorten(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    export_parser = subparsers.add_parser(
        "export",
        help=_tr("eksporter til Excel (.xlsx) eller oppgavelisten til CSV (.csv)"),
        description=_tr(
            "Eksporter arbeidsfilen til én Excel-arbeidsbok (oppgaver og fordeling per scenario, "
            "yrkesgrupper, kompetanser, kurs, stillinger, vaktbemanning, analyse og "
            "kompetanseplan), eller oppgavelisten til CSV for norsk Excel. Filtypen bestemmes av "
            "endelsen."
        ),
    )
    export_parser.add_argument("path", type=Path, metavar="FIL.oppgave")
    export_parser.add_argument("-o", "--output", type=Path, required=True, metavar="UT.xlsx|UT.csv")
    export_parser.add_argument(
        "--department",
        action="append",
        metavar="AVDELING",
        help=_tr("bare denne avdelingen (navn, id eller Kommune/Avdeling; kan gjentas)"),
    )
    add_force_option(export_parser)
    export_parser.set_defaults(func=run_export)

    template = subparsers.add_parser(
        "template",
        help=_tr("lag en importmal workshopen kan fylle ut uten programmet"),
    )
    template.add_argument("output", type=Path, metavar="MAL.xlsx")
    template.add_argument(
        "--workspace",
        type=Path,
        metavar="FIL.oppgave",
        help=_tr("ta yrkesgrupper, kompetanser og kurs fra denne arbeidsfilen"),
    )
    add_force_option(template)
    template.set_defaults(func=run_template)

    importer = subparsers.add_parser(
        "import",
        help=_tr("importer et Excel-ark med oppgaver (eller en eksport fra programmet)"),
        description=_tr(
            "Importer oppgaver fra et Excel-ark: malen, avdelingens eget ark, eller en eksport "
            "fra programmet (som gjenoppbygger arbeidsfilen). Valideringsrapporten skrives ut; "
            "ingenting lagres om en rad har feil, med mindre --skip-invalid er gitt. "
            "FIL.oppgave lages om den ikke finnes."
        ),
    )
    importer.add_argument("sheet", type=Path, metavar="ARK.xlsx")
    importer.add_argument("path", type=Path, metavar="FIL.oppgave")
    importer.add_argument(
        "--department",
        metavar="AVDELING",
        help=_tr("avdelingen (navn, id eller Kommune/Avdeling); lages om den ikke finnes"),
    )
    importer.add_argument(
        "--municipality", metavar="KOMMUNE", help=_tr("kommunen en ny avdeling lages i")
    )
    importer.add_argument(
        "--scenario",
        metavar="NAVN",
        help=_tr("scenarioet som får «Hvem kan gjøre» (standard: «Forslag fra import»)"),
    )
    importer.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOLONNE=felt",
        help=_tr(
            "hva en kolonne inneholder: overskrift eller bokstav (C), evt. Ark!C; felt er "
            "name, description, category, frequency, days, time, duration, staff, competence, "
            "today, future, upgrade, status, notes, uuid eller ignore (kan gjentas)"
        ),
    )
    importer.add_argument(
        "--sheet",
        dest="sheets",
        action="append",
        metavar="ARK",
        help=_tr("les bare dette arket (kan gjentas)"),
    )
    importer.add_argument(
        "--header-row",
        action="append",
        default=[],
        metavar="[ARK=]RAD",
        help=_tr("overskriftsraden (f.eks. 3, eller 3-4 når den er delt over to rader)"),
    )
    importer.add_argument(
        "--strict",
        action="store_true",
        help=_tr("stopp importen om en kolonne i arket ikke brukes (i stedet for en advarsel)"),
    )
    importer.add_argument(
        "--all-roles",
        choices=[choice.value for choice in AllRoles],
        help=_tr(
            "hva «Alle» / «alle yrkesgrupper» / «hvem som helst» i en yrkesgruppe-celle betyr: "
            "split = fordel likt på avdelingens pleieroller, unassigned = la stå uten fordeling "
            "(uten valget får slike rader en feil)"
        ),
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help=_tr("vis kolonnene, rapporten og hva som ville skjedd, uten å lagre noe"),
    )
    importer.add_argument(
        "--skip-invalid", action="store_true", help=_tr("hopp over rader med feil og lagre resten")
    )
    importer.add_argument(
        "--report", type=Path, metavar="RAPPORT.csv", help=_tr("skriv hele rapporten til CSV")
    )
    add_force_option(importer)
    importer.add_argument(
        "-v", "--verbose", action="store_true", help=_tr("vis også merknader (info) i rapporten")
    )
    importer.set_defaults(func=run_import)


# --- export and template ----------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    from oppgave.exchange.workbook_export import export
    from oppgave.services import organisation, workspaces

    output_files.check_output_path(args.output, inputs=(args.path,), force=args.force)
    with workspaces.open_workspace(args.path) as workspace:
        department_ids = None
        if args.department:
            department_ids = [
                organisation.resolve_department(workspace, key).id for key in args.department
            ]
        summary = export(workspace, args.output, department_ids=department_ids)
    print(
        _tr("Eksporterte {tasks} oppgaver fra {departments} avdelinger til {path}").format(
            tasks=summary.tasks, departments=summary.departments, path=summary.path
        )
    )
    return EXIT_OK


def run_template(args: argparse.Namespace) -> int:
    from oppgave.exchange.template import write_template
    from oppgave.services import workspaces

    output_files.check_output_path(args.output, inputs=(args.workspace,), force=args.force)
    if args.workspace is not None:
        with workspaces.open_workspace(args.workspace) as workspace:
            write_template(args.output, workspace, overwrite=args.force)
    else:
        write_template(args.output, overwrite=args.force)
    print(_tr("Laget importmal {path}").format(path=args.output))
    return EXIT_OK


# --- import -----------------------------------------------------------------------------------


def _header_rows(values: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """``--header-row`` values: "3", "3-4", "Kveld=2"; "*" stands for every sheet."""
    result: dict[str, tuple[int, ...]] = {}
    for value in values:
        sheet, _, rows = value.rpartition("=")
        try:
            first, _, second = rows.partition("-")
            numbers = (int(first),) if not second else (int(first), int(second))
        except ValueError:
            raise ValidationError(
                _tr("--header-row {value}: skriv et radnummer, f.eks. 3 eller 3-4.").format(
                    value=value
                )
            ) from None
        if any(n > EXCEL_ROWS for n in numbers):
            raise ValidationError(
                _tr("--header-row {value}: et ark har høyst {rows} rader.").format(
                    value=_shorten(value), rows=EXCEL_ROWS
                )
            )
        if any(n < 1 for n in numbers) or (len(numbers) == 2 and numbers[1] != numbers[0] + 1):
            raise ValidationError(
                _tr("--header-row {value}: én rad, eller to rader etter hverandre.").format(
                    value=value
                )
            )
        result[sheet.strip() or "*"] = numbers
    return result


def run_import(args: argparse.Namespace) -> int:
    from oppgave.exchange.columns import ColumnOverride, MappingError
    from oppgave.exchange.importing import (
        ImportTarget,
        SheetImport,
        resolve_target,
        workspace_for_import,
    )
    from oppgave.exchange.sheet_import import ImportOptions
    from oppgave.exchange.workbook_reading import read_workbook
    from oppgave.exchange.workspace_import import is_full_export

    if args.report is not None:
        # Before anything is read: the report never lands on the workspace or the sheet, not
        # even in a dry run, and replaces another file only with --force.
        output_files.check_output_path(
            args.report, inputs=(args.sheet, args.path), force=args.force
        )
    if args.path.exists() and args.sheet.exists() and args.path.samefile(args.sheet):
        raise ValidationError(_tr("Arket og arbeidsfilen er samme fil."))
    grid = read_workbook(args.sheet)
    if is_full_export(grid):
        return _import_export_file(args, grid)
    if not args.department:
        raise ValidationError(_tr("Oppgi avdelingen: --department NAVN (eller id)."))
    try:
        overrides = tuple(ColumnOverride.parse(text) for text in args.map)
    except MappingError as error:
        raise ValidationError(error.message) from None
    header_rows = _header_rows(args.header_row)
    everywhere = header_rows.pop("*", None)
    if everywhere is not None:
        header_rows.update({sheet.name: everywhere for sheet in grid.sheets})
    options = ImportOptions(
        overrides=overrides,
        header_rows=header_rows,
        sheets=tuple(args.sheets) if args.sheets else None,
        all_roles=AllRoles(args.all_roles) if args.all_roles else None,
    )
    target = ImportTarget(args.department, args.municipality, args.scenario)
    with workspace_for_import(args.path, keep=not args.dry_run) as (workspace, new):
        session = SheetImport(workspace, grid, resolve_target(workspace, target))
        plan = session.plan(options)
        if args.dry_run or args.verbose:
            _print_columns(plan)
        _print_report(plan.problems, args.verbose)
        if args.report is not None:
            _write_report(args.report, plan.problems, args)
        _print_plan_summary(plan, session)
        # the dry run's exit code says whether the real run would save
        blocked = (
            plan.file_errors
            or (plan.invalid_rows and not args.skip_invalid)
            or plan.ambiguous_columns
        )
        unused = plan.unused_columns
        if unused and not args.dry_run:
            print(
                _tr("Advarsel: {n} kolonne(r) i arket brukes ikke: {columns}.").format(
                    n=len(unused), columns="; ".join(use.describe() for use in unused)
                ),
                file=sys.stderr,
            )
        if unused and args.strict:
            print(
                _tr(
                    "Ingenting er lagret (--strict): gi hver kolonne et felt med --map "
                    "KOLONNE=felt, eller KOLONNE=ignore."
                ),
                file=sys.stderr,
            )
            raise _Refused
        ambiguous = plan.ambiguous_columns
        if ambiguous and not args.dry_run:
            print(
                _tr(
                    "Ingenting er lagret: {columns} har tall som kan være antall personer "
                    "samtidig eller antall ganger. Si hva med --map, f.eks. «--map {first}=staff»."
                ).format(
                    columns=", ".join(f"{use.sheet}!{use.letter}" for use in ambiguous),
                    first=ambiguous[0].letter,
                ),
                file=sys.stderr,
            )
            raise _Refused
        if args.dry_run:
            print(_tr("Prøvekjøring: ingenting er lagret."))
            return EXIT_FAILED if blocked else EXIT_OK
        if blocked:
            print(
                _tr(
                    "Ingenting er lagret. Rett feilene i arket, bruk --map/--header-row, eller "
                    "hopp over radene med feil (--skip-invalid)."
                ),
                file=sys.stderr,
            )
            raise _Refused
        outcome = session.apply(plan, skip_invalid=args.skip_invalid)
        print(
            _tr(
                "Importert til {department} i {path}: {created} nye, {updated} oppdatert, "
                "{unchanged} uendret, {skipped} hoppet over."
            ).format(
                department=outcome.department.name,
                path=args.path,
                created=outcome.created,
                updated=outcome.updated,
                unchanged=outcome.unchanged,
                skipped=outcome.skipped,
            )
        )
        if outcome.proposal is not None:
            print(
                _tr("«Hvem kan gjøre» er lagt i scenarioet «{name}».").format(
                    name=outcome.proposal.name
                )
            )
        if new:
            print(_tr("Laget ny arbeidsfil {path}.").format(path=args.path))
    return EXIT_OK


class _Refused(OppgaveError):
    def __init__(self) -> None:
        super().__init__(_tr("Importen er stoppet."))


def _print_plan_summary(plan: ImportPlan, session: SheetImport) -> None:
    from oppgave.exchange.sheet_import import RowAction

    target = session.target
    where = target.department_name
    if target.creates_department:
        where = _tr("{name} (ny avdeling i {municipality})").format(
            name=target.department_name, municipality=target.municipality_name
        )
    print(
        _tr(
            "{sheets} ark, {rows} oppgaverader til {where}: {create} nye, {update} endres, "
            "{unchanged} uendret, {skipped} hoppes over, {invalid} med feil."
        ).format(
            sheets=len(plan.layouts),
            rows=len(plan.rows),
            where=where,
            create=plan.count(RowAction.CREATE),
            update=plan.count(RowAction.UPDATE),
            unchanged=plan.count(RowAction.UNCHANGED),
            skipped=plan.count(RowAction.SKIPPED),
            invalid=plan.count(RowAction.INVALID),
        )
    )


def _print_columns(plan: ImportPlan) -> None:
    """Every column: the field it fills or «ikke brukt» with the reason (the dry run)."""
    sheets = dict.fromkeys(use.sheet for use in plan.columns)
    for sheet in sheets:
        print(_tr("Kolonner i «{sheet}»:").format(sheet=sheet))
        for use in plan.columns:
            if use.sheet == sheet:
                mark = "?" if use.ambiguous else (" " if use.field is not None else "!")
                print(f"  {mark} {use.describe()}")
    ambiguous = plan.ambiguous_columns
    if ambiguous:
        print(
            _tr("Tvetydige kolonner (tall som kan være antall personer eller antall ganger): "
                "{columns}. Velg med --map.").format(
                columns=", ".join(f"{use.sheet}!{use.letter}" for use in ambiguous)
            )
        )  # fmt: skip


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _print_report(problems: Sequence[Problem], verbose: bool) -> None:
    from oppgave.exchange.sheet_import import Severity, severity_label

    shown = [p for p in problems if verbose or p.severity is not Severity.INFO]
    hidden = len(problems) - len(shown)
    if shown:
        headers = (
            _tr("Alvor"),
            _tr("Ark"),
            _tr("Rad"),
            _tr("Kolonne"),
            _tr("Verdi"),
            _tr("Problem"),
        )
        rows = [
            (
                severity_label(p.severity),
                p.sheet,
                str(p.row) if p.row else "",
                p.column,
                _short(p.value, VALUE_WIDTH),
                p.message,
            )
            for p in shown
        ]
        widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(headers[:-1])]

        def line(cells: Sequence[str]) -> str:
            left = "  ".join(cell.ljust(w) for cell, w in zip(cells[:-1], widths, strict=True))
            return f"{left}  {cells[-1]}"

        print(line(headers))
        print("  ".join("-" * width for width in widths) + "  " + "-" * 40)
        for row in rows:
            print(line(row))
    if hidden:
        print(_tr("({n} merknader vises med --verbose.)").format(n=hidden))


def _write_report(path: Path, problems: Sequence[Problem], args: argparse.Namespace) -> None:
    from oppgave.exchange.sheet_import import severity_label
    from oppgave.exchange.workbook_export import csv_value

    with (
        output_files.atomic_output(
            path, inputs=(args.sheet, args.path), force=args.force
        ) as temporary,
        temporary.open("w", encoding="utf-8-sig", newline="") as handle,
    ):
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [_tr("Ark"), _tr("Rad"), _tr("Kolonne"), _tr("Verdi"), _tr("Problem"), _tr("Alvor")]
        )
        for p in problems:
            # The cells repeat what the sheet said: neutralised like the export's CSV.
            cells = (p.sheet, p.row or "", p.column, p.value, p.message, severity_label(p.severity))
            writer.writerow([csv_value(cell) for cell in cells])


def _import_export_file(args: argparse.Namespace, grid: Any) -> int:
    from oppgave.exchange.importing import workspace_for_import
    from oppgave.exchange.workspace_import import ExportReadError, apply_export, read_export

    if args.department or args.map or args.header_row or args.sheets:
        print(
            _tr("Filen er en eksport fra programmet; --department, --map, --sheet og "
                "--header-row brukes ikke."),
            file=sys.stderr,
        )  # fmt: skip
    try:
        content = read_export(grid)
    except ExportReadError as error:
        _print_report(error.problems, True)
        if args.report is not None:
            _write_report(args.report, error.problems, args)
        raise
    with workspace_for_import(args.path, default_catalogue=False, keep=not args.dry_run) as (
        workspace,
        new,
    ):
        outcome = apply_export(workspace, content, apply_settings=new)
        _print_full_outcome(outcome, new, args)
    if args.dry_run:
        print(_tr("Prøvekjøring: ingenting er lagret."))
    return EXIT_OK


_KIND_LABELS = {
    "municipalities": "kommuner",
    "departments": "avdelinger",
    "competences": "kompetanser",
    "roles": "yrkesgrupper",
    "courses": "kurs",
    "scenarios": "scenarioer",
    "tasks": "oppgaver",
}


def _counts(values: dict[str, int]) -> str:
    parts = [
        f"{count} {translate('Cli', _KIND_LABELS.get(kind, kind))}"
        for kind, count in values.items()
        if count
    ]
    return ", ".join(parts) or _tr("ingen")


def _print_full_outcome(outcome: FullImportOutcome, new: bool, args: argparse.Namespace) -> None:
    print(
        _tr("Eksport fra programmet: nye {created}; oppdatert {updated}.").format(
            created=_counts(outcome.created), updated=_counts(outcome.updated)
        )
    )
    for note in outcome.notes:
        print(note)
    if new and not args.dry_run:
        print(_tr("Laget ny arbeidsfil {path}.").format(path=args.path))
