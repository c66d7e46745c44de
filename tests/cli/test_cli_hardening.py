"""The command line never shows a traceback, even for a bug: a sentence, and the log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from oppgave.cli import main as cli
from oppgave.services import user_folders, workspaces


def test_unexpected_exception_gives_a_sentence_and_a_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.oppgave"
    workspaces.new_workspace(path).close()

    def broken(_workspace: object) -> object:
        raise RuntimeError("en feil ingen ventet")

    monkeypatch.setattr(workspaces, "info", broken)
    assert cli.main(["info", str(path)]) == cli.EXIT_BUG
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "noe uventet gikk galt" in err and "RuntimeError" in err
    log = user_folders.log_file()
    assert str(log) in err
    assert log.parent.parent == Path(os.environ[user_folders.DATA_DIR_VARIABLE])
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "en feil ingen ventet" in text
