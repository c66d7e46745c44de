from __future__ import annotations

import pytest

from oppgave.domain.enums import DayType, FrequencyUnit, Shift
from oppgave.domain.records import Frequency, Position, Settings, ShiftStaffing, Task
from oppgave.domain.totals import fte, hours_by_role, position_totals, staffing_hours_by_role


def _task(task_id: int, per_day: float, minutes: float, staff: int = 1) -> Task:
    return Task(
        task_id,
        f"t{task_id}",
        1,
        f"T{task_id}",
        Frequency(per_day, FrequencyUnit.DAY),
        minutes,
        staff,
    )


def test_hours_by_role_splits_shares_and_counts_unassigned() -> None:
    tasks = [_task(1, 1, 60), _task(2, 2, 30, staff=2), _task(3, 1, 60)]
    # task 1: 7 h/week; task 2: 2×7×0.5×2 = 14 h/week; task 3: 7 h unassigned
    result = hours_by_role(tasks, {1: {10: 100.0}, 2: {10: 25.0, 11: 75.0}})
    assert result[10] == pytest.approx(7 + 14 * 0.25)
    assert result[11] == pytest.approx(14 * 0.75)
    assert result[None] == pytest.approx(7)
    assert fte(35.5, 35.5) == 1.0
    assert fte(10, 0) == 0.0


def test_position_totals() -> None:
    positions = [
        Position(1, "p", 1, 1, 2, 100.0),
        Position(2, "q", 1, 1, 2, 50.0),
        Position(3, "r", 1, 2, 1, 90.0),
    ]
    totals = position_totals(positions)
    assert totals.people == 5
    assert totals.fte == pytest.approx(2 + 1 + 0.9)
    assert totals.full_time_share == pytest.approx(2 / 5)
    assert totals.continuity_share == pytest.approx(3 / 5)
    assert position_totals([]).people == 0


def test_staffing_hours() -> None:
    rows = [
        ShiftStaffing(1, "s", 1, 7, Shift.DAY, DayType.WEEKDAY, 2),
        ShiftStaffing(2, "t", 1, 7, Shift.NIGHT, DayType.WEEKEND, 1),
    ]
    assert staffing_hours_by_role(rows, Settings()) == {7: pytest.approx(2 * 8 * 5 + 8 * 2)}
