"""The main window: the organisation tree, the department's tabs, the scenario, and the menus.

Extension point (used by the built-in tabs too): :meth:`MainWindow.add_department_tab` registers a
factory that builds a tab from the :class:`DepartmentContext` (workspace, department, scenario,
undo stack, task cache, change signals); :meth:`MainWindow.add_menu_action` adds an action to one
of :data:`MENUS`. The window's other features (the *Analyse* tab, report and exchange
actions, review mode, backups) are composed in ``window.parts``
(:class:`~oppgave.ui.window.window_parts.WindowParts`), which calls these. Tabs are built again for
every opened workspace and after a language switch (the whole window is rebuilt so every text
is translated afresh).

The window owns its widgets, actions, menus, tabs, the open document and the state update; what
its own actions do lives in four typed parts: ``window.files``
(:class:`~oppgave.ui.files.file_actions.FileActions`), ``window.organisation``
(:class:`~oppgave.ui.window.organisation_actions.OrganisationActions`), ``window.scenarios``
(:class:`~oppgave.ui.window.scenario_bar.ScenarioBar`) and ``window.view``
(:class:`~oppgave.ui.window.view_settings.ViewSettings`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from oppgave.ui.common.dialog_service import DialogService
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument
from oppgave.ui.files.file_actions import FileActions
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.startup.translations import LANGUAGES
from oppgave.ui.window.data_edits import DataEdit, apply_data_edits
from oppgave.ui.window.department_header import DepartmentHeader
from oppgave.ui.window.organisation_actions import OrganisationActions
from oppgave.ui.window.organisation_tree_model import OrganisationTreeModel
from oppgave.ui.window.scenario_bar import ScenarioBar
from oppgave.ui.window.start_page import StartPage
from oppgave.ui.window.view_settings import ViewSettings
from oppgave.ui.window.window_parts import WindowParts

#: The menus of the window, in order; the window's parts add actions to these by name.
MENUS = ("file", "edit", "scenario", "department", "view", "help")
#: Milliseconds after a file opens by which the other tabs are built even if no tasks loaded.
PENDING_TABS_LATEST_MS = 1500
#: The window's first size: a 1280×720 projector (smaller if the screen is smaller).
DEFAULT_SIZE = QSize(1280, 720)


class _CommandTip(QObject):
    """Keeps an undo/redo action's tooltip on what it would do («Angre: Endre navn»)."""

    def __init__(self, action: QAction, label: str) -> None:
        super().__init__(action)
        self.action, self.label = action, label

    def describe(self, command: str) -> None:
        tip = self.label
        if command:
            tip = _tr("{action}: {command}").format(action=self.label, command=command)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)


