"""Shared fixtures. Qt runs offscreen in every test (set before any Qt import)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")


def _private_data_folder() -> None:
    """Point the app's data folder (log, backups, demo) at a temporary folder, so that no test
    writes into the real home folder. Subprocesses started by tests inherit it."""
    import tempfile

    os.environ["OPPGAVE_DATA_DIR"] = tempfile.mkdtemp(prefix="oppgave-data-")


_private_data_folder()

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from oppgave.db.workspace import Workspace  # noqa: E402
from oppgave.services import workspaces  # noqa: E402

# Fuzz budgets: the default profile keeps the suite fast; ``HYPOTHESIS_PROFILE=long`` runs
# many more cases (and each test's own ``max_examples`` is scaled by FUZZ_SCALE).
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


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


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Each test gets its own data folder (log, backups, demo), so backups of one test never
    show up in another."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("OPPGAVE_DATA_DIR", str(folder))
    return folder
