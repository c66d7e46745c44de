"""The HMS review in the desktop app: review mode, the comments dock and the «Gjennomgang» menu.

Everything is computed by the services (``services.review``, ``services.review_comments``);
this module only shows it. Review mode is one flag, ``WorkspaceDocument.data_locked``, read
by the window as ``MainWindow.data_editable``: the task table, the board and every control
listed as a data edit (:mod:`oppgave.ui.window.data_edits`) follow it; the services refuse data
edits in a review copy anyway, so a missed widget can never damage the file.
"""

from __future__ import annotations

import contextlib
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.analysis.work_environment import flags_text
from oppgave.domain import records as r
from oppgave.domain.enums import CommentStatus, ReviewerRole, Verdict
from oppgave.errors import OppgaveError
from oppgave.services import review, review_comments, work_environment
from oppgave.services.review_comments import CommentView
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.common.dialog_service import FileKind
from oppgave.ui.document.undo_commands import (
    CreateCommand,
    RecordKind,
    ServiceCommand,
    edit_task_command,
)
from oppgave.ui.document.workspace_document import DataChange, WorkspaceDocument
from oppgave.ui.review.work_environment_view import (
    FlagBoxes,
    SuggestFlagsCommand,
    WorkEnvironmentDialog,
)
from oppgave.ui.window.data_edits import DataEdit

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.ui.window.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewUi", text)


def _dot(color: str) -> QIcon:
    """A small filled circle: the marker of a task with comments."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


# --- undo commands --------------------------------------------------------------------------------


def _comment_change(comment: r.ReviewComment) -> DataChange:
    return DataChange(frozenset(), comment.department_id)


#: Comments are created and deleted by the generic commands: delete returns the comment,
#: restore puts the same one back (same id and uuid).
COMMENT: RecordKind[r.ReviewComment, r.ReviewComment] = RecordKind(
    "comment",
    lambda workspace, comment: review_comments.delete_comment(workspace, comment.id),
    review_comments.restore_comment,
    _comment_change,
)


def add_comment_command(
    document: WorkspaceDocument,
    task_id: int,
    verdict: Verdict,
    role: ReviewerRole,
    text: str,
) -> CreateCommand[r.ReviewComment, r.ReviewComment]:
    """Write a comment on a task; undo deletes it, redo restores the same comment (same uuid)."""
    return CreateCommand(
        document,
        _tr("Legg til kommentar"),
        COMMENT,
        lambda workspace: review_comments.add_comment(workspace, task_id, verdict, role, text),
    )


class CommentStatusCommand(ServiceCommand):
    """Resolve or reopen a comment in the leader's file; undo sets the old status back."""

    def __init__(
        self, document: WorkspaceDocument, comment: r.ReviewComment, resolve: bool
    ) -> None:
        super().__init__(
            document,
            _tr("Marker kommentar som behandlet") if resolve else _tr("Åpne kommentar igjen"),
        )
        self.comment = comment
        self.resolve = resolve

    def _set(self, resolved: bool) -> None:
        if resolved:
            review_comments.resolve_comment(self.workspace, self.comment.id)
        else:
            review_comments.reopen_comment(self.workspace, self.comment.id)

    def do_redo(self) -> None:
        self._set(self.resolve)

    def do_undo(self) -> None:
        self._set(self.comment.status == CommentStatus.RESOLVED)

    def change(self) -> DataChange:
        return DataChange(frozenset(), self.comment.department_id)


