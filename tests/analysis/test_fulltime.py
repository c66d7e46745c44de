"""Full-time arithmetic (DESIGN §6.6): shares from positions and the weekend table."""

from __future__ import annotations

import pytest

from oppgave.analysis.fulltime import (
    fulltime_figures,
    weekend_frame,
    weekend_hours,
    weekend_row,
    weekend_table,
)
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department

DEFAULT = Settings()


def test_fulltime_and_continuity_shares() -> None:
    # 3 × 100 %, 2 × 85 %, 1 × 80 %, 4 × 50 %: 10 people
    data = make_department(
        [], positions=[("HFA", 3, 100), ("HFA", 2, 85), ("SPL", 1, 80), ("ASS", 4, 50)]
    )
    figures = fulltime_figures(data.positions, DEFAULT)
    assert figures.people == 10
    assert figures.fulltime_share == pytest.approx(0.3)  # 3 / 10
    assert figures.continuity_share == pytest.approx(0.5)  # (3 + 2) / 10; 80 % is not above 80
    assert figures.avg_position == pytest.approx((300 + 170 + 80 + 200) / 10)  # 75 %
    assert figures.fte == pytest.approx(7.5)
    only_hfa = fulltime_figures(data.positions, DEFAULT, role_ids=[CATALOGUE.role_id("HFA")])
    assert only_hfa.people == 5
    assert only_hfa.fulltime_share == pytest.approx(0.6)


def test_no_positions_gives_no_shares() -> None:
    figures = fulltime_figures((), DEFAULT)
    assert figures.fulltime_share is None
    assert figures.avg_position is None


def test_worked_example() -> None:
    # (5 + 4 + 2) × 8 h × 2 days = 176 h per weekend
    data = make_department(
        [],
        staffing=[
            ("HFA", Shift.DAY, DayType.WEEKEND, 5),
            ("HFA", Shift.EVENING, DayType.WEEKEND, 4),
            ("SPL", Shift.NIGHT, DayType.WEEKEND, 2),
            ("HFA", Shift.DAY, DayType.WEEKDAY, 9),  # weekdays do not count
        ],
    )
    hours = weekend_hours(data.staffing, DEFAULT)
    assert hours == pytest.approx(176.0)
    rows = {(r.frequency, r.shift_hours): r for r in weekend_table(hours, 25.0, DEFAULT)}
    assert len(rows) == 6  # 3 frequencies × 2 shift lengths
    short = rows[(3, 7.5)]  # ⌈176 / 7.5⌉ = 24 shifts; ⌈24 × 3 / 2⌉ = 36 people; 25 / 36
    assert (short.shifts_needed, short.people_needed) == (24, 36)
    assert short.max_avg_position == pytest.approx(2500 / 36)
    long = rows[(4, 12.5)]  # ⌈176 / 12.5⌉ = 15 shifts; ⌈15 × 4 / 2⌉ = 30 people; 25 / 30
    assert (long.shifts_needed, long.people_needed) == (15, 30)
    assert long.max_avg_position == pytest.approx(2500 / 30)
    every_second = rows[(2, 12.5)]  # 15 × 2 / 2 = 15 people; 25 / 15 > 1 → capped at 100 %
    assert every_second.max_avg_position == 100.0
    frame = weekend_frame(rows.values())
    assert frame.loc[4, 12.5] == pytest.approx(2500 / 30)


def test_odd_shift_count_rounds_people_up() -> None:
    row = weekend_row(7.5 * 3, frequency=3, shift_hours=7.5, total_fte=2.0)
    assert row.shifts_needed == 3
    assert row.people_needed == 5  # ⌈3 × 3 / 2⌉ = ⌈4.5⌉
    empty = weekend_row(0.0, frequency=3, shift_hours=7.5, total_fte=2.0)
    assert empty.people_needed == 0
    assert empty.max_avg_position is None
