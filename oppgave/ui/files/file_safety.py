"""Keeping the user's work safe in the window: rolling backups, «Gjenopprett fra
sikkerhetskopi …» in the File menu, and a banner when the open file vanished or is read-only.

Built as ``window.parts.file_safety`` (:mod:`oppgave.ui.window.window_parts`). The banner
sits right under the toolbar and offers «Lagre som …», which for a vanished file writes the
work from the handle :class:`~oppgave.services.file_keeper.FileKeeper` keeps open, so a
deleted or renamed file (or a dropped network drive) costs nothing that was committed. Whether
the file is still there is checked every few seconds off the UI thread, because a ``stat`` on
a hung network path can block for a long time.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from oppgave.errors import OppgaveError
from oppgave.services.file_keeper import FileKeeper
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.document.workspace_document import WorkspaceDocument
from oppgave.ui.files.backup_scheduler import BackupScheduler

if TYPE_CHECKING:
    from oppgave.ui.window.main_window import MainWindow

#: How often the open file is checked for having vanished.
CHECK_INTERVAL_MS = 3000


def _tr(text: str) -> str:
    # the translation context keeps the module's old name, so the existing translations apply
    return QCoreApplication.translate("Hardening", text)


class FileBanner(QDockWidget):
    """A full-width warning strip with a message and a «Lagre som …» button.

    A title-less dock in the top area: it sits between the toolbar and the tabs, and survives
    the window rebuilding its toolbars and central widget (new file, language switch)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("fileBanner")
        self.setTitleBarWidget(QWidget(self))
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setAllowedAreas(Qt.DockWidgetArea.TopDockWidgetArea)
        frame = QFrame(self)
        frame.setObjectName("fileBannerFrame")
        frame.setStyleSheet(
            "QFrame#fileBannerFrame { background: #fff3cd; border: 1px solid #e0c068; }"
            "QFrame#fileBannerFrame QLabel { color: #533f03; }"
        )
        self.label = QLabel(frame)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(frame)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWidget(frame)
        self.kind = ""
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.fit_height()  # a narrower window wraps the message onto more lines
        return False

    def show_message(self, kind: str, message: str) -> None:
        self.kind = kind
        self.label.setText(message)
        self.button.setText(_tr("Lagre som …"))
        self.show()
        self.fit_height()

    def fit_height(self) -> None:
        """As high as the message needs, not the height the dock area would give it."""
        window = self.parentWidget()
        frame = self.widget()
        if isinstance(window, QMainWindow) and frame is not None:
            width = max(window.width(), 400)
            height = frame.heightForWidth(width)
            if height <= 0:
                height = frame.sizeHint().height()
            self.setMaximumHeight(height)
            window.resizeDocks([self], [height], Qt.Orientation.Vertical)

    def clear(self) -> None:
        self.kind = ""
        self.hide()


