"""The text form of task fields, as people type them in a workshop and in Excel.

One module turns values into cell text and back, so that the task table, copy and paste, and the
Excel import/export read and write the same forms:

=================  ===================================  ============================
field              shown as                             also understood
=================  ===================================  ============================
role shares        ``HFA 70 %, SPL 30 %``               ``HFA``, ``70 HFA; 30 SPL``, names
frequency          ``2 per dag (man–fre)``              ``2/dag hverdager``, ``ukentlig``,
                                                        ``2 ganger i uka``, English words
time windows       ``07:00–09:00, kveld``               ``7-9``, ``0700-0900``, ``dag, natt``
duration           ``15 min``                           ``1,5 t``, ``1:30``, ``1 t 30 min``
competences        ``LM-INJ, SAR-ENKEL``                names, separated by ``,`` or ``;``
restriction        ``Autorisert helsepersonell``,       ``autorisert``, ``nivå 2``,
                   ``LEON-nivå ≥ 2``, ``Bare SPL, VPL``  ``bare SPL, VPL``, ``ingen``
category, status   the labels of :mod:`labels`          the stored value, a unique prefix
=================  ===================================  ============================

Parsing never guesses: text it does not understand raises :class:`ValidationError` with a
message that says what was wrong and shows an example, so the UI can refuse the cell with the
reason. Formatting follows the current language (through :func:`oppgave.i18n.translate`);
parsing accepts Norwegian and English words whichever language is shown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum
from typing import TypeVar

from oppgave.domain import labels
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    FrequencyUnit,
    Restriction,
    Shift,
    Weekday,
)
from oppgave.domain.records import (
    DEFAULT_SHIFTS,
    MINUTES_PER_DAY,
    Competence,
    Frequency,
    Role,
    ShiftDefinition,
    TimeWindow,
)
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CellText"
SHARE_TOLERANCE = 0.01
EN_DASH = "–"

E = TypeVar("E", bound=Enum)


def _tr(text: str) -> str:
    return translate("CellText", text)


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


# --- numbers ----------------------------------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def format_number(value: float, decimals: int = 1) -> str:
    """``1.5`` → ``1,5`` (the decimal mark of the current language), trailing zeros dropped."""
    if not math.isfinite(value):
        return str(value)
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", translate("CellText", ","))


def parse_number(text: str, field: str = "") -> float:
    """A number written with a decimal comma or point; anything else is refused."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.match(cleaned):
        raise ValidationError(_tr("«{text}» er ikke et tall.").format(text=text.strip()), field)
    return float(cleaned.replace(",", "."))


def parse_integer(text: str, field: str = "") -> int:
    value = parse_number(text, field)
    if not value.is_integer():
        raise ValidationError(_tr("Må være et heltall."), field)
    return int(value)


# --- choices (category, status, …) ------------------------------------------------------------


def parse_choice(text: str, enum_type: type[E], field: str = "") -> E:
    """An enum member from its label (either language), its stored value, or a unique prefix."""
    wanted = _norm(text)
    if not wanted:
        raise ValidationError(_tr("Velg en verdi."), field)
    names: list[tuple[str, E]] = []
    for member in enum_type:
        for name in (labels.label(member), labels.source_label(member), str(member.value)):
            names.append((_norm(name), member))
    for name, member in names:
        if name == wanted:
            return member
    prefixed = {member for name, member in names if name.startswith(wanted)}
    if len(prefixed) == 1:
        return prefixed.pop()
    options = ", ".join(labels.label(member) for member in enum_type)
    raise ValidationError(
        _tr("«{text}» er ikke et gyldig valg. Gyldige: {options}.").format(
            text=text.strip(), options=options
        ),
        field,
    )


# --- role shares ------------------------------------------------------------------------------

