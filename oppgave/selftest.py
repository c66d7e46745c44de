"""``oppgave --self-test``: prove that an installation (pip or the PyInstaller bundle) is whole.

A bundle can build fine and still lack a data file that is only looked up at run time (a font,
a translation, a migration script, a Qt plugin). The self-test exercises each of those the way
the app does: it shows the main window, generates and opens the demo workspace through the
services, runs an analysis, writes a PDF report and looks for the resource files. Each check is
printed with ✓/✗; the exit code is non-zero if any check failed, so CI can run it on the bundle.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

#: Files under ``oppgave.resources`` that the app looks up at run time.
REQUIRED_RESOURCES: tuple[str, ...] = (
    "translations/oppgave_en.qm",
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/DejaVuSans-BoldOblique.ttf",
    "icons/oppgave-256.png",
    "icons/oppgave.svg",
)

#: A department report of the demo workspace is far larger than this; less means it is broken.
MIN_PDF_BYTES = 10_000


class CheckFailed(Exception):
    """A self-test check found something missing or wrong (the message says what)."""


@dataclass(slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def check_resources() -> str:
    root = files("oppgave.resources")
    missing = [name for name in REQUIRED_RESOURCES if not root.joinpath(*name.split("/")).is_file()]
    if missing:
        raise CheckFailed("mangler ressursfiler: " + ", ".join(missing))
    return f"{len(REQUIRED_RESOURCES)} filer"


def check_migrations() -> str:
    """The Alembic scripts must be present and match the revisions the code knows."""
    from oppgave.db import migrate

    if not (migrate.MIGRATIONS_DIR / "script.py.mako").is_file():
        raise CheckFailed(f"mangler migreringsmappen {migrate.MIGRATIONS_DIR}")
    scripted = migrate.scripted_revisions()
    if scripted != migrate.known_revisions():
        raise CheckFailed(f"migreringene {scripted} stemmer ikke med {migrate.known_revisions()}")
    return f"revisjoner {', '.join(scripted)}"


def check_window() -> str:
    """Create and show the main window offscreen or on screen, then close it."""
    from PySide6.QtWidgets import QApplication

    from oppgave.ui.app import create_window

    window = create_window()
    window.show()
    QApplication.processEvents()
    if not window.isVisible():
        raise CheckFailed("hovedvinduet ble ikke vist")
    if window.windowIcon().isNull():
        raise CheckFailed("hovedvinduet har ikke noe ikon")
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return f"«{title}»"


class _Workbench:
    """The demo workspace and report shared by the checks that need them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.workspace_path = folder / "demo.oppgave"
        self.department_id: int | None = None

    def demo(self) -> str:
        from oppgave.demo import generator
        from oppgave.services import organisation, workspaces

        generator.generate(self.workspace_path).close()
        workspace = workspaces.open_workspace(self.workspace_path)
        try:
            departments = organisation.list_departments(workspace)
        finally:
            workspace.close()
        if not departments:
            raise CheckFailed("demo-arbeidsområdet har ingen avdelinger")
        self.department_id = departments[0].id
        return f"{len(departments)} avdelinger"

    def analysis(self) -> str:
        from oppgave.services import analysis_runs, workspaces

        workspace = workspaces.open_workspace(self.workspace_path)
        try:
            result = analysis_runs.analyse(workspace, self._department())
        finally:
            workspace.close()
        return type(result).__name__

    def pdf(self) -> str:
        from oppgave.report.pdf_report import build_department_report
        from oppgave.services import workspaces

        output = self.folder / "rapport.pdf"
        workspace = workspaces.open_workspace(self.workspace_path)
        try:
            result = build_department_report(workspace, self._department(), output)
        finally:
            workspace.close()
        data = output.read_bytes()
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
            raise CheckFailed("rapporten er ikke en gyldig PDF")
        if len(data) < MIN_PDF_BYTES or result.pages < 1:
            raise CheckFailed(f"rapporten er for liten ({len(data)} byte, {result.pages} sider)")
        if b"DejaVuSans" not in data:
            raise CheckFailed("rapporten bruker ikke den medfølgende skrifttypen")
        return f"{result.pages} sider, {len(data) // 1024} KB"

    def _department(self) -> int:
        if self.department_id is None:
            raise CheckFailed("ingen avdeling (demo-sjekken feilet)")
        return self.department_id


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check()
        ok = True
    except CheckFailed as error:
        detail, ok = str(error), False
    except Exception as error:  # noqa: BLE001 - any crash is a failed check, reported in full
        detail = f"{type(error).__name__}: {error}\n{traceback.format_exc()}"
        ok = False
    return CheckResult(name, ok, detail, time.perf_counter() - started)


def run(started: float | None = None) -> int:
    """Run every check, print them, return 0 if all passed else 1.

    ``started`` is the ``time.perf_counter()`` of process start if the caller knows it; the
    window check runs first so that its time is the cold start to a shown window.
    """
    begin = time.perf_counter() if started is None else started
    results: list[CheckResult] = []
    with tempfile.TemporaryDirectory(prefix="oppgave-selftest-") as temporary:
        bench = _Workbench(Path(temporary))
        checks: list[tuple[str, Callable[[], str]]] = [
            ("hovedvindu", check_window),
            ("ressurser (oversettelser, skrift, ikoner)", check_resources),
            ("databasemigreringer", check_migrations),
            ("demo-arbeidsområde", bench.demo),
            ("analyse", bench.analysis),
            ("PDF-rapport", bench.pdf),
        ]
        for name, check in checks:
            result = _run(name, check)
            results.append(result)
            if name == "hovedvindu":
                cold = time.perf_counter() - begin
            mark = "✓" if result.ok else "✗"
            print(f"{mark} {name}: {result.detail} ({result.seconds:.2f} s)", flush=True)
    print(f"oppstart til vist vindu: {cold:.2f} s")
    failed = [r.name for r in results if not r.ok]
    if failed:
        print("SELVTEST FEILET: " + ", ".join(failed), file=sys.stderr)
        return 1
    print("selvtest bestått")
    return 0
