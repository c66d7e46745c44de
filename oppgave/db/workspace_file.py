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
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.pool import NullPool

from oppgave import output_files
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
    """Refuse a name no workspace can have (a NUL character, a name too long for the file or
    for SQLite's ``-journal`` beside it) with a message instead of an ``OSError`` deep in SQLite
    (found by fuzzing the command line)."""
    problem = output_files.name_problem(path, limit=output_files.WORKSPACE_NAME_MAX)
    if problem is not None:
        shown = str(path).replace("\x00", "␀")
        if len(shown) > 160:
            shown = shown[:80] + "…" + shown[-60:]
        raise WorkspaceFileError(
            _tr("Kan ikke bruke {path} som arbeidsfil: {problem}").format(
                path=shown, problem=problem
            ),
            shown,
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


def make_engine(path: Path, *, read_only: bool = False, transactional_ddl: bool = False) -> Engine:
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
    if transactional_ddl:
        # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so a CREATE or
        # ALTER of a migration would commit on its own and a failed migration would leave the
        # file half upgraded. Here SQLAlchemy's transaction is SQLite's: all or nothing.
        # Batch migrations rebuild a table (create a copy, DROP the old one, rename): with foreign
        # keys on, the DROP would cascade into the children (every assignment of a task) or fail.
        # SQLite's documented recipe: foreign keys off during the rebuild, then a
        # foreign_key_check before the commit (:func:`check_foreign_keys`).
        event.listen(engine, "connect", _autocommit_driver)
        event.listen(engine, "begin", _explicit_begin)
    return engine


def _autocommit_driver(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = OFF")


def check_foreign_keys(connection: Connection) -> None:
    """Raise when a row points at a row that does not exist (after a migration's rebuilds)."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        tables = ", ".join(sorted({str(row[0]) for row in broken}))
        raise sqlite3.IntegrityError(f"foreign key check failed in {tables}")


def _explicit_begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


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
    if "disk i/o error" in message:
        # A write the disk refused (a file-size limit, a network drive that dropped): the file
        # is as it was before the change, not damaged.
        return WorkspaceFileError(
            _tr(
                "Disken avviste skrivingen ({reason}); den siste endringen ble ikke lagret i "
                "{name}. Sjekk at disken har plass og er tilgjengelig."
            ).format(name=path.name, reason=error),
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


def copy_database(source: Path, target: Path, *, replace_database: bool = False) -> None:
    """Consistent copy of a workspace through SQLite's backup API, written atomically.

    ``target`` must not be an existing database (see :mod:`oppgave.output_files`) unless
    ``replace_database`` (restoring a backup, which keeps the replaced file first).
    """
    target = Path(target).resolve()
    with output_files.atomic_output(
        target, inputs=(source,), workspace=True, replace_database=replace_database
    ) as tmp:
        src = sqlite3.connect(f"file:{_uri_path(source)}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        except sqlite3.Error as error:
            raise _copy_error(error) from None
        finally:
            src.close()


def _copy_error(error: sqlite3.Error) -> OSError:
    """An SQLite failure while copying, as the ``OSError`` it stands for (a full disk above
    all), so :func:`oppgave.output_files.atomic_output` reports it for the target."""
    import errno

    message = str(error).lower()
    if "full" in message:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return OSError(errno.EIO, str(error))


@dataclass(frozen=True, slots=True)
class OpenedFile:
    engine: Engine
    read_only: bool


def open_file(path: Path) -> OpenedFile:
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
        backup = _backup_before_migration(path, revision)
        migration_engine = make_engine(path, transactional_ddl=True)
        try:
            with migration_engine.begin() as connection:
                migrate.upgrade(connection)
                check_foreign_keys(connection)
        except Exception as error:
            engine.dispose()
            failure = _sqlite_error(path, error)
            if isinstance(failure, CorruptWorkspaceError):
                # the raw SQL of a failed migration tells the user nothing
                failure = CorruptWorkspaceError(
                    _tr(
                        "{name} kunne ikke oppgraderes fra skjemaversjon {revision}: innholdet "
                        "stemmer ikke med den versjonen, så filen ser ut til å være skadet. "
                        "Filen er ikke endret; en kopi ligger i {backup}."
                    ).format(name=path.name, revision=revision, backup=backup.name),
                    str(path),
                )
            raise failure from error
        finally:
            migration_engine.dispose()
    return OpenedFile(engine, read_only)


def _recover_hot_journal(path: Path) -> None:
    """Let SQLite roll back the journal of a session that died mid-write, then make sure no
    journal file stays behind (a journal SQLite judged not hot is otherwise left lying).

    A journal is also there while another process is writing: that journal is live, and
    touching it would destroy the other process's transaction. SQLite's own lock tells the
    two apart: only when this process can take the RESERVED lock (``BEGIN IMMEDIATE``, not
    waiting) is nobody writing, and only then is anything done; otherwise the journal is left
    alone and the file is read as it is (a reader never sees a writer's uncommitted pages).
    """
    if not is_writable(path):
        return  # SQLite rolls a hot journal back in memory for a read-only reader
    try:
        connection = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from None
    try:
        try:
            # Taking the SHARED lock first rolls back a journal SQLite judges hot: its
            # writer is gone (a live writer holds RESERVED, which makes the journal not hot).
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                return  # a live process is writing: its journal is not ours
            raise _sqlite_error(path, error) from None
        try:
            if has_hot_journal(path):
                # Nobody writes (we hold RESERVED) and SQLite did not judge the journal hot:
                # a leftover. A tiny write transaction's commit deletes the journal file.
                connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("COMMIT")
        except sqlite3.OperationalError as error:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            if not _is_busy(error):
                raise _sqlite_error(path, error) from None
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from None
    finally:
        connection.close()


def settle_after_failed_write(path: Path) -> None:
    """After a write failed (a full disk, an I/O error): if a journal is left beside the file,
    roll it back now while nobody else writes, so the file alone (as mailed or copied) is the
    state before the change. Best effort: a journal left here is rolled back by the next
    opener anyway."""
    if not has_hot_journal(path):
        return
    with contextlib.suppress(OppgaveError, OSError):
        _recover_hot_journal(path)


def _is_busy(error: sqlite3.Error) -> bool:
    message = str(error).lower()
    return "locked" in message or "busy" in message


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
    crash never leaves a half-made workspace behind. ``overwrite`` replaces another existing
    file, never a database (see :mod:`oppgave.output_files`).
    """
    path = Path(path)
    check_path(path)
    try:
        schema = _empty_schema()
    except DBAPIError as error:  # built in the system's temporary folder, which may be full
        raise _sqlite_error(path, error.orig if error.orig is not None else error) from None
    except sqlite3.Error as error:
        raise _sqlite_error(path, error) from None
    with output_files.atomic_output(path, force=overwrite, workspace=True) as tmp:
        tmp.write_bytes(schema)
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
    with output_files.atomic_output(target, inputs=(source,), workspace=True) as tmp:
        tmp.unlink()  # VACUUM INTO refuses an existing file
        connection = sqlite3.connect(f"file:{_uri_path(source)}?mode=ro", uri=True)
        try:
            connection.execute("VACUUM INTO ?", (str(tmp),))
        except sqlite3.Error as error:
            raise _copy_error(error) from None
        finally:
            connection.close()


def vacuum_into(engine: Engine, target: Path) -> None:
    """Write a compact copy of the open workspace to ``target`` (for *Lagre som*)."""
    with engine.connect() as connection:
        connection.execute(text("VACUUM INTO :target"), {"target": str(target)})


# --- files nobody here made: returned review copies -------------------------------------------
#
# A review copy comes back by mail from people outside the leader's control. Before the app
# reads a row of it, the file is checked with a connection that cannot be talked into anything:
# read-only, ``query_only``, ``trusted_schema=OFF`` (no function of the file's schema runs with
# side effects), ``cell_size_check`` (damaged cells are errors, not crashes), no extensions,
# SQLite's defensive mode when Python can reach it (3.12+), and a deadline on every statement.
# Then its schema must be exactly the app's own at the file's revision (tables and indexes; no
# view, no trigger, no virtual table), every table is counted (the caller refuses counts beyond
# its caps before any row is read), and every value must have the storage class its column
# declares. Only then is the file opened as a workspace.

#: Entries in ``sqlite_master`` beyond which a file is not ours (ours has about 70).
MAX_SCHEMA_ENTRIES = 500
#: Longest text or blob value in an untrusted file (a comment may hold 5,000 characters, a
#: note 10,000; the services check the exact limits of their fields).
MAX_UNTRUSTED_VALUE_LENGTH = 100_000
#: Seconds all checks of one untrusted file may take before it is refused.
UNTRUSTED_DEADLINE_SECONDS = 60.0
_INTERNAL_TABLES = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat4")
_STORAGE_WORDS = {
    "integer": "et heltall",
    "real": "et desimaltall",
    "text": "tekst",
    "blob": "binære data (BLOB)",
    "null": "ingen verdi (NULL)",
}


@dataclass(frozen=True, slots=True)
class _Schema:
    """A schema as SQLite reports it: table → columns (name, declared type, not null, primary
    key position, hidden), and index → (table, SQL with whitespace collapsed)."""

    tables: dict[str, tuple[tuple[str, str, int, int, int], ...]]
    indexes: dict[str, tuple[str, str]]


_REFERENCE_SCHEMAS: dict[str, _Schema] = {}


def _collapse(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _read_schema(connection: sqlite3.Connection) -> _Schema:
    tables: dict[str, tuple[tuple[str, str, int, int, int], ...]] = {}
    indexes: dict[str, tuple[str, str]] = {}
    entries = connection.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    ).fetchall()
    for kind, name, table, sql in entries:
        if kind == "table" and name not in _INTERNAL_TABLES:
            tables[name] = tuple(
                (str(row[1]), str(row[2]).upper(), int(row[3]), int(row[5]), int(row[6]))
                for row in connection.execute(f"PRAGMA table_xinfo({_quote(name)})")
            )
        elif kind == "index":
            indexes[name] = (table, _collapse(sql))
    return _Schema(tables, indexes)


def _reference_schema(revision: str) -> _Schema:
    """The schema this app gives a workspace at ``revision`` (built once per process by
    running the migrations, like :func:`_empty_schema`)."""
    if revision not in _REFERENCE_SCHEMAS:
        with tempfile.TemporaryDirectory() as folder:
            reference = Path(folder) / "reference.oppgave"
            if revision == migrate.head_revision():
                reference.write_bytes(_empty_schema())
            else:
                engine = make_engine_for_new(reference)
                with engine.begin() as sa_connection:
                    migrate.upgrade(sa_connection, revision)
                engine.dispose()
            connection = sqlite3.connect(str(reference))
            try:
                _REFERENCE_SCHEMAS[revision] = _read_schema(connection)
            finally:
                connection.close()
    return _REFERENCE_SCHEMAS[revision]


def make_engine_for_new(path: Path) -> Engine:
    """An engine on a new, empty SQLite file marked as ours (for building reference schemas)."""
    connection = sqlite3.connect(str(path))
    try:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.commit()
    finally:
        connection.close()
    return make_engine(path)


@contextlib.contextmanager
def _hardened_connection(path: Path, deadline: float) -> Iterator[sqlite3.Connection]:
    """A read-only connection on an untrusted file that stops any statement past ``deadline``
    (``time.monotonic()``)."""
    import time

    connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        if hasattr(connection, "setconfig"):  # Python 3.12+: SQLite's own defensive mode
            connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)  # type: ignore[attr-defined]
            connection.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)  # type: ignore[attr-defined]
        if hasattr(connection, "enable_load_extension"):
            connection.enable_load_extension(False)
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        connection.execute("PRAGMA query_only = ON")
        connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        yield connection
    finally:
        connection.close()


class UntrustedFileError(CorruptWorkspaceError):
    """An untrusted file (a returned review copy) refused before any of its rows was read."""


def _refuse(name: str, problem: str) -> UntrustedFileError:
    return UntrustedFileError(
        _tr("{name} kan ikke brukes: {problem}").format(name=name, problem=problem), name
    )


def vet_untrusted_file(
    path: Path,
    *,
    display_name: str,
    first_revision: str,
    check_counts: Callable[[Mapping[str, int]], None],
) -> str:
    """Check an untrusted workspace file (a private scratch copy of it) before it is opened.

    Refuses, with :class:`UntrustedFileError` naming ``display_name``: a schema that is not
    exactly the app's at the file's revision (any view, trigger, virtual table, extra or missing
    table, index or column, a column of another type), a revision older than
    ``first_revision`` or unknown, more rows than ``check_counts`` accepts (it raises; it gets
    the row count of every table before any row is read), and any value whose storage class is
    not the one its column declares or that is longer than
    :data:`MAX_UNTRUSTED_VALUE_LENGTH`. Returns the file's schema revision.
    """
    import time

    deadline = time.monotonic() + UNTRUSTED_DEADLINE_SECONDS
    try:
        with _hardened_connection(path, deadline) as connection:
            revision = _vetted_revision(connection, display_name, first_revision)
            expected = _reference_schema(revision)
            _vet_schema(connection, expected, display_name)
            counts = {
                table: int(
                    connection.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
                )
                for table in expected.tables
            }
            check_counts(counts)
            for table, columns in expected.tables.items():
                problems = _type_problems(connection, table, columns, MAX_UNTRUSTED_VALUE_LENGTH)
                if problems:
                    raise _refuse(display_name, problems[0])
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error).lower():
            raise _refuse(
                display_name,
                _tr("filen tar mer enn {seconds} sekunder å kontrollere").format(
                    seconds=int(UNTRUSTED_DEADLINE_SECONDS)
                ),
            ) from None
        raise _refuse(display_name, _tr("filen er skadet")) from None
    except (sqlite3.Error, UnicodeDecodeError, ValueError, OverflowError):
        raise _refuse(display_name, _tr("filen er skadet")) from None
    return revision