_SHARE_SPLIT = re.compile(r"\s*(?:;|\+|&|,(?!\d))\s*")
_ROLE_THEN_SHARE = re.compile(r"^(?P<role>.*?[^\d\s.,])\s*(?P<share>\d+(?:[.,]\d+)?)\s*%?$")
_SHARE_THEN_ROLE = re.compile(r"^(?P<share>\d+(?:[.,]\d+)?)\s*%?\s*(?P<role>\D.*)$")


def format_shares(shares: Mapping[int, float], roles: Mapping[int, Role]) -> str:
    """``HFA 70 %, SPL 30 %``: largest share first, then the catalogue's order."""

    def order(item: tuple[int, float]) -> tuple[float, int, int]:
        role = roles.get(item[0])
        return (-item[1], role.sort_order if role else 0, item[0])

    parts = []
    for role_id, share in sorted(shares.items(), key=order):
        role = roles.get(role_id)
        code = role.code if role is not None else f"#{role_id}"
        parts.append(f"{code} {format_number(share)} %")
    return ", ".join(parts)


def _find_role(text: str, roles: Sequence[Role]) -> Role | None:
    wanted = _norm(text)
    for role in roles:
        if wanted in (role.code.casefold(), _norm(role.name)):
            return role
    return None


def parse_shares(text: str, roles: Sequence[Role], field: str = "assignments") -> dict[int, float]:
    """Role id → share (%) from ``HFA 70 %, SPL 30 %``; empty text means unassigned.

    A lone role means 100 %; one role without a share gets what the others leave. The shares
    must sum to 100 % – nothing is scaled or rounded to make them fit.
    """
    stripped = text.strip()
    if not stripped:
        return {}
    result: dict[int, float] = {}
    open_role: Role | None = None
    for part in (p for p in _SHARE_SPLIT.split(stripped) if p):
        share: float | None = None
        name = part
        match = _ROLE_THEN_SHARE.match(part) or _SHARE_THEN_ROLE.match(part)
        if match:
            name = match.group("role").strip()
            share = float(match.group("share").replace(",", "."))
        else:
            name = part.rstrip("% ").strip()
        role = _find_role(name, roles)
        if role is None:
            raise ValidationError(
                _tr("Ukjent yrkesgruppe «{name}». Kjente: {codes}.").format(
                    name=name, codes=", ".join(r.code for r in roles)
                ),
                field,
            )
        if role.id in result or role is open_role:
            raise ValidationError(
                _tr("{code} er nevnt mer enn én gang.").format(code=role.code), field
            )
        if share is None:
            if open_role is not None:
                raise ValidationError(
                    _tr("Oppgi andel for hver yrkesgruppe, f.eks. «HFA 70 %, SPL 30 %»."), field
                )
            open_role = role
            continue
        if share <= 0 or share > 100:
            raise ValidationError(
                _tr("Andelen for {code} må være mellom 0 og 100 %.").format(code=role.code), field
            )
        result[role.id] = share
    total = sum(result.values())
    if open_role is not None:
        rest = 100.0 - total
        if rest <= SHARE_TOLERANCE:
            raise ValidationError(
                _tr("Ingenting igjen til {code}: de andre andelene er {total} %.").format(
                    code=open_role.code, total=format_number(total)
                ),
                field,
            )
        result[open_role.id] = round(rest, 6)
        total = 100.0
    if abs(total - 100.0) > SHARE_TOLERANCE:
        raise ValidationError(
            _tr("Andelene må summere til 100 % (nå {total} %).").format(total=format_number(total)),
            field,
        )
    return result


# --- weekdays ---------------------------------------------------------------------------------

_DAY_WORDS: dict[str, int] = {}
for _bit, _words in enumerate(
    (
        ("man", "mandag", "mon", "monday"),
        ("tir", "tirsdag", "tue", "tues", "tuesday"),
        ("ons", "onsdag", "wed", "wednesday"),
        ("tor", "tors", "torsdag", "thu", "thur", "thurs", "thursday"),
        ("fre", "fredag", "fri", "friday"),
        ("lør", "lørdag", "lor", "lordag", "sat", "saturday"),
        ("søn", "søndag", "son", "sondag", "sun", "sunday"),
    )
):
    for _word in _words:
        _DAY_WORDS[_word] = 1 << _bit

