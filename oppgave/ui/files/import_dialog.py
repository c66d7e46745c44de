"""«Importer fra Excel»: a department's sheet into the department, with a preview.

The dialog shows the sheet as the import reads it (one row per sheet row, with what becomes of
it: new, changed, unchanged, skipped, error), lets the user say which column holds what and on
which row the header is, untick rows to skip them and correct cells in place, and lists the
validation report. Every change plans again (:class:`oppgave.exchange.importing.SheetImport`);
nothing is written until «Importer», which writes the whole plan in one transaction.

Hook it into the menu with::

    dialog = ImportDialog(workspace, department_id, parent=window, dialogs=window.dialogs)
    dialog.imported.connect(on_imported)     # receives the ImportOutcome
    dialog.open()                            # or exec(); it asks for the file itself

The slots hold no import logic: they change :class:`ImportOptions` and ask for a new plan.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import AllRoles
from oppgave.errors import OppgaveError
from oppgave.exchange.columns import (
    ColumnOverride,
    ColumnUse,
    Field,
    SheetLayout,
    column_letter,
    field_label,
)
from oppgave.exchange.importing import ImportTarget, SheetImport, resolve_target
from oppgave.exchange.sheet_import import (
    DEFAULT_PROPOSAL_NAME,
    ImportOptions,
    ImportPlan,
    PlannedRow,
    Problem,
    RowAction,
    Severity,
    cell_text,
    row_action_label,
    severity_label,
)
from oppgave.exchange.workbook_reading import CellValue, SheetGrid, read_workbook
from oppgave.exchange.workspace_import import apply_export, is_full_export, read_export

ModelIndex = QModelIndex | QPersistentModelIndex

#: Sheet columns shown at most (formatting often reaches far to the right).
MAX_PREVIEW_COLUMNS = 60

ACTION_COLOURS = {
    RowAction.CREATE: QColor("#e2f0d9"),
    RowAction.UPDATE: QColor("#deebf7"),
    RowAction.UNCHANGED: QColor("#f2f2f2"),
    RowAction.SKIPPED: QColor("#ededed"),
    RowAction.INVALID: QColor("#f8cbad"),
}
SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#f8cbad"),
    Severity.WARNING: QColor("#fff2cc"),
    Severity.INFO: QColor("#ffffff"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class MessageService(Protocol):
    """What the dialog needs of the app's dialog service (``oppgave.ui.common.dialog_service``)."""

    def error(self, title: str, message: str) -> None: ...

    def information(self, title: str, message: str) -> None: ...


class _MessageBoxes:
    """Plain message boxes, for when no dialog service is handed in."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def information(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent, title, message)


def choose_workbook(parent: QWidget) -> str | None:
    """Ask for an Excel file (the default of ``ImportDialog(choose_file=…)``)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Velg Excel-ark"),
        "",
        _tr("Excel-arbeidsbøker (*.xlsx *.xlsm);;Alle filer (*)"),
    )
    return path or None


# --- models -----------------------------------------------------------------------------------


