"""Every item model of the app through Qt's model tester, filled with the small workspace.

The models are found by walking the ``oppgave.ui`` package, so a new model fails
:func:`test_every_model_class_has_a_case` until it gets a case in :data:`CASES`.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from pytestqt.qtbot import QtBot

import oppgave.ui
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import ReviewerRole, Verdict, WorkFlag
from oppgave.services import backups, review_comments, tasks, work_environment
from oppgave.ui.analysis.analysis_tab import AnalysisTab
from oppgave.ui.analysis.analysis_tab import install as install_analysis
from oppgave.ui.analysis.proposal_dialog import ProposalDialog
from oppgave.ui.board.board_model import BoardColumnModel
from oppgave.ui.catalogue.catalogue_tab import CatalogueTab
from oppgave.ui.files.backup_dialog import BackupTableModel
from oppgave.ui.files.import_dialog import ImportDialog
from oppgave.ui.review.review_ui import CommentTableModel
from oppgave.ui.review.work_environment_view import WorkEnvironmentModel
from oppgave.ui.staffing.staffing_tab import StaffingTab
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.window.main_window import MainWindow
from oppgave.ui.window.organisation_tree_model import OrganisationTreeModel

Factory = Callable[[MainWindow, QtBot, Path], QAbstractItemModel]


def _department(window: MainWindow) -> tuple[Workspace, int]:
    context = window.context
    assert context is not None and context.department is not None
    return context.workspace, context.department.id


def _tab(window: MainWindow, key: str, kind: type[Any]) -> Any:
    tab = window.show_tab(key)
    assert isinstance(tab, kind)
    return tab


def _task_tab(window: MainWindow, qtbot: QtBot) -> TaskTab:
    tab = _tab(window, "tasks", TaskTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 6)
    return tab  # type: ignore[no-any-return]


def _staffing(window: MainWindow, qtbot: QtBot) -> StaffingTab:
    tab = _tab(window, "staffing", StaffingTab)
    qtbot.waitUntil(lambda: tab.positions_model.rowCount() > 0)
    return tab  # type: ignore[no-any-return]


def _catalogue(window: MainWindow, qtbot: QtBot) -> CatalogueTab:
    tab = _tab(window, "catalogue", CatalogueTab)
    qtbot.waitUntil(lambda: tab.roles_model.rowCount() > 0)
    return tab  # type: ignore[no-any-return]


def _board_column(window: MainWindow, qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    window.show_tab("board")
    models: list[BoardColumnModel] = []

    def filled() -> bool:
        models[:] = [m for m in window.findChildren(BoardColumnModel) if m.rowCount() > 0]
        return bool(models)

    qtbot.waitUntil(filled)
    return models[0]


def _analysis(window: MainWindow, qtbot: QtBot) -> AnalysisTab:
    if window.department_tab("analysis") is None:
        install_analysis(window)
    tab = _tab(window, "analysis", AnalysisTab)
    qtbot.waitUntil(lambda: not tab.is_computing() and tab.snapshot is not None, timeout=20_000)
    return tab  # type: ignore[no-any-return]


def _proposal_options(window: MainWindow, qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    dialog = _analysis(window, qtbot).open_proposal_dialog()
    assert isinstance(dialog, ProposalDialog)
    return dialog.model


def _import_dialog(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> ImportDialog:
    """The import dialog on a municipal task sheet (the exchange tests' sheet builder)."""
    source = Path(__file__).parents[1] / "exchange" / "exchange_sheets.py"
    spec = importlib.util.spec_from_file_location("exchange_sheets", source)
    assert spec is not None and spec.loader is not None
    sheets = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sheets)
    workspace, department_id = _department(window)
    dialog = ImportDialog(
        workspace,
        department_id,
        path=sheets.municipal_sheet(tmp_path / "kommune.xlsx"),
        dialogs=window.dialogs,
        choose_file=lambda _parent: None,
    )
    qtbot.addWidget(dialog)
    return dialog