_DAY_GROUPS: dict[str, int] = {
    "hverdager": WEEKDAYS,
    "hverdag": WEEKDAYS,
    "hverdagar": WEEKDAYS,
    "ukedager": WEEKDAYS,
    "virkedager": WEEKDAYS,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "helg": WEEKENDS,
    "helger": WEEKENDS,
    "helgen": WEEKENDS,
    "helgedager": WEEKENDS,
    "weekend": WEEKENDS,
    "weekends": WEEKENDS,
}
_ALL_WORDS = {"alle", "all", "every", "hver", "hvert"}
_DAYS_WORDS = {"dager", "days", "dag", "day", "dagar"}


def _day_word(word: str) -> int | None:
    if word in _DAY_WORDS:
        return _DAY_WORDS[word]
    translated = [_norm(labels.weekday_short(Weekday(1 << i))) for i in range(7)]
    if word in translated:
        return 1 << translated.index(word)
    return None


def format_days(days: int) -> str:
    """``man–fre``, ``lør–søn``, ``man, ons, fre``; empty for every day."""
    days &= ALL_DAYS
    if days == ALL_DAYS:
        return ""
    bits = [i for i in range(7) if days >> i & 1]
    runs: list[list[int]] = []
    for bit in bits:
        if runs and runs[-1][-1] == bit - 1:
            runs[-1].append(bit)
        else:
            runs.append([bit])
    parts = []
    for run in runs:
        first = labels.weekday_short(Weekday(1 << run[0]))
        last = labels.weekday_short(Weekday(1 << run[-1]))
        if len(run) >= 3 or (len(run) == 2 and run == [5, 6]):
            parts.append(f"{first}{EN_DASH}{last}")
        else:
            parts.extend(labels.weekday_short(Weekday(1 << bit)) for bit in run)
    return ", ".join(parts)


def _parse_day_tokens(tokens: Sequence[str], field: str) -> int:
    if not tokens:
        return ALL_DAYS
    mask = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token in ("-", "til", "to"):
            raise ValidationError(_tr("Ufullstendig dagsintervall, skriv f.eks. «man–fre»."), field)
        if token in _ALL_WORDS and index + 1 < len(tokens) and tokens[index + 1] in _DAYS_WORDS:
            mask |= ALL_DAYS
            index += 2
            continue
        if token in _DAY_GROUPS:
            mask |= _DAY_GROUPS[token]
            index += 1
            continue
        bit = _day_word(token)
        if bit is None:
            raise ValidationError(
                _tr("Forstår ikke «{word}». Skriv f.eks. «2 per dag (man–fre)».").format(
                    word=token
                ),
                field,
            )
        if index + 2 < len(tokens) and tokens[index + 1] in ("-", "til", "to"):
            end = _day_word(tokens[index + 2])
            if end is None:
                raise ValidationError(
                    _tr("Forstår ikke «{word}». Skriv f.eks. «2 per dag (man–fre)».").format(
                        word=tokens[index + 2]
                    ),
                    field,
                )
            start_i, end_i = bit.bit_length() - 1, end.bit_length() - 1
            i = start_i
            while True:
                mask |= 1 << i
                if i == end_i:
                    break
                i = (i + 1) % 7
            index += 3
            continue
        mask |= bit
        index += 1
    return mask


# --- frequency --------------------------------------------------------------------------------

_UNIT_WORDS: dict[str, FrequencyUnit] = {}
for _unit, _words in (
    (FrequencyUnit.DAY, ("dag", "dagen", "døgn", "døgnet", "day", "d")),
    (FrequencyUnit.WEEK, ("uke", "uka", "uken", "veke", "veka", "week", "wk", "u")),
    (FrequencyUnit.MONTH, ("måned", "måneden", "mnd", "md", "month")),
    (FrequencyUnit.YEAR, ("år", "året", "year", "yr")),
):
    for _word in _words:
        _UNIT_WORDS[_word] = _unit
