"""User-facing labels of the stored enum values, in one place.

Enum values are stored in English (``"direct"``, ``"evening"``); everything a person reads goes
through these tables, so the app, the Excel exchange and the report all say «Direkte
pasientarbeid» and «kveld» the same way, and the English translation changes them everywhere.
Source labels are Norwegian bokmål, marked with ``QT_TRANSLATE_NOOP`` for ``pyside6-lupdate``
and translated when asked for (so switching language takes effect at once).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from oppgave.domain.enums import (
    Category,
    DayType,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
    Shift,
    TaskStatus,
    Weekday,
)
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    Category.DIRECT: QT_TRANSLATE_NOOP("Labels", "Direkte pasientarbeid"),
    Category.INDIRECT: QT_TRANSLATE_NOOP("Labels", "Indirekte pasientarbeid"),
    Category.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Labels", "Administrativt"),
    Category.PRACTICAL: QT_TRANSLATE_NOOP("Labels", "Praktisk / service"),
    Category.DEVELOPMENT: QT_TRANSLATE_NOOP("Labels", "Fagutvikling"),
    TaskStatus.MAPPED: QT_TRANSLATE_NOOP("Labels", "Kartlagt"),
    TaskStatus.DISCUSSED: QT_TRANSLATE_NOOP("Labels", "Diskutert"),
    TaskStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Enighet"),
    Restriction.NONE: QT_TRANSLATE_NOOP("Labels", "Ingen"),
    Restriction.AUTHORISED: QT_TRANSLATE_NOOP("Labels", "Autorisert helsepersonell"),
    Restriction.MIN_LEVEL: QT_TRANSLATE_NOOP("Labels", "Minste LEON-nivå"),
    Restriction.ROLES: QT_TRANSLATE_NOOP("Labels", "Bare bestemte yrkesgrupper"),
    RiskLevel.LOW: QT_TRANSLATE_NOOP("Labels", "lav"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("Labels", "middels"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("Labels", "høy"),
    DelegationRule.TRANSFER: QT_TRANSLATE_NOOP("Labels", "kan overføres"),
    DelegationRule.DELEGATE: QT_TRANSLATE_NOOP("Labels", "kan delegeres med veiledning"),
    DelegationRule.KEEP: QT_TRANSLATE_NOOP("Labels", "beholdes"),
    Shift.DAY: QT_TRANSLATE_NOOP("Labels", "dag"),
    Shift.EVENING: QT_TRANSLATE_NOOP("Labels", "kveld"),
    Shift.NIGHT: QT_TRANSLATE_NOOP("Labels", "natt"),
    DayType.WEEKDAY: QT_TRANSLATE_NOOP("Labels", "hverdag"),
    DayType.WEEKEND: QT_TRANSLATE_NOOP("Labels", "helg"),
    FrequencyUnit.DAY: QT_TRANSLATE_NOOP("Labels", "dag"),
    FrequencyUnit.WEEK: QT_TRANSLATE_NOOP("Labels", "uke"),
    FrequencyUnit.MONTH: QT_TRANSLATE_NOOP("Labels", "måned"),
    FrequencyUnit.YEAR: QT_TRANSLATE_NOOP("Labels", "år"),
    ServiceType.LONG_TERM: QT_TRANSLATE_NOOP("Labels", "Langtidsavdeling (sykehjem)"),
    ServiceType.SHORT_TERM: QT_TRANSLATE_NOOP("Labels", "Korttidsavdeling (sykehjem)"),
    ServiceType.HOME_CARE: QT_TRANSLATE_NOOP("Labels", "Hjemmetjenesten"),
    ServiceType.SHELTERED_HOUSING: QT_TRANSLATE_NOOP("Labels", "Bofellesskap"),
    ServiceType.DEMENTIA: QT_TRANSLATE_NOOP("Labels", "Demensavdeling"),
    ServiceType.REHABILITATION: QT_TRANSLATE_NOOP("Labels", "Rehabilitering"),
    ServiceType.OTHER: QT_TRANSLATE_NOOP("Labels", "Annet"),
}

#: Short names of the weekdays, Monday first (``Weekday`` bit order).
_WEEKDAY_SHORT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Labels", "man"),
    QT_TRANSLATE_NOOP("Labels", "tir"),
    QT_TRANSLATE_NOOP("Labels", "ons"),
    QT_TRANSLATE_NOOP("Labels", "tor"),
    QT_TRANSLATE_NOOP("Labels", "fre"),
    QT_TRANSLATE_NOOP("Labels", "lør"),
    QT_TRANSLATE_NOOP("Labels", "søn"),
)

#: Frequency units in the plural-free form used after "per" («2 per dag»).
_UNIT_ADJECTIVE: Mapping[FrequencyUnit, str] = {
    FrequencyUnit.DAY: QT_TRANSLATE_NOOP("Labels", "daglig"),
    FrequencyUnit.WEEK: QT_TRANSLATE_NOOP("Labels", "ukentlig"),
    FrequencyUnit.MONTH: QT_TRANSLATE_NOOP("Labels", "månedlig"),
    FrequencyUnit.YEAR: QT_TRANSLATE_NOOP("Labels", "årlig"),
}


def label(value: Enum) -> str:
    """The translated label of an enum value (falls back to the stored value)."""
    source = _LABELS.get(value)
    return translate(CONTEXT, source) if source is not None else str(value.value)


def source_label(value: Enum) -> str:
    """The Norwegian (untranslated) label, for parsing text typed in either language."""
    return _LABELS.get(value, str(value.value))


def weekday_short(day: Weekday) -> str:
    index = day.bit_length() - 1
    return translate(CONTEXT, _WEEKDAY_SHORT[index])


def weekday_short_sources() -> tuple[str, ...]:
    return _WEEKDAY_SHORT


def unit_adjective(unit: FrequencyUnit) -> str:
    return translate(CONTEXT, _UNIT_ADJECTIVE[unit])


def choices(enum_type: type[Enum]) -> list[tuple[Enum, str]]:
    """(value, translated label) of every member, in declaration order (for combo boxes)."""
    return [(member, label(member)) for member in enum_type]
