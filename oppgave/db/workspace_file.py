"""Workspace files on disk: the only module that knows the workspace is an SQLite file.

What this guarantees (DESIGN §8):

* a workspace is recognised by SQLite's header and our ``application_id``; anything else (a text
  file, an xlsx, another program's database, a truncated copy) is refused before it is opened
  for writing, so a refused file is never changed;
* files from a newer schema are refused; older ones are upgraded in place after a backup copy;
* the rollback journal (``journal_mode=DELETE``, ``synchronous=FULL``) makes every transaction
  atomic and leaves no ``-journal``, ``-wal`` or ``-shm`` file behind once it has committed, so a
  closed workspace is exactly one file that can be mailed or kept on a network drive.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.pool import NullPool

from oppgave.db import migrate
from oppgave.errors import (
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    OppgaveError,
    ReadOnlyWorkspaceError,
    ValidationError,
    WorkspaceFileError,
    WorkspaceNotFoundError,
)
from oppgave.i18n import translate

FILE_SUFFIX = ".oppgave"
#: "OPPG" in the header's application-id field marks a file as ours.
APPLICATION_ID = 0x4F505047
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SIDECAR_SUFFIXES = ("-journal", "-wal", "-shm")


@dataclass(frozen=True, slots=True)
class FileHeader:
    page_size: int
    page_count: int | None  # None when the header's page count is not valid
    application_id: int


def _tr(text_: str) -> str:
    return translate("WorkspaceFile", text_)


def check_path(path: Path | str) -> None:
    """Refuse a file name no file system accepts (a NUL character), with a message instead of
    Python's ``ValueError`` (found by fuzzing the command line)."""
    if "\x00" in str(path):
        raise WorkspaceFileError(
            _tr("Filnavnet inneholder et ugyldig tegn (NUL): {path}").format(
                path=str(path).replace("\x00", "␀")
            ),
            str(path).replace("\x00", "␀"),
        )


def read_header(path: Path) -> FileHeader:
    """Read and check the SQLite header without opening the database.

    Raises :class:`NotAWorkspaceError` for anything that is not an SQLite file made by this app.
    """
    check_path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise WorkspaceNotFoundError(
            _tr("Finner ikke filen {path}.").format(path=path), str(path)
        ) from None
    except IsADirectoryError:
        raise NotAWorkspaceError(
            _tr("{path} er en mappe, ikke en arbeidsfil.").format(path=path), str(path)
        ) from None
    except PermissionError:
        raise ReadOnlyWorkspaceError(
            _tr("Du har ikke tilgang til å lese {path}.").format(path=path), str(path)
        ) from None
    except OSError as error:
        raise WorkspaceFileError(
            _tr("Kunne ikke lese {path}: {reason}").format(path=path, reason=error.strerror),
            str(path),
        ) from None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise NotAWorkspaceError(
            _tr("{name} er ikke en oppgave-arbeidsfil (.oppgave).").format(name=path.name),
            str(path),
        )
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (application_id,) = struct.unpack(">I", header[68:72])
    (text_encoding,) = struct.unpack(">I", header[56:60])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            _tr("{name} er en database fra et annet program, ikke en oppgave-arbeidsfil.").format(
                name=path.name
            ),
            str(path),
        )
    if text_encoding != 1 or page_size < 512 or page_size & (page_size - 1):
        # Our files are always UTF-8 with a power-of-two page size; anything else is damage.
        raise CorruptWorkspaceError(
            _tr("{name} er skadet (ugyldig filhode) og kan ikke åpnes.").format(name=path.name),
            str(path),
        )
    return FileHeader(
        page_size=page_size,
        page_count=page_count if valid_for == change_counter and page_count else None,
        application_id=application_id,
    )


def has_hot_journal(path: Path) -> bool:
    return Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists()