_ADJECTIVE_UNITS: dict[str, FrequencyUnit] = {
    "daglig": FrequencyUnit.DAY,
    "daily": FrequencyUnit.DAY,
    "ukentlig": FrequencyUnit.WEEK,
    "weekly": FrequencyUnit.WEEK,
    "månedlig": FrequencyUnit.MONTH,
    "monthly": FrequencyUnit.MONTH,
    "årlig": FrequencyUnit.YEAR,
    "yearly": FrequencyUnit.YEAR,
    "annually": FrequencyUnit.YEAR,
    "annual": FrequencyUnit.YEAR,
}
_COUNT_WORDS = {
    "en": 1.0,
    "én": 1.0,
    "ett": 1.0,
    "ei": 1.0,
    "once": 1.0,
    "one": 1.0,
    "to": 2.0,
    "two": 2.0,
    "twice": 2.0,
    "tre": 3.0,
    "three": 3.0,
}
_FILLERS = {
    "per",
    "pr",
    "i",
    "ganger",
    "gang",
    "gangar",
    "x",
    "×",
    "times",
    "time",
    "a",
    "an",
    "every",
    "each",
    "the",
    "om",
    "på",
    "on",
    "in",
    "kl",
    "/",
}
_FREQ_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+|[-–—]|[/×]")
FREQUENCY_EXAMPLE = "2 per dag (man–fre)"


def format_frequency(frequency: Frequency) -> str:
    """``2 per dag``, ``1 per uke (man–fre)``."""
    text = _tr("{count} per {unit}").format(
        count=format_number(frequency.count, 2), unit=labels.label(frequency.unit)
    )
    days = format_days(frequency.days)
    return f"{text} ({days})" if days else text


def parse_frequency(text: str, field: str = "frequency") -> Frequency:
    """A :class:`Frequency` from ``2 per dag (man–fre)`` and the other forms people write."""
    lowered = text.casefold().replace("—", "-").replace("–", "-")
    tokens = ["-" if token in ("–", "—") else token for token in _FREQ_TOKEN.findall(lowered)]
    if not tokens:
        raise ValidationError(
            _tr("Skriv hvor ofte, f.eks. «{example}».").format(example=_tr(FREQUENCY_EXAMPLE)),
            field,
        )
    count: float | None = None
    unit: FrequencyUnit | None = None
    day_tokens: list[str] = []
    translated_units = {_norm(labels.label(u)): u for u in FrequencyUnit}
    translated_adjectives = {_norm(labels.unit_adjective(u)): u for u in FrequencyUnit}
    for token in tokens:
        if unit is None:
            if token[0].isdigit():
                if count is not None:
                    raise ValidationError(
                        _tr("To tall i hyppigheten; skriv f.eks. «{example}».").format(
                            example=_tr(FREQUENCY_EXAMPLE)
                        ),
                        field,
                    )
                count = float(token.replace(",", "."))
                continue
            if count is None and token in _COUNT_WORDS:
                count = _COUNT_WORDS[token]
                continue
            if token in _ADJECTIVE_UNITS or token in translated_adjectives:
                unit = _ADJECTIVE_UNITS.get(token) or translated_adjectives[token]
                continue
            if token in _UNIT_WORDS or token in translated_units:
                # "hver dag" / "alle dager" before any count are the unit, not a day list
                unit = _UNIT_WORDS.get(token) or translated_units[token]
                continue
            if token in _FILLERS or token in _ALL_WORDS:
                continue
            if token in ("dager", "days"):
                unit = FrequencyUnit.DAY
                continue
            raise ValidationError(
                _tr("Forstår ikke «{word}». Skriv f.eks. «{example}».").format(
                    word=token, example=_tr(FREQUENCY_EXAMPLE)
                ),
                field,
            )
        if token in _FILLERS:
            continue
        if token[0].isdigit():
            raise ValidationError(
                _tr("Tallet «{word}» står på feil sted. Skriv f.eks. «{example}».").format(
                    word=token, example=_tr(FREQUENCY_EXAMPLE)
                ),
                field,
            )
        day_tokens.append(token)
    if unit is None:
        raise ValidationError(
            _tr("Mangler per dag, uke, måned eller år. Skriv f.eks. «{example}».").format(
                example=_tr(FREQUENCY_EXAMPLE)
            ),
            field,
        )
    if count is None:
        count = 1.0
    if count <= 0:
        raise ValidationError(_tr("Hyppigheten må være større enn 0."), field)
    days = _parse_day_tokens(day_tokens, field)
    if days == 0:
        raise ValidationError(_tr("Velg minst én ukedag."), field)
    return Frequency(count, unit, days)


