"""The app's own export imports back even when a stored proposal now breaks a rule.

A proposal's share is checked when it is set, but the settings' support roles or a task's
category can change afterwards. Exporting such a workspace and importing the export must give
back every share as it was, with a warning per proposal, instead of refusing the whole file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.cli.main import main
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Category
from oppgave.exchange.importing import workspace_for_import
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import FullImportOutcome, apply_export, read_export
from oppgave.services import catalogue, organisation, scenarios, settings, tasks, workspaces

WARNING = "Advarsel (beholdt som i filen): "

Shares = dict[tuple[str, str], dict[str, float]]


def all_shares(workspace: Workspace) -> Shares:
    """(scenario uuid, task uuid) → role code → share, for every department."""
    codes = {role.id: role.code for role in catalogue.list_roles(workspace)}
    result: Shares = {}
    for department in organisation.list_departments(workspace):
        uuids = {task.id: task.uuid for task in tasks.list_tasks(workspace, department.id)}
        for scenario in scenarios.list_scenarios(workspace, department.id):
            for task_id, shares in scenarios.get_assignments(workspace, scenario.id).items():
                result[(scenario.uuid, uuids[task_id])] = {
                    codes[role_id]: share for role_id, share in shares.items()
                }
    return result


def broken(workspace: Workspace) -> set[tuple[str, str, str, str]]:
    return {
        (b.department_name, b.scenario_name, b.task_name, b.role_name)
        for b in scenarios.rule_breaks(workspace)
    }


def _import(path: Path, target: Path) -> FullImportOutcome:
    content = read_export(read_workbook(path))
    with workspace_for_import(target, default_catalogue=False) as (workspace, new):
        return apply_export(workspace, content, apply_settings=new)


def _break_rules(workspace: Workspace) -> tuple[str, str, str]:
    """What a leader does: give a care task to the assistants in a proposal (allowed), move a
    practical task of the service staff to direct care, then count assistants as support
    staff. Returns the names of the department and of the two tasks."""
    department = organisation.list_departments(workspace)[0]
    proposal = next(
        s for s in scenarios.list_scenarios(workspace, department.id) if not s.is_baseline
    )
    roles = {role.code: role for role in catalogue.list_roles(workspace)}
    shares = scenarios.get_assignments(workspace, proposal.id)
    care = next(
        t
        for t in tasks.list_tasks(workspace, department.id)
        if t.category is Category.DIRECT
        and t.allows(roles["ASS"])
        and set(shares.get(t.id, {})) != {roles["ASS"].id}
    )
    scenarios.set_assignment(workspace, proposal.id, care.id, {roles["ASS"].id: 100})
    practical = next(
        t
        for t in tasks.list_tasks(workspace, department.id)
        if t.category is Category.PRACTICAL and roles["SRV"].id in shares.get(t.id, {})
    )
    tasks.update_task(workspace, practical.id, category=Category.DIRECT)
    codes = settings.load(workspace).support_role_codes
    settings.update(workspace, support_role_codes=[*codes, "ASS"])
    return department.name, care.name, practical.name


def test_the_export_of_a_proposal_that_now_breaks_a_rule_imports_back_whole(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before_path = tmp_path / "for.xlsx"
    with workspaces.open_workspace(demo_copy) as workspace:
        export(workspace, before_path)
        first, care, practical = _break_rules(workspace)
        expected = all_shares(workspace)
        expected_breaks = broken(workspace)
        export(workspace, tmp_path / "etter.xlsx")
    assert {(care, "Assistent (ufaglært)"), (practical, "Renholder / kjøkken / service")} <= {
        (task, role) for _, _, task, role in expected_breaks
    }

    # into a new file: every share back, one warning per proposal that breaks a rule
    copy = tmp_path / "kopi.oppgave"
    outcome = _import(tmp_path / "etter.xlsx", copy)
    with workspaces.open_workspace(copy) as workspace:
        assert all_shares(workspace) == expected
        assert broken(workspace) == expected_breaks
    warnings = [note for note in outcome.notes if note.startswith(WARNING)]
    proposals = {(department, scenario) for department, scenario, _, _ in expected_breaks}
    assert len(warnings) == len(proposals)
    [line] = [w for w in warnings if w.startswith(f"{WARNING}{first}, «Forslag A»: ")]
    count = len({task for d, _, task, _ in expected_breaks if d == first})
    assert f": {count} oppgaver er fordelt til yrkesgrupper som reglene nå ikke tillater: " in line
    assert "støttefunksjoner får bare praktiske og administrative oppgaver" in line

    # into the workspace that had the earlier export, with the same rules: the changed shares
    # of existing tasks are written as in the file too (set_assignments, not create_tasks)
    existing = tmp_path / "eksisterende.oppgave"
    _import(before_path, existing)
    with workspaces.open_workspace(existing) as workspace:
        settings.update(workspace, support_role_codes=["MRK", "SRV", "ASS"])
    outcome = _import(tmp_path / "etter.xlsx", existing)
    assert outcome.updated["tasks"] >= 1 and any(n.startswith(WARNING) for n in outcome.notes)
    with workspaces.open_workspace(existing) as workspace:
        assert all_shares(workspace) == expected

    # the CLI: the dry run says the same and writes nothing; check warns but the file is whole
    capsys.readouterr()
    dry = tmp_path / "prøve.oppgave"
    assert main(["import", str(tmp_path / "etter.xlsx"), str(dry), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count(WARNING) == len(proposals)
    assert not dry.exists()
    assert main(["check", str(copy)]) == 0
    out = capsys.readouterr().out
    assert out.count("Advarsel: ") == len(proposals)
    assert f"{first}, «Forslag A»: {count} oppgaver" in out
    assert "er hel, med" in out
