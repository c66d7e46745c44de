"""Undoable commands of the analysis features: saving a computed staffing proposal, and
changing the analysis settings. Like :mod:`oppgave.ui.document.undo_commands`, each calls one
service and keeps what it needs to reverse it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.services import settings as settings_service
from oppgave.services import staffing_proposals
from oppgave.services.scenarios import ScenarioSnapshot
from oppgave.ui.document.undo_commands import SCENARIO, CreateCommand, ServiceCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisCommands", text)


def save_proposal_command(
    document: WorkspaceDocument,
    name: str,
    draft: staffing_proposals.ProposalDraft,
    saved: r.Scenario | None = None,
) -> CreateCommand[r.Scenario, ScenarioSnapshot]:
    """Save an optimiser result as a new proposal scenario; undo deletes that scenario, redo
    restores it with the same id (so later commands that name it still work) — as a new
    scenario does, so it is a :class:`CreateCommand` of a scenario.

    ``saved``: the scenario when ``staffing_proposals.save_proposal`` already ran on the worker
    thread (a proposal for 10,000 tasks takes about a second to write); the command then only
    puts that save on the undo stack."""

    def create(workspace: Workspace) -> r.Scenario:
        if saved is not None:
            return saved
        return staffing_proposals.save_proposal(workspace, name, draft)

    return CreateCommand(document, _tr("Lag forslag «{name}»").format(name=name), SCENARIO, create)


class SaveSettingsCommand(ServiceCommand):
    """Store new analysis settings (validated by the service); undo stores the old ones."""

    def __init__(self, document: WorkspaceDocument, before: r.Settings, after: r.Settings) -> None:
        super().__init__(document, _tr("Endre analyseinnstillinger"))
        self.before = before
        self.after = after
        self.result: r.Settings | None = None

    def do_redo(self) -> None:
        self.result = settings_service.save(self.workspace, self.after)

    def do_undo(self) -> None:
        self.result = settings_service.save(self.workspace, self.before)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.SETTINGS)
