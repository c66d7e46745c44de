"""Words for the closed vocabularies in sheets: what the export writes for a category, a
service type, a shift …, and how the import reads them back.

The export writes the label (translated when the user runs the app in English); the import
accepts the Norwegian label, its translation, or the stored value, so a file exported in either
language imports again.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from oppgave.domain import labels as domain_labels
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
    WorkFlag,
)
from oppgave.exchange.free_text import FreeTextError, normalise, parse_category, parse_status
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

E = TypeVar("E", bound=StrEnum)

CONTEXT = "Labels"

LABELS: Mapping[type[StrEnum], Mapping[str, str]] = {
    Category: {
        Category.DIRECT: QT_TRANSLATE_NOOP(CONTEXT, "Direkte pasientarbeid"),
        Category.INDIRECT: QT_TRANSLATE_NOOP(CONTEXT, "Indirekte pasientarbeid"),
        Category.ADMINISTRATIVE: QT_TRANSLATE_NOOP(CONTEXT, "Administrativt"),
        Category.PRACTICAL: QT_TRANSLATE_NOOP(CONTEXT, "Praktisk/service"),
        Category.DEVELOPMENT: QT_TRANSLATE_NOOP(CONTEXT, "Fagutvikling"),
    },
    ServiceType: {
        ServiceType.LONG_TERM: QT_TRANSLATE_NOOP(CONTEXT, "Langtidsavdeling"),
        ServiceType.SHORT_TERM: QT_TRANSLATE_NOOP(CONTEXT, "Korttidsavdeling"),
        ServiceType.HOME_CARE: QT_TRANSLATE_NOOP(CONTEXT, "Hjemmetjeneste"),
        ServiceType.SHELTERED_HOUSING: QT_TRANSLATE_NOOP(CONTEXT, "Bofellesskap"),
        ServiceType.DEMENTIA: QT_TRANSLATE_NOOP(CONTEXT, "Demensavdeling"),
        ServiceType.REHABILITATION: QT_TRANSLATE_NOOP(CONTEXT, "Rehabilitering"),
        ServiceType.OTHER: QT_TRANSLATE_NOOP(CONTEXT, "Annet"),
    },
    Restriction: {
        Restriction.NONE: QT_TRANSLATE_NOOP(CONTEXT, "Ingen"),
        Restriction.AUTHORISED: QT_TRANSLATE_NOOP(CONTEXT, "Autorisert helsepersonell"),
        Restriction.MIN_LEVEL: QT_TRANSLATE_NOOP(CONTEXT, "Laveste LEON-nivå"),
        Restriction.ROLES: QT_TRANSLATE_NOOP(CONTEXT, "Bare valgte yrkesgrupper"),
    },
    TaskStatus: {
        TaskStatus.MAPPED: QT_TRANSLATE_NOOP(CONTEXT, "Kartlagt"),
        TaskStatus.DISCUSSED: QT_TRANSLATE_NOOP(CONTEXT, "Diskutert"),
        TaskStatus.AGREED: QT_TRANSLATE_NOOP(CONTEXT, "Enig"),
    },
    Shift: {
        Shift.DAY: QT_TRANSLATE_NOOP(CONTEXT, "Dag"),
        Shift.EVENING: QT_TRANSLATE_NOOP(CONTEXT, "Kveld"),
        Shift.NIGHT: QT_TRANSLATE_NOOP(CONTEXT, "Natt"),
    },
    DayType: {
        DayType.WEEKDAY: QT_TRANSLATE_NOOP(CONTEXT, "Hverdag"),
        DayType.WEEKEND: QT_TRANSLATE_NOOP(CONTEXT, "Helg"),
    },
    FrequencyUnit: {
        FrequencyUnit.DAY: QT_TRANSLATE_NOOP(CONTEXT, "dag"),
        FrequencyUnit.WEEK: QT_TRANSLATE_NOOP(CONTEXT, "uke"),
        FrequencyUnit.MONTH: QT_TRANSLATE_NOOP(CONTEXT, "måned"),
        FrequencyUnit.YEAR: QT_TRANSLATE_NOOP(CONTEXT, "år"),
    },
    # the words live in oppgave.domain.labels (same translation context); not repeated here
    RiskLevel: {member: domain_labels.source_label(member) for member in RiskLevel},
    DelegationRule: {member: domain_labels.source_label(member) for member in DelegationRule},
}

#: Other words people write in a «Risiko» or «Delegering» column (normalised).
_OTHER_WORDS: Mapping[type[StrEnum], Mapping[str, StrEnum]] = {
    RiskLevel: {
        "lav risiko": RiskLevel.LOW,
        "liten": RiskLevel.LOW,
        "middels risiko": RiskLevel.MEDIUM,
        "moderat": RiskLevel.MEDIUM,
        "høy risiko": RiskLevel.HIGH,
        "hoy": RiskLevel.HIGH,
        "stor": RiskLevel.HIGH,
    },
    DelegationRule: {
        "overføres": DelegationRule.TRANSFER,
        "overføring": DelegationRule.TRANSFER,
        "kan overdras": DelegationRule.TRANSFER,
        "delegeres": DelegationRule.DELEGATE,
        "delegering": DelegationRule.DELEGATE,
        "kan delegeres": DelegationRule.DELEGATE,
        "med veiledning": DelegationRule.DELEGATE,
        "veiledning": DelegationRule.DELEGATE,
        "delegate": DelegationRule.DELEGATE,
        "behold": DelegationRule.KEEP,
        "beholde": DelegationRule.KEEP,
        "kan ikke delegeres": DelegationRule.KEEP,
        "ikke deleger": DelegationRule.KEEP,
        # under a «Kan delegeres» header people answer yes or no
        "ja": DelegationRule.DELEGATE,
        "nei": DelegationRule.KEEP,
    },
}

WORK_FLAG_LABELS: Mapping[WorkFlag, str] = {
    WorkFlag.HEAVY_LIFTING: QT_TRANSLATE_NOOP(CONTEXT, "tunge løft"),
    WorkFlag.LONE_WORK: QT_TRANSLATE_NOOP(CONTEXT, "alenearbeid"),
    WorkFlag.INFECTION_RISK: QT_TRANSLATE_NOOP(CONTEXT, "smittefare"),
    WorkFlag.NIGHT_WORK: QT_TRANSLATE_NOOP(CONTEXT, "nattarbeid"),
    WorkFlag.MENTAL_STRAIN: QT_TRANSLATE_NOOP(CONTEXT, "psykisk belastning"),
}

YES = QT_TRANSLATE_NOOP(CONTEXT, "ja")
NO = QT_TRANSLATE_NOOP(CONTEXT, "nei")


def label(value: StrEnum) -> str:
    """The label of an enum value, in the user's language."""
    return translate(CONTEXT, LABELS[type(value)][value])


