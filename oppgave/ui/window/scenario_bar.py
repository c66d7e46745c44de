"""The window's scenario chooser and its actions: choose, new proposal, rename, delete, and
mark a scenario as the department's chosen one («valgt»).

Composed by :class:`~oppgave.ui.window.main_window.MainWindow` as ``window.scenarios``; the combo
box and buttons are the window's widgets, this module fills them and acts on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from oppgave.domain import records as r
from oppgave.ui.document.undo_commands import (
    ChooseScenarioCommand,
    create_scenario_command,
    delete_scenario_command,
    rename_scenario_command,
)

if TYPE_CHECKING:
    from oppgave.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    # the window's translation context: these texts were the window's and keep their translations
    return QCoreApplication.translate("MainWindow", text)


def scenario_label(scenario: r.Scenario) -> str:
    """The scenario's name in the scenario list, with a mark when it is the chosen one."""
    if scenario.is_chosen:
        return _tr("{name}  ✓ valgt").format(name=scenario.name)
    return scenario.name


class ScenarioBar:
    """The scenario chooser of one window and the scenario actions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def fill(self) -> None:
        """List the department's scenarios in the chooser, the current one selected."""
        context = self.window.context
        combo = self.window.header.scenario_combo
        combo.blockSignals(True)
        combo.clear()
        if context is not None:
            for scenario in context.scenarios():
                combo.addItem(scenario_label(scenario), scenario.id)
            if context.scenario is not None:
                combo.setCurrentIndex(combo.findData(context.scenario.id))
        combo.blockSignals(False)

    def scenario_chosen(self, _index: int) -> None:
        context = self.window.context
        if context is None:
            return
        scenario_id = self.window.header.scenario_combo.currentData()
        scenario = next((s for s in context.scenarios() if s.id == scenario_id), None)
        context.set_scenario(scenario)

    def select_scenario(self, scenario_id: int) -> None:
        combo = self.window.header.scenario_combo
        position = combo.findData(scenario_id)
        if position >= 0:
            combo.setCurrentIndex(position)

    def new_scenario(self) -> None:
        # late: the proposal service brings the staffing analysis, not needed for the first window
        from oppgave.services import staffing_proposals

        context = self.window.context
        if context is None or context.department is None:
            return
        source = context.scenario
        name = self.window.dialogs.get_text(
            _tr("Nytt forslag"),
            _tr("Navn på forslaget (starter som en kopi av «{source}»):").format(
                source=source.name if source else ""
            ),
            # the same free name as «Lag forslag», from the service
            staffing_proposals.free_proposal_name(context.workspace, context.department.id),
        )
        if not name:
            return
        command = create_scenario_command(
            context.document, context.department.id, name, source.id if source else None
        )
        if context.run(command, _tr("Kunne ikke lage scenarioet")) and command.record is not None:
            self.fill()
            self.select_scenario(command.record.id)

    def toggle_chosen_scenario(self) -> None:
        """Mark the selected scenario as the department's chosen one («valgt»), or take the
        mark away when it has it; one undoable step."""
        context = self.window.context
        if context is None or context.scenario is None:
            return
        current = next(
            (s for s in context.scenarios() if s.id == context.scenario.id), context.scenario
        )
        command = ChooseScenarioCommand(context.document, current, not current.is_chosen)
        context.run(command, _tr("Kunne ikke merke scenarioet"))
        self.fill()
        self.window.update_state()

    def rename_scenario(self) -> None:
        context = self.window.context
        if context is None or context.scenario is None:
            return
        scenario = context.scenario
        name = self.window.dialogs.get_text(_tr("Gi nytt navn"), _tr("Nytt navn:"), scenario.name)
        if name and name != scenario.name:
            context.run(rename_scenario_command(context.document, scenario, name))

    def delete_scenario(self) -> None:
        context, dialogs = self.window.context, self.window.dialogs
        if context is None or context.scenario is None:
            return
        scenario = context.scenario
        if scenario.is_baseline:
            dialogs.information(
                _tr("Slett scenario"),
                _tr("«{name}» er utgangspunktet og kan ikke slettes.").format(name=scenario.name),
            )
            return
        if not dialogs.confirm(
            _tr("Slett scenario"),
            _tr("Slette forslaget «{name}» og hvem som gjør hva i det? (Ctrl+Z angrer.)").format(
                name=scenario.name
            ),
            _tr("Slett forslaget"),
        ):
            return
        context.run(delete_scenario_command(context.document, scenario))
