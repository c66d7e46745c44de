"""Noticing that an open workspace vanished, and saving the work that is still reachable.

A workspace on a network drive can disappear while it is open: the drive drops, a colleague
renames or deletes the file. Edits are then refused (the engine opens the file by name for each
transaction and finds nothing), but the user's committed work must not go down with the name.

:class:`FileKeeper` holds one idle, read-only SQLite handle on the file for as long as it is
open. It takes no lock (an idle handle in ``journal_mode=DELETE`` blocks no writer and no copy),
but it keeps the file's contents reachable: on Linux and macOS a deleted or renamed file stays
readable through an open handle, so :meth:`rescue` can write a copy elsewhere («Lagre som …»).
On Windows the open handle stops the file being deleted or renamed in the first place.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from oppgave import output_files
from oppgave.errors import WorkspaceFileError
from oppgave.i18n import translate


def _tr(text: str) -> str:
    return translate("FileKeeper", text)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileKeeper:
    """An idle read-only handle on an open workspace; :meth:`close` with the document."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._identity = _identity(self.path)
        self._connection: sqlite3.Connection | None = None
        try:
            connection = sqlite3.connect(
                f"file:{quote(str(self.path.resolve()))}?mode=ro",
                uri=True,
                check_same_thread=False,
            )
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()  # open it now
            self._connection = connection
        except sqlite3.Error:
            self._connection = None  # nothing to keep (a read-only share may refuse); no harm

    def vanished(self) -> bool:
        """Whether the file is no longer at its path (deleted, renamed, drive gone), or another
        file took its name."""
        now = _identity(self.path)
        return now is None or (self._identity is not None and now != self._identity)

    @property
    def can_rescue(self) -> bool:
        return self._connection is not None

    def rescue(self, target: Path | str) -> Path:
        """Write the kept contents to ``target`` (atomically) and return its path."""
        target = Path(target).resolve()
        if self._connection is None:
            raise WorkspaceFileError(
                _tr("Innholdet av {name} kan ikke lenger leses.").format(name=self.path.name),
                str(self.path),
            )
        try:
            # Never over a workspace (another file that took the name included); the vanished
            # file's own name is allowed: nothing is there to lose.
            with output_files.atomic_output(target, workspace=True) as tmp:
                destination = sqlite3.connect(str(tmp))
                try:
                    self._connection.backup(destination)
                    destination.execute("PRAGMA journal_mode = DELETE")
                finally:
                    destination.close()
        except sqlite3.Error as error:
            raise WorkspaceFileError(
                _tr("Kunne ikke lagre kopi til {path}: {reason}").format(path=target, reason=error),
                str(target),
            ) from None
        return target

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
