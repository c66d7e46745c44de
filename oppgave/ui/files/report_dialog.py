"""The *Rapport* dialog: choose scenario, sections and file, then write the PDF off the UI thread.

The report itself is :mod:`oppgave.report` (Qt-free); this dialog only collects the choices,
runs :func:`~oppgave.report.build_department_report` or
:func:`~oppgave.report.build_municipality_report` on a worker thread with a progress bar and a
cancel button, and shows where the file went. The file dialog goes through ``choose_path`` so
tests (and the app's dialog service) can answer it without a real dialog.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppgave.db.workspace import Workspace
from oppgave.errors import OppgaveError
from oppgave.i18n import translate
from oppgave.report import (
    ReportCancelled,
    ReportResult,
    Section,
    build_department_report,
    build_municipality_report,
)
from oppgave.report.report_data import default_scenario, municipality_title, scenario_names
from oppgave.report.sections import ordered, title
from oppgave.services import organisation, scenarios
from oppgave.ui.common.dialog_service import DialogService, FileKind

#: ``(parent, title, suggested path) -> chosen path or None``: the save-file question.
ChoosePath = Callable[[QWidget, str, str], str | None]
#: Opens a finished report (the system's PDF viewer by default).
OpenFile = Callable[[Path], None]


def _tr(text: str) -> str:
    return translate("ReportDialog", text)


def ask_save_path(parent: QWidget, caption: str, suggested: str) -> str | None:
    """The app's save dialog for PDF files (filters *.pdf, adds «.pdf» only when missing)."""
    return DialogService(parent).save_file(caption, suggested, FileKind.PDF)


