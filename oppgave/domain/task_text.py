"""Reading what people actually write in workshop sheets: frequencies, durations, times of
day, roles, competences, categories and staff counts.

Every function here is pure: text (and the workspace's catalogue where names must be resolved)
in, a value out, or :class:`TaskTextError` with a Norwegian message that says what was not
understood and how to write it. Nothing is guessed silently: a value that cannot be read
exactly is an error the user fixes, and where a reading involves a judgement (the middle of a
range, "ved behov" with an estimate) the result says so in ``note`` so the import report can
show it.

The conventions used for words that name a part of the day (``DAY_PARTS``) and for role
abbreviations (``ROLE_ALIASES``) are data tables below, documented for users in
``docs/exchange.md``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Any

from oppgave.domain import labels, numbers
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    AllRoles,
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    Shift,
    TaskStatus,
    Weekday,
    WorkFlag,
)
from oppgave.domain.records import (
    DEFAULT_SHIFTS,
    Competence,
    Course,
    Frequency,
    Role,
    ShiftDefinition,
    TimeWindow,
    count_days,
)
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

MINUTES_PER_DAY = 1440
#: Length of the window given to a point in time ("kl 08"): the task is placed in that hour.
POINT_WINDOW_MINUTES = 60
MAX_STAFF = 20


def _tr(text: str) -> str:
    return translate("FreeText", text)


class TaskTextError(ValidationError):
    """A cell that cannot be read; ``message`` says what was understood and how to write it."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message, field)


# --- normalising ------------------------------------------------------------------------------

#: Cell contents that mean "nothing here".
BLANK_MARKERS = frozenset({"", "-", "--", "–", "—", "/", "n/a", "na", "ingen", "none", "nei", "no"})
#: Cell contents that mean "we do not know" (an error where a value is required).
UNKNOWN_MARKERS = frozenset({"?", "??", "???", "vet ikke", "usikker", "ukjent", "unknown", "tbd"})

_NUMBER_WORDS = {
    "én": "1",
    "en": "1",
    "ett": "1",
    "ei": "1",
    "eín": "1",
    "to": "2",
    "tre": "3",
    "fire": "4",
    "fem": "5",
    "seks": "6",
    "sju": "7",
    "syv": "7",
    "åtte": "8",
    "ni": "9",
    "ti": "10",
    "elleve": "11",
    "tolv": "12",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
}
# A number word only counts before another word or at the end: "to ganger", not "10 to 15".
_NUMBER_WORD_PATTERN = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=\s+[a-zæøå]|\s*$)")
_ADVERB_TIMES = {"once": "1 x", "twice": "2 x", "thrice": "3 x"}


_FRACTIONS = {"1/2": "0.5", "1/4": "0.25", "3/4": "0.75"}
_FRACTION = re.compile(r"(?<![\d/])(?:1/2|1/4|3/4)(?![\d/])")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def normalise(text: object) -> str:
    """Lower case, NFKC, one space between words, decimal comma as a dot, dashes as "-"."""
    return _normalise(str(text))


@lru_cache(maxsize=8192)
def _normalise(text: str) -> str:
    # Cached: a workshop sheet repeats the same few words thousands of times.
    value = text.replace("½", " 0.5 ").replace("¼", " 0.25 ").replace("¾", " 0.75 ")
    value = _FRACTION.sub(lambda m: f" {_FRACTIONS[m.group(0)]} ", value)
    value = unicodedata.normalize("NFKC", value).casefold()
    value = value.replace("×", "x").replace("\u2044", "/")
    value = _DASHES.sub("-", value)
    value = _DECIMAL_COMMA.sub(".", value)
    value = value.replace("\u00a0", " ")
    return " ".join(value.split())


def _words(text: str) -> tuple[str, ...]:
    """A table entry written as "a|b|c" (compact tables of synonyms)."""
    return tuple(text.split("|"))


def is_blank(text: object) -> bool:
    """Whether a cell says "nothing" (empty, "-", "ingen", …)."""
    return text is None or normalise(text) in BLANK_MARKERS


def is_unknown(text: object) -> bool:
    """Whether a cell says "we do not know" ("?", "vet ikke", …)."""
    return text is not None and normalise(text) in UNKNOWN_MARKERS


def parse_number(text: str) -> float:
    """A plain number as people write it ("1,5", "2"); raises :class:`TaskTextError`."""
    value = normalise(text)
    if re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return float(value)
    raise TaskTextError(_tr("«{text}» er ikke et tall.").format(text=text))


def format_number(value: float) -> str:
    """A number exactly, in the current language: 2 → "2", 1.5 → "1,5" (see
    :func:`oppgave.domain.numbers.format_exact`)."""
    return numbers.format_exact(value)


_ESTIMATE_WORDS = re.compile(
    r"\b(?:ca\.?|c\.a\.?|cirka|circa|omtrent|omlag|anslagsvis|anslag|rundt|ansl\.?|"
    r"approx\.?|approximately|about|around|estimated|est\.?)(?=\s|$|\d|[,:;()])|~|≈"
)


def _strip_estimate(text: str) -> tuple[str, bool]:
    stripped, count = _ESTIMATE_WORDS.subn(" ", text)
    return " ".join(stripped.split()), count > 0


def _range_mean(first: str, second: str | None) -> tuple[float, str]:
    low = float(first)
    if second is None:
        return low, ""
    high = float(second)
    if high < low:
        raise TaskTextError(_tr("Intervallet {a}–{b} er baklengs.").format(a=first, b=second))
    mean = (low + high) / 2
    note = _tr("intervallet {a}–{b} er regnet som {mean}").format(
        a=format_number(low), b=format_number(high), mean=format_number(mean)
    )
    return mean, note


# --- days of the week -------------------------------------------------------------------------

_WEEKDAY_WORDS: tuple[tuple[Weekday, tuple[str, ...]], ...] = (
    (Weekday.MON, ("mandag", "mandager", "man", "monday", "mondays", "mon")),
    (Weekday.TUE, ("tirsdag", "tirsdager", "tir", "tirs", "tys", "tysdag", "tuesday", "tue")),
    (Weekday.WED, ("onsdag", "onsdager", "ons", "wednesday", "wed")),
    (Weekday.THU, ("torsdag", "torsdager", "tor", "tors", "thursday", "thu")),
    (Weekday.FRI, ("fredag", "fredager", "fre", "friday", "fri")),
    (Weekday.SAT, ("lørdag", "lørdager", "lør", "laurdag", "laurdagar", "saturday", "sat")),
    (Weekday.SUN, ("søndag", "søndager", "søn", "sundag", "sundagar", "sunday", "sun")),
)
_DAY_BY_WORD = {word: int(day) for day, words in _WEEKDAY_WORDS for word in words}
_ORDER = [int(day) for day, _words in _WEEKDAY_WORDS]
_DAY_WORD = r"(?:" + "|".join(sorted(_DAY_BY_WORD, key=len, reverse=True)) + r")\.?"
_DAY_RANGE = re.compile(
    r"\b(?P<a>" + _DAY_WORD + r")\s*(?:-|til|to|–)\s*(?P<b>" + _DAY_WORD + r")(?=\W|$)"
)
_DAY_SINGLE = re.compile(r"\b(?P<a>" + _DAY_WORD + r")(?=\W|$)")
_DAY_GROUPS = (
    (
        re.compile(
            r"\b(?:på\s+|i\s+)?(?:hverdag(?:er|ene)?|ukedag(?:er|ene)?|kvardag(?:ar|ane)?|"
            r"vekedag(?:ar|ane)?|weekdays?|virkedag(?:er)?)\b"
        ),
        WEEKDAYS,
    ),
    (
        re.compile(
            r"\b(?:på\s+|i\s+)?(?:helg(?:er|ene|en|a)?|i\s+helga|weekends?|helgedag(?:er|ene)?)\b"
        ),
        WEEKENDS,
    ),
)


def _day_bit(word: str) -> int:
    return _DAY_BY_WORD[word.rstrip(".")]


_EXCEPT = re.compile(r"\b(?:unntatt|untatt|utenom|unntak|men\s+ikke|ikke|except|excluding|not)\s+")


def extract_days(text: str) -> tuple[str, int | None]:
    """Take the days of the week out of normalised ``text``: (rest, bit mask or None).

    Understands day names and abbreviations, ranges ("man-fre", "mandag til fredag"),
    "hverdager", "helg" and exceptions ("daglig unntatt helg", "ikke søndag").
    """
    exception = _EXCEPT.search(text)
    if exception is not None:
        left, right = text[: exception.start()], text[exception.end() :]
        right_rest, excluded = _extract_days(right)
        if excluded is not None and not _clean(right_rest):
            left_rest, mask = _extract_days(left)
            result = (ALL_DAYS if mask is None else mask) & ~excluded
            if result == 0:
                raise TaskTextError(
                    _tr("Ingen dager igjen etter unntaket i «{text}».").format(text=text)
                )
            return left_rest, result
    return _extract_days(text)


def _extract_days(text: str, *, days_only: bool = False) -> tuple[str, int | None]:
    mask = 0
    rest = text
    for pattern, group in _DAY_GROUPS:
        rest, count = pattern.subn(" ", rest)
        if count:
            mask |= group

    def take_range(match: re.Match[str]) -> str:
        nonlocal mask
        first = _ORDER.index(_day_bit(match["a"]))
        last = _ORDER.index(_day_bit(match["b"]))
        if last < first:
            last += 7
        for index in range(first, last + 1):
            mask |= _ORDER[index % 7]
        return " "

    rest = _DAY_RANGE.sub(take_range, rest)

    def take_single(match: re.Match[str]) -> str:
        nonlocal mask
        mask |= _day_bit(match["a"])
        return " "

    # Short words such as "man" or "fre" are days only beside other day words or after "hver".
    candidates = _DAY_SINGLE.findall(rest)
    if candidates and (days_only or mask or len(candidates) > 1 or _looks_like_day_list(rest)):
        rest = _DAY_SINGLE.sub(take_single, rest)
    return " ".join(rest.split()), (mask or None)


def _looks_like_day_list(text: str) -> bool:
    """A single short day word ("man") is a day only with a full day name or "hver"/"på"."""
    for match in _DAY_SINGLE.finditer(text):
        word = match["a"].rstrip(".")
        if len(word) > 4 or re.search(
            r"\b(?:hver|hvert|på|om|every|on)\s+$", text[: match.start()]
        ):
            return True
    return False


