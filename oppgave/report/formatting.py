"""Numbers, money, shares and dates written the Norwegian way for the report.

A space groups thousands and a comma marks decimals ("1 234,5"); the space is a no-break space
so a number never wraps over two lines. Negative numbers use the real minus sign (−), and a
change carries its sign ("+1,2", "−3 400"). Dates are written "28. november 2026".
"""

from __future__ import annotations

import math
from datetime import date

from oppgave.analysis.norwegian_text import long_date
from oppgave.domain import numbers
from oppgave.i18n import translate

#: No-break space: groups thousands and separates a number from its unit.
NBSP = "\u00a0"
MINUS = "\u2212"
EN_DASH = "\u2013"
#: Shown for a figure that cannot be computed (no positions, no residents …).
MISSING = EN_DASH


def _tr(text: str) -> str:
    return translate("Report", text)


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def number(value: float | None, decimals: int = 1) -> str:
    """``1234.5`` → ``"1 234,5"``; ``-3`` → ``"−3"``; ``None``/NaN → ``"–"``.

    Rounded half up by :mod:`oppgave.domain.numbers` (the one number module); a value that
    rounds to zero is written without a sign ("0,0", never "−0,0").
    """
    if not _finite(value):
        return MISSING
    assert value is not None
    rounded = numbers.round_half_up(value, decimals)
    text = numbers.format_number(abs(rounded), decimals, keep_zeros=True, grouping=True)
    return f"{MINUS}{text}" if rounded < 0 else text


def signed(value: float | None, decimals: int = 1) -> str:
    """A change with its sign: ``+1,2``, ``−3 400``, ``0,0``."""
    if not _finite(value):
        return MISSING
    text = number(value, decimals)
    assert value is not None
    return f"+{text}" if numbers.round_half_up(value, decimals) > 0 else text


def kroner(value: float | None) -> str:
    """Whole kroner: ``435487.17`` → ``"435 487"`` (the unit goes in the column heading)."""
    return number(value, 0)


def kroner_text(value: float | None) -> str:
    """Kroner in running text: ``"435 487 kr"``; millions as ``"22,6 mill. kr"``."""
    if not _finite(value):
        return MISSING
    assert value is not None
    if abs(value) >= 1_000_000:
        return (
            _tr("{amount} mill. kr").format(amount=number(value / 1_000_000, 1)).replace(" ", NBSP)
        )
    return f"{kroner(value)}{NBSP}kr"


def percent(share: float | None, decimals: int = 1) -> str:
    """A fraction as percent: ``0.762`` → ``"76,2 %"``."""
    if not _finite(share):
        return MISSING
    assert share is not None
    return f"{number(share * 100.0, decimals)}{NBSP}%"


def percent_points(change: float | None, decimals: int = 1) -> str:
    """A change of a fraction in percentage points: ``-0.05`` → ``"−5,0 p.p."``."""
    if not _finite(change):
        return MISSING
    assert change is not None
    return f"{signed(change * 100.0, decimals)}{NBSP}{_tr('p.p.')}"


def position_percent(value: float | None, decimals: int = 0) -> str:
    """A position size already in percent: ``70.58`` → ``"71 %"``."""
    if not _finite(value):
        return MISSING
    return f"{number(value, decimals)}{NBSP}%"


def norwegian_date(day: date) -> str:
    """``date(2026, 11, 28)`` → ``"28. november 2026"`` (one source with the review form:
    :func:`oppgave.analysis.norwegian_text.long_date`)."""
    return long_date(day)


def clock(minute: int) -> str:
    """Minutes after midnight as ``HH:MM`` (1440 is ``24:00``)."""
    minute = int(minute)
    return f"{minute // 60:02d}:{minute % 60:02d}"
