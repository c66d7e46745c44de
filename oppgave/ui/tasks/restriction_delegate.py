"""The "Begrensning" cell: who may do a task, typed or picked from the usual cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QComboBox, QWidget

from oppgave.domain import labels
from oppgave.domain import records as r
from oppgave.domain.enums import Restriction
from oppgave.ui.common.text_cell_delegate import CellDelegate, Index


class RestrictionDelegate(CellDelegate):
    """An editable combo box: «Ingen», «Autorisert helsepersonell», «LEON-nivå ≥ n», or text
    such as «bare SPL, VPL»."""

    def __init__(self, roles: Callable[[], list[r.Role]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(labels.label(Restriction.NONE))
        combo.addItem(labels.label(Restriction.AUTHORISED))
        levels = sorted({role.leon_level for role in self.roles() if role.leon_level > 0})
        for level in levels:
            combo.addItem(
                QCoreApplication.translate("CellText", "LEON-nivå ≥ {level}").format(level=level)
            )
        combo.setToolTip(
            QCoreApplication.translate(
                "RestrictionDelegate",
                "Velg, eller skriv f.eks. «bare SPL, VPL». Tomt eller «Ingen»: alle kan gjøre "
                "oppgaven.",
            )
        )
        return combo

    def editor_value(self, editor: QWidget) -> Any:
        assert isinstance(editor, QComboBox)
        return editor.currentText()

    def set_editor_value(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, QComboBox)
        text = "" if value is None else str(value)
        editor.setEditText(text or labels.label(Restriction.NONE))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()

    def popup_open(self, editor: QWidget) -> bool:
        return isinstance(editor, QComboBox) and editor.view().isVisible()
