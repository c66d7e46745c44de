"""``oppgave new``, ``demo``, ``info`` and ``check``: workspace files from the command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oppgave import output_files
from oppgave.cli.conventions import EXIT_FAILED, EXIT_OK, add_force_option, workspace_location
from oppgave.cli.lazy import lazy_module
from oppgave.i18n import translate

if TYPE_CHECKING:
    from oppgave import output_files
    from oppgave.services import scenarios, workspaces
else:
    output_files = lazy_module("oppgave.output_files")
    scenarios = lazy_module("oppgave.services.scenarios")
    workspaces = lazy_module("oppgave.services.workspaces")


def _tr(text: str) -> str:
    return translate("Cli", text)


def register(subparsers: Any) -> None:
    new = subparsers.add_parser("new", help=_tr("lag en ny, tom arbeidsfil med standardkatalog"))
    new.add_argument("path", type=Path)
    add_force_option(new)
    new.set_defaults(func=run_new)

    demo = subparsers.add_parser(
        "demo", help=_tr("lag et demo-arbeidsområde (Melhus, Skaun, Midtre Gauldal)")
    )
    demo.add_argument("path", type=Path)
    demo.add_argument(
        "--scale",
        type=_task_count,
        metavar="OPPGAVER",
        help=_tr("lag i stedet et stort syntetisk arbeidsområde med så mange oppgaver"),
    )
    demo.add_argument("--seed", type=int, default=2023, help=_tr("frø for tilfeldige tall"))
    add_force_option(demo)
    demo.set_defaults(func=run_demo)

    info = subparsers.add_parser("info", help=_tr("vis antall per tabell og skjemaversjon"))
    info.add_argument("path", type=workspace_location, metavar="FIL_ELLER_URL")
    info.add_argument("--json", action="store_true", help=_tr("skriv ut som JSON"))
    info.set_defaults(func=run_info)

    check = subparsers.add_parser(
        "check", help=_tr("kontroller at arbeidsfilen er hel (avslutter med kode 1 ved feil)")
    )
    check.add_argument("path", type=workspace_location, metavar="FIL_ELLER_URL")
    check.set_defaults(func=run_check)

    open_ = subparsers.add_parser(
        "open", help=_tr("åpne en arbeidsfil eller en database på en server (postgresql://…)")
    )
    open_.add_argument("path", type=workspace_location, metavar="FIL_ELLER_URL")
    open_.set_defaults(func=run_open)


MAX_SCALE = 200_000


def _task_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_tr("må være et heltall")) from None
    if not 1 <= value <= MAX_SCALE:
        raise argparse.ArgumentTypeError(
            _tr("må være mellom 1 og {maximum}").format(maximum=MAX_SCALE)
        )
    return value


def run_new(args: argparse.Namespace) -> int:
    with output_files.atomic_output(args.path, force=args.force, workspace=True) as temporary:
        workspaces.new_workspace(temporary, overwrite=True).close()
    print(_tr("Laget {path}").format(path=args.path))
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    """Build the demo in a temporary file beside the target and rename it at the end: a full
    disk or Ctrl+C leaves nothing under the target's name."""
    from oppgave.demo import synthetic

    started = time.perf_counter()
    with output_files.atomic_output(args.path, force=args.force, workspace=True) as temporary:
        if args.scale:
            workspace = synthetic.generate(
                temporary,
                tasks=args.scale,
                seed=args.seed,
                overwrite=True,
                progress=_progress_printer(),
            )
        else:
            from oppgave.demo import generator

            workspace = generator.generate(temporary, seed=args.seed, overwrite=True)
        try:
            counts = workspaces.info(workspace).counts
        finally:
            workspace.close()
    print(
        _tr("Laget {path}: {departments} avdelinger, {tasks} oppgaver ({seconds:.1f} s)").format(
            path=args.path,
            departments=counts["departments"],
            tasks=counts["tasks"],
            seconds=time.perf_counter() - started,
        )
    )
    return EXIT_OK


def _progress_printer() -> Any:
    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
            if done == total:
                print(file=sys.stderr)

    return progress


def run_info(args: argparse.Namespace) -> int:
    with workspaces.open_workspace(args.path) as workspace:
        details = workspaces.info(workspace)
    if args.json:
        print(
            json.dumps(
                {
                    "path": details.location,
                    "schema_revision": details.schema_revision,
                    "workspace_uuid": details.workspace_uuid,
                    "created_by_version": details.created_by_version,
                    "counts": details.counts,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    label = _tr("Server") if details.on_server else _tr("Fil")
    print(f"{label}: {details.location}")
    print(f"{_tr('Skjemaversjon')}: {details.schema_revision}")
    print(f"{_tr('Laget med versjon')}: {details.created_by_version}")
    width = max(len(label) for label in details.counts)
    for label, count in details.counts.items():
        print(f"  {label:<{width}}  {count:>8}")
    return EXIT_OK


def run_open(args: argparse.Namespace) -> int:
    """``oppgave open FIL_ELLER_URL``: the app on that workspace (as ``oppgave FIL`` does)."""
    from oppgave.system_libraries import check_before_qt

    missing = check_before_qt()
    if missing is not None:
        return missing
    from oppgave.ui.app import run_app

    return run_app(file=str(args.path))


def run_check(args: argparse.Namespace) -> int:
    """Damage exits 1; a proposal's share that now breaks a rule (kept as it was stored, see
    :func:`~oppgave.services.scenarios.rule_breaks`) is a warning a leader should fix, not
    damage: printed, exit 0."""
    with workspaces.open_workspace(args.path) as workspace:
        problems = workspaces.check(workspace)
        shown = workspace.location
        # A damaged file may not even load its records: its warnings wait until it is mended.
        warnings = [] if problems else scenarios.rule_break_lines(scenarios.rule_breaks(workspace))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            _tr("{n} feil funnet i {path}.").format(n=len(problems), path=shown),
            file=sys.stderr,
        )
        return EXIT_FAILED
    for warning in warnings:
        print(_tr("Advarsel: {warning}").format(warning=warning))
    if warnings:
        print(
            _tr("{path} er hel, med {n} advarsler om fordelingen i forslag.").format(
                path=shown, n=len(warnings)
            )
        )
    else:
        print(_tr("{path} er i orden.").format(path=shown))
    return EXIT_OK
