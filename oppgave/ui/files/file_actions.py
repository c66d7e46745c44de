"""The window's file actions: new, open (a file, a recent one, the demo, a server), save as, close.

Composed by :class:`~oppgave.ui.window.main_window.MainWindow` as ``window.files``; the window keeps
the document and its state update (:meth:`MainWindow.set_document`), this module decides
*which* workspace to open and asks the user what it must (a locked file, a target path).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oppgave.errors import OppgaveError, WorkspaceNotFoundError
from oppgave.lazy import lazy_module
from oppgave.ui.document.workspace_document import WorkspaceDocument

if TYPE_CHECKING:
    from oppgave.services import file_lock, workspaces
    from oppgave.ui.window.main_window import MainWindow
else:
    # the services load SQLAlchemy: imported on first use, after the first window shows (issue 18)
    file_lock = lazy_module("oppgave.services.file_lock")
    workspaces = lazy_module("oppgave.services.workspaces")


def _tr(text: str) -> str:
    # the window's translation context: these texts were the window's and keep their translations
    return QCoreApplication.translate("MainWindow", text)


class FileActions:
    """Opening, creating, saving and closing workspaces for one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def open_path(self, path: str | Path, *, force: bool = False) -> bool:
        """Open a workspace file (asking first if someone else has it open), or a database on
        a server given by its ``postgresql://`` URL (no lock file: several people edit it at
        once, each edit checked against the row's version)."""
        window = self.window
        if workspaces.is_server_location(path):
            return self.open_server(str(path))
        path = Path(path)
        if window.document is not None and window.document.path.resolve() == path.resolve():
            return True
        holder = file_lock.holder(path)
        if holder is not None and not force:
            message = file_lock.WorkspaceLockedError(path, holder).message
            choice = window.dialogs.choose(
                _tr("Filen er i bruk"),
                message + "\n\n" + _tr("Vil du åpne den likevel?"),
                [_tr("Åpne likevel")],
            )
            if choice is None:
                return False
            force = True
        try:
            workspace = workspaces.open_workspace(path)
        except OppgaveError as error:
            if isinstance(error, WorkspaceNotFoundError):
                window.settings.remove_recent_file(path)
                window.start_page.set_recent_files(window.settings.recent_files())
            window.dialogs.error(_tr("Kunne ikke åpne filen"), error.message)
            return False
        try:
            lock = file_lock.FileLock.acquire(path, force=force)
        except file_lock.WorkspaceLockedError as error:  # someone opened it just now
            workspace.close()
            window.dialogs.error(_tr("Filen er i bruk"), error.message)
            return False
        window.settings.add_recent_file(path)
        window.set_document(WorkspaceDocument(workspace, lock))
        return True

    def open_server(self, url: str) -> bool:
        """Open the workspace on a PostgreSQL server at ``url``."""
        try:
            workspace = workspaces.open_workspace(url)
        except OppgaveError as error:
            self.window.dialogs.error(_tr("Kunne ikke koble til serveren"), error.message)
            return False
        self.window.set_document(WorkspaceDocument(workspace, None))
        return True

    def connect_to_server(self) -> None:
        """«Koble til server»: ask for the address, user and password; open the workspace
        there. The password goes into the connection only, never into the settings."""
        from oppgave.ui.files.server_dialog import ServerDialog

        dialog = ServerDialog(self.window)
        try:
            if dialog.exec() == ServerDialog.DialogCode.Accepted:
                self.open_server(dialog.connection_url())
        finally:
            dialog.password.clear()
            dialog.deleteLater()

    def new_file(self) -> None:
        dialogs = self.window.dialogs
        target = dialogs.save_file(
            _tr("Ny arbeidsfil"), str(self.default_folder() / "avdeling.oppgave")
        )
        if not target:
            return
        try:
            workspaces.new_workspace(target, overwrite=True).close()
        except OppgaveError as error:
            dialogs.error(_tr("Kunne ikke lage filen"), error.message)
            return
        self.open_path(target)

    def open_file(self) -> None:
        target = self.window.dialogs.open_file(_tr("Åpne arbeidsfil"), str(self.default_folder()))
        if target:
            self.open_path(target)

    def open_demo(self) -> None:
        from oppgave.demo.workspace import ensure_demo_workspace  # late: the ORM and services

        try:
            path = ensure_demo_workspace()
        except OppgaveError as error:
            self.window.dialogs.error(_tr("Kunne ikke lage demoen"), error.message)
            return
        self.open_path(path)

    def save_as(self) -> None:
        document = self.window.document
        if document is None:
            return
        target = self.window.dialogs.save_file(_tr("Lagre som"), str(document.path))
        if not target:
            return
        try:
            document.workspace.save_as(target)
        except OppgaveError as error:
            self.window.dialogs.error(_tr("Kunne ikke lagre"), error.message)
            return
        self.open_path(target)

    def close_document(self) -> None:
        self.window.set_document(None)

    def default_folder(self) -> Path:
        """Where file dialogs start: the folder of the last file, else the home folder."""
        last = self.window.settings.last_file()
        return Path(last).parent if last else Path.home()
