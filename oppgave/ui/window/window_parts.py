"""The main window's features beyond its four built-in tabs, composed explicitly and typed.

The window owns one :class:`WindowParts` (``window.parts``). Each feature is built by a typed
factory here that imports its module when it is first needed, so that the first window and the
task table are on screen before the heavier parts are imported (issue 18):

* :meth:`WindowParts.install` registers the *Analyse* and *Bemanningsplan* tabs and the report /
  export / import
  actions: they are in the menus and tabs from the start, and import pandas, ReportLab or
  openpyxl only when used;
* :attr:`WindowParts.review` (review mode, the comments dock, the «Gjennomgang» menu) and
  :attr:`WindowParts.file_safety` (rolling backups, «Gjenopprett fra sikkerhetskopi …», the file
  banner) are built on first access; :func:`oppgave.ui.app.create_window` builds them right
  after the window has shown and the first department's tasks are in the table
  (:meth:`WindowParts.complete_when_shown`, queued on the event loop);
* :attr:`WindowParts.crash_reporter` holds the app's crash reporter (only the app installs one).

Tests that use the bare :class:`~oppgave.ui.window.main_window.MainWindow` ask for the part they
test (``window.parts.review``) and get it built on that window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

if TYPE_CHECKING:
    from oppgave.ui.files.file_safety import FileSafety
    from oppgave.ui.review.review_ui import ReviewController
    from oppgave.ui.startup.crash_reporter import CrashReporter
    from oppgave.ui.window.main_window import MainWindow


def build_review(window: MainWindow) -> ReviewController:
    """Review mode, the comments dock and the «Gjennomgang» menu on ``window``."""
    from oppgave.ui.review.review_ui import ReviewController

    return ReviewController(window)


def build_file_safety(window: MainWindow) -> FileSafety:
    """Backups, the restore action (File menu) and the file banner on ``window``."""
    from oppgave.ui.files.file_safety import FileSafety

    file_safety = FileSafety(window)
    window.add_menu_action("file", file_safety.restore_action)
    return file_safety


#: How soon :meth:`WindowParts.complete_when_shown` looks again while the first table loads (ms).
COMPLETE_RETRY_MS = 50


class WindowParts:
    """The optional features of one window; each is built once, on first use."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._review: ReviewController | None = None
        self._file_safety: FileSafety | None = None
        self._installed = False
        self._rows_painted = False  # complete_when_shown: the first table has had its turn
        #: The app's crash reporter, kept alive with the window (None in tests and benchmarks).
        self.crash_reporter: CrashReporter | None = None

    def install(self) -> None:
        """Register the *Analyse* tab and the exchange actions (cheap: their modules import
        the heavy libraries only when a tab is built or an action runs)."""
        if self._installed:
            return
        self._installed = True
        from oppgave.ui.analysis import analysis_tab
        from oppgave.ui.files import exchange_actions
        from oppgave.ui.staffing import rota_tab, staffing_plan_view

        analysis_tab.install(self._window)
        staffing_plan_view.install(self._window)
        rota_tab.install(self._window)
        exchange_actions.install(self._window)

    def complete(self) -> None:
        """Build every part not built yet (called once the window is on screen)."""
        self.install()
        _ = self.review
        _ = self.file_safety

    def complete_when_shown(self) -> None:
        """:meth:`complete`, once the task table has its first rows: while the department the
        window opened on is still loading, look again a little later. Review mode and backups
        (SQLAlchemy's review queries, the first backup's copy) would otherwise take their turn
        of the event loop before the rows are shown. Neither is needed to show or lock the
        table: the data lock is the document's own (``WorkspaceDocument.data_locked``)."""
        context = self._window.context
        if context is not None and (context.loading or not self._rows_painted):
            # once loaded, one more wait: the rows' paint is queued behind this turn's timers
            self._rows_painted = not context.loading
            QTimer.singleShot(COMPLETE_RETRY_MS, self._window, self.complete_when_shown)
            return
        self.complete()

    @property
    def review(self) -> ReviewController:
        if self._review is None:
            self._review = build_review(self._window)
        return self._review

    @property
    def file_safety(self) -> FileSafety:
        if self._file_safety is None:
            self._file_safety = build_file_safety(self._window)
        return self._file_safety

    def built(self) -> tuple[str, ...]:
        """The names of the parts built so far (for tests and the start benchmark)."""
        names = {"review": self._review, "file_safety": self._file_safety}
        return tuple(name for name, part in names.items() if part is not None)