def _vetted_revision(connection: sqlite3.Connection, name: str, first_revision: str) -> str:
    entries = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if entries > MAX_SCHEMA_ENTRIES:
        raise _refuse(name, _tr("filen har {n} skjemaoppføringer").format(n=entries))
    for kind, entry in connection.execute(
        "SELECT type, name FROM sqlite_master WHERE type NOT IN ('table', 'index')"
    ):
        kinds = {"view": _tr("en visning (view)"), "trigger": _tr("en utløser (trigger)")}
        raise _refuse(
            name,
            _tr("filen inneholder {kind} «{entry}», som arbeidsfiler aldri har").format(
                kind=kinds.get(str(kind), str(kind)[:40]), entry=str(entry)[:80]
            ),
        )
    version_table = connection.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()[0]
    rows = (
        connection.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
        if version_table
        else []
    )
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise _refuse(name, _tr("filen mangler skjemaversjon"))
    revision = rows[0][0]
    known = migrate.known_revisions()
    if revision not in known:
        raise _refuse(
            name,
            _tr(
                "den er laget med en nyere versjon av oppgave (skjema {revision}); oppdater "
                "programmet"
            ).format(revision=revision[:40]),
        )
    if known.index(revision) < known.index(first_revision):
        raise _refuse(
            name,
            _tr(
                "den er laget med en eldre versjon av oppgave (skjema {revision}) som ikke "
                "kjenner gjennomgangskopier"
            ).format(revision=revision),
        )
    return revision


