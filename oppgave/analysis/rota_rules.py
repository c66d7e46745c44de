"""The rule checker of a rota: every rule of :mod:`oppgave.analysis.rota`, checked from clock times.

It shares nothing with the solver's model (:mod:`oppgave.analysis.rota_solver`): it lays each
position's shifts out as intervals in minutes on the cyclic rota (the rota repeats), and measures
rest, free periods, hours per week and days in a row directly. The generator's result is checked
with it in the tests, and a rota edited by hand in the grid is re-checked with it at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from oppgave.analysis.rota import (
    DAYS_PER_WEEK,
    SATURDAY,
    SUNDAY,
    Rota,
    RotaProblem,
    RotaRules,
    is_weekend_day,
    shift_interval,
    weekday,
)
from oppgave.analysis.rota_shifts import MINUTES_PER_DAY
from oppgave.domain.enums import Shift
from oppgave.i18n import translate

NOON = 12 * 60


def _tr(text: str) -> str:
    return translate("RotaRules", text)


def _h(minutes: float) -> str:
    text = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True, slots=True)
class RuleViolation:
    """One broken rule: ``rule`` an id («rest», «weekly_rest», …), the position (index) and day
    when it belongs to one, and the Norwegian message."""

    rule: str
    message: str
    position: int | None = None
    day: int | None = None
    shift: Shift | None = None  # the analysis shift of a coverage finding


def check_rota(rota: Rota) -> tuple[RuleViolation, ...]:
    """Every rule violation of ``rota`` (empty: the rota keeps every rule)."""
    problem = rota.problem
    rules = problem.rules
    days = rules.days
    period = days * MINUTES_PER_DAY
    found: list[RuleViolation] = []
    types = {t.code: t for t in problem.shift_types}

    for p, row in enumerate(rota.grid):
        label = problem.positions[p].label
        if len(row) != days:
            found.append(RuleViolation("grid", _tr("Feil antall dager i turnusen."), p))
            continue
        intervals: list[tuple[int, int, int]] = []  # start, end, day
        for day, code in enumerate(row):
            if not code:
                continue
            shift_type = types.get(code)
            if shift_type is None:
                found.append(
                    RuleViolation("code", _tr("Ukjent vaktkode «{c}».").format(c=code), p, day)
                )
                continue
            if shift_type.weekend_only and not (rules.long_weekend_shifts and is_weekend_day(day)):
                found.append(
                    RuleViolation(
                        "long_shift",
                        _tr("{p}: langvakt utenfor helgen eller uten valgt langvakt.").format(
                            p=label
                        ),
                        p,
                        day,
                    )
                )
            start, end = shift_interval(day, shift_type)
            intervals.append((start, end, day))
        intervals.sort()
        found.extend(_rest_between(intervals, period, rules.min_rest_hours, p, label))
        found.extend(_weekly_rest(intervals, period, rules, p, label))
        found.extend(_days_in_a_row(row, rules.max_days_in_a_row, p, label))
        found.extend(_hours(rota, p, label))
        found.extend(_weekends(row, intervals, period, rules, p, label))
    found.extend(_coverage(rota))
    return tuple(found)


def _rest_between(
    intervals: list[tuple[int, int, int]], period: int, min_rest: float, p: int, label: str
) -> list[RuleViolation]:
    """Rest = next shift's start − this shift's end, around the cycle."""
    result = []
    n = len(intervals)
    for i in range(n):
        start, end, day = intervals[i]
        next_start = intervals[(i + 1) % n][0] + (period if i == n - 1 else 0)
        if n == 1:
            next_start = start + period
        rest = next_start - end
        if rest < min_rest * 60 - 1e-9:
            result.append(
                RuleViolation(
                    "rest",
                    _tr("{p}: bare {r} timer hvile etter vakten dag {d} (krav {k}).").format(
                        p=label, r=_h(rest), d=day + 1, k=_h(min_rest * 60)
                    ),
                    p,
                    day,
                )
            )
    return result


def _free_periods(intervals: list[tuple[int, int, int]], period: int) -> list[tuple[int, int]]:
    """Free periods between shifts, around the cycle (start may be negative: before Monday)."""
    if not intervals:
        return [(-period, 2 * period)]
    result = []
    n = len(intervals)
    for i in range(n):
        end = intervals[i][1]
        next_start = intervals[(i + 1) % n][0] + (period if i == n - 1 else 0)
        if n == 1:
            next_start = intervals[0][0] + period
        result.append((end, next_start))
    return result


def _weekly_rest(
    intervals: list[tuple[int, int, int]], period: int, rules: RotaRules, p: int, label: str
) -> list[RuleViolation]:
    """Each calendar week: a free period ≥ the weekly rest containing noon of one of its days."""
    result = []
    need = rules.weekly_rest_hours * 60
    days = rules.days
    rested: set[int] = set()  # weeks with a long enough free period over one of their noons
    for start, end in _free_periods(intervals, period):
        if end - start < need:
            continue
        for shift in (-period, 0, period):
            # the noons day × 1440 + 720 inside [start + shift, end + shift]
            first = max(0, math.ceil((start + shift - NOON) / MINUTES_PER_DAY))
            last = min(days - 1, math.floor((end + shift - NOON) / MINUTES_PER_DAY))
            rested.update(day // DAYS_PER_WEEK for day in range(first, last + 1))
    for week in range(rules.weeks):
        if week not in rested:
            result.append(
                RuleViolation(
                    "weekly_rest",
                    _tr("{p}: uke {w} har ingen sammenhengende fritid på {k} timer.").format(
                        p=label, w=week + 1, k=_h(need)
                    ),
                    p,
                    week * DAYS_PER_WEEK,
                )
            )
    return result


def _days_in_a_row(row: tuple[str, ...], limit: int, p: int, label: str) -> list[RuleViolation]:
    days = len(row)
    if all(row):
        return [RuleViolation("days_in_a_row", _tr("{p}: ingen fridager.").format(p=label), p, 0)]
    result = []
    first_free = next(d for d in range(days) if not row[d])
    run = 0
    for step in range(1, days + 1):
        day = (first_free + step) % days
        if row[day]:
            run += 1
            if run == limit + 1:
                result.append(
                    RuleViolation(
                        "days_in_a_row",
                        _tr("{p}: mer enn {n} vakter på rad (dag {d}).").format(
                            p=label, n=limit, d=day + 1
                        ),
                        p,
                        day,
                    )
                )
        else:
            run = 0
    return result


def _hours(rota: Rota, p: int, label: str) -> list[RuleViolation]:
    problem = rota.problem
    rules = problem.rules
    position = problem.positions[p]
    result = []
    for week in range(rules.weeks):
        hours = rota.week_hours(p, week)
        if hours > rules.max_week_hours + 1e-9:
            result.append(
                RuleViolation(
                    "week_hours",
                    _tr("{p}: {h} timer i uke {w} (høyst {k}).").format(
                        p=label,
                        h=_h(hours * 60),
                        w=week + 1,
                        k=_h(rules.max_week_hours * 60),
                    ),
                    p,
                    week * DAYS_PER_WEEK,
                )
            )
    minutes = rota.minutes(p)
    if minutes / 60 / rules.weeks > rules.max_average_week_hours + 1e-9:
        result.append(
            RuleViolation(
                "average_hours",
                _tr("{p}: over {k} timer per uke i snitt.").format(
                    p=label, k=_h(rules.max_average_week_hours * 60)
                ),
                p,
            )
        )
    size = rota.sizes[p]
    target = rules.target_minutes(size, position.hours_per_fte)
    tolerance = rules.tolerance_minutes(target)
    if abs(minutes - target) > tolerance:
        result.append(
            RuleViolation(
                "position_hours",
                _tr("{p}: {h} timer i turnusen, stillingen skal ha {t} (± {k}).").format(
                    p=label, h=_h(minutes), t=_h(target), k=_h(tolerance)
                ),
                p,
            )
        )
    return result


def _weekends(
    row: tuple[str, ...],
    intervals: list[tuple[int, int, int]],
    period: int,
    rules: RotaRules,
    p: int,
    label: str,
) -> list[RuleViolation]:
    """Worked weekend: any shift on duty between Saturday 00:00 and Sunday 24:00."""
    result = []
    week_minutes = DAYS_PER_WEEK * MINUTES_PER_DAY
    touching: set[int] = set()  # weeks whose Saturday 00:00–Sunday 24:00 a shift overlaps
    for start, end, _ in intervals:
        for shift in (-period, 0, period):
            lo_week = max(0, (start + shift) // week_minutes - 1)
            hi_week = min(rules.weeks - 1, (end + shift) // week_minutes + 1)
            for week in range(lo_week, hi_week + 1):
                lo = (week * DAYS_PER_WEEK + SATURDAY) * MINUTES_PER_DAY
                if start + shift < lo + 2 * MINUTES_PER_DAY and end + shift > lo:
                    touching.add(week)
    worked: list[bool] = []
    for week in range(rules.weeks):
        touched = week in touching
        worked.append(touched)
        if touched and rules.weekend_shifts_per_person >= 2:
            saturday, sunday = week * DAYS_PER_WEEK + SATURDAY, week * DAYS_PER_WEEK + SUNDAY
            if not (row[saturday] and row[sunday]):
                result.append(
                    RuleViolation(
                        "weekend_both_days",
                        _tr("{p}: helg {w} er arbeidshelg uten vakt både lørdag og søndag.").format(
                            p=label, w=week + 1
                        ),
                        p,
                        saturday,
                    )
                )
    total = sum(worked)
    if total == 0 and not intervals:
        return result
    expected = rules.weeks // rules.weekend_every
    if total != expected:
        result.append(
            RuleViolation(
                "weekend_count",
                _tr("{p}: {n} arbeidshelger, skal ha {e} (hver {f}. helg).").format(
                    p=label, n=total, e=expected, f=rules.weekend_every
                ),
                p,
            )
        )
    for week in range(rules.weeks):
        if not worked[week]:
            continue
        for gap in range(1, rules.weekend_every):
            if worked[(week + gap) % rules.weeks] and (week + gap) % rules.weeks != week:
                result.append(
                    RuleViolation(
                        "weekend_spacing",
                        _tr("{p}: arbeidshelg {a} og {b} er for tett (hver {f}. helg).").format(
                            p=label,
                            a=week + 1,
                            b=(week + gap) % rules.weeks + 1,
                            f=rules.weekend_every,
                        ),
                        p,
                        week * DAYS_PER_WEEK + SATURDAY,
                    )
                )
    return result


def _coverage(rota: Rota) -> list[RuleViolation]:
    """Every (day, analysis shift, role) has at least the demanded people; competences too."""
    problem = rota.problem
    types = {t.code: t for t in problem.shift_types}
    have: dict[tuple[int, object, int], int] = {}
    have_competence: dict[tuple[int, object, int], int] = {}
    for p, row in enumerate(rota.grid):
        position = problem.positions[p]
        for day, code in enumerate(row):
            if not code or code not in types:
                continue
            for shift in types[code].covers:
                key = (day, shift, position.role_id)
                have[key] = have.get(key, 0) + 1
                for competence in position.competence_ids:
                    ckey = (day, shift, competence)
                    have_competence[ckey] = have_competence.get(ckey, 0) + 1
    result = []
    for (day, shift, role_id), people in sorted(
        problem.demand.items(), key=lambda i: (i[0][0], i[0][1].value, i[0][2])
    ):
        got = have.get((day, shift, role_id), 0)
        if got < people:
            result.append(
                RuleViolation(
                    "coverage",
                    _tr("Dag {d} ({w}), {s}: {g} {r}, trenger {n}.").format(
                        d=day + 1,
                        w=day_name(problem, day),
                        s=SHIFT_NAMES.get(shift.value, shift.value),
                        g=got,
                        r=problem.role_name(role_id),
                        n=people,
                    ),
                    None,
                    day,
                    shift,
                )
            )
    for (day, shift, competence), people in problem.competence_demand.items():
        got = have_competence.get((day, shift, competence), 0)
        if got < people:
            result.append(
                RuleViolation(
                    "competence",
                    _tr("Dag {d}, {s}: {g} med påkrevd kompetanse, trenger {n}.").format(
                        d=day + 1, s=SHIFT_NAMES.get(shift.value, shift.value), g=got, n=people
                    ),
                    None,
                    day,
                    shift,
                )
            )
    return result


WEEKDAY_NAMES = ("man", "tir", "ons", "tor", "fre", "lør", "søn")


def day_name(problem: RotaProblem, day: int) -> str:
    """«lør», or «tor, Skjærtorsdag» on a holiday (staffed as a Sunday)."""
    name = WEEKDAY_NAMES[weekday(day)]
    holiday = problem.holidays.get(day)
    return f"{name}, {holiday}" if holiday else name


SHIFT_NAMES = {"day": "dag", "evening": "kveld", "night": "natt"}


@dataclass(frozen=True, slots=True)
class ShiftCount:
    """People of the rota on one analysis shift of one day against the demand (all roles)."""

    have: int
    need: int
    short: bool  # some role (or competence) has fewer than it needs on this shift


def shift_counts(rota: Rota) -> dict[tuple[int, Shift], ShiftCount]:
    """(day, analysis shift) → people on duty vs need, for the grid's footer. ``short`` is per
    role, as the checker counts: three people where two nurses and one assistant are needed
    is short if they are three assistants."""
    problem = rota.problem
    types = {t.code: t for t in problem.shift_types}
    have: dict[tuple[int, Shift, int], int] = {}
    for p, row in enumerate(rota.grid):
        role = problem.positions[p].role_id
        for day, code in enumerate(row):
            if code in types:
                for shift in types[code].covers:
                    have[(day, shift, role)] = have.get((day, shift, role), 0) + 1
    short = {(v.day, v.shift) for v in _coverage(rota) if v.day is not None}
    got: dict[tuple[int, Shift], int] = {}
    for (day, shift, _), people in have.items():
        got[(day, shift)] = got.get((day, shift), 0) + people
    need: dict[tuple[int, Shift], int] = {}
    for (day, shift, _), people in problem.demand.items():
        need[(day, shift)] = need.get((day, shift), 0) + people
    return {
        (day, shift): ShiftCount(
            got.get((day, shift), 0), need.get((day, shift), 0), (day, shift) in short
        )
        for day in range(problem.rules.days)
        for shift in Shift
    }


@dataclass(frozen=True, slots=True)
class PositionHours:
    """A position's hours in the rota: total, average per week, and its target (± tolerance)."""

    hours: float
    per_week: float
    target: float
    target_per_week: float
    tolerance: float

    @property
    def within(self) -> bool:
        return abs(self.hours - self.target) <= self.tolerance + 1e-9


def position_hours(rota: Rota) -> tuple[PositionHours, ...]:
    """Hours of every position against its size (what the rule «position_hours» checks)."""
    rules = rota.problem.rules
    result = []
    for p, position in enumerate(rota.problem.positions):
        minutes = rota.minutes(p)
        target = rules.target_minutes(rota.sizes[p], position.hours_per_fte)
        result.append(
            PositionHours(
                minutes / 60,
                minutes / 60 / rules.weeks,
                target / 60,
                target / 60 / rules.weeks,
                rules.tolerance_minutes(target) / 60,
            )
        )
    return tuple(result)