def check_file(path: Path) -> FileHeader:
    """Refuse anything that is not an intact workspace, without writing to it."""
    header = read_header(path)
    size = path.stat().st_size
    if header.page_count is not None and not has_hot_journal(path):
        if size < header.page_size * header.page_count:
            raise CorruptWorkspaceError(
                _tr(
                    "{name} er ufullstendig (avkortet): filen er {size} byte, men skulle vært "
                    "{expected} byte. Bruk en sikkerhetskopi."
                ).format(name=path.name, size=size, expected=header.page_size * header.page_count),
                str(path),
            )
    return header


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = DELETE")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on one workspace file with the pragmas that make it safe (see module doc).

    The file is opened with ``mode=rw`` so a workspace that was moved or deleted while open gives
    an error instead of a new empty file. ``NullPool`` closes the connection when a transaction
    ends, so no handle outlives its work and the file can be copied or backed up between edits.
    """
    uri = f"file:{_uri_path(path)}?mode={'ro' if read_only else 'rw'}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=NullPool)
    event.listen(engine, "connect", _configure_connection)
    return engine


def _sqlite_error(path: Path, error: BaseException) -> WorkspaceFileError:
    message = str(error).lower()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyWorkspaceError(
            _tr("{name} er skrivebeskyttet og kan ikke endres.").format(name=path.name), str(path)
        )
    if "locked" in message or "busy" in message:
        return WorkspaceFileError(
            _tr("{name} er i bruk av et annet program akkurat nå. Prøv igjen om litt.").format(
                name=path.name
            ),
            str(path),
        )
    if "unable to open" in message:
        return WorkspaceFileError(
            _tr(
                "{name} kan ikke nås (flyttet, slettet eller nettverksdisken er borte). "
                "Ingen endringer er gått tapt i filen."
            ).format(name=path.name),
            str(path),
        )
    if "full" in message:
        return WorkspaceFileError(
            _tr("Disken er full; den siste endringen ble ikke lagret i {name}.").format(
                name=path.name
            ),
            str(path),
        )
    return CorruptWorkspaceError(
        _tr("{name} er skadet og kan ikke åpnes ({reason}).").format(name=path.name, reason=error),
        str(path),
    )


def damaged_text_error(path: Path) -> CorruptWorkspaceError:
    """A damaged page can make SQLite hand back bytes that are not text."""
    return CorruptWorkspaceError(
        _tr("{name} er skadet: {problem}").format(name=path.name, problem=_tr("ugyldig tekst")),
        str(path),
    )


def translate_db_error(path: Path, error: DBAPIError) -> OppgaveError:
    """A database error during a transaction as a message for the user."""
    if isinstance(error, IntegrityError):
        return ValidationError(
            _tr("Endringen ble avvist fordi den bryter en regel i arbeidsfilen ({reason}).").format(
                reason=error.orig
            )
        )
    return _sqlite_error(path, error.orig if error.orig is not None else error)


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own checks (page structure, indexes, foreign keys); empty when all is well."""
    connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check") if row[0] != "ok"]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} rad {rowid}: mangler {parent}")
        return problems
    finally:
        connection.close()


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.resolve()))


def schema_revision(path: Path) -> str | None:
    """The Alembic revision recorded in a workspace file (read-only)."""
    connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None
    finally:
        connection.close()


