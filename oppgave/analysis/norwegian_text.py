"""Small pieces of Norwegian wording shared by the analysis' user-facing texts.

Numbers are written the Norwegian way (decimal comma, thin grouping with a space) and lists are
joined with "og", so the explanations read naturally in a report without post-editing.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from oppgave.domain import numbers
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

_MONTHS = (
    QT_TRANSLATE_NOOP("Wording", "januar"),
    QT_TRANSLATE_NOOP("Wording", "februar"),
    QT_TRANSLATE_NOOP("Wording", "mars"),
    QT_TRANSLATE_NOOP("Wording", "april"),
    QT_TRANSLATE_NOOP("Wording", "mai"),
    QT_TRANSLATE_NOOP("Wording", "juni"),
    QT_TRANSLATE_NOOP("Wording", "juli"),
    QT_TRANSLATE_NOOP("Wording", "august"),
    QT_TRANSLATE_NOOP("Wording", "september"),
    QT_TRANSLATE_NOOP("Wording", "oktober"),
    QT_TRANSLATE_NOOP("Wording", "november"),
    QT_TRANSLATE_NOOP("Wording", "desember"),
)


def long_date(day: date) -> str:
    """``date(2026, 12, 7)`` → ``"7. desember 2026"``: how dates are written in running text
    (report, review form), never ISO."""
    return f"{day.day}. {translate('Wording', _MONTHS[day.month - 1])} {day.year}"


def format_number(value: float, decimals: int = 1) -> str:
    """``3.4`` → ``"3,4"``; ``12345.6`` with 0 decimals → ``"12 346"`` (a thin call to
    :func:`oppgave.domain.numbers.format_number`: half up, language-aware, never «-0»)."""
    text = numbers.format_number(value, decimals, keep_zeros=True, grouping=True)
    return text.replace("\u00a0", " ")


def signed_kroner(value: float) -> str:
    """Whole kroner with a sign for increases: «+1 200», «-714», «0»."""
    rounded = round(value)
    return ("+" if rounded > 0 else "") + format_number(float(rounded), 0)


def join_names(names: Iterable[str]) -> str:
    """``["A", "B", "C"]`` → ``"A, B og C"`` (an empty list gives ``""``)."""
    items = list(names)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    conjunction = translate("Wording", "og")
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def quoted(name: str) -> str:
    """A task or course name in Norwegian quotation marks: «name»."""
    return f"«{name}»"