class OverallCommentCommand(ServiceCommand):
    """Set the overall comment; undo writes the previous text back (or deletes the comment when
    there was none), redo the new one — the same comment, with its uuid."""

    def __init__(
        self, document: WorkspaceDocument, department_id: int, text: str, role: ReviewerRole
    ) -> None:
        super().__init__(document, _tr("Helhetlig kommentar"))
        self.department_id, self.text, self.role = department_id, text, role
        self.before = review_comments.overall_comment(document.workspace, department_id)
        self.after: r.ReviewComment | None = None

    def do_first(self) -> None:
        self.after = review_comments.set_overall_comment(
            self.workspace, self.department_id, self.text, self.role
        )

    def do_redo(self) -> None:
        if self.before is None and self.after is not None:
            self.after = review_comments.restore_comment(self.workspace, self.after)
        else:
            self.do_first()

    def do_undo(self) -> None:
        current = review_comments.overall_comment(self.workspace, self.department_id)
        if self.before is None:
            if current is not None:
                review_comments.delete_comment(self.workspace, current.id)
        else:
            review_comments.set_overall_comment(
                self.workspace, self.department_id, self.before.text, self.before.reviewer_role
            )

    def change(self) -> DataChange:
        return DataChange(frozenset(), self.department_id)


# --- models ---------------------------------------------------------------------------------------


class CommentColumn(IntEnum):
    """The columns of :class:`CommentTableModel`."""

    TASK = 0
    VERDICT = 1
    ROLE = 2
    TEXT = 3
    FLAGS = 4
    STATUS = 5
    TASK_STATE = 6


def _comment_headers() -> dict[CommentColumn, str]:
    return {
        CommentColumn.TASK: _tr("Oppgave"),
        CommentColumn.VERDICT: _tr("Vurdering"),
        CommentColumn.ROLE: _tr("Rolle"),
        CommentColumn.TEXT: _tr("Kommentar"),
        CommentColumn.FLAGS: _tr("Merker"),
        CommentColumn.STATUS: _tr("Status"),
        CommentColumn.TASK_STATE: _tr("Oppgaven"),
    }


