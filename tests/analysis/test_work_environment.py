"""The working-environment summary on a hand-computed case (hours per week)."""

from __future__ import annotations

import pytest

from oppgave.analysis.work_environment import (
    ConcentrationRule,
    flag_label,
    flags_text,
    work_environment_summary,
)
from oppgave.domain.enums import FrequencyUnit, WorkFlag
from oppgave.domain.records import Frequency, Role, Task

ASS, HFA, SPL = 1, 2, 3
ROLES = (
    Role(ASS, "r1", "ASS", "Assistent", 0, False, 380),
    Role(HFA, "r2", "HFA", "Helsefagarbeider", 1, True, 440),
    Role(SPL, "r3", "SPL", "Sykepleier", 2, True, 520),
)
HEAVY, LONE, NIGHT = WorkFlag.HEAVY_LIFTING, WorkFlag.LONE_WORK, WorkFlag.NIGHT_WORK


def _task(task_id: int, per_week: float, minutes: float, staff: int, flags: int) -> Task:
    return Task(
        id=task_id,
        uuid=f"t{task_id}",
        department_id=1,
        name=f"T{task_id}",
        frequency=Frequency(per_week, FrequencyUnit.WEEK),
        duration_minutes=minutes,
        staff_count=staff,
        work_flags=flags,
    )


# T1 forflytning:  14/uke × 30 min × 2 personer = 14 t/uke, tunge løft
# T2 stell m/løft: 17/uke × 60 min × 2 personer = 34 t/uke, tunge løft
# T3 nattrunde:     7/uke × 60 min × 1 person   =  7 t/uke, alenearbeid + nattarbeid
# T4 medisiner:    40/uke × 15 min × 1 person   = 10 t/uke, no flags
# T5 tilsyn:        8/uke × 30 min × 1 person   =  4 t/uke, alenearbeid
TASKS = (
    _task(1, 14, 30, 2, HEAVY),
    _task(2, 17, 60, 2, HEAVY),
    _task(3, 7, 60, 1, LONE | NIGHT),
    _task(4, 40, 15, 1, 0),
    _task(5, 8, 30, 1, LONE),
)
TODAY = {1: {ASS: 100.0}, 2: {HFA: 100.0}, 3: {HFA: 100.0}, 4: {SPL: 100.0}, 5: {SPL: 100.0}}
PROPOSAL = {
    1: {ASS: 100.0},
    2: {ASS: 50.0, HFA: 50.0},
    3: {HFA: 100.0},
    4: {SPL: 100.0},
    5: {ASS: 100.0},
}


def test_hours_per_role_and_flag_by_hand() -> None:
    summary = work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL)
    assistant = summary.role(ASS)
    # tunge løft: today T1 = 14; proposal T1 14 + half of T2 17 = 31
    assert assistant.hours(HEAVY).today == pytest.approx(14.0)
    assert assistant.hours(HEAVY).proposal == pytest.approx(31.0)
    # alenearbeid: today 0; proposal T5 = 4
    assert assistant.hours(LONE).today == 0.0
    assert assistant.hours(LONE).proposal == pytest.approx(4.0)
    # all hours of the role: today 14; proposal 14 + 17 + 4 = 35
    assert (assistant.hours_today, assistant.hours_proposal) == pytest.approx((14.0, 35.0))
    helper = summary.role(HFA)
    assert helper.hours(HEAVY).today == pytest.approx(34.0)
    assert helper.hours(HEAVY).proposal == pytest.approx(17.0)
    assert helper.hours(LONE).today == helper.hours(LONE).proposal == pytest.approx(7.0)
    assert helper.hours(NIGHT).today == helper.hours(NIGHT).proposal == pytest.approx(7.0)
    nurse = summary.role(SPL)
    assert nurse.hours(LONE).today == pytest.approx(4.0)
    assert nurse.hours(LONE).proposal == 0.0
    assert nurse.hours_today == pytest.approx(14.0), "T4 10 + T5 4"
    # totals per flag are the same work, only moved
    assert summary.total(HEAVY).today == summary.total(HEAVY).proposal == pytest.approx(48.0)
    assert summary.total(LONE).today == summary.total(LONE).proposal == pytest.approx(11.0)
    assert summary.total(WorkFlag.INFECTION_RISK).today == 0.0
    assert summary.flagged_task_count == 4
    assert [role.role_id for role in summary.roles] == [ASS, HFA, SPL]


def test_the_proposal_concentrating_heavy_work_on_assistants_is_warned() -> None:
    summary = work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL)
    assert [w.text() for w in summary.warnings] == ["Assistent: tunge løft 14 → 31 t/uke"]
    warning = summary.warnings[0]
    # share of all heavy work: 14/48 = 29 % → 31/48 = 65 %
    assert warning.share_today == pytest.approx(14 / 48)
    assert warning.share_proposal == pytest.approx(31 / 48)
    assert warning.detail() == "andel av alle tunge løft 29 % → 65 %"
    # +4 t/uke of lone work for assistants is below the 5 t/uke threshold: no warning


def test_the_warning_rule_thresholds() -> None:
    strict = ConcentrationRule(min_increase_hours=3.0)
    summary = work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL, rule=strict)
    assert [w.text() for w in summary.warnings] == [
        "Assistent: tunge løft 14 → 31 t/uke",
        "Assistent: alenearbeid 0,0 → 4,0 t/uke",
    ]
    only_heavy = ConcentrationRule(watched=HEAVY, min_increase_hours=3.0)
    assert (
        len(work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL, rule=only_heavy).warnings) == 1
    )
    lax = ConcentrationRule(min_increase_hours=20.0)
    assert work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL, rule=lax).warnings == ()


def test_a_share_rise_warns_even_when_the_relative_increase_is_small() -> None:
    # HFA has 100 h of heavy work today (of 200); the proposal gives HFA 30 h more (+30 %, under
    # +50 %) while the total stays 200: the share rises from 50 % to 65 % (≥ 10 points).
    tasks = (_task(1, 100, 60, 1, HEAVY), _task(2, 100, 60, 1, HEAVY))
    today = {1: {HFA: 100.0}, 2: {SPL: 100.0}}
    proposal = {1: {HFA: 100.0}, 2: {HFA: 30.0, SPL: 70.0}}
    summary = work_environment_summary(tasks, ROLES, today, proposal)
    assert [w.text() for w in summary.warnings] == ["Helsefagarbeider: tunge løft 100 → 130 t/uke"]


def test_suggested_flags_replace_the_tasks_own() -> None:
    flags = {task.id: task.work_flags for task in TASKS} | {4: WorkFlag.MENTAL_STRAIN}
    summary = work_environment_summary(TASKS, ROLES, TODAY, PROPOSAL, flags_by_task=flags)
    assert summary.role(SPL).hours(WorkFlag.MENTAL_STRAIN).proposal == pytest.approx(10.0)
    assert summary.flagged_task_count == 5


def test_no_flags_no_roles_no_warnings() -> None:
    plain = tuple(_task(i, 7, 30, 1, 0) for i in (1, 2))
    summary = work_environment_summary(plain, ROLES, {1: {ASS: 100.0}}, {1: {HFA: 100.0}})
    assert summary.roles == () and summary.warnings == () and summary.flagged_task_count == 0


def test_labels() -> None:
    assert flag_label(HEAVY) == "tunge løft/forflytning"
    assert flag_label(HEAVY, short=True) == "tunge løft"
    assert flags_text(HEAVY | NIGHT | WorkFlag.MENTAL_STRAIN) == (
        "tunge løft, nattarbeid, psykisk belastning"
    )
    assert flags_text(0) == ""