def describe_days(days: int) -> str:
    """A day mask in words: "" for every day, "hverdager", "helg", or "man, ons, fre"."""
    if days & ALL_DAYS == ALL_DAYS:
        return ""
    if days == WEEKDAYS:
        return _tr("hverdager")
    if days == WEEKENDS:
        return _tr("helg")
    if count_days(days) == 1:  # a lone abbreviation ("man") could be a word; write it in full
        names = (
            _tr("mandag"), _tr("tirsdag"), _tr("onsdag"), _tr("torsdag"), _tr("fredag"),
            _tr("lørdag"), _tr("søndag"),
        )  # fmt: skip
    else:
        names = (
            _tr("man"), _tr("tir"), _tr("ons"), _tr("tor"), _tr("fre"), _tr("lør"), _tr("søn"),
        )  # fmt: skip
    return ", ".join(name for bit, name in zip(_ORDER, names, strict=True) if days & bit)


@lru_cache(maxsize=4096)
def parse_days(text: str) -> int:
    """A day list as :func:`describe_days` writes it ("" or "alle" = every day).

    Cached: an import parses the same few day lists in every row; the result is an int and
    the words are the same in every language (a refusal, with its translated message, is
    raised again each time, never cached)."""
    value = normalise(text)
    if value in ("", "alle", "alle dager", "daglig", "hver dag", "every day", "all"):
        return ALL_DAYS
    if _ALL_WEEK.fullmatch(value):  # "7 dager", "hele uka"
        return ALL_DAYS
    rest, mask = _extract_days(value, days_only=True)
    if mask is None or re.sub(r"[\s,;/&+]|og|and", "", rest):
        raise TaskTextError(
            _tr(
                "Forstår ikke dagene «{text}». Skriv f.eks. «hverdager», «helg» eller "
                "«man, ons, fre»."
            ).format(text=text)
        )
    return mask


# --- parts of the day -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayPart:
    """A word for a part of the day and the window it stands for.

    ``shift`` set: the window is that shift of the workspace's settings (dag/kveld/natt);
    otherwise ``window`` is a fixed convention (morgen = 07–10 …).
    """

    key: str
    words: tuple[str, ...]
    shift: Shift | None = None
    window: TimeWindow | None = None
    letters: tuple[str, ...] = ()


DAY_PARTS: tuple[DayPart, ...] = (
    DayPart("day", _words("dag|dagen|dagtid|dagvakt|dagvakta|dagvakten|day|day shift"), Shift.DAY,
            letters=("d",)),
    DayPart("evening", _words("kveld|kvelden|kvelds|kveldsvakt|kveldsvakta|kveldsvakten|aften|"
                              "aftenen|aftenvakt|evening|evenings|evening shift"), Shift.EVENING,
            letters=("k", "a", "e")),
    DayPart("night", _words("natt|natta|natten|nattevakt|nattevakta|nattevakten|nattvakt|night|"
                            "nights|night shift"), Shift.NIGHT, letters=("n",)),
    DayPart("morning", _words("morgen|morgenen|morgon|morgonen|morning|mornings"),
            window=TimeWindow(7 * 60, 10 * 60)),
    DayPart("forenoon", _words("formiddag|formiddagen|forenoon"), window=TimeWindow(600, 720)),
    DayPart("midday", _words("middag|middagen|middagstid|dinner"), window=TimeWindow(780, 900)),
    DayPart("afternoon", _words("ettermiddag|ettermiddagen|afternoon|afternoons"),
            window=TimeWindow(900, 1080)),
    DayPart("breakfast", _words("frokost|frukost|breakfast"), window=TimeWindow(480, 570)),
    DayPart("lunch", _words("lunsj|lunch|formiddagsmat"), window=TimeWindow(690, 750)),
    DayPart("supper", _words("kveldsmat|kveldsmaten|supper"), window=TimeWindow(1140, 1200)),
    DayPart("whole_day", _words("hele døgnet|døgnet rundt|heile døgnet|around the clock|24/7"),
            window=TimeWindow(0, 0)),
)  # fmt: skip
_PART_BY_WORD = {word: part for part in DAY_PARTS for word in part.words}
_PART_BY_LETTER = {letter: part for part in DAY_PARTS for letter in part.letters}
_PART_WORD = r"(?:" + "|".join(sorted(map(re.escape, _PART_BY_WORD), key=len, reverse=True)) + ")"


def day_part_window(
    part: DayPart, shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS
) -> TimeWindow:
    """The window a day part stands for, using the workspace's shift definitions."""
    if part.shift is not None:
        for definition in shifts:
            if definition.shift is part.shift:
                return definition.window
        raise KeyError(part.shift)
    assert part.window is not None
    return part.window


# --- frequency --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedFrequency:
    """A frequency read from text.

    ``day_parts`` are the parts of the day the text named ("hver morgen"): the import uses them
    as the task's time when the sheet gives none. ``as_needed``: the task is done "ved behov"
    (or on an event such as "ved innkomst") and the frequency is the estimate written with it.
    """

    frequency: Frequency
    as_needed: bool = False
    estimated: bool = False
    day_parts: tuple[DayPart, ...] = ()
    clock_windows: tuple[TimeWindow, ...] = ()
    note: str = ""
    #: "kontinuerlig", "hele nattevakta": present the whole time; see :func:`resolve_continuous`
    continuous: bool = False

    def hint_windows(
        self, shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS
    ) -> tuple[TimeWindow, ...]:
        """The time windows the text named (parts of the day, clock times), if any."""
        if self.clock_windows:  # "hver kveld kl 20": the clock time is the more exact
            return self.clock_windows
        return tuple(sorted({day_part_window(part, shifts) for part in self.day_parts}))


_AS_NEEDED = re.compile(
    r"\b(?:ved|etter|v\.?|e\.?|v\s*/)\s*behov\b\.?|\bvb\b\.?|\bv\.b\.?|\bprn\b|\bp\.r\.n\.?|"
    r"\bas\s+needed\b|\bwhen\s+needed\b|\bif\s+needed\b|\bpro\s+re\s+nata\b|\bbehovs(?:basert)?\b"
)
#: Event-driven tasks ("ved innkomst", "etter dødsfall"): like "ved behov", they need an estimate.
_EVENT = re.compile(r"^(?:ved|når|etter|upon)\s+(?!behov)[^\d,;(~]*")
_END = r"(?![a-zæøå])"
_TIMES = (
    r"(?P<times>\s*(?:x|g|gg|ggr|gang|ganger|gonger|gong|stk|times?|dager|dagar)" + _END + r"\.?)?"
)
_SEP = (
    r"(?P<sep>\s*/\s*|\s*(?:pr\.?|per|i|om|a|an|hver|hvert|each|every|på|in|the|til)"
    + _END
    + r"(?:\s+the)?)?\s*"
)
_UNIT_WORDS: dict[str, str] = {
    FrequencyUnit.DAY.value: r"dag(?:en|er|lig|lige|leg|lege)?|døgn(?:et)?|d|day|days|daily",
    FrequencyUnit.WEEK.value: (
        r"uke|uka|uken|veke|veka|vekene|u|uk|wk|wks|week|weeks|weekly|ukentlig|ukentleg"
    ),
    FrequencyUnit.MONTH.value: (
        r"måned(?:en)?|månedlig|mnd|md|mdr|månad(?:en)?|månadleg|month|months|monthly|maaned"
    ),
    FrequencyUnit.YEAR.value: r"år(?:et|lig|leg)?|year|years|yearly|annually|annual",
    "shift": r"vakt(?:a|en)?|skift(?:et)?|shift|shifts",
    "quarter": r"kvartal(?:et)?|quarter|quarters",
    "halfyear": r"halvår(?:et)?|half-year|half\s+year",
    "hour": r"time|timen|hour|hours|hourly",
}
_UNIT = "(?:" + "|".join(f"(?P<u_{key}>{words})" for key, words in _UNIT_WORDS.items()) + ")"
_UNIT_END = _UNIT + _END + r"\.?"
_COUNT = r"(?P<count>\d+(?:\.\d+)?)(?:\s*(?:-|til|to|à)\s*(?P<count2>\d+(?:\.\d+)?))?"
_COUNT_UNIT = re.compile(r"^" + _COUNT + _TIMES + _SEP + _UNIT_END + r"$")
_X_COUNT_UNIT = re.compile(r"^x\s*" + _COUNT + _SEP + _UNIT_END + r"$")
_UNIT_COUNT = re.compile(r"^" + _UNIT_END + r"\s*(?:x\s*)?" + _COUNT + _TIMES + r"$")
#: "1 gang pr. 14. dag": a count per n days (weeks, months).
_COUNT_PER_NTH = re.compile(
    r"^" + _COUNT + _TIMES + r"\s*(?:pr\.?|per|hver|hvert|i|every)\s*(?P<n>\d+)\s*\.?\s*"
    r"(?:e|nd|rd|th|st)?\s*" + _UNIT_END + "$"
)
_COUNT_ONLY = re.compile(r"^(?:x\s*)?" + _COUNT + _TIMES + r"$")
_EVERY_NTH = re.compile(
    r"^(?:hver|hvert|kvar|kvart|every)\s*(?P<n>\d+)\s*\.?\s*(?:e|nd|rd|th|st)?\s*" + _UNIT_END + "$"
)
_EVERY_OTHER = re.compile(
    r"^(?:annenhver|annenhvert|annethvert|annahver|annankvart|annakvar|hver\s+annen|hvert\s+annet|hver\s+andre|"
    r"annen\s*hver|every\s+other|every\s+second|kvar\s+andre|anna\s*kvar)\s*" + _UNIT_END + "$"
)
#: A unit alone is a frequency of one when it has "hver"/"per" or is an adverb ("daglig").
_UNIT_ALONE = re.compile(
    r"^(?P<every>(?:hver|hvert|kvar|kvart|alle|every|each|per|pr\.?|a|once\s+a|once\s+per|"
    r"1\s*(?:x|g|gang)\s+(?:i|per|pr\.?|om|a))\s+)?" + _UNIT_END + "$"
)
_ADVERBS = frozenset(
    _words(
        "daglig|daglige|dagleg|dagl|daily|ukentlig|ukentleg|weekly|månedlig|månadleg|monthly|"
        "årlig|årleg|yearly|annually|annual|hourly"
    )
)
_WORDED_UNITS: tuple[tuple[re.Pattern[str], float, FrequencyUnit], ...] = (
    (
        re.compile(r"^(?:kvartalsvis|hvert\s+kvartal|quarterly|kvar\s+kvartal)$"),
        4.0,
        FrequencyUnit.YEAR,
    ),
    (
        re.compile(r"^(?:halvårlig|halvårleg|hvert\s+halvår|semi-?annually)$"),
        2.0,
        FrequencyUnit.YEAR,
    ),
    (re.compile(r"^(?:hver\s+halvtime|every\s+half\s+hour)$"), 48.0, FrequencyUnit.DAY),
    (re.compile(r"^(?:alle\s+dager|hver\s+eneste\s+dag|alle\s+dagar)$"), 1.0, FrequencyUnit.DAY),
    (re.compile(r"^(?:fortnightly)$"), 0.5, FrequencyUnit.WEEK),
)
_LONE_WORDS = frozenset({"hver", "hvert", "alle", "every", "each", "on", "kvar", "at"})
_PART_IN_FREQUENCY = re.compile(
    r"\b(?:(?:hver|hvert|om|på|i|every|each|in\s+the|per|pr\.?)\s*)?(" + _PART_WORD + r")\b"
)
#: "per vakt", "hver vakt", "alle vakter", "per skift": each shift of the day (dag, kveld, natt)
#: unless the text names the shifts ("1 gang per vakt, dag og kveld").
_EVERY_SHIFT = re.compile(
    r"(?:\b(?:hver|alle|every|each|på\s+alle|på\s+hver|per|pr\.?|i)\s+|^)"
    r"(?:vakt(?:er|a|en|ene)?|skift(?:et|ene)?)(?![a-zæøå])|\ball\s+shifts\b"
)
#: Ordinals after "hver": "hver tredje uke" is "hver 3. uke".
_ORDINALS = {
    "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7, "syvende": 7,
    "åttende": 8, "niende": 9, "tiende": 10, "tolvte": 12, "fjortende": 14,
}  # fmt: skip
_ORDINAL = re.compile(r"\b(hver|hvert|kvar|kvart)\s+(" + "|".join(_ORDINALS) + r")\b")
#: "(7 dager)", "alle 7 dager", "hele uka": every day, which is what a frequency means anyway.
_ALL_WEEK = re.compile(
    r"\(?\s*\b(?:alle\s+)?(?:7|sju|syv)\s+dager(?:\s+(?:i|per|pr\.?)\s+(?:uka|uken|uke))?\b\s*\)?"
    r"|\bhele\s+(?:uka|uken)\b"
)
#: Continuous presence: "kontinuerlig", "hele vakta", "hele nattevakta", "hele døgnet".
_CONTINUOUS = re.compile(
    r"\b(?:døgnkontinuerlig|kontinuerlig|kontinuerleg|kontinuerlige|fast\s*vakt|continuous(?:ly)?|"
    r"hele\s+tiden|heile\s+tida|hele|heile)\b"
)
_WHOLE_SHIFT_WORDS = frozenset(_words("vakt|vakta|vakten|vakter|vaktene|skift|skiftet|tiden|tida"))
#: Words for "day" that are the unit in "2 ganger per dag", not the day shift.
_DAY_UNIT_WORDS = frozenset({"dag", "dagen", "day"})


