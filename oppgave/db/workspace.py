"""An open workspace: one file, one engine, and a transaction per user action.

The services are the only callers; they receive a :class:`Workspace` and do all reading and
writing through :meth:`Workspace.transaction` (commit on success, rollback on any exception), so
every user action is one atomic change of the file.
"""

from __future__ import annotations

import getpass
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from oppgave import __version__
from oppgave.db import migrate, server, workspace_file
from oppgave.db.locations import is_server_url
from oppgave.db.models import WorkspaceMeta, new_uuid
from oppgave.errors import ReadOnlyWorkspaceError, ReviewCopyError, WorkspaceFileError
from oppgave.i18n import translate

#: ``workspace_meta`` key that marks a file as an HMS review copy (value ``"1"``); the other
#: review keys are written and read by ``oppgave.services.review``.
REVIEW_COPY_KEY = "review_copy"


class Workspace:
    """An open workspace: a file, or a database on a PostgreSQL server (``url``). Create one
    with :meth:`create` or :meth:`open`, which take a path or a ``postgresql://`` URL.

    On a server, ``path`` is the database's name (what messages call it) and ``url`` the
    address; :attr:`location` is what to show the user either way (never a password).
    """

    def __init__(
        self, path: Path, engine: Engine, *, read_only: bool = False, url: str | None = None
    ) -> None:
        self.path = Path(path)
        self.url = url
        self.read_only = read_only
        self._engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._listeners: list[Callable[[], None]] = []
        self._review_copy: bool | None = None
        self._batch = threading.local()
        self.closed = False

    # --- opening and closing ----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> Workspace:
        """A new, empty workspace file (no catalogue; see ``services.workspaces.new``).

        Given a server URL, the schema is created on the database by the Alembic chain and a
        database that already holds a workspace is refused (a server's data is never emptied
        from here; ``overwrite`` applies to files only).
        """
        if is_server_url(path):
            return cls._create_on_server(str(path))
        path = Path(path)
        engine = workspace_file.create_file(path, overwrite=overwrite)
        workspace = cls(path, engine)
        with workspace.transaction() as session:
            session.add_all(
                [
                    WorkspaceMeta(key="workspace_uuid", value=new_uuid()),
                    WorkspaceMeta(key="created_by_version", value=__version__),
                    WorkspaceMeta(
                        key="created_at", value=datetime.now().isoformat(timespec="seconds")
                    ),
                ]
            )
        return workspace

    @classmethod
    def _create_on_server(cls, url: str) -> Workspace:
        opened = server.open_server(url, create=True)
        workspace = cls(Path(server.database_name(url)), opened.engine, url=url)
        try:
            if workspace.meta("workspace_uuid"):
                raise WorkspaceFileError(
                    translate(
                        "Server",
                        "Databasen {name} har allerede en arbeidsflate; åpne den i stedet.",
                    ).format(name=server.database_name(url)),
                    workspace.location,
                )
            with workspace.transaction() as session:
                session.add_all(
                    [
                        WorkspaceMeta(key="workspace_uuid", value=new_uuid()),
                        WorkspaceMeta(key="created_by_version", value=__version__),
                        WorkspaceMeta(
                            key="created_at",
                            value=datetime.now().isoformat(timespec="seconds"),
                        ),
                    ]
                )
        except BaseException:
            workspace.close()
            raise
        return workspace

    @classmethod
    def open(cls, path: Path | str) -> Workspace:
        """Open an existing workspace, upgrading it (after a backup) if it is older. A
        ``postgresql://`` URL opens the database on that server (upgraded by the migrations)."""
        if is_server_url(path):
            url = str(path)
            opened_server = server.open_server(url)
            return cls(Path(server.database_name(url)), opened_server.engine, url=url)
        path = Path(path)
        opened = workspace_file.open_file(path)
        return cls(path, opened.engine, read_only=opened.read_only)

    @property
    def is_server(self) -> bool:
        """Whether this workspace is a database on a server rather than a file."""
        return self.url is not None

    @property
    def location(self) -> str:
        """The file's path or the server's URL without password: what the user is shown."""
        return server.display_name(self.url) if self.url is not None else str(self.path)

    def _translate_error(self, error: DBAPIError | StaleDataError) -> Exception:
        if self.url is not None:
            return server.translate_db_error(self.url, error)
        if isinstance(error, StaleDataError):
            return server.stale_edit_error()
        return workspace_file.translate_db_error(self.path, error)

    def _after_failed_write(self) -> None:
        if self.url is None:
            workspace_file.settle_after_failed_write(self.path)

    def close(self) -> None:
        """Release the file; no journal file remains next to it afterwards."""
        if not self.closed:
            self._engine.dispose()
            self.closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- transactions ------------------------------------------------------------------------

    @contextmanager
    def transaction(self, *, allow_in_review: bool = False) -> Iterator[Session]:
        """One atomic change: commit when the block ends, roll back on any exception.

        This is the one place where a review copy refuses changes: every service writes through
        here, and only the review comment services pass ``allow_in_review=True`` (an HMS group
        may comment, suggest work-environment flags and give an overall comment, nothing else).

        Inside :meth:`batch` (same thread) it joins the batch's transaction instead: nothing is
        committed until the batch ends, and an error marks the whole batch as failed.
        """
        batch_session: Session | None = getattr(self._batch, "session", None)
        if batch_session is not None:
            try:
                if not allow_in_review and self._batch.review_copy:
                    raise _review_copy_error()
                yield batch_session
                batch_session.flush()
            except (DBAPIError, StaleDataError) as error:
                self._batch.failed = True
                raise self._translate_error(error) from error
            except BaseException:
                self._batch.failed = True
                raise
            return
        if getattr(self._batch, "reading", None) is not None:
            raise RuntimeError("Workspace.transaction() inside reading(): would wait on itself")
        if self.closed:
            raise WorkspaceFileError("workspace is closed", str(self.path))
        if self.url is None and not self.path.exists():
            raise WorkspaceFileError(
                translate(
                    "WorkspaceFile",
                    "Arbeidsfilen {path} finnes ikke lenger (flyttet eller slettet).",
                ).format(path=self.path),
                str(self.path),
            )
        if self.read_only:
            raise ReadOnlyWorkspaceError(
                translate(
                    "WorkspaceFile",
                    "{name} er skrivebeskyttet (filen eller mappen). Du kan se på innholdet, men "
                    "ikke endre det. Bruk «Lagre som» for å lagre en kopi du kan endre.",
                ).format(name=self.path.name),
                str(self.path),
            )
        session = self._sessions()
        try:
            if not allow_in_review and _is_marked_review_copy(session):
                raise _review_copy_error()
            yield session
            session.commit()
        except (DBAPIError, StaleDataError) as error:
            session.rollback()
            session.close()
            self._after_failed_write()
            raise self._translate_error(error) from error
        except UnicodeDecodeError as error:
            session.rollback()
            raise workspace_file.damaged_text_error(self.path) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        self._review_copy = None  # the transaction may have marked the file
        self._notify()

    def in_session(self) -> bool:
        """Whether this thread is inside a :meth:`batch` or a :meth:`reading` of this
        workspace (whose snapshot a nested read joins)."""
        return (
            getattr(self._batch, "session", None) is not None
            or getattr(self._batch, "reading", None) is not None
        )

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only, in ONE read transaction: every query in the block sees the
        file as it was at the first one, so a change another process commits meanwhile is seen
        wholly or not at all (an analysis never adds half of a colleague's edit). Nothing it
        does is committed.

        A ``reading()`` nested in another one (same thread) joins it, so a service that reads
        through several service calls (load the settings, then the tasks, …) wraps them in one
        outer ``reading()`` to read one snapshot. Inside :meth:`batch` it is the batch's
        session, so reads see the batch's changes so far. Writing (:meth:`transaction`) inside
        a ``reading()`` of the same thread is refused: it would wait on its own read lock.
        """
        batch_session: Session | None = getattr(self._batch, "session", None)
        if batch_session is not None:
            yield batch_session
            return
        reading_session: Session | None = getattr(self._batch, "reading", None)
        if reading_session is not None:
            yield reading_session
            return
        session = self._sessions()
        self._batch.reading = session
        try:
            if self.url is None:
                # Python's sqlite3 runs a SELECT outside any transaction, each statement on
                # its own; an explicit (deferred) BEGIN holds SQLite's shared lock until the
                # rollback.
                session.connection().exec_driver_sql("BEGIN")
            else:
                # PostgreSQL's default (READ COMMITTED) gives each statement its own snapshot;
                # REPEATABLE READ gives the whole block the first statement's, without locks.
                session.connection(
                    execution_options={
                        "isolation_level": "REPEATABLE READ",
                        "postgresql_readonly": True,
                    }
                )
            yield session
        except DBAPIError as error:
            raise self._translate_error(error) from error
        except UnicodeDecodeError as error:
            raise workspace_file.damaged_text_error(self.path) from error
        finally:
            self._batch.reading = None
            session.rollback()
            session.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several service calls as one user action: one transaction, all or nothing.

        Every :meth:`transaction` and :meth:`reading` of this thread inside the block uses the
        same session; the batch commits when the block ends and rolls back everything if the
        block raises or if any service call in it failed (even when the caller caught the
        error: a half-done step must not be committed). A nested batch joins the outer one.
        Used by the Excel import, which creates a department, a scenario and many tasks.
        """
        if getattr(self._batch, "session", None) is not None:
            yield
            return
        if getattr(self._batch, "reading", None) is not None:
            raise RuntimeError("Workspace.batch() inside reading(): would wait on itself")
        if self.closed:
            raise WorkspaceFileError("workspace is closed", str(self.path))
        if self.read_only:
            raise ReadOnlyWorkspaceError(
                translate(
                    "WorkspaceFile",
                    "{name} er skrivebeskyttet (filen eller mappen). Du kan se på innholdet, men "
                    "ikke endre det. Bruk «Lagre som» for å lagre en kopi du kan endre.",
                ).format(name=self.path.name),
                str(self.path),
            )
        session = self._sessions()
        try:
            self._batch.review_copy = _is_marked_review_copy(session)
        except BaseException:
            session.close()
            raise
        self._batch.session = session
        self._batch.failed = False
        try:
            yield
            if self._batch.failed:
                raise WorkspaceFileError(
                    translate(
                        "WorkspaceFile",
                        "Et steg i endringen feilet; ingenting er lagret i {name}.",
                    ).format(name=self.path.name),
                    str(self.path),
                )
            session.commit()
        except (DBAPIError, StaleDataError) as error:
            session.rollback()
            session.close()
            self._after_failed_write()
            raise self._translate_error(error) from error
        except UnicodeDecodeError as error:
            session.rollback()
            raise workspace_file.damaged_text_error(self.path) from error
        except BaseException:
            session.rollback()
            session.close()
            if self._batch.failed:  # a step's write failed: no journal may stay behind
                self._after_failed_write()
            raise
        finally:
            self._batch.session = None
            session.close()
        self._review_copy = None
        self._notify()

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every committed transaction (the UI's "lagret" state)."""
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()

    # --- facts about the file ----------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self.reading() as session:
            value = session.scalar(select(WorkspaceMeta.value).where(WorkspaceMeta.key == key))
        return default if value is None else value

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as session:
            session.merge(WorkspaceMeta(key=key, value=value))

    @property
    def is_review_copy(self) -> bool:
        """Whether this file is an HMS review copy (read-only except for comments)."""
        if self._review_copy is None:
            with self.reading() as session:
                self._review_copy = _is_marked_review_copy(session)
        return self._review_copy

    @property
    def uuid(self) -> str:
        return self.meta("workspace_uuid")

    def schema_revision(self) -> str | None:
        with self._engine.connect() as connection:
            return migrate.current_revision(connection)

    def save_as(self, target: Path | str) -> Path:
        """Write a copy of this workspace to ``target`` and return its path; this object stays
        on the original file (the caller opens the copy if it should continue there)."""
        target = Path(target)
        self._refuse_on_server()
        try:
            workspace_file.copy_database(self.path, target)
        except OSError as error:
            raise WorkspaceFileError(
                translate("WorkspaceFile", "Kunne ikke lagre kopi til {path}: {reason}").format(
                    path=target, reason=error.strerror or error
                ),
                str(target),
            ) from None
        return target

    def snapshot(self, target: Path | str) -> Path:
        """A consistent copy of the whole file at ``target``: the state a bulk change (an Excel
        import) is undone to."""
        return self.save_as(target)

    def restore_snapshot(self, snapshot: Path | str) -> None:
        """Put this file back to ``snapshot`` (made by :meth:`snapshot`) in one transaction."""
        self._refuse_on_server()
        with self.transaction():  # the same refusals as an edit: closed, gone, read-only, review
            pass
        try:
            workspace_file.restore_database(Path(snapshot), self.path)
        except (OSError, sqlite3.Error) as error:
            raise WorkspaceFileError(
                translate("WorkspaceFile", "Kunne ikke sette tilbake {name}: {reason}").format(
                    name=self.path.name, reason=error
                ),
                str(self.path),
            ) from None
        self._review_copy = None
        self._notify()

    @contextmanager
    def server_admin(self) -> Iterator[Connection]:
        """A connection in one transaction for setting up the server itself (roles, access
        policies: ``db.server_access``), committed at the end; for ``oppgave server`` only."""
        if self.url is None:
            raise WorkspaceFileError(
                translate("Server", "Dette gjelder bare en database på en server."),
                self.location,
            )
        try:
            with self._engine.begin() as connection:
                yield connection
        except DBAPIError as error:
            raise self._translate_error(error) from error

    def _refuse_on_server(self) -> None:
        """Whole-file copies are for files; a department on a server is copied to a file with
        ``oppgave server checkout`` (services.server_sync)."""
        if self.url is not None:
            raise WorkspaceFileError(
                translate(
                    "Server",
                    "Dette går bare med en arbeidsfil, ikke med en database på en server. "
                    "Hent en avdeling til en fil med «oppgave server checkout».",
                ),
                self.location,
            )


def _review_copy_error() -> ReviewCopyError:
    return ReviewCopyError(
        translate(
            "Review",
            "Dette er en gjennomgangskopi for HMS-gruppen. Her kan du bare skrive "
            "kommentarer og foreslå arbeidsmiljømerker; oppgaver, fordeling og "
            "bemanning endres i lederens arbeidsfil.",
        )
    )


def _is_marked_review_copy(session: Session) -> bool:
    """Read in the transaction's own session, so the check cannot be stale."""
    value = session.scalar(select(WorkspaceMeta.value).where(WorkspaceMeta.key == REVIEW_COPY_KEY))
    return value == "1"


def current_user_and_host() -> tuple[str, str]:
    """Who and where, for lock files and review copies."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises different errors per platform
        user = "ukjent"
    return user, socket.gethostname()
