"""Table models of the *Katalog* tab: roles, competences, which role has which, and courses.

The catalogue belongs to the workspace (all departments share it). Each model shows the cached
records of the :class:`WorkspaceDocument`; an edit parses the cell text and goes through an undo
command; the document's change notice then reloads the cache and the models.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from oppgave.domain import numbers, task_text
from oppgave.domain import records as r
from oppgave.errors import OppgaveError, ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP
from oppgave.ui.document.undo_commands import (
    SetRoleCompetenceCommand,
    update_competence_command,
    update_course_command,
    update_role_command,
)
from oppgave.ui.document.workspace_document import WorkspaceDocument

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "CatalogueModels"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CatalogueModels", text)


def _yes_no(value: bool) -> str:
    return _tr("ja") if value else _tr("nei")


def _level(text: str) -> int:
    value = numbers.parse_integer(text, "leon_level")
    if not 0 <= value <= 9:
        raise ValidationError(_tr("LEON-nivået må være mellom 0 og 9."), "leon_level")
    return value


def _money(text: str) -> float:
    value = numbers.parse_number(text.replace("kr", "").strip(), "cost")
    if value < 0:
        raise ValidationError(_tr("Beløpet kan ikke være negativt."), "cost")
    return value


def _hours(text: str) -> float:
    value = numbers.parse_number(text.replace("t", "").strip(), "hours")
    if value < 0:
        raise ValidationError(_tr("Timene kan ikke være negative."), "hours")
    return value


@dataclass(frozen=True, slots=True)
class Column:
    title: str  # source text in context CatalogueModels
    field: str
    show: Callable[[Any], str]
    parse: Callable[[str], Any] | None = None  # None: read-only
    check: bool = False  # shown and edited as a check box
    numeric: bool = False


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records with columns described by :class:`Column`."""

    columns: Sequence[Column] = ()

    def __init__(self, document: WorkspaceDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.records: list[Any] = []
        self.last_error = ""

    def load(self) -> list[Any]:
        raise NotImplementedError

    def command(self, record: Any, changes: dict[str, Any]) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        self.records = self.load()
        self.endResetModel()

    def record_at(self, row: int) -> Any:
        return self.records[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802,E501
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(CONTEXT, self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = self.columns[index.column()]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if column.check:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.parse is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = bool(getattr(record, column.field))
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return column.show(record)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.show(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return self.extra_data(record, column, role)

    def extra_data(self, record: Any, column: Column, role: int) -> Any:
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        record = self.records[index.row()]
        column = self.columns[index.column()]
        self.last_error = ""
        try:
            if column.check and role == Qt.ItemDataRole.CheckStateRole:
                new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
            elif column.parse is not None and role == Qt.ItemDataRole.EditRole:
                new = column.parse(str(value))
            else:
                return False
            if new == getattr(record, column.field):
                return True
            command = self.command(record, {column.field: new})
            command.execute()
            self.document.undo_stack.push(command)
        except OppgaveError as error:
            self.last_error = error.message
            return False
        return True


class RolesModel(RecordTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("CatalogueModels", "Kode"), "code", lambda x: x.code, str),
        Column(QT_TRANSLATE_NOOP("CatalogueModels", "Navn"), "name", lambda x: x.name, str),
        Column(
            QT_TRANSLATE_NOOP("CatalogueModels", "LEON-nivå"),
            "leon_level",
            lambda x: str(x.leon_level),
            _level,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CatalogueModels", "Autorisert"),
            "authorised",
            lambda x: _yes_no(x.authorised),
            check=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("CatalogueModels", "Timekost (kr)"),
            "hourly_cost",
            lambda x: numbers.format_number(x.hourly_cost, 0),
            _money,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("CatalogueModels", "Farge"), "colour", lambda x: x.colour, str),
    )

    def load(self) -> list[r.Role]:
        return list(self.document.roles())

    def command(self, record: Any, changes: dict[str, Any]) -> Any:
        return update_role_command(self.document, record, changes)

    def extra_data(self, record: Any, column: Column, role: int) -> Any:
        if column.field == "colour" and role == Qt.ItemDataRole.DecorationRole:
            return QColor(record.colour)
        return None


class CompetencesModel(RecordTableModel):
    columns = (
        Column(QT_TRANSLATE_NOOP("CatalogueModels", "Kode"), "code", lambda x: x.code, str),
        Column(QT_TRANSLATE_NOOP("CatalogueModels", "Navn"), "name", lambda x: x.name, str),
        Column(
            QT_TRANSLATE_NOOP("CatalogueModels", "Beskrivelse"),
            "description",
            lambda x: x.description,
            str,
        ),
    )

    def load(self) -> list[r.Competence]:
        return sorted(self.document.competences(), key=lambda c: c.code)

    def command(self, record: Any, changes: dict[str, Any]) -> Any:
        return update_competence_command(self.document, record, changes)


class CoursesModel(RecordTableModel):
    def __init__(self, document: WorkspaceDocument, parent: Any = None) -> None:
        super().__init__(document, parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("CatalogueModels", "Kurs"), "name", lambda x: x.name, str),
            Column(
                QT_TRANSLATE_NOOP("CatalogueModels", "Gir kompetanse"),
                "competence_id",
                self._competence_text,
                self._parse_competence,
            ),
            Column(
                QT_TRANSLATE_NOOP("CatalogueModels", "Fra LEON-nivå"),
                "min_level",
                lambda x: str(x.min_level),
                _level,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("CatalogueModels", "Timer per deltaker"),
                "hours",
                lambda x: numbers.format_number(x.hours),
                _hours,
                numeric=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("CatalogueModels", "Kostnad per deltaker (kr)"),
                "cost_per_participant",
                lambda x: numbers.format_number(x.cost_per_participant, 0),
                _money,
                numeric=True,
            ),
        )

    def _competence_text(self, course: r.Course) -> str:
        competence = self.document.competence_map().get(course.competence_id)
        return competence.code if competence else "?"

    def _parse_competence(self, text: str) -> int:
        ids = task_text.parse_competence_ids(text, self.document.competences(), "competence_id")
        if len(ids) != 1:
            raise ValidationError(_tr("Et kurs gir nøyaktig én kompetanse."), "competence_id")
        return next(iter(ids))

    def load(self) -> list[r.Course]:
        return sorted(self.document.courses(), key=lambda c: c.name.casefold())

    def command(self, record: Any, changes: dict[str, Any]) -> Any:
        return update_course_command(self.document, record, changes)


class RoleCompetenceModel(QAbstractTableModel):
    """Competences (rows) × roles (columns): ticked where the role has the competence."""

    def __init__(self, document: WorkspaceDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.roles: list[r.Role] = []
        self.competences: list[r.Competence] = []
        self.last_error = ""

    def reload(self) -> None:
        self.beginResetModel()
        self.roles = list(self.document.roles())
        self.competences = sorted(self.document.competences(), key=lambda c: c.code)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.competences)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.roles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802,E501
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.roles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.roles[section].code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.roles[section].name
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.competences):
            if role == Qt.ItemDataRole.DisplayRole:
                competence = self.competences[section]
                return f"{competence.code} – {competence.name}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or index.row() >= len(self.competences)
            or index.column() >= len(self.roles)
        ):
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            has = self.competences[index.row()].id in self.roles[index.column()].competence_ids
            return Qt.CheckState.Checked if has else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        has = Qt.CheckState(value) == Qt.CheckState.Checked
        command = SetRoleCompetenceCommand(
            self.document, self.roles[index.column()], self.competences[index.row()], has
        )
        try:
            command.execute()
        except OppgaveError as error:
            self.last_error = error.message
            return False
        self.document.undo_stack.push(command)
        return True