def _clean(text: str) -> str:
    """Drop brackets, list punctuation and joining words left over at the ends."""
    text = " ".join(re.sub(r"[()\[\],;:]", " ", text).split())
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"^(?:på|om|i|og|and|at|-|\.)(?:\s+|$)", "", text)
        text = re.sub(r"(?:^|\s+)(?:på|om|i|og|and|-|\.)$", "", text)
        text = text.strip()
    return "" if text in _LONE_WORDS else text


_ADVERB_PATTERNS = tuple(
    (re.compile(rf"\b{word}\b"), replacement) for word, replacement in _ADVERB_TIMES.items()
)
_A_PAIR = re.compile(r"\b(?:et|ett|noen|a)\s+par\b")
_ONE_AND_A_HALF = re.compile(r"\bhalvannen\b")


def _words_to_numbers(text: str) -> str:
    for pattern, replacement in _ADVERB_PATTERNS:
        text = pattern.sub(replacement, text)
    text = _A_PAIR.sub(" PAR ", text)
    text = _ONE_AND_A_HALF.sub("1.5", text)
    return _NUMBER_WORD_PATTERN.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)


def _unit_of(match: re.Match[str]) -> str:
    for key in _UNIT_WORDS:
        if match.groupdict().get(f"u_{key}"):
            return key
    raise AssertionError("pattern matched without a unit")


def _extract_day_parts(text: str) -> tuple[str, list[DayPart]]:
    """Take words like "morgen", "kveld", "per natt", "hver vakt" out of a frequency text."""
    parts: list[DayPart] = []
    every_shift = bool(_EVERY_SHIFT.search(text))
    if every_shift:
        text = _EVERY_SHIFT.sub(" ", text)

    def take(match: re.Match[str]) -> str:
        word = match.group(1)
        part = _PART_BY_WORD[word]
        if word in _DAY_UNIT_WORDS or part.key == "whole_day":
            return match.group(0)  # the unit "dag", or "hele døgnet" which is no frequency
        if part not in parts:
            parts.append(part)
        return " "

    text = _PART_IN_FREQUENCY.sub(take, text)
    if every_shift and not any(part.shift is not None for part in parts):
        parts.extend(_PART_BY_WORD[w] for w in ("dag", "kveld", "natt"))
    return " ".join(text.split()), parts


_ONLY_PARTS = re.compile(
    r"^(?:(?:hver|om|på|i|alle)\s+)?" + _PART_WORD
    + r"(?:\s*(?:,|og|/|&|\+)\s*(?:(?:hver|om|på|i)\s+)?" + _PART_WORD + r")*$"
)  # fmt: skip


def _frequency_error(text: str) -> TaskTextError:
    return TaskTextError(
        _tr(
            "Forstår ikke hyppigheten «{text}». Skriv f.eks. «2 ganger daglig», «3 ganger i uka», "
            "«annenhver dag» eller «1 gang i måneden»."
        ).format(text=text)
    )


def parse_frequency(
    text: object,
    *,
    default_unit: FrequencyUnit | None = None,
    shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS,
) -> ParsedFrequency:
    """How often, from text such as "2 ganger daglig", "x3 pr uke", "annenhver dag",
    "hver morgen", "ukentlig", "1 gang i måneden", "man, ons, fre", "daglig unntatt helg",
    "4 ganger pr natt", "1 gang per skift", "hver 3. time om natta", "en gang i kvartalet",
    "ved behov, ca. 3 i uka" or "hele nattevakta" (continuous presence, see
    :func:`resolve_continuous`).

    ``default_unit`` is what a bare count means (from a header such as "Antall pr uke"); without
    it "3" alone is an error. "Ved behov" without an estimate is an error, never a guess.
    ``shifts`` give the length of a shift for "hver 2. time om natta".
    Raises :class:`TaskTextError`.
    """
    return _parse_frequency("" if text is None else str(text), default_unit, tuple(shifts))


def _continuous(value: str, raw: str) -> ParsedFrequency | None:
    """ "kontinuerlig på natt", "hele vakta", "hele døgnet": present the whole time."""
    if not _CONTINUOUS.search(value) and value not in ("døgnet rundt", "24/7"):
        return None
    rest = _CONTINUOUS.sub(" ", value)
    rest, days = extract_days(rest)
    whole_day = False
    for words in ("døgnet rundt", "døgnet", "døgn", "24/7", "around the clock"):
        if re.search(rf"(?:^|\s){re.escape(words)}(?:\s|$)", rest):
            rest = re.sub(rf"(?:^|\s){re.escape(words)}(?:\s|$)", " ", rest)
            whole_day = True
    parts: list[DayPart] = []
    for word in re.split(r"\s*(?:,|/|&|\+|\bog\b|\bpå\b|\bom\b|\bi\b|\bfor\b)\s*", rest):
        word = word.strip(" .()")
        if not word or word in _WHOLE_SHIFT_WORDS:
            continue
        part = _PART_BY_WORD.get(word) or _PART_BY_WORD.get(_SHIFT_FORMS.get(word, ""))
        if part is None:
            return None  # "hele uka" etc.: not continuous presence after all
        if part not in parts:
            parts.append(part)
    if whole_day:
        parts = [_PART_BY_WORD["hele døgnet"]]
    return ParsedFrequency(
        Frequency(1.0, FrequencyUnit.DAY, ALL_DAYS if days is None else days),
        day_parts=tuple(parts),
        continuous=True,
        note=_tr("«{text}»: til stede hele tiden i tidsrommet.").format(text=raw.strip()),
    )


#: "nattevakta", "dagvakta": forms of the shift words the day parts do not list.
_SHIFT_FORMS = {
    "nattevakta": "natt", "nattevakten": "natt", "nattvakta": "natt", "natta": "natt",
    "natten": "natt", "dagvakta": "dag", "dagvakten": "dag", "dagen": "dag",
    "kveldsvakta": "kveld", "kveldsvakten": "kveld", "kvelden": "kveld",
}  # fmt: skip


def resolve_continuous(
    parsed: ParsedFrequency,
    windows: Sequence[TimeWindow] = (),
    shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS,
    field: str = "frequency",
) -> tuple[Frequency, float, tuple[TimeWindow, ...]]:
    """Continuous presence as task fields: (frequency, minutes per time, windows).

    The windows are the shifts the text named, else the task's own ``windows``. Windows that
    follow each other are one stretch («dag og kveld» = 07–23: once a day for 960 minutes);
    separate stretches of equal length are that many times a day. Anything else is refused.
    """
    own = tuple(sorted({day_part_window(p, shifts) for p in parsed.day_parts})) or tuple(
        sorted(set(windows))
    )
    if not own:
        raise TaskTextError(
            _tr(
                "«Kontinuerlig» sier ikke når. Skriv vakten, f.eks. «kontinuerlig på natt», "
                "«hele dagvakta» eller «hele døgnet», eller fyll inn tidspunktet først."
            ),
            field,
        )
    stretches = _merge_windows(own)
    lengths = {w.length_minutes for w in stretches}
    if len(lengths) != 1:
        raise TaskTextError(
            _tr(
                "«Kontinuerlig» i tidsrom av ulik lengde ({windows}) kan ikke bli én oppgave; "
                "del den i én oppgave per tidsrom."
            ).format(windows=describe_windows(stretches)),
            field,
        )
    days = parsed.frequency.days
    return (
        Frequency(float(len(stretches)), FrequencyUnit.DAY, days),
        float(lengths.pop()),
        stretches,
    )


def _merge_windows(windows: Sequence[TimeWindow]) -> tuple[TimeWindow, ...]:
    """Windows that touch (one ends where the next starts) joined into one stretch."""
    items = [(w.start_minute, w.start_minute + w.length_minutes) for w in windows]
    if any(end - start >= MINUTES_PER_DAY for start, end in items):
        return (TimeWindow(0, 0),)
    items.sort()
    merged: list[list[int]] = []
    for start, end in items:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    # a stretch crossing midnight joins the first one of the next morning
    if len(merged) > 1 and merged[-1][1] >= MINUTES_PER_DAY + merged[0][0]:
        last = merged.pop()
        merged[0] = [last[0], max(last[1], merged[0][1] + MINUTES_PER_DAY)]
    result = []
    for start, end in merged:
        if end - start >= MINUTES_PER_DAY:
            return (TimeWindow(0, 0),)
        result.append(TimeWindow(start % MINUTES_PER_DAY, end % MINUTES_PER_DAY))
    return tuple(sorted(result))


