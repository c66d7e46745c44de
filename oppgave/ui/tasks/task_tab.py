"""The *Oppgaver* tab: the department's tasks as a spreadsheet-like table.

Filters over the table, a quick-add line under it (type a name, Enter, the next), keyboard
navigation like a spreadsheet (arrows, Tab, Enter moves down, typing starts editing), and rows
copied to and pasted from Excel as tab-separated text. Every edit goes through an undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import labels
from oppgave.domain.enums import Category, DelegationRule, RiskLevel, TaskStatus
from oppgave.errors import OppgaveError
from oppgave.lazy import lazy_module
from oppgave.ui.common.choice_delegate import ChoiceDelegate
from oppgave.ui.common.elided_label import ElidedLabel
from oppgave.ui.common.text_cell_delegate import CellDelegate, TextCellDelegate, error_popup
from oppgave.ui.document.department_context import DepartmentContext, TaskUpdate
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import (
    add_tasks_command,
    created_task_ids,
    delete_tasks_command,
    duplicate_tasks_command,
)
from oppgave.ui.document.workspace_document import ChangeKind, DataChange
from oppgave.ui.tasks.competence_delegate import CompetenceDelegate
from oppgave.ui.tasks.restriction_delegate import RestrictionDelegate
from oppgave.ui.tasks.share_delegate import ShareDelegate
from oppgave.ui.tasks.task_clipboard import looks_like_rows, parse_tsv, rows_to_tsv
from oppgave.ui.tasks.task_filter_proxy import UNASSIGNED, TaskFilter, TaskFilterProxyModel
from oppgave.ui.tasks.task_table_model import (
    QUICK_ADD_DEFAULTS,
    TASK_ID_ROLE,
    TaskColumn,
    TaskTableModel,
)
from oppgave.ui.window.data_edits import DataEdit, apply_data_edits

if TYPE_CHECKING:
    from oppgave.services import tasks
else:
    tasks = lazy_module("oppgave.services.tasks")  # SQLAlchemy: loaded when a task is added

#: Default column widths in average characters.
COLUMN_CHARS: dict[TaskColumn, int] = {
    TaskColumn.NAME: 34,
    TaskColumn.CATEGORY: 23,
    TaskColumn.FREQUENCY: 20,
    TaskColumn.WINDOWS: 17,
    TaskColumn.DURATION: 9,
    TaskColumn.STAFF: 6,
    TaskColumn.HOURS: 9,
    TaskColumn.ROLES: 27,
    TaskColumn.COMPETENCES: 26,
    TaskColumn.RESTRICTION: 17,
    TaskColumn.STATUS: 11,
    TaskColumn.NOTES: 24,
    TaskColumn.DESCRIPTION: 30,
    TaskColumn.RISK: 9,
    TaskColumn.DELEGATION: 24,
}


class TaskTableView(QTableView):
    """A table that behaves like a spreadsheet: Enter edits (and, when editing, commits and
    moves down), typing starts editing, Tab moves right."""

    #: Enter was pressed on the last row: the caller may move on to the quick-add line.
    passed_last_row = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSortingEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionsMovable(True)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def move_below(self, index: QModelIndex) -> None:
        """Make the cell below ``index`` current (Enter after an edit)."""
        model = self.model()
        if model is None or not index.isValid():
            return
        if index.row() + 1 < model.rowCount():
            below = model.index(index.row() + 1, index.column())
            self.setCurrentIndex(below)
            self.scrollTo(below)
        else:
            self.passed_last_row.emit()

    def selected_rows(self) -> list[int]:
        """Rows (of the view's model) with a selected cell, or the current row."""
        selection = self.selectionModel()
        if selection is None:
            return []
        rows = sorted({index.row() for index in selection.selectedIndexes()})
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        return rows

    def sizeHintForRow(self, row: int) -> int:  # noqa: N802
        return self.verticalHeader().defaultSectionSize()

    # --- the frozen name column ------------------------------------------------------------------

    frozen: FrozenColumnView | None = None

    def freeze_column(self, column: int) -> FrozenColumnView:
        self.frozen = FrozenColumnView(self, column)
        return self.frozen

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.frozen is not None:
            self.frozen.update_geometry()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        if self.frozen is not None:
            self.frozen.update_geometry()

    def scrollTo(  # noqa: N802
        self, index: QModelIndex | QPersistentModelIndex, hint: Any = None
    ) -> None:
        """Like Qt's, but a cell is not "visible" while it lies under the frozen name column:
        scroll left far enough to show it beside it."""
        if hint is None:
            super().scrollTo(index)
        else:
            super().scrollTo(index, hint)
        frozen = self.frozen
        if frozen is None or not index.isValid() or index.column() == frozen.column:
            return
        covered = frozen.width_covered()
        rect = self.visualRect(QModelIndex(index))
        if covered and rect.left() < covered:
            bar = self.horizontalScrollBar()
            bar.setValue(max(0, bar.value() - (covered - rect.left())))


class FrozenColumnView(QTableView):
    """The task-name column drawn over the left edge of the table (Qt's "Frozen Column"
    example): same model and selection, scrolled vertically with the table, never
    horizontally, so Tab to the right-hand columns keeps each row's name in sight.

    It takes no focus and opens no editor itself: a click selects in the shared selection and
    gives the keyboard back to the table; a double click edits the name in the table."""

    def __init__(self, table: TaskTableView, column: int) -> None:
        super().__init__(table)
        self.table, self.column = table, column
        self.setObjectName("frozenNameColumn")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(table.selectionBehavior())
        self.setSelectionMode(table.selectionMode())
        self.setAlternatingRowColors(table.alternatingRowColors())
        self.setWordWrap(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(table.verticalScrollMode())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda position: table.customContextMenuRequested.emit(
                table.viewport().mapFromGlobal(self.viewport().mapToGlobal(position))
            )
        )
        table.viewport().stackUnder(self)
        self.clicked.connect(lambda _index: table.setFocus())
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        table.horizontalHeader().sectionMoved.connect(lambda *_args: self.update_geometry())
        self.attach()

    def attach(self) -> None:
        """Show the table's model (call again when the table gets another model)."""
        model = self.table.model()
        if model is None:
            return
        if self.model() is not model:
            self.setModel(model)
        self.setSelectionModel(self.table.selectionModel())
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column != self.column)
        self.update_geometry()

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == self.column:
            self.setColumnWidth(self.column, new)
            self.update_geometry()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self._edit_in_table(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def _edit_in_table(self, index: QModelIndex) -> None:
        self.table.horizontalScrollBar().setValue(0)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def update_geometry(self) -> None:
        """Lie exactly over the table's name column (beside the row numbers)."""
        table = self.table
        header = table.horizontalHeader()
        model = table.model()
        if (
            model is None
            or header.visualIndex(self.column) != 0
            or table.isColumnHidden(self.column)
        ):
            self.hide()  # the user moved the name column: nothing to freeze
            return
        self.setColumnWidth(self.column, table.columnWidth(self.column))
        self.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
        self.horizontalHeader().setFixedHeight(header.height())
        frame = table.frameWidth()
        self.setGeometry(
            table.verticalHeader().width() + frame,
            frame,
            table.columnWidth(self.column),
            table.viewport().height() + header.height(),
        )
        self.verticalScrollBar().setValue(table.verticalScrollBar().value())
        self.show()

    def width_covered(self) -> int:
        """How much of the table's viewport the frozen column hides (0 when not shown)."""
        return self.width() if self.isVisible() else 0


class TaskTab(DepartmentTab):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = TaskTableModel(context, self)
        self.proxy = TaskFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = TaskTableView(self)
        self.view.setModel(self.proxy)
        self.view.freeze_column(TaskColumn.NAME)
        self._build_delegates()
        self._build_filters()
        self._build_quick_add()
        self._build_actions()
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.quick_add_bar)

        self.view.passed_last_row.connect(self.quick_add.setFocus)
        self._refusal_in_status_bar = False
        self.model.edit_refused.connect(self._show_refusal)
        self.model.edit_accepted.connect(self._clear_refusal)
        self.model.modelReset.connect(self._update_counts)
        self.model.rowsInserted.connect(self._update_counts)
        self.model.rowsRemoved.connect(self._update_counts)
        context.tasks_loaded.connect(self._after_load)
        context.tasks_changed.connect(self._after_change)
        context.department_changed.connect(lambda _d: self._update_enabled())
        context.scenario_changed.connect(lambda _s: self._refilter())
        context.data_changed.connect(self._on_data_changed)
        self._size_columns()
        self._update_enabled()
        self._update_counts()

    # --- building ------------------------------------------------------------------------------

    def _build_delegates(self) -> None:
        document = self.context.document
        text = self.tr
        self.delegates: dict[TaskColumn, CellDelegate] = {
            TaskColumn.NAME: TextCellDelegate(self.view, placeholder=text("Navn på oppgaven")),
            TaskColumn.CATEGORY: ChoiceDelegate(lambda: labels.choices(Category), self.view),
            TaskColumn.FREQUENCY: TextCellDelegate(
                self.view,
                placeholder=text("f.eks. 2 per dag (man–fre)"),
                hint=text(
                    "Antall per dag, uke, måned eller år, og eventuelt hvilke dager:\n"
                    "«2 per dag», «1 per uke (man, ons, fre)», «3 per dag helg», «4 per år»"
                ),
            ),
            TaskColumn.WINDOWS: TextCellDelegate(
                self.view,
                placeholder=text("f.eks. 07:00–09:00 eller dag, kveld"),
                hint=text(
                    "Klokkeslett eller vakter, skilt med komma:\n"
                    "«07:00–09:00, 15:00–16:00», «dag, kveld», «natt». Tomt: ikke angitt."
                ),
                completions=[labels.label(d.shift) for d in document.settings().shifts],
            ),
            TaskColumn.DURATION: TextCellDelegate(
                self.view,
                placeholder=text("minutter"),
                hint=text("Minutter per gang: «15», «1,5 t», «1:30»"),
            ),
            TaskColumn.STAFF: TextCellDelegate(
                self.view, hint=text("Hvor mange ansatte som må være med samtidig (1–20)")
            ),
            TaskColumn.ROLES: ShareDelegate(document.roles, self.view),
            TaskColumn.COMPETENCES: CompetenceDelegate(document.competences, self.view),
            TaskColumn.RESTRICTION: RestrictionDelegate(document.roles, self.view),
            TaskColumn.STATUS: ChoiceDelegate(lambda: labels.choices(TaskStatus), self.view),
            TaskColumn.NOTES: TextCellDelegate(self.view),
            TaskColumn.DESCRIPTION: TextCellDelegate(self.view),
            TaskColumn.RISK: ChoiceDelegate(lambda: labels.choices(RiskLevel), self.view),
            TaskColumn.DELEGATION: ChoiceDelegate(
                lambda: labels.choices(DelegationRule), self.view
            ),
        }
        for column, delegate in self.delegates.items():
            self.view.setItemDelegateForColumn(column, delegate)
            delegate.advance.connect(self.view.move_below)

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Søk i oppgavene (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.category_filter = QComboBox(self)
        self.category_filter.addItem(self.tr("Alle kategorier"), None)
        for value, text in labels.choices(Category):
            self.category_filter.addItem(text, value)
        self.role_filter = QComboBox(self)
        self._fill_role_filter()
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("Alle statuser"), None)
        for value, text in labels.choices(TaskStatus):
            self.status_filter.addItem(text, value)
        self.count_label = ElidedLabel("", self)
        self.count_label.setObjectName("countLabel")
        self.library_button = QPushButton(self.tr("Legg til typiske oppgaver …"), self)
        self.library_button.clicked.connect(self.add_from_library)
        for widget in (self.category_filter, self.role_filter, self.status_filter):
            widget.currentIndexChanged.connect(self._refilter)
            # let the filters shrink on a 1280 px projector in workshop mode
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(6)
        self.search.textChanged.connect(self._refilter)
        # Everything here can shrink (the count is elided): at 1280 px, workshop mode and 150 %
        # text the row must not set the window's width. «Legg til typiske oppgaver» is with
        # the other ways to add tasks, under the table.
        self.filter_bar = QHBoxLayout()
        # The filters share the room with the search (their hint is only 6 letters wide, so
        # without a stretch they stayed cut to «Alle kategor» even on a wide screen).
        self.filter_bar.addWidget(self.search, 2)
        self.filter_bar.addWidget(self.category_filter, 1)
        self.filter_bar.addWidget(self.role_filter, 1)
        self.filter_bar.addWidget(self.status_filter, 1)
        self.filter_bar.addWidget(self.count_label, 1)

    def _fill_role_filter(self) -> None:
        current = self.role_filter.currentData()
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("Alle yrkesgrupper"), None)
        self.role_filter.addItem(self.tr("Ikke fordelt"), UNASSIGNED)
        for role in self.context.document.roles():
            self.role_filter.addItem(f"{role.code} – {role.name}", role.id)
        position = self.role_filter.findData(current)
        self.role_filter.setCurrentIndex(max(position, 0))
        self.role_filter.blockSignals(False)

    def _build_quick_add(self) -> None:
        self.quick_add = QLineEdit(self)
        self.quick_add.setObjectName("quickAdd")
        self.quick_add.setPlaceholderText(
            self.tr("+ Ny oppgave: skriv navnet og trykk Enter (Insert)")
        )
        self.quick_add.returnPressed.connect(self.add_from_quick_line)
        hint = ElidedLabel(self.tr("Ctrl+V i tabellen limer inn rader fra Excel"), self)
        hint.setObjectName("hintLabel")
        self.quick_add_bar = QHBoxLayout()
        self.quick_add_bar.addWidget(self.quick_add, 3)
        self.quick_add_bar.addWidget(hint, 1)
        self.quick_add_bar.addWidget(self.library_button)

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: object, *, on_view: bool = True
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        if on_view:
            self.view.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.copy_action = self._action(
            self.tr("Kopier rader"), QKeySequence.StandardKey.Copy, self.copy_rows
        )
        self.copy_header_action = self._action(
            self.tr("Kopier rader med overskrifter"), "Ctrl+Shift+C", lambda: self.copy_rows(True)
        )
        self.paste_action = self._action(
            self.tr("Lim inn"), QKeySequence.StandardKey.Paste, self.paste
        )
        self.duplicate_action = self._action(
            self.tr("Dupliser oppgave"), "Ctrl+D", self.duplicate_selected
        )
        self.delete_action = self._action(
            self.tr("Slett oppgave"), QKeySequence.StandardKey.Delete, self.delete_selected
        )
        self.new_action = self._action(self.tr("Ny oppgave"), "Insert", self.focus_quick_add)
        self.find_action = self._action(
            self.tr("Søk"), QKeySequence.StandardKey.Find, self.focus_search, on_view=False
        )
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.find_action)
        self.library_action = QAction(self.tr("Legg til typiske oppgaver …"), self)
        self.library_action.triggered.connect(self.add_from_library)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {
            "edit": [
                self.new_action,
                self.duplicate_action,
                self.delete_action,
                self.copy_action,
                self.copy_header_action,
                self.paste_action,
                self.find_action,
            ],
            "department": [self.library_action],
        }

    def _context_menu(self, position: object) -> None:
        menu = QMenu(self)
        for action in (
            self.new_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.copy_action,
            self.copy_header_action,
            self.paste_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.view.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    def _size_columns(self) -> None:
        metrics = self.view.fontMetrics()
        char = max(metrics.averageCharWidth(), 5)
        header = self.view.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, chars in COLUMN_CHARS.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(chars * char, header_metrics.horizontalAdvance(title) + 2 * char)
            header.resizeSection(column, width + 12)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(int(metrics.height() * 1.7))
        if self.view.frozen is not None:
            self.view.frozen.setFont(self.view.font())
            self.view.frozen.update_geometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            # after the views have taken the new font themselves
            QTimer.singleShot(0, self._size_columns)

    # --- state ---------------------------------------------------------------------------------

    def _show_refusal(self, _row: int, _column: int, message: str) -> None:
        self.context.status_message.emit(message)
        self._refusal_in_status_bar = True

    def _clear_refusal(self, _row: int, _column: int) -> None:
        """A valid entry: the status bar's old refusal (and the note) no longer apply."""
        error_popup().hide()
        if self._refusal_in_status_bar:
            self._refusal_in_status_bar = False
            self.context.status_message.emit("")

    def _has_department(self) -> bool:
        return self.context.department is not None

    def data_edits(self) -> list[DataEdit]:
        """Adding, pasting, duplicating and deleting tasks (cell edits are refused by the
        model, :meth:`TaskTableModel.flags`)."""
        return [
            DataEdit(control, self._has_department)
            for control in (
                self.quick_add,
                self.library_button,
                self.paste_action,
                self.new_action,
                self.library_action,
                self.duplicate_action,
                self.delete_action,
            )
        ]

    def _update_enabled(self) -> None:
        for widget in (self.search, self.view):
            widget.setEnabled(self._has_department())
        apply_data_edits(self.data_edits(), not self.context.data_locked)

    def _update_counts(self, *_args: object) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if self.context.loading:
            text = self.tr("Laster …")
        elif shown == total:
            text = self.tr("{n} oppgaver").format(n=total)
        else:
            text = self.tr("{shown} av {total} oppgaver").format(shown=shown, total=total)
        self.count_label.setText(text)
        department = self.context.department
        if department is None:
            hint = self.tr("Velg en avdeling til venstre, eller lag en ny under Avdeling-menyen.")
        elif total == 0 and not self.context.loading:
            hint = self.tr(
                "Ingen oppgaver ennå i {name}. Skriv den første i feltet nederst og trykk Enter, "
                "lim inn rader fra Excel, eller start med «Legg til typiske oppgaver»."
            ).format(name=department.name)
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    def _after_load(self) -> None:
        self._refilter()

    def _after_change(self, update: TaskUpdate) -> None:
        self._update_counts()

    def _on_data_changed(self, change: DataChange) -> None:
        if change.touches(ChangeKind.CATALOGUE):
            self._fill_role_filter()

    def current_filter(self) -> TaskFilter:
        category = self.category_filter.currentData()
        status = self.status_filter.currentData()
        return TaskFilter(
            text=self.search.text(),
            category=Category(category) if category is not None else None,
            role_id=self.role_filter.currentData(),
            status=TaskStatus(status) if status is not None else None,
        )

    def _refilter(self, *_args: object) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_counts()

    # --- actions -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def focus_quick_add(self) -> None:
        self.quick_add.setFocus()

    def selected_task_ids(self) -> list[int]:
        return [
            int(self.proxy.index(row, 0).data(TASK_ID_ROLE)) for row in self.view.selected_rows()
        ]

    def add_from_quick_line(self) -> None:
        text = self.quick_add.text()
        department = self.context.department
        if department is None or not text.strip():
            return
        if looks_like_rows(text):
            if self.paste_text(text):
                self.quick_add.clear()
            return
        draft = tasks.TaskDraft(text.strip())
        command = add_tasks_command(self.context.document, department.id, [draft])
        if self.context.run(command, self.tr("Kunne ikke legge til oppgaven")):
            self.quick_add.clear()
            # category, «1 per dag», «15 min» are the app's guesses: placeholders until the
            # workshop types the real value (or confirms it with Enter)
            self.model.mark_unconfirmed(created_task_ids(command), QUICK_ADD_DEFAULTS)
            self.reveal(created_task_ids(command), focus=False)

    def reveal(self, task_ids: list[int], *, focus: bool = True) -> None:
        """Make these tasks visible (even if the filter would hide them), select and show them."""
        self.proxy.reveal(task_ids)
        selection = self.view.selectionModel()
        first = None
        selection.clearSelection()
        for task_id in task_ids:
            row = self.model.row_of(task_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, TaskColumn.NAME))
            if not index.isValid():
                continue
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            first = first or index
        if first is not None:
            selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        if focus:
            self.view.setFocus()
        self._update_counts()

    def duplicate_selected(self) -> None:
        department = self.context.department
        ids = self.selected_task_ids()
        if department is None or not ids:
            return
        command = duplicate_tasks_command(self.context.document, department.id, ids)
        self.context.run(command, self.tr("Kunne ikke duplisere"))

    def delete_selected(self) -> None:
        department = self.context.department
        ids = self.selected_task_ids()
        if department is None or not ids:
            return
        command = delete_tasks_command(self.context.document, department.id, ids)
        if self.context.run(command, self.tr("Kunne ikke slette")):
            self.context.status_message.emit(
                self.tr("{n} oppgave(r) slettet. Ctrl+Z angrer.").format(n=len(ids))
            )

    def copy_rows(self, with_header: bool = False) -> None:
        rows = [
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in self.view.selected_rows()
        ]
        if not rows:
            return
        QGuiApplication.clipboard().setText(rows_to_tsv(self.model, rows, with_header=with_header))
        self.context.status_message.emit(self.tr("{n} rad(er) kopiert.").format(n=len(rows)))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text:
            return
        if looks_like_rows(text):
            self.paste_text(text)
        else:
            self.paste_into_cells(text.strip("\r\n"))

    def paste_text(self, text: str) -> bool:
        """Create tasks from tab-separated rows; ``True`` when they were added."""
        department = self.context.department
        if department is None:
            return False
        document = self.context.document
        try:
            drafts = parse_tsv(
                text, document.roles(), document.competences(), document.settings().shifts
            )
            command = add_tasks_command(document, department.id, drafts)
            self.context.execute(command)
        except OppgaveError as error:
            self.context.dialogs.error(self.tr("Kunne ikke lime inn"), error.message)
            return False
        self.reveal(created_task_ids(command))
        self.context.status_message.emit(
            self.tr("{n} oppgave(r) limt inn. Ctrl+Z angrer.").format(n=len(drafts))
        )
        return True

    def paste_into_cells(self, value: str) -> None:
        """One value into every selected cell (each a separate, undoable edit)."""
        indexes = [
            index
            for index in self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
            if index.isValid() and self.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable
        ]
        if not indexes:
            return
        stack = self.context.undo_stack
        if len(indexes) > 1:
            stack.beginMacro(self.tr("Lim inn i {n} celler").format(n=len(indexes)))
        try:
            for index in indexes:
                if not self.proxy.setData(index, value, Qt.ItemDataRole.EditRole):
                    self.context.dialogs.error(
                        self.tr("Kunne ikke lime inn"), self.model.last_error
                    )
                    break
        finally:
            if len(indexes) > 1:
                stack.endMacro()

    def add_from_library(self) -> None:
        from oppgave.ui.tasks.task_library_dialog import open_task_library

        open_task_library(self)
