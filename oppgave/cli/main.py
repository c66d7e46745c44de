"""The ``oppgave`` command.

``oppgave`` with no subcommand starts the desktop app (optionally on a file, or on the demo
workspace with ``--demo``); the subcommands do headless what the app does, through the same
services. Each command module registers its subcommands with a ``register(subparsers)``
function, listed in :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence

from oppgave import __version__
from oppgave.cli.conventions import EXIT_BUG, EXIT_FAILED, EXIT_USAGE
from oppgave.db.locations import is_server_url
from oppgave.errors import OppgaveError
from oppgave.i18n import translate

#: Modules that add subcommands; each has ``register(subparsers) -> None``.
COMMAND_MODULES = (
    "oppgave.cli.workspace_commands",
    "oppgave.cli.analysis_commands",
    "oppgave.cli.review_commands",
    "oppgave.cli.exchange_commands",
    "oppgave.cli.report_commands",
    "oppgave.cli.rota_commands",
    "oppgave.cli.scenario_commands",
    "oppgave.cli.server_commands",
)


def _tr(text: str) -> str:
    return translate("Cli", text)


#: argparse's own English texts (usage line, headings, errors) and their Norwegian wording.
#: argparse looks each up through its module-level ``_``/``ngettext`` (gettext) when it uses it.
_ARGPARSE_TEXTS = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpeteksten og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig verdi (%(type)s): %(value)r",
    "expected one argument": "venter én verdi",
    "expected at most one argument": "venter høyst én verdi",
    "expected at least one argument": "venter minst én verdi",
    "expected %s argument": "venter %s verdi",
    "expected %s arguments": "venter %s verdier",
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "one of the arguments %s is required": "ett av argumentene %s må være med",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan bety %(matches)s"
    ),
    "ignored explicit argument %r": "overflødig verdi %r",
    "unexpected option string: %s": "uventet valg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
}


def _argparse_text(text: str) -> str:
    norwegian = _ARGPARSE_TEXTS.get(text)
    return text if norwegian is None else _tr(norwegian)


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return _argparse_text(singular if count == 1 else plural)


def _norwegian_argparse() -> None:
    """Make argparse's own words Norwegian («bruk:», «feil:», «disse argumentene mangler»).

    argparse translates them through gettext at the moment it prints; without a catalogue they
    stay English. The command is Norwegian throughout, so its help and errors are too.
    """
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``with_commands=False`` leaves out the subcommands, whose modules
    import pandas, matplotlib and ReportLab (≈2 s) that starting the app does not need."""
    _norwegian_argparse()
    parser = argparse.ArgumentParser(
        prog="oppgave",
        description=_tr(
            "Oppgavedeling for helse- og omsorgstjenester. Uten underkommando startes "
            "skrivebordsprogrammet (eventuelt på FIL.oppgave)."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"oppgave {__version__}",
        help=_tr("vis versjonsnummeret og avslutt"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=_tr("start programmet på et nytt demo-arbeidsområde"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_tr("sjekk installasjonen: vis vinduet, åpne demo, kjør en analyse, skriv en PDF"),
    )
    parser.add_argument(
        "--language",
        choices=("nb", "en"),
        help=_tr("språk i programmet (nb = norsk bokmål, en = engelsk)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO", title=_tr("kommandoer"))
    for module_name in COMMAND_MODULES if with_commands else ():
        importlib.import_module(module_name).register(subparsers)
    for each in _all_parsers(parser):
        _norwegian_headings(each)
    return parser


def _all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """``parser`` and every subcommand parser below it (``oppgave review import`` too)."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.extend(_all_parsers(child))
    return found


def _norwegian_headings(parser: argparse.ArgumentParser) -> None:
    """argparse's own headings and help option in Norwegian, like the rest of the command."""
    parser._positionals.title = _tr("argumenter")
    parser._optionals.title = _tr("valg")
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = _tr("vis denne hjelpeteksten og avslutt")


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._subparsers._group_actions if parser._subparsers else ():
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def starts_app_only(args: Sequence[str]) -> bool:
    """True if ``args`` can only mean "start the app" (no subcommand, no help): nothing, options
    such as ``--demo``/``--language nb``, or a first argument naming a ``.oppgave`` file."""
    tokens = list(args)
    if any(token in ("-h", "--help") for token in tokens):
        return False
    positionals = [
        (index, token)
        for index, token in enumerate(tokens)
        if not token.startswith("-") and (index == 0 or tokens[index - 1] != "--language")
    ]
    if not positionals:
        return True
    return (
        len(positionals) == 1
        and positionals[0][0] == 0
        and (positionals[0][1].lower().endswith(".oppgave") or is_server_url(positionals[0][1]))
    )


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if any("\x00" in arg for arg in args_list):
        # No shell can pass a NUL character; only a program calling main() can. Refuse it
        # here rather than in every path and text argument (found by fuzzing).
        print(_tr("Feil: et argument inneholder et NUL-tegn, som ikke er lov."), file=sys.stderr)
        return EXIT_USAGE
    if args_list == ["--self-test"]:
        from oppgave import selftest  # before the parser: times the start-up as the app's

        return selftest.run(started)
    parser = build_parser(with_commands=not starts_app_only(args_list))
    file = None
    commands = _command_names(parser)
    if args_list and not args_list[0].startswith("-") and args_list[0] not in commands:
        file = args_list.pop(0)  # ``oppgave PATH`` opens PATH in the app
    args = parser.parse_args(args_list)
    if getattr(args, "func", None) is None and args.self_test:
        from oppgave import selftest

        return selftest.run(started)
    if getattr(args, "func", None) is None:
        from oppgave.system_libraries import check_before_qt

        missing = check_before_qt()  # before Qt: it would abort the process (exit 134)
        if missing is not None:
            return missing
        # The database layer before Qt: PySide6 hooks every import made after it (it reads each
        # importing module's source), which cost SQLAlchemy and the models ≈9 % more CPU at start
        # (farm-bench, issue 18).
        import oppgave.services.workspaces  # noqa: F401
        from oppgave.ui.app import run_app  # imported late: headless commands need no Qt

        return run_app(file=file, demo=args.demo, language=args.language)
    try:
        with _terminate_as_exception():
            result: int = args.func(args)
        return result
    except OppgaveError as error:
        print(_tr("Feil: {message}").format(message=error.message), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(_tr("Avbrutt."), file=sys.stderr)
        return 130
    except Terminated as stop:
        print(_tr("Avbrutt."), file=sys.stderr)
        return 128 + stop.signal_number
    except OSError as error:
        # The disk or the file system refused (full, name too long, no access) somewhere no
        # command expected it: the reason, not a traceback.
        return _file_system_error(error)
    except Exception as error:  # noqa: BLE001 - a bug: a sentence and the log, no traceback
        return _unexpected(error)


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwinds like Ctrl+C so every ``finally`` runs (a half-written
    output file is removed, a transaction rolled back) before the command exits."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


@contextlib.contextmanager
def _terminate_as_exception() -> Iterator[None]:
    """While a command runs, turn SIGTERM/SIGHUP into :class:`Terminated` (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signal_number: int, _frame: object) -> None:
        raise Terminated(signal_number)

    wanted = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {number: signal.signal(number, stop) for number in wanted}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _file_system_error(error: OSError) -> int:
    from oppgave import output_files

    where = error.filename if isinstance(error.filename, str) else ""
    reason = output_files.describe_os_error(error)
    if where:
        shown = where if len(where) <= 160 else where[:80] + "…" + where[-60:]
        message = _tr("Feil: {path}: {reason}").format(path=shown, reason=reason)
    else:
        message = _tr("Feil: {reason}").format(reason=reason)
    print(message, file=sys.stderr)
    return EXIT_FAILED


def _unexpected(error: Exception) -> int:
    """An exception no command expected: the traceback goes to the log file in the user's data
    folder, the user gets one sentence saying where it is."""
    import logging
    import logging.handlers

    from oppgave.services import user_folders

    where = user_folders.log_file()
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            where, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = logging.getLogger("oppgave.cli")
        logger.addHandler(handler)
        try:
            logger.error("Uncaught exception in %s", sys.argv, exc_info=error)
        finally:
            logger.removeHandler(handler)
            handler.close()
        detail = _tr("Detaljene er skrevet i {log}.").format(log=where)
    except OSError:
        detail = ""
    print(
        _tr("Feil: noe uventet gikk galt ({kind}: {error}). {detail}")
        .format(kind=type(error).__name__, error=error, detail=detail)
        .rstrip(),
        file=sys.stderr,
    )
    return EXIT_BUG