class FileSafety(QObject):
    """Backups, the restore action and the file banner of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scheduler = BackupScheduler(window.settings, self)
        self.scheduler.backup_failed.connect(
            lambda message: window.statusBar().showMessage(message, 10000)
        )
        self.keeper: FileKeeper | None = None
        self.banner = FileBanner(window)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.banner)
        window.language_changed.connect(self._retranslate)
        self._action: QAction | None = None
        self.banner.button.clicked.connect(self.save_elsewhere)
        self._checker = BackgroundRunner(self)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_file)
        window.document_opened.connect(self._opened)
        window.document_closed.connect(self._closed)
        if window.document is not None:
            self._opened(window.document)

    # --- following the open document ------------------------------------------------------------

    def _opened(self, document: WorkspaceDocument) -> None:
        self._closed()
        self.keeper = FileKeeper(document.path)
        self.scheduler.attach(document)
        document.command_failed.connect(lambda _message: self.check_file())
        self._show_read_only(document)
        self._timer.start()

    def _retranslate(self, _language: str) -> None:
        document = self.window.document
        if document is None or not self.banner.kind:
            return
        kind, self.banner.kind = self.banner.kind, ""
        if kind == "read_only":
            self._show_read_only(document)
        else:
            self.check_file_now()

    def _show_read_only(self, document: WorkspaceDocument) -> None:
        if document.workspace.read_only:
            self.banner.show_message(
                "read_only",
                _tr(
                    "{name} er skrivebeskyttet (filen eller mappen): du kan se, men ikke endre. "
                    "Bruk «Lagre som …» for å lagre en kopi du kan arbeide videre i."
                ).format(name=document.path.name),
            )

    def _closed(self) -> None:
        self._timer.stop()
        self._checker.cancel()
        self.scheduler.attach(None)
        if self.keeper is not None:
            self.keeper.close()
            self.keeper = None
        self.banner.clear()

    # --- the vanished file ----------------------------------------------------------------------

    def check_file(self) -> None:
        """Look (off the UI thread) whether the open file is still where it was."""
        keeper = self.keeper
        if keeper is None or self._checker.busy:
            return
        self._checker.start(
            keeper.vanished, lambda gone: self._checked(keeper, gone), lambda _error: None
        )

    def check_file_now(self) -> bool:
        """The same check on the calling thread (tests, and right before saving); whether the
        file vanished."""
        if self.keeper is None:
            return False
        gone = self.keeper.vanished()
        self._checked(self.keeper, gone)
        return gone

    def _checked(self, keeper: FileKeeper, gone: bool) -> None:
        if keeper is not self.keeper:
            return  # another file was opened meanwhile
        if gone and self.banner.kind != "vanished":
            self.banner.show_message(
                "vanished",
                _tr(
                    "Arbeidsfilen {name} finnes ikke lenger i {folder} (flyttet, slettet eller "
                    "nettverksstasjonen er borte). Nye endringer kan ikke lagres der. Arbeidet "
                    "ditt er ikke tapt: lagre det et annet sted med «Lagre som …»."
                ).format(name=keeper.path.name, folder=keeper.path.parent),
            )
        elif not gone and self.banner.kind == "vanished":
            self.banner.clear()

    def save_elsewhere(self) -> bool:
        """«Lagre som …» from the banner: a vanished file is saved from the kept handle, a
        read-only one through the window's own «Lagre som»."""
        window = self.window
        document = window.document
        if document is None:
            return False
        if self.banner.kind != "vanished":
            window.files.save_as()
            return window.document is not document
        keeper = self.keeper
        suggested = str(window.files.default_folder() / document.path.name)
        target = window.dialogs.save_file(_tr("Lagre arbeidet et annet sted"), suggested)
        if not target or keeper is None:
            return False
        try:
            keeper.rescue(target)
        except OppgaveError as error:
            window.dialogs.error(
                _tr("Kunne ikke lagre"),
                error.message
                + "\n\n"
                + _tr("Du kan hente siste sikkerhetskopi med «Gjenopprett fra sikkerhetskopi …»."),
            )
            return False
        return window.open_path(target)

    # --- the File menu --------------------------------------------------------------------------

    def restore_action(self, window: MainWindow) -> QAction:
        """«Gjenopprett fra sikkerhetskopi …» (made at every menu rebuild, so it translates)."""
        action = QAction(_tr("Gjenopprett fra sikkerhetskopi …"), window)
        action.setObjectName("restoreBackupAction")
        action.setStatusTip(_tr("Hent tilbake en tidligere versjon av arbeidsfilen."))
        action.setEnabled(window.document is not None)
        action.triggered.connect(self.open_restore_dialog)
        if self._action is not None:  # the menu was rebuilt: the old action goes
            with contextlib.suppress(RuntimeError):
                self._action.deleteLater()
        self._action = action
        return action

    def open_restore_dialog(self) -> None:
        from oppgave.ui.files.backup_dialog import BackupDialog

        if self.window.document is None:
            return
        BackupDialog(self.window).exec()
