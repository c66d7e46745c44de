"""Available working time like WHO's WISN method (issue 13, item 7).

WISN (Workload Indicators of Staffing Need, WHO 2010 user's manual): available working time
AWT = [A − (B + C + D + E)] × F, with A working days per year, B public holidays, C annual
leave, D sick leave, E other leave (training), F working hours per day; staff needed for a
workload = annual workload hours ÷ AWT. The app keeps the same categories as shares of the
working days (``Settings.total_allowance``); this test recomputes a worked case in WISN's own
arithmetic, in days, and asks the app's FTE to agree within 1 %.
"""

from __future__ import annotations

import pytest

from oppgave.analysis.capacity import fte_needed, productive_hours_per_fte
from oppgave.analysis.scenario_price import price_scenario_data
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task


def wisn_staff_needed(
    annual_workload_hours: float,
    working_days: float,
    public_holidays: float,
    annual_leave: float,
    sick_leave: float,
    other_leave: float,
    hours_per_day: float,
) -> float:
    """WISN: workload ÷ AWT, AWT = [A − (B + C + D + E)] × F."""
    awt = (working_days - (public_holidays + annual_leave + sick_leave + other_leave)) * (
        hours_per_day
    )
    return annual_workload_hours / awt


def test_fte_follows_wisn_on_a_worked_case() -> None:
    # A nursing-home nurse on 35.5 h a week: 52 weeks × 5 days = 260 working days of 7.1 h;
    # 10 public holidays, 5 weeks' holiday (25 days), 7 % sick leave (18.2 days) and 3 %
    # training (7.8 days). Workload: 40 h a week of tasks, 2 080 h a year.
    settings = Settings(
        hours_per_fte=35.5,
        holiday_weeks=5,
        public_holidays=10,
        absence_allowance=0.07,
        training_allowance=0.03,
    )
    wisn = wisn_staff_needed(40 * 52, 260, 10, 25, 0.07 * 260, 0.03 * 260, 35.5 / 5)
    assert wisn == pytest.approx(2080 / ((260 - 61) * 7.1))  # 1.4722 staff
    assert fte_needed(40, settings) == pytest.approx(wisn, rel=0.01)
    # without the holidays (the old rule) the app needed 12 % less: the bug of the issue
    old = Settings(
        hours_per_fte=35.5,
        holiday_weeks=0,
        public_holidays=0,
        absence_allowance=0.07,
        training_allowance=0.03,
    )
    assert fte_needed(40, old) < 0.89 * wisn


def test_default_settings_count_holidays_and_the_role_s_own_hours() -> None:
    settings = Settings()
    # 35.5 × (1 − 35/260 − 0.10 − 0.05) = 25.39 hours a week for tasks per FTE
    assert productive_hours_per_fte(settings) == pytest.approx(35.5 * (1 - 35 / 260 - 0.15))
    night_nurse = CATALOGUE.role("SPL").__class__(
        **{
            **{f: getattr(CATALOGUE.role("SPL"), f) for f in CATALOGUE.role("SPL").__slots__},
            "hours_per_fte": 33.6,
        }
    )
    assert productive_hours_per_fte(settings, night_nurse) == pytest.approx(
        33.6 * (1 - 35 / 260 - 0.15)
    )


def test_annual_hours_are_shown_per_role() -> None:
    data = make_department([make_task(1, minutes=60)], baseline={1: {"HFA": 100}})
    price = price_scenario_data(data, data.baseline.id)
    helper = price.by_role_id()[CATALOGUE.role_id("HFA")]
    # årstimer = FTE × hours per FTE × 52
    assert helper.annual_hours == pytest.approx(helper.fte * 35.5 * 52)
    assert helper.fte == pytest.approx(7 / (35.5 * (1 - 35 / 260 - 0.15)))
