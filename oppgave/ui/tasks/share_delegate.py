"""The "Utføres av" cell: who does a task, as ``HFA 70 %, SPL 30 %``.

A line edit that completes role codes after each comma and explains the form in its tool tip;
the model parses the text (:func:`oppgave.domain.task_text.parse_shares`) and refuses shares
that do not sum to 100 %, unknown roles, and roles a proposal's restriction forbids, with the
reason under the cell.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from oppgave.domain import records as r
from oppgave.ui.common.text_cell_delegate import Index, TextCellDelegate


class ShareDelegate(TextCellDelegate):
    def __init__(self, roles: Callable[[], list[r.Role]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roles = roles

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        roles = self.roles()
        self.completions = [role.code for role in roles]
        self.placeholder = QCoreApplication.translate("ShareDelegate", "f.eks. HFA 70 %, SPL 30 %")
        self.hint = QCoreApplication.translate(
            "ShareDelegate",
            "Skriv yrkesgruppe og andel, f.eks. «HFA 70 %, SPL 30 %». Andelene må bli 100 %.\n"
            "Én yrkesgruppe alene betyr 100 %. Tomt felt: ikke fordelt.\nYrkesgrupper: {roles}",
        ).format(roles=", ".join(f"{role.code} ({role.name})" for role in roles))
        return super().create_widget(parent, index)
