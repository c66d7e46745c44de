"""``oppgave --self-test`` passes on a whole installation and fails when a resource is missing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oppgave import selftest


def test_self_test_passes_in_a_subprocess() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "oppgave", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name in ("hovedvindu", "databasemigreringer", "demo-arbeidsområde", "PDF-rapport"):
        assert f"✓ {name}" in done.stdout
    assert "✗" not in done.stdout
    assert "oppstart til vist vindu:" in done.stdout


def test_missing_resource_fails_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest, "REQUIRED_RESOURCES", (*selftest.REQUIRED_RESOURCES, "fonts/Borte.ttf")
    )
    with pytest.raises(selftest.CheckFailed, match="fonts/Borte.ttf"):
        selftest.check_resources()


def test_missing_resource_makes_the_run_exit_non_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selftest, "REQUIRED_RESOURCES", ("translations/oppgave_xx.qm",))
    monkeypatch.setattr(selftest, "check_window", lambda: "hoppet over")
    assert selftest.run() == 1
    captured = capsys.readouterr()
    assert "✗ ressurser" in captured.out
    assert "oppgave_xx.qm" in captured.out
    assert "SELVTEST FEILET" in captured.err


def test_present_resources_pass() -> None:
    assert selftest.check_resources().endswith("filer")
