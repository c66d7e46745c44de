"""The HMS review in the app: review mode, comments through the dock, import and merge view."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.domain.enums import CommentStatus, ReviewerRole, Verdict, WorkFlag
from oppgave.services import review, review_comments, scenarios, tasks
from oppgave.ui.review.review_ui import ReviewController
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _controller(window: MainWindow) -> ReviewController:
    return window.parts.review


def _export(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, target: Path) -> None:
    dialogs.answer("save_file", str(target))
    controller = _controller(window)
    controller.export_copy()
    assert controller.writing
    qtbot.waitUntil(lambda: not controller.writing, timeout=10_000)
    assert target.exists()


def _open_copy(qtbot: QtBot, window: MainWindow, path: Path) -> ReviewController:
    controller = _controller(window)
    assert window.open_path(path)
    assert window.context is not None
    window.select_department(window.context.document.departments()[0].id)
    wait_loaded(qtbot, window.context)
    qtbot.waitUntil(lambda: controller.banner.isVisible(), timeout=5000)
    return controller


def _import(qtbot: QtBot, controller: ReviewController, path: Path) -> None:
    """Import through the menu's code path and wait for the background job."""
    controller.import_copy(str(path))
    assert controller.importing
    qtbot.waitUntil(lambda: not controller.importing, timeout=10_000)


def _select(window: MainWindow, task_name: str) -> None:
    tab = window.department_tab("tasks")
    assert tab is not None
    row = next(
        i
        for i in range(tab.proxy.rowCount())
        if tab.proxy.index(i, TaskColumn.NAME).data() == task_name
    )
    tab.view.setCurrentIndex(tab.proxy.index(row, TaskColumn.NAME))


def _comment(
    qtbot: QtBot,
    window: MainWindow,
    task_name: str,
    verdict: Verdict,
    role: ReviewerRole,
    text: str,
) -> None:
    controller = _controller(window)
    _select(window, task_name)
    panel = controller.panel
    assert task_name in panel.heading.text()
    panel.verdict.setCurrentIndex(panel.verdict.findData(verdict))
    panel.role.setCurrentIndex(panel.role.findData(role))
    panel.text.setText(text)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def copy_path(qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path) -> Path:
    target = tmp_path / "hms.oppgave"
    _export(qtbot, opened, dialogs, target)
    return target


def test_round_trip_through_the_gui(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, copy_path: Path, small_path: Path
) -> None:
    opened.close_document()
    controller = _open_copy(qtbot, opened, copy_path)
    assert not controller.dock.isHidden()  # a review copy opens with the comments at hand
    _comment(qtbot, opened, "Insulin", Verdict.DISAGREE, ReviewerRole.UNION_REP, "Bør være HFA")
    _comment(qtbot, opened, "Middag", Verdict.AGREE, ReviewerRole.EMPLOYEE, "Greit")
    assert [v.task_name for v in controller.panel.model.views] == ["Middag"]
    # undo removes the comment, redo brings it back
    opened.document.undo_stack.undo()
    assert review_comments.list_comments(opened.document.workspace)[-1].task_name == "Insulin"
    opened.document.undo_stack.redo()
    assert len(review_comments.list_comments(opened.document.workspace)) == 2
    controller.panel.overall.setText("Helhetlig bra")
    controller.panel.save_overall()
    opened.close_document()

    assert opened.open_path(small_path)
    wait_loaded(qtbot, opened.context)
    assert not controller.banner.isVisible()
    assert controller.dock.isHidden()  # nothing to review yet: the dock stays in the menu
    _import(qtbot, controller, copy_path)
    assert not controller.dock.isHidden()
    merge = controller.last_merge
    assert merge is not None
    texts = {
        (v.task_name or "(helhetlig)", v.comment.verdict, v.comment.reviewer_role)
        for v in merge.model.views
    }
    assert ("Insulin", Verdict.DISAGREE, ReviewerRole.UNION_REP) in texts
    assert ("Middag", Verdict.AGREE, ReviewerRole.EMPLOYEE) in texts
    ws = opened.document.workspace
    insulin = next(t for t in opened.context.task_list() if t.name == "Insulin")
    on_insulin = review_comments.comment_views(ws, task_id=insulin.id)
    assert [v.comment.text for v in on_insulin] == ["Bør være HFA"]
    overall = [c.text for c in review_comments.list_comments(ws) if c.task_uuid is None]
    assert overall == ["Helhetlig bra"]
    assert "(helhetlig)" in {v[0] for v in texts}
    # resolve in the leader's file, undoable
    controller.panel.set_task(insulin.id)
    controller.panel.view.selectRow(0)
    controller.panel.toggle_resolved()
    assert (
        review_comments.comment_views(ws, task_id=insulin.id)[0].comment.status
        == CommentStatus.RESOLVED
    )
    opened.document.undo_stack.undo()
    assert (
        review_comments.comment_views(ws, task_id=insulin.id)[0].comment.status
        == CommentStatus.OPEN
    )
    # importing twice adds nothing
    _import(qtbot, controller, copy_path)
    assert controller.last_merge is not merge
    assert controller.last_merge.merge_result.added == 0
    assert "Ingenting nytt" in controller.last_merge.summary.text()


