"""``oppgave new/demo/info/check`` and the command's error handling."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from oppgave import __version__
from oppgave.cli.main import main
from oppgave.db.migrate import KNOWN_REVISIONS


def test_new_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ny.oppgave"
    assert main(["new", str(path)]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["roles"] == 10
    assert info["counts"]["tasks"] == 0
    assert info["schema_revision"] == KNOWN_REVISIONS[-1]


def test_demo_then_info_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.oppgave"
    assert main(["demo", str(path)]) == 0
    assert "8 avdelinger" in capsys.readouterr().out
    assert main(["info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "tasks" in out and KNOWN_REVISIONS[-1] in out
    assert main(["check", str(path)]) == 0
    assert "i orden" in capsys.readouterr().out
    assert main(["demo", str(path)]) == 1, "refuses to overwrite without --force"
    assert "finnes allerede" in capsys.readouterr().err


def test_demo_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "stor.oppgave"
    assert main(["demo", str(path), "--scale", "700"]) == 0
    assert "700 oppgaver" in capsys.readouterr().out


def test_check_reports_a_broken_workspace(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "brutt.oppgave"
    assert main(["demo", str(path)]) == 0
    connection = sqlite3.connect(path)
    connection.execute("UPDATE assignment SET share = share / 2 WHERE id = 1")
    connection.commit()
    connection.close()
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "summerer til" in err
    assert "1 feil" in err


def test_not_a_workspace_gives_a_message_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tekst.oppgave"
    path.write_text("hei", encoding="utf-8")
    assert main(["info", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil: ") and "Traceback" not in err


def test_python_dash_m_and_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "oppgave", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"oppgave {__version__}"
