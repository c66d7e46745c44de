"""User-facing labels of the stored enum values, in one place.

Enum values are stored in English (``"direct"``, ``"evening"``); everything a person reads goes
through these tables, so the app, the Excel exchange and the report all say «Direkte
pasientarbeid» and «kveld» the same way, and the English translation changes them everywhere.
Source labels are Norwegian bokmål, marked with ``QT_TRANSLATE_NOOP`` for ``pyside6-lupdate``
and translated when asked for (so switching language takes effect at once).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from enum import Enum
from functools import lru_cache
from typing import TypeVar

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
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate, translator_generation

E = TypeVar("E", bound=Enum)

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


#: Longer forms some outputs use (the PDF report's headings); read back like the labels.
LONG_LABELS: dict[Enum, str] = {
    Category.ADMINISTRATIVE: QT_TRANSLATE_NOOP("Labels", "Administrativt arbeid"),
    Category.PRACTICAL: QT_TRANSLATE_NOOP("Labels", "Praktisk arbeid og service"),
    ServiceType.LONG_TERM: QT_TRANSLATE_NOOP("Labels", "Langtidsopphold i sykehjem"),
    ServiceType.SHORT_TERM: QT_TRANSLATE_NOOP("Labels", "Korttidsopphold"),
    ServiceType.DEMENTIA: QT_TRANSLATE_NOOP("Labels", "Skjermet enhet for personer med demens"),
    ServiceType.OTHER: QT_TRANSLATE_NOOP("Labels", "Annen tjeneste"),
    ServiceType.HOME_CARE: QT_TRANSLATE_NOOP("Labels", "Hjemmetjeneste"),
}

#: Other words people (and earlier versions of the Excel export) use for the same values. Never
#: shown; the labels above are the words the app writes. Compared case-insensitively.
SYNONYMS: dict[Enum, tuple[str, ...]] = {
    Category.DIRECT: (
        "direkte", "direkte pasientarbeid", "direkte brukerrettet", "pasientrettet",
        "direkte pasientrettet", "direkte brukerarbeid", "direct", "direct patient work",
        "direct care", "pasientnær", "brukerrettet",
    ),
    Category.INDIRECT: (
        "indirekte", "indirekte brukerrettet", "indirect", "indirect patient work",
        "indirekte pasientrettet",
    ),
    Category.ADMINISTRATIVE: (
        "administrativ", "administrative", "administrasjon", "adm", "admin",
        "administrative oppgaver", "administrative tasks", "merkantil",
    ),
    Category.PRACTICAL: (
        "praktisk", "praktiske", "praktiske oppgaver", "praktisk/service", "praktisk-service",
        "service", "praktisk arbeid", "practical", "practical-service", "practical/service",
        "practical / service", "husarbeid",
    ),
    Category.DEVELOPMENT: (
        "fagutvikling", "faglig utvikling", "kompetanseutvikling", "opplæring", "utvikling",
        "development", "professional development", "fag", "undervisning",
    ),
    TaskStatus.MAPPED: ("kartlagt", "mapped", "ny", "registrert"),
    TaskStatus.DISCUSSED: ("diskutert", "drøftet", "discussed", "under arbeid"),
    TaskStatus.AGREED: ("enig", "enighet", "avklart", "vedtatt", "besluttet", "agreed", "ok"),
    Restriction.NONE: ("ingen", "none", "ingen begrensning"),
    Restriction.AUTHORISED: ("autorisert", "authorised", "authorized"),
    Restriction.MIN_LEVEL: (
        "laveste leon-nivå", "minste leon-nivå", "leon-nivå", "minimum leon level",
    ),
    Restriction.ROLES: ("bare valgte yrkesgrupper", "bare bestemte yrkesgrupper"),
    ServiceType.LONG_TERM: ("langtidsavdeling", "langtid", "sykehjem"),
    ServiceType.SHORT_TERM: ("korttidsavdeling", "korttid"),
    RiskLevel.LOW: ("lav risiko", "low", "liten"),
    RiskLevel.MEDIUM: ("middels risiko", "medium", "moderat"),
    RiskLevel.HIGH: ("høy risiko", "high", "stor", "hoy"),
    DelegationRule.TRANSFER: (
        "overføres", "overføre", "overføring", "transfer", "kan overtas", "kan overdras",
    ),
    DelegationRule.DELEGATE: (
        "kan delegeres", "delegeres", "delegere", "delegering", "delegeres med veiledning",
        "delegate", "med veiledning", "veiledning",
        "ja",  # under a «Kan delegeres» header people answer yes or no
    ),
    DelegationRule.KEEP: (
        "beholde", "behold", "keep", "ikke overføres", "kan ikke overføres",
        "kan ikke delegeres", "ikke deleger", "nei",
    ),
}  # fmt: skip


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()).strip(" .:")


def words(value: Enum) -> set[str]:
    """Every word that names ``value``: labels (both languages), long forms, synonyms, the
    stored value."""
    found = {_key(str(value.value)), _key(label(value)), _key(source_label(value))}
    if value in LONG_LABELS:
        found |= {_key(LONG_LABELS[value]), _key(translate(CONTEXT, LONG_LABELS[value]))}
    found |= {_key(word) for word in SYNONYMS.get(value, ())}
    return found


def long_label(value: Enum) -> str:
    """The long form where there is one (report headings), else the label."""
    source = LONG_LABELS.get(value)
    return translate(CONTEXT, source) if source is not None else label(value)


#: Per installed translator and enum type: every word → the first member it names.
_WORD_TABLES: dict[tuple[int, type[Enum]], dict[str, Enum]] = {}


def _word_table(enum_type: type[E]) -> dict[str, E]:
    """Every word of every member of ``enum_type`` (the first member in order wins, as a
    search in order would find), built once per language: an import parses six labels a
    task, and building the word sets each time was a seventh of importing 10 000 tasks."""
    key = (translator_generation(), enum_type)
    table = _WORD_TABLES.get(key)
    if table is None:
        table = {}
        for member in enum_type:
            for word in words(member):
                table.setdefault(word, member)
        _WORD_TABLES[key] = table
    return table  # type: ignore[return-value]


def lookup(enum_type: type[E], text: str) -> E | None:
    """The member a word names exactly (any of :func:`words`), or None."""
    return _word_table(enum_type).get(_key(text))


@lru_cache(maxsize=4096)
def _parsed(generation: int, enum_type: type[Enum], raw: str) -> Enum | None:
    """The member ``raw`` names, or None; cached per language (``generation``) because an
    import parses the same few words in every row (six labels a task, 60,000 for 10,000
    tasks). Pure: enum members are immutable."""
    found = lookup(enum_type, raw)
    if found is not None:
        return found
    wanted = _key(raw)
    if len(wanted) >= 3:
        prefixed = {m for m in enum_type for w in words(m) if w.startswith(wanted)}
        if len(prefixed) == 1:
            return prefixed.pop()
    return None


def parse(enum_type: type[E], text: object, field: str = "") -> E:
    """The member a text names: any of :func:`words`, or a unique beginning of one
    («adm», «fagutv»). Refuses with the labels to choose from."""
    raw = "" if text is None else str(text)
    found = _parsed(translator_generation(), enum_type, raw)
    if found is not None:
        return found  # type: ignore[return-value]
    raise ValidationError(
        translate(CONTEXT, "«{text}» er ikke et gyldig valg. Gyldige: {options}.").format(
            text=raw.strip(), options=", ".join(label(m) for m in enum_type)
        ),
        field,
    )
