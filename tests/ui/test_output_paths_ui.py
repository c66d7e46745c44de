"""The app's save actions obey the same output rules as the command line (issue 14): the file
dialog asks before replacing a file, but no action ever writes onto the open workspace or onto
another workspace, whatever the file is called."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

from oppgave.ui.files import exchange_actions
from oppgave.ui.review.review_ui import ReviewController
from oppgave.ui.window.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_workspace(opened: MainWindow, folder: Path, name: str) -> Path:
    assert opened.document is not None
    other = folder / name
    shutil.copyfile(opened.document.path, other)
    return other


def test_new_file_never_replaces_a_workspace(
    opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert opened.document is not None
    current = opened.document.path
    other = _other_workspace(opened, tmp_path, "annen.oppgave")
    before = (_digest(current), _digest(other))
    for target in (current, other):
        dialogs.answer("save_file", str(target))
        opened.files.new_file()
        assert "aldri overskrevet" in dialogs.messages("error")[-1]
    assert (_digest(current), _digest(other)) == before
    assert opened.document is not None and opened.document.path == current


def test_save_as_never_replaces_a_workspace(
    opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert opened.document is not None
    current = opened.document.path
    other = _other_workspace(opened, tmp_path, "annen.oppgave")
    before = (_digest(current), _digest(other))
    dialogs.answer("save_file", str(current))
    opened.files.save_as()
    assert "filen som leses" in dialogs.messages("error")[-1]
    dialogs.answer("save_file", str(other))
    opened.files.save_as()
    assert "aldri overskrevet" in dialogs.messages("error")[-1]
    assert (_digest(current), _digest(other)) == before
    copy = tmp_path / "kopi.oppgave"
    dialogs.answer("save_file", str(copy))
    opened.files.save_as()
    assert opened.document is not None and opened.document.path == copy


def test_export_never_replaces_a_workspace_named_like_a_sheet(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    other = _other_workspace(opened, tmp_path, "eksport.xlsx")
    before = _digest(other)
    for action in (exchange_actions.export_excel, exchange_actions.make_template):
        dialogs.answer("save_file", str(other))
        runner = action(opened)
        assert runner is not None
        qtbot.waitUntil(lambda r=runner: not r.busy, timeout=60_000)  # type: ignore[attr-defined]
        assert "aldri overskrevet" in dialogs.messages("error")[-1]
    assert _digest(other) == before


def _review(window: MainWindow) -> ReviewController:
    return window.parts.review


def test_review_copy_and_form_never_replace_a_workspace(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    controller = _review(opened)
    other = _other_workspace(opened, tmp_path, "HMS.oppgave")
    form = _other_workspace(opened, tmp_path, "skjema.pdf")
    before = (_digest(other), _digest(form))
    dialogs.answer("save_file", str(other))
    controller.export_copy()
    qtbot.waitUntil(lambda: not controller.writing, timeout=20_000)
    assert "aldri overskrevet" in dialogs.messages("error")[-1]
    dialogs.answer("save_file", str(form))
    controller.export_pdf()
    qtbot.waitUntil(lambda: not controller.writing, timeout=20_000)
    assert "aldri overskrevet" in dialogs.messages("error")[-1]
    assert (_digest(other), _digest(form)) == before