def backup_path_for(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-{revision}-{stamp}{path.suffix}")


def restore_database(snapshot: Path, target: Path) -> None:
    """Put ``target`` back to the content of ``snapshot`` in place, through SQLite's backup API:
    one write transaction on ``target``, so a crash leaves either the old or the new state and
    the file keeps its name, lock and path (an import is undone this way)."""
    src = sqlite3.connect(f"file:{_uri_path(snapshot)}?mode=ro", uri=True)
    dst = sqlite3.connect(f"file:{_uri_path(target)}?mode=rw", uri=True, timeout=5)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a workspace through SQLite's backup API, written atomically."""
    target = target.resolve()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{_uri_path(source)}?mode=ro", uri=True)
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        _apply_default_mode(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True, slots=True)
class OpenedFile:
    engine: Engine
    read_only: bool


def open_file(path: Path, *, migrate_allowed: bool = True) -> OpenedFile:
    """Check a workspace file, upgrade it if it is older, and return an engine on it.

    A file that cannot be written (read-only file or folder) opens read-only. Raises a
    :class:`WorkspaceFileError` subclass with a message for the user when the file is missing,
    foreign, damaged, newer than this app, or read-only and in need of an upgrade.
    """
    path = Path(path)
    check_file(path)
    read_only = not is_writable(path)
    if has_hot_journal(path):
        # A previous session died mid-write: let SQLite roll the journal back before reading.
        _recover_hot_journal(path)
    try:
        problems = integrity_problems(path)
        revision = schema_revision(path)
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from None
    except UnicodeDecodeError:
        raise damaged_text_error(path) from None
    if problems:
        raise CorruptWorkspaceError(
            _tr("{name} er skadet: {problem}").format(name=path.name, problem=problems[0]),
            str(path),
        )
    known = migrate.known_revisions()
    if revision is None:
        raise CorruptWorkspaceError(
            _tr("{name} mangler skjemaversjon og kan ikke åpnes.").format(name=path.name),
            str(path),
        )
    if revision not in known:
        raise NewerSchemaError(
            _tr(
                "{name} er laget med en nyere versjon av oppgave (skjema {revision}). "
                "Oppdater programmet for å åpne den."
            ).format(name=path.name, revision=revision),
            str(path),
        )
    if revision != known[-1] and read_only:
        raise ReadOnlyWorkspaceError(
            _tr(
                "{name} er laget med en eldre versjon og må oppgraderes, men filen eller mappen "
                "er skrivebeskyttet. Kopier filen til en mappe du kan skrive i."
            ).format(name=path.name),
            str(path),
        )
    engine = make_engine(path, read_only=read_only)
    if revision != known[-1]:
        if not migrate_allowed:
            raise WorkspaceFileError(
                _tr("{name} må oppgraderes før den kan brukes.").format(name=path.name), str(path)
            )
        _backup_before_migration(path, revision)
        try:
            with engine.begin() as connection:
                migrate.upgrade(connection)
        except Exception as error:
            engine.dispose()
            raise _sqlite_error(path, error) from error
    return OpenedFile(engine, read_only)


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back the journal of a session that died mid-write, then make sure no
    journal file stays behind (a journal SQLite judged not hot is otherwise left lying)."""
    try:
        connection = sqlite3.connect(str(path))
        try:
            connection.execute("PRAGMA journal_mode = DELETE")
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if has_hot_journal(path):
                # A tiny write transaction: its commit deletes the journal file.
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.commit()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from None


def _backup_before_migration(path: Path, revision: str) -> Path:
    target = backup_path_for(path, revision)
    try:
        copy_database(path, target)
    except OSError as error:
        raise ReadOnlyWorkspaceError(
            _tr(
                "Kunne ikke lage sikkerhetskopi før oppgradering av {name}: {reason}. "
                "Filen er ikke endret."
            ).format(name=path.name, reason=error.strerror or error),
            str(path),
        ) from None
    return target


def create_file(path: Path, *, overwrite: bool = False) -> Engine:
    """Create an empty workspace at ``path`` (schema at head), atomically.

    The schema is built in a temporary file in the same folder and renamed into place, so a
    crash never leaves a half-made workspace behind.
    """
    path = Path(path)
    check_path(path)
    if path.exists() and not overwrite:
        raise WorkspaceFileError(_tr("{name} finnes allerede.").format(name=path.name), str(path))
    folder = path.resolve().parent
    if not folder.is_dir():
        raise WorkspaceFileError(
            _tr("Mappen {folder} finnes ikke.").format(folder=folder), str(path)
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ReadOnlyWorkspaceError(
            _tr("Kan ikke skrive i mappen {folder}: {reason}").format(
                folder=folder, reason=error.strerror
            ),
            str(path),
        ) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.write_bytes(_empty_schema())
        _apply_default_mode(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            Path(f"{tmp}-journal").unlink(missing_ok=True)
        raise
    return make_engine(path)


_EMPTY_SCHEMA: dict[str, bytes] = {}


def _empty_schema() -> bytes:
    """The bytes of an empty workspace at head, built once per process from the models and
    stamped with the head revision: the same tables, constraints and indexes as running every
    migration (``tests/db/test_migrations.py`` compares the two), without importing Alembic and
    replaying the table rebuilds (≈0.5 s on every ``oppgave new``)."""
    head = migrate.head_revision()
    if head not in _EMPTY_SCHEMA:
        from oppgave.db.models import Base

        with tempfile.TemporaryDirectory() as folder:
            template = Path(folder) / "empty.oppgave"
            connection = sqlite3.connect(str(template))
            try:
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.execute("PRAGMA journal_mode = DELETE")
                connection.commit()
            finally:
                connection.close()
            engine = make_engine(template)
            with engine.begin() as sa_connection:
                Base.metadata.create_all(sa_connection)
                migrate.stamp(sa_connection, head)
            engine.dispose()
            _EMPTY_SCHEMA[head] = template.read_bytes()
    return _EMPTY_SCHEMA[head]


def _apply_default_mode(path: Path) -> None:
    """Give a file made through ``mkstemp`` (mode 0600) the mode a normal new file gets."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        path.chmod(0o666 & ~umask)


def sidecar_files(path: Path) -> list[Path]:
    """Journal files next to ``path`` (there should be none after a clean close)."""
    return [
        Path(f"{path}{suffix}") for suffix in SIDECAR_SUFFIXES if Path(f"{path}{suffix}").exists()
    ]


def is_writable(path: Path) -> bool:
    """Whether both the file and its folder can be written (SQLite needs the folder for its
    journal)."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


@contextlib.contextmanager
def sqlite_errors_as_workspace_errors(path: Path) -> Iterator[None]:
    """Turn low-level SQLite failures during a write into messages for the user."""
    try:
        yield
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from error


def write_compact_copy(source: Path, target: Path) -> None:
    """Write ``source`` to ``target`` rebuilt page by page (``VACUUM INTO``), atomically.

    Unlike :func:`copy_database`, nothing of rows deleted in ``source`` survives in free pages,
    so a file pruned to one department (a review copy) holds nothing of the others. The header
    (our ``application_id``) is kept by SQLite.
    """
    target = Path(target).resolve()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()  # VACUUM INTO refuses an existing file
    try:
        connection = sqlite3.connect(f"file:{_uri_path(source)}?mode=ro", uri=True)
        try:
            connection.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            connection.close()
        _apply_default_mode(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def vacuum_into(engine: Engine, target: Path) -> None:
    """Write a compact copy of the open workspace to ``target`` (for *Lagre som*)."""
    with engine.connect() as connection:
        connection.execute(text("VACUUM INTO :target"), {"target": str(target)})
