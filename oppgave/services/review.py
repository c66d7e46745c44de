"""The HMS review round trip: export a review copy of one department, and import it back.

A **review copy** is a real workspace file holding one department (its municipality, the
catalogue, the tasks, the chosen scenarios, positions, staffing and settings) with the same
uuids as the leader's file, marked in ``workspace_meta``. Opened in the app it is read-only
except for comments (the guard is :meth:`oppgave.db.workspace.Workspace.transaction`). Its
content fingerprint (:func:`oppgave.review.fingerprint.content_fingerprint`) is stored in the
copy and remembered in the leader's file, so an import can tell:

* a copy whose data was changed outside review mode (the recomputed fingerprint differs),
* a copy whose stored fingerprint was edited (differs from the one the leader's file remembers),
* a copy that this file never exported, or one made from another workspace.

Such a copy is reported; its comments are imported only when the user accepts that
(``accept_tampered=True``). An import is one transaction (all or nothing) and idempotent by
comment uuid; comments on tasks deleted since the export are kept with the task's name.

A returned copy is **hostile until checked** (it comes back by mail): it is read through a
private scratch copy, only after :func:`oppgave.db.workspace_file.vet_untrusted_file` has
checked its schema (exactly the app's: no views, triggers or foreign tables), its row counts
against the caps below (before any row is read) and the storage class of every value; then
every comment is validated field by field (:func:`_validated_comments`) before anything can
enter the leader's file. A comment is matched by uuid only within the copy's department and
only with comments that came from the same copy: any other match is tampering, and even an
accepted tampered copy never touches another department's (or another copy's) comments.

``workspace_meta`` keys in a copy: :data:`REVIEW_COPY_KEY` ("1"), ``review_source_workspace``,
``review_source_name``, ``review_department``, ``review_scenario`` (the proposal under review,
"" for all), ``review_scenarios`` (JSON list of the scenario uuids in the copy),
``review_exported_at``, ``review_fingerprint``; the copy's own ``workspace_uuid`` is new and
identifies the copy (``source_copy_uuid`` of its comments). In the leader's file,
``review_export:<copy uuid>`` and ``review_import:<copy uuid>`` hold JSON records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, delete, select, type_coerce
from sqlalchemy.orm import Session

from oppgave import __version__, output_files
from oppgave.db import models as m
from oppgave.db import workspace_file
from oppgave.db.models import new_uuid, utc_now
from oppgave.db.workspace import REVIEW_COPY_KEY, Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import ALL_WORK_FLAGS, CommentStatus, ReviewerRole, Verdict
from oppgave.errors import (
    NotFoundError,
    OppgaveError,
    OutputFileError,
    ReviewCopyError,
    WorkspaceFileError,
)
from oppgave.i18n import translate
from oppgave.review import fingerprint
from oppgave.services import validation
from oppgave.services.lookup import get_or_raise
from oppgave.services.workspaces import load_department_data

META_SOURCE_WORKSPACE = "review_source_workspace"
META_SOURCE_NAME = "review_source_name"
META_DEPARTMENT = "review_department"
#: The longest comment text: the comment services refuse a longer one, and a returned copy
#: holding one is refused as tampered.
MAX_COMMENT_LENGTH = 5_000
META_SCENARIO = "review_scenario"
META_SCENARIOS = "review_scenarios"
META_EXPORTED_AT = "review_exported_at"
META_EXPORTED_BY_VERSION = "review_exported_by_version"
META_FINGERPRINT = "review_fingerprint"
EXPORT_PREFIX = "review_export:"
IMPORT_PREFIX = "review_import:"
_COPY_KEYS = (
    REVIEW_COPY_KEY,
    META_SOURCE_WORKSPACE,
    META_SOURCE_NAME,
    META_DEPARTMENT,
    META_SCENARIO,
    META_SCENARIOS,
    META_EXPORTED_AT,
    META_EXPORTED_BY_VERSION,
    META_FINGERPRINT,
)
#: The first schema revision that knows review copies; an older file cannot be one.
FIRST_REVIEW_REVISION = "0002"
#: Caps on a returned copy, checked on its row counts before any row is read. A copy holds
#: one department: a few hundred tasks and a few thousand rows elsewhere; these caps are far
#: above any real copy and far below what costs minutes or gigabytes.
MAX_COPY_BYTES = 200 * 1024 * 1024
MAX_COPY_ROWS = 200_000  # in any one table
MAX_COPY_META_ROWS = 1_000  # workspace_meta holds a dozen keys in a copy
#: Comments a copy may hold: ten per task plus a thousand (overall comments, tasks deleted).
COMMENTS_PER_TASK = 10
EXTRA_COMMENTS = 1_000
#: Longest task name a comment may carry and longest fingerprint: the columns' own lengths.
MAX_TASK_NAME_LENGTH: int = m.ReviewComment.__table__.c.task_name.type.length  # type: ignore[attr-defined]
MAX_FINGERPRINT_LENGTH: int = m.ReviewComment.__table__.c.task_fingerprint.type.length  # type: ignore[attr-defined]
#: Invalid values listed in a refusal (the rest are counted).
LISTED_PROBLEMS = 5


def _tr(text: str) -> str:
    return translate("Review", text)


class TamperedCopyError(OppgaveError):
    """A review copy that fails the checks; ``problems`` says how, one sentence each."""

    def __init__(self, message: str, problems: tuple[str, ...]) -> None:
        super().__init__(message)
        self.problems = problems


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewCopyInfo:
    """What a review copy says about itself (for the banner in review mode and for import)."""

    copy_uuid: str
    source_workspace_uuid: str
    source_name: str
    department_uuid: str
    department_id: int | None  # in the file the info was read from
    department_name: str
    municipality_name: str
    scenario_uuid: str | None  # the proposal under review; None: all scenarios
    scenario_name: str
    scenario_uuids: tuple[str, ...]
    exported_at: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """A review copy this workspace made (remembered at export)."""

    copy_uuid: str
    department_uuid: str
    department_name: str
    scenario_uuid: str | None
    scenario_uuids: tuple[str, ...]
    exported_at: str
    fingerprint: str
    file_name: str


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """A review copy imported into this workspace (the last import of it)."""

    copy_uuid: str
    department_uuid: str
    scenario_uuids: tuple[str, ...]
    imported_at: str
    file_name: str
    comment_count: int
    problems: tuple[str, ...]
    times: int


@dataclass(frozen=True, slots=True)
class CopyCheck:
    """A returned copy checked against this workspace, before anything is imported."""

    info: ReviewCopyInfo
    problems: tuple[str, ...]
    comment_count: int
    department_id: int | None  # the department in this workspace; None if it is gone
    already_imported: bool

    @property
    def tampered(self) -> bool:
        return bool(self.problems)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did. Task names are the current ones, or the snapshot for deleted tasks."""

    info: ReviewCopyInfo
    added: int
    updated: int
    unchanged: int
    on_changed_tasks: tuple[str, ...]
    on_deleted_tasks: tuple[str, ...]
    problems: tuple[str, ...]
    already_imported: bool


