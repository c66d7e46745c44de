"""«Koble til server»: the URL is built from address, user and password; the password is used
and never stored; the window opens a workspace on a server."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from oppgave.services import organisation, workspaces
from oppgave.ui.files.server_dialog import ServerDialog
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.window.main_window import MainWindow


def test_the_dialog_builds_the_url_with_quoted_credentials(qtbot: QtBot) -> None:
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.address.setText(" postgresql://db.melhus.kommune.no:5432/oppgave ")
    dialog.user.setText("kari")
    dialog.password.setText("p@ss:ord/1")
    assert dialog.connection_url() == (
        "postgresql://kari:p%40ss%3Aord%2F1@db.melhus.kommune.no:5432/oppgave"
    )
    dialog.password.clear()
    assert dialog.connection_url() == "postgresql://kari@db.melhus.kommune.no:5432/oppgave"


def test_the_dialog_refuses_what_is_not_a_server_address(qtbot: QtBot) -> None:
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    dialog.address.setText("avdeling.oppgave")
    dialog.user.setText("kari")
    dialog._accept_if_valid()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert "postgresql://" in dialog.problem.text()
    dialog.address.setText("postgresql://maskin/oppgave")
    dialog.user.setText("")
    dialog._accept_if_valid()
    assert "brukernavn" in dialog.problem.text()


def test_the_window_opens_a_server_and_stores_no_password(
    window: MainWindow, app_settings: AppSettings, pg_url: str, tmp_path: Path
) -> None:
    with workspaces.new_workspace(pg_url) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        organisation.create_department(workspace, municipality.id, "Langtid")
    with_password = workspaces.server_url(pg_url, "oppgave", "hemmelig-passord")
    assert window.open_path(with_password)  # the test server trusts loopback: any password
    assert window.document is not None and window.document.workspace.is_server
    assert [d.name for d in window.document.departments()] == ["Langtid"]
    window.close_document()
    app_settings._settings.sync()
    stored = "".join(p.read_text(errors="replace") for p in tmp_path.rglob("*.ini"))
    assert "hemmelig-passord" not in stored
    assert app_settings.recent_files() == []