def _vet_schema(connection: sqlite3.Connection, expected: _Schema, name: str) -> None:
    for entry, sql in connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
    ):
        if not _collapse(sql).upper().startswith("CREATE TABLE"):
            raise _refuse(
                name, _tr("tabellen «{table}» er ikke en vanlig tabell").format(table=entry[:80])
            )
    found = _read_schema(connection)
    for table in sorted(set(found.tables) | set(expected.tables)):
        if table not in found.tables:
            raise _refuse(
                name,
                _tr(
                    "tabellen «{table}» mangler (laget med en annen versjon av oppgave, eller "
                    "endret utenfor programmet)"
                ).format(table=table),
            )
        if table not in expected.tables:
            raise _refuse(
                name, _tr("filen har en ukjent tabell «{table}»").format(table=table[:80])
            )
        # column order is not compared: a file upgraded by migrations has added columns at
        # the end, a new file has the models' order; every read names its columns
        if sorted(found.tables[table]) != sorted(expected.tables[table]):
            wanted = {column[0]: column for column in expected.tables[table]}
            has = {column[0]: column for column in found.tables[table]}
            missing = [column for column in wanted if column not in has]
            changed = [c for c in has if c in wanted and has[c] != wanted[c]]
            extra = [column for column in has if column not in wanted]
            detail = (
                _tr("kolonnen «{column}» mangler").format(column=missing[0])
                if missing
                else _tr("kolonnen «{column}» har en annen type").format(column=changed[0])
                if changed
                else _tr("den ukjente kolonnen «{column}»").format(column=extra[0][:80])
                if extra
                else _tr("kolonnene står i en annen rekkefølge")
            )
            raise _refuse(
                name,
                _tr(
                    "tabellen «{table}» er ikke slik programmet lager den ({detail}); kopien er "
                    "laget med en annen versjon av oppgave eller endret utenfor programmet"
                ).format(table=table, detail=detail),
            )
    if found.indexes != expected.indexes:
        odd = sorted(
            set(found.indexes.items()) ^ set(expected.indexes.items()), key=lambda item: item[0]
        )
        raise _refuse(
            name,
            _tr("indeksen «{index}» er ikke slik programmet lager den").format(
                index=odd[0][0][:80]
            ),
        )


