"""What happens when the app meets an exception nobody expected.

A bug must never cost a workshop its work or leave a user looking at a traceback. Every
uncaught exception, in the UI thread (``sys.excepthook``, which PySide6 also calls for
exceptions escaping a slot) or in a worker (``threading.excepthook``), is

* written with its traceback to ``<data folder>/logg/oppgave.log`` (rotating, a few files of
  1 MB), so that support can see what happened afterwards;
* shown in the dialog «Noe gikk galt» with the details folded away and a «Kopier detaljer»
  button, through :class:`DialogService` so that tests never block on it.

The workspace stays intact by construction: every change is one transaction in
:meth:`Workspace.transaction`, which rolls back when an exception passes through it, so an
exception leaves the file exactly as the last committed edit left it; the app keeps running.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from oppgave import __version__
from oppgave.services import user_folders
from oppgave.ui.common.dialog_service import DialogService

LOGGER_NAME = "oppgave"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashReporter", text)


def configure_log(path: Path | None = None) -> Path | None:
    """Send the ``oppgave`` logger to a rotating file; the path, or ``None`` when the data
    folder cannot be written (a crash report must not crash in turn)."""
    path = path or user_folders.log_file()
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def describe(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, thread: str = ""
) -> str:
    """The details shown and logged: version, platform, thread and the traceback."""
    lines = [
        f"oppgave {__version__}, Python {platform.python_version()}, {platform.platform()}",
    ]
    if thread:
        lines.append(f"thread: {thread}")
    lines.append("".join(traceback.format_exception(kind, value, tb)).rstrip())
    return "\n".join(lines)


class CrashReporter(QObject):
    """Logs uncaught exceptions and shows them; :meth:`install` hooks it in, :meth:`uninstall`
    restores the previous hooks (tests)."""

    #: Details of an exception, carried to the UI thread (a queued connection).
    _report = Signal(str, str)

    def __init__(self, dialogs: DialogService, log_path: Path | None = None) -> None:
        super().__init__()
        self.dialogs = dialogs
        self.log_path = configure_log(log_path)
        self.logger = logging.getLogger(LOGGER_NAME)
        self.reported: list[str] = []
        self._showing = False
        self._previous_hooks: tuple[Callable[..., object], Callable[..., object]] | None = None
        self._report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks  # type: ignore[assignment]
            self._previous_hooks = None

    # --- the hooks -------------------------------------------------------------------------------

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
        thread: str = "",
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = describe(kind, value, tb, thread)
        try:
            self.logger.error("Uncaught exception\n%s", details)
        except Exception:  # noqa: BLE001 - logging must never raise from the hook
            pass
        summary = f"{kind.__name__}: {value}"
        self.reported.append(summary)
        # Dialogs belong to the UI thread: a worker's exception travels there queued.
        self._report.emit(summary, details)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        thread = args.thread.name if args.thread is not None else ""
        if args.exc_value is None:
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread)

    def _show(self, summary: str, details: str) -> None:
        if self._showing:  # an exception while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            where = str(self.log_path) if self.log_path else _tr("(loggen kunne ikke skrives)")
            message = _tr(
                "Programmet møtte en feil det ikke var forberedt på. Arbeidet ditt er trygt: "
                "alle endringer til og med den siste er lagret i arbeidsfilen, og du kan "
                "fortsette.\n\nFeil: {summary}\n\nDetaljene er skrevet i loggen {log}. Send "
                "dem gjerne til brukerstøtte med «Kopier detaljer»."
            ).format(summary=summary, log=where)
            self.dialogs.crash(_tr("Noe gikk galt"), message, details)
        except Exception:  # noqa: BLE001 - the last line of defence
            self.logger.exception("Could not show the crash dialog")
        finally:
            self._showing = False


def install(dialogs: DialogService, log_path: Path | None = None) -> CrashReporter:
    """Create and install the app's crash reporter (kept alive by the caller)."""
    reporter = CrashReporter(dialogs, log_path)
    reporter.install()
    return reporter
