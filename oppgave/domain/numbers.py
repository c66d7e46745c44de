"""The one way numbers are written and read: the UI, the report, the Excel export and the CLI.

* The decimal mark follows the language shown: a comma in Norwegian, a point in English (the
  mark is the translation of ``","`` in the context ``CellText``, so switching language switches
  it everywhere). Reading accepts either mark.
* Rounding is half up, as people round by hand and as Excel shows it: 6.25 → «6,3», 0.125 →
  «0,13» at two decimals. (Python's ``round`` and ``format`` round half to even on the binary
  value and give «6,2».)
* A value that rounds to zero is «0», never «−0» (−0.04 at one decimal is «0,0»).
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

from oppgave.errors import ValidationError
from oppgave.i18n import translate

_NUMBER = re.compile(r"^[+-−]?\d+(?:[.,]\d+)?$")


def decimal_mark() -> str:
    """«,» in Norwegian, «.» in English."""
    return translate("CellText", ",")


def round_half_up(value: float, decimals: int = 0) -> float:
    """``value`` rounded half up at ``decimals`` (on its shortest decimal form: 6.25 → 6.3)."""
    if not math.isfinite(value):
        return value
    quantum = Decimal(1).scaleb(-decimals)
    return float(Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP))


def format_number(
    value: float, decimals: int = 1, *, keep_zeros: bool = False, grouping: bool = False
) -> str:
    """``value`` with at most ``decimals`` decimals, rounded half up, in the current language.

    ``keep_zeros``: always ``decimals`` decimals («2,0», the report's tables); otherwise trailing
    zeros are dropped («2», «1,5»). ``grouping``: thousands separated by a (no-break) space in
    Norwegian, a comma in English («12 500»)."""
    if not math.isfinite(value):
        return str(value)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    if rounded == 0:
        rounded = abs(rounded)  # never "-0" / "-0,0"
    text = f"{rounded:,.{decimals}f}" if grouping else f"{rounded:.{decimals}f}"
    if not keep_zeros and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    mark = decimal_mark()
    group = "\u00a0" if mark == "," else ","
    return text.replace(",", "\x00").replace(".", mark).replace("\x00", group)


def format_exact(value: float) -> str:
    """The shortest form that reads back as exactly ``value`` («2», «1,5», «0,3333333333333333»),
    for task text that must survive being written and read again."""
    value = float(value)
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text:
        text = format(Decimal(text), "f")
    return text.replace(".", decimal_mark())


def format_percent(value: float, decimals: int = 0) -> str:
    """«45 %» (a share 0.45 is given as 45)."""
    return f"{format_number(value, decimals)}\u00a0%"


def parse_number(text: str, field: str = "") -> float:
    """A number written with a decimal comma or point (spaces between thousands allowed)."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("−", "-")
    if not _NUMBER.match(cleaned):
        raise ValidationError(
            translate("CellText", "«{text}» er ikke et tall.").format(text=text.strip()), field
        )
    return float(cleaned.replace(",", "."))


def parse_integer(text: str, field: str = "") -> int:
    value = parse_number(text, field)
    if not value.is_integer():
        raise ValidationError(translate("CellText", "Må være et heltall."), field)
    return int(value)