@lru_cache(maxsize=4096)
def _parse_frequency(
    raw: str, default_unit: FrequencyUnit | None, shifts: tuple[ShiftDefinition, ...]
) -> ParsedFrequency:
    # Cached: frequencies repeat across rows; a ParsedFrequency is immutable.
    value = normalise(raw)
    if value in BLANK_MARKERS:
        raise TaskTextError(_tr("Hyppighet mangler."))
    if value in UNKNOWN_MARKERS:
        raise TaskTextError(
            _tr("Hyppigheten er ukjent («{text}»); oppgi et anslag.").format(text=raw)
        )
    continuous = _continuous(value, raw)
    if continuous is not None:
        return continuous
    value, as_needed_count = _AS_NEEDED.subn(" ", value)
    as_needed = as_needed_count > 0
    if not as_needed:
        value, event_count = _EVENT.subn(" ", value, count=1)
        as_needed = event_count > 0
    value, estimated = _strip_estimate(value)
    value = _ALL_WEEK.sub(" ", value)
    value = _ORDINAL.sub(lambda m: f"{m.group(1)} {_ORDINALS[m.group(2)]}.", value)
    value = _words_to_numbers(value)
    if "PAR" in value:
        raise TaskTextError(
            _tr("«Et par» er ikke et tall; skriv hvor mange, f.eks. «2 ganger i uka».")
        )
    rest, days = extract_days(value)
    rest, clock = _extract_clock_times(rest)
    if _ONLY_PARTS.match(_clean(rest)):  # "dag og kveld": each part once a day
        found = [_PART_BY_WORD[w] for w in re.findall(_PART_WORD, _clean(rest))]
        parts = list(dict.fromkeys(p for p in found if p.key != "whole_day"))
        rest = ""
    else:
        rest, parts = _extract_day_parts(rest)
        rest = _clean(rest)
    if clock and not rest:
        rest = (
            f"{len(clock)} ganger" if days is not None or parts else f"{len(clock)} ganger daglig"
        )
    if as_needed and not rest and days is None and not parts:
        raise TaskTextError(
            _tr(
                "«{text}» sier ikke hvor ofte; legg til et anslag, f.eks. «ved behov, ca. 3 "
                "ganger i uka»."
            ).format(text=raw.strip())
        )
    try:
        count, unit, note = _count_and_unit(rest, days, parts, default_unit, shifts)
    except TaskTextError:
        raise
    except ValueError:
        raise _frequency_error(raw) from None
    if count is None or unit is None:
        raise _frequency_error(raw)
    if count <= 0:
        raise TaskTextError(_tr("Hyppigheten må være mer enn 0 («{text}»).").format(text=raw))
    if len(clock) > count and unit is FrequencyUnit.DAY and _UNIT_ALONE.match(rest):
        count = float(len(clock))  # "daglig kl 08 og 20" is twice a day
    return ParsedFrequency(
        Frequency(count, unit, ALL_DAYS if days is None else days),
        as_needed=as_needed,
        estimated=estimated or bool(note) or as_needed,
        day_parts=tuple(parts),
        clock_windows=clock,
        note=note,
    )


_CLOCK_LIST = re.compile(
    r"\b(?:kl\.?|klokka|klokken|at)\s*\d{1,2}(?:[:.]\d{2})?"
    r"(?:\s*(?:-|og|,|/|&|and)\s*(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?)*"
)


def _extract_clock_times(text: str) -> tuple[str, tuple[TimeWindow, ...]]:
    """Take clock times ("kl 08 og 20") out of a frequency text, as time windows."""
    windows: list[TimeWindow] = []

    def take(match: re.Match[str]) -> str:
        try:
            windows.extend(parse_times(match.group(0)))
        except TaskTextError:
            return match.group(0)
        return " "

    text = _CLOCK_LIST.sub(take, text)
    return " ".join(text.split()), tuple(sorted(set(windows)))


def _count_and_unit(
    rest: str,
    days: int | None,
    parts: list[DayPart],
    default_unit: FrequencyUnit | None,
    shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS,
) -> tuple[float | None, FrequencyUnit | None, str]:
    """The count and unit of what is left after days and day parts are taken out.

    Day parts without a unit count as occurrences per day ("morgen og kveld" = 2 daily;
    "4 ganger pr natt" = 4 daily, at night); with a unit they only say when ("2 ganger daglig,
    morgen og kveld" = 2 daily). "Hver n. time" in a part of the day is the rounds that fit in
    it, the first at its start ("hver 3. time om natta", 23–07: 23, 02, 05 = 3 a day).
    """
    if not rest:
        if parts:
            return float(len(parts)), FrequencyUnit.DAY, ""
        if days is not None:
            return 1.0, FrequencyUnit.DAY, ""
        return None, None, ""
    for pattern, count, unit in _WORDED_UNITS:
        if pattern.match(rest):
            return count, unit, ""
    match = _EVERY_OTHER.match(rest)
    if match:
        return _every_nth(2, _unit_of(match))
    match = _EVERY_NTH.match(rest)
    if match:
        if _unit_of(match) == "hour" and parts:
            return _hourly_in_parts(int(match["n"]), parts, shifts), FrequencyUnit.DAY, ""
        return _every_nth(int(match["n"]), _unit_of(match))
    match = _COUNT_PER_NTH.match(rest)
    if match:
        count, note = _range_mean(match["count"], match["count2"])
        per, unit, _ = _every_nth(int(match["n"]), _unit_of(match))
        return count * per, unit, note
    match = _UNIT_ALONE.match(rest)
    if match and (match["every"] or rest.rstrip(".") in _ADVERBS):
        if _unit_of(match) == "hour" and parts:
            return _hourly_in_parts(1, parts, shifts), FrequencyUnit.DAY, ""
        return _per_unit(1.0, _unit_of(match), parts, "")
    for pattern in (_COUNT_UNIT, _X_COUNT_UNIT, _UNIT_COUNT):
        match = pattern.match(rest)
        if not match:
            continue
        unit_word = _unit_of(match)
        explicit = match.groupdict().get("times") or match.groupdict().get("sep")
        if unit_word == "hour" and not explicit and pattern is _COUNT_UNIT:
            raise TaskTextError(
                _tr("«{text}» ser ut som en tidsbruk, ikke en hyppighet.").format(text=rest)
            )
        count, note = _range_mean(match["count"], match["count2"])
        return _per_unit(count, unit_word, parts, note)
    match = _COUNT_ONLY.match(rest)
    if match:
        count, note = _range_mean(match["count"], match["count2"])
        if parts:
            return count * len(parts), FrequencyUnit.DAY, note
        if days is not None:
            return count, FrequencyUnit.DAY, note
        if default_unit is not None:
            return count, default_unit, note
        raise TaskTextError(
            _tr(
                "Oppgi hvor ofte {count} gang(er) er: per dag, uke, måned eller år "
                "(f.eks. «{count} ganger i uka»)."
            ).format(count=format_number(count))
        )
    return None, None, ""


def _hourly_in_parts(
    hours: int, parts: Sequence[DayPart], shifts: Sequence[ShiftDefinition]
) -> float:
    """Rounds every ``hours`` hours within the parts of the day, the first at each start."""
    total = 0
    for part in parts:
        length = day_part_window(part, shifts).length_minutes
        total += math.ceil(length / (hours * 60) - 1e-9)
    return float(total)


def _every_nth(n: int, unit: str) -> tuple[float, FrequencyUnit, str]:
    """ "hver n. dag/uke/måned/time" in the most readable unit."""
    if n <= 0:
        raise ValueError(n)
    if unit == FrequencyUnit.DAY.value:
        if n % 7 == 0:
            return 7 / n, FrequencyUnit.WEEK, ""
        return 1 / n, FrequencyUnit.DAY, ""
    if unit == FrequencyUnit.WEEK.value:
        return 1 / n, FrequencyUnit.WEEK, ""
    if unit == FrequencyUnit.MONTH.value:
        if 12 % n == 0:
            return 12 / n, FrequencyUnit.YEAR, ""
        return 1 / n, FrequencyUnit.MONTH, ""
    if unit == FrequencyUnit.YEAR.value:
        return 1 / n, FrequencyUnit.YEAR, ""
    if unit == "quarter":
        return 4 / n, FrequencyUnit.YEAR, ""
    if unit == "halfyear":
        return 2 / n, FrequencyUnit.YEAR, ""
    if unit == "hour":
        return 24 / n, FrequencyUnit.DAY, ""
    raise ValueError(unit)


def _per_unit(
    count: float, unit: str, parts: list[DayPart], note: str
) -> tuple[float, FrequencyUnit, str]:
    if unit == "hour":
        return count * 24, FrequencyUnit.DAY, note
    if unit == "quarter":
        return count * 4, FrequencyUnit.YEAR, note
    if unit == "halfyear":
        return count * 2, FrequencyUnit.YEAR, note
    if unit == "shift":
        shifts = [p for p in parts if p.shift is not None] or [
            _PART_BY_WORD[w] for w in ("dag", "kveld", "natt")
        ]
        return count * len(shifts), FrequencyUnit.DAY, note
    return count, FrequencyUnit(unit), note


_UNIT_PHRASES = {
    FrequencyUnit.DAY: ("gang daglig", "ganger daglig"),
    FrequencyUnit.WEEK: ("gang i uka", "ganger i uka"),
    FrequencyUnit.MONTH: ("gang i måneden", "ganger i måneden"),
    FrequencyUnit.YEAR: ("gang i året", "ganger i året"),
}
_EVERY_NTH_PHRASES = {
    FrequencyUnit.DAY: ("annenhver dag", "hver {n}. dag"),
    FrequencyUnit.WEEK: ("annenhver uke", "hver {n}. uke"),
    FrequencyUnit.MONTH: ("annenhver måned", "hver {n}. måned"),
    FrequencyUnit.YEAR: ("annethvert år", "hvert {n}. år"),
}


def describe_frequency(frequency: Frequency) -> str:
    """The one written form of a frequency, which :func:`parse_frequency` reads back exactly:
    "2 ganger daglig", "1 gang i uka (man, tor)", "annenhver dag (hverdager)", "hver 3. uke"."""
    count = frequency.count
    inverse = 1 / count if count > 0 else 0.0
    text = ""
    if 0 < count < 1 and round(inverse) >= 2 and 1 / round(inverse) == count:
        other, nth = _EVERY_NTH_PHRASES[frequency.unit]
        n = round(inverse)
        text = _tr(other) if n == 2 else _tr(nth).format(n=n)
        # only where it reads back in the same unit («hver 4. måned» is read as 3 a year)
        try:
            back = parse_frequency(text).frequency
        except TaskTextError:
            back = None
        if back is None or (back.count, back.unit) != (count, frequency.unit):
            text = ""
    if not text:
        singular, plural = _UNIT_PHRASES[frequency.unit]
        phrase = _tr(singular) if count == 1 else _tr(plural)
        text = f"{format_number(count)} {phrase}"
    days = describe_days(frequency.days)
    return f"{text} ({days})" if days else text