# --- time windows and shifts ------------------------------------------------------------------

_WINDOW = re.compile(
    r"^(?:kl\.?\s*)?(?P<h1>\d{1,2})(?:[:.](?P<m1>\d{2}))?\s*[-–—]\s*"
    r"(?:kl\.?\s*)?(?P<h2>\d{1,2})(?:[:.](?P<m2>\d{2}))?$"
)
_COMPACT_WINDOW = re.compile(r"^(?P<h1>\d{2})(?P<m1>\d{2})\s*[-–—]\s*(?P<h2>\d{2})(?P<m2>\d{2})$")
_WINDOW_SPLIT = re.compile(r"\s*(?:[,;]|\bog\b|\band\b)\s*")
WINDOW_EXAMPLE = "07:00–09:00, 15:00–16:00"

WHOLE_DAY = QT_TRANSLATE_NOOP("CellText", "hele døgnet")
_WHOLE_DAY_WORDS = {"hele døgnet", "døgnet rundt", "hele dagen", "all day", "24 h", "24 t", "24/7"}

_SHIFT_WORDS: dict[str, Shift] = {
    "dag": Shift.DAY,
    "dagvakt": Shift.DAY,
    "day": Shift.DAY,
    "kveld": Shift.EVENING,
    "kveldsvakt": Shift.EVENING,
    "aften": Shift.EVENING,
    "evening": Shift.EVENING,
    "natt": Shift.NIGHT,
    "nattevakt": Shift.NIGHT,
    "nattvakt": Shift.NIGHT,
    "night": Shift.NIGHT,
}


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_window(window: TimeWindow) -> str:
    return f"{_hhmm(window.start_minute)}{EN_DASH}{_hhmm(window.end_minute)}"


def format_windows(
    windows: Iterable[TimeWindow], shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS
) -> str:
    """``07:00–09:00, kveld``: a window that is exactly a shift is shown as the shift."""
    by_window = {definition.window: definition.shift for definition in shifts}
    parts = []
    for window in windows:
        shift = by_window.get(window)
        if shift is not None:
            parts.append(labels.label(shift))
        elif window.length_minutes == MINUTES_PER_DAY and window.start_minute == 0:
            parts.append(_tr(WHOLE_DAY))
        else:
            parts.append(format_window(window))
    return ", ".join(parts)


def _shift_word(word: str) -> Shift | None:
    if word in _SHIFT_WORDS:
        return _SHIFT_WORDS[word]
    for shift in Shift:
        if word == _norm(labels.label(shift)):
            return shift
    return None


def _minute(hour: str, minute: str | None, part: str, field: str, *, end: bool) -> int:
    h, m = int(hour), int(minute or 0)
    if m >= 60 or h > 24 or (h == 24 and m) or (h == 24 and not end):
        raise ValidationError(
            _tr("«{text}» er ikke et gyldig klokkeslett.").format(text=part), field
        )
    return h * 60 + m