def _storage_classes(declared: str) -> tuple[str, ...] | None:
    """The storage classes a value of a column declared ``declared`` may have in our files
    (SQLAlchemy's types: booleans and integers as integers, floats as real or integer, text and
    dates as text); ``None`` for a type this check does not know."""
    upper = declared.upper()
    if "INT" in upper or upper == "BOOLEAN":
        return ("integer",)
    if any(word in upper for word in ("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL")):
        return ("real", "integer")
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT", "DATE", "TIME")):
        return ("text",)
    return None


def _type_problems(
    connection: sqlite3.Connection,
    table: str,
    columns: tuple[tuple[str, str, int, int, int], ...],
    max_length: int | None = None,
) -> list[str]:
    """Values of ``table`` with a storage class their column does not declare (and, with
    ``max_length``, text or blobs longer than that), one sentence per column; one pass."""
    checked: list[tuple[str, tuple[str, ...]]] = []
    for column, declared, not_null, _pk, _hidden in columns:
        classes = _storage_classes(declared)
        if classes is None:
            continue
        checked.append((column, classes if not_null else (*classes, "null")))
    if not checked:
        return []
    terms = []
    for column, classes in checked:
        allowed = ", ".join(f"'{c}'" for c in classes)
        terms.append(f"sum(typeof({_quote(column)}) NOT IN ({allowed}))")
        if max_length is not None:
            terms.append(f"sum(length({_quote(column)}) > {int(max_length)})")
    totals = connection.execute(f"SELECT {', '.join(terms)} FROM {_quote(table)}").fetchone()
    step = 2 if max_length is not None else 1
    problems: list[str] = []
    for index, (column, classes) in enumerate(checked):
        wrong = totals[index * step] or 0
        long_values = totals[index * step + 1] or 0 if max_length is not None else 0
        if wrong:
            allowed = ", ".join(f"'{c}'" for c in classes)
            rowid, found = connection.execute(
                f"SELECT rowid, typeof({_quote(column)}) FROM {_quote(table)} "
                f"WHERE typeof({_quote(column)}) NOT IN ({allowed}) LIMIT 1"
            ).fetchone()
            problems.append(
                _tr(
                    "{table}.{column}: {n} verdier av feil type (rad {row} har {found}, skal "
                    "være {wanted})"
                ).format(
                    table=table,
                    column=column,
                    n=wrong,
                    row=rowid,
                    found=_STORAGE_WORDS.get(found, found),
                    wanted=_STORAGE_WORDS[classes[0]],
                )
            )
        if long_values:
            problems.append(
                _tr("{table}.{column}: {n} verdier er lengre enn {limit} tegn").format(
                    table=table, column=column, n=long_values, limit=max_length
                )
            )
    return problems


def type_problems(path: Path) -> list[str]:
    """Every column of every table of a workspace checked for values of the wrong storage class
    (a BLOB where text belongs, text in a number column): SQLite accepts them, the app then
    fails on them. For ``oppgave check``; empty when all is well."""
    connection = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        problems: list[str] = []
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in _INTERNAL_TABLES
        ]
        for table in tables:
            columns = tuple(
                (str(row[1]), str(row[2]), int(row[3]), int(row[5]), int(row[6]))
                for row in connection.execute(f"PRAGMA table_xinfo({_quote(table)})")
            )
            problems.extend(_type_problems(connection, table, columns))
        return problems
    except sqlite3.Error as error:
        return [_tr("Verditypene kunne ikke kontrolleres ({reason}).").format(reason=error)]
    finally:
        connection.close()