# --- duration ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedDuration:
    minutes: float
    estimated: bool = False
    note: str = ""


_HOUR = r"(?:timer|timar|time|tim|tt|t|hours|hour|hrs|hr|h)(?![a-zæøå])\.?"
_MINUTE = r"(?:minutter|minuttar|minutt|minutes|minute|mins|min|mnt|m)(?![a-zæøå])\.?"
_SECOND = r"(?:sekunder|sekund|sek|seconds|second|secs|sec|s)(?![a-zæøå])\.?"
_NUM = r"\d+(?:\.\d+)?"
_DURATION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(rf"^(?P<h>{_NUM})\s*{_HOUR}\s*(?:og|and|,)?\s*(?P<m>{_NUM})\s*(?:{_MINUTE})?$"),
        "hm",
    ),
    (re.compile(rf"^(?P<h>\d+)\s*[:]\s*(?P<m>\d{{2}})(?:\s*{_HOUR})?$"), "hm"),
    (re.compile(rf"^(?P<a>{_NUM})(?:\s*(?:-|til|to)\s*(?P<b>{_NUM}))?\s*{_HOUR}$"), "h"),
    (re.compile(rf"^(?P<a>{_NUM})(?:\s*(?:-|til|to)\s*(?P<b>{_NUM}))?\s*{_MINUTE}$"), "m"),
    (re.compile(rf"^(?P<a>{_NUM})(?:\s*(?:-|til|to)\s*(?P<b>{_NUM}))?\s*{_SECOND}$"), "s"),
    (re.compile(rf"^(?P<a>{_NUM})(?:\s*(?:-|til|to)\s*(?P<b>{_NUM}))?$"), "bare"),
)
_WORDED_DURATIONS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^(?:1\s+)?(?:halv\s*time|halvtime|0\.5\s*(?:t|time|timer|h))$"), 30.0),
    (re.compile(r"^(?:en|1|ei)?\s*halv\s+time$"), 30.0),
    (re.compile(r"^(?:half\s+an?\s+hour|a\s+half\s+hour|half\s+hour)$"), 30.0),
    (re.compile(r"^(?:1\s+|et\s+|ett\s+)?kvarter$|^(?:a\s+)?quarter\s+of\s+an\s+hour$"), 15.0),
    (re.compile(r"^(?:3|tre)\s+kvarter$|^three\s+quarters\s+of\s+an\s+hour$"), 45.0),
    (re.compile(r"^(?:1\.5|halvannen)\s+(?:time|timer|t)$"), 90.0),
)


def parse_duration(text: object, *, bare_unit: str = "min") -> ParsedDuration:
    """Minutes per occurrence, from "15 min", "1,5 t", "1 time", "ca. 20 minutter", "1 t 30 min",
    "1:30", "et kvarter" or a range "10-15 min" (its middle, with a note).

    ``bare_unit`` ("min" or "h") is what a number without a unit means (from the header).
    Raises :class:`TaskTextError`.
    """
    return _parse_duration("" if text is None else str(text), bare_unit)


@lru_cache(maxsize=4096)
def _parse_duration(raw: str, bare_unit: str) -> ParsedDuration:
    value = normalise(raw)
    if value in BLANK_MARKERS:
        raise TaskTextError(_tr("Tidsbruk mangler."))
    if value in UNKNOWN_MARKERS:
        raise TaskTextError(
            _tr("Tidsbruken er ukjent («{text}»); oppgi et anslag.").format(text=raw)
        )
    if re.search(r"\b(?:per|pr\.?)\s*(?:beboer|pasient|bruker|resident|patient)", value):
        raise TaskTextError(
            _tr(
                "Tidsbruk per beboer («{text}») kan ikke leses: skriv tiden for hele oppgaven hver "
                "gang den gjøres, f.eks. «60 min» for 12 beboere à 5 min."
            ).format(text=raw)
        )
    value, estimated = _strip_estimate(value)
    value = _words_to_numbers(value)
    value = value.strip(" .,;:()")
    if re.match(r"^-\s*\d", value):
        raise TaskTextError(_tr("Tidsbruken må være mer enn 0 minutter."))
    minutes, note = _duration_minutes(value, bare_unit)
    if minutes is None:
        raise TaskTextError(
            _tr(
                "Forstår ikke tidsbruken «{text}». Skriv f.eks. «15 min», «1,5 t» eller «1 time»."
            ).format(text=raw)
        )
    if minutes <= 0:
        raise TaskTextError(_tr("Tidsbruken må være mer enn 0 minutter."))
    if minutes > MINUTES_PER_DAY:
        raise TaskTextError(
            _tr("Tidsbruken {text} er mer enn et døgn; oppgi tid per gang.").format(text=raw)
        )
    return ParsedDuration(minutes, estimated=estimated or bool(note), note=note)


def _duration_minutes(value: str, bare_unit: str) -> tuple[float | None, str]:
    for pattern, minutes in _WORDED_DURATIONS:
        if pattern.match(value):
            return minutes, ""
    for pattern, kind in _DURATION_PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        if kind == "hm":
            return float(match["h"]) * 60 + float(match["m"]), ""
        amount, note = _range_mean(match["a"], match["b"])
        factor = {"h": 60.0, "m": 1.0, "s": 1 / 60}.get(kind)
        if factor is None:
            factor = 60.0 if bare_unit == "h" else 1.0
        return amount * factor, note
    return None, ""


def describe_duration(minutes: float) -> str:
    """Minutes as people write them: "15 min", "1 t 30 min"; :func:`parse_duration` reads it."""
    if minutes >= 60 and float(minutes).is_integer() and minutes % 60:
        return f"{int(minutes) // 60} t {int(minutes) % 60} min"
    if minutes >= 60 and float(minutes).is_integer():
        return f"{int(minutes) // 60} t"
    return f"{format_number(minutes)} min"


# --- times of day -----------------------------------------------------------------------------

_CLOCK = r"(?P<{n}h>\d{{1,2}})(?:[:.](?P<{n}m>\d{{2}}))?"
_CLOCK_RANGE = re.compile(
    r"^(?:kl\.?|klokka|klokken|at)?\s*"
    + _CLOCK.format(n="a")
    + r"(?:\s*(?:-|til|to)\s*(?:kl\.?\s*)?"
    + _CLOCK.format(n="b")
    + r")?\s*(?:h|t)?$"
)
_CLOCK_4 = re.compile(
    r"^(?:kl\.?\s*)?(?P<ah>\d{2})(?P<am>\d{2})(?:\s*-\s*(?P<bh>\d{2})(?P<bm>\d{2}))?$"
)


def _minute(hours: str, minutes: str | None) -> int:
    h = int(hours)
    m = int(minutes or 0)
    if h > 24 or m > 59 or (h == 24 and m):
        raise ValueError
    return (h * 60 + m) % MINUTES_PER_DAY if h < 24 else MINUTES_PER_DAY


def parse_times(
    text: object, shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS
) -> tuple[TimeWindow, ...]:
    """Time windows from "morgen", "kveld", "natt", "kl 08", "08:00-09:30", "kl 8 og 20",
    "dag/kveld", "D/K/N" or "hele døgnet" (see :data:`DAY_PARTS`; dag, kveld and natt are the
    workspace's shifts). A single clock time gets a window of :data:`POINT_WINDOW_MINUTES`.

    Raises :class:`TaskTextError`.
    """
    return _parse_times("" if text is None else str(text), tuple(shifts))


@lru_cache(maxsize=4096)
def _parse_times(raw: str, shifts: tuple[ShiftDefinition, ...]) -> tuple[TimeWindow, ...]:
    value = normalise(raw)
    if value in BLANK_MARKERS:
        return ()
    value = re.sub(r"^(?:ca\.?|cirka|omtrent|rundt)\s+", "", value)
    whole = _PART_BY_WORD.get(value)
    if whole is not None:
        return (day_part_window(whole, shifts),)
    items = [item for item in re.split(r"\s*(?:,|;|/|\+|&|\bog\b|\band\b|\n)\s*", value) if item]
    if not items:
        return ()
    windows: list[TimeWindow] = []
    for item in items:
        window = _time_item(item, shifts)
        if window is None and _CLOCK_LIKE.fullmatch(item):
            raise TaskTextError(
                _tr("«{text}» er ikke et gyldig klokkeslett (00:00–24:00).").format(text=item)
            )
        if window is None:
            raise TaskTextError(
                _tr(
                    "Forstår ikke tidspunktet «{text}». Skriv f.eks. «morgen», «kveld», «natt», "
                    "«kl 08» eller «08:00-09:30»."
                ).format(text=raw)
            )
        windows.append(window)
    return tuple(sorted(set(windows)))


_CLOCK_LIKE = re.compile(r"(?:kl\.?\s*)?\d{1,2}(?:[:.]\d{2})?(?:\s*-\s*\d{1,2}(?:[:.]\d{2})?)?")


def _time_item(item: str, shifts: Sequence[ShiftDefinition]) -> TimeWindow | None:
    item = item.strip(" .()")
    item = re.sub(r"^(?:hver|om|på|i|every|in the|at|alle)\s+", "", item)
    part = _PART_BY_WORD.get(item) or _PART_BY_LETTER.get(item)
    if part is not None:
        return day_part_window(part, shifts)
    for pattern in (_CLOCK_RANGE, _CLOCK_4):
        match = pattern.match(item)
        if not match:
            continue
        try:
            start = _minute(match["ah"], match["am"])
            if match["bh"] is not None:
                end = _minute(match["bh"], match["bm"])
                # equal ends are a whole day from that time ("00:00-00:00"), as TimeWindow has it
                return TimeWindow(start % MINUTES_PER_DAY, end)
        except ValueError:
            return None
        if start >= MINUTES_PER_DAY:
            return None
        return TimeWindow(
            start, (start + POINT_WINDOW_MINUTES) % MINUTES_PER_DAY or MINUTES_PER_DAY
        )
    return None


WHOLE_DAY = "hele døgnet"


def describe_windows(
    windows: Iterable[TimeWindow], shifts: Sequence[ShiftDefinition] = DEFAULT_SHIFTS
) -> str:
    """The one written form of time windows: «07:00–09:00, kveld» (a window that is exactly a
    shift is the shift's name, 24 hours from midnight «hele døgnet»); :func:`parse_times` reads
    it back exactly."""
    by_window = {definition.window: definition.shift for definition in shifts}
    parts = []
    for window in windows:
        shift = by_window.get(window)
        if shift is not None:
            parts.append(labels.label(shift))
        elif window.start_minute == 0 and window.end_minute == 0:  # what «hele døgnet» reads as
            parts.append(_tr(WHOLE_DAY))
        else:
            start, end = window.start_minute, window.end_minute
            parts.append(f"{start // 60:02d}:{start % 60:02d}–{end // 60:02d}:{end % 60:02d}")
    return ", ".join(parts)


