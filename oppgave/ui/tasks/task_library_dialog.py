"""«Legg til typiske oppgaver»: start the mapping from the built-in library of typical tasks.

The dialog lists the library for the department's service type, sized for its number of
residents, with who usually does each task; the workshop ticks the ones that fit and adds them in
one undoable step. Tasks whose name the department already has start unticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import labels, numbers, task_text
from oppgave.domain.enums import ServiceType
from oppgave.errors import OppgaveError
from oppgave.services.library_tasks import library_drafts
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.undo_commands import add_tasks_command, created_task_ids

TASK_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskLibraryDialog", text)


def library_module() -> Any | None:
    """The task library, or ``None`` when this build has none (a stripped-down bundle)."""
    try:
        from oppgave.domain import task_library
    except ImportError:  # pragma: no cover - the library ships with the app
        return None
    return task_library


class TaskLibraryDialog(QDialog):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.library = library_module()
        self.setWindowTitle(self.tr("Legg til typiske oppgaver"))
        self.resize(980, 620)
        department = context.department
        self.service_type = QComboBox(self)
        available = self.library.available_service_types() if self.library else ()
        for service_type in available:
            self.service_type.addItem(labels.label(service_type), service_type)
        if department is not None:
            position = self.service_type.findData(department.service_type)
            if position >= 0:
                self.service_type.setCurrentIndex(position)
        self.residents = QSpinBox(self)
        self.residents.setRange(1, 10_000)
        self.residents.setValue(department.residents if department and department.residents else 20)
        self.residents.setSuffix(self.tr(" brukere"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søk …"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.summary = QLabel(self)
        select_all = QPushButton(self.tr("Velg alle"), self)
        select_none = QPushButton(self.tr("Velg ingen"), self)
        select_all.clicked.connect(lambda: self.set_all(True))
        select_none.clicked.connect(lambda: self.set_all(False))
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("Legg til"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Tjenestetype:"), self))
        top.addWidget(self.service_type)
        top.addWidget(QLabel(self.tr("Størrelse:"), self))
        top.addWidget(self.residents)
        top.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(select_all)
        bottom.addWidget(select_none)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kryss av oppgavene som finnes i avdelingen. Hyppighet og hvem som gjør dem er "
                "typiske verdier; juster dem i tabellen etterpå."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.service_type.currentIndexChanged.connect(self.fill)
        self.residents.valueChanged.connect(self.fill)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.model.itemChanged.connect(self._update_summary)
        self.fill()

    def fill(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Oppgave"),
                self.tr("Kategori"),
                self.tr("Hyppighet"),
                self.tr("Varighet"),
                self.tr("Timer/uke"),
                self.tr("I dag"),
                self.tr("Risiko"),
            ]
        )
        service_type = self.service_type.currentData()
        if self.library is None or service_type is None:
            self.summary.setText(self.tr("Ingen typiske oppgaver for denne tjenesten ennå."))
            self.add_button.setEnabled(False)
            return
        library = self.library.load_library(ServiceType(service_type))
        residents = self.residents.value()
        existing = {task.name.casefold() for task in self.context.task_list()}
        for task in library.tasks:
            name = QStandardItem(task.name)
            name.setCheckable(True)
            name.setEditable(False)
            name.setData(task, TASK_ROLE)
            name.setToolTip(task.description)
            exists = task.name.casefold() in existing
            name.setCheckState(Qt.CheckState.Unchecked if exists else Qt.CheckState.Checked)
            if exists:
                name.setText(self.tr("{name} (finnes)").format(name=task.name))
            frequency = task.frequency_for(residents)
            cells = [
                name,
                QStandardItem(labels.label(task.category)),
                QStandardItem(task_text.describe_frequency(frequency)),
                QStandardItem(task_text.describe_duration(task.duration)),
                QStandardItem(numbers.format_number(task.hours_per_week(residents), 1)),
                QStandardItem(
                    ", ".join(
                        f"{code} {numbers.format_number(share)} %"
                        for code, share in task.today.items()
                    )
                ),
                QStandardItem(
                    f"{labels.label(task.risk_level)}, {labels.label(task.delegation_rule)}"
                ),
            ]
            for cell in cells[1:]:
                cell.setEditable(False)
            self.model.appendRow(cells)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._update_summary()

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            self.model.itemFromIndex(source).setCheckState(state)

    def chosen(self) -> list[Any]:
        return [
            self.model.item(row, 0).data(TASK_ROLE)
            for row in range(self.model.rowCount())
            if self.model.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update_summary(self, *_args: object) -> None:
        chosen = self.chosen()
        residents = self.residents.value()
        hours = sum(task.hours_per_week(residents) for task in chosen)
        self.summary.setText(
            self.tr("{n} valgt · {hours} timer per uke").format(
                n=len(chosen), hours=numbers.format_number(hours, 0)
            )
        )
        self.add_button.setText(self.tr("Legg til {n} oppgaver").format(n=len(chosen)))
        self.add_button.setEnabled(bool(chosen))

    def add_chosen(self) -> list[int]:
        """Create the ticked tasks (one undoable step); the new task ids."""
        context = self.context
        department = context.department
        chosen = self.chosen()
        if department is None or not chosen:
            return []
        try:
            result = library_drafts(
                context.workspace, department.id, chosen, self.residents.value()
            )
            command = add_tasks_command(
                context.document,
                department.id,
                result.drafts,
                self.tr("Legg til {n} typiske oppgaver").format(n=len(result.drafts)),
            )
            context.execute(command)
        except OppgaveError as error:
            context.dialogs.error(self.tr("Kunne ikke legge til oppgavene"), error.message)
            return []
        if result.notes:
            context.dialogs.information(self.tr("Lagt til, med merknader"), "\n".join(result.notes))
        return created_task_ids(command)

    def accept(self) -> None:
        self.added = self.add_chosen()
        if self.added:
            super().accept()


def open_task_library(tab: Any) -> None:
    """Show the dialog for the task tab's department and select what was added."""
    context: DepartmentContext = tab.context
    if context.department is None:
        return
    if library_module() is None:
        context.dialogs.information(
            _tr("Legg til typiske oppgaver"), _tr("Oppgavebiblioteket er ikke installert.")
        )
        return
    dialog = TaskLibraryDialog(context, tab)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        tab.reveal(dialog.added)