def default_window_size() -> QSize:
    """:data:`DEFAULT_SIZE`, but never larger than the screen's free area."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry().size()
    return DEFAULT_SIZE.boundedTo(free)


TabFactory = Callable[[DepartmentContext], QWidget]
TitleSource = str | Callable[[], str]


@dataclass(slots=True)
class TabSpec:
    key: str
    factory: TabFactory
    title: TitleSource


def _task_tab(context: DepartmentContext) -> QWidget:
    from oppgave.ui.tasks.task_tab import TaskTab

    return TaskTab(context)


def _board_tab(context: DepartmentContext) -> QWidget:
    from oppgave.ui.board.board_tab import BoardTab  # each tab's module when the tab is built

    return BoardTab(context)


def _staffing_tab(context: DepartmentContext) -> QWidget:
    from oppgave.ui.staffing.staffing_tab import StaffingTab

    return StaffingTab(context)


def _catalogue_tab(context: DepartmentContext) -> QWidget:
    from oppgave.ui.catalogue.catalogue_tab import CatalogueTab

    return CatalogueTab(context)


def _title(source: TitleSource) -> str:
    return source() if callable(source) else source


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    #: A workspace was opened (the :class:`WorkspaceDocument`).
    document_opened = Signal(object)
    #: The open workspace was closed.
    document_closed = Signal()
    #: The language changed (after the window was rebuilt); the new code ("nb"/"en").
    language_changed = Signal(str)
    #: Whether the open data can be edited (:attr:`data_editable`), when that changes.
    data_editable_changed = Signal(bool)

    def __init__(
        self,
        settings: AppSettings,
        dialogs: DialogService | None = None,
        *,
        default_tabs: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.dialogs = dialogs if dialogs is not None else DialogService(self)
        if self.dialogs.parent is None:
            self.dialogs.parent = self
        self.document: WorkspaceDocument | None = None
        self.context: DepartmentContext | None = None
        self._tab_specs: list[TabSpec] = []
        self._menu_extensions: dict[str, list[QAction | Callable[[MainWindow], QAction]]] = {}
        self._tabs: dict[str, QWidget] = {}
        #: Tabs not built yet: their spec and the placeholder standing in the tab bar.
        self._pending_tabs: dict[str, tuple[TabSpec, QWidget]] = {}
        self._menus: dict[str, QMenu] = {}
        self._extension_data_edits: list[DataEdit] = []
        self._data_editable = False
        #: The features beyond the built-in tabs, each built on first use (typed access).
        self.parts = WindowParts(self)
        #: The window's own actions, by subject; the window wires them to its widgets.
        self.files = FileActions(self)
        self.organisation = OrganisationActions(self)
        self.scenarios = ScenarioBar(self)
        self.view = ViewSettings(self)
        self.setObjectName("mainWindow")
        self.resize(default_window_size())
        if default_tabs:
            self._register_default_tabs()
        self._build()

    # --- extension point -------------------------------------------------------------------------

    def add_department_tab(
        self, factory: TabFactory, title: TitleSource, *, key: str | None = None
    ) -> None:
        """Add a tab for the selected department.

        ``factory(context)`` returns the tab's widget; it is called for every opened workspace
        (and again after a language switch). ``title`` is a string or, to follow language
        switches, a function returning the translated title. The tab follows the selection
        through the context's signals (``department_changed``, ``scenario_changed``,
        ``tasks_loaded``, ``tasks_changed``, ``data_changed``); a :class:`DepartmentTab`
        subclass gets lazy refresh and menu actions for free.
        """
        spec = TabSpec(key or f"tab{len(self._tab_specs)}", factory, title)
        self._tab_specs.append(spec)
        if self.context is not None:
            self._create_tab(spec)
            self._build_menus()

    def add_menu_action(self, menu: str, action: QAction | Callable[[MainWindow], QAction]) -> None:
        """Add an action (or a function that makes one, called at every rebuild so its text
        can be translated) to the menu ``menu`` (one of :data:`MENUS`, or a new name)."""
        self._menu_extensions.setdefault(menu, []).append(action)
        self._build_menus()

    def menu(self, key: str) -> QMenu:
        return self._menus[key]

    def department_tab(self, key: str) -> QWidget | None:
        self._build_pending_tab(key)
        return self._tabs.get(key)

    def _register_default_tabs(self) -> None:
        self.add_department_tab(_task_tab, lambda: _tr("Oppgaver"), key="tasks")
        self.add_department_tab(_board_tab, lambda: _tr("Tavle"), key="board")
        self.add_department_tab(_staffing_tab, lambda: _tr("Bemanning"), key="staffing")
        self.add_department_tab(_catalogue_tab, lambda: _tr("Katalog"), key="catalogue")

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self._build_actions()
        self._build_central()
        self._build_status_bar()
        self._build_toolbar()
        if self.context is not None:
            self._populate_tabs()
        self._build_menus()
        self.update_state()

    def _build_actions(self) -> None:
        for old in getattr(self, "_owned_actions", []):
            self.removeAction(old)
            old.deleteLater()
        self._owned_actions: list[QAction] = []

        def action(text: str, slot: Callable[[], object], shortcut: object = None) -> QAction:
            created = QAction(text, self)
            self._owned_actions.append(created)
            if shortcut is not None:
                if isinstance(shortcut, list):
                    created.setShortcuts([QKeySequence(s) for s in shortcut])
                else:
                    created.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
            created.triggered.connect(slot)
            return created

        files, org, scenarios, view = self.files, self.organisation, self.scenarios, self.view
        self.new_action = action(
            _tr("Ny arbeidsfil …"), files.new_file, QKeySequence.StandardKey.New
        )
        self.open_action = action(_tr("Åpne …"), files.open_file, QKeySequence.StandardKey.Open)
        self.demo_action = action(_tr("Åpne demo"), files.open_demo)
        self.connect_action = action(_tr("Koble til server …"), files.connect_to_server)
        self.save_as_action = action(
            _tr("Lagre som …"), files.save_as, QKeySequence.StandardKey.SaveAs
        )
        self.close_action = action(_tr("Lukk arbeidsfil"), files.close_document)
        self.quit_action = action(_tr("Avslutt"), self.close, QKeySequence.StandardKey.Quit)
        self.new_scenario_action = action(_tr("Nytt forslag …"), scenarios.new_scenario)
        self.rename_scenario_action = action(
            _tr("Gi scenarioet nytt navn …"), scenarios.rename_scenario
        )
        self.delete_scenario_action = action(_tr("Slett scenario …"), scenarios.delete_scenario)
        self.choose_scenario_action = action(
            _tr("Valgt scenario for avdelingen"), scenarios.toggle_chosen_scenario
        )
        self.choose_scenario_action.setCheckable(True)
        self.choose_scenario_action.setObjectName("chooseScenarioAction")
        self.choose_scenario_action.setToolTip(
            _tr("Kommunerapporten bruker avdelingens valgte scenario (ett per avdeling).")
        )
        self.new_municipality_action = action(_tr("Ny kommune …"), org.new_municipality)
        self.new_department_action = action(_tr("Ny avdeling …"), org.new_department)
        self.edit_department_action = action(_tr("Endre avdeling …"), org.edit_department)
        self.delete_department_action = action(_tr("Slett avdeling …"), org.delete_department)
        self.workshop_action = action(_tr("Verkstedmodus"), view.toggle_workshop_mode, "F11")
        self.workshop_action.setCheckable(True)
        self.workshop_action.setChecked(self.settings.workshop_mode())
        self.zoom_in_action = action(
            _tr("Større tekst"), lambda: view.zoom(1), ["Ctrl++", "Ctrl+="]
        )
        self.zoom_out_action = action(_tr("Mindre tekst"), lambda: view.zoom(-1), "Ctrl+-")
        self.zoom_reset_action = action(
            _tr("Vanlig tekststørrelse"), lambda: view.zoom(0), "Ctrl+0"
        )
        self.tree_action = action(_tr("Vis kommuner og avdelinger"), view.toggle_tree, "F9")
        self.tree_action.setCheckable(True)
        self.tree_action.setChecked(
            self.settings.value("show_tree", "true") not in (False, "false")
        )
        self.about_action = action(_tr("Om oppgave"), self.show_about)
        self.keys_action = action(_tr("Hurtigtaster"), self.show_keys, "F1")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            language = QAction(name, self, checkable=True)
            self._owned_actions.append(language)
            language.setChecked(self.settings.language() == code)
            language.triggered.connect(lambda _checked=False, c=code: view.set_language(c))
            self.language_group.addAction(language)
            self.language_actions[code] = language
        self.undo_action, self.redo_action = self._undo_actions()
        self._owned_actions += [self.undo_action, self.redo_action]
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Y"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.tab_actions = []
        for number in range(1, 10):
            switch = QAction(self)
            self._owned_actions.append(switch)
            switch.setShortcut(QKeySequence(f"Ctrl+{number}"))
            switch.triggered.connect(lambda _c=False, n=number: self._switch_tab(n - 1))
            self.addAction(switch)
            self.tab_actions.append(switch)

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """«Angre» and «Gjør om» with short labels (the toolbar must fit a projector); what
        they would undo or redo is in the tooltip and the status tip («Angre: Endre navn»)."""
        undo = QAction(_tr("Angre"), self, enabled=False)
        redo = QAction(_tr("Gjør om"), self, enabled=False)
        if self.document is None:
            return undo, redo
        stack = self.document.undo_stack
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        # Helpers owned by the actions: the connections end when a rebuild deletes them.
        undo_tip = _CommandTip(undo, _tr("Angre"))
        redo_tip = _CommandTip(redo, _tr("Gjør om"))
        stack.undoTextChanged.connect(undo_tip.describe)
        stack.redoTextChanged.connect(redo_tip.describe)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())
        undo_tip.describe(stack.undoText())
        redo_tip.describe(stack.redoText())
        return undo, redo

    def _build_central(self) -> None:
        self.stack = QStackedWidget(self)
        self.start_page = StartPage(self.stack)
        self.start_page.new_requested.connect(self.files.new_file)
        self.start_page.open_requested.connect(self.files.open_file)
        self.start_page.demo_requested.connect(self.files.open_demo)
        self.start_page.recent_requested.connect(self.files.open_path)
        self.start_page.set_recent_files(self.settings.recent_files())
        self.stack.addWidget(self.start_page)

        self.workspace_view = QSplitter(Qt.Orientation.Horizontal, self.stack)
        left = QWidget(self.workspace_view)
        self.tree_model = OrganisationTreeModel(self)
        self.tree = QTreeView(left)
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self.organisation.tree_menu)
        self.tree.selectionModel().currentChanged.connect(self.organisation.tree_current_changed)
        self.new_department_button = QPushButton(_tr("Ny avdeling …"), left)
        self.new_department_button.clicked.connect(self.organisation.new_department)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.new_department_button)

        right = QWidget(self.workspace_view)
        self.header = DepartmentHeader(self.scenarios, right)
        self.tabs = QTabWidget(right)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.tabs, 1)
        self.workspace_view.addWidget(left)
        self.workspace_view.addWidget(right)
        self.workspace_view.setStretchFactor(0, 0)
        self.workspace_view.setStretchFactor(1, 1)
        self.workspace_view.setSizes([260, 1020])
        self.tree_panel = left
        left.setVisible(self.settings.value("show_tree", "true") not in (False, "false"))
        self.stack.addWidget(self.workspace_view)
        self.setCentralWidget(self.stack)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for old in ("file_label", "saved_label", "scenario_label"):
            widget = getattr(self, old, None)
            if widget is not None:
                bar.removeWidget(widget)
                widget.deleteLater()
        self.file_label = QLabel(bar)
        self.saved_label = QLabel(bar)
        self.scenario_label = QLabel(bar)
        for label in (self.scenario_label, self.saved_label, self.file_label):
            label.setContentsMargins(10, 0, 10, 0)
            bar.addPermanentWidget(label)

    def _build_toolbar(self) -> None:
        for old in self.findChildren(QToolBar):
            self.removeToolBar(old)
            old.deleteLater()
        toolbar = QToolBar(_tr("Verktøylinje"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.workshop_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_menus(self) -> None:
        if not hasattr(self, "undo_action"):
            return
        bar = self.menuBar()
        bar.clear()
        titles = {
            "file": _tr("&Fil"),
            "edit": _tr("&Rediger"),
            "scenario": _tr("&Scenario"),
            "department": _tr("&Avdeling"),
            "view": _tr("&Vis"),
            "help": _tr("&Hjelp"),
        }
        # Extension menus («Gjennomgang», …) go before «Hjelp», which stays last by convention.
        extra = [k for k in self._menu_extensions if k not in MENUS]
        keys = [k for k in MENUS if k != "help"] + extra + (["help"] if "help" in MENUS else [])
        self._menus = {}
        for key in keys:
            menu = bar.addMenu(titles.get(key, key))
            self._menus[key] = menu
        file_menu = self._menus["file"]
        for item in (self.new_action, self.open_action, self.connect_action):
            file_menu.addAction(item)
        recent = file_menu.addMenu(_tr("Åpne nylig brukt"))
        files = self.settings.recent_files()
        for path in files:
            entry = recent.addAction(Path(path).name)
            entry.setToolTip(path)
            entry.setStatusTip(path)
            entry.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        recent.setEnabled(bool(files))
        for item in (
            self.demo_action,
            None,
            self.save_as_action,
            self.close_action,
            None,
            self.quit_action,
        ):
            file_menu.addSeparator() if item is None else file_menu.addAction(item)
        edit = self._menus["edit"]
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        scenario = self._menus["scenario"]
        for item in (
            self.new_scenario_action,
            self.rename_scenario_action,
            self.delete_scenario_action,
        ):
            scenario.addAction(item)
        scenario.addSeparator()
        scenario.addAction(self.choose_scenario_action)
        department = self._menus["department"]
        for item in (
            self.new_municipality_action,
            self.new_department_action,
            self.edit_department_action,
            self.delete_department_action,
        ):
            department.addAction(item)
        view = self._menus["view"]
        for item in (
            self.workshop_action,
            self.tree_action,
            None,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            None,
        ):
            view.addSeparator() if item is None else view.addAction(item)
        languages = view.addMenu(_tr("Språk"))
        for language in self.language_actions.values():
            languages.addAction(language)
        help_menu = self._menus["help"]
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self.about_action)
        for tab in self._tabs.values():
            provider = getattr(tab, "menu_actions", None)
            if callable(provider):
                for key, actions in provider().items():
                    target = self._menus.get(key)
                    if target is None:
                        continue
                    target.addSeparator()
                    for item in actions:
                        target.addAction(item)
        for key, items in self._menu_extensions.items():
            target = self._menus[key]
            if key == "file":  # before «Avslutt», not after it
                before = self.quit_action
                for item in items:
                    target.insertAction(before, item if isinstance(item, QAction) else item(self))
                target.insertSeparator(before)
                continue
            target.addSeparator()
            for item in items:
                target.addAction(item if isinstance(item, QAction) else item(self))

    # --- tabs ------------------------------------------------------------------------------------

    def _populate_tabs(self) -> None:
        """The first tab now; the others as placeholders, built one per turn of the event loop
        once the first is on screen (or at once when shown or asked for), so that opening a file
        shows the task table without waiting for the board, staffing, catalogue and analysis
        tabs and their modules (issue 18)."""
        self.tabs.clear()
        for tab in self._tabs.values():
            tab.deleteLater()
        self._tabs = {}
        self._pending_tabs = {}
        for position, spec in enumerate(self._tab_specs):
            self._create_tab(spec, pending=position > 0)
        if self._pending_tabs and self.context is not None:
            # after the first table has its rows; a department without tasks loads too, and
            # a workspace without departments has the timer
            self.context.tasks_loaded.connect(self._start_pending_tabs)
            QTimer.singleShot(PENDING_TABS_LATEST_MS, self, self._start_pending_tabs)

    def _create_tab(self, spec: TabSpec, *, pending: bool = False) -> None:
        assert self.context is not None
        if pending:
            placeholder = QWidget()
            self._pending_tabs[spec.key] = (spec, placeholder)
            self._tabs[spec.key] = placeholder
            self.tabs.addTab(placeholder, _title(spec.title))
            return
        widget = spec.factory(self.context)
        widget.setObjectName(f"{spec.key}Tab")
        self._tabs[spec.key] = widget
        if isinstance(widget, DepartmentTab):  # a tab built late follows the lock at once
            apply_data_edits(widget.data_edits(), self.data_editable)
        self.tabs.addTab(widget, _title(spec.title))

    def _build_pending_tab(self, key: str) -> None:
        """Put the real tab in place of its placeholder (nothing if it is built)."""
        pending = self._pending_tabs.pop(key, None)
        if pending is None or self.context is None:
            return
        spec, placeholder = pending
        widget = spec.factory(self.context)
        widget.setObjectName(f"{spec.key}Tab")
        self._tabs[spec.key] = widget
        if isinstance(widget, DepartmentTab):  # a tab built late follows the lock at once
            apply_data_edits(widget.data_edits(), self.data_editable)
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, _title(spec.title))
            self.tabs.setCurrentIndex(current)
        placeholder.deleteLater()
        if callable(getattr(widget, "menu_actions", None)):
            self._build_menus()

    def _start_pending_tabs(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self._build_next_pending_tab)

    def _build_next_pending_tab(self) -> None:
        if self._pending_tabs:
            self._build_pending_tab(next(iter(self._pending_tabs)))
        if self._pending_tabs:
            QTimer.singleShot(0, self, self._build_next_pending_tab)

    def _tab_shown(self, index: int) -> None:
        for key, (_spec, placeholder) in list(self._pending_tabs.items()):
            if self.tabs.indexOf(placeholder) == index:
                self._build_pending_tab(key)

    def _switch_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def show_tab(self, key: str) -> QWidget | None:
        self._build_pending_tab(key)
        widget = self._tabs.get(key)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        return widget

    # --- documents -------------------------------------------------------------------------------

    def set_document(self, document: WorkspaceDocument | None) -> None:
        self._dispose_context()
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
            self.document_closed.emit()
        self.document = document
        # The undo actions belong to the stack: build actions and menus for the new one.
        self._rebuild_chrome()
        if document is not None:
            document.saved.connect(self._update_saved)
            document.changed.connect(self._on_change)
            document.command_failed.connect(
                lambda message: self.dialogs.error(_tr("Kunne ikke angre"), message)
            )
            self._attach_context()
            self.document_opened.emit(document)
        self.update_state()

    def _attach_context(
        self, department_id: int | None = None, scenario_id: int | None = None
    ) -> None:
        assert self.document is not None
        context = DepartmentContext(self.document, self.dialogs, self)
        self.context = context
        context.scenario_changed.connect(self._selection_changed)
        context.department_changed.connect(self._selection_changed)
        context.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if self.document.workspace.is_server:
            context.watch_others()  # several users at once: show what the others change
        self._populate_tabs()
        self._build_menus()
        self.organisation.refresh_tree()
        if department_id is None:
            stored = self.settings.value(self.organisation.department_key())
            with contextlib.suppress(TypeError, ValueError):
                department_id = int(stored) if stored is not None else None  # type: ignore[call-overload]
        self.organisation.select_department(department_id, scenario_id)

    def _dispose_context(self) -> None:
        context = self.context
        if context is None:
            return
        self.context = None
        with contextlib.suppress(RuntimeError, TypeError):
            context.document.changed.disconnect(context._on_change)
        context._loader.cancel()
        context.stop_watching()
        context.blockSignals(True)
        self.tabs.clear()
        for tab in self._tabs.values():
            tab.deleteLater()
        self._tabs = {}
        self._pending_tabs = {}
        context.deleteLater()

    def _rebuild_chrome(self) -> None:
        self.menuBar().clear()
        self._build_actions()
        self._build_toolbar()
        self._build_menus()

    # --- change notices and status ---------------------------------------------------------------

    def _on_change(self, change: DataChange) -> None:
        if change.touches(ChangeKind.ORGANISATION):
            current = (
                self.context.department.id if self.context and self.context.department else None
            )
            self.organisation.refresh_tree()
            self.organisation.select_department(current)
        if change.touches(ChangeKind.SCENARIOS):
            self.scenarios.fill()
        self.update_state()

    def _selection_changed(self, _selected: object) -> None:
        """Another department or scenario: the chooser lists its scenarios, the chrome follows."""
        self.scenarios.fill()
        self.update_state()

    def _update_saved(self) -> None:
        document = self.document
        if document is not None and getattr(document.workspace, "read_only", False):
            self.saved_label.setText(_tr("Skrivebeskyttet: bruk «Lagre som» for å endre"))
        elif document is None or document.last_saved is None:
            self.saved_label.setText(_tr("Lagres automatisk"))
        else:
            self.saved_label.setText(
                _tr("Alt er lagret (kl. {time})").format(
                    time=document.last_saved.strftime("%H:%M:%S")
                )
            )

    # --- the data lock ----------------------------------------------------------------------------

    @property
    def data_editable(self) -> bool:
        """Whether the open data can be edited: a file is open and it is not an HMS review
        copy (``WorkspaceDocument.data_locked``). Every data-changing control follows this one
        property (:mod:`oppgave.ui.window.data_edits`)."""
        return self.document is not None and not self.document.data_locked

    def register_data_edits(self, *edits: DataEdit) -> None:
        """Controls of an extension that change data (menu actions of the review, …)."""
        self._extension_data_edits.extend(edits)
        for edit in edits:
            edit.apply(self.data_editable)

    def data_edits(self) -> list[DataEdit]:
        """Every control that changes data: the window's, each tab's and the extensions'."""
        edits = self._window_data_edits() + list(self._extension_data_edits)
        for tab in self._tabs.values():
            if isinstance(tab, DepartmentTab):
                edits.extend(tab.data_edits())
        return edits

    def _has_department(self) -> bool:
        return self.context is not None and self.context.department is not None

    def _is_proposal(self) -> bool:
        scenario = self.context.scenario if self.context is not None else None
        return scenario is not None and not scenario.is_baseline

    def _window_data_edits(self) -> list[DataEdit]:
        edits = [
            DataEdit(control)
            for control in (
                self.new_municipality_action,
                self.new_department_action,
                self.new_department_button,
            )
        ]
        edits += [
            DataEdit(control, self._has_department)
            for control in (
                self.edit_department_action,
                self.delete_department_action,
                self.new_scenario_action,
            )
        ]
        edits += [
            DataEdit(control, self._is_proposal)
            for control in (self.rename_scenario_action, self.delete_scenario_action)
        ]
        return edits + self.header.data_edits(self._has_department, self._is_proposal)

    def _apply_data_lock(self) -> None:
        """Set every data-changing control from :attr:`data_editable` (part of every state
        update, so nothing enables a control after the lock has run)."""
        editable = self.data_editable
        self._extension_data_edits = apply_data_edits(self._extension_data_edits, editable)
        apply_data_edits(self._window_data_edits(), editable)
        for tab in self._tabs.values():
            if isinstance(tab, DepartmentTab):
                apply_data_edits(tab.data_edits(), editable)
        if editable != self._data_editable:
            self._data_editable = editable
            self.data_editable_changed.emit(editable)

    def update_state(self) -> None:
        document = self.document
        context = self.context
        has_document = document is not None
        self.stack.setCurrentWidget(self.workspace_view if has_document else self.start_page)
        if not has_document:
            self.start_page.set_recent_files(self.settings.recent_files())
        for action in (self.save_as_action, self.close_action):
            action.setEnabled(has_document)
        scenario = context.scenario if context is not None else None
        self._apply_data_lock()
        self.choose_scenario_action.setEnabled(scenario is not None)
        current = next(
            (s for s in context.scenarios() if scenario is not None and s.id == scenario.id)
            if context is not None
            else iter(()),
            None,
        )
        self.choose_scenario_action.setChecked(bool(current is not None and current.is_chosen))
        department = context.department if context is not None else None
        self.header.show_department(department)
        self.file_label.setText(
            _tr("Fil: {name}").format(name=document.path.name)
            if document
            else _tr("Ingen fil åpen")
        )
        self.file_label.setToolTip(str(document.path) if document else "")
        self.scenario_label.setText(
            _tr("Scenario: {name}").format(name=scenario.name) if scenario else ""
        )
        if document is None:
            self.saved_label.setText("")
        elif not self.saved_label.text():
            self._update_saved()
        title = "oppgave"
        if document is not None:
            title = f"{document.path.name} – {department.name if department else ''} – oppgave"
        self.setWindowTitle(title)

    # --- entry points used across the app (each delegates to the part that owns it) ------------

    def open_path(self, path: str | Path, *, force: bool = False) -> bool:
        """Open a workspace file or server URL (:meth:`FileActions.open_path`)."""
        return self.files.open_path(path, force=force)

    def close_document(self) -> None:
        self.files.close_document()

    def select_department(self, department_id: int | None, scenario_id: int | None = None) -> None:
        """Show a department (:meth:`OrganisationActions.select_department`)."""
        self.organisation.select_department(department_id, scenario_id)

    def select_scenario(self, scenario_id: int) -> None:
        self.scenarios.select_scenario(scenario_id)

    # --- rebuilding ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Build every widget again (after a language switch), keeping the open workspace and
        the selection."""
        department_id = (
            self.context.department.id if self.context and self.context.department else None
        )
        scenario_id = self.context.scenario.id if self.context and self.context.scenario else None
        tab_index = self.tabs.currentIndex()
        self._dispose_context()
        old_central = self.centralWidget()
        self.menuBar().clear()
        self._build()
        if old_central is not None:
            old_central.deleteLater()
        if self.document is not None:
            self._attach_context(department_id, scenario_id)
            if 0 <= tab_index < self.tabs.count():
                self.tabs.setCurrentIndex(tab_index)
        self.update_state()

    # --- help ------------------------------------------------------------------------------------

    def show_about(self) -> None:
        from oppgave import __version__

        self.dialogs.information(
            _tr("Om oppgave"),
            _tr(
                "oppgave {version}\n\nKartlegging av oppgaver, oppgavedeling etter LEON-prinsippet "
                "og bemanningsforslag for helse- og omsorgstjenester.\n\nLisens: EUPL-1.2"
            ).format(version=__version__),
        )

    def show_keys(self) -> None:
        self.dialogs.information(
            _tr("Hurtigtaster"),
            _tr(
                "Tabellen:\n"
                "  Skriv for å endre en celle, Enter lagrer og går ned,\n"
                "  Tab går til høyre, Esc avbryter\n"
                "  Insert: ny oppgave   Ctrl+D: dupliser   Delete: slett\n"
                "  Ctrl+C / Ctrl+V: kopier og lim inn rader (også fra og til Excel)\n"
                "  Ctrl+F: søk\n\n"
                "Overalt:\n"
                "  Ctrl+Z / Ctrl+Y: angre og gjør om   Ctrl+1 … Ctrl+4: bytt fane\n"
                "  F11: verkstedmodus   Ctrl++ / Ctrl+−: større og mindre tekst"
            ),
        )

    # --- closing ---------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.set_window_geometry(self.saveGeometry())
        self.set_document(None)
        self.settings.sync()
        super().closeEvent(event)
