"""«Legg til typiske oppgaver»: tick tasks from the library and add them in one undo step.

The library itself is another module (``oppgave.domain.task_library``); these tests give the
dialog a small stand-in library so they test the dialog, not the library's content.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oppgave.domain import labels
from oppgave.domain.enums import (
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
)
from oppgave.domain.records import Frequency, TimeWindow
from oppgave.services import catalogue, scenarios, tasks
from oppgave.ui.tasks.task_library_dialog import TaskLibraryDialog
from oppgave.ui.window.main_window import MainWindow


@dataclass(frozen=True)
class StandInTask:
    name: str
    today: Mapping[str, float]
    per_resident: float = 0.0
    proposal: Mapping[str, float] | None = None
    description: str = ""
    category: Category = Category.DIRECT
    windows: tuple[TimeWindow, ...] = ()
    duration: float = 10.0
    staff: int = 1
    competences: tuple[str, ...] = ()
    restriction: Restriction = Restriction.NONE
    restriction_min_level: int | None = None
    restriction_roles: frozenset[str] = field(default_factory=frozenset)
    flags: int = 0
    risk_level: RiskLevel = RiskLevel.LOW
    delegation_rule: DelegationRule = DelegationRule.TRANSFER

    def frequency_for(self, residents: int) -> Frequency:
        count = max(1, round(residents * self.per_resident)) if self.per_resident else 1
        return Frequency(float(count), FrequencyUnit.DAY)

    def hours_per_week(self, residents: int) -> float:
        return (
            self.frequency_for(residents).occurrences_per_week() * self.duration / 60 * self.staff
        )


@dataclass(frozen=True)
class StandInLibrary:
    tasks: tuple[StandInTask, ...]


LIBRARY = StandInLibrary(
    (
        StandInTask("Morgenstell", {"HFA": 100}, per_resident=1.0, competences=("STELL",)),
        StandInTask(
            "Legemiddelutdeling", {"SPL": 100}, proposal={"HFA": 100}, competences=("LM-MULTI",)
        ),
        StandInTask("Vask av hjelpemidler", {"ASS": 100}, category=Category.PRACTICAL),
    )
)


@pytest.fixture
def library(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("oppgave.domain.task_library")
    module.available_service_types = lambda: (ServiceType.LONG_TERM,)  # type: ignore[attr-defined]
    module.load_library = lambda service_type: LIBRARY  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "oppgave.domain.task_library", module)
    import oppgave.domain

    monkeypatch.setattr(oppgave.domain, "task_library", module, raising=False)


def test_library_lists_sizes_and_adds_ticked_tasks(
    opened: MainWindow, qtbot: QtBot, library: None
) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    dialog = TaskLibraryDialog(context, opened)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 3
    # Solsiden already has "Morgenstell": it starts unticked and is marked
    first = dialog.model.item(0, 0)
    assert first.checkState() == Qt.CheckState.Unchecked and "(finnes)" in first.text()
    assert dialog.model.item(0, 2).text() == "20 ganger daglig"  # 20 residents × 1 per resident
    dialog.residents.setValue(10)
    assert dialog.model.item(0, 2).text() == "10 ganger daglig"
    assert [t.name for t in dialog.chosen()] == ["Legemiddelutdeling", "Vask av hjelpemidler"]
    assert dialog.add_button.text() == "Legg til 2 oppgaver"
    dialog.accept()
    names = [t.name for t in tasks.list_tasks(context.workspace, context.department.id)]
    assert names[-2:] == ["Legemiddelutdeling", "Vask av hjelpemidler"]
    roles = {r.code: r.id for r in catalogue.list_roles(context.workspace)}
    base, proposal = scenarios.list_scenarios(context.workspace, context.department.id)
    new_id = next(
        t.id
        for t in tasks.list_tasks(context.workspace, context.department.id)
        if t.name == "Legemiddelutdeling"
    )
    assert scenarios.get_assignments(context.workspace, base.id)[new_id] == {roles["SPL"]: 100}
    assert scenarios.get_assignments(context.workspace, proposal.id)[new_id] == {roles["HFA"]: 100}
    context.undo_stack.undo()
    assert len(tasks.list_tasks(context.workspace, context.department.id)) == 6


def test_select_all_none_and_search(opened: MainWindow, qtbot: QtBot, library: None) -> None:
    dialog = TaskLibraryDialog(opened.context, opened)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.set_all(False)
    assert dialog.chosen() == [] and not dialog.add_button.isEnabled()
    dialog.search.setText("vask")
    dialog.set_all(True)  # only what the search shows
    assert [t.name for t in dialog.chosen()] == ["Vask av hjelpemidler"]


def test_without_a_library_the_user_is_told(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import oppgave.ui.tasks.task_library_dialog as dialog_module

    monkeypatch.setattr(dialog_module, "library_module", lambda: None)
    tab = opened.show_tab("tasks")
    tab.add_from_library()  # type: ignore[union-attr]
    assert "ikke installert" in opened.dialogs.messages("information")[0]  # type: ignore[attr-defined]


def test_the_real_library_for_a_dementia_unit(opened: MainWindow, qtbot: QtBot) -> None:
    """The built-in library, end to end: every task of it added to an empty department."""
    from oppgave.domain import task_library

    context = opened.context
    assert context is not None
    bakkehuset = next(d for d in context.document.departments() if d.name == "Bakkehuset")
    opened.select_department(bakkehuset.id)
    qtbot.waitUntil(lambda: not context.loading)
    dialog = TaskLibraryDialog(context, opened)
    qtbot.addWidget(dialog)
    assert dialog.service_type.currentData() == ServiceType.DEMENTIA
    library = task_library.load_library(ServiceType.DEMENTIA)
    assert dialog.model.rowCount() == len(library.tasks)
    dialog.set_all(True)
    dialog.accept()
    created = tasks.list_tasks(context.workspace, bakkehuset.id)
    assert [t.name for t in created] == [t.name for t in library.tasks]
    roles = {r.code: r.id for r in catalogue.list_roles(context.workspace)}
    base = scenarios.baseline(context.workspace, bakkehuset.id)
    first = library.tasks[0]
    assert scenarios.get_assignments(context.workspace, base.id)[created[0].id] == {
        roles[code]: share for code, share in first.today.items()
    }
    assert [(t.risk_level, t.delegation_rule) for t in created] == [
        (t.risk_level, t.delegation_rule) for t in library.tasks
    ]
    risk_column = [
        dialog.model.horizontalHeaderItem(c).text() for c in range(dialog.model.columnCount())
    ].index("Risiko")
    assert [dialog.model.item(row, risk_column).text() for row in range(3)] == [
        f"{labels.label(t.risk_level)}, {labels.label(t.delegation_rule)}"
        for t in library.tasks[:3]
    ]
    assert len(opened.show_tab("tasks").model.context.task_list()) == len(library.tasks)  # type: ignore[union-attr]
    context.undo_stack.undo()
    assert tasks.list_tasks(context.workspace, bakkehuset.id) == []