class CommentTableModel(QAbstractTableModel):
    """Comments as rows, one :class:`CommentColumn` each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.views: list[CommentView] = []

    def headers(self) -> list[str]:
        return list(_comment_headers().values())

    def set_views(self, views: list[CommentView]) -> None:
        self.beginResetModel()
        self.views = list(views)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CommentColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(CommentColumn)
        ):
            return _comment_headers()[CommentColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.views):
            return None
        view = self.views[index.row()]
        column = CommentColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            flags = view.comment.suggested_work_flags
            if column is CommentColumn.TEXT:
                return view.comment.text
            if column is CommentColumn.FLAGS and flags is not None:
                return _tr("Foreslåtte arbeidsmiljømerker: {flags}").format(
                    flags=flags_text(flags) or _tr("ingen")
                )
        return None

    @staticmethod
    def _display(view: CommentView, column: CommentColumn) -> str:
        comment = view.comment
        flags = comment.suggested_work_flags
        if column is CommentColumn.TASK:
            return view.task_name or _tr("(helhetlig)")
        if column is CommentColumn.VERDICT:
            # A flag suggestion is a suggestion, not a blank comment.
            if flags is not None and not comment.text:
                return _tr("forslag til merker")
            return review_comments.verdict_label(comment.verdict)
        if column is CommentColumn.ROLE:
            return review_comments.reviewer_role_label(comment.reviewer_role)
        if column is CommentColumn.TEXT:
            return comment.text
        if column is CommentColumn.FLAGS:
            return "" if flags is None else (flags_text(flags) or _tr("ingen merker"))
        if column is CommentColumn.STATUS:
            return _tr("Behandlet") if comment.status == CommentStatus.RESOLVED else _tr("Åpen")
        return review_comments.task_state_label(view.task_state)


# --- the comments dock ----------------------------------------------------------------------------


class ReviewPanel(QWidget):
    """Comments of the selected task (or all of the department), adding and resolving them."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.task_id: int | None = None
        self.model = CommentTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CommentColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.verdict = QComboBox(self)
        for verdict in Verdict:
            self.verdict.addItem(review_comments.verdict_label(verdict), verdict)
        self.role = QComboBox(self)
        for role in ReviewerRole:
            self.role.addItem(review_comments.reviewer_role_label(role), role)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(_tr("Kommentar til oppgaven"))
        self.add_button = QPushButton(_tr("Legg til kommentar"), self)
        self.add_button.clicked.connect(self.add_comment)
        self.resolve_button = QPushButton(_tr("Behandlet / åpne igjen"), self)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.overall = QLineEdit(self)
        self.overall.setPlaceholderText(_tr("Helhetlig kommentar til fordelingen"))
        self.overall_button = QPushButton(_tr("Lagre helhetlig kommentar"), self)
        self.overall_button.clicked.connect(self.save_overall)
        self.flags = FlagBoxes(self.set_flags, self)
        self.summary_button = QPushButton(_tr("Arbeidsmiljø per yrkesgruppe …"), self)
        self.summary_button.clicked.connect(lambda: self.window_.parts.review.show_summary())
        form = QHBoxLayout()
        form.addWidget(self.verdict)
        form.addWidget(self.role)
        form.addWidget(self.text, 1)
        form.addWidget(self.add_button)
        overall = QHBoxLayout()
        overall.addWidget(self.overall, 1)
        overall.addWidget(self.overall_button)
        overall.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(overall)
        flags_row = QHBoxLayout()
        flags_row.addWidget(self.flags, 1)
        flags_row.addWidget(self.summary_button)
        layout.addLayout(flags_row)

    @property
    def document(self) -> WorkspaceDocument | None:
        return self.window_.document

    def set_task(self, task_id: int | None) -> None:
        self.task_id = task_id
        self.refresh()

    def refresh(self) -> None:
        context = self.window_.context
        if context is None or context.department is None or self.document is None:
            self.model.set_views([])
            return
        workspace = self.document.workspace
        task = context.task(self.task_id) if self.task_id is not None else None
        views = review_comments.comment_views(
            workspace, context.department.id, task_id=task.id if task else None
        )
        self.model.set_views(views)
        self.heading.setText(
            _tr("Kommentarer til «{task}»").format(task=task.name)
            if task
            else _tr("Alle kommentarer i avdelingen")
        )
        self.add_button.setEnabled(task is not None)
        self.resolve_button.setEnabled(not self.document.data_locked)
        self.flags.setEnabled(task is not None)
        self.flags.set_checked_flags(self._shown_flags(task, views))
        overall = review_comments.overall_comment(workspace, context.department.id)
        self.overall.setText(overall.text if overall else "")

    def _shown_flags(self, task: r.Task | None, views: list[CommentView]) -> int:
        """The task's flags; in a review copy, the latest suggestion of this copy if any."""
        if task is None:
            return 0
        if self.document is not None and self.document.data_locked:
            for view in reversed(views):
                if view.comment.suggested_work_flags is not None:
                    return view.comment.suggested_work_flags
        return task.work_flags

    def set_flags(self, mask: int) -> None:
        """The leader edits the task's flags; a review group suggests them (see the module doc
        of :mod:`oppgave.ui.review.work_environment_view`)."""
        context = self.window_.context
        task = context.task(self.task_id) if context and self.task_id is not None else None
        if self.document is None or task is None:
            return
        if self.document.data_locked:
            self._run(SuggestFlagsCommand(self.document, task, mask, self.role.currentData()))
        else:
            self._run(
                edit_task_command(
                    self.document, task, {"work_flags": mask}, _tr("arbeidsmiljømerker")
                )
            )

    def _run(self, command: ServiceCommand) -> bool:
        context = self.window_.context
        if context is None:
            return False
        ok = context.run(command)
        self.refresh()
        self.window_.parts.review.refresh_markers()
        return ok

    def add_comment(self) -> None:
        if self.document is None or self.task_id is None:
            return
        if self._run(
            add_comment_command(
                self.document,
                self.task_id,
                self.verdict.currentData(),
                self.role.currentData(),
                self.text.text(),
            )
        ):
            self.text.clear()

    def toggle_resolved(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if self.document is None or not rows:
            return
        comment = self.model.views[rows[0].row()].comment
        self._run(
            CommentStatusCommand(self.document, comment, comment.status != CommentStatus.RESOLVED)
        )

    def save_overall(self) -> None:
        context = self.window_.context
        if self.document is None or context is None or context.department is None:
            return
        self._run(
            OverallCommentCommand(
                self.document, context.department.id, self.overall.text(), self.role.currentData()
            )
        )


# --- the merge view -------------------------------------------------------------------------------


class MergeDialog(QDialog):
    """What an import brought: the comments of the copy, with changed/deleted tasks flagged."""

    def __init__(
        self, result: review.ImportResult, views: list[CommentView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Importert gjennomgangskopi"))
        self.merge_result = result
        lines = [
            _tr("Kopi av {department} ({scenario}), laget {when}.").format(
                department=result.info.department_name,
                scenario=result.info.scenario_name or _tr("alle scenarioer"),
                when=result.info.exported_at[:16].replace("T", " "),
            )
        ]
        if result.already_imported and result.added == 0 and result.updated == 0:
            lines.append(_tr("Ingenting nytt: kopien er allerede importert."))
        else:
            lines.append(
                _tr("{added} nye og {updated} oppdaterte kommentarer.").format(
                    added=result.added, updated=result.updated
                )
            )
        if result.on_changed_tasks:
            lines.append(
                _tr("Endret siden kopien ble laget: {tasks}").format(
                    tasks=", ".join(result.on_changed_tasks)
                )
            )
        if result.on_deleted_tasks:
            lines.append(
                _tr("Slettet siden kopien ble laget: {tasks}").format(
                    tasks=", ".join(result.on_deleted_tasks)
                )
            )
        if result.problems:
            lines.append(
                _tr("ADVARSEL – kopien er endret utenfor gjennomgangsmodus: {problems}").format(
                    problems="; ".join(result.problems)
                )
            )
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setWordWrap(True)
        self.model = CommentTableModel(self)
        self.model.set_views(views)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 500)


# --- the window integration -----------------------------------------------------------------------


class ReviewController:
    """Banner, dock, menu and lock for one main window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.runner = BackgroundRunner(window)
        self.last_merge: MergeDialog | None = None
        self.last_summary: WorkEnvironmentDialog | None = None
        self.importing = False
        self.writing = False
        self.file_runner = BackgroundRunner(window)
        # A title-less top dock: the window rebuilds its toolbars, but leaves docks alone.
        self.banner = QDockWidget(window)
        self.banner.setObjectName("reviewBanner")
        self.banner.setTitleBarWidget(QWidget(self.banner))
        self.banner.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.banner_label = QLabel(
            _tr("Gjennomgangskopi – bare kommentarer kan endres"), self.banner
        )
        self.banner_label.setStyleSheet(
            "background:#fff3b0;color:#3a2e00;font-weight:bold;padding:8px;"
            "border-bottom:2px solid #c9a400;"
        )
        self.banner.setWidget(self.banner_label)
        window.addDockWidget(Qt.DockWidgetArea.TopDockWidgetArea, self.banner)
        self.banner.hide()
        self.panel = ReviewPanel(window)
        self.dock = QDockWidget(_tr("Kommentarer (HMS)"), window)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.resizeDocks([self.dock], [230], Qt.Orientation.Vertical)
        self.dock.hide()  # nothing to comment on before a file is open (the start page)
        window.document_opened.connect(self._opened)
        # A language switch rebuilds the tabs without reopening the file: hook them again.
        window.language_changed.connect(
            lambda _language: QTimer.singleShot(
                0, lambda: self._opened(window.document) if window.document else None
            )
        )
        if window.document is not None:  # installed on a window that already has a file
            self._opened(window.document)
        window.document_closed.connect(self._closed)
        window.data_editable_changed.connect(self.apply_lock)
        self.menu_key = _tr("Gjennomgang")
        window.add_menu_action(self.menu_key, self._export_action)
        window.add_menu_action(self.menu_key, self._pdf_action)
        window.add_menu_action(self.menu_key, self._import_action)
        window.add_menu_action(self.menu_key, self._dock_action)

    def _export_action(self, window: MainWindow) -> QAction:
        action = QAction(_tr("Eksporter gjennomgangskopi …"), window)
        action.triggered.connect(self.export_copy)
        window.register_data_edits(DataEdit(action))
        return action

    def _pdf_action(self, window: MainWindow) -> QAction:
        action = QAction(_tr("Gjennomgangs-PDF …"), window)
        action.triggered.connect(self.export_pdf)
        return action

    def _import_action(self, window: MainWindow) -> QAction:
        action = QAction(_tr("Importer returnert kopi …"), window)
        action.triggered.connect(self.import_copy)
        window.register_data_edits(DataEdit(action))
        return action

    def _dock_action(self, _window: MainWindow) -> QAction:
        action = self.dock.toggleViewAction()
        action.setText(_tr("Vis kommentarer (HMS)"))
        return action

    def _closed(self) -> None:
        """Back to the start page: no banner, no comments panel (its buttons need a file)."""
        self.banner.hide()
        self.dock.hide()

    def _show_copy(self, document: WorkspaceDocument) -> None:
        """A review copy opens on the proposal under review, named in the banner."""
        info = review.copy_info(document.workspace)
        if info is None:
            return
        scenario = info.scenario_name or _tr("alle scenarioer")
        self.banner_label.setText(
            _tr(
                "Gjennomgangskopi av {department} – {scenario} – bare kommentarer kan endres"
            ).format(department=info.department_name, scenario=scenario)
        )
        context = self.window.context
        if context is None or info.scenario_uuid is None:
            return
        under_review = next((s for s in context.scenarios() if s.uuid == info.scenario_uuid), None)
        if under_review is not None and context.scenario != under_review:
            self.window.select_scenario(under_review.id)

    def _opened(self, document: WorkspaceDocument) -> None:
        if document.data_locked:
            self._show_copy(document)
        context = self.window.context
        if context is not None:
            context.tasks_loaded.connect(self.apply_lock)
            context.department_changed.connect(lambda _d: self.panel.set_task(None))
        tasks = self.window.department_tab("tasks")
        if tasks is not None:
            tasks.view.selectionModel().currentRowChanged.connect(self._current_task)
            self.disagreement = QCheckBox(_tr("Uenighet"), tasks)
            self.disagreement.setToolTip(
                _tr("Vis bare oppgaver med åpne «uenig»-kommentarer fra HMS-gjennomgangen")
            )
            self.disagreement.toggled.connect(self.refresh_markers)
            position = tasks.filter_bar.indexOf(tasks.count_label)
            tasks.filter_bar.insertWidget(position, self.disagreement)
        if context is not None:
            context.tasks_loaded.connect(self.refresh_markers)
        document.changed.connect(lambda _change: self.panel.refresh())
        self.apply_lock()
        # The dock takes a third of a projector's height: show it where there is something to
        # review (a review copy, or a department with comments), else leave it in the menu.
        self._dock_offered = document.data_locked
        self.dock.setVisible(document.data_locked)

    def refresh_markers(self, *_args: object) -> None:
        """Icons on tasks with comments (red: open disagreement) and the «uenighet» filter."""
        context = self.window.context
        tasks = self.window.department_tab("tasks")
        if context is None or tasks is None or context.department is None:
            return
        views = review_comments.comment_views(context.workspace, context.department.id)
        counts: dict[int, list[CommentView]] = {}
        for view in views:
            if view.task_id is not None:
                counts.setdefault(view.task_id, []).append(view)
        if views and not getattr(self, "_dock_offered", True):
            self._dock_offered = True
            self.dock.show()
        markers: dict[int, tuple[Any, str]] = {}
        for task_id, found in counts.items():
            disagree = any(
                v.comment.verdict == Verdict.DISAGREE and v.comment.status == CommentStatus.OPEN
                for v in found
            )
            tip = _tr("{count} kommentar(er) fra HMS-gjennomgangen").format(count=len(found))
            if disagree:
                tip += " – " + _tr("uenighet")
            markers[task_id] = (_dot("#c0392b" if disagree else "#2e6da4"), tip)
        tasks.proxy.set_markers(markers)
        only: frozenset[int] | None = None
        box = getattr(self, "disagreement", None)
        with contextlib.suppress(RuntimeError):
            if box is not None and box.isChecked():
                only = frozenset(
                    review_comments.tasks_with_disagreement(
                        context.workspace, context.department.id
                    )
                )
        if only != tasks.proxy.only_tasks:
            tasks.proxy.set_only_tasks(only)
            tasks._update_counts()

    def show_summary(self) -> None:
        """The working-environment summary per role, computed off the UI thread."""
        context = self.window.context
        if context is None or context.department is None:
            return
        workspace, department_id = context.workspace, context.department.id
        scenario = context.scenario
        scenario_id = scenario.id if scenario is not None and not scenario.is_baseline else None
        self.window.statusBar().showMessage(_tr("Regner ut arbeidsmiljø …"))

        def done(view: work_environment.WorkEnvironmentView) -> None:
            self.window.statusBar().clearMessage()
            self.last_summary = WorkEnvironmentDialog(view, self.window)
            self.last_summary.show()

        self.runner.start(
            lambda: work_environment.summary(
                workspace, department_id, scenario_id, include_suggestions=True
            ),
            done,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        message = error.message if isinstance(error, OppgaveError) else str(error)
        self.window.dialogs.error(_tr("Gjennomgang"), message)

    def _current_task(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from oppgave.ui.tasks.task_table_model import TASK_ID_ROLE

        value = current.siblingAtColumn(0).data(TASK_ID_ROLE) if current.isValid() else None
        self.panel.set_task(int(value) if value is not None else None)

    def apply_lock(self, *_args: object) -> None:
        """Show the review copy's banner and the comment panel's state. The data-changing
        controls follow ``MainWindow.data_editable`` on their own
        (:mod:`oppgave.ui.window.data_edits`)."""
        document = self.window.document
        self.banner.setVisible(document is not None and not self.window.data_editable)
        self.panel.refresh()

    # --- menu actions ------------------------------------------------------------------------

    def _selection(self) -> tuple[Any, int, int | None] | None:
        """(workspace, department id, proposal id or None for all scenarios), or None."""
        context = self.window.context
        if context is None or context.department is None:
            return None
        scenario = context.scenario
        proposal = scenario.id if scenario is not None and not scenario.is_baseline else None
        return context.workspace, context.department.id, proposal

    def _write(self, function: Any, done_text: str) -> None:
        """Run a file-writing step off the UI thread, then tell where the file went."""
        self.writing = True
        self.window.statusBar().showMessage(_tr("Skriver fil …"))

        def done(_result: object) -> None:
            self.writing = False
            self.window.statusBar().clearMessage()
            self.window.dialogs.information(_tr("Gjennomgang"), done_text)

        def failed(error: BaseException) -> None:
            self.writing = False
            self._failed(error)

        self.file_runner.start(function, done, failed)

    def _ask_target(self, title: str, suffix: str) -> tuple[Any, int, int | None, str] | None:
        """(workspace, department id, proposal id or None, file) for a file-writing action, or
        None when nothing is selected or the user cancels."""
        selection = self._selection()
        context = self.window.context
        if selection is None or context is None or context.department is None:
            return None
        # beside the workspace file (a bare name would start the dialog in the working folder)
        suggested = context.document.path.with_name(f"{context.department.name} HMS{suffix}")
        target = self.window.dialogs.save_file(title, str(suggested), FileKind.of_suffix(suffix))
        return (*selection, target) if target else None

    def export_copy(self) -> None:
        """Write a review copy of the selected department (and proposal, if one is selected)."""
        chosen = self._ask_target(_tr("Eksporter gjennomgangskopi"), ".oppgave")
        if chosen is None:
            return
        workspace, department_id, proposal, target = chosen
        context = self.window.context
        scenario = context.scenario if context is not None else None
        department = context.department.name if context and context.department else ""
        what = (
            _tr("forslaget «{scenario}»").format(scenario=scenario.name)
            if proposal is not None and scenario is not None
            else _tr("alle scenarioer")
        )
        self._write(
            lambda: review.export_review_copy(
                workspace, department_id, target, scenario_id=proposal, overwrite=True
            ),
            _tr("Gjennomgangskopien av {department} ({what}) er lagret i {path}.").format(
                department=department, what=what, path=target
            ),
        )

    def export_pdf(self) -> None:
        """The review form on paper (A4), with the comments of this file if it is a copy."""
        chosen = self._ask_target(_tr("Gjennomgangs-PDF"), ".pdf")
        if chosen is None:
            return
        workspace, department_id, proposal, target = chosen
        self._write(
            lambda: _write_review_pdf(workspace, target, department_id, proposal),
            _tr("Skjemaet er lagret i {path}.").format(path=target),
        )

    def import_copy(self, path: str | None = None) -> None:
        context = self.window.context
        if context is None:
            return
        chosen = path or self.window.dialogs.open_file(_tr("Importer returnert kopi"))
        if not chosen:
            return
        self._start_import(context.workspace, Path(chosen), accept_tampered=False)

    def _start_import(self, workspace: Any, path: Path, *, accept_tampered: bool) -> None:
        """Import off the UI thread; a tampered copy is reported and imported only when the
        leader accepts it (asked here, on the UI thread)."""
        self.window.statusBar().showMessage(_tr("Importerer gjennomgangskopi …"))
        self.importing = True

        def failed(error: BaseException) -> None:
            self.importing = False
            self.window.statusBar().clearMessage()
            if isinstance(error, review.TamperedCopyError) and not accept_tampered:
                if self.window.dialogs.confirm(
                    _tr("Endret kopi"),
                    _tr(
                        "Kopien er endret utenfor gjennomgangsmodus:\n{problems}\n"
                        "Importere likevel?"
                    ).format(problems="\n".join(error.problems)),
                    _tr("Importer likevel"),
                ):
                    self._start_import(workspace, path, accept_tampered=True)
                    return
                self.window.dialogs.error(_tr("Ikke importert"), error.message)
                return
            self._failed(error)

        def done(result: review.ImportResult) -> None:
            self.importing = False
            self._show_merge(result)

        self.runner.start(
            lambda: review.import_review_copy(workspace, path, accept_tampered=accept_tampered),
            done,
            failed,
        )

    def _show_merge(self, result: review.ImportResult) -> None:
        document = self.window.document
        if document is None:
            return
        self.dock.show()  # the imported comments are worked with there
        views = [
            view
            for view in review_comments.comment_views(document.workspace)
            if view.comment.source_copy_uuid == result.info.copy_uuid
        ]
        self.window.statusBar().clearMessage()
        self.panel.refresh()
        self.refresh_markers()
        dialog = MergeDialog(result, views, self.window)
        self.last_merge = dialog
        dialog.show()


def _write_review_pdf(
    workspace: Workspace, target: Path, department_id: int, scenario_id: int | None
) -> int:
    """The review PDF, on the worker thread; ReportLab is imported there on first use."""
    from oppgave.services import review_documents

    return review_documents.write_review_pdf(
        workspace, target, department_id, scenario_id=scenario_id
    )
