"""Moving a department between a workspace file and a shared server (docs/server.md):
``oppgave server publish FILE URL --department D`` and ``oppgave server checkout URL
--department D -o FILE``.

Both go through the app's own export (``workbook_export``) and its exact import
(``workspace_import.apply_export``), which match every record by its stable uuid: publishing
a department again updates the same tasks, scenarios and shares on the server instead of
adding copies, and a checked-out file carries the server's uuids, so it can be published back
after a workshop without network. The catalogue is merged by uuid, code or name; the settings
of the receiving side are kept (a new checked-out file gets the server's).

Publishing makes the server's department equal to the file's: what the file no longer has
(tasks, proposals, and with them their shares) is deleted on the server too. So that this
never throws away a colleague's work, the file remembers, per server and department, the
server's change marker when it last matched the server (at checkout, and after each publish:
``workspaces.SERVER_CHECKOUTS_KEY``); a publish is refused when the server's department has
changed since — someone edited it on the server while the file was away — unless ``force``.
``dry_run`` does the whole publish in the server's transaction and rolls it back, so its
summary («N nye, N endret, N slettet») is exactly what a real publish would do.

Not carried by a publish: review comments (they belong to the HMS group's review on the
server and outlive the tasks they were made on), the bemanningsplan's hand edits and saved
rotas (not part of the export).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from oppgave import output_files
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.errors import ConflictError
from oppgave.exchange import workbook_export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import (
    ExportContent,
    FullImportOutcome,
    apply_export,
    read_export,
)
from oppgave.i18n import translate
from oppgave.services import organisation, workspaces


def _tr(text: str) -> str:
    return translate("Server", text)


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    department_name: str
    outcome: FullImportOutcome
    #: True: nothing was written (``publish(dry_run=True)``); the counts say what would be
    dry_run: bool = False

    @property
    def created(self) -> int:
        return sum(self.outcome.created.values())

    @property
    def updated(self) -> int:
        return sum(self.outcome.updated.values())

    @property
    def deleted(self) -> int:
        return sum(self.outcome.deleted.values())


class _RollBack(Exception):
    """Raised inside the server's batch to undo a dry run (carries what it would have done)."""

    def __init__(self, outcome: FullImportOutcome) -> None:
        super().__init__("dry run")
        self.outcome = outcome


def _department_content(
    location: Path | str | Workspace, department: str
) -> tuple[str, ExportContent]:
    """The department as an export (every record with its uuid), read back as content."""
    if isinstance(location, Workspace):
        return _export_department(location, department)
    with workspaces.open_workspace(location) as source:
        return _export_department(source, department)


def _export_department(source: Workspace, department: str) -> tuple[str, ExportContent]:
    found = organisation.resolve_department(source, department)
    with output_files.scratch_folder("server") as folder:
        workbook = folder / "avdeling.xlsx"
        workbook_export.export_workbook(source, workbook, department_ids=[found.id])
        grid = read_workbook(workbook)
    return found.name, read_export(grid)


def _server_department(target: Workspace, content: ExportContent) -> r.Department | None:
    """The server's department the export's one lands on, as ``apply_export`` matches it: by
    uuid, else by municipality and name."""
    row = content.departments[0]
    departments = organisation.list_departments(target)
    found = next((d for d in departments if d.uuid == row.uuid), None)
    if found is not None:
        return found
    places = {p.id: p for p in organisation.list_municipalities(target)}
    return next(
        (
            d
            for d in departments
            if d.name.casefold() == row.name.casefold()
            and (place := places.get(d.municipality_id)) is not None
            and (
                place.uuid == row.municipality_uuid
                or place.name.casefold() == row.municipality.casefold()
            )
        ),
        None,
    )


def publish(
    file: Path | str,
    url: str,
    department: str,
    *,
    dry_run: bool = False,
    force: bool = False,
) -> SyncOutcome:
    """Make the server's copy of a department of ``file`` equal to the file's (created,
    updated and deleted by uuid), in one transaction on the server. Refused with a
    :class:`ConflictError` when the server's department changed since the file last matched
    it, unless ``force``; ``dry_run`` reports what would change and writes nothing."""
    with workspaces.open_workspace(Path(file)) as source:
        record = workspaces.server_checkouts(source)
    name, content = _department_content(Path(file), department)
    department_uuid = content.departments[0].uuid
    with workspaces.open_workspace(url) as target:
        server_uuid = target.uuid
        seen = record.get(server_uuid, {}).get(department_uuid)
        try:
            with target.batch():
                existing = _server_department(target, content)
                if existing is not None and not force:
                    now = workspaces.change_marker(target, existing.id).department
                    if seen is None:
                        raise ConflictError(
                            _tr(
                                "Avdelingen {name} finnes allerede på serveren, men filen er "
                                "ikke hentet derfra. Hent avdelingen med «oppgave server "
                                "checkout», eller bruk --force for å erstatte serverens "
                                "versjon med filens."
                            ).format(name=existing.name)
                        )
                    if list(now) != list(seen):
                        raise ConflictError(
                            _tr(
                                "Avdelingen {name} er endret på serveren av en annen siden "
                                "filen ble hentet; ingenting er lagt ut. Hent den på nytt med "
                                "«oppgave server checkout», eller bruk --force for å "
                                "overskrive endringene på serveren."
                            ).format(name=existing.name)
                        )
                outcome = apply_export(target, content, apply_settings=False, delete_missing=True)
                if dry_run:
                    raise _RollBack(outcome)
                published = _server_department(target, content)
                assert published is not None  # just created or updated
                after = workspaces.change_marker(target, published.id).department
        except _RollBack as rolled_back:
            return SyncOutcome(name, rolled_back.outcome, dry_run=True)
    with workspaces.open_workspace(Path(file)) as source:
        workspaces.record_server_checkout(source, server_uuid, department_uuid, after)
    return SyncOutcome(name, outcome)


def checkout(url: str, department: str, target: Path | str, *, force: bool = False) -> SyncOutcome:
    """A new workspace file at ``target`` holding the department of the server at ``url``,
    with the server's catalogue and settings (written whole or not at all)."""
    with workspaces.open_workspace(url) as server:
        server_uuid = server.uuid
        with server.reading():  # the export and the marker from one snapshot of the server
            found = organisation.resolve_department(server, department)
            marker = workspaces.change_marker(server, found.id).department
            name, content = _department_content(server, department)
    with output_files.atomic_output(target, force=force, workspace=True) as temporary:
        with workspaces.new_workspace(temporary, overwrite=True, default_catalogue=False) as new:
            outcome = apply_export(new, content, apply_settings=True)
            workspaces.record_server_checkout(new, server_uuid, found.uuid, marker)
    return SyncOutcome(name, outcome)
