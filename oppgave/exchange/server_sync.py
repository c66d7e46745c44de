"""Moving a department between a workspace file and a shared server (docs/server.md):
``oppgave server publish FILE URL --department D`` and ``oppgave server checkout URL
--department D -o FILE``.

Both go through the app's own export (``workbook_export``) and its exact import
(``workspace_import.apply_export``), which match every record by its stable uuid: publishing
a department again updates the same tasks, scenarios and shares on the server instead of
adding copies, and a checked-out file carries the server's uuids, so it can be published back
after a workshop without network. The catalogue is merged by uuid, code or name; the settings
of the receiving side are kept (a new checked-out file gets the server's).

A task deleted on one side is not deleted on the other by a publish (the import updates and
adds; it never deletes): delete it on the server too, or check the department out again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from oppgave import output_files
from oppgave.exchange import workbook_export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import (
    ExportContent,
    FullImportOutcome,
    apply_export,
    read_export,
)
from oppgave.services import organisation, workspaces


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    department_name: str
    outcome: FullImportOutcome


def _department_content(location: Path | str, department: str) -> tuple[str, ExportContent]:
    """The department as an export (every record with its uuid), read back as content."""
    with workspaces.open_workspace(location) as source:
        found = organisation.resolve_department(source, department)
        with output_files.scratch_folder("server") as folder:
            workbook = folder / "avdeling.xlsx"
            workbook_export.export_workbook(source, workbook, department_ids=[found.id])
            grid = read_workbook(workbook)
    return found.name, read_export(grid)


def publish(file: Path | str, url: str, department: str) -> SyncOutcome:
    """Copy a department of ``file`` to the server at ``url`` (created or updated by uuid)."""
    name, content = _department_content(Path(file), department)
    with workspaces.open_workspace(url) as target:
        outcome = apply_export(target, content, apply_settings=False)
    return SyncOutcome(name, outcome)


def checkout(url: str, department: str, target: Path | str, *, force: bool = False) -> SyncOutcome:
    """A new workspace file at ``target`` holding the department of the server at ``url``,
    with the server's catalogue and settings (written whole or not at all)."""
    name, content = _department_content(url, department)
    with output_files.atomic_output(target, force=force, workspace=True) as temporary:
        with workspaces.new_workspace(temporary, overwrite=True, default_catalogue=False) as new:
            outcome = apply_export(new, content, apply_settings=True)
    return SyncOutcome(name, outcome)