def parse_windows(
    text: str, shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS, field: str = "windows"
) -> tuple[TimeWindow, ...]:
    """Time windows from ``07:00–09:00, 15-16`` or shift names ``dag, kveld`` (empty: none)."""
    result: set[TimeWindow] = set()
    definitions = {definition.shift: definition for definition in shifts}
    for part in (p for p in _WINDOW_SPLIT.split(text.strip()) if p):
        word = _norm(part)
        if word in _WHOLE_DAY_WORDS or word == _norm(_tr(WHOLE_DAY)):
            result.add(TimeWindow(0, 0))
            continue
        shift = _shift_word(word)
        if shift is not None:
            if shift not in definitions:
                raise ValidationError(_tr("Vakten «{text}» er ikke definert.").format(text=part))
            result.add(definitions[shift].window)
            continue
        match = _WINDOW.match(word) or _COMPACT_WINDOW.match(word)
        if not match:
            raise ValidationError(
                _tr("Forstår ikke «{text}». Skriv f.eks. «{example}» eller «dag, kveld».").format(
                    text=part, example=WINDOW_EXAMPLE
                ),
                field,
            )
        start = _minute(match.group("h1"), match.group("m1"), part, field, end=False)
        end = _minute(match.group("h2"), match.group("m2"), part, field, end=True)
        # start == end is a whole day from that time (TimeWindow's own convention)
        result.add(TimeWindow(start, end % MINUTES_PER_DAY if start == 0 else end))
    return tuple(sorted(result))


# --- duration ---------------------------------------------------------------------------------

_DURATION_PART = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>timer|time|hours|hour|hrs|hr|t|h|"
    r"minutter|minutes|minutt|minute|min|m)?\.?"
)
_HOUR_UNITS = {"timer", "time", "t", "h", "hours", "hour", "hrs", "hr"}
DURATION_EXAMPLE = "15 min"


def format_duration(minutes: float) -> str:
    return _tr("{minutes} min").format(minutes=format_number(minutes))


def parse_duration(text: str, field: str = "duration_minutes") -> float:
    """Minutes from ``15``, ``15 min``, ``1,5 t``, ``1:30`` or ``1 t 30 min``."""
    cleaned = text.strip().casefold()
    clock = re.fullmatch(r"(\d{1,2}):(\d{2})", cleaned)
    minutes = 0.0
    if clock:
        minutes = int(clock.group(1)) * 60.0 + int(clock.group(2))
    else:
        position = 0
        found = False
        for match in _DURATION_PART.finditer(cleaned):
            if cleaned[position : match.start()].strip(" ,og"):
                break
            number = float(match.group("number").replace(",", "."))
            minutes += number * 60 if match.group("unit") in _HOUR_UNITS else number
            position = match.end()
            found = True
        if not found or cleaned[position:].strip():
            raise ValidationError(
                _tr("Skriv varigheten i minutter, f.eks. «15» eller «1,5 t»."), field
            )
    if minutes <= 0:
        raise ValidationError(_tr("Varigheten må være mer enn 0 minutter."), field)
    if minutes > MINUTES_PER_DAY:
        raise ValidationError(_tr("Varigheten kan ikke være mer enn ett døgn."), field)
    return float(minutes)


def parse_staff(text: str, field: str = "staff_count") -> int:
    """People at once: ``2``, ``2 stk``, ``2 personer``."""
    match = re.fullmatch(r"\s*(\d+)\s*(?:stk\.?|personer|person|pers\.?|people|staff)?\s*", text)
    if not match:
        raise ValidationError(_tr("Skriv antall ansatte som et helt tall, f.eks. «2»."), field)
    value = int(match.group(1))
    if value < 1:
        raise ValidationError(_tr("Minst én person må gjøre oppgaven."), field)
    return value


# --- competences ------------------------------------------------------------------------------