# --- reading the marks ------------------------------------------------------------------------


def _meta(session: Session) -> dict[str, str]:
    return dict(session.execute(select(m.WorkspaceMeta.key, m.WorkspaceMeta.value)).all())


def decode_uuid_list(text: str) -> tuple[str, ...]:
    try:
        value = json.loads(text) if text else []
    except ValueError:
        return ()
    return tuple(str(item) for item in value) if isinstance(value, list) else ()


def _info_from_meta(session: Session, meta: dict[str, str]) -> ReviewCopyInfo:
    department_uuid = meta.get(META_DEPARTMENT, "")
    department = session.execute(
        select(m.Department.id, m.Department.name, m.Municipality.name.label("municipality"))
        .join(m.Municipality, m.Municipality.id == m.Department.municipality_id)
        .where(m.Department.uuid == department_uuid)
    ).first()
    scenario_uuid = meta.get(META_SCENARIO) or None
    scenario_name = ""
    if scenario_uuid:
        scenario_name = (
            session.scalar(select(m.Scenario.name).where(m.Scenario.uuid == scenario_uuid)) or ""
        )
    return ReviewCopyInfo(
        copy_uuid=meta.get("workspace_uuid", ""),
        source_workspace_uuid=meta.get(META_SOURCE_WORKSPACE, ""),
        source_name=meta.get(META_SOURCE_NAME, ""),
        department_uuid=department_uuid,
        department_id=department.id if department else None,
        department_name=department.name if department else "",
        municipality_name=department.municipality if department else "",
        scenario_uuid=scenario_uuid,
        scenario_name=scenario_name,
        scenario_uuids=decode_uuid_list(meta.get(META_SCENARIOS, "")),
        exported_at=meta.get(META_EXPORTED_AT, ""),
        fingerprint=meta.get(META_FINGERPRINT, ""),
    )


def copy_info(workspace: Workspace) -> ReviewCopyInfo | None:
    """The review marks of ``workspace``, or ``None`` when it is not a review copy."""
    with workspace.reading() as session:
        meta = _meta(session)
        if meta.get(REVIEW_COPY_KEY) != "1":
            return None
        return _info_from_meta(session, meta)


