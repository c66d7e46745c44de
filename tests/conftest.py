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


# --- PostgreSQL (the shared server, docs/server.md) -----------------------------------------

#: The server the tests use: a superuser's URL to a database they may create others beside
#: (``bash scripts/pg_test_server.sh start`` prints one). Without it the server tests skip,
#: unless OPPGAVE_REQUIRE_PG=1 (CI, .ci/run): then a missing server is a failure.
PG_URL_ENV = "OPPGAVE_TEST_PG_URL"

from tests.pg_server import admin_connect, with_database  # noqa: E402


@pytest.fixture(scope="session")
def pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(server URL, name of a template database at head made by the migrations), once per
    session; every ``pg_url`` is a copy of it (CREATE DATABASE … TEMPLATE is fast)."""
    url = os.environ.get(PG_URL_ENV, "")
    required = os.environ.get("OPPGAVE_REQUIRE_PG") == "1"
    if not url:
        if required:
            pytest.fail(f"OPPGAVE_REQUIRE_PG=1 but {PG_URL_ENV} is not set")
        pytest.skip(
            f"no PostgreSQL server: set {PG_URL_ENV} (bash scripts/pg_test_server.sh start)"
        )
    try:
        admin = admin_connect(url)
    except Exception as error:  # noqa: BLE001 - any reason the server is unusable
        if required:
            pytest.fail(f"PostgreSQL at {PG_URL_ENV} is not reachable: {error}")
        pytest.skip(f"PostgreSQL at {PG_URL_ENV} is not reachable: {error}")
    template = f"oppgave_tpl_{os.getpid()}"
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{template}"')
    from oppgave.db.server import open_server

    opened = open_server(with_database(url, template), create=True)
    opened.engine.dispose()
    yield url, template
    with admin_connect(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_template: tuple[str, str]) -> Iterator[str]:
    """The URL of a new database of this test's own, its schema at head and no workspace yet
    (``Workspace.create(pg_url)`` or ``workspaces.new_workspace(pg_url)`` makes one)."""
    import uuid

    url, template = pg_template
    name = f"oppgave_t_{uuid.uuid4().hex[:12]}"
    with admin_connect(url) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield with_database(url, name)
    with admin_connect(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """Which kind of workspace a parametrised test runs on."""
    return str(request.param)


@pytest.fixture
def workspace_location(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new workspace goes: a file, or a fresh database on the test server."""
    if backend == "postgresql":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "test.oppgave")


@pytest.fixture
def any_workspace(workspace_location: str) -> Iterator[Workspace]:
    """A new workspace (default catalogue) on both kinds, a file and a server database: a test
    module that must hold on both defines its ``workspace`` fixture as this one."""
    ws = workspaces.new_workspace(workspace_location)
    yield ws
    ws.close()