def _comments(window: MainWindow, _qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    workspace, department_id = _department(window)
    task_list = tasks.list_tasks(workspace, department_id)
    review_comments.suggest_work_flags(
        workspace, task_list[2].id, int(WorkFlag.HEAVY_LIFTING), ReviewerRole.EMPLOYEE
    )
    review_comments.add_comment(
        workspace, task_list[1].id, Verdict.DISAGREE, ReviewerRole.SAFETY_REP, "For lite tid"
    )
    review_comments.set_overall_comment(
        workspace, department_id, "Ryddig fordeling", ReviewerRole.UNION_REP
    )
    model = CommentTableModel(window)
    model.set_views(review_comments.comment_views(workspace, department_id))
    assert model.rowCount() == 3
    return model


def _work_environment(window: MainWindow, _qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    workspace, department_id = _department(window)
    view = work_environment.summary(workspace, department_id)
    return WorkEnvironmentModel(view.summary, window)


def _backups(window: MainWindow, _qtbot: QtBot, tmp_path: Path) -> QAbstractItemModel:
    workspace, _ = _department(window)
    policy = backups.BackupPolicy(folder=tmp_path / "kopier")
    backups.make_backup(workspace, policy)
    return BackupTableModel(backups.list_backups(workspace, policy), window)


def _rota_grid(window: MainWindow, _qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    """The Turnus tab's grid on a two-week rota built by hand (no solver here)."""
    from oppgave.analysis.rota import Rota, RotaPosition, RotaProblem, RotaRules, default_types
    from oppgave.domain.enums import Shift
    from oppgave.services import saved_rotas
    from oppgave.ui.staffing.rota_models import RotaGridModel

    problem = RotaProblem(
        (
            RotaPosition("HFA 1 (100 %)", 1, 100.0, 35.5),
            RotaPosition("HFA 2 (50 %)", 1, 50.0, 35.5),
        ),
        default_types(),
        {(0, Shift.DAY, 1): 1},
        RotaRules(weeks=2, weekend_every=2),
        role_names={1: "Helsefagarbeider"},
    )
    grid = (
        ("D", "D", "A", "", "", "", "", "D", "D", "", "N", "N", "", ""),
        ("", "", "", "D", "D", "L", "L", "", "", "", "", "", "", ""),
    )
    model = RotaGridModel(window)
    model.set_view(saved_rotas.rota_view(Rota(problem, grid, (100.0, 50.0))))
    return model


def _staffing_plan(window: MainWindow, qtbot: QtBot, _tmp: Path) -> QAbstractItemModel:
    from oppgave.ui.staffing import staffing_plan_view
    from oppgave.ui.staffing.staffing_plan_view import StaffingPlanTab

    if window.department_tab("staffing_plan") is None:
        staffing_plan_view.install(window)
    tab = _tab(window, "staffing_plan", StaffingPlanTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    return tab.model  # type: ignore[no-any-return]


CASES: dict[str, Factory] = {
    "TaskTableModel": lambda w, q, _t: _task_tab(w, q).model,
    "TaskFilterProxyModel": lambda w, q, _t: _task_tab(w, q).proxy,
    "OrganisationTreeModel": lambda w, _q, _t: w.tree_model,
    "PositionsTableModel": lambda w, q, _t: _staffing(w, q).positions_model,
    "ShiftStaffingTableModel": lambda w, q, _t: _staffing(w, q).shifts_model,
    "RolesModel": lambda w, q, _t: _catalogue(w, q).roles_model,
    "CompetencesModel": lambda w, q, _t: _catalogue(w, q).competences_model,
    "CoursesModel": lambda w, q, _t: _catalogue(w, q).courses_model,
    "RoleCompetenceModel": lambda w, q, _t: _catalogue(w, q).matrix_model,
    "BoardColumnModel": _board_column,
    "FigureTableModel": lambda w, q, _t: _analysis(w, q).role_model,
    "ProposalOptionsModel": _proposal_options,
    "PreviewTableModel": lambda w, q, t: _import_dialog(w, q, t).preview_model,
    "ReportTableModel": lambda w, q, t: _import_dialog(w, q, t).report_model,
    "CommentTableModel": _comments,
    "WorkEnvironmentModel": _work_environment,
    "BackupTableModel": _backups,
    "RotaGridModel": _rota_grid,
    "StaffingPlanModel": _staffing_plan,
}

#: Base classes only made through their subclasses.
BASES = {"RecordTableModel"}


def _model_classes() -> set[type[QAbstractItemModel]]:
    """Every item model class defined in the ``oppgave.ui`` package."""
    for info in pkgutil.walk_packages(oppgave.ui.__path__, "oppgave.ui."):
        importlib.import_module(info.name)
    found: set[type[QAbstractItemModel]] = set()
    pending: list[type[QObject]] = [QAbstractItemModel]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("oppgave.ui") and not inspect.isabstract(subclass):
                found.add(subclass)  # type: ignore[arg-type]
    return found


def test_every_model_class_has_a_case() -> None:
    names = {cls.__name__ for cls in _model_classes()}
    assert len(names) == len(_model_classes()), "two model classes share a name"
    assert names - BASES - set(CASES) == set()
    assert set(CASES) - names == set(), "a case for a model that no longer exists"


@pytest.mark.parametrize("name", sorted(CASES))
def test_model_passes_the_model_tester(
    name: str, opened: MainWindow, qtbot: QtBot, qtmodeltester: Any, tmp_path: Path
) -> None:
    model = CASES[name](opened, qtbot, tmp_path)
    assert type(model).__name__ == name
    top = QModelIndex()
    assert model.rowCount(top) > 0, "test it with real rows"
    qtmodeltester.check(model)
    if not isinstance(model, BoardColumnModel | OrganisationTreeModel):  # no column headers
        headers = [
            model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            for section in range(model.columnCount(top))
        ]
        assert all(isinstance(h, str) and h for h in headers), headers
    reload = getattr(model, "reload", None)
    if callable(reload):  # a refresh while the tester watches the signals
        reload()
        qtmodeltester.check(model)
