"""Shared fixtures. Qt runs offscreen in every test (set before any Qt import)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest  # noqa: E402

from oppgave.db.workspace import Workspace  # noqa: E402
from oppgave.services import workspaces  # noqa: E402


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A new workspace with the default catalogue and no departments."""
    ws = workspaces.new_workspace(tmp_path / "test.oppgave")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, generated once per test session. Read only: copy it to write."""
    from oppgave.demo import generator

    path = tmp_path_factory.mktemp("demo") / "demo.oppgave"
    generator.generate(path).close()
    return path


@pytest.fixture
def demo_copy(demo_path: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace that a test may change."""
    target = tmp_path / "demo-copy.oppgave"
    shutil.copyfile(demo_path, target)
    return target
