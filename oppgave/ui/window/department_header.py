"""The line above a department's tabs: the department's name, the scenario chooser and the
scenario buttons (new proposal, rename, delete).

The widgets live here; what they do lives in :class:`~oppgave.ui.window.scenario_bar.ScenarioBar`
(``window.scenarios``), which fills the chooser and acts on the buttons. The window places the
header above its tabs and lists its data-changing buttons in its data lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from oppgave.domain import records as r
from oppgave.ui.common.elided_label import ElidedLabel
from oppgave.ui.window.data_edits import DataEdit
from oppgave.ui.window.scenario_bar import ScenarioBar


def _tr(text: str) -> str:
    # the window's translation context: these texts were the window's and keep their translations
    return QCoreApplication.translate("MainWindow", text)


class DepartmentHeader(QWidget):
    """The department's name and its scenario controls, wired to ``scenarios``."""

    def __init__(self, scenarios: ScenarioBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a long department name must not push the window wider than a 1280 px projector:
        # it is shortened with «…» (the whole name in the tooltip)
        self.title = ElidedLabel("", self)
        self.title.setObjectName("departmentTitle")
        self.scenario_combo = QComboBox(self)
        self.scenario_combo.setMinimumContentsLength(10)
        self.scenario_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenario_combo.currentIndexChanged.connect(scenarios.scenario_chosen)
        self.scenario_combo.setToolTip(
            _tr("Tabellen og tavlen viser hvem som gjør oppgavene i dette scenarioet.")
        )
        scenario_label = QLabel(_tr("Scenario:"), self)
        scenario_label.setBuddy(self.scenario_combo)
        self.new_scenario_button = self._button(_tr("Nytt forslag …"), scenarios.new_scenario)
        self.rename_scenario_button = self._button(_tr("Gi nytt navn …"), scenarios.rename_scenario)
        self.delete_scenario_button = self._button(_tr("Slett …"), scenarios.delete_scenario)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        for widget in (
            scenario_label,
            self.scenario_combo,
            self.new_scenario_button,
            self.rename_scenario_button,
            self.delete_scenario_button,
        ):
            layout.addWidget(widget)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        return button

    def show_department(self, department: r.Department | None) -> None:
        """Name the department (or say none is chosen); the chooser only works with one."""
        self.title.setText(department.name if department else _tr("Ingen avdeling valgt"))
        self.title.setToolTip(self.title.text())
        self.scenario_combo.setEnabled(department is not None)

    def data_edits(
        self, has_department: Callable[[], bool], is_proposal: Callable[[], bool]
    ) -> list[DataEdit]:
        """The buttons that change data: a new proposal needs a department, renaming and
        deleting need a proposal (the baseline «I dag» stays)."""
        return [
            DataEdit(self.new_scenario_button, has_department),
            DataEdit(self.rename_scenario_button, is_proposal),
            DataEdit(self.delete_scenario_button, is_proposal),
        ]
