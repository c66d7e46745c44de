"""«Koble til server»: the address of a shared PostgreSQL server, the user, and a password
that is asked for and used, never stored (docs/server.md)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from oppgave.services import workspaces


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ServerDialog", text)


class ServerDialog(QDialog):
    """Asks for a server address, a user name and (optionally) a password."""

    def __init__(self, parent: QWidget | None = None, address: str = "", user: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Koble til server"))
        layout = QFormLayout(self)
        self.address = QLineEdit(address, self)
        self.address.setPlaceholderText("postgresql://maskin.kommune.no:5432/oppgave")
        self.user = QLineEdit(user, self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(_tr("tomt: bruk ~/.pgpass"))
        layout.addRow(_tr("Serveradresse"), self.address)
        layout.addRow(_tr("Bruker"), self.user)
        layout.addRow(_tr("Passord"), self.password)
        note = QLabel(_tr("Passordet lagres ikke; det brukes bare for denne tilkoblingen."), self)
        note.setWordWrap(True)
        layout.addRow(note)
        self.problem = QLabel("", self)
        self.problem.setStyleSheet("color: #b00020")
        layout.addRow(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Koble til"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def connection_url(self) -> str:
        """The URL to open (with the password, in memory only)."""
        return workspaces.server_url(self.address.text(), self.user.text(), self.password.text())

    def _accept_if_valid(self) -> None:
        if not workspaces.is_server_location(self.address.text().strip()):
            self.problem.setText(
                _tr("Adressen må begynne med postgresql:// (for eksempel {example}).").format(
                    example="postgresql://maskin/oppgave"
                )
            )
            return
        if not self.user.text().strip():
            self.problem.setText(_tr("Skriv inn brukernavnet ditt."))
            return
        self.accept()