def open_with_system(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class _ReportWorker(QObject):
    """Runs one report on the thread it is moved to; reports back through signals."""

    progressed = Signal(int, int)
    finished = Signal(object)  # ReportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Callable[..., ReportResult]) -> None:
        super().__init__()
        self._job = job
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(
                progress=lambda done, total: self.progressed.emit(done, total),
                cancelled=self.stop.is_set,
            )
        except ReportCancelled:
            self.cancelled.emit()
        except OppgaveError as error:
            self.failed.emit(error.message)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
            self.failed.emit(
                _tr("Rapporten kunne ikke lages: {error}").format(error=error or type(error))
            )
        else:
            self.finished.emit(result)


class ReportDialog(QDialog):
    """Report for one department (``department_id``), one municipality (``municipality_id``)
    or, with neither, every municipality in the workspace."""

    #: Emitted with the path when a report has been written.
    report_written = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        department_id: int | None = None,
        municipality_id: int | None = None,
        parent: QWidget | None = None,
        *,
        choose_path: ChoosePath = ask_save_path,
        open_file: OpenFile = open_with_system,
        report_date: date | None = None,
        scenario_id: int | None = None,
    ) -> None:
        if department_id is not None and municipality_id is not None:
            raise ValueError("give a department or a municipality, not both")
        super().__init__(parent)
        self._workspace = workspace
        self._department_id = department_id
        self._municipality_id = municipality_id
        self._choose_path = choose_path
        self._open_file = open_file
        self._report_date = report_date
        self._scenario_id = scenario_id
        self._thread: QThread | None = None
        self._worker: _ReportWorker | None = None
        self.report_result: ReportResult | None = None

        self._name = self._target_name()
        self.setWindowTitle(_tr("Rapport – {name}").format(name=self._name))
        self.setMinimumWidth(520)
        self._build_widgets()
        self._fill_scenarios()
        self.path_edit.setText(str(self._suggested_path()))
        self._set_running(False)

    # --- construction ---------------------------------------------------------------------------

    @property
    def is_department(self) -> bool:
        return self._department_id is not None

    def _target_name(self) -> str:
        if self._department_id is not None:
            return organisation.get_department(self._workspace, self._department_id).name
        if self._municipality_id is not None:
            municipality = organisation.resolve_municipality(self._workspace, self._municipality_id)
            return municipality_title(municipality.name)
        return _tr("alle kommuner")

    def _department_ids(self) -> list[int]:
        if self._department_id is not None:
            return [self._department_id]
        return [
            d.id
            for d in organisation.list_departments(self._workspace)
            if self._municipality_id is None or d.municipality_id == self._municipality_id
        ]

    def _build_widgets(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Rapporten for {name} lagres som PDF, klar til å sendes videre. Velg scenario og "
                "hvilke deler den skal ha."
            ).format(name=self._name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.setAccessibleName(_tr("Scenario"))
        form.addRow(_tr("&Scenario:"), self.scenario_combo)
        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(_tr("Sammenlign med"))
        self.compare_combo.setToolTip(
            _tr(
                "Et annet forslag som settes ved siden av scenarioet (avsnittet «Forslagene mot "
                "hverandre»), ikke bare hvert av dem mot «I dag»."
            )
        )
        if self.is_department:
            form.addRow(_tr("Sa&mmenlign med:"), self.compare_combo)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(_tr("PDF-fil"))
        self.browse_button = QPushButton(_tr("&Velg …"))
        self.browse_button.clicked.connect(self._browse)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        path_label = QLabel(_tr("&Fil:"))
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        layout.addLayout(form)

        group = QGroupBox(_tr("Deler av rapporten"))
        grid = QGridLayout(group)
        self.section_boxes: dict[Section, QCheckBox] = {}
        shown = [
            s
            for s in Section
            if (s is not Section.COMPARISON or not self.is_department)
            and (s is not Section.PROPOSALS or self.is_department)
            and (s is not Section.ROTA or self.is_department)  # a saved rota: one department
        ]
        for index, section in enumerate(ordered(shown)):
            box = QCheckBox(title(section))
            box.setChecked(True)
            self.section_boxes[section] = box
            grid.addWidget(box, index // 2, index % 2)
        layout.addWidget(group)

        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)

        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            _tr("&Lag rapport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            _tr("Å&pne rapporten"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.buttons.addButton(
            _tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.create_button.setDefault(True)
        self.open_button.setEnabled(False)
        self.create_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open_result)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        layout.addWidget(self.buttons)

    def _fill_scenarios(self) -> None:
        if self._department_id is not None:
            found = scenarios.list_scenarios(self._workspace, self._department_id)
            names = [s.name for s in sorted(found, key=lambda s: (not s.is_baseline, s.sort_order))]
            selected = [s for s in found if s.id == self._scenario_id]
            # the scenario selected in the window, else the chosen («valgt») or first proposal
            preferred = (selected or [default_scenario(found)])[0].name if found else ""
        else:
            names = scenario_names(self._workspace, self._department_ids())
            proposals = names[1:]
            preferred = proposals[0] if proposals else (names[0] if names else "")
        self.scenario_combo.addItems(names)
        if preferred:
            self.scenario_combo.setCurrentText(preferred)
        self.compare_combo.addItem(_tr("(ingen)"), None)
        for name in names:
            self.compare_combo.addItem(name, name)

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder else Path.home()
        day = (self._report_date or date.today()).isoformat()
        safe = re.sub(r'[\\/:*?"<>|]+', "-", self._name).strip(" .-") or "rapport"
        return base / _tr("Rapport {name} {day}.pdf").format(name=safe, day=day)

    # --- choices ----------------------------------------------------------------------------------

    def selected_sections(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.section_boxes.items() if box.isChecked())

    def selected_scenario(self) -> str | None:
        return self.scenario_combo.currentText() or None

    def selected_compare(self) -> str | None:
        """The scenario to set beside the report's scenario, or ``None``."""
        name = self.compare_combo.currentData()
        return name if name and name != self.selected_scenario() else None

    @Slot()
    def _browse(self) -> None:
        chosen = self._choose_path(self, _tr("Lagre rapporten som"), self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)

    # --- running ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.scenario_combo,
            self.compare_combo,
            self.path_edit,
            self.browse_button,
            self.create_button,
        ):
            widget.setEnabled(not running)
        for box in self.section_boxes.values():
            box.setEnabled(not running)
        self.progress_bar.setVisible(running or self.progress_bar.value() > 0)
        self.cancel_button.setText(_tr("&Avbryt") if running else _tr("&Lukk"))

    @Slot()
    def start(self) -> None:
        """Write the report with the current choices (on a worker thread)."""
        if self.running:
            return
        text = self.path_edit.text().strip()
        sections = self.selected_sections()
        if not text:
            self._show_error(_tr("Velg hvor rapporten skal lagres."))
            return
        if not sections - {Section.COVER, Section.CONTENTS}:
            self._show_error(
                _tr("Velg minst én del av rapporten i tillegg til forside og innhold.")
            )
            return
        path = Path(text)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            self.path_edit.setText(str(path))
        self.report_result = None
        self.open_button.setEnabled(False)
        self.progress_bar.setRange(0, 0)  # busy until the first step is known
        self.progress_bar.setValue(0)
        self._set_status(_tr("Lager rapporten …"))
        job = self._job(path, self.selected_scenario(), sections, self.selected_compare())
        self._worker = _ReportWorker(job)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self._set_running(True)
        self._thread.start()

    def _job(
        self,
        path: Path,
        scenario: str | None,
        sections: frozenset[Section],
        compare: str | None = None,
    ) -> Callable[..., ReportResult]:
        workspace, day = self._workspace, self._report_date
        if self._department_id is not None:
            department_id = self._department_id

            def department(**kwargs: Any) -> ReportResult:
                return build_department_report(
                    workspace,
                    department_id,
                    path,
                    scenario=scenario,
                    sections=sections,
                    report_date=day,
                    compare=compare,
                    **kwargs,
                )

            return department
        municipality_id = self._municipality_id

        def municipality(**kwargs: Any) -> ReportResult:
            return build_municipality_report(
                workspace,
                municipality_id,
                path,
                scenario=scenario,
                sections=sections,
                report_date=day,
                **kwargs,
            )

        return municipality

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        if not self.is_department and total > 1 and done < total:
            count = (total - 1) // 2
            if done <= count:
                text = _tr("Regner ut avdeling {n} av {count} …").format(n=done, count=count)
            else:
                text = _tr("Lager sidene for avdeling {n} av {count} …").format(
                    n=min(done - count + 1, count), count=count
                )
            self._set_status(text)

    @Slot(object)
    def _on_finished(self, result: ReportResult) -> None:
        self._stop_thread()
        self.report_result = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self._set_status(
            _tr("Rapporten er lagret ({pages} sider): {path}").format(
                pages=result.pages, path=result.path
            )
        )
        self.open_button.setEnabled(True)
        self.report_written.emit(result.path)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._show_error(message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._stop_thread()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self._set_status(_tr("Rapporten ble avbrutt. Ingen fil er lagret."))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self._set_running(False)

    def cancel(self) -> None:
        """Ask a running report to stop (it stops at the next department or page)."""
        if self._worker is not None:
            self._worker.stop.set()
            self._set_status(_tr("Avbryter …"))

    @Slot()
    def _cancel_or_close(self) -> None:
        if self.running:
            self.cancel()
        else:
            self.reject()

    @Slot()
    def _open_result(self) -> None:
        if self.report_result is not None and self.report_result.path is not None:
            self._open_file(self.report_result.path)

    def _set_status(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)

    def _show_error(self, message: str) -> None:
        self.status_label.setStyleSheet("color: #a12622; font-weight: bold;")
        self.status_label.setText(message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.running:
            self.cancel()
            if self._thread is not None:
                self._thread.quit()
                self._thread.wait()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()