def labels(enum_type: type[E]) -> list[str]:
    return [label(member) for member in enum_type]


def parse_label(enum_type: type[E], text: object) -> E:
    """An enum value from its label (Norwegian or translated) or its stored value."""
    key = normalise("" if text is None else str(text))
    for member in enum_type:
        norwegian = LABELS[enum_type][member]
        if key in (member.value, normalise(norwegian), normalise(translate(CONTEXT, norwegian))):
            return member
    # other wordings of the same values (the app's table labels, people's own words)
    if enum_type is Category:
        return parse_category(text)  # type: ignore[return-value]
    if enum_type is TaskStatus:
        return parse_status(text)  # type: ignore[return-value]
    other = _OTHER_WORDS.get(enum_type, {}).get(key)
    if other is not None:
        return other  # type: ignore[return-value]
    raise FreeTextError(
        translate(CONTEXT, "Ukjent verdi «{text}». Gyldige: {values}.").format(
            text=text, values=", ".join(labels(enum_type))
        )
    )


def yes_no(value: bool) -> str:
    return translate(CONTEXT, YES if value else NO)


def parse_yes_no(text: object) -> bool:
    key = normalise("" if text is None else str(text))
    if key in ("ja", "yes", "true", "sann", "1", "x", normalise(translate(CONTEXT, YES))):
        return True
    if key in ("nei", "no", "false", "usann", "0", "", normalise(translate(CONTEXT, NO))):
        return False
    raise FreeTextError(translate(CONTEXT, "Skriv ja eller nei («{text}»).").format(text=text))


def describe_work_flags(flags: int) -> str:
    return ", ".join(
        translate(CONTEXT, text) for flag, text in WORK_FLAG_LABELS.items() if flags & flag
    )


def parse_work_flags(text: object) -> int:
    value = 0
    for part in normalise("" if text is None else str(text)).split(","):
        part = part.strip()
        if not part:
            continue
        for flag, norwegian in WORK_FLAG_LABELS.items():
            if part in (normalise(norwegian), normalise(translate(CONTEXT, norwegian))):
                value |= flag
                break
        else:
            raise FreeTextError(
                translate(CONTEXT, "Ukjent arbeidsmiljøforhold «{text}».").format(text=part)
            )
    return value
