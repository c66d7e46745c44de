"""Switching the language changes what the user sees: window, tables, cells, messages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib.resources import files

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from ui_support import wait_loaded

from oppgave.i18n import translate
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _translated_sources() -> set[str]:
    """Norwegian source texts whose English translation differs."""
    ts = files("oppgave.resources") / "translations" / "oppgave_en.ts"
    root = ET.fromstring(ts.read_text(encoding="utf-8"))
    return {
        message.findtext("source", "")
        for message in root.iter("message")
        if (message.findtext("translation") or "") != message.findtext("source", "")
    }


def _visible_texts(window: MainWindow) -> list[str]:
    texts: list[str] = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            texts += [a.text() for a in menu.actions() if a.text()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return [text for text in texts if text]


def test_switching_to_english_changes_visible_text(
    opened: MainWindow, qtbot: QtBot, app_settings: AppSettings
) -> None:
    norwegian = _visible_texts(opened)
    assert "Oppgaver" in norwegian and "&Fil" in norwegian
    opened.view.set_language("en")
    assert app_settings.language() == "en"
    assert opened.context is not None
    wait_loaded(qtbot, opened.context)
    english = _visible_texts(opened)
    for expected in ("Tasks", "Board", "Staffing", "Catalogue", "&File", "&Edit", "Scenario:"):
        assert expected in english
    # nothing the user sees is still Norwegian (data such as names and codes aside)
    sources = _translated_sources()
    leftovers = [text for text in english if text in sources]
    assert len(english) > 40
    assert leftovers == []
    # the same department and scenario are still selected
    assert opened.context.department is not None and opened.context.department.name == "Solsiden"
    assert opened.file_label.text() == "File: solsiden.oppgave"
    # tables, cell text and refusals follow the language
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    model = tab.model
    assert model.headerData(TaskColumn.FREQUENCY, Qt.Orientation.Horizontal) == "Frequency"
    row = next(r for r in range(model.rowCount()) if model.task_at(r).name == "Morgenstell")  # type: ignore[union-attr]
    aktivitet = next(r for r in range(model.rowCount()) if model.task_at(r).name == "Aktivitet")  # type: ignore[union-attr]
    # the one written form, in the shown language (its words are the FreeText context's)
    daily = translate("FreeText", "ganger daglig")
    assert model.row_texts(row)[TaskColumn.FREQUENCY] == f"12 {daily}"
    assert model.row_texts(row)[TaskColumn.WINDOWS] == "07:00–10:00"
    assert model.row_texts(row)[TaskColumn.CATEGORY] == "Direct patient work"
    assert model.row_texts(aktivitet)[TaskColumn.ROLES] == "Unassigned"
    assert model.setData(model.index(row, TaskColumn.FREQUENCY), "2 per day (Mon–Fri)")
    weekdays = translate("FreeText", "hverdager")  # «weekdays»
    assert model.row_texts(row)[TaskColumn.FREQUENCY] == f"2 {daily} ({weekdays})"
    assert not model.setData(model.index(row, TaskColumn.ROLES), "HFA 50 %, SPL 20 %")
    assert model.last_error == "The shares in “HFA 50 %, SPL 20 %” add up to 70 %, not 100 %."
    assert translate("Validation", "Navnet kan ikke være tomt.") == "The name cannot be empty."
    # and back
    opened.view.set_language("nb")
    wait_loaded(qtbot, opened.context)
    assert "Oppgaver" in _visible_texts(opened)
    assert translate("Validation", "Navnet kan ikke være tomt.") == "Navnet kan ikke være tomt."


def test_every_message_has_an_english_translation() -> None:
    ts = files("oppgave.resources") / "translations" / "oppgave_en.ts"
    root = ET.fromstring(ts.read_text(encoding="utf-8"))
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.findtext("source")
        and (
            message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
            or not (message.findtext("translation") or "").strip()
        )
    ]
    assert unfinished == []
    assert (files("oppgave.resources") / "translations" / "oppgave_en.qm").is_file()


def _dialog_texts(dialog: QWidget) -> set[str]:
    texts = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) if w.text()}
    texts |= {w.text().replace("&", "") for w in dialog.findChildren(QAbstractButton)}
    return texts


def test_qt_dialogs_speak_norwegian(qtbot: QtBot, qapp: object) -> None:
    """Qt's own file dialog and standard buttons: «Se i:», «Lagre», «Avbryt» in Norwegian,
    «Look in:», «Save», «Cancel» again in English (PySide6-Essentials has no qtbase_nb.qm;
    the app loads Qt's if present, else its own)."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from oppgave.ui.startup.translations import install_language, qt_translation

    assert qt_translation("qtbase", "nb") is not None
    install_language(qapp, "nb")  # type: ignore[arg-type]
    dialog = QFileDialog(None, "Lagre", "", "oppgave (*.oppgave)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = _dialog_texts(dialog)
    assert {"Se i:", "Filnavn:", "Filtype:", "Lagre", "Avbryt"} <= texts, texts
    assert not {"Look in:", "Save", "Cancel"} & texts
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"OK", "Avbryt", "Ja", "Nei"}

    install_language(qapp, "en")  # type: ignore[arg-type]
    english = QFileDialog(None, "Save", "", "oppgave (*.oppgave)")
    english.setOption(QFileDialog.Option.DontUseNativeDialog)
    english.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(english)
    assert {"Look in:", "Save", "Cancel"} <= _dialog_texts(english)


def test_every_qt_text_we_translate_is_compiled() -> None:
    """The shipped qtbase_nb.qm holds every message of its .ts (rebuild with
    ``scripts/build_qt_translations.py`` after editing)."""
    from PySide6.QtCore import QTranslator

    folder = files("oppgave.resources") / "qt_translations"
    root = ET.fromstring((folder / "qtbase_nb.ts").read_text(encoding="utf-8"))
    translator = QTranslator()
    assert translator.load(str(folder / "qtbase_nb.qm"))
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            expected = message.findtext("translation", "")
            assert translator.translate(name, source) == expected, (name, source)