def _records(session: Session, prefix: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for key, value in session.execute(
        select(m.WorkspaceMeta.key, m.WorkspaceMeta.value).where(
            m.WorkspaceMeta.key.like(f"{prefix}%")
        )
    ):
        try:
            record = json.loads(value)
        except ValueError:
            continue
        if isinstance(record, dict):
            found[key[len(prefix) :]] = record
    return found


def list_exports(workspace: Workspace) -> list[ExportRecord]:
    """Review copies made from this workspace, oldest first."""
    with workspace.reading() as session:
        records = _records(session, EXPORT_PREFIX)
    return sorted(
        (
            ExportRecord(
                copy_uuid=copy_uuid,
                department_uuid=str(rec.get("department", "")),
                department_name=str(rec.get("department_name", "")),
                scenario_uuid=rec.get("scenario") or None,
                scenario_uuids=tuple(rec.get("scenarios", ())),
                exported_at=str(rec.get("exported_at", "")),
                fingerprint=str(rec.get("fingerprint", "")),
                file_name=str(rec.get("file", "")),
            )
            for copy_uuid, rec in records.items()
        ),
        key=lambda record: record.exported_at,
    )


def list_imports(workspace: Workspace) -> list[ImportRecord]:
    """Review copies imported into this workspace, oldest first."""
    with workspace.reading() as session:
        records = _records(session, IMPORT_PREFIX)
    return sorted(
        (
            ImportRecord(
                copy_uuid=copy_uuid,
                department_uuid=str(rec.get("department", "")),
                scenario_uuids=tuple(rec.get("scenarios", ())),
                imported_at=str(rec.get("imported_at", "")),
                file_name=str(rec.get("file", "")),
                comment_count=int(rec.get("comments", 0)),
                problems=tuple(rec.get("problems", ())),
                times=int(rec.get("times", 1)),
            )
            for copy_uuid, rec in records.items()
        ),
        key=lambda record: record.imported_at,
    )


def scenario_uuids_by_copy(session: Session) -> dict[str, tuple[str, ...]]:
    """Copy uuid → the scenario uuids that copy carried, from the export and import records
    (and, in a review copy, from its own marks). Used to recompute task fingerprints."""
    result: dict[str, tuple[str, ...]] = {}
    for prefix in (IMPORT_PREFIX, EXPORT_PREFIX):  # the export record wins
        for copy_uuid, rec in _records(session, prefix).items():
            result[copy_uuid] = tuple(str(u) for u in rec.get("scenarios", ()))
    meta = _meta(session)
    if meta.get(REVIEW_COPY_KEY) == "1":
        result[meta.get("workspace_uuid", "")] = decode_uuid_list(meta.get(META_SCENARIOS, ""))
    return result


# --- export -----------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


@contextmanager
def _scratch_folder() -> Iterator[Path]:
    """A private folder for the copies an export or import works on; removed afterwards, and
    swept at the next start if a killed process left it (see ``output_files.scratch_folder``)."""
    with output_files.scratch_folder("review") as folder:
        yield folder


def _scenarios_to_keep(
    session: Session, department_id: int, scenario_id: int | None
) -> list[m.Scenario]:
    scenarios = list(
        session.scalars(
            select(m.Scenario)
            .where(m.Scenario.department_id == department_id)
            .order_by(m.Scenario.is_baseline.desc(), m.Scenario.sort_order, m.Scenario.id)
        )
    )
    if scenario_id is None:
        return scenarios
    chosen = [s for s in scenarios if s.id == scenario_id]
    if not chosen:
        raise NotFoundError(
            _tr("Scenarioet med id {id} hører ikke til avdelingen.").format(id=scenario_id)
        )
    return [s for s in scenarios if s.is_baseline or s.id == scenario_id]


def export_review_copy(
    workspace: Workspace,
    department_id: int,
    target: Path | str,
    *,
    scenario_id: int | None = None,
    overwrite: bool = False,
) -> ReviewCopyInfo:
    """Write a review copy of one department to ``target`` and remember it in ``workspace``.

    With ``scenario_id`` the copy holds the baseline and that proposal; without it, every
    scenario of the department. Other departments and municipalities, earlier review comments
    and this file's review records are not in the copy; the copy is rebuilt page by page, so
    nothing of them survives in free space either.
    """
    target = Path(target)
    if workspace.is_review_copy:
        raise ReviewCopyError(
            _tr("Dette er allerede en gjennomgangskopi; lag kopien fra lederens arbeidsfil.")
        )
    if target.suffix.lower() != workspace_file.FILE_SUFFIX:
        target = target.with_name(target.name + workspace_file.FILE_SUFFIX)
    # Never onto the workspace itself nor any other workspace (an older copy the group may
    # have written in included); another existing file only with ``overwrite``.
    output_files.check_output_path(
        target, inputs=(workspace.path,), force=overwrite, workspace=True
    )
    with workspace.reading() as session:
        department = get_or_raise(session, m.Department, department_id)
        kept = _scenarios_to_keep(session, department_id, scenario_id)
        department_uuid, department_name = department.uuid, department.name
        municipality_id = department.municipality_id
        kept_ids = [s.id for s in kept]
        scenario_uuids = [s.uuid for s in kept]
        focus_uuid = next((s.uuid for s in kept if s.id == scenario_id), "")
    try:
        return _export_review_copy(
            workspace, department_id, target, scenario_id, department_uuid, department_name,
            municipality_id, kept_ids, scenario_uuids, focus_uuid,
        )  # fmt: skip
    except OutputFileError as error:
        if error.path == str(target) or not error.reason:
            raise
        # The scratch copy failed (the temporary folder's disk is full): say it for the target.
        raise OutputFileError(
            _tr("Kan ikke skrive {path}: {reason}. Ingenting er lagret under det navnet.").format(
                path=target, reason=error.reason
            ),
            str(target),
            reason=error.reason,
        ) from None


def _export_review_copy(
    workspace: Workspace,
    department_id: int,
    target: Path,
    scenario_id: int | None,
    department_uuid: str,
    department_name: str,
    municipality_id: int,
    kept_ids: list[int],
    scenario_uuids: list[str],
    focus_uuid: str,
) -> ReviewCopyInfo:
    source_uuid = workspace.uuid
    copy_uuid = new_uuid()
    exported_at = _now()
    with _scratch_folder() as folder:
        scratch = folder / "kopi.oppgave"
        workspace_file.copy_database(workspace.path, scratch)
        with Workspace.open(scratch) as copy:
            with copy.transaction() as session:
                _prune(session, department_id, municipality_id, kept_ids)
            digest = fingerprint.content_fingerprint(load_department_data(copy, department_id))
            marks = {
                "workspace_uuid": copy_uuid,
                META_SOURCE_WORKSPACE: source_uuid,
                META_SOURCE_NAME: workspace.path.name,
                META_DEPARTMENT: department_uuid,
                META_SCENARIO: focus_uuid,
                META_SCENARIOS: json.dumps(scenario_uuids),
                META_EXPORTED_AT: exported_at,
                META_EXPORTED_BY_VERSION: __version__,
                META_FINGERPRINT: digest,
                REVIEW_COPY_KEY: "1",
            }
            with copy.transaction() as session:
                for key, value in marks.items():
                    session.merge(m.WorkspaceMeta(key=key, value=value))
        record = {
            "department": department_uuid,
            "department_name": department_name,
            "scenario": focus_uuid,
            "scenarios": scenario_uuids,
            "exported_at": exported_at,
            "fingerprint": digest,
            "file": target.name,
        }
        # The copy first, the record of it second: a copy that could not be written (a full
        # disk) must not be remembered as made, and one whose record failed is taken back.
        workspace_file.write_compact_copy(scratch, target)
        try:
            with workspace.transaction() as session:
                session.merge(
                    m.WorkspaceMeta(key=EXPORT_PREFIX + copy_uuid, value=json.dumps(record))
                )
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    with Workspace.open(target) as written:
        info = copy_info(written)
    assert info is not None
    return info


def _prune(
    session: Session, department_id: int, municipality_id: int, scenario_ids: list[int]
) -> None:
    """Leave one department in a scratch copy (foreign keys cascade to tasks, scenarios,
    assignments, positions, staffing and comments)."""
    session.execute(delete(m.Department).where(m.Department.id != department_id))
    session.execute(delete(m.Municipality).where(m.Municipality.id != municipality_id))
    session.execute(
        delete(m.Scenario).where(
            m.Scenario.department_id == department_id, m.Scenario.id.not_in(scenario_ids)
        )
    )
    session.execute(delete(m.ReviewComment))
    session.execute(
        delete(m.WorkspaceMeta).where(
            m.WorkspaceMeta.key.like(f"{EXPORT_PREFIX}%")
            | m.WorkspaceMeta.key.like(f"{IMPORT_PREFIX}%")
            | m.WorkspaceMeta.key.in_(_COPY_KEYS)
        )
    )


# --- checking and importing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ReturnedCopy:
    """A returned copy that passed the checks: its marks, its comments (every value valid),
    and what its comments show of tampering."""

    copy: Workspace
    info: ReviewCopyInfo
    comments: tuple[r.ReviewComment, ...]  # those of the copy's own department
    problems: tuple[str, ...]


def _count_caps(name: str) -> Callable[[Mapping[str, int]], None]:
    """The caps on a returned copy's row counts (see :data:`MAX_COPY_ROWS`)."""

    def check(counts: Mapping[str, int]) -> None:
        for table, count in counts.items():
            cap = MAX_COPY_META_ROWS if table == m.WorkspaceMeta.__tablename__ else MAX_COPY_ROWS
            if count > cap:
                raise ReviewCopyError(
                    _tr(
                        "{name} kan ikke brukes: tabellen «{table}» har {n} rader (grensen er "
                        "{cap}). En gjennomgangskopi av én avdeling er langt mindre."
                    ).format(name=name, table=table, n=count, cap=cap)
                )
        tasks = counts.get(m.Task.__tablename__, 0)
        comments = counts.get(m.ReviewComment.__tablename__, 0)
        cap = COMMENTS_PER_TASK * tasks + EXTRA_COMMENTS
        if comments > cap:
            raise ReviewCopyError(
                _tr(
                    "{name} kan ikke brukes: {n} kommentarer til {tasks} oppgaver er flere enn "
                    "en HMS-gruppe skriver (grensen er {cap})."
                ).format(name=name, n=comments, tasks=tasks, cap=cap)
            )

    return check


@contextmanager
def _open_returned(path: Path) -> Iterator[_ReturnedCopy]:
    """Check a returned copy and open it through a private scratch copy, so nothing (a
    migration, a journal) ever writes to the file the group sent back. See the module doc for
    what is checked before a row of it is read."""
    workspace_file.check_file(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise WorkspaceFileError(
            _tr("Kunne ikke lese {path}: {reason}").format(path=path, reason=error.strerror),
            str(path),
        ) from None
    if size > MAX_COPY_BYTES:
        raise ReviewCopyError(
            _tr("{name} er for stor til å være en gjennomgangskopi ({mb} MB).").format(
                name=path.name, mb=size // (1024 * 1024)
            )
        )
    with _scratch_folder() as folder:
        scratch = folder / "retur.oppgave"
        try:
            workspace_file.copy_database(path, scratch)
        except (OSError, sqlite3.Error) as error:
            raise WorkspaceFileError(
                _tr("Kunne ikke lese {path}: {reason}").format(
                    path=path, reason=getattr(error, "strerror", None) or error
                ),
                str(path),
            ) from None
        workspace_file.vet_untrusted_file(
            scratch,
            display_name=path.name,
            first_revision=FIRST_REVIEW_REVISION,
            check_counts=_count_caps(path.name),
        )
        with Workspace.open(scratch) as copy:
            if not copy.is_review_copy:
                raise ReviewCopyError(
                    _tr("{name} er ikke en gjennomgangskopi.").format(name=path.name)
                )
            info = copy_info(copy)
            assert info is not None
            with copy.reading() as session:
                comments, problems = _validated_comments(session, info, path.name)
            yield _ReturnedCopy(copy, info, comments, problems)


@contextmanager
def open_returned_copy(path: Path | str) -> Iterator[Workspace]:
    """Open a returned copy (checked, through a private scratch copy; see
    :func:`_open_returned`). Refuses a file that is not a review copy, or that fails the
    checks of a hostile file."""
    with _open_returned(Path(path)) as returned:
        yield returned.copy


def _validated_comments(
    session: Session, info: ReviewCopyInfo, name: str
) -> tuple[tuple[r.ReviewComment, ...], tuple[str, ...]]:
    """Every comment of the copy, each value checked (type, length, allowed words, dates,
    uuids) before it is turned into a record; raises :class:`ReviewCopyError` listing the
    first invalid values. Returns the comments of the copy's department and, as tampering,
    how many belong elsewhere or claim another copy."""
    c = m.ReviewComment.__table__.c
    rows = session.execute(
        select(
            c.id,
            c.uuid,
            c.department_id,
            c.task_uuid,
            c.task_name,
            c.scenario_uuid,
            c.verdict,
            c.reviewer_role,
            c.text,
            c.status,
            c.suggested_work_flags,
            c.source_copy_uuid,
            c.task_fingerprint,
            type_coerce(c.created_at, String),  # the raw text: a bad date must not crash
            type_coerce(c.resolved_at, String),
        ).order_by(c.id)
    ).all()
    invalid: list[str] = []
    kept: list[r.ReviewComment] = []
    elsewhere = other_source = 0
    for row in rows:
        row_problems = _comment_problems(row)
        if row_problems:
            invalid.extend(
                _tr("kommentar {id}: {problem}").format(id=row[0], problem=p) for p in row_problems
            )
            continue
        if info.department_id is None or row.department_id != info.department_id:
            elsewhere += 1
            continue
        if row.source_copy_uuid not in (None, info.copy_uuid):
            other_source += 1
            continue
        kept.append(
            r.ReviewComment(
                id=row.id,
                uuid=row.uuid.lower(),
                department_id=row.department_id,
                task_uuid=row.task_uuid,
                verdict=Verdict(row.verdict),
                reviewer_role=ReviewerRole(row.reviewer_role),
                text=row.text,
                status=CommentStatus(row.status),
                task_name=row.task_name,
                scenario_uuid=row.scenario_uuid,
                suggested_work_flags=row.suggested_work_flags,
                source_copy_uuid=info.copy_uuid,
                task_fingerprint=row.task_fingerprint,
                created_at=_parse_time(row[13]).isoformat(timespec="seconds"),  # type: ignore[union-attr]
            )
        )
    if invalid:
        listed = "; ".join(invalid[:LISTED_PROBLEMS])
        more = len(invalid) - LISTED_PROBLEMS
        raise ReviewCopyError(
            _tr(
                "{name} ble ikke importert: kopien har ugyldige verdier ({listed}{more}). "
                "Ingenting er endret."
            ).format(
                name=name,
                listed=listed,
                more=_tr(" og {n} til").format(n=more) if more > 0 else "",
            )
        )
    problems: list[str] = []
    if elsewhere:
        problems.append(
            _tr("{n} kommentarer i kopien hører til en annen avdeling enn kopien.").format(
                n=elsewhere
            )
        )
    if other_source:
        problems.append(
            _tr("{n} kommentarer i kopien sier de kommer fra en annen kopi.").format(n=other_source)
        )
    return tuple(kept), tuple(problems)


def _comment_problems(row: Any) -> list[str]:
    """What is wrong with one raw comment row of a returned copy (empty: it is valid)."""
    problems: list[str] = []

    def uuid_field(value: object, label: str, *, optional: bool) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not validation.UUID_PATTERN.match(value):
            problems.append(_tr("{field} er ikke en gyldig id").format(field=label))

    def word(
        value: object, allowed: type[Verdict | ReviewerRole | CommentStatus], label: str
    ) -> None:
        if not isinstance(value, str) or value not in {item.value for item in allowed}:
            problems.append(_tr("{field} har en ukjent verdi").format(field=label))

    def text(value: object, limit: int, label: str) -> None:
        if not isinstance(value, str):
            problems.append(_tr("{field} er ikke tekst").format(field=label))
        elif len(value) > limit:
            problems.append(
                _tr("{field} er {n} tegn (høyst {limit})").format(
                    field=label, n=len(value), limit=limit
                )
            )

    uuid_field(row.uuid, _tr("uuid"), optional=False)
    if not isinstance(row.department_id, int) or isinstance(row.department_id, bool):
        problems.append(_tr("avdelingen er ikke et tall"))
    uuid_field(row.task_uuid, _tr("oppgave-id"), optional=True)
    uuid_field(row.scenario_uuid, _tr("scenario-id"), optional=True)
    uuid_field(row.source_copy_uuid, _tr("kopi-id"), optional=True)
    text(row.task_name, MAX_TASK_NAME_LENGTH, _tr("oppgavenavnet"))
    text(row.text, MAX_COMMENT_LENGTH, _tr("teksten"))
    word(row.verdict, Verdict, _tr("vurderingen"))
    word(row.reviewer_role, ReviewerRole, _tr("rollen"))
    word(row.status, CommentStatus, _tr("statusen"))
    flags = row.suggested_work_flags
    if flags is not None and (
        not isinstance(flags, int) or isinstance(flags, bool) or not 0 <= flags <= ALL_WORK_FLAGS
    ):
        problems.append(_tr("arbeidsmiljømerkene har en ukjent verdi"))
    fingerprint_ = row.task_fingerprint
    if fingerprint_ is not None and (
        not isinstance(fingerprint_, str)
        or len(fingerprint_) > MAX_FINGERPRINT_LENGTH
        or any(ch not in "0123456789abcdef" for ch in fingerprint_)
    ):
        problems.append(_tr("fingeravtrykket er ugyldig"))
    created, resolved = row[13], row[14]
    if not isinstance(created, str) or _parse_time(created) is None:
        problems.append(_tr("tidspunktet er ikke en gyldig dato"))
    if resolved is not None and (not isinstance(resolved, str) or _parse_time(resolved) is None):
        problems.append(_tr("tidspunktet for behandlet er ikke en gyldig dato"))
    return problems


def _copy_problems(workspace: Workspace, copy: Workspace, info: ReviewCopyInfo) -> tuple[str, ...]:
    problems: list[str] = []
    if info.department_id is None:
        problems.append(_tr("Kopien mangler avdelingen den ble laget for."))
    elif not copy_is_intact(copy):
        problems.append(
            _tr(
                "Innholdet i kopien er endret utenfor gjennomgangsmodus: oppgaver, fordeling "
                "eller bemanning stemmer ikke med fingeravtrykket fra eksporten."
            )
        )
    if info.source_workspace_uuid != workspace.uuid:
        problems.append(
            _tr("Kopien er laget fra en annen arbeidsfil ({source}), ikke fra {name}.").format(
                source=info.source_name or info.source_workspace_uuid or "?",
                name=workspace.path.name,
            )
        )
    else:
        exports = {record.copy_uuid: record for record in list_exports(workspace)}
        exported = exports.get(info.copy_uuid)
        if exported is None:
            problems.append(
                _tr("{name} har ingen oversikt over at denne kopien ble laget herfra.").format(
                    name=workspace.path.name
                )
            )
        elif exported.fingerprint != info.fingerprint:
            problems.append(
                _tr(
                    "Fingeravtrykket i kopien er ikke det som ble registrert da kopien ble laget "
                    "{when}."
                ).format(when=exported.exported_at.replace("T", " "))
            )
    return tuple(problems)


def copy_is_intact(copy: Workspace) -> bool:
    """Whether a review copy's content still matches the fingerprint stored at export. Values
    the app would never write (a copy edited outside it) count as not intact."""
    info = copy_info(copy)
    if info is None or info.department_id is None:
        return False
    try:
        data = load_department_data(copy, info.department_id)
        return fingerprint.content_fingerprint(data) == info.fingerprint
    except (ValueError, TypeError, KeyError, ArithmeticError, AttributeError):
        # An unknown category word, an odd number: SQLite kept it, the records refuse it.
        return False


def _department_in(workspace: Workspace, department_uuid: str) -> int | None:
    with workspace.reading() as session:
        return session.scalar(select(m.Department.id).where(m.Department.uuid == department_uuid))


def file_is_review_copy(path: Path | str) -> bool | None:
    """Whether the file at ``path`` is a review copy, read without writing to it; ``None`` when
    it is no workspace at all (missing, another program's file, damaged)."""
    path = Path(path)
    try:
        workspace_file.check_file(path)
    except (OppgaveError, OSError):
        return None
    engine = workspace_file.make_engine(path, read_only=True)
    try:
        with Session(engine) as session:
            value = session.scalar(
                select(m.WorkspaceMeta.value).where(m.WorkspaceMeta.key == REVIEW_COPY_KEY)
            )
    except Exception:  # noqa: BLE001 - unreadable: not for us to judge here, the import will
        return None
    finally:
        engine.dispose()
    return value == "1"


def check_import_order(copy_path: Path | str, workspace_path: Path | str) -> None:
    """Refuse ``review import WORKSPACE COPY`` (the order of ``review export``) with a message
    that says which file is which, before either is opened for writing.

    Each file is recognised by its content, not its name: a review copy carries a mark that the
    leader's workspace does not.
    """
    copy_path, workspace_path = Path(copy_path), Path(workspace_path)
    if file_is_review_copy(copy_path) is False and file_is_review_copy(workspace_path) is True:
        raise ReviewCopyError(
            _tr(
                "Filene står i omvendt rekkefølge: {workspace} er gjennomgangskopien og {copy} "
                "er lederens arbeidsfil. Ved import kommer kopien først (motsatt av eksport): "
                "oppgave review import {workspace} {copy}"
            ).format(workspace=workspace_path.name, copy=copy_path.name)
        )


def _foreign_uuids(
    workspace: Workspace, department_id: int | None, copy_uuid: str, uuids: list[str]
) -> set[str]:
    """Comment uuids of the copy that this workspace holds for another department or from
    another copy (or from the leader): importing them would overwrite someone else's
    comment, so they are tampering."""
    foreign: set[str] = set()
    c = m.ReviewComment
    with workspace.reading() as session:
        for start in range(0, len(uuids), 500):  # well below SQLite's variable limit
            for uuid, row_department, source in session.execute(
                select(c.uuid, c.department_id, c.source_copy_uuid).where(
                    c.uuid.in_(uuids[start : start + 500])
                )
            ):
                if row_department != department_id or source != copy_uuid:
                    foreign.add(uuid)
    return foreign


def _foreign_problem(foreign: set[str]) -> str:
    return _tr(
        "{n} kommentarer i kopien har samme id som kommentarer fra en annen avdeling eller en "
        "annen kopi i denne arbeidsfilen; de blir aldri importert."
    ).format(n=len(foreign))


def check_review_copy(workspace: Workspace, path: Path | str) -> CopyCheck:
    """Check a returned copy against this workspace without importing anything."""
    path = Path(path)
    with _open_returned(path) as returned:
        info = returned.info
        problems = list(_copy_problems(workspace, returned.copy, info)) + list(returned.problems)
        comments = returned.comments
    department_id = _department_in(workspace, info.department_uuid)
    foreign = _foreign_uuids(workspace, department_id, info.copy_uuid, [c.uuid for c in comments])
    if foreign:
        problems.append(_foreign_problem(foreign))
    with workspace.reading() as session:
        already = bool(_records(session, IMPORT_PREFIX).get(info.copy_uuid))
    return CopyCheck(
        info=info,
        problems=tuple(problems),
        comment_count=len(comments),
        department_id=department_id,
        already_imported=already,
    )


_COMPARED = ("verdict", "reviewer_role", "text", "suggested_work_flags", "scenario_uuid")


def import_review_copy(
    workspace: Workspace, path: Path | str, *, accept_tampered: bool = False
) -> ImportResult:
    """Bring the comments of a returned review copy into this workspace (all or nothing).

    Raises :class:`TamperedCopyError` listing the problems when the copy fails its checks and
    ``accept_tampered`` is false. Comments already imported (same uuid, same department, same
    copy) are not added again; a comment the group edited since the last import is updated
    (its status here is kept). Comments whose uuid this file holds for another department or
    another copy are never imported, accepted or not. A copy with invalid values is refused
    whole (:class:`ReviewCopyError`); the workspace is unchanged by any refusal.
    """
    path = Path(path)
    if workspace.is_review_copy:
        raise ReviewCopyError(
            _tr("Gjennomgangskopier importeres i lederens arbeidsfil, ikke i en annen kopi.")
        )
    with _open_returned(path) as returned:
        info = returned.info
        problems = list(_copy_problems(workspace, returned.copy, info)) + list(returned.problems)
        comments = list(returned.comments)
    department_id = _department_in(workspace, info.department_uuid)
    foreign = _foreign_uuids(workspace, department_id, info.copy_uuid, [c.uuid for c in comments])
    if foreign:
        problems.append(_foreign_problem(foreign))
        comments = [comment for comment in comments if comment.uuid not in foreign]
    if problems and not accept_tampered:
        raise TamperedCopyError(
            _tr("{name} ble ikke importert: kopien kan være endret eller er ukjent.").format(
                name=path.name
            ),
            tuple(problems),
        )
    if department_id is None:
        raise ReviewCopyError(
            _tr(
                "Avdelingen {name} finnes ikke lenger i {file}; kommentarene kan ikke importeres."
            ).format(name=info.department_name or info.department_uuid, file=workspace.path.name)
        )
    with workspace.reading() as session:  # one snapshot for the fingerprints and the names
        current = fingerprint.task_fingerprints(
            load_department_data(workspace, department_id), info.scenario_uuids
        )
        names = dict(
            session.execute(
                select(m.Task.uuid, m.Task.name).where(m.Task.department_id == department_id)
            ).all()
        )
    added = updated = unchanged = 0
    changed_names: list[str] = []
    deleted_names: list[str] = []
    with workspace.transaction() as session:
        existing: dict[str, m.ReviewComment] = {}
        uuids = [c.uuid for c in comments]
        for start in range(0, len(uuids), 500):
            existing.update(
                (row.uuid, row)
                for row in session.scalars(
                    select(m.ReviewComment).where(
                        m.ReviewComment.uuid.in_(uuids[start : start + 500]),
                        m.ReviewComment.department_id == department_id,
                        m.ReviewComment.source_copy_uuid == info.copy_uuid,
                    )
                )
            )
        for comment in comments:
            row = existing.get(comment.uuid)
            if row is not None:
                if _differs(row, comment):
                    for key in _COMPARED:
                        value = getattr(comment, key)
                        setattr(row, key, value.value if hasattr(value, "value") else value)
                    row.task_fingerprint = comment.task_fingerprint
                    updated += 1
                else:
                    unchanged += 1
                continue
            session.add(
                m.ReviewComment(
                    uuid=comment.uuid,
                    department_id=department_id,
                    task_uuid=comment.task_uuid,
                    task_name=comment.task_name,
                    scenario_uuid=comment.scenario_uuid,
                    verdict=comment.verdict.value,
                    reviewer_role=comment.reviewer_role.value,
                    text=comment.text,
                    status=CommentStatus.OPEN.value,
                    suggested_work_flags=comment.suggested_work_flags,
                    source_copy_uuid=info.copy_uuid,
                    task_fingerprint=comment.task_fingerprint,
                    created_at=_parse_time(comment.created_at) or utc_now(),
                )
            )
            added += 1
            if comment.task_uuid is None:
                continue
            if comment.task_uuid not in current:
                deleted_names.append(comment.task_name)
            elif current[comment.task_uuid] != comment.task_fingerprint:
                changed_names.append(names.get(comment.task_uuid, comment.task_name))
        previous = _records(session, IMPORT_PREFIX).get(info.copy_uuid)
        record = {
            "department": info.department_uuid,
            "scenarios": list(info.scenario_uuids),
            "imported_at": _now(),
            "file": path.name,
            "comments": len(comments),
            "problems": list(problems),
            "times": int(previous.get("times", 1)) + 1 if previous else 1,
        }
        session.merge(m.WorkspaceMeta(key=IMPORT_PREFIX + info.copy_uuid, value=json.dumps(record)))
    return ImportResult(
        info=info,
        added=added,
        updated=updated,
        unchanged=unchanged,
        on_changed_tasks=tuple(dict.fromkeys(changed_names)),
        on_deleted_tasks=tuple(dict.fromkeys(deleted_names)),
        problems=tuple(problems),
        already_imported=previous is not None,
    )


def _differs(row: m.ReviewComment, comment: r.ReviewComment) -> bool:
    for key in _COMPARED:
        value = getattr(comment, key)
        if getattr(row, key) != (value.value if hasattr(value, "value") else value):
            return True
    return False


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (ValueError, TypeError):
        return None
