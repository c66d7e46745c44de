"""PySide6 6.12 on CPython 3.11 drops a reference to None on every void Qt call; the guard keeps
the app alive (see oppgave/ui/startup/refcount_guard.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from oppgave.ui.startup import refcount_guard

PROGRAM = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    if sys.argv[1] == "guarded":
        from oppgave.ui.startup import refcount_guard
        refcount_guard.install(app)
    widget = QWidget()
    for _ in range(60_000):
        widget.setWindowTitle("x")
    print("alive")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", PROGRAM, mode], capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(not refcount_guard.needed(), reason="None is immortal on Python 3.12+")
def test_guard_keeps_the_interpreter_alive() -> None:
    guarded = _run("guarded")
    assert guarded.returncode == 0 and "alive" in guarded.stdout, guarded.stderr[-500:]


@pytest.mark.skipif(not refcount_guard.needed(), reason="None is immortal on Python 3.12+")
def test_the_bug_is_still_there_without_the_guard() -> None:
    """When this starts to fail, PySide6 is fixed and the guard can go."""
    unguarded = _run("plain")
    assert unguarded.returncode != 0 and "none_dealloc" in unguarded.stderr


def test_guard_does_nothing_where_not_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(refcount_guard, "needed", lambda: False)
    before = sys.getrefcount(None)
    refcount_guard.top_up()
    assert abs(sys.getrefcount(None) - before) < 1000