def format_competences(ids: Iterable[int], competences: Mapping[int, Competence]) -> str:
    """Competence codes in alphabetical order: ``LM-INJ, SAR-ENKEL``."""
    codes = sorted(competences[c].code if c in competences else f"#{c}" for c in ids)
    return ", ".join(codes)


def _find_competence(text: str, competences: Sequence[Competence]) -> Competence | None:
    wanted = _norm(text)
    for competence in competences:
        if wanted in (competence.code.casefold(), _norm(competence.name)):
            return competence
    return None


def parse_competences(
    text: str, competences: Sequence[Competence], field: str = "competence_ids"
) -> frozenset[int]:
    """Competence ids from codes or names separated by ``,`` or ``;`` (names may hold commas)."""
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    result: set[int] = set()
    index = 0
    while index < len(parts):
        found = None
        # Prefer the longest run of parts that names a competence ("Sårstell, enkelt").
        for end in range(len(parts), index, -1):
            candidate = _find_competence(", ".join(parts[index:end]), competences)
            if candidate is not None:
                found, index = candidate, end
                break
        if found is None:
            raise ValidationError(
                _tr("Ukjent kompetanse «{name}».").format(name=parts[index]), field
            )
        result.add(found.id)
    return frozenset(result)


# --- restriction ------------------------------------------------------------------------------


def format_restriction(
    restriction: Restriction,
    min_level: int | None,
    allowed_role_ids: Iterable[int],
    roles: Mapping[int, Role],
) -> str:
    """Empty for none; ``Autorisert helsepersonell``; ``LEON-nivå ≥ 2``; ``Bare SPL, VPL``."""
    if restriction is Restriction.NONE:
        return ""
    if restriction is Restriction.AUTHORISED:
        return labels.label(Restriction.AUTHORISED)
    if restriction is Restriction.MIN_LEVEL:
        return _tr("LEON-nivå ≥ {level}").format(level=min_level if min_level is not None else 0)
    ordered = sorted(
        (roles[i] for i in allowed_role_ids if i in roles), key=lambda r: (r.sort_order, r.code)
    )
    return _tr("Bare {roles}").format(roles=", ".join(role.code for role in ordered))


def parse_restriction(
    text: str, roles: Sequence[Role], field: str = "restriction"
) -> tuple[Restriction, int | None, frozenset[int]]:
    """(restriction, minimum level, allowed role ids) from the forms :func:`format_restriction`
    writes, or ``autorisert``, ``nivå 2``, ``bare SPL, VPL``, ``ingen``."""
    cleaned = _norm(text)
    if cleaned in ("", "ingen", "none", "-", _norm(labels.label(Restriction.NONE))):
        return Restriction.NONE, None, frozenset()
    if cleaned.startswith(("autoris", "authori")) or cleaned == _norm(
        labels.label(Restriction.AUTHORISED)
    ):
        return Restriction.AUTHORISED, None, frozenset()
    level = re.search(r"(?:nivå|niva|level|leon|≥|>=)\D*(\d)", cleaned) or re.fullmatch(
        r"(\d)\s*\+", cleaned
    )
    if level:
        return Restriction.MIN_LEVEL, int(level.group(1)), frozenset()
    listed = re.sub(r"^(?:bare|kun|only)\s+", "", cleaned)
    role_ids: set[int] = set()
    for part in (p.strip() for p in re.split(r"[;,/]|\bog\b|\band\b", listed)):
        if not part:
            continue
        role = _find_role(part, roles)
        if role is None:
            raise ValidationError(
                _tr(
                    "Forstår ikke «{text}». Skriv «autorisert», «nivå 2», «bare SPL, VPL» "
                    "eller la feltet stå tomt."
                ).format(text=part),
                field,
            )
        role_ids.add(role.id)
    if not role_ids:
        raise ValidationError(_tr("Velg hvilke yrkesgrupper som kan gjøre oppgaven."), field)
    return Restriction.ROLES, None, frozenset(role_ids)