def test_data_edits_refused_in_review_mode(
    qtbot: QtBot, opened: MainWindow, copy_path: Path
) -> None:
    opened.close_document()
    _open_copy(qtbot, opened, copy_path)
    context = opened.context
    assert context.data_locked
    tab = opened.department_tab("tasks")
    index = tab.proxy.index(0, TaskColumn.NAME)
    assert not (tab.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert not tab.proxy.setData(index, "Nytt navn", Qt.ItemDataRole.EditRole)
    assert not tab.quick_add.isEnabled()
    assert not tab.library_button.isEnabled()
    assert not tab.delete_action.isEnabled()
    assert not opened.new_scenario_action.isEnabled()
    buttons = {b.text(): b.isEnabled() for b in opened.findChildren(QPushButton)}
    assert buttons["Nytt forslag …"] is False and buttons["Ny avdeling …"] is False
    # a comment makes the window refresh its actions: they stay off
    _comment(qtbot, opened, "Middag", Verdict.AGREE, ReviewerRole.EMPLOYEE, "ok")
    qtbot.wait(50)
    assert not opened.new_scenario_action.isEnabled()
    buttons = {b.text(): b.isEnabled() for b in opened.findChildren(QPushButton)}
    assert buttons["Nytt forslag …"] is False
    assert not opened.department_tab("staffing").isEnabled()
    board = opened.department_tab("board")
    for column in board.columns.values():
        assert not column.model.flags(column.model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    # and the services say no even when called directly
    task = context.task_list()[0]
    with pytest.raises(Exception):  # noqa: B017 - ReviewCopyError
        tasks.update_task(context.workspace, task.id, name="Nytt")


def _leader_comment_copy(
    leader: Path, copy: Path, task: str, role: ReviewerRole, text: str
) -> None:
    """A returned copy commented through the services (as a second group would)."""
    from oppgave.db.workspace import Workspace

    ws = Workspace.open(copy)
    try:
        department = review.copy_info(ws).department_id
        task_id = next(t.id for t in tasks.list_tasks(ws, department) if t.name == task)
        review_comments.add_comment(ws, task_id, Verdict.DISAGREE, role, text)
    finally:
        ws.close()


def test_changed_deleted_tampered_and_two_groups(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, copy_path: Path, tmp_path: Path
) -> None:
    second = tmp_path / "hms2.oppgave"
    _export(qtbot, opened, dialogs, second)
    _leader_comment_copy(Path(), copy_path, "Insulin", ReviewerRole.UNION_REP, "Gruppe 1")
    _leader_comment_copy(Path(), copy_path, "Middag", ReviewerRole.EMPLOYEE, "Middag 1")
    _leader_comment_copy(Path(), second, "Insulin", ReviewerRole.SAFETY_REP, "Gruppe 2")
    controller = _controller(opened)
    context = opened.context
    ws = context.workspace
    by_name = {t.name: t for t in context.task_list()}
    tasks.update_task(ws, by_name["Insulin"].id, duration_minutes=12.0)
    tasks.delete_tasks(ws, [by_name["Middag"].id])
    _import(qtbot, controller, copy_path)
    result = controller.last_merge.merge_result
    assert result.on_changed_tasks == ("Insulin",)
    assert result.on_deleted_tasks == ("Middag",)
    assert "Middag" in controller.last_merge.summary.text()
    _import(qtbot, controller, second)
    texts = sorted(c.text for c in review_comments.list_comments(ws))
    assert texts == ["Gruppe 1", "Gruppe 2", "Middag 1"]
    # a copy changed outside review mode is reported, and refused when the leader says no
    tampered = tmp_path / "tampered.oppgave"
    shutil.copyfile(second, tampered)
    import sqlite3

    with sqlite3.connect(tampered) as db:
        db.execute("UPDATE task SET name = 'Hacket' WHERE name = 'Aktivitet'")
    dialogs.answer("confirm", False)
    before = len(controller.last_merge.model.views)
    last = controller.last_merge
    _import(qtbot, controller, tampered)
    assert controller.last_merge is last
    assert dialogs.messages("confirm"), "the leader is asked about a tampered copy"
    assert dialogs.messages("error")
    assert len(last.model.views) == before


def test_flags_in_review_mode_travel_back_as_suggestions(
    qtbot: QtBot, opened: MainWindow, copy_path: Path, small_path: Path
) -> None:
    opened.close_document()
    controller = _open_copy(qtbot, opened, copy_path)
    _select(opened, "Forflytning")
    panel = controller.panel
    panel.role.setCurrentIndex(panel.role.findData(ReviewerRole.SAFETY_REP))
    qtbot.mouseClick(panel.flags.boxes[WorkFlag.HEAVY_LIFTING], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.flags.boxes[WorkFlag.LONE_WORK], Qt.MouseButton.LeftButton)
    ws = opened.document.workspace
    task = next(t for t in opened.context.task_list() if t.name == "Forflytning")
    assert tasks.get_task(ws, task.id).work_flags == 0, "the copy's data is not changed"
    # Two ticks: one flag suggestion with both flags, not a (blank) comment per tick.
    suggestions = [c.suggested_work_flags for c in review_comments.list_comments(ws)]
    assert suggestions == [3]
    assert [c.text for c in review_comments.list_comments(ws)] == [""]
    assert panel.flags.checked_flags() == 3
    opened.document.undo_stack.undo()
    assert [c.suggested_work_flags for c in review_comments.list_comments(ws)] == [1]
    opened.document.undo_stack.redo()
    assert [c.suggested_work_flags for c in review_comments.list_comments(ws)] == [3]
    # Ticking back to the task's own flags leaves nothing to suggest; undo brings it back.
    qtbot.mouseClick(panel.flags.boxes[WorkFlag.HEAVY_LIFTING], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.flags.boxes[WorkFlag.LONE_WORK], Qt.MouseButton.LeftButton)
    assert review_comments.list_comments(ws) == []
    opened.document.undo_stack.undo()
    opened.document.undo_stack.undo()
    assert [c.suggested_work_flags for c in review_comments.list_comments(ws)] == [3]
    opened.close_document()

    assert opened.open_path(small_path)
    wait_loaded(qtbot, opened.context)
    _import(qtbot, controller, copy_path)
    ws = opened.document.workspace
    leader_task = next(t for t in opened.context.task_list() if t.name == "Forflytning")
    views = review_comments.comment_views(ws, task_id=leader_task.id)
    assert [v.comment.suggested_work_flags for v in views] == [3]
    # The leader's merge view shows the flags as flags, not as a blank comment.
    merge = controller.last_merge
    assert merge is not None
    model = merge.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == "Forflytning")
    shown = {headers[c]: model.index(row, c).data() for c in range(model.columnCount())}
    assert shown["Vurdering"] == "forslag til merker"
    assert shown["Merker"] == "tunge løft, alenearbeid"
    assert {v.comment.reviewer_role for v in views} == {ReviewerRole.SAFETY_REP}
    # the leader sets a flag on the task itself: an undoable task edit
    _select(opened, "Forflytning")
    assert panel.flags.checked_flags() == 0
    qtbot.mouseClick(panel.flags.boxes[WorkFlag.NIGHT_WORK], Qt.MouseButton.LeftButton)
    assert tasks.get_task(ws, leader_task.id).work_flags == WorkFlag.NIGHT_WORK
    opened.document.undo_stack.undo()
    assert tasks.get_task(ws, leader_task.id).work_flags == 0


def test_disagreement_filter_and_markers(qtbot: QtBot, opened: MainWindow, copy_path: Path) -> None:
    _leader_comment_copy(Path(), copy_path, "Insulin", ReviewerRole.UNION_REP, "Uenig")
    controller = _controller(opened)
    _import(qtbot, controller, copy_path)
    tab = opened.department_tab("tasks")
    total = tab.proxy.rowCount()
    names = [tab.proxy.index(i, TaskColumn.NAME).data() for i in range(total)]
    marked = [
        names[i]
        for i in range(total)
        if tab.proxy.index(i, TaskColumn.NAME).data(Qt.ItemDataRole.DecorationRole) is not None
    ]
    assert marked == ["Insulin"]
    controller.disagreement.setChecked(True)
    assert [tab.proxy.index(i, 0).data() for i in range(tab.proxy.rowCount())] == ["Insulin"]
    # resolving the disagreement empties the filter
    insulin = next(t for t in opened.context.task_list() if t.name == "Insulin")
    controller.panel.set_task(insulin.id)
    controller.panel.view.selectRow(0)
    controller.panel.toggle_resolved()
    assert tab.proxy.rowCount() == 0
    controller.disagreement.setChecked(False)
    assert tab.proxy.rowCount() == total


def test_work_environment_summary_hand_computed(qtbot: QtBot, opened: MainWindow) -> None:
    """Forflytning: 6/day × 7 days × 15 min × 2 staff = 21 h/week of heavy lifting, done by
    helsefagarbeider today and moved to assistent in «Forslag A»: 0 → 21 h for assistent
    (a warning), 21 → 0 h for helsefagarbeider."""
    context = opened.context
    ws = context.workspace
    roles = {role.code: role for role in opened.document.roles()}
    task = next(t for t in context.task_list() if t.name == "Forflytning")
    tasks.update_task(ws, task.id, work_flags=int(WorkFlag.HEAVY_LIFTING))
    proposal = next(s for s in context.scenarios() if not s.is_baseline)
    scenarios.set_assignment(ws, proposal.id, task.id, {roles["ASS"].id: 100.0})
    controller = _controller(opened)
    controller.show_summary()
    qtbot.waitUntil(lambda: controller.last_summary is not None, timeout=10_000)
    dialog = controller.last_summary
    model = dialog.model
    rows = {model.index(i, 0).data(): i for i in range(model.rowCount())}
    assistent, hfa = roles["ASS"].name, roles["HFA"].name
    assert model.index(rows[assistent], 1).data() == "0,0 → 21"
    assert model.index(rows[hfa], 1).data() == "21 → 0,0"
    assert model.index(rows[assistent], 1).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(rows[hfa], 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert assistent in dialog.warnings.text() and "→ 21" in dialog.warnings.text()


def test_review_pdf_from_the_menu(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "skjema.pdf"
    dialogs.answer("save_file", str(target))
    controller = _controller(opened)
    titles = [a.text() for a in opened.menu(controller.menu_key).actions() if a.text()]
    assert titles == [
        "Eksporter gjennomgangskopi …",
        "Gjennomgangs-PDF …",
        "Importer returnert kopi …",
        "Vis kommentarer (HMS)",
    ]
    controller.export_pdf()
    qtbot.waitUntil(lambda: not controller.writing, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "skjema.pdf" in dialogs.messages("information")[-1]


def test_start_page_shows_no_comments_panel(qtbot: QtBot, window: MainWindow) -> None:
    """No file open: the comments dock (whose buttons need a file) is not shown."""
    controller = _controller(window)
    assert window.document is None
    assert controller.dock.isHidden() and controller.banner.isHidden()


def test_closing_the_file_hides_the_comments_panel(
    qtbot: QtBot, opened: MainWindow, copy_path: Path
) -> None:
    opened.close_document()
    controller = _open_copy(qtbot, opened, copy_path)
    assert not controller.dock.isHidden()
    opened.close_document()
    assert controller.dock.isHidden() and controller.banner.isHidden()


def test_copy_of_a_proposal_opens_on_it_and_names_it(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """Exported with «Forslag A» selected: the message names it; the copy opens on it (not on
    «I dag») and the banner says which department and proposal are under review."""
    context = opened.context
    assert context is not None
    proposal = next(s for s in context.scenarios() if s.name == "Forslag A")
    opened.select_scenario(proposal.id)
    assert context.scenario is not None and context.scenario.name == "Forslag A"
    target = tmp_path / "forslag-a.oppgave"
    _export(qtbot, opened, dialogs, target)
    message = dialogs.messages("information")[-1]
    assert "«Forslag A»" in message and "Solsiden" in message and target.name in message

    opened.close_document()
    controller = _open_copy(qtbot, opened, target)
    assert opened.context is not None and opened.context.scenario is not None
    assert opened.context.scenario.name == "Forslag A"
    assert opened.header.scenario_combo.currentText() == "Forslag A"
    banner = controller.banner_label.text()
    assert "Solsiden" in banner and "Forslag A" in banner


def test_review_menu_stands_before_help(opened: MainWindow) -> None:
    _controller(opened)
    titles = [a.text().replace("&", "") for a in opened.menuBar().actions()]
    assert titles[-1] == "Hjelp"
    assert titles.index("Gjennomgang") < titles.index("Hjelp")