class PreviewTableModel(QAbstractTableModel):
    """The rows of one sheet below its header, with what the plan does with each.

    Columns: status, "ta med" (checkable for task rows), the sheet row number, then the sheet's
    own columns (editable: an edit is a fix, handed to ``on_fix``).
    """

    COL_STATUS = 0
    COL_INCLUDE = 1
    COL_ROW = 2
    FIRST_SHEET_COLUMN = 3

    def __init__(
        self,
        on_fix: Callable[[str, int, int, CellValue], None],
        on_include: Callable[[str, int, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_fix = on_fix
        self._on_include = on_include
        self._sheet: SheetGrid | None = None
        self._layout: SheetLayout | None = None
        self._first_row = 1
        self._columns = 0
        self._planned: dict[int, PlannedRow] = {}
        self._problems: dict[int, list[Problem]] = {}

    def set_content(
        self, sheet: SheetGrid | None, layout: SheetLayout | None, plan: ImportPlan | None
    ) -> None:
        self.beginResetModel()
        self._sheet = sheet
        self._layout = layout
        self._first_row = layout.first_data_row if layout is not None else 1
        width = sheet.max_column if sheet is not None else 0
        if layout is not None and layout.labels:
            width = max(width, max(layout.labels))
        self._columns = min(width, MAX_PREVIEW_COLUMNS)
        self._planned = {}
        self._problems = {}
        if sheet is not None and plan is not None:
            self._planned = {row.row: row for row in plan.rows if row.sheet == sheet.name}
            for problem in plan.problems:
                if problem.sheet == sheet.name and problem.row:
                    self._problems.setdefault(problem.row, []).append(problem)
        self.endResetModel()

    def sheet_row(self, model_row: int) -> int:
        return self._first_row + model_row

    def model_row(self, sheet_row: int) -> int:
        return sheet_row - self._first_row

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        if parent.isValid() or self._sheet is None:
            return 0
        return max(0, len(self._sheet.rows) - self._first_row + 1)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        if parent.isValid():
            return 0
        return self.FIRST_SHEET_COLUMN + self._columns

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._sheet is None:
            return None
        row = self.sheet_row(index.row())
        column = index.column()
        planned = self._planned.get(row)
        problems = self._problems.get(row, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_STATUS:
                if planned is not None:
                    return row_action_label(planned.action)
                return _tr("–") if problems else ""
            if column == self.COL_ROW:
                return str(row)
            if column >= self.FIRST_SHEET_COLUMN:
                return cell_text(self._sheet.value(row, column - self.FIRST_SHEET_COLUMN + 1))
            return None
        if role == Qt.ItemDataRole.EditRole and column >= self.FIRST_SHEET_COLUMN:
            return cell_text(self._sheet.value(row, column - self.FIRST_SHEET_COLUMN + 1))
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_INCLUDE:
            if planned is None:
                return None
            included = planned.action is not RowAction.SKIPPED
            return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if planned is not None:
                if column >= self.FIRST_SHEET_COLUMN:
                    letter = column_letter(column - self.FIRST_SHEET_COLUMN + 1)
                    for problem in planned.problems:
                        if problem.column.split(" ")[0] == letter:
                            return QBrush(SEVERITY_COLOURS[problem.severity])
                return (
                    QBrush(ACTION_COLOURS[planned.action])
                    if column < self.FIRST_SHEET_COLUMN
                    else None
                )
            if problems:
                return QBrush(ACTION_COLOURS[RowAction.SKIPPED])
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            texts = [
                f"{severity_label(p.severity)}: {p.column + ': ' if p.column else ''}{p.message}"
                for p in problems
            ]
            return "\n".join(texts) or None
        return None

    def setData(  # noqa: N802 - Qt API
        self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or self._sheet is None:
            return False
        row = self.sheet_row(index.row())
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.COL_INCLUDE:
            if row not in self._planned:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self._on_include(self._sheet.name, row, checked)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() >= self.FIRST_SHEET_COLUMN:
            text = str(value).strip() if value is not None else ""
            column = index.column() - self.FIRST_SHEET_COLUMN + 1
            self._on_fix(self._sheet.name, row, column, text or None)
            return True
        return False

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.FIRST_SHEET_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COL_INCLUDE and self.sheet_row(index.row()) in self._planned:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == self.COL_STATUS:
            return _tr("Status")
        if section == self.COL_INCLUDE:
            return _tr("Ta med")
        if section == self.COL_ROW:
            return _tr("Rad")
        column = section - self.FIRST_SHEET_COLUMN + 1
        letter = column_letter(column)
        label = self._layout.label(column) if self._layout is not None else ""
        mapped = self._layout.columns.get(column) if self._layout is not None else None
        first = f"{letter}: {label}" if label else letter
        return f"{first}\n→ {field_label(mapped)}" if mapped is not None else first


class ReportTableModel(QAbstractTableModel):
    """The validation report: one line per problem (sheet, row, column, value, problem)."""

    COL_SEVERITY = 0
    COL_SHEET = 1
    COL_ROW = 2
    COL_COLUMN = 3
    COL_VALUE = 4
    COL_PROBLEM = 5
    HEADERS = ("Alvor", "Ark", "Rad", "Kolonne", "Verdi", "Problem")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        return self._problems[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                severity_label(problem.severity),
                problem.sheet,
                str(problem.row) if problem.row else "",
                problem.column,
                problem.value,
                problem.message,
            )[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.COL_SEVERITY:
            return QBrush(SEVERITY_COLOURS[problem.severity])
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (
            self.COL_VALUE,
            self.COL_PROBLEM,
        ):
            return problem.value if index.column() == self.COL_VALUE else problem.message
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.HEADERS[section])
        return None


# --- the dialog -------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Import an Excel sheet into one department (see the module docstring).

    ``imported`` is emitted with the :class:`~oppgave.exchange.importing.ImportOutcome` (or,
    for the app's own export, the workspace-import outcome) after a successful import.
    """

    imported = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        department_id: int,
        parent: QWidget | None = None,
        *,
        path: Path | str | None = None,
        dialogs: MessageService | None = None,
        choose_file: Callable[[QWidget], str | None] = choose_workbook,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.department_id = department_id
        self.dialogs: MessageService = dialogs or _MessageBoxes(self)
        self.choose_file = choose_file
        self.session: SheetImport | None = None
        self.plan: ImportPlan | None = None
        self.full_export: Any | None = None
        self.options = ImportOptions()
        self._overrides: dict[tuple[str, str], Field | None] = {}
        self._excluded_sheets: set[str] = set()
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(150)
        self._replan_timer.timeout.connect(self.replan)
        self.outcome: Any = None  # what the last import wrote (ImportOutcome or FullImportOutcome)
        #: Runs the write (a callable) and returns its result; the main window sets it to put
        #: the import on the undo stack. ``None``: write directly (the dialog on its own).
        self.run_write: Callable[[Callable[[], Any]], Any] | None = None
        self.mapping_combos: dict[int, QComboBox] = {}
        self._building_mapping = False
        self.setWindowTitle(self.tr("Importer fra Excel"))
        self.resize(1150, 760)
        self._build()
        if path is not None:
            self.load(Path(path))
        else:
            QTimer.singleShot(0, self.ask_for_file)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("Ingen fil valgt"), self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        choose = QPushButton(self.tr("Velg fil …"), self)
        choose.clicked.connect(self.ask_for_file)
        self.target_label = QLabel(self)
        self.proposal_edit = QLineEdit(DEFAULT_PROPOSAL_NAME, self)
        self.proposal_edit.setToolTip(self.tr("Scenarioet som får kolonnen «Hvem kan gjøre»"))
        self.proposal_edit.editingFinished.connect(self._proposal_changed)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.currentIndexChanged.connect(self._show_sheet)
        self.include_sheet = QCheckBox(self.tr("Importer dette arket"), self)
        self.include_sheet.setChecked(True)
        self.include_sheet.toggled.connect(self._sheet_included)
        self.header_spin = QSpinBox(self)
        self.header_spin.setRange(1, 200)
        self.header_spin.setPrefix(self.tr("rad "))
        self.header_spin.valueChanged.connect(self._header_row_changed)
        self.header_auto = QPushButton(self.tr("Finn automatisk"), self)
        self.header_auto.clicked.connect(self._header_row_auto)

        self.mapping_widget = QWidget(self)
        self.mapping_layout = QGridLayout(self.mapping_widget)
        self.mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_scroll = QScrollArea(self)
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(self.mapping_widget)
        mapping_scroll.setMaximumHeight(110)

        self.preview_model = PreviewTableModel(self._fix_cell, self._include_row, self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(False)
        self.preview.verticalHeader().hide()
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.preview.horizontalHeader().setDefaultSectionSize(140)

        self.report_model = ReportTableModel(self)
        self.report = QTableView(self)
        self.report.setModel(self.report_model)
        self.report.verticalHeader().hide()
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.report.horizontalHeader().setSectionResizeMode(
            ReportTableModel.COL_PROBLEM, QHeaderView.ResizeMode.Stretch
        )
        self.report.doubleClicked.connect(self._go_to_problem)
        self.show_info = QCheckBox(self.tr("Vis merknader"), self)
        self.show_info.toggled.connect(self._refresh_report)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # «Alle» in a role cell: the user chooses what it means (no default)
        self.all_roles_combo = QComboBox(self)
        self.all_roles_combo.addItem(
            self.tr("«Alle» som yrkesgruppe: spør (radene får feil)"), None
        )
        self.all_roles_combo.addItem(
            self.tr("«Alle»: fordel likt på avdelingens pleieroller"), AllRoles.SPLIT.value
        )
        self.all_roles_combo.addItem(
            self.tr("«Alle»: la stå uten fordeling"), AllRoles.UNASSIGNED.value
        )
        self.all_roles_combo.currentIndexChanged.connect(self.schedule_replan)
        self.skip_invalid = QCheckBox(self.tr("Hopp over rader med feil"), self)
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            self.tr("Importer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fil:"), self))
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        target = QHBoxLayout()
        target.addWidget(self.target_label, 1)
        target.addWidget(QLabel(self.tr("«Hvem kan gjøre» til scenario:"), self))
        target.addWidget(self.proposal_edit)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(QLabel(self.tr("Ark:"), self))
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addWidget(self.include_sheet)
        sheet_row.addSpacing(20)
        sheet_row.addWidget(QLabel(self.tr("Overskrift på"), self))
        sheet_row.addWidget(self.header_spin)
        sheet_row.addWidget(self.header_auto)
        sheet_row.addStretch(1)
        preview_box = QWidget(self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(sheet_row)
        preview_layout.addWidget(
            QLabel(self.tr("Kolonner (velg hva hver kolonne inneholder):"), self)
        )
        preview_layout.addWidget(mapping_scroll)
        preview_layout.addWidget(self.all_roles_combo)
        preview_layout.addWidget(self.preview, 1)
        report_box = QWidget(self)
        report_layout = QVBoxLayout(report_box)
        report_layout.setContentsMargins(0, 0, 0, 0)
        report_header = QHBoxLayout()
        report_header.addWidget(QLabel(self.tr("Valideringsrapport"), self), 1)
        report_header.addWidget(self.show_info)
        report_layout.addLayout(report_header)
        report_layout.addWidget(self.report, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(preview_box)
        splitter.addWidget(report_box)
        splitter.setSizes([480, 200])
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.skip_invalid)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(target)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_target_label()
        self._update_buttons()

    # --- file ---------------------------------------------------------------------------------

    def ask_for_file(self) -> None:
        chosen = self.choose_file(self)
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read a workbook and plan it; a bad file is reported and the dialog stays as it was."""
        try:
            grid = read_workbook(path)
            if is_full_export(grid):
                self.full_export = read_export(grid)
                self.session = None
            else:
                self.full_export = None
                target = ImportTarget(self.department_id, None, self._proposal_name())
                self.session = SheetImport(
                    self.workspace, grid, resolve_target(self.workspace, target)
                )
        except OppgaveError as error:
            problems = getattr(error, "problems", ())
            if problems:
                self.report_model.set_problems(problems)
            self.dialogs.error(self.tr("Kan ikke importere"), error.message)
            return False
        self.file_label.setText(str(path))
        self._overrides.clear()
        self._excluded_sheets.clear()
        self.options = ImportOptions()
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in grid.sheets:
            if not sheet.hidden:
                self.sheet_combo.addItem(sheet.name, sheet.name)
        self.sheet_combo.blockSignals(False)
        self.replan()
        return True

    # --- planning -----------------------------------------------------------------------------

    def _proposal_name(self) -> str:
        return self.proposal_edit.text().strip() or DEFAULT_PROPOSAL_NAME

    def schedule_replan(self) -> None:
        self._replan_timer.start()

    def replan(self) -> None:
        """Plan again with the current choices and show the result (no writes)."""
        self._replan_timer.stop()
        if self.full_export is not None:
            self.plan = None
            self.report_model.set_problems(self.full_export.problems)
            self.summary.setText(
                self.tr(
                    "Filen er en eksport fra oppgave. Den importeres som helhet: alle avdelinger, "
                    "oppgaver, scenarioer og bemanning i filen (oppdaterer det som finnes fra før)."
                )
            )
            self._show_sheet()
            self._update_buttons()
            return
        if self.session is None:
            return
        sheets = [self.sheet_combo.itemData(i) for i in range(self.sheet_combo.count())]
        overrides = tuple(
            ColumnOverride(letter, item, sheet) for (sheet, letter), item in self._overrides.items()
        )
        self.options = ImportOptions(
            overrides=overrides,
            header_rows=self.options.header_rows,
            sheets=tuple(s for s in sheets if s not in self._excluded_sheets),
            skip=self.options.skip,
            fixes=self.options.fixes,
            all_roles=self.all_roles(),
        )
        self.plan = self.session.plan(self.options)
        self._refresh_report()
        self._show_sheet()
        self._update_summary()
        self._update_buttons()

    def _refresh_report(self) -> None:
        if self.plan is None:
            return
        problems = [
            p
            for p in self.plan.problems
            if self.show_info.isChecked() or p.severity is not Severity.INFO
        ]
        self.report_model.set_problems(problems)

    def _update_summary(self) -> None:
        plan = self.plan
        if plan is None:
            return
        text = self.tr(
            "{rows} rader: {create} nye, {update} endres, {unchanged} uendret, {skipped} hoppes "
            "over, {invalid} med feil."
        ).format(
            rows=len(plan.rows),
            create=plan.count(RowAction.CREATE),
            update=plan.count(RowAction.UPDATE),
            unchanged=plan.count(RowAction.UNCHANGED),
            skipped=plan.count(RowAction.SKIPPED),
            invalid=plan.count(RowAction.INVALID),
        )
        if plan.file_errors:
            text += " " + plan.file_errors[0].message
        for use in plan.ambiguous_columns:
            text += " " + self.tr(
                "Kolonne {column} i «{sheet}» har tall: velg om den er antall personer eller "
                "hyppighet før du importerer."
            ).format(column=use.letter, sheet=use.sheet)
        unused = plan.unused_columns
        if unused:
            text += " " + self.tr("Ikke brukt: {columns}.").format(
                columns="; ".join(use.describe() for use in unused)
            )
        self.summary.setText(text)

    def _update_target_label(self) -> None:
        try:
            target = resolve_target(self.workspace, ImportTarget(self.department_id))
            self.target_label.setText(
                self.tr("Avdeling: {name}").format(name=target.department_name)
            )
        except OppgaveError as error:
            self.target_label.setText(error.message)

    def all_roles(self) -> AllRoles | None:
        data = self.all_roles_combo.currentData()
        return AllRoles(data) if data is not None else None

    def set_all_roles(self, choice: AllRoles | None) -> None:
        """What «Alle» in a role cell means (what the combo box does)."""
        self.all_roles_combo.setCurrentIndex(
            self.all_roles_combo.findData(choice.value if choice is not None else None)
        )
        self.replan()

    def can_import(self) -> bool:
        if self.full_export is not None:
            return not self.full_export.has_errors
        plan = self.plan
        if plan is None or plan.file_errors:
            return False
        if plan.ambiguous_columns:
            return False  # asked, not guessed: the user picks the field in the combo box
        if plan.invalid_rows and not self.skip_invalid.isChecked():
            return False
        return plan.count(RowAction.CREATE) + plan.count(RowAction.UPDATE) > 0

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(self.can_import())

    # --- the current sheet --------------------------------------------------------------------

    def current_sheet(self) -> str | None:
        data = self.sheet_combo.currentData()
        return str(data) if data is not None else None

    def _show_sheet(self) -> None:
        name = self.current_sheet()
        plan = self.plan
        sheet: SheetGrid | None = None
        layout: SheetLayout | None = None
        if name is not None:
            if plan is not None:
                sheet = plan.grids.get(name)
                layout = plan.layout(name)
            if sheet is None and self.session is not None:
                for candidate in self.session.grid.sheets:
                    if candidate.name == name:
                        sheet = candidate.with_merged_filled()
        self.preview_model.set_content(sheet, layout, plan)
        self.include_sheet.blockSignals(True)
        self.include_sheet.setChecked(name not in self._excluded_sheets)
        self.include_sheet.blockSignals(False)
        self.header_spin.blockSignals(True)
        if layout is not None:
            self.header_spin.setValue(layout.header_rows[-1])
        self.header_spin.blockSignals(False)
        mapping_enabled = self.session is not None
        for widget in (self.header_spin, self.header_auto, self.include_sheet, self.mapping_widget):
            widget.setEnabled(mapping_enabled)
        self._build_mapping(sheet, layout)

    def _build_mapping(self, sheet: SheetGrid | None, layout: SheetLayout | None) -> None:
        self._building_mapping = True
        while self.mapping_layout.count():
            item = self.mapping_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.mapping_combos = {}
        self.column_reasons: dict[int, ColumnUse] = {}
        uses = {
            use.column: use
            for use in (self.plan.columns if self.plan is not None else ())
            if layout is not None and use.sheet == layout.sheet
        }
        if sheet is not None and layout is not None:
            width = min(max(sheet.max_column, max(layout.labels, default=0)), MAX_PREVIEW_COLUMNS)
            for column in range(1, width + 1):
                label = QLabel(layout.describe_column(column), self.mapping_widget)
                combo = QComboBox(self.mapping_widget)
                combo.addItem(self.tr("(ikke brukt)"), None)
                for choice in Field:
                    combo.addItem(field_label(choice), choice.value)
                mapped = layout.columns.get(column)
                combo.setCurrentIndex(combo.findData(mapped.value) if mapped is not None else 0)
                combo.currentIndexChanged.connect(
                    lambda _index, c=column, box=combo: self._mapping_changed(c, box)
                )
                position = column - 1
                self.mapping_layout.addWidget(label, 0, position)
                self.mapping_layout.addWidget(combo, 1, position)
                self.mapping_combos[column] = combo
                use = uses.get(column)
                if use is not None and use.field is None:
                    reason = QLabel(
                        self.tr("Velg: antall personer eller hyppighet?")
                        if use.ambiguous
                        else self.tr("ikke brukt"),
                        self.mapping_widget,
                    )
                    reason.setToolTip(use.reason)
                    combo.setToolTip(use.reason)
                    if use.ambiguous:
                        reason.setStyleSheet("color: #b00020; font-weight: bold;")
                    self.mapping_layout.addWidget(reason, 2, position)
                    self.column_reasons[column] = use
        self._building_mapping = False

    # --- the user's choices (each one plans again) -------------------------------------------

    def set_mapping(self, column: int, item: Field | None) -> None:
        """Say what a column of the current sheet holds (what the combo box does)."""
        name = self.current_sheet()
        if name is None:
            return
        self._overrides[(name, column_letter(column))] = item
        self.replan()

    def _mapping_changed(self, column: int, combo: QComboBox) -> None:
        if self._building_mapping:
            return
        data = combo.currentData()
        self.set_mapping(column, Field(data) if data is not None else None)

    def _header_row_changed(self, value: int) -> None:
        name = self.current_sheet()
        if name is None:
            return
        rows = dict(self.options.header_rows)
        rows[name] = (value,)
        self.options = replace(self.options, header_rows=rows)
        self.schedule_replan()

    def _header_row_auto(self) -> None:
        name = self.current_sheet()
        rows = {k: v for k, v in self.options.header_rows.items() if k != name}
        self.options = replace(self.options, header_rows=rows)
        self.replan()

    def _sheet_included(self, checked: bool) -> None:
        name = self.current_sheet()
        if name is None:
            return
        if checked:
            self._excluded_sheets.discard(name)
        else:
            self._excluded_sheets.add(name)
        self.replan()

    def _include_row(self, sheet: str, row: int, included: bool) -> None:
        skip = set(self.options.skip)
        if included:
            skip.discard((sheet, row))
        else:
            skip.add((sheet, row))
        self.options = replace(self.options, skip=frozenset(skip))
        self.replan()

    def _fix_cell(self, sheet: str, row: int, column: int, value: CellValue) -> None:
        fixes = dict(self.options.fixes)
        fixes[(sheet, row, column)] = value
        self.options = replace(self.options, fixes=fixes)
        self.replan()

    def _proposal_changed(self) -> None:
        if self.session is None:
            return
        target = ImportTarget(self.department_id, None, self._proposal_name())
        try:
            resolved = resolve_target(self.workspace, target)
        except OppgaveError as error:
            self.dialogs.error(self.tr("Scenario"), error.message)
            self.proposal_edit.setText(DEFAULT_PROPOSAL_NAME)
            return
        self.session = SheetImport(self.workspace, self.session.grid, resolved)
        self.replan()

    def _go_to_problem(self, index: QModelIndex) -> None:
        problem = self.report_model.problem(index.row())
        position = self.sheet_combo.findData(problem.sheet)
        if position < 0 or not problem.row:
            return
        self.sheet_combo.setCurrentIndex(position)
        row = self.preview_model.model_row(problem.row)
        if 0 <= row < self.preview_model.rowCount():
            self.preview.scrollTo(self.preview_model.index(row, 0))
            self.preview.selectRow(row)

    # --- accepting ----------------------------------------------------------------------------

    def do_import(self) -> None:
        """Write the plan (one transaction) and close; on an error say why and stay open."""
        if not self.can_import():
            return
        full_export, session, plan = self.full_export, self.session, self.plan
        skip_invalid = self.skip_invalid.isChecked()

        def write() -> Any:
            if full_export is not None:
                return apply_export(self.workspace, full_export, apply_settings=False)
            assert session is not None and plan is not None
            return session.apply(plan, skip_invalid=skip_invalid)

        try:
            outcome: Any = self.run_write(write) if self.run_write is not None else write()
        except OppgaveError as error:
            self.dialogs.error(self.tr("Importen ble ikke lagret"), error.message)
            return
        notes = list(getattr(outcome, "notes", ()))  # the export's: kept settings, broken rules
        if notes:
            self.dialogs.information(self.tr("Importert, med merknader"), "\n\n".join(notes))
        self.outcome = outcome
        self.imported.emit(outcome)
        self.accept()
