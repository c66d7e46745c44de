"""Norwegian public holidays (helligdager og høytidsdager), for the 52-week årsturnus.

The movable holidays hang on Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher):
skjærtorsdag (−3), langfredag (−2), 1. påskedag (0), 2. påskedag (+1), Kristi himmelfartsdag
(+39), 1. pinsedag (+49), 2. pinsedag (+50). The fixed ones: 1. nyttårsdag (1/1),
arbeidernes dag (1/5), grunnlovsdag (17/5), 1. juledag (25/12), 2. juledag (26/12).
Pure functions: no Qt, no database. An årsturnus staffs each holiday as a Sunday (helgebehov),
see :func:`oppgave.analysis.rota.demand_from_plan`.
"""

from __future__ import annotations

from datetime import date, timedelta

from oppgave.i18n import translate


def _tr(text: str) -> str:
    return translate("Holidays", text)


def easter_sunday(year: int) -> date:
    """Easter Sunday of ``year`` (Gregorian calendar; 2027 → 28 March)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


#: Movable holidays: days after Easter Sunday and the (untranslated) name.
_MOVABLE: tuple[tuple[int, str], ...] = (
    (-3, "Skjærtorsdag"),
    (-2, "Langfredag"),
    (0, "1. påskedag"),
    (1, "2. påskedag"),
    (39, "Kristi himmelfartsdag"),
    (49, "1. pinsedag"),
    (50, "2. pinsedag"),
)
#: Fixed holidays: (month, day, name).
_FIXED: tuple[tuple[int, int, str], ...] = (
    (1, 1, "1. nyttårsdag"),
    (5, 1, "Arbeidernes dag"),
    (5, 17, "Grunnlovsdag"),
    (12, 25, "1. juledag"),
    (12, 26, "2. juledag"),
)


def public_holidays(year: int) -> dict[date, str]:
    """Every public holiday of ``year``: date → Norwegian name, in date order."""
    easter = easter_sunday(year)
    found = {easter + timedelta(days=offset): _tr(name) for offset, name in _MOVABLE}
    for month, day, name in _FIXED:
        when = date(year, month, day)
        # two on one day (2. pinsedag on 17 May 2027): both names
        found[when] = f"{found[when]} / {_tr(name)}" if when in found else _tr(name)
    return dict(sorted(found.items()))


def holidays_between(start: date, days: int) -> dict[int, str]:
    """Holidays in the ``days`` days from ``start``: day index (0 = ``start``) → name."""
    end = start + timedelta(days=days)
    result: dict[int, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in public_holidays(year).items():
            if start <= day < end:
                result[(day - start).days] = name
    return dict(sorted(result.items()))
