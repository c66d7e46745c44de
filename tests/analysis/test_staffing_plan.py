"""Bemanningsplan per scenario: people per role per shift from the døgnrytme, floor and presence."""

from __future__ import annotations

import pytest

from oppgave.analysis.capacity import productive_share
from oppgave.analysis.staffing_plan import FloorSource, ShiftFloor, staffing_plan
from oppgave.domain.enums import DayType, Shift
from tests.analysis.factories import BASELINE_ID, CATALOGUE, make_department, make_task

HFA = CATALOGUE.role_id("HFA")
SPL = CATALOGUE.role_id("SPL")
ASS = CATALOGUE.role_id("ASS")


def _department():
    # 34 × 30 min a day between 08 and 14 = 17 hours of HFA work on every day shift.
    task = make_task(1, count=34, minutes=30, windows=[("08:00", "14:00")])
    return make_department(
        [task],
        baseline={1: {"HFA": 100}},
        staffing=[
            ("HFA", Shift.DAY, DayType.WEEKDAY, 4),
            ("SPL", Shift.DAY, DayType.WEEKDAY, 1),
        ],
    )


def test_people_from_task_hours_presence_and_nurse_floor() -> None:
    plan = staffing_plan(_department(), BASELINE_ID)
    assert plan.presence_share == pytest.approx(0.15)  # long-term care default
    day = plan.cell(HFA, Shift.DAY, DayType.WEEKDAY)
    assert day is not None
    # 17 h ÷ (8 h × 0.85) = 2.5 people; three seats, the floor's nurse takes the rounded one
    assert day.need == pytest.approx(17 / 6.8)
    assert day.people == 2
    assert plan.people(SPL, Shift.DAY, DayType.WEEKDAY) == 1
    assert plan.cell(SPL, Shift.DAY, DayType.WEEKDAY).floor_added == 1  # type: ignore[union-attr]
    # no tasks in the evening or at night: the floor alone staffs them
    for shift in (Shift.EVENING, Shift.NIGHT):
        for day_type in DayType:
            assert plan.shift_total(shift, day_type) == 1
            assert plan.people(SPL, shift, day_type) == 1


def test_against_today_flags_overload_and_under_use() -> None:
    plan = staffing_plan(_department(), BASELINE_ID)
    day = plan.cell(HFA, Shift.DAY, DayType.WEEKDAY)
    assert day is not None and day.today == 4 and day.change == -2 and day.under_used
    evening = plan.cell(SPL, Shift.EVENING, DayType.WEEKDAY)
    assert evening is not None and evening.today == 0 and evening.overloaded


def test_fte_uses_the_roles_own_hours_per_fte() -> None:
    data = _department()
    plan = staffing_plan(data, BASELINE_ID)
    hfa = next(r for r in plan.roles if r.role_id == HFA)
    # 2 people × 8 h × 7 days = 112 h a week ÷ (35.5 × (1 − allowances))
    share = productive_share(data.settings)
    assert share < 1
    assert hfa.hours_per_week == pytest.approx(112)
    assert hfa.fte == pytest.approx(112 / (35.5 * share))
    own = CATALOGUE.with_role("HFA", hours_per_fte=33.6)
    task = make_task(1, count=34, minutes=30, windows=[("08:00", "14:00")], catalogue=own)
    other = make_department([task], baseline={1: {"HFA": 100}}, catalogue=own)
    hfa_own = next(r for r in staffing_plan(other, BASELINE_ID).roles if r.role_id == HFA)
    assert hfa_own.fte == pytest.approx(112 / (33.6 * share))


def test_on_call_floor_is_not_counted_on_duty() -> None:
    source = FloorSource(
        floors=(ShiftFloor(frozenset({SPL}), Shift.NIGHT, 1, on_call=True),),
        presence_share=0.0,
    )
    plan = staffing_plan(_department(), BASELINE_ID, source=source)
    night = plan.cell(SPL, Shift.NIGHT, DayType.WEEKDAY)
    assert night is not None and night.people == 0 and night.on_call == 1
    # without presence 17 h ÷ 8 h = 2.1 people: three HFA, nobody takes their seat
    assert plan.people(HFA, Shift.DAY, DayType.WEEKDAY) == 3


def test_hand_edits_replace_cells() -> None:
    edits = {(ASS, Shift.EVENING, DayType.WEEKEND): 2}
    plan = staffing_plan(_department(), BASELINE_ID, edits=edits)
    cell = plan.cell(ASS, Shift.EVENING, DayType.WEEKEND)
    assert cell is not None and cell.people == 2 and cell.edited
    assert plan.shift_total(Shift.EVENING, DayType.WEEKEND) == 3


def test_unknown_scenario_is_refused() -> None:
    with pytest.raises(KeyError):
        staffing_plan(_department(), 99)
