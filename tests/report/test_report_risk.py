"""The report shows each task's risk level and delegation rule in the task map, and its
assumptions explain the Calderdale categories."""

from __future__ import annotations

import re

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.domain.records import DepartmentData
from oppgave.services import workspaces
from tests.report.conftest import BuiltReport


@pytest.fixture(scope="module")
def data(demo_workspace: Workspace, department_id: int) -> DepartmentData:
    return workspaces.load_department_data(demo_workspace, department_id)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_task_map_marks_risk_and_delegation(
    department_pdf: BuiltReport, data: DepartmentData
) -> None:
    pages = [_flat(page) for page in department_pdf.pages]
    assert any("Kolonnen Risiko viser" in page for page in pages)
    high_kept = [
        t
        for t in data.tasks
        if (t.risk_level, t.delegation_rule) == (RiskLevel.HIGH, DelegationRule.KEEP)
    ]
    delegated = [t for t in data.tasks if t.delegation_rule is DelegationRule.DELEGATE]
    assert high_kept and delegated, "the demo department has both kinds"
    text = " ".join(pages)
    for task in (high_kept[0], delegated[0]):
        # the row: name, frequency, time, duration, hours, then the risk marker
        expected = "høy beholdes" if task in high_kept else "veiledning"
        rows = [m.end() for m in re.finditer(re.escape(task.name), text)]
        assert any(expected in text[end : end + 120] for end in rows), task.name


def test_assumptions_explain_the_categories(department_pdf: BuiltReport) -> None:
    text = _flat(department_pdf.text)
    assumptions = text[text.index("Risiko og delegering") :]
    for words in (
        "Calderdale",
        "kan overføres",
        "kan delegeres med veiledning",
        "beholdes",
        "LEON-nivået 2",
        "(10 % av de delegerte",
        "veiledningstid",
        "kompetansegodkjenning",
    ):
        assert words in assumptions, words