# --- roles ------------------------------------------------------------------------------------

#: Words and abbreviations people use for the default roles (keys are role codes). Compared
#: without dots and spaces, so "hj. pl." and "hjpl" are the same.
ROLE_ALIASES: Mapping[str, tuple[str, ...]] = {
    "SPL": _words(
        "sykepleier|sykepleiere|sykepl|spl|sp|sjukepleiar|sjukepl|sykepleiar|nurse|nurses|rn|"
        "registered nurse|offentlig godkjent sykepleier"
    ),
    "SSP": _words(
        "spesialsykepleier|spesialsykepleiere|spesspl|spes spl|spes sykepleier|"
        "spesialsjukepleiar|ssp|specialist nurse|geriatrisk sykepleier|intensivsykepleier|"
        "kreftsykepleier"
    ),
    "HFA": _words(
        "helsefagarbeider|helsefagarbeidere|helsefagarb|helsefag|hfa|hf|hfarb|hjelpepleier|"
        "hjelpepleiere|hjelpepl|hjpl|hj pl|omsorgsarbeider|omsorgsarb|fagarbeider|fagarb|"
        "helsearbeider|healthcare worker|health care worker|hca|hcw|auxiliary nurse|"
        "nursing assistant|helsefagarbeidar"
    ),
    "ASS": _words(
        "assistent|assistenter|ass|ufaglært|ufaglærte|pleieassistent|pleiemedhjelper|"
        "assistant|assistants|unskilled|care assistant|assistentar"
    ),
    "LRL": _words("lærling|lærlinger|lærl|elev|elever|apprentice|apprentices"),
    "MIL": _words(
        "miljøarbeider|miljøarbeidere|miljøarb|aktivitør|aktivitører|miljøterapeut|"
        "activity worker|aktivitetsleder"
    ),
    "VPL": _words("vernepleier|vernepleiere|vernepl|vpl|vp|social educator|vernepleiar"),
    "ERF": _words(
        "ergoterapeut|fysioterapeut|ergo|fysio|ergoterapeut/fysioterapeut|ergo/fysio|"
        "physiotherapist|occupational therapist|terapeut|fysioterapeuter|ergoterapeuter"
    ),
    "MRK": _words(
        "merkantil|kontor|sekretær|kontormedarbeider|konsulent|merkantilt|clerk|secretary|"
        "administrativ"
    ),
    "SRV": _words(
        "renholder|renholdere|renhold|kjøkken|kjøkkenassistent|service|servicemedarbeider|"
        "vaskeri|kokk|cleaner|kitchen|husøkonom"
    ),
}
_EVERYONE = frozenset(_words("alle|alle ansatte|alle yrkesgrupper|alle på vakt|everyone|all"))
_ROLE_SPLIT = re.compile(
    r"\s*(?:/|,|;|\+|&|\n|\bog\b|\beller\b|\band\b|\bor\b|\bevt\b\.?|\bel\b\.?|\bog/eller\b)\s*"
)
_PERCENT_BEFORE = re.compile(r"^(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:av\s+)?(?P<name>.+)$")
_PERCENT_AFTER = re.compile(
    r"^(?P<name>.*?[^\d\s].*?)\s*[:=(]?\s*(?P<pct>\d+(?:\.\d+)?)\s*%?\s*\)?$"
)


@dataclass(frozen=True, slots=True)
class ParsedRoles:
    """Role id → share in percent (summing to 100; empty: nobody), and any words in
    parentheses that were not roles ("HFA (med kurs)"), for the notes."""

    shares: Mapping[int, float]
    remarks: tuple[str, ...] = ()


def _role_key(text: str) -> str:
    return re.sub(r"[.\s]", "", text.casefold())


class RoleMatcher:
    """Resolves what people write for a role against a workspace's roles.

    Order: the role's code or full name; an alias from :data:`ROLE_ALIASES` whose role code
    exists; a unique prefix ("helsefagarb." → Helsefagarbeider). Built once per import.
    """

    def __init__(self, roles: Sequence[Role]) -> None:
        self.roles = tuple(roles)
        self._exact: dict[str, int] = {}
        by_code = {role.code.casefold(): role.id for role in roles}
        for role in roles:
            self._exact.setdefault(_role_key(role.code), role.id)
            self._exact.setdefault(_role_key(role.name), role.id)
        self._alias: dict[str, int] = {}
        for code, aliases in ROLE_ALIASES.items():
            role_id = by_code.get(code.casefold())
            if role_id is None:
                continue
            for alias in aliases:
                self._alias.setdefault(_role_key(alias), role_id)
        self._prefix_words: list[tuple[str, int]] = [
            (key, role_id) for key, role_id in {**self._alias, **self._exact}.items()
        ]
        for role in roles:
            for word in re.split(r"[\s/()]+", role.name.casefold()):
                if len(word) >= 3:
                    self._prefix_words.append((_role_key(word), role.id))
        # what has been looked up already: role id or the error (sheets repeat the same names)
        self._matched: dict[str, int | TaskTextError] = {}
        self.parsed: dict[str, ParsedRoles | TaskTextError] = {}

    def match(self, text: str) -> int:
        """The role id for one name; raises :class:`TaskTextError`."""
        key = _role_key(text)
        found = self._matched.get(key)
        if isinstance(found, TaskTextError):
            raise found
        if found is not None:
            return found
        try:
            self._matched[key] = self._match(text, key)
        except TaskTextError as error:
            self._matched[key] = error
            raise
        return self._matched[key]  # type: ignore[return-value]

    def _match(self, text: str, key: str) -> int:
        if not key:
            raise TaskTextError(_tr("Tom yrkesgruppe."))
        for table in (self._exact, self._alias):
            if key in table:
                return table[key]
        if len(key) >= 3:
            found = {role_id for word, role_id in self._prefix_words if word.startswith(key)}
            if len(found) == 1:
                return found.pop()
            if len(found) > 1:
                names = sorted(self._name(role_id) for role_id in found)
                raise TaskTextError(
                    _tr("«{text}» kan være flere yrkesgrupper: {names}.").format(
                        text=text, names=", ".join(names)
                    )
                )
        raise TaskTextError(
            _tr("Ukjent yrkesgruppe «{text}». Kjente: {codes}.").format(
                text=text, codes=", ".join(role.code for role in self.roles)
            )
        )

    def _name(self, role_id: int) -> str:
        for role in self.roles:
            if role.id == role_id:
                return f"{role.code} ({role.name})"
        return str(role_id)

    def code(self, role_id: int) -> str:
        for role in self.roles:
            if role.id == role_id:
                return role.code
        return str(role_id)


def parse_roles(text: object, matcher: RoleMatcher) -> ParsedRoles:
    """Who does a task: "SPL", "SPL/HFA", "sykepl. og helsefagarb.", "HFA 70 %, ASS 30 %",
    "70 % SPL / 30 % HFA". Without percentages the roles share equally. "-" or "ingen": nobody.

    Raises :class:`TaskTextError` for unknown roles, "alle", or shares that do not add up.
    """
    raw = "" if text is None else str(text)
    cached = matcher.parsed.get(raw)
    if isinstance(cached, TaskTextError):
        raise cached
    if cached is not None:
        return cached
    try:
        result = _parse_roles(raw, matcher)
    except TaskTextError as error:
        matcher.parsed[raw] = error
        raise
    matcher.parsed[raw] = result
    return result


