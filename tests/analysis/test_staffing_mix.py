"""Staffing-mix optimiser (DESIGN §6.4) and the cost it minimises.

Hand-computed cases first, then properties over random small departments: the proposal never
breaks a restriction or a competence rule, its shares are whole percent summing to 100, and its
cost — evaluated with ``scenario_cost`` like every other assignment — is never above the
baseline's (when the baseline satisfies the same constraints) or the LEON suggestion's.
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.leon import leon_assignments, leon_suggestions
from oppgave.analysis.staffing_cost import ShiftMinimum, StaffingOptions, scenario_cost
from oppgave.analysis.staffing_mix import InfeasibleStaffingError, propose_staffing_mix
from oppgave.domain.enums import Category, DayType, FrequencyUnit, Restriction, Shift
from oppgave.domain.records import DepartmentData, Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task

WEEKS = 52.0
SHARE = 1 - 35 / 260 - 0.15  # 1 − holidays (35 of 260 days) − 10 % absence − 5 % training
FTE_H = 35.5 * SHARE  # hours a week one FTE is available for tasks
LRL, SRV, HFA, SPL, SSP, VPL, ASS, MRK = (
    CATALOGUE.role_id(code) for code in ("LRL", "SRV", "HFA", "SPL", "SSP", "VPL", "ASS", "MRK")
)


def yearly(hours: float, hourly_cost: float) -> float:
    """Kroner per year for task hours per week: hours ÷ SHARE × cost × 52."""
    return hours / SHARE * hourly_cost * WEEKS


def test_cheapest_role_takes_a_task_without_requirements() -> None:
    data = make_department([make_task(1, "Rydde", minutes=60)], baseline={1: {"SPL": 100}})
    result = propose_staffing_mix(data)
    assert result.status == "optimal"
    assert result.assignments == {1: {LRL: 100.0}}
    assert result.cost.total_cost == pytest.approx(yearly(7, 250))  # 7 h × 250 kr
    assert result.reference_cost is not None
    assert result.reference_cost.total_cost == pytest.approx(yearly(7, 520))
    assert result.saving_per_year == pytest.approx(yearly(7, 270))
    (move,) = result.moves
    assert move.explanation == (
        "fra Sykepleier til Lærling / elev: lavere timekostnad (250 mot 520 kr/t)"
    )


@pytest.mark.parametrize(("minutes", "expected"), [(3, SPL), (5, HFA)])
def test_course_cost_against_wage_saving(minutes: int, expected: int) -> None:
    # Insulin once a day 07:30–08:30, authorised only. HFA needs "Insulinopplæring": 7 day
    # shifts a week, no positions → 35.5/8 = 4.4375 shifts per person, 7/4.4375 × 1.1 = 1.74 → 2
    # people × 2 500 = 5 000 kr, per year over 3 years + 10 % refresher: 1 667 + 500 = 2 167 kr.
    # Saving per weekly hour: 80 / 0.85 × 52 = 4 894 kr a year.
    # 3 min: 0.35 h → 1 713 kr < 2 167 → stay with SPL; 5 min: 0.583 h → 2 855 kr → HFA.
    task = make_task(
        1,
        "Insulin",
        minutes=minutes,
        windows=[("07:30", "08:30")],
        competences=["LM-INSULIN"],
        restriction=Restriction.AUTHORISED,
    )
    data = make_department([task], baseline={1: {"SPL": 100}})
    result = propose_staffing_mix(data)
    assert result.assignments == {1: {expected: 100.0}}
    hours = 7 * minutes / 60
    if expected == HFA:
        assert result.cost.total_cost == pytest.approx(yearly(hours, 440) + 5000 / 3 + 500)
        (course,) = result.cost.courses
        assert (course.course_name, course.people, course.cost) == ("Insulinopplæring", 2, 5000)
        assert result.moves[0].explanation == (
            "fra Sykepleier til Helsefagarbeider: lavere timekostnad (440 mot 520 kr/t), "
            "krever Insulinopplæring"
        )
    else:
        assert result.cost.total_cost == pytest.approx(yearly(hours, 520))
        assert result.moves == ()


def test_cap_splits_a_task_in_whole_percent() -> None:
    # 10 h a week of practical work; Lærling capped at 0.1 FTE = 2.54 h → 25 % (2.5 h), the
    # rest to the next cheapest role, Renholder (370 kr): 75 %.
    task = make_task(1, count=10, unit=FrequencyUnit.WEEK, minutes=60, category=Category.PRACTICAL)
    data = make_department([task])
    result = propose_staffing_mix(data, StaffingOptions(fte_caps={LRL: 0.1}))
    assert result.assignments == {1: {LRL: 25.0, SRV: 75.0}}
    assert result.cost.total_cost == pytest.approx(yearly(2.5, 250) + yearly(7.5, 370))
    assert result.reference_cost is not None  # empty baseline: everything unassigned
    assert not result.reference_cost.satisfies_rules


def test_support_roles_get_practical_work_but_never_care() -> None:
    # Lærling capped at 0. "Hjelp til å spise" (direct) and "Oppvask" (practical) both need
    # Måltider og ernæring. Renholder / kjøkken / service (370 kr) has it and is the cheapest
    # left, but is a support role: it takes the dishes, and the feeding goes to Assistent
    # (380 kr), although today SRV does it.
    feeding = make_task(1, "Hjelp til å spise", count=2, minutes=30, competences=["MAT"])
    dishes = make_task(
        2, "Oppvask", count=2, minutes=30, competences=["MAT"], category=Category.PRACTICAL
    )
    data = make_department([feeding, dishes], baseline={1: {"SRV": 100}, 2: {"HFA": 100}})
    options = StaffingOptions(fte_caps={LRL: 0.0})
    result = propose_staffing_mix(data, options)
    assert result.assignments == {1: {ASS: 100.0}, 2: {SRV: 100.0}}
    assert result.cost.total_cost == pytest.approx(yearly(7, 380) + yearly(7, 370))
    assert result.cost.satisfies_rules
    moves = {move.task_id: move.explanation for move in result.moves}
    assert moves[1] == (
        "fra Renholder / kjøkken / service til Assistent (ufaglært): støttefunksjoner får bare "
        "praktiske og administrative oppgaver"
    )
    assert moves[2] == (
        "fra Helsefagarbeider til Renholder / kjøkken / service: lavere timekostnad "
        "(370 mot 440 kr/t)"
    )
    # today's SRV feeding is reality: its cost is computed, and the broken rule is named
    assert result.reference_cost is not None
    assert result.reference_cost.violations == (
        "Renholder / kjøkken / service har en del av «Hjelp til å spise», men "
        "støttefunksjoner får bare praktiske og administrative oppgaver",
    )
    assert result.reference_cost.total_cost == pytest.approx(yearly(7, 370) + yearly(7, 440))


def test_no_support_roles_in_the_settings_lifts_the_rule() -> None:
    feeding = make_task(1, "Hjelp til å spise", count=2, minutes=30, competences=["MAT"])
    data = make_department([feeding], settings=Settings(support_role_codes=()))
    result = propose_staffing_mix(data, StaffingOptions(fte_caps={LRL: 0.0}))
    assert result.assignments == {1: {SRV: 100.0}}


def test_care_task_only_support_roles_may_do_is_infeasible_and_named() -> None:
    task = make_task(1, "Måltidshjelp", restriction=Restriction.ROLES, allowed=["SRV", "MRK"])
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(make_department([task]))
    assert caught.value.constraint.kind == "task"
    assert "støttefunksjoner får bare praktiske og administrative oppgaver" in str(caught.value)


def test_minimum_staffing_is_paid_anyway_and_filled_with_tasks() -> None:
    # 1 nurse on every day shift: 8 h × 7 days = 56 h a week paid. A 7-hour task inside the
    # day shift then costs nothing extra with the nurse, so she takes it.
    # The nurse shares the task today, so the minimum (a floor) may give her more of it.
    task = make_task(1, minutes=60, windows=[("08:00", "09:00")])
    data = make_department([task], baseline={1: {"LRL": 50, "SPL": 50}})
    options = StaffingOptions(shift_minimums=(ShiftMinimum(SPL, Shift.DAY, 1),))
    result = propose_staffing_mix(data, options)
    assert result.assignments == {1: {SPL: 100.0}}
    assert result.cost.total_cost == pytest.approx(yearly(56, 520))
    nurse = result.cost.by_role_id()[SPL]
    assert nurse.task_hours_per_week == pytest.approx(7)
    assert nurse.hours_per_week == pytest.approx(56)
    baseline = scenario_cost(data, data.assignments[1], options)
    assert baseline.total_cost == pytest.approx(yearly(56, 520) + yearly(3.5, 250))
    assert "gulvet krever minstebemanning" in result.moves[0].explanation


def test_a_floor_never_hands_a_role_a_task_it_does_not_share_today() -> None:
    # Against LEON: the apprentice's task stays with the apprentice although the nurse has
    # idle minimum time on the shift; the idle time is paid, and said so.
    task = make_task(1, minutes=60, windows=[("08:00", "09:00")])
    data = make_department([task], baseline={1: {"LRL": 100}})
    options = StaffingOptions(shift_minimums=(ShiftMinimum(SPL, Shift.DAY, 1),))
    result = propose_staffing_mix(data, options)
    assert result.assignments == {1: {LRL: 100.0}}
    assert result.cost.total_cost == pytest.approx(yearly(56, 520) + yearly(7, 250))


def test_weekday_minimum_only_counts_weekdays() -> None:
    data = make_department([make_task(1, minutes=60)], baseline={1: {"LRL": 100}})
    options = StaffingOptions(shift_minimums=(ShiftMinimum(SPL, Shift.NIGHT, 2, DayType.WEEKDAY),))
    cost = scenario_cost(data, data.assignments[1], options)
    assert cost.by_role_id()[SPL].hours_per_week == pytest.approx(2 * 8 * 5)


def test_scenario_cost_lists_broken_rules() -> None:
    tasks = [
        make_task(1, "Opioider", competences=["LM-OPIOID"]),
        make_task(2, "Sår", restriction=Restriction.AUTHORISED),
        make_task(3, "Halv"),
    ]
    data = make_department(tasks, baseline={1: {"ASS": 100}, 2: {"ASS": 100}, 3: {"HFA": 50}})
    cost = scenario_cost(data, data.assignments[1], StaffingOptions(fte_caps={HFA: 0.0}))
    text = " | ".join(cost.violations)
    assert "Assistent (ufaglært) har en del av «Opioider», men mangler Legemidler: opioider" in text
    assert "«Sår», men restriksjonen tillater bare autorisert helsepersonell" in text
    assert "«Halv» er fordelt med 50,0 %, ikke 100 %" in text
    assert "over taket på 0,00" in text
    assert not cost.satisfies_rules


def test_task_no_role_may_do_is_named() -> None:
    tasks = [
        make_task(1),
        make_task(
            2,
            "Sondemat",
            competences=["SONDE"],
            restriction=Restriction.ROLES,
            allowed=["ASS", "LRL"],
        ),
    ]
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(make_department(tasks))
    assert caught.value.constraint.kind == "task"
    assert caught.value.constraint.task_id == 2
    assert str(caught.value).startswith("Ingen rolle kan gjøre oppgaven «Sondemat»")
    assert "Sondeernæring" in str(caught.value)


def test_cap_too_low_for_nurse_only_tasks_is_named() -> None:
    # Opioids 12 × 20 min daily = 28 h a week, nurses (SPL, SSP) only; SSP capped at 0.
    # 28 / FTE_H = 1.10 FTE of nurses needed; the SPL cap of 0.5 blocks.
    task = make_task(
        1,
        "Opioider",
        count=12,
        minutes=20,
        competences=["LM-OPIOID"],
        restriction=Restriction.ROLES,
        allowed=["SPL", "SSP"],
    )
    data = make_department([task, make_task(2, "Stell", count=20, minutes=30)])
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(data, StaffingOptions(fte_caps={SPL: 0.5, SSP: 0.0}))
    error = caught.value
    assert error.constraint.kind == "cap"
    assert error.constraint.role_ids in ((SPL,), (SSP,))
    assert error.constraint.required_fte is not None
    assert error.constraint.cap_fte is not None
    assert error.constraint.required_fte > error.constraint.cap_fte
    assert str(error).startswith("Taket på ")
    assert "årsverk for" in str(error) and "er for lavt" in str(error)
    assert "«Opioider»" in str(error)


def test_minimum_staffing_above_the_cap_is_named() -> None:
    # 1 nurse on day and night shifts: 2 × 8 × 7 = 112 h = 3.7 FTE > cap 2.0
    data = make_department([make_task(1)])
    options = StaffingOptions(
        fte_caps={SPL: 2.0},
        shift_minimums=(ShiftMinimum(SPL, Shift.NIGHT, 1), ShiftMinimum(SPL, Shift.DAY, 1)),
    )
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(data, options)
    assert str(caught.value) == (
        "Taket på 2,0 årsverk for Sykepleier er for lavt: "
        "minstebemanningen alene krever 4,4 årsverk Sykepleier"
    )
    assert caught.value.constraint.required_fte == pytest.approx(112 / FTE_H)


def test_caps_that_block_together_are_named_together() -> None:
    # One task only SPL may do and one only SSP may do, each above its cap: relaxing one cap
    # is not enough, relaxing both is.
    tasks = [
        make_task(1, "A", count=8, minutes=60, restriction=Restriction.ROLES, allowed=["SPL"]),
        make_task(2, "B", count=8, minutes=60, restriction=Restriction.ROLES, allowed=["SSP"]),
    ]
    data = make_department(tasks)
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(data, StaffingOptions(fte_caps={SPL: 1.0, SSP: 1.0}))
    assert caught.value.constraint.kind == "caps"
    assert set(caught.value.constraint.role_ids) == {SPL, SSP}
    assert "Sykepleier og Spesialsykepleier" in str(caught.value)
    # needs 2 × 56 h = 112 h = 3.7 FTE, caps give 2.0
    assert caught.value.constraint.required_fte == pytest.approx(112 / FTE_H)


# --- properties over random departments ------------------------------------------------------

COMPETENCES = [c.code for c in CATALOGUE.competences]
ROLE_CODES = [r.code for r in CATALOGUE.roles]
QUALIFICATIONS = Qualifications.for_department(make_department([]))  # default settings
SUPPORT_IDS = {MRK, SRV}
ROLE_BY_ID = {r.id: r for r in CATALOGUE.roles}


def clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


@st.composite
def random_task(draw: st.DrawFn, task_id: int):  # type: ignore[no-untyped-def]
    windows = draw(
        st.lists(st.tuples(st.integers(0, 95), st.integers(1, 32)), max_size=2)
    )  # quarter-hour starts, 15 min to 8 h long
    return make_task(
        task_id,
        f"Oppgave {task_id}",
        count=draw(st.integers(1, 6)),
        unit=draw(st.sampled_from([FrequencyUnit.DAY, FrequencyUnit.WEEK, FrequencyUnit.MONTH])),
        days=draw(st.integers(1, 127)),
        minutes=draw(st.integers(5, 90)),
        staff=draw(st.integers(1, 2)),
        windows=[(clock(a * 15), clock((a * 15 + n * 15) % 1440)) for a, n in windows],
        competences=draw(st.lists(st.sampled_from(COMPETENCES), max_size=2, unique=True)),
        restriction=draw(st.sampled_from(list(Restriction))),
        min_level=draw(st.integers(0, 3)),
        allowed=draw(st.lists(st.sampled_from(ROLE_CODES), min_size=1, max_size=3, unique=True)),
        category=draw(st.sampled_from(list(Category))),
    )


@st.composite
def department_with_options(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    """A department whose baseline satisfies every rule and the drawn options."""
    tasks = [draw(random_task(i)) for i in range(1, draw(st.integers(1, 7)) + 1)]
    tasks = [t for t in tasks if QUALIFICATIONS.eligible_roles(t)]
    assume(tasks)
    baseline: dict[int, dict[str, float]] = {}
    for task in tasks:
        eligible = [role.code for role, _ in QUALIFICATIONS.eligible_roles(task)]
        first = draw(st.sampled_from(eligible))
        second = draw(st.sampled_from(eligible))
        split = draw(st.sampled_from([100, 100, 50, 70, 33]))
        shares = {first: float(split)}
        if split < 100:
            shares[second] = shares.get(second, 0.0) + 100.0 - split
        baseline[task.id] = shares
    positions = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ROLE_CODES), st.integers(1, 6), st.sampled_from([50, 75, 100])
            ),
            max_size=3,
            unique_by=lambda p: (p[0], p[2]),
        )
    )
    data = make_department(tasks, baseline=baseline, positions=positions)
    minimums = tuple(
        ShiftMinimum(CATALOGUE.role_id(code), shift, people, day_type)
        for code, shift, people, day_type in draw(
            st.lists(
                st.tuples(
                    st.sampled_from(["SPL", "HFA", "ASS"]),
                    st.sampled_from(list(Shift)),
                    st.integers(1, 2),
                    st.sampled_from([None, DayType.WEEKDAY, DayType.WEEKEND]),
                ),
                max_size=2,
            )
        )
    )
    # Caps at or above what the baseline uses (with its minimum-staffing time), so the
    # baseline satisfies them and the comparison with it is meaningful.
    base = scenario_cost(data, data.assignments[1], StaffingOptions(shift_minimums=minimums))
    assert base.satisfies_rules
    capped = draw(st.lists(st.sampled_from(base.roles), max_size=3, unique_by=lambda r: r.role_id))
    caps = {r.role_id: r.fte * draw(st.sampled_from([1.0, 1.0001, 1.2, 2.0])) for r in capped}
    # a tight optimality gap: these small problems solve exactly in milliseconds
    return data, StaffingOptions(fte_caps=caps, shift_minimums=minimums, mip_gap=1e-9)


def assert_respects_every_rule(data: DepartmentData, assignments, cost) -> None:  # type: ignore[no-untyped-def]
    bought = {(c.role_id, c.competence_id) for c in cost.courses}
    for task in data.tasks:
        shares = assignments[task.id]
        assert sum(shares.values()) == 100
        for role_id, share in shares.items():
            assert share > 0 and float(share).is_integer()
            role = ROLE_BY_ID[role_id]
            assert task.allows(role), (task.name, role.name)
            assert QUALIFICATIONS.allows(task, role), (task.name, role.name)
            if role_id in SUPPORT_IDS:  # support roles: practical and administrative work only
                assert task.category in (Category.PRACTICAL, Category.ADMINISTRATIVE)
            for competence_id in task.competence_ids - role.competence_ids:
                assert (role_id, competence_id) in bought
                course = next(
                    c
                    for c in CATALOGUE.courses
                    if c.id
                    == [
                        c.course_id
                        for c in cost.courses
                        if (c.role_id, c.competence_id) == (role_id, competence_id)
                    ][0]
                )
                assert course.competence_id == competence_id
                assert course.min_level <= role.leon_level


def tolerance(reference: float, options: StaffingOptions) -> float:
    """How far above a known solution the proposal may be: the solver stops once its solution
    is proven within ``mip_gap`` (relative) of the optimum; plus the 10⁻⁵ kr per percentage point
    tie-break bonus (at most 0.001 kr per task, so 0.05 kr is ample for these departments)."""
    return options.mip_gap / (1 - options.mip_gap) * abs(reference) + 0.05


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(department_with_options())
def test_proposal_is_valid_and_never_dearer(case) -> None:  # type: ignore[no-untyped-def]
    data, options = case
    result = propose_staffing_mix(data, options)
    assert result.cost.satisfies_rules, result.cost.violations
    assert_respects_every_rule(data, result.assignments, result.cost)
    # the result's own cost is exactly scenario_cost of its assignment
    again = scenario_cost(data, result.assignments, options)
    assert again.total_cost == pytest.approx(result.cost.total_cost)
    # hours are conserved: every task fully covered in both
    assert sum(r.task_hours_per_week for r in again.roles) == pytest.approx(
        sum(t.hours_per_week for t in data.tasks)
    )
    baseline = scenario_cost(data, data.assignments[1], options)
    assert baseline.satisfies_rules
    assert result.cost.total_cost <= baseline.total_cost + tolerance(baseline.total_cost, options)
    leon = scenario_cost(data, leon_assignments(leon_suggestions(data)), options)
    if leon.satisfies_rules:
        assert result.cost.total_cost <= leon.total_cost + tolerance(leon.total_cost, options)


@settings(max_examples=25, deadline=None)
@given(
    st.integers(2, 12),  # occurrences a day of a nurse-only task
    st.integers(10, 60),  # minutes each
    st.floats(0.0, 0.95),  # the cap as a share of what is needed
)
def test_cap_below_need_names_the_cap(count: int, minutes: int, fraction: float) -> None:
    task = make_task(
        1,
        "Smertepumpe",
        count=count,
        minutes=minutes,
        competences=["LM-OPIOID"],
        restriction=Restriction.ROLES,
        allowed=["SPL"],
    )
    need = 7 * count * minutes / 60 / FTE_H  # FTE
    cap = round(need * fraction, 2)
    assume(cap < need - 0.01)
    data = make_department([task, make_task(2, "Stell")])
    with pytest.raises(InfeasibleStaffingError) as caught:
        propose_staffing_mix(data, StaffingOptions(fte_caps={SPL: cap}))
    error = caught.value
    assert error.constraint.kind == "cap"
    assert error.constraint.role_ids == (SPL,)
    assert error.constraint.required_fte == pytest.approx(need, rel=1e-6)
    assert "for Sykepleier er for lavt" in str(error)
    assert "«Smertepumpe»" in str(error)
    assert not math.isnan(error.constraint.required_fte)
