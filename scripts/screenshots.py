"""Start the real app offscreen on the demo workspace and save PNGs of the main views.

    python scripts/screenshots.py [--out docs/screenshots] [--language nb]

The demo workspace is generated afresh (seed 2023) in a temporary folder, so the pictures are
the same on every machine; the user's own settings are not touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from oppgave.demo import generator  # noqa: E402
from oppgave.services import organisation, review, tasks  # noqa: E402
from oppgave.ui.app import create_window  # noqa: E402
from oppgave.ui.common.text_cell_delegate import error_popup  # noqa: E402
from oppgave.ui.startup.app_settings import AppSettings  # noqa: E402
from oppgave.ui.tasks.task_library_dialog import TaskLibraryDialog  # noqa: E402
from oppgave.ui.tasks.task_table_model import TaskColumn  # noqa: E402
from oppgave.ui.window.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def settle(rounds: int = 30) -> None:
    app = QApplication.instance()
    assert app is not None
    for _ in range(rounds):
        app.processEvents()


def wait_loaded(window: MainWindow) -> None:
    while window.context is not None and window.context.loading:
        settle(1)
    settle()


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def save_with_popup(window: MainWindow, path: Path) -> None:
    """The window with the refusal note drawn where it floats (a separate tool window)."""
    settle()
    picture = QPixmap(window.grab())
    popup = error_popup()
    if popup.isVisible():
        painter = QPainter(picture)
        painter.drawPixmap(window.mapFromGlobal(popup.pos()), popup.grab())
        painter.end()
    picture.save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def pick_department(window: MainWindow, name_part: str) -> None:
    assert window.document is not None
    departments = organisation.list_departments(window.document.workspace)
    chosen = next((d for d in departments if name_part.casefold() in d.name.casefold()), None)
    chosen = chosen or max(
        departments,
        key=lambda d: len(tasks.list_tasks(window.document.workspace, d.id)),  # type: ignore[union-attr]
    )
    window.select_department(chosen.id)
    wait_loaded(window)


def shoot_table_details(window: MainWindow, out: Path) -> None:
    """Workshop details of the task table: the frozen name column after tabbing right, a
    refusal at the right edge, and a quick-added task with its defaults as placeholders."""
    from PySide6.QtTest import QTest

    tab = window.show_tab("tasks")
    view = tab.view  # type: ignore[union-attr]
    proxy = tab.proxy  # type: ignore[union-attr]
    view.setCurrentIndex(proxy.index(3, TaskColumn.NAME))
    view.setFocus()
    while view.currentIndex().column() != TaskColumn.RESTRICTION:
        QTest.keyClick(view, Qt.Key.Key_Tab)
    save(window, out / "workshop-frozen-name-column.png")

    # the «Ansatte samtidig» cell put at the right edge of the visible table, then refused
    staff = proxy.index(3, TaskColumn.STAFF)
    view.setCurrentIndex(staff)
    view.scrollTo(staff)
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + view.visualRect(staff).right() - view.viewport().width() + 2)
    settle()
    view.edit(staff)
    settle()
    editor = view.focusWidget()
    if isinstance(editor, QLineEdit):
        editor.selectAll()
        QTest.keyClicks(editor, "mange")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        save_with_popup(window, out / "workshop-refusal-at-right-edge.png")
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    error_popup().hide()
    window.statusBar().clearMessage()

    bar.setValue(0)
    quick = tab.quick_add  # type: ignore[union-attr]
    quick.setFocus()
    QTest.keyClicks(quick, "Bestille varer fra apoteket")
    QTest.keyClick(quick, Qt.Key.Key_Return)
    view.selectionModel().clearSelection()  # the placeholders' grey shows without selection
    settle()
    save(window, out / "workshop-quick-add-placeholders.png")
    window.document.undo_stack.undo()  # type: ignore[union-attr]
    settle()


def shoot(out: Path, language: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="oppgave-screens-"))
    demo = folder / "demo.oppgave"
    generator.generate(demo, seed=2023).close()
    settings = AppSettings.in_file(folder / "settings.ini")
    settings.set_language(language)
    window = create_window(settings, language=language)
    window.resize(1440, 900)
    window.show()
    window.open_path(demo)
    pick_department(window, "langtid")
    context = window.context
    assert context is not None

    views: list[tuple[str, Callable[[], None]]] = [
        ("tasks", lambda: window.show_tab("tasks")),
        ("board", lambda: window.show_tab("board")),
        ("staffing", lambda: window.show_tab("staffing")),
        ("catalogue", lambda: window.show_tab("catalogue")),
    ]
    for name, show in views:
        show()
        settle()
        save(window, out / f"{name}.png")

    # a proposal on the board, after moving work down the LEON ladder
    proposals = [s for s in context.scenarios() if not s.is_baseline]
    if proposals:
        window.select_scenario(proposals[0].id)
        wait_loaded(window)
        window.show_tab("board")
        save(window, out / "board-proposal.png")
        # the Analyse tab compares the proposal with «I dag»; its figures come off-thread
        analysis = window.show_tab("analysis")
        for _ in range(600):
            settle(1)
            if analysis is not None and not analysis.is_computing():  # type: ignore[attr-defined]
                break
            time.sleep(0.02)
        settle()
        save(window, out / "analysis.png")
        window.select_scenario(next(s.id for s in context.scenarios() if s.is_baseline))
        wait_loaded(window)

    # a refused cell: the reason shows under it, the editor keeps what was typed
    tab = window.show_tab("tasks")
    view = tab.view  # type: ignore[union-attr]
    proxy = tab.proxy  # type: ignore[union-attr]
    index = proxy.index(2, TaskColumn.ROLES)
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    settle()
    editor = view.focusWidget()
    if isinstance(editor, QLineEdit):
        editor.setText("HFA 70 %, SPL 20 %")
        from PySide6.QtTest import QTest

        QTest.keyClick(editor, Qt.Key.Key_Return)
        save_with_popup(window, out / "refused-input.png")
        QTest.keyClick(editor, Qt.Key.Key_Escape)
    error_popup().hide()
    view.setCurrentIndex(QModelIndex())

    # the task library dialog
    dialog = TaskLibraryDialog(context, window)
    dialog.resize(1100, 640)
    dialog.show()
    settle()
    save(dialog, out / "library.png")
    dialog.close()

    # workshop mode on a 1280×720 projector, at 100, 125 and 150 % text (Ctrl++)
    window.show_tab("tasks")
    for zoom in (100, 125, 150):
        window.settings.set_zoom(zoom)
        window.view.toggle_workshop_mode(True)
        window.showNormal()  # offscreen: a full screen of exactly the projector's size
        window.resize(1280, 720)
        window.move(QPoint(0, 0))
        settle()
        save(window, out / f"workshop-1280x720-{zoom}.png")
    window.settings.set_zoom(100)
    window.view.toggle_workshop_mode(True)
    window.showNormal()
    window.resize(1280, 720)
    settle()
    save(window, out / "workshop-1280x720.png")
    window.show_tab("board")
    save(window, out / "workshop-board-1280x720.png")
    window.show_tab("tasks")
    shoot_table_details(window, out)
    window.view.toggle_workshop_mode(False)
    window.settings.set_zoom(100)
    window.view.apply_appearance()

    # the default window: 1280×720, quick-add row and status bar on screen
    window.resize(1280, 720)
    settle()
    save(window, out / "default-1280x720.png")

    # Qt's own file dialog in Norwegian
    from PySide6.QtWidgets import QFileDialog

    dialog_widget = QFileDialog(window, "Lagre rapport", str(folder), "PDF (*.pdf)")
    dialog_widget.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog_widget.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog_widget.resize(900, 520)
    dialog_widget.show()
    settle()
    save(dialog_widget, out / "file-dialog-norwegian.png")
    dialog_widget.close()

    # an HMS review copy of the department, opened as the review group sees it
    copy = folder / "gjennomgang.oppgave"
    department = context.department
    assert department is not None
    review.export_review_copy(context.workspace, department.id, copy)
    window.resize(1440, 900)
    window.open_path(copy)
    wait_loaded(window)
    window.show_tab("tasks")
    settle()
    save(window, out / "review-mode.png")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("nb", "en"), default="nb")
    args = parser.parse_args()
    shoot(args.out.resolve(), args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