def _parse_roles(raw: str, matcher: RoleMatcher) -> ParsedRoles:
    value = normalise(raw)
    if value in BLANK_MARKERS:
        return ParsedRoles({})
    if value in UNKNOWN_MARKERS:
        raise TaskTextError(_tr("Yrkesgruppen er ukjent («{text}»).").format(text=raw))
    if value in _EVERYONE:
        raise TaskTextError(
            _tr("«{text}» er ikke en yrkesgruppe; skriv hvilke, f.eks. «SPL/HFA/ASS».").format(
                text=raw
            )
        )
    try:
        return ParsedRoles({matcher.match(value): 100.0})
    except TaskTextError:
        pass
    remarks: list[str] = []

    def take_remark(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        if re.fullmatch(r"\d+(?:\.\d+)?\s*%?", inner):
            return f" {inner}"
        if inner:
            remarks.append(inner)
        return " "

    value = re.sub(r"\(([^)]*)\)", take_remark, value)
    parts = [part.strip() for part in _ROLE_SPLIT.split(value) if part.strip(" -")]
    given: dict[int, float] = {}
    plain: list[int] = []
    for part in parts:
        name, percent = _split_percent(part)
        role_id = matcher.match(name)
        if percent is None:
            if role_id not in plain and role_id not in given:
                plain.append(role_id)
        else:
            given[role_id] = given.get(role_id, 0.0) + percent
    shares = _combine_shares(raw, given, [r for r in plain if r not in given])
    return ParsedRoles(shares, tuple(remarks))


def _split_percent(part: str) -> tuple[str, float | None]:
    for pattern in (_PERCENT_BEFORE, _PERCENT_AFTER):
        match = pattern.match(part)
        if match:
            return match["name"].strip(" :=-"), float(match["pct"])
    return part, None


def _combine_shares(raw: str, given: dict[int, float], plain: list[int]) -> dict[int, float]:
    total = sum(given.values())
    if not given:
        return {role_id: 100.0 / len(plain) for role_id in plain} if plain else {}
    if total > 100.0 + 0.01 or (not plain and abs(total - 100.0) > 0.01):
        raise TaskTextError(
            _tr("Andelene i «{text}» summerer til {total} %, ikke 100 %.").format(
                text=raw, total=format_number(round(total, 2))
            )
        )
    if plain:
        remaining = 100.0 - total
        if remaining <= 0.01:
            raise TaskTextError(
                _tr("Andelene i «{text}» gir ingenting igjen til {n} yrkesgruppe(r).").format(
                    text=raw, n=len(plain)
                )
            )
        for role_id in plain:
            given[role_id] = remaining / len(plain)
    return given


def describe_shares(shares: Mapping[int, float], matcher: RoleMatcher) -> str:
    """The one written form of shares (:func:`format_shares`); :func:`parse_roles` reads it."""
    return format_shares(shares, {role.id: role for role in matcher.roles})


# --- competences and courses ------------------------------------------------------------------

#: Words people use for the default competences (keys are competence codes), compared as whole
#: words or word beginnings ("forflytningskurs" names FORFLYT).
COMPETENCE_ALIASES: Mapping[str, tuple[str, ...]] = {
    "LM-MULTI": _words(
        "multidose|legemiddelhåndtering|legemiddelutdeling|legemiddel|legemidler|"
        "medisinutdeling|medisinering|medisiner|medikamenter|medication|tablettutdeling"
    ),
    "LM-INJ": _words("injeksjon|injeksjoner|sprøyte|sprøyter|injection|injections"),
    "LM-INSULIN": _words("insulin|blodsukker|blodsukkermåling"),
    "LM-OPIOID": _words("opioid|opioider|a-preparat|a-preparater|smertepumpe|morfin"),
    "SAR-KOMPL": _words(
        "komplekst sårstell|kompleks sårstell|komplekse sår|trykksår|leggsår|vakuumbehandling|"
        "complex wound care"
    ),
    "SAR-ENKEL": _words("sårstell|sårbehandling|bandasjeskift|enkelt sårstell|wound care"),
    "KATETER": _words("kateter|kateterisering|katerisering|catheter|catheterisation"),
    "SONDE": _words("sonde|sondeernæring|peg|tube feeding"),
    "OBS": _words("news|news2|observasjon|tidlig varsling|vitale tegn|observation"),
    "PALL": _words("palliasjon|palliativ|palliative|lindrende|livets slutt"),
    "DEMENS": _words("demens|demensomsorg|dementia"),
    "FORFLYT": _words("forflytning|forflytninger|løft|løfteteknikk|transfers|lifting"),
    "HYGIENE": _words("hygiene|smittevern|infection control"),
    "DOK": _words("dokumentasjon|epj|journal|journalføring|rapportskriving|documentation"),
    "VEIL": _words("veiledning|veileder|veilederkurs|guidance|mentoring"),
    "TURNUS": _words("turnus|turnusplanlegging|rota"),
    "RENHOLD": _words("renhold|rengjøring|cleaning"),
    "MAT": _words("ernæring|måltid|måltider|kost|matlaging|nutrition|meals"),
    "STELL": _words("personlig stell|stell|personal care"),
}


@dataclass(frozen=True, slots=True)
class ParsedCompetences:
    """Competence ids a text names, and the parts that named nothing known (for the notes)."""

    competence_ids: frozenset[int]
    unknown: tuple[str, ...] = ()
    courses: tuple[str, ...] = field(default=())


class CompetenceMatcher:
    """Resolves competence and course names as people write them against a workspace's
    catalogue: code, full name, course name, or a word from :data:`COMPETENCE_ALIASES`."""

    def __init__(self, competences: Sequence[Competence], courses: Sequence[Course] = ()) -> None:
        self.competences = tuple(competences)
        by_code = {c.code.casefold(): c.id for c in competences}
        self._exact: dict[str, int] = {}
        for competence in competences:
            self._exact.setdefault(normalise(competence.code), competence.id)
            self._exact.setdefault(normalise(competence.name), competence.id)
        self._courses: dict[str, tuple[str, int]] = {
            normalise(course.name): (course.name, course.competence_id) for course in courses
        }
        aliases: list[tuple[str, int]] = []
        for code, words in COMPETENCE_ALIASES.items():
            competence_id = by_code.get(code.casefold())
            if competence_id is not None:
                aliases.extend((normalise(word), competence_id) for word in words)
        # Longest first, so "komplekst sårstell" wins over "sårstell"; compiled once.
        self._aliases = [
            (re.compile(r"(?:^|[\s(/-])" + re.escape(alias)), competence_id)
            for alias, competence_id in sorted(aliases, key=lambda item: len(item[0]), reverse=True)
        ]
        self._matched: dict[str, tuple[int | None, str | None]] = {}

    def match_exact(self, text: str) -> tuple[int | None, str | None]:
        """(competence id, course name) when ``text`` is a code, name or course name."""
        key = normalise(text).strip(" .:")
        if key in self._exact:
            return self._exact[key], None
        if key in self._courses:
            name, competence_id = self._courses[key]
            return competence_id, name
        return None, None

    def match(self, text: str) -> tuple[int | None, str | None]:
        """(competence id, course name) for one name, or (None, None) when nothing matches."""
        found = self.match_exact(text)
        if found[0] is not None:
            return found
        key = normalise(text).strip(" .:")
        for course_key, (name, competence_id) in self._courses.items():
            if len(course_key) >= 6 and course_key in key:
                return competence_id, name
        if key not in self._matched:
            self._matched[key] = next(
                (
                    (competence_id, None)
                    for alias, competence_id in self._aliases
                    if alias.search(key)
                ),
                (None, None),
            )
        return self._matched[key]


_COMPETENCE_SPLIT = re.compile(r"\s*(?:,|;|/|\+|&|\n|\bog\b|\band\b)\s*")


def parse_competences(text: object, matcher: CompetenceMatcher) -> ParsedCompetences:
    """Competences from "LM-MULTI, OBS", "insulin og sårstell", "Forflytningskurs".

    Never raises: parts that name nothing known come back in ``unknown`` so the caller can keep
    the words (in the notes) and report them.
    """
    raw = "" if text is None else str(text)
    if is_blank(raw):
        return ParsedCompetences(frozenset())
    whole, course = matcher.match_exact(raw)
    if whole is not None:
        return ParsedCompetences(frozenset({whole}), (), (course,) if course else ())
    found: set[int] = set()
    unknown: list[str] = []
    courses: list[str] = []
    for part in _COMPETENCE_SPLIT.split(raw.strip()):
        if is_blank(part):
            continue
        competence_id, course = matcher.match(part)
        if competence_id is None:
            unknown.append(part.strip())
        else:
            found.add(competence_id)
            if course:
                courses.append(course)
    return ParsedCompetences(frozenset(found), tuple(unknown), tuple(courses))


# --- categories, status, counts ---------------------------------------------------------------


def parse_category(text: object, field: str = "category") -> Category:
    """A category from its label, long form or synonym (:mod:`oppgave.domain.labels`)."""
    try:
        return labels.parse(Category, text, field)
    except ValidationError as error:
        raise TaskTextError(error.message, field) from None


def category_or_none(text: str) -> Category | None:
    """The category a heading names, or None (for section rows such as "DIREKTE PASIENTARBEID")."""
    return labels.lookup(Category, text)


def parse_status(text: object, field: str = "status") -> TaskStatus:
    try:
        return labels.parse(TaskStatus, text, field)
    except ValidationError as error:
        raise TaskTextError(error.message, field) from None


def parse_staff_count(text: object) -> int:
    """How many staff at once: "2", "2 personer", "to"; a whole number from 1 to 20."""
    value = _words_to_numbers(normalise("" if text is None else str(text)))
    match = re.fullmatch(
        r"(\d+(?:\.0+)?)\s*(?:stk\.?|pers\.?|personer|person|ansatte|ansatt|people|staff)?", value
    )
    if not match:
        raise TaskTextError(
            _tr("Antall personer må være et helt tall fra 1 til {n} («{text}»).").format(
                n=MAX_STAFF, text=text
            )
        )
    count = int(float(match.group(1)))
    if not 1 <= count <= MAX_STAFF:
        raise TaskTextError(
            _tr("Antall personer må være fra 1 til {n} («{text}»).").format(n=MAX_STAFF, text=text)
        )
    return count


# --- the task fields as the table, paste, import and export write and read them ---------------
#
# Everything below is the one place that turns a task field into text and back. The canonical
# forms (what :func:`format_*` / ``describe_*`` write) read back to the same value.


class EveryoneError(TaskTextError):
    """A role cell says «alle»: the caller must ask how to read it (:class:`AllRoles`)."""


_EVERYONE_WORDS = frozenset(
    _words(
        "alle|alle ansatte|alle yrkesgrupper|alle på vakt|alle roller|hvem som helst|"
        "hvemsomhelst|alle faggrupper|everyone|all|anyone|all roles"
    )
)


def is_everyone(text: object) -> bool:
    """Whether a role cell says «alle» / «alle yrkesgrupper» / «hvem som helst»."""
    return normalise("" if text is None else str(text)) in _EVERYONE_WORDS


#: Role cells that mean "nobody yet" (besides :data:`BLANK_MARKERS`); the table shows the first.
UNASSIGNED_WORDS = frozenset(_words("ikke fordelt|ufordelt|unassigned|not assigned"))


@lru_cache(maxsize=32)
def role_matcher(roles: tuple[Role, ...]) -> RoleMatcher:
    """A :class:`RoleMatcher` for a catalogue (cached: the table asks on every edit)."""
    return RoleMatcher(roles)


@lru_cache(maxsize=32)
def competence_matcher(
    competences: tuple[Competence, ...], courses: tuple[Course, ...] = ()
) -> CompetenceMatcher:
    return CompetenceMatcher(competences, courses)


def parse_shares(
    text: object,
    roles: Sequence[Role],
    field: str = "assignments",
    *,
    everyone: AllRoles | None = None,
    care_roles: Sequence[Role] = (),
) -> dict[int, float]:
    """Role id → share (%) from «HFA 70 %, SPL 30 %», «SPL/HFA», «sykepl. og helsefagarb.»;
    empty, «-», «ingen» or «ikke fordelt»: unassigned. Shares must sum to 100 %.

    «Alle» raises :class:`EveryoneError` unless ``everyone`` says what it means: split evenly
    among ``care_roles``, or leave the task unassigned.
    """
    raw = "" if text is None else str(text)
    value = normalise(raw)
    if value in UNASSIGNED_WORDS or value == normalise(unassigned_label()):
        return {}
    if value in _EVERYONE_WORDS:
        if everyone is AllRoles.UNASSIGNED:
            return {}
        if everyone is AllRoles.SPLIT:
            if not care_roles:
                raise TaskTextError(
                    _tr(
                        "«{text}»: avdelingen har ingen pleieroller med stillinger å fordele "
                        "på. Legg inn stillingene først, eller la oppgaven stå uten fordeling."
                    ).format(text=raw.strip()),
                    field,
                )
            share = 100.0 / len(care_roles)
            return {role.id: share for role in care_roles}
        raise EveryoneError(
            _tr(
                "«{text}» er ikke én yrkesgruppe. Velg «fordel likt på avdelingens pleieroller» "
                "eller «la stå uten fordeling» (--all-roles split|unassigned), eller skriv "
                "hvilke, f.eks. «SPL/HFA/ASS»."
            ).format(text=raw.strip()),
            field,
        )
    try:
        return dict(parse_roles(raw, role_matcher(tuple(roles))).shares)
    except TaskTextError as error:
        raise TaskTextError(error.message, field) from None


#: What the table shows for a task without shares (read back as unassigned).
UNASSIGNED_LABEL = QT_TRANSLATE_NOOP("TaskTableModel", "Ikke fordelt")


def unassigned_label() -> str:
    return translate("TaskTableModel", UNASSIGNED_LABEL)


def _share_number(value: float) -> str:
    """A share exactly (it must read back to the same and the shares to 100 %)."""
    return numbers.format_exact(round(value, 9))


def format_shares(shares: Mapping[int, float], roles: Mapping[int, Role]) -> str:
    """The one written form of shares: «SPL» (all of it), «SPL/HFA» (equal shares),
    «HFA 70 %, SPL 30 %» (largest first, then the catalogue's order); empty when unassigned."""

    def code(role_id: int) -> str:
        role = roles.get(role_id)
        return role.code if role is not None else f"#{role_id}"

    def order(item: tuple[int, float]) -> tuple[float, int, int]:
        role = roles.get(item[0])
        return (-round(item[1], 6), role.sort_order if role else 0, item[0])

    items = sorted(shares.items(), key=order)
    if not items:
        return ""
    values = [share for _, share in items]
    if max(values) - min(values) < 1e-6 and abs(sum(values) - 100.0) < 1e-6:
        return "/".join(code(role_id) for role_id, _ in items)
    return ", ".join(f"{code(role_id)} {_share_number(share)} %" for role_id, share in items)


def parse_competence_ids(
    text: object,
    competences: Sequence[Competence],
    field: str = "competence_ids",
    courses: Sequence[Course] = (),
) -> frozenset[int]:
    """Competence ids from codes, names or the words of :data:`COMPETENCE_ALIASES`; a part that
    names nothing known is refused (the import keeps such words in the notes instead)."""
    parsed = parse_competences(text, competence_matcher(tuple(competences), tuple(courses)))
    if parsed.unknown:
        raise TaskTextError(
            _tr("Ukjent kompetanse «{name}». Skriv koden, f.eks. «LM-INJ, SAR-ENKEL».").format(
                name=", ".join(parsed.unknown)
            ),
            field,
        )
    return parsed.competence_ids


def format_competences(ids: Iterable[int], competences: Mapping[int, Competence]) -> str:
    """Competence codes in alphabetical order: «LM-INJ, SAR-ENKEL»."""
    return ", ".join(sorted(competences[c].code if c in competences else f"#{c}" for c in ids))


def format_restriction(
    restriction: Restriction,
    min_level: int | None,
    allowed_role_ids: Iterable[int],
    roles: Mapping[int, Role],
) -> str:
    """Empty for none; «Autorisert helsepersonell»; «LEON-nivå ≥ 2»; «Bare SPL, VPL»."""
    if restriction is Restriction.NONE:
        return ""
    if restriction is Restriction.AUTHORISED:
        return labels.label(Restriction.AUTHORISED)
    if restriction is Restriction.MIN_LEVEL:
        return translate("CellText", "LEON-nivå ≥ {level}").format(
            level=min_level if min_level is not None else 0
        )
    ordered = sorted(
        (roles[i] for i in allowed_role_ids if i in roles), key=lambda r: (r.sort_order, r.code)
    )
    return translate("CellText", "Bare {roles}").format(roles=", ".join(r.code for r in ordered))


def parse_restriction(
    text: object, roles: Sequence[Role], field: str = "restriction"
) -> tuple[Restriction, int | None, frozenset[int]]:
    """(restriction, minimum level, allowed role ids) from what :func:`format_restriction`
    writes, the labels of :mod:`oppgave.domain.labels` followed by a level («Minste LEON-nivå
    2»), «autorisert», «nivå 2», «bare SPL, VPL», «ingen»."""
    cleaned = normalise("" if text is None else str(text))
    if cleaned in BLANK_MARKERS or labels.lookup(Restriction, cleaned) is Restriction.NONE:
        return Restriction.NONE, None, frozenset()
    if cleaned.startswith(("autoris", "authori")) or (
        labels.lookup(Restriction, cleaned) is Restriction.AUTHORISED
    ):
        return Restriction.AUTHORISED, None, frozenset()
    level = re.search(r"(?:nivå|niva|level|leon|≥|>=)\D*(\d)", cleaned) or re.fullmatch(
        r"(\d)\s*\+", cleaned
    )
    if level:
        return Restriction.MIN_LEVEL, int(level.group(1)), frozenset()
    if labels.lookup(Restriction, cleaned) is Restriction.MIN_LEVEL:
        raise TaskTextError(_tr("Hvilket LEON-nivå? Skriv f.eks. «LEON-nivå ≥ 2»."), field)
    listed = re.sub(r"^(?:bare|kun|only)\s+", "", cleaned)
    matcher = role_matcher(tuple(roles))
    role_ids: set[int] = set()
    for part in (p.strip() for p in re.split(r"[;,/]|\bog\b|\band\b", listed)):
        if not part:
            continue
        try:
            role_ids.add(matcher.match(part))
        except TaskTextError:
            raise TaskTextError(
                _tr(
                    "Forstår ikke «{text}». Skriv «autorisert», «LEON-nivå ≥ 2», «bare SPL, VPL» "
                    "eller la feltet stå tomt."
                ).format(text=part),
                field,
            ) from None
    if not role_ids:
        raise TaskTextError(_tr("Velg hvilke yrkesgrupper som kan gjøre oppgaven."), field)
    return Restriction.ROLES, None, frozenset(role_ids)


def format_staff(count: int) -> str:
    return str(int(count))


def format_choice(value: Enum) -> str:
    """A category, status … as the app shows it (its label)."""
    return labels.label(value)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """What cell text is read against: the workspace's roles, competences and shifts."""

    roles: tuple[Role, ...] = ()
    competences: tuple[Competence, ...] = ()
    shifts: tuple[ShiftDefinition, ...] = DEFAULT_SHIFTS


#: The task fields a cell can hold, by the key :func:`read_cell` takes.
CELL_FIELDS = (
    "category", "status", "frequency", "windows", "duration", "staff", "competences",
    "restriction", "risk", "delegation",
)  # fmt: skip


def parse_risk_level(text: object, field: str = "risk_level") -> RiskLevel:
    """«lav», «middels», «høy» (and the synonyms of :mod:`oppgave.domain.labels`)."""
    try:
        return labels.parse(RiskLevel, text, field)
    except ValidationError as error:
        raise TaskTextError(error.message, field) from None


def parse_delegation_rule(text: object, field: str = "delegation_rule") -> DelegationRule:
    """«kan overføres», «kan delegeres med veiledning», «beholdes» (and synonyms)."""
    try:
        return labels.parse(DelegationRule, text, field)
    except ValidationError as error:
        raise TaskTextError(error.message, field) from None


def read_cell(
    key: str, text: str, catalogue: Catalogue, windows: Sequence[TimeWindow] = ()
) -> dict[str, Any]:
    """The task fields one cell of the task table (typed or pasted) sets, from its text.

    ``key`` is one of :data:`CELL_FIELDS`; ``windows`` are the task's time windows (used by
    «kontinuerlig», which sets frequency, duration and windows together). Raises
    :class:`TaskTextError` with the reason. The Excel import reads the same way, cell by cell,
    through the same functions.
    """
    if key == "category":
        return {"category": parse_category(text)}
    if key == "status":
        return {"status": parse_status(text)}
    if key == "frequency":
        parsed = parse_frequency(text, shifts=catalogue.shifts)
        if parsed.continuous:
            frequency, minutes, stretch = resolve_continuous(parsed, windows, catalogue.shifts)
            return {"frequency": frequency, "duration_minutes": minutes, "windows": stretch}
        return {"frequency": parsed.frequency}
    if key == "windows":
        return {"windows": parse_times(text, catalogue.shifts)}
    if key == "duration":
        return {"duration_minutes": parse_duration(text).minutes}
    if key == "staff":
        return {"staff_count": parse_staff_count(text)}
    if key == "competences":
        return {"competence_ids": parse_competence_ids(text, catalogue.competences)}
    if key == "restriction":
        restriction, level, allowed = parse_restriction(text, catalogue.roles)
        return {
            "restriction": restriction,
            "restriction_min_level": level,
            "allowed_role_ids": allowed,
        }
    if key == "risk":
        return {"risk_level": parse_risk_level(text)}
    if key == "delegation":
        return {"delegation_rule": parse_delegation_rule(text)}
    raise KeyError(key)


def write_cell(key: str, task: Any, catalogue: Catalogue) -> str:
    """The one written form of a task field (what :func:`read_cell` reads back to the same)."""
    if key == "category":
        return labels.label(task.category)
    if key == "status":
        return labels.label(task.status)
    if key == "frequency":
        return describe_frequency(task.frequency)
    if key == "windows":
        return describe_windows(task.windows, catalogue.shifts)
    if key == "duration":
        return describe_duration(task.duration_minutes)
    if key == "staff":
        return format_staff(task.staff_count)
    if key == "competences":
        return format_competences(task.competence_ids, {c.id: c for c in catalogue.competences})
    if key == "restriction":
        return format_restriction(
            task.restriction,
            task.restriction_min_level,
            task.allowed_role_ids,
            {r.id: r for r in catalogue.roles},
        )
    if key == "risk":
        return labels.label(task.risk_level)
    if key == "delegation":
        return labels.label(task.delegation_rule)
    raise KeyError(key)


#: The translation context of the working-environment words (the exchange's word list).
_LABELS_CONTEXT = "Labels"

#: Working-environment flags as the sheets write them (``WorkFlag`` bits).
WORK_FLAG_LABELS: Mapping[WorkFlag, str] = {
    WorkFlag.HEAVY_LIFTING: QT_TRANSLATE_NOOP("Labels", "tunge løft"),
    WorkFlag.LONE_WORK: QT_TRANSLATE_NOOP("Labels", "alenearbeid"),
    WorkFlag.INFECTION_RISK: QT_TRANSLATE_NOOP("Labels", "smittefare"),
    WorkFlag.NIGHT_WORK: QT_TRANSLATE_NOOP("Labels", "nattarbeid"),
    WorkFlag.MENTAL_STRAIN: QT_TRANSLATE_NOOP("Labels", "psykisk belastning"),
}


def describe_work_flags(flags: int) -> str:
    """«tunge løft, nattarbeid»: the flags set, in the order of :data:`WORK_FLAG_LABELS`."""
    return ", ".join(
        translate(_LABELS_CONTEXT, text) for flag, text in WORK_FLAG_LABELS.items() if flags & flag
    )


def parse_work_flags(text: object) -> int:
    """The bit mask from what :func:`describe_work_flags` writes (either language)."""
    value = 0
    for part in normalise("" if text is None else str(text)).split(","):
        part = part.strip()
        if not part:
            continue
        for flag, norwegian in WORK_FLAG_LABELS.items():
            if part in (normalise(norwegian), normalise(translate(_LABELS_CONTEXT, norwegian))):
                value |= flag
                break
        else:
            raise TaskTextError(
                translate(_LABELS_CONTEXT, "Ukjent arbeidsmiljøforhold «{text}».").format(text=part)
            )
    return value
