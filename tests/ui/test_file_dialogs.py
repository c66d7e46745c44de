"""The real save dialog of the dialog service, driven by keys (Qt's own dialog, not a stand-in).

Each test starts the real ``DialogService.save_file`` (or an action that calls it), finds the
``QFileDialog`` with a timer once it is shown, types a file name and presses Enter, as a user
would. Nothing of the dialog service is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from oppgave.ui.common.dialog_service import DialogService, FileKind, with_suffix
from oppgave.ui.files import exchange_actions
from oppgave.ui.files.report_dialog import ask_save_path
from oppgave.ui.window.main_window import MainWindow


@dataclass(frozen=True)
class _SeenDialog:
    """The file types a shown dialog offered and the one it had selected."""

    filters: list[str]
    selected: str

    def nameFilters(self) -> list[str]:  # noqa: N802 - reads like the dialog it stands for
        return self.filters

    def selectedNameFilter(self) -> str:  # noqa: N802
        return self.selected


def _type_into_dialog(name: str, seen: list[_SeenDialog]) -> None:
    """Once a file dialog is on screen: remember it, type ``name`` and press Enter."""

    def attempt() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QFileDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, attempt)
            return
        dialog = dialogs[0]
        # what the user saw, kept as plain data: the service deletes the dialog once it is done
        seen.append(_SeenDialog(dialog.nameFilters(), dialog.selectedNameFilter()))
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert edit is not None
        edit.clear()
        QTest.keyClicks(edit, name)
        QTest.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(20, attempt)


def _save(
    tmp_path: Path, name: str, kind: FileKind, call: Callable[[str], str | None] | None = None
) -> tuple[str | None, _SeenDialog]:
    service = DialogService(None)
    service.native_file_dialogs = False
    seen: list[_SeenDialog] = []
    _type_into_dialog(name, seen)
    start = str(tmp_path / f"forslag{kind.suffix}")
    result = call(start) if call is not None else service.save_file("Lagre", start, kind)
    assert seen, "the file dialog never showed"
    return result, seen[0]


@pytest.mark.parametrize(
    ("kind", "typed", "expected"),
    [
        (FileKind.EXCEL, "eksport.xlsx", "eksport.xlsx"),
        (FileKind.EXCEL, "eksport", "eksport.xlsx"),
        (FileKind.EXCEL, "EKSPORT.XLSX", "EKSPORT.XLSX"),
        (FileKind.CSV, "oppgaver", "oppgaver.csv"),
        (FileKind.CSV, "oppgaver.csv", "oppgaver.csv"),
        (FileKind.PDF, "hms-skjema.pdf", "hms-skjema.pdf"),
        (FileKind.PDF, "mars.v2", "mars.v2.pdf"),
        (FileKind.WORKSPACE, "avdeling", "avdeling.oppgave"),
        (FileKind.WORKSPACE, "avdeling.oppgave", "avdeling.oppgave"),
    ],
)
def test_save_dialog_adds_the_suffix_only_when_missing(
    qtbot: QtBot, tmp_path: Path, kind: FileKind, typed: str, expected: str
) -> None:
    result, dialog = _save(tmp_path, typed, kind)
    assert result is not None
    assert Path(result) == tmp_path / expected


@pytest.mark.parametrize("kind", list(FileKind))
def test_each_save_dialog_filters_its_own_type(
    qtbot: QtBot, tmp_path: Path, kind: FileKind
) -> None:
    _result, dialog = _save(tmp_path, "fil", kind)
    filters = dialog.nameFilters()
    assert filters[0].endswith(f"(*{kind.suffix})")
    assert dialog.selectedNameFilter() == filters[0]
    others = {k.suffix for k in FileKind} - {kind.suffix}
    assert not any(suffix in text for text in filters for suffix in others)


def test_report_dialog_asks_for_a_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    DialogService.native_file_dialogs = False
    try:
        result, dialog = _save(
            tmp_path,
            "rapport",
            FileKind.PDF,
            lambda start: ask_save_path(None, "Lagre", start),  # type: ignore[arg-type]
        )
    finally:
        DialogService.native_file_dialogs = True
    assert result == str(tmp_path / "rapport.pdf")
    assert dialog.nameFilters()[0].endswith("(*.pdf)")


def test_existing_file_with_added_suffix_is_not_replaced_silently(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """«mars.v2» becomes «mars.v2.pdf»; Qt did not see that name, so the service asks."""
    (tmp_path / "mars.v2.pdf").write_bytes(b"%PDF old")
    asked: list[str] = []

    class Refusing(DialogService):
        def confirm(self, title: str, message: str, accept_text: str) -> bool:
            asked.append(message)
            return False

    service = Refusing(None)
    service.native_file_dialogs = False
    seen: list[_SeenDialog] = []
    _type_into_dialog("mars.v2", seen)
    assert service.save_file("Lagre", str(tmp_path / "x.pdf"), FileKind.PDF) is None
    assert asked and "mars.v2.pdf" in asked[0]


def test_with_suffix() -> None:
    assert with_suffix("eksport.xlsx", ".xlsx") == "eksport.xlsx"
    assert with_suffix("eksport", ".xlsx") == "eksport.xlsx"
    assert with_suffix("eksport.xlsx", ".oppgave") == "eksport.xlsx.oppgave"


def test_excel_export_through_the_real_dialog_writes_the_typed_name(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    """The File menu's Excel export with the app's real dialog service: «eksport.xlsx» is
    written as eksport.xlsx, nothing else."""
    real = DialogService(opened)
    real.native_file_dialogs = False
    opened.dialogs = real
    assert opened.document is not None
    folder = opened.document.path.parent  # the dialog starts beside the workspace
    before = set(folder.iterdir())
    seen: list[_SeenDialog] = []
    _type_into_dialog("eksport.xlsx", seen)
    messages: list[str] = []
    real.information = lambda title, message: messages.append(message)  # type: ignore[method-assign]
    runner = exchange_actions.export_excel(opened)
    assert runner is not None
    qtbot.waitUntil(lambda: not runner.busy, timeout=60_000)
    assert seen and seen[0].nameFilters()[0].endswith("(*.xlsx)")
    new = sorted(p.name for p in set(folder.iterdir()) - before if not p.name.startswith("."))
    assert new == ["eksport.xlsx"]
    assert openpyxl.load_workbook(folder / "eksport.xlsx")["Oppgaver"].max_row > 1
    assert messages and str(folder / "eksport.xlsx") in messages[-1]


def test_review_pdf_through_the_real_dialog_is_a_pdf(qtbot: QtBot, opened: MainWindow) -> None:
    """Gjennomgang → «Gjennomgangs-PDF …» with the real dialog: «hms-skjema.pdf» is written as
    hms-skjema.pdf (it used to become «hms-skjema.pdf.oppgave»)."""
    real = DialogService(opened)
    real.native_file_dialogs = False
    opened.dialogs = real
    real.information = lambda title, message: None  # type: ignore[method-assign]
    controller = opened.parts.review
    assert opened.document is not None
    folder = opened.document.path.parent
    before = set(folder.iterdir())
    seen: list[_SeenDialog] = []
    _type_into_dialog("hms-skjema.pdf", seen)
    controller.export_pdf()
    qtbot.waitUntil(lambda: not controller.writing, timeout=30_000)
    assert seen and seen[0].nameFilters()[0].endswith("(*.pdf)")
    new = sorted(p.name for p in set(folder.iterdir()) - before if not p.name.startswith("."))
    assert new == ["hms-skjema.pdf"]
    assert (folder / "hms-skjema.pdf").read_bytes().startswith(b"%PDF")
