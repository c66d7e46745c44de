"""Workload (DESIGN §6.1): hand-computed cases and conservation properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oppgave.analysis.workload import (
    category_hours,
    role_hours,
    shift_hours,
    staffing_hours,
    staffing_rhythm,
    task_hours,
    unassigned_hours,
    weekly_rhythm,
    workload,
)
from oppgave.domain.enums import WEEKDAYS, Category, DayType, FrequencyUnit, Shift, Weekday
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task

HFA = CATALOGUE.role_id("HFA")
ASS = CATALOGUE.role_id("ASS")
DEFAULT = Settings()


def test_task_hours_per_unit() -> None:
    daily = make_task(1, count=3, minutes=15, staff=2)  # 3 × 7 days × 15/60 h × 2 = 10.5
    weekly = make_task(2, count=2, unit=FrequencyUnit.WEEK, minutes=45)  # 2 × 0.75 = 1.5
    monthly = make_task(3, count=2, unit=FrequencyUnit.MONTH, minutes=60)  # 2 × 12/52 × 1
    yearly = make_task(4, count=26, unit=FrequencyUnit.YEAR, minutes=120)  # 26/52 × 2 = 1
    weekdays = make_task(5, count=1, days=WEEKDAYS, minutes=60)  # 1 × 5 days × 1 = 5
    hours = task_hours([daily, weekly, monthly, yearly, weekdays])
    assert hours == pytest.approx({1: 10.5, 2: 1.5, 3: 24 / 52, 4: 1.0, 5: 5.0})


def test_role_hours_are_task_hours_times_share() -> None:
    a = make_task(1, count=3, minutes=15, staff=2)  # 10.5 h
    b = make_task(2, count=2, unit=FrequencyUnit.WEEK, minutes=60)  # 2 h
    shares = {1: {HFA: 60.0, ASS: 40.0}, 2: {HFA: 100.0}}
    # HFA: 10.5 × 0.6 + 2 = 8.3; ASS: 10.5 × 0.4 = 4.2
    assert role_hours([a, b], shares) == pytest.approx({HFA: 8.3, ASS: 4.2})


def test_unassigned_hours_count_the_missing_share() -> None:
    a = make_task(1, count=1, minutes=60)  # 7 h, only half assigned → 3.5 h
    b = make_task(2, count=1, minutes=30)  # 3.5 h, not assigned at all
    assert unassigned_hours([a, b], {1: {HFA: 50.0}}) == pytest.approx(3.5 + 3.5)


def test_category_hours() -> None:
    a = make_task(1, minutes=60, category=Category.PRACTICAL)  # 7 h
    b = make_task(2, minutes=30, category=Category.PRACTICAL)  # 3.5 h
    c = make_task(3, minutes=60, unit=FrequencyUnit.WEEK, category=Category.ADMINISTRATIVE)
    result = category_hours([a, b, c])
    assert result[Category.PRACTICAL] == pytest.approx(10.5)
    assert result[Category.ADMINISTRATIVE] == pytest.approx(1.0)
    assert result[Category.DIRECT] == 0.0


def test_rhythm_spreads_occurrences_over_window_minutes() -> None:
    # Once a day Monday–Friday, 60 minutes, window 08:00–10:00: each weekday 0.5 h at 08 and 09.
    task = make_task(1, days=WEEKDAYS, minutes=60, windows=[("08:00", "10:00")])
    matrix = weekly_rhythm(make_department([task]))
    expected = np.zeros((7, 24))
    expected[0:5, 8] = 0.5
    expected[0:5, 9] = 0.5
    np.testing.assert_allclose(matrix, expected)


def test_rhythm_window_crossing_midnight_wraps_sunday_into_monday() -> None:
    # Once a week on Sunday, 120 minutes, 23:00–01:00: 1 h on Sunday 23, 1 h on Monday 00.
    task = make_task(
        1,
        count=1,
        unit=FrequencyUnit.WEEK,
        days=Weekday.SUN,
        minutes=120,
        windows=[("23:00", "01:00")],
    )
    matrix = weekly_rhythm(make_department([task]))
    assert matrix[6, 23] == pytest.approx(1.0)
    assert matrix[0, 0] == pytest.approx(1.0)
    assert matrix.sum() == pytest.approx(2.0)


def test_week_unit_is_divided_evenly_over_the_selected_days() -> None:
    # 3 times a week on Mon/Wed/Fri = 1 a day; 60 min in 10:00–11:00 → 1 h at 10 on those days.
    task = make_task(
        1,
        count=3,
        unit=FrequencyUnit.WEEK,
        days=Weekday.MON | Weekday.WED | Weekday.FRI,
        minutes=60,
        windows=[("10:00", "11:00")],
    )
    matrix = weekly_rhythm(make_department([task]))
    assert matrix[[0, 2, 4], 10] == pytest.approx([1.0, 1.0, 1.0])
    assert matrix.sum() == pytest.approx(3.0)


def test_task_without_window_counts_as_day_shift() -> None:
    # 480 min once a day, no window → the day shift 07–15, 1 h in each of its 8 hours.
    task = make_task(1, minutes=480)
    matrix = weekly_rhythm(make_department([task]))
    np.testing.assert_allclose(matrix[:, 7:15], np.ones((7, 8)))
    assert matrix.sum() == pytest.approx(56.0)
    hours = shift_hours([task], DEFAULT)
    assert hours[(Shift.DAY, DayType.WEEKDAY)] == pytest.approx(40.0)
    assert hours[(Shift.DAY, DayType.WEEKEND)] == pytest.approx(16.0)


def test_overlapping_windows_are_merged() -> None:
    # 08–10 and 09–11 merge to 08–11: 60 minutes a day over 3 hours = 1/3 h each.
    task = make_task(1, minutes=60, windows=[("08:00", "10:00"), ("09:00", "11:00")])
    matrix = weekly_rhythm(make_department([task]))
    np.testing.assert_allclose(matrix[:, 8:11], np.full((7, 3), 1 / 3))


def test_window_over_a_shift_change_splits_between_shifts() -> None:
    # 60 min daily in 14:00–16:00: half in the day shift, half in the evening shift.
    task = make_task(1, minutes=60, windows=[("14:00", "16:00")])
    hours = shift_hours([task], DEFAULT)
    assert hours[(Shift.DAY, DayType.WEEKDAY)] == pytest.approx(2.5)  # 5 days × 0.5
    assert hours[(Shift.EVENING, DayType.WEEKDAY)] == pytest.approx(2.5)
    assert hours[(Shift.DAY, DayType.WEEKEND)] == pytest.approx(1.0)  # 2 days × 0.5
    assert hours[(Shift.EVENING, DayType.WEEKEND)] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("day", "day_type"),
    [
        (Weekday.SAT, DayType.WEEKDAY),  # Saturday 01:00 is Friday's night shift
        (Weekday.SUN, DayType.WEEKEND),  # Sunday 01:00 is Saturday's night shift
        (Weekday.MON, DayType.WEEKEND),  # Monday 01:00 is Sunday's night shift
        (Weekday.TUE, DayType.WEEKDAY),
    ],
)
def test_night_shift_belongs_to_the_day_it_starts(day: Weekday, day_type: DayType) -> None:
    task = make_task(1, unit=FrequencyUnit.WEEK, days=day, minutes=60, windows=[("01:00", "02:00")])
    hours = shift_hours([task], DEFAULT)
    assert hours[(Shift.NIGHT, day_type)] == pytest.approx(1.0)
    assert sum(hours.values()) == pytest.approx(1.0)


def test_role_shift_hours_follow_the_shares() -> None:
    # 60 min daily 08–09 (day shift): 7 h/week, HFA 75 % → 3.75 h weekdays, 1.5 h weekend.
    task = make_task(1, minutes=60, windows=[("08:00", "09:00")])
    data = make_department([task], baseline={1: {"HFA": 75, "ASS": 25}})
    result = workload(data, data.assignments[1])
    assert result.role_shift_hours[(HFA, Shift.DAY, DayType.WEEKDAY)] == pytest.approx(3.75)
    assert result.role_shift_hours[(HFA, Shift.DAY, DayType.WEEKEND)] == pytest.approx(1.5)
    assert result.role_shift_hours[(ASS, Shift.DAY, DayType.WEEKEND)] == pytest.approx(0.5)
    assert result.role_rhythm[HFA][0, 8] == pytest.approx(0.75)
    frame = result.role_shift_frame()
    assert frame.loc[HFA, (Shift.DAY, DayType.WEEKDAY)] == pytest.approx(3.75)


def test_staffing_hours_and_rhythm() -> None:
    data = make_department(
        [],
        staffing=[("HFA", Shift.DAY, DayType.WEEKDAY, 2), ("SPL", Shift.NIGHT, DayType.WEEKEND, 1)],
    )
    hours = staffing_hours(data.staffing, data.settings)
    assert hours[(HFA, Shift.DAY, DayType.WEEKDAY)] == pytest.approx(2 * 8 * 5)
    assert hours[(CATALOGUE.role_id("SPL"), Shift.NIGHT, DayType.WEEKEND)] == pytest.approx(16)
    people = staffing_rhythm(data.staffing, data.settings)
    assert people[0, 7:15] == pytest.approx([2.0] * 8)  # Monday day shift
    assert people[5, 23] == pytest.approx(1.0)  # Saturday night starts 23:00
    assert people[6, 0:7] == pytest.approx([1.0] * 7)  # … and runs into Sunday
    assert people[0, 0:7] == pytest.approx([1.0] * 7)  # Sunday's night runs into Monday
    assert people[4, 23] == 0.0  # Friday night is a weekday shift: not staffed here
    only_hfa = staffing_rhythm(data.staffing, data.settings, role_ids=[HFA])
    assert only_hfa.sum() == pytest.approx(80.0)


minutes_of_day = st.integers(min_value=0, max_value=1439)
tasks_strategy = st.lists(
    st.builds(
        lambda i, count, unit, days, minutes, staff, windows: make_task(
            i,
            count=count,
            unit=unit,
            days=days,
            minutes=minutes,
            staff=staff,
            windows=[
                (f"{a // 60:02d}:{a % 60:02d}", f"{b // 60:02d}:{b % 60:02d}") for a, b in windows
            ],
        ),
        st.integers(1, 10_000),
        st.integers(1, 12),
        st.sampled_from(list(FrequencyUnit)),
        st.integers(1, 127),
        st.integers(1, 240),
        st.integers(1, 3),
        st.lists(st.tuples(minutes_of_day, minutes_of_day), max_size=3),
    ),
    min_size=1,
    max_size=8,
    unique_by=lambda t: t.id,
)


@settings(max_examples=40, deadline=None)
@given(tasks_strategy)
def test_rhythm_and_shifts_conserve_hours(tasks: list) -> None:
    data = make_department(tasks)
    total = sum(t.hours_per_week for t in tasks)
    result = workload(data, {})
    assert result.rhythm.sum() == pytest.approx(total)
    assert (result.rhythm >= 0).all()
    # the default shifts cover the whole day, so every hour lands in exactly one shift
    assert sum(result.shift_hours.values()) == pytest.approx(total)


@settings(max_examples=40, deadline=None)
@given(tasks_strategy, st.data())
def test_hours_are_conserved_between_scenarios(tasks: list, draw: st.DataObject) -> None:
    role_ids = [r.id for r in CATALOGUE.roles]

    def full_assignment() -> dict[int, dict[int, float]]:
        result = {}
        for task in tasks:
            first, second = draw.draw(st.lists(st.sampled_from(role_ids), min_size=2, max_size=2))
            split = draw.draw(st.integers(1, 100))
            shares = {first: float(split)}
            if split < 100:
                shares[second] = shares.get(second, 0.0) + 100.0 - split
            result[task.id] = shares
        return result

    data = make_department(tasks)
    total = sum(t.hours_per_week for t in tasks)
    for assignment in (full_assignment(), full_assignment()):
        result = workload(data, assignment)
        assert sum(result.role_hours.values()) == pytest.approx(total)
        assert result.unassigned_hours == pytest.approx(0.0, abs=1e-9)
        role_rhythm_total = sum(m.sum() for m in result.role_rhythm.values())
        assert role_rhythm_total == pytest.approx(total)
        assert sum(result.role_shift_hours.values()) == pytest.approx(total)
