"""Reports of the demo workspace, built once per session (building is the slow part)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from oppgave.db.workspace import Workspace
from oppgave.report import build_department_report, build_municipality_report
from oppgave.services import organisation, workspaces

REPORT_DATE = date(2026, 11, 28)
DEPARTMENT = "Melhus sykehjem, langtid 2. etasje"


def pdf_text(path: Path) -> list[str]:
    """The text of every page, no-break spaces as plain spaces."""
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(path).pages]


@dataclass(frozen=True)
class BuiltReport:
    path: Path
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


@pytest.fixture(scope="session")
def demo_workspace(demo_path: Path) -> Iterator[Workspace]:
    workspace = workspaces.open_workspace(demo_path)
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def department_id(demo_workspace: Workspace) -> int:
    return organisation.resolve_department(demo_workspace, DEPARTMENT).id


@pytest.fixture(scope="session")
def department_pdf(
    demo_workspace: Workspace, department_id: int, tmp_path_factory: pytest.TempPathFactory
) -> BuiltReport:
    path = tmp_path_factory.mktemp("report") / "avdeling.pdf"
    build_department_report(demo_workspace, department_id, path, report_date=REPORT_DATE)
    return BuiltReport(path, pdf_text(path))


@pytest.fixture(scope="session")
def municipality_pdf(
    demo_workspace: Workspace, tmp_path_factory: pytest.TempPathFactory
) -> BuiltReport:
    skaun = organisation.resolve_municipality(demo_workspace, "Skaun")
    path = tmp_path_factory.mktemp("report") / "skaun.pdf"
    build_municipality_report(demo_workspace, skaun.id, path, report_date=REPORT_DATE)
    return BuiltReport(path, pdf_text(path))
