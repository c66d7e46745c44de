"""A drop-down for the cells that hold one of a fixed set of values (category, status)."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from oppgave.ui.common.text_cell_delegate import CellDelegate, Index


class ChoiceDelegate(CellDelegate):
    """A combo box of ``choices()`` (value, label); picking an entry commits it at once."""

    def __init__(
        self, choices: Callable[[], list[tuple[Enum, str]]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._picked(c))
        return combo

    def _picked(self, combo: QComboBox) -> None:
        # Let the popup close before the editor goes away.
        QTimer.singleShot(0, lambda: self._commit_and_close(combo))

    def _commit_and_close(self, combo: QComboBox) -> None:
        if combo not in self._indexes or combo in self._done:
            return
        if self.commit(combo):
            self.closeEditor.emit(combo)

    def editor_value(self, editor: QWidget) -> Any:
        assert isinstance(editor, QComboBox)
        return editor.currentData()

    def set_editor_value(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def popup_open(self, editor: QWidget) -> bool:
        return isinstance(editor, QComboBox) and editor.view().isVisible()
