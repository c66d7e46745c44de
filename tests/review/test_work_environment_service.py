"""The working-environment view of a department: which scenarios it compares, and the flags
suggested in review comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.domain.enums import WorkFlag
from oppgave.errors import NotFoundError
from oppgave.services import review, review_comments, scenarios, work_environment, workspaces
from tests.review.conftest import Leader


def test_compares_the_baseline_with_the_first_proposal_or_the_one_asked_for(
    leader: Leader,
) -> None:
    view = work_environment.summary(leader.workspace, leader.department.id)
    assert (view.baseline.name, view.proposal.name) == ("I dag", "Forslag A")
    # Nattrunde: 7 × 60 min lone + night work moves from HFA to the assistants
    assistant = view.summary.role(leader.role_ids["ASS"])
    assert assistant.hours(WorkFlag.LONE_WORK).proposal == pytest.approx(7.0)
    assert [w.text() for w in view.summary.warnings] == [
        "Assistent (ufaglært): alenearbeid 0,0 → 7,0 t/uke"
    ]
    same = work_environment.summary(leader.workspace, leader.department.id, leader.baseline.id)
    assert same.proposal == same.baseline and same.summary.warnings == ()
    with pytest.raises(NotFoundError):
        work_environment.summary(leader.workspace, leader.other_department.id, leader.proposal.id)


def test_a_review_copy_compares_with_its_proposal(leader: Leader, tmp_path: Path) -> None:
    later = scenarios.create_scenario(leader.workspace, leader.department.id, "Forslag B")
    review.export_review_copy(
        leader.workspace, leader.department.id, tmp_path / "b.oppgave", scenario_id=later.id
    )
    with workspaces.open_workspace(tmp_path / "b.oppgave") as copy:
        assert work_environment.summary(copy, leader.department.id).proposal.name == "Forslag B"


def test_suggested_flags_count_only_when_asked(leader: Leader, tmp_path: Path) -> None:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    with workspaces.open_workspace(path) as copy:
        review_comments.suggest_work_flags(
            copy, leader.task_ids["Medisinutdeling"], WorkFlag.MENTAL_STRAIN, "verneombud"
        )
        plain = work_environment.summary(copy, leader.department.id)
        suggested = work_environment.summary(copy, leader.department.id, include_suggestions=True)
    nurse = leader.role_ids["SPL"]
    assert all(role.role_id != nurse for role in plain.summary.roles)
    # Medisinutdeling: 7 × 15 min = 1,75 t/uke for the nurses, now counted as mental strain
    assert suggested.summary.role(nurse).hours(WorkFlag.MENTAL_STRAIN).today == pytest.approx(1.75)
    assert suggested.includes_suggestions and not plain.includes_suggestions
