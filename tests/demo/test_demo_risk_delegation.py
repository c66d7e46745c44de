"""The demo carries the task library's risk levels and delegation rules, and its «Forslag A»
obeys them: high-risk tasks stay at LEON level 2 or above, kept tasks with today's roles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.domain.task_library import load_library
from oppgave.services import workspaces

HIGH_RISK_FLOOR = 2


def test_demo_tasks_have_the_librarys_classification(demo_path: Path) -> None:
    with workspaces.open_workspace(demo_path) as workspace:
        everything = workspaces.load_workspace_data(workspace)
    seen: Counter[tuple[RiskLevel, DelegationRule]] = Counter()
    for data in everything:
        library = {t.name: t for t in load_library(data.department.service_type).tasks}
        roles = {role.id: role for role in data.roles}
        baseline = next(s for s in data.scenarios if s.is_baseline)
        proposal = next(s for s in data.scenarios if not s.is_baseline)
        for task in data.tasks:
            item = library[task.name]
            assert (task.risk_level, task.delegation_rule) == (
                item.risk_level,
                item.delegation_rule,
            ), task.name
            seen[(task.risk_level, task.delegation_rule)] += 1
            shares = data.assignments[proposal.id].get(task.id, {})
            if task.risk_level is RiskLevel.HIGH:
                assert all(roles[r].leon_level >= HIGH_RISK_FLOOR for r in shares), task.name
            if task.delegation_rule is DelegationRule.KEEP:
                today = data.assignments[baseline.id].get(task.id, {})
                assert set(shares) <= set(today), task.name
    for kind in (
        (RiskLevel.HIGH, DelegationRule.KEEP),
        (RiskLevel.HIGH, DelegationRule.DELEGATE),
        (RiskLevel.MEDIUM, DelegationRule.DELEGATE),
        (RiskLevel.MEDIUM, DelegationRule.TRANSFER),
        (RiskLevel.LOW, DelegationRule.TRANSFER),
    ):
        assert seen[kind] > 0, kind
