"""``oppgave review ...``: the HMS review round trip from the command line.

Everything the app does with review copies, headless: export a copy of one department, print
the review form, write comments in a copy, import it back, list, resolve and reopen comments,
set or suggest working-environment flags, and show the working-environment summary.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave.cli.conventions import EXIT_FAILED, EXIT_OK, add_force_option
from oppgave.cli.lazy import lazy_module
from oppgave.domain.enums import CommentStatus, WorkFlag
from oppgave.errors import NotFoundError
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave import output_files
    from oppgave.analysis import norwegian_text as norwegian
    from oppgave.analysis import work_environment as flag_text
    from oppgave.db.workspace import Workspace
    from oppgave.domain import records as r
    from oppgave.services import (
        organisation,
        review,
        review_comments,
        scenarios,
        tasks,
        work_environment,
        workspaces,
    )
else:
    norwegian = lazy_module("oppgave.analysis.norwegian_text")
    output_files = lazy_module("oppgave.output_files")
    # the work-flag words: imported on first use (the parser imports no analysis, issue 18)
    flag_text = lazy_module("oppgave.analysis.work_environment")
    organisation = lazy_module("oppgave.services.organisation")
    review = lazy_module("oppgave.services.review")
    review_comments = lazy_module("oppgave.services.review_comments")
    scenarios = lazy_module("oppgave.services.scenarios")
    tasks = lazy_module("oppgave.services.tasks")
    work_environment = lazy_module("oppgave.services.work_environment")
    workspaces = lazy_module("oppgave.services.workspaces")


def _tr(text: str) -> str:
    return translate("Cli", text)


def _flag_key(flag: WorkFlag) -> str:
    """The JSON key of a work flag (its stored name)."""
    return (flag.name or str(int(flag))).lower()


def register(subparsers: Any) -> None:
    workspace_help = _tr("lederens arbeidsfil (.oppgave)")
    either_help = _tr("lederens arbeidsfil eller en gjennomgangskopi")
    copy_help = _tr("gjennomgangskopien (.oppgave) som HMS-gruppen skriver i")
    group = subparsers.add_parser(
        "review",
        help=_tr("gjennomgang i HMS-gruppen: kopi, kommentarer, import, arbeidsmiljø"),
        description=_tr(
            "Gjennomgang av oppgavefordelingen i HMS-gruppen (leder, tillitsvalgt, verneombud, "
            "ansatte): lag en gjennomgangskopi av en avdeling, skriv kommentarer i kopien, og "
            "importer kommentarene tilbake i lederens arbeidsfil."
        ),
    )
    commands = group.add_subparsers(dest="review_command", metavar="KOMMANDO", required=True)

    export = commands.add_parser("export", help=_tr("lag en gjennomgangskopi av én avdeling"))
    export.add_argument("path", type=Path, metavar="ARBEIDSFIL", help=workspace_help)
    _department_option(export, required=True)
    export.add_argument("--scenario", help=_tr("forslaget som skal gjennomgås (standard: alle)"))
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="KOPI.oppgave",
        help=_tr("gjennomgangskopien som skal lages"),
    )
    add_force_option(export)
    export.set_defaults(func=run_export)

    pdf = commands.add_parser("pdf", help=_tr("skriv ut gjennomgangsskjemaet som PDF"))
    pdf.add_argument("path", type=Path, metavar="ARBEIDSFIL_ELLER_KOPI", help=either_help)
    _department_option(pdf)
    pdf.add_argument("--scenario", help=_tr("forslaget (standard: kopiens eller det første)"))
    pdf.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FIL.pdf",
        help=_tr("PDF-filen som skal skrives"),
    )
    add_force_option(pdf)
    pdf.set_defaults(func=run_pdf)

    comment = commands.add_parser("comment", help=_tr("skriv en kommentar (i en kopi)"))
    comment.add_argument("path", type=Path, metavar="KOPI", help=copy_help)
    target = comment.add_mutually_exclusive_group(required=True)
    target.add_argument("--task", metavar="NAVN_ELLER_ID", help=_tr("oppgaven det gjelder"))
    target.add_argument(
        "--overall", action="store_true", help=_tr("den helhetlige kommentaren til fordelingen")
    )
    _department_option(comment)
    comment.add_argument(
        "--verdict",
        default="comment",
        help=_tr("agree|disagree|question|comment (eller enig, uenig, spørsmål, kommentar)"),
    )
    comment.add_argument(
        "--reviewer-role",
        required=True,
        help=_tr("union_rep|safety_rep|employee|leader (eller tillitsvalgt, verneombud, ...)"),
    )
    comment.add_argument("--text", default="", help=_tr("kommentaren"))
    comment.add_argument(
        "--flags",
        metavar="MERKER",
        help=_tr("foreslåtte arbeidsmiljømerker, f.eks. «tunge-loft,natt» («ingen» for ingen)"),
    )
    comment.set_defaults(func=run_comment)

    flags = commands.add_parser(
        "flags",
        help=_tr("sett arbeidsmiljømerker på en oppgave (i en kopi: som forslag)"),
    )
    flags.add_argument("path", type=Path, metavar="ARBEIDSFIL_ELLER_KOPI", help=either_help)
    flags.add_argument(
        "--task", required=True, metavar="NAVN_ELLER_ID", help=_tr("oppgaven det gjelder")
    )
    _department_option(flags)
    flags.add_argument(
        "--set",
        dest="flags",
        required=True,
        metavar="MERKER",
        help=_tr("tunge-loft, alenearbeid, smittefare, nattarbeid, psykisk (kommaseparert)"),
    )
    flags.add_argument(
        "--reviewer-role", default="leader", help=_tr("rollen som foreslår (i en kopi)")
    )
    flags.add_argument("--text", default="", help=_tr("begrunnelse (i en kopi)"))
    flags.set_defaults(func=run_flags)

    do_import = commands.add_parser(
        "import", help=_tr("importer kommentarene fra en returnert kopi")
    )
    do_import.add_argument("copy", type=Path, metavar="KOPI", help=copy_help)
    do_import.add_argument("path", type=Path, metavar="ARBEIDSFIL", help=workspace_help)
    do_import.add_argument(
        "--accept-tampered",
        action="store_true",
        help=_tr("importer selv om kopien ser ut til å være endret eller er ukjent"),
    )
    do_import.add_argument(
        "--check", action="store_true", help=_tr("bare kontroller kopien; importer ingenting")
    )
    do_import.set_defaults(func=run_import)

    listing = commands.add_parser("list", help=_tr("vis kommentarene"))
    listing.add_argument("path", type=Path, metavar="ARBEIDSFIL_ELLER_KOPI", help=either_help)
    _department_option(listing)
    listing.add_argument("--task", metavar="NAVN_ELLER_ID", help=_tr("bare denne oppgaven"))
    listing.add_argument("--open", action="store_true", help=_tr("bare åpne kommentarer"))
    listing.add_argument(
        "--disagreement", action="store_true", help=_tr("bare kommentarer med uenighet")
    )
    listing.add_argument("--json", action="store_true", help=_tr("skriv ut som JSON"))
    listing.set_defaults(func=run_list)

    resolve = commands.add_parser(
        "resolve", help=_tr("merk kommentarer som behandlet (eller åpne dem igjen)")
    )
    resolve.add_argument("path", type=Path, metavar="ARBEIDSFIL", help=workspace_help)
    resolve.add_argument("comments", nargs="+", metavar="KOMMENTAR", help=_tr("id eller uuid"))
    resolve.add_argument("--reopen", action="store_true", help=_tr("åpne kommentarene igjen"))
    resolve.set_defaults(func=run_resolve)

    accept = commands.add_parser(
        "accept-flags", help=_tr("gi oppgaven merkene en kommentar foreslår, og merk den behandlet")
    )
    accept.add_argument("path", type=Path, metavar="ARBEIDSFIL", help=workspace_help)
    accept.add_argument("comment", metavar="KOMMENTAR", help=_tr("id eller uuid"))
    accept.set_defaults(func=run_accept_flags)

    summary = commands.add_parser(
        "summary", help=_tr("arbeidsmiljø: timer per uke med merket arbeid per yrkesgruppe")
    )
    summary.add_argument("path", type=Path, metavar="ARBEIDSFIL_ELLER_KOPI", help=either_help)
    _department_option(summary)
    summary.add_argument("--scenario", help=_tr("forslaget (standard: kopiens eller det første)"))
    summary.add_argument(
        "--suggestions",
        action="store_true",
        help=_tr("ta med merker som er foreslått i åpne kommentarer"),
    )
    summary.add_argument("--json", action="store_true", help=_tr("skriv ut som JSON"))
    summary.set_defaults(func=run_summary)

    info = commands.add_parser("info", help=_tr("vis hva en gjennomgangskopi inneholder"))
    info.add_argument("path", type=Path, metavar="KOPI", help=copy_help)
    info.add_argument("--json", action="store_true", help=_tr("skriv ut som JSON"))
    info.set_defaults(func=run_info)


def _department_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--department",
        required=required,
        metavar="AVDELING",
        help=_tr("avdelingens navn, id eller Kommune/Avdeling")
        + ("" if required else _tr(" (standard: kopiens avdeling)")),
    )


# --- helpers ----------------------------------------------------------------------------------


def _department(workspace: Workspace, key: str | None) -> r.Department:
    if key:
        return organisation.resolve_department(workspace, key)
    info = review.copy_info(workspace)
    if info is not None and info.department_id is not None:
        return organisation.get_department(workspace, info.department_id)
    departments = organisation.list_departments(workspace)
    if len(departments) == 1:
        return departments[0]
    raise NotFoundError(_tr("Oppgi avdeling med --department."))


def _scenario_id(workspace: Workspace, department_id: int, key: str | None) -> int | None:
    if key is None:
        return None
    return scenarios.resolve_scenario(workspace, department_id, key).id


def _print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


# --- commands ---------------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        department = organisation.resolve_department(workspace, args.department)
        info = review.export_review_copy(
            workspace,
            department.id,
            args.output,
            scenario_id=_scenario_id(workspace, department.id, args.scenario),
            overwrite=args.force,
        )
    print(
        _tr("Laget gjennomgangskopi {path} av {department} ({scenario}).").format(
            path=args.output,
            department=info.department_name,
            scenario=info.scenario_name or _tr("alle scenarioer"),
        )
    )
    print(_tr("Fingeravtrykk: {fingerprint}").format(fingerprint=info.fingerprint))
    return EXIT_OK


def run_pdf(args: argparse.Namespace) -> int:
    from oppgave.services import review_documents  # ReportLab (≈0.3 s): only this command

    output_files.check_output_path(args.output, inputs=(args.path,), force=args.force)
    with workspaces.open_workspace(args.path) as workspace:
        department = _department(workspace, args.department)
        pages = review_documents.write_review_pdf(
            workspace,
            args.output,
            department.id,
            scenario_id=_scenario_id(workspace, department.id, args.scenario),
        )
    print(_tr("Skrev {path} ({pages} sider).").format(path=args.output, pages=pages))
    return EXIT_OK


def run_comment(args: argparse.Namespace) -> int:
    flags = None if args.flags is None else review_comments.parse_work_flags(args.flags)
    with workspaces.open_workspace(args.path) as workspace:
        if args.overall:
            department = _department(workspace, args.department)
            comment = review_comments.set_overall_comment(
                workspace, department.id, args.text, args.reviewer_role, args.verdict
            )
        else:
            department_id = _department(workspace, args.department).id
            task = tasks.find_task(workspace, department_id, args.task)
            comment = review_comments.add_comment(
                workspace,
                task.id,
                args.verdict,
                args.reviewer_role,
                args.text,
                suggested_work_flags=flags,
            )
    print(
        _tr("Kommentar {id} lagret ({verdict}, {role}{task}).").format(
            id=comment.id,
            verdict=review_comments.verdict_label(comment.verdict),
            role=review_comments.reviewer_role_label(comment.reviewer_role),
            task=f", «{comment.task_name}»" if comment.task_uuid else "",
        )
    )
    return EXIT_OK


def run_flags(args: argparse.Namespace) -> int:
    flags = review_comments.parse_work_flags(args.flags)
    with workspaces.open_workspace(args.path) as workspace:
        department_id = _department(workspace, args.department).id
        task = tasks.find_task(workspace, department_id, args.task)
        if workspace.is_review_copy:
            if args.text:
                review_comments.suggest_work_flags(
                    workspace, task.id, flags, args.reviewer_role, args.text
                )
            else:  # one flag suggestion per task: a second call replaces the first
                review_comments.set_flag_suggestion(workspace, task.id, flags, args.reviewer_role)
            print(
                _tr("Foreslo merkene «{flags}» for «{task}» (sendes til lederen).").format(
                    flags=flag_text.flags_text(flags) or _tr("ingen"), task=task.name
                )
            )
        else:
            tasks.update_task(workspace, task.id, work_flags=flags)
            print(
                _tr("«{task}» har nå merkene: {flags}").format(
                    task=task.name, flags=flag_text.flags_text(flags) or _tr("ingen")
                )
            )
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    review.check_import_order(args.copy, args.path)
    with workspaces.open_workspace(args.path) as workspace:
        if args.check:
            check = review.check_review_copy(workspace, args.copy)
            _print_copy(check.info)
            print(_tr("Kommentarer i kopien: {n}").format(n=check.comment_count))
            if check.already_imported:
                print(_tr("Kopien er importert før."))
            for problem in check.problems:
                print(_tr("Advarsel: {problem}").format(problem=problem), file=sys.stderr)
            return EXIT_FAILED if check.problems else EXIT_OK
        try:
            result = review.import_review_copy(
                workspace, args.copy, accept_tampered=args.accept_tampered
            )
        except review.TamperedCopyError as error:
            print(_tr("Feil: {message}").format(message=error.message), file=sys.stderr)
            for problem in error.problems:
                print(f"  - {problem}", file=sys.stderr)
            print(
                _tr("Bruk --accept-tampered for å importere kommentarene likevel."),
                file=sys.stderr,
            )
            return EXIT_FAILED
    for problem in result.problems:
        print(_tr("Advarsel: {problem}").format(problem=problem), file=sys.stderr)
    print(
        _tr(
            "Importerte {added} nye kommentarer fra {path} ({department}); {updated} oppdatert, "
            "{unchanged} fantes fra før."
        ).format(
            added=result.added,
            path=args.copy.name,
            department=result.info.department_name,
            updated=result.updated,
            unchanged=result.unchanged,
        )
    )
    if result.on_changed_tasks:
        print(
            _tr("Endret siden kopien ble laget: {names}").format(
                names=", ".join(result.on_changed_tasks)
            )
        )
    if result.on_deleted_tasks:
        print(
            _tr("Slettet siden kopien ble laget (kommentarene er tatt vare på): {names}").format(
                names=", ".join(result.on_deleted_tasks)
            )
        )
    return EXIT_OK


def _view_json(view: review_comments.CommentView) -> dict[str, Any]:
    comment = view.comment
    flags = comment.suggested_work_flags
    return {
        "id": comment.id,
        "uuid": comment.uuid,
        "department": view.department_name,
        "task": view.task_name if comment.task_uuid else None,
        "task_id": view.task_id,
        "task_uuid": comment.task_uuid,
        "verdict": comment.verdict.value,
        "reviewer_role": comment.reviewer_role.value,
        "text": comment.text,
        "status": comment.status.value,
        "suggested_work_flags": flags,
        "suggested_work_flag_names": (
            None if flags is None else flag_text.flags_text(flags).split(", ")
        ),
        "task_state": view.task_state.value,
        "changed_since_copy": view.changed_since_copy,
        "source_copy": comment.source_copy_uuid,
        "created_at": comment.created_at,
    }


def run_list(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        department_id = None
        if args.department or args.task:
            department_id = _department(workspace, args.department).id
        task_id = None
        if args.task:
            task_id = tasks.find_task(workspace, department_id, args.task).id
        views = review_comments.comment_views(
            workspace,
            department_id,
            task_id=task_id,
            open_only=args.open,
            disagreement_only=args.disagreement,
        )
    if args.json:
        _print_json([_view_json(view) for view in views])
        return EXIT_OK
    if not views:
        print(_tr("Ingen kommentarer."))
        return EXIT_OK
    for view in views:
        comment = view.comment
        status = _tr("åpen") if comment.status is CommentStatus.OPEN else _tr("behandlet")
        state = review_comments.task_state_label(view.task_state)
        task = view.task_name if comment.task_uuid else _tr("(helhetlig kommentar)")
        head = [
            f"#{comment.id}",
            task,
            review_comments.verdict_label(comment.verdict),
            review_comments.reviewer_role_label(comment.reviewer_role),
            status,
        ]
        if view.changed_since_copy:
            head.append(f"[{state}]")
        print("  ".join(head))
        if comment.suggested_work_flags is not None:
            print(
                "    "
                + _tr("Foreslåtte merker: {flags}").format(
                    flags=flag_text.flags_text(comment.suggested_work_flags) or _tr("ingen")
                )
            )
        if comment.text:
            print(f"    {comment.text}")
    return EXIT_OK


def run_resolve(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        ids = [review_comments.find_comment(workspace, key).id for key in args.comments]
        status = CommentStatus.OPEN if args.reopen else CommentStatus.RESOLVED
        review_comments.set_comment_status(workspace, ids, status)
    message = (
        _tr("Åpnet {n} kommentarer igjen.") if args.reopen else _tr("{n} kommentarer behandlet.")
    )
    print(message.format(n=len(ids)))
    return EXIT_OK


def run_accept_flags(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        comment = review_comments.find_comment(workspace, args.comment)
        task, _previous = review_comments.accept_suggested_flags(workspace, comment.id)
    print(
        _tr("«{task}» har nå merkene: {flags}").format(
            task=task.name, flags=flag_text.flags_text(task.work_flags) or _tr("ingen")
        )
    )
    return EXIT_OK


def run_summary(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        department = _department(workspace, args.department)
        view = work_environment.summary(
            workspace,
            department.id,
            _scenario_id(workspace, department.id, args.scenario),
            include_suggestions=args.suggestions,
        )
    summary = view.summary
    if args.json:
        _print_json(
            {
                "department": view.department.name,
                "baseline": view.baseline.name,
                "proposal": view.proposal.name,
                "includes_suggestions": view.includes_suggestions,
                "unit": "hours_per_week",
                "roles": [
                    {
                        "role": role.role_name,
                        "hours_today": role.hours_today,
                        "hours_proposal": role.hours_proposal,
                        "flags": {
                            _flag_key(item.flag): {"today": item.today, "proposal": item.proposal}
                            for item in role.flags
                        },
                    }
                    for role in summary.roles
                ],
                "totals": {
                    _flag_key(item.flag): {"today": item.today, "proposal": item.proposal}
                    for item in summary.totals
                },
                "warnings": [warning.text() for warning in summary.warnings],
            }
        )
        return EXIT_OK
    print(
        _tr("Arbeidsmiljø i {department}: {baseline} → {proposal} (timer per uke)").format(
            department=view.department.name,
            baseline=view.baseline.name,
            proposal=view.proposal.name,
        )
    )
    width = max([len(role.role_name) for role in summary.roles] + [12])
    labels = [flag_text.flag_label(flag, short=True) for flag in flag_text.FLAG_ORDER]
    print(" " * width + "".join(f"  {label:>18}" for label in labels))
    for role in [*summary.roles, None]:
        name = role.role_name if role else _tr("Sum")
        items = role.flags if role else summary.totals
        number = norwegian.format_number
        cells = [f"{number(item.today):>7} → {number(item.proposal):>7}" for item in items]
        print(f"{name:<{width}}" + "".join(f"  {cell:>18}" for cell in cells))
    for warning in summary.warnings:
        print(
            _tr("Advarsel: {text} ({detail})").format(text=warning.text(), detail=warning.detail())
        )
    return EXIT_OK


def _print_copy(info: review.ReviewCopyInfo) -> None:
    print(
        _tr("Gjennomgangskopi av {department} ({municipality})").format(
            department=info.department_name, municipality=info.municipality_name
        )
    )
    print(_tr("Forslag: {scenario}").format(scenario=info.scenario_name or _tr("alle scenarioer")))
    print(
        _tr("Laget fra {source} {when}").format(
            source=info.source_name, when=info.exported_at.replace("T", " ")
        )
    )
    print(_tr("Kopi-id: {uuid}").format(uuid=info.copy_uuid))
    print(_tr("Fingeravtrykk: {fingerprint}").format(fingerprint=info.fingerprint))


def run_info(args: argparse.Namespace) -> int:
    with review.open_returned_copy(args.path) as copy:
        info = review.copy_info(copy)
        assert info is not None
        intact = review.copy_is_intact(copy)
        comments = len(review_comments.list_comments(copy))
    if args.json:
        _print_json(
            {
                "copy_uuid": info.copy_uuid,
                "source_workspace_uuid": info.source_workspace_uuid,
                "source_name": info.source_name,
                "department": info.department_name,
                "municipality": info.municipality_name,
                "scenario": info.scenario_name or None,
                "exported_at": info.exported_at,
                "fingerprint": info.fingerprint,
                "content_matches_fingerprint": intact,
                "comments": comments,
            }
        )
        return EXIT_OK
    _print_copy(info)
    print(_tr("Kommentarer: {n}").format(n=comments))
    if intact:
        print(_tr("Innholdet stemmer med fingeravtrykket."))
        return EXIT_OK
    print(_tr("Advarsel: innholdet stemmer ikke med fingeravtrykket."), file=sys.stderr)
    return EXIT_FAILED
