"""The *Rapport* dialog: choices, a report written off the UI thread, cancel and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from oppgave.db.workspace import Workspace
from oppgave.report import Section
from oppgave.services import organisation
from oppgave.ui.files.report_dialog import ReportDialog
from tests.report.conftest import DEPARTMENT, pdf_text


def _dialog(qtbot: QtBot, workspace: Workspace, target: Path, **ids: int | None) -> ReportDialog:
    asked: list[str] = []

    def choose(parent: object, caption: str, suggested: str) -> str | None:
        asked.append(suggested)
        return str(target)

    opened: list[Path] = []
    dialog = ReportDialog(
        workspace,
        **ids,
        choose_path=choose,
        open_file=opened.append,
        report_date=date(2026, 11, 28),
    )
    dialog.asked = asked  # type: ignore[attr-defined]
    dialog.opened = opened  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    return dialog


def test_department_report_from_the_dialog(
    qtbot: QtBot, demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "fra dialogen.pdf"
    dialog = _dialog(qtbot, demo_workspace, target, department_id=department_id)
    assert DEPARTMENT in dialog.windowTitle()
    assert dialog.scenario_combo.currentText() == "Forslag A"
    assert [dialog.scenario_combo.itemText(i) for i in range(dialog.scenario_combo.count())] == [
        "I dag",
        "Forslag A",
    ]
    assert Section.COMPARISON not in dialog.section_boxes
    assert dialog.path_edit.text().endswith("2026-11-28.pdf")

    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(target)
    for section, box in dialog.section_boxes.items():
        box.setChecked(section in {Section.COVER, Section.SUMMARY})
    with qtbot.waitSignal(dialog.report_written, timeout=30_000) as written:
        dialog.create_button.click()
        assert dialog.running
        assert not dialog.create_button.isEnabled()
    assert written.args == [target]
    assert not dialog.running
    assert dialog.report_result is not None and dialog.report_result.pages == 2
    assert "2 sider" in dialog.status_label.text()
    assert len(pdf_text(target)) == 2
    dialog.open_button.click()
    assert dialog.opened == [target]  # type: ignore[attr-defined]


def test_municipality_report_shows_progress_and_can_be_cancelled(
    qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    melhus = organisation.resolve_municipality(demo_workspace, "Melhus")
    target = tmp_path / "melhus.pdf"
    dialog = _dialog(qtbot, demo_workspace, target, municipality_id=melhus.id)
    assert "Melhus kommune" in dialog.windowTitle()
    assert Section.COMPARISON in dialog.section_boxes
    assert dialog.scenario_combo.currentText() == "Forslag A"
    dialog.path_edit.setText(str(target))

    maxima: list[int] = []
    dialog.progress_bar.valueChanged.connect(
        lambda _v: maxima.append(dialog.progress_bar.maximum())
    )
    with qtbot.waitSignal(dialog.report_written, timeout=60_000):
        dialog.create_button.click()
    assert 7 in maxima, "3 departments analysed, 3 laid out, and finishing"
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert target.exists()

    target.unlink()
    dialog.create_button.click()
    dialog.cancel_button.click()  # while running: cancel, not close
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "avbrutt" in dialog.status_label.text()
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_errors_are_shown_in_the_dialog(
    qtbot: QtBot, demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo_workspace, tmp_path / "x.pdf", department_id=department_id)
    dialog.path_edit.setText(str(tmp_path / "finnes-ikke" / "r.pdf"))
    dialog.create_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert "finnes ikke" in dialog.status_label.text()
    assert dialog.report_result is None

    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog.create_button.click()
    assert not dialog.running
    assert "Velg minst én del" in dialog.status_label.text()


@pytest.mark.parametrize("both", [True])
def test_refuses_two_targets(demo_workspace: Workspace, both: bool) -> None:
    with pytest.raises(ValueError):
        ReportDialog(demo_workspace, department_id=1, municipality_id=1)
