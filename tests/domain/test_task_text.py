"""What people actually write in workshop sheets, and what it must be read as.

Table-driven: each row is a cell text and the value it must give, or the error it must give.
The round-trip properties check that what the app writes (describe_*) reads back exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oppgave.domain import task_text as ft
from oppgave.domain.default_catalogue import COMPETENCES, COURSES, ROLES
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    Category,
    FrequencyUnit,
    Shift,
    TaskStatus,
)
from oppgave.domain.enums import Weekday as W
from oppgave.domain.names import normalise_name
from oppgave.domain.records import Competence, Course, Frequency, Role, ShiftDefinition, TimeWindow
from oppgave.domain.task_text import TaskTextError

DAY, WEEK, MONTH, YEAR = (
    FrequencyUnit.DAY,
    FrequencyUnit.WEEK,
    FrequencyUnit.MONTH,
    FrequencyUnit.YEAR,
)

ROLE_RECORDS = [
    Role(i + 1, f"r{i}", spec.code, spec.name, spec.leon_level, spec.authorised, spec.hourly_cost)
    for i, spec in enumerate(ROLES)
]
ROLE_ID = {role.code: role.id for role in ROLE_RECORDS}
COMPETENCE_RECORDS = [
    Competence(i + 1, f"c{i}", spec.code, spec.name) for i, spec in enumerate(COMPETENCES)
]
COMPETENCE_ID = {c.code: c.id for c in COMPETENCE_RECORDS}
COURSE_RECORDS = [
    Course(i + 1, f"k{i}", spec.name, COMPETENCE_ID[spec.competence], spec.min_level, 1, 1)
    for i, spec in enumerate(COURSES)
]
ROLES_MATCHER = ft.RoleMatcher(ROLE_RECORDS)
COMPETENCE_MATCHER = ft.CompetenceMatcher(COMPETENCE_RECORDS, COURSE_RECORDS)

# --- frequency --------------------------------------------------------------------------------

FREQUENCIES = [
    # (text, count, unit, days, as_needed)
    ("2 ganger daglig", 2, DAY, ALL_DAYS, False),
    ("2 g daglig", 2, DAY, ALL_DAYS, False),
    ("2x daglig", 2, DAY, ALL_DAYS, False),
    ("x2 daglig", 2, DAY, ALL_DAYS, False),
    ("Daglig x2", 2, DAY, ALL_DAYS, False),
    ("2 ggr/dag", 2, DAY, ALL_DAYS, False),
    ("to ganger om dagen", 2, DAY, ALL_DAYS, False),
    ("4 ganger pr døgn", 4, DAY, ALL_DAYS, False),
    ("2 ganger i døgnet", 2, DAY, ALL_DAYS, False),
    ("daglig", 1, DAY, ALL_DAYS, False),
    ("Daglig.", 1, DAY, ALL_DAYS, False),
    ("hver dag", 1, DAY, ALL_DAYS, False),
    ("alle dager", 1, DAY, ALL_DAYS, False),
    ("hver morgen", 1, DAY, ALL_DAYS, False),
    ("Hver kveld", 1, DAY, ALL_DAYS, False),
    ("hver natt", 1, DAY, ALL_DAYS, False),
    ("morgen og kveld", 2, DAY, ALL_DAYS, False),
    ("Hver morgen, middag og kveld", 3, DAY, ALL_DAYS, False),
    ("2 ganger hver morgen", 2, DAY, ALL_DAYS, False),
    ("2 ganger daglig, morgen og kveld", 2, DAY, ALL_DAYS, False),
    ("hver vakt", 3, DAY, ALL_DAYS, False),
    ("x3 pr uke", 3, WEEK, ALL_DAYS, False),
    ("3 x pr. uke", 3, WEEK, ALL_DAYS, False),
    ("3 ganger i uka", 3, WEEK, ALL_DAYS, False),
    ("3 ganger i uken", 3, WEEK, ALL_DAYS, False),
    ("tre ganger i veka", 3, WEEK, ALL_DAYS, False),
    ("5 ggr pr uke", 5, WEEK, ALL_DAYS, False),
    ("3/uke", 3, WEEK, ALL_DAYS, False),
    ("1x/uke", 1, WEEK, ALL_DAYS, False),
    ("en gang i uka", 1, WEEK, ALL_DAYS, False),
    ("1,5 ganger i uka", 1.5, WEEK, ALL_DAYS, False),
    ("ukentlig", 1, WEEK, ALL_DAYS, False),
    ("ukentleg", 1, WEEK, ALL_DAYS, False),
    ("Hver uke", 1, WEEK, ALL_DAYS, False),
    ("annenhver dag", 0.5, DAY, ALL_DAYS, False),
    ("hver annen dag", 0.5, DAY, ALL_DAYS, False),
    ("annenhver uke", 0.5, WEEK, ALL_DAYS, False),
    ("hver 14. dag", 0.5, WEEK, ALL_DAYS, False),
    ("1 gang pr 14. dag", 0.5, WEEK, ALL_DAYS, False),
    ("hver 2. uke", 0.5, WEEK, ALL_DAYS, False),
    ("hver 3. dag", 1 / 3, DAY, ALL_DAYS, False),
    ("1 gang i måneden", 1, MONTH, ALL_DAYS, False),
    ("1 g/mnd", 1, MONTH, ALL_DAYS, False),
    ("2 ganger pr mnd", 2, MONTH, ALL_DAYS, False),
    ("månedlig", 1, MONTH, ALL_DAYS, False),
    ("hver 3. måned", 4, YEAR, ALL_DAYS, False),
    ("kvartalsvis", 4, YEAR, ALL_DAYS, False),
    ("halvårlig", 2, YEAR, ALL_DAYS, False),
    ("årlig", 1, YEAR, ALL_DAYS, False),
    ("1 gang i året", 1, YEAR, ALL_DAYS, False),
    ("hver time", 24, DAY, ALL_DAYS, False),
    ("hver 2. time", 12, DAY, ALL_DAYS, False),
    ("2 ganger i timen", 48, DAY, ALL_DAYS, False),
    ("hverdager", 1, DAY, WEEKDAYS, False),
    ("man-fre", 1, DAY, WEEKDAYS, False),
    ("mandag til fredag", 1, DAY, WEEKDAYS, False),
    ("daglig unntatt helg", 1, DAY, WEEKDAYS, False),
    ("daglig, ikke søndag", 1, DAY, ALL_DAYS & ~W.SUN, False),
    ("hver helg", 1, DAY, WEEKENDS, False),
    ("i helgene", 1, DAY, WEEKENDS, False),
    ("lørdag og søndag", 1, DAY, WEEKENDS, False),
    ("hver mandag", 1, DAY, W.MON, False),
    ("mandag og torsdag", 1, DAY, W.MON | W.THU, False),
    ("man, ons, fre", 1, DAY, W.MON | W.WED | W.FRI, False),
    ("2 ganger daglig på hverdager", 2, DAY, WEEKDAYS, False),
    ("3 ganger i uka (man, ons, fre)", 3, WEEK, W.MON | W.WED | W.FRI, False),
    ("kl 8 og 20", 2, DAY, ALL_DAYS, False),
    ("daglig kl 08 og 20", 2, DAY, ALL_DAYS, False),
    ("hver kveld kl 20", 1, DAY, ALL_DAYS, False),
    ("ved behov, ca 3 ganger i uka", 3, WEEK, ALL_DAYS, True),
    ("Ved behov (ca. 1 gang daglig)", 1, DAY, ALL_DAYS, True),
    ("etter behov, anslagsvis 2 i uka", 2, WEEK, ALL_DAYS, True),
    ("VB ca 2/uke", 2, WEEK, ALL_DAYS, True),
    ("ved innkomst, ca 2 i måneden", 2, MONTH, ALL_DAYS, True),
    ("ca. 4 ganger i uka", 4, WEEK, ALL_DAYS, False),
    ("2-3 ganger i uka", 2.5, WEEK, ALL_DAYS, False),
    ("2 til 3 ganger daglig", 2.5, DAY, ALL_DAYS, False),
    ("twice daily", 2, DAY, ALL_DAYS, False),
    ("once a week", 1, WEEK, ALL_DAYS, False),
    ("3 times a week", 3, WEEK, ALL_DAYS, False),
    ("every other day", 0.5, DAY, ALL_DAYS, False),
    ("daily", 1, DAY, ALL_DAYS, False),
    ("weekly", 1, WEEK, ALL_DAYS, False),
    ("as needed, ~3/week", 3, WEEK, ALL_DAYS, True),
    ("weekdays", 1, DAY, WEEKDAYS, False),
]


@pytest.mark.parametrize(("text", "count", "unit", "days", "as_needed"), FREQUENCIES)
def test_frequency(
    text: str, count: float, unit: FrequencyUnit, days: int, as_needed: bool
) -> None:
    parsed = ft.parse_frequency(text)
    assert parsed.frequency.count == pytest.approx(count)
    assert parsed.frequency.unit is unit
    assert parsed.frequency.days == days
    assert parsed.as_needed is as_needed


FREQUENCY_ERRORS = [
    ("", "mangler"),
    ("-", "mangler"),
    ("?", "ukjent"),
    ("ved behov", "anslag"),
    ("Ved behov.", "anslag"),
    ("ved innkomst", "anslag"),
    ("3", "per dag, uke"),
    ("3 ganger", "per dag, uke"),
    ("sjelden", "Forstår ikke"),
    ("av og til", "Forstår ikke"),
    ("et par ganger i uka", "Et par"),
    ("1 time", "tidsbruk"),
    ("0 ganger i uka", "mer enn 0"),
    ("3-2 ganger i uka", "baklengs"),
    ("hver helg unntatt lørdag og søndag", "Ingen dager"),
]


@pytest.mark.parametrize(("text", "fragment"), FREQUENCY_ERRORS)
def test_frequency_errors(text: str, fragment: str) -> None:
    with pytest.raises(TaskTextError) as caught:
        ft.parse_frequency(text)
    assert fragment.casefold() in caught.value.message.casefold()


def test_bare_count_uses_the_unit_from_the_header() -> None:
    assert ft.parse_frequency("3", default_unit=WEEK).frequency == Frequency(3, WEEK)
    assert ft.parse_frequency(2.0, default_unit=DAY).frequency == Frequency(2, DAY)


def test_ranges_and_estimates_are_marked() -> None:
    parsed = ft.parse_frequency("2-3 ganger i uka")
    assert parsed.estimated and "2,5" in parsed.note
    assert ft.parse_frequency("ca 3 ganger i uka").estimated
    assert not ft.parse_frequency("3 ganger i uka").estimated


def test_frequency_names_parts_of_the_day() -> None:
    parsed = ft.parse_frequency("morgen og kveld")
    assert [part.key for part in parsed.day_parts] == ["morning", "evening"]
    assert parsed.hint_windows() == (TimeWindow(420, 600), TimeWindow(900, 1380))
    assert ft.parse_frequency("kl 8 og 20").hint_windows() == (
        TimeWindow(480, 540),
        TimeWindow(1200, 1260),
    )
    assert ft.parse_frequency("3 ganger i uka").hint_windows() == ()


# --- duration ---------------------------------------------------------------------------------

DURATIONS = [
    ("15 min", 15),
    ("15 min.", 15),
    ("15m", 15),
    ("15 minutter", 15),
    ("ca. 20 minutter", 20),
    ("1,5 t", 90),
    ("1.5h", 90),
    ("1 time", 60),
    ("en time", 60),
    ("2 timer", 120),
    ("ca 1 time", 60),
    ("1 t 30 min", 90),
    ("1 t og 15 min", 75),
    ("1t30", 90),
    ("1:30", 90),
    ("et kvarter", 15),
    ("tre kvarter", 45),
    ("3 kvarter", 45),
    ("en halv time", 30),
    ("½ time", 30),
    ("halvannen time", 90),
    ("90 sek", 1.5),
    ("ti min", 10),
    ("20-30 min", 25),
    ("10 to 15 min", 12.5),
    ("15", 15),
    (15, 15),
    (7.5, 7.5),
    ("half an hour", 30),
    ("45 minutes", 45),
]


@pytest.mark.parametrize(("text", "minutes"), DURATIONS)
def test_duration(text: str, minutes: float) -> None:
    assert ft.parse_duration(text).minutes == pytest.approx(minutes)


def test_bare_duration_in_hours_when_the_header_says_so() -> None:
    assert ft.parse_duration("1,5", bare_unit="h").minutes == 90
    assert ft.parse_duration("20 min", bare_unit="h").minutes == 20


DURATION_ERRORS = [
    ("", "mangler"),
    ("?", "ukjent"),
    ("0", "mer enn 0"),
    ("25 timer", "mer enn et døgn"),
    ("2 døgn", "Forstår ikke"),
    ("5 min pr beboer", "per beboer"),
    ("litt", "Forstår ikke"),
    ("2 x 10 min", "Forstår ikke"),
]


@pytest.mark.parametrize(("text", "fragment"), DURATION_ERRORS)
def test_duration_errors(text: str, fragment: str) -> None:
    with pytest.raises(TaskTextError) as caught:
        ft.parse_duration(text)
    assert fragment.casefold() in caught.value.message.casefold()


# --- times of day -----------------------------------------------------------------------------


def _w(start: str, end: str) -> TimeWindow:
    def minute(text: str) -> int:
        hours, minutes = text.split(":")
        return int(hours) * 60 + int(minutes)

    return TimeWindow(minute(start), minute(end))


TIMES = [
    ("morgen", [_w("07:00", "10:00")]),
    ("Morgen", [_w("07:00", "10:00")]),
    ("formiddag", [_w("10:00", "12:00")]),
    ("dag", [_w("07:00", "15:00")]),
    ("dagvakt", [_w("07:00", "15:00")]),
    ("kveld", [_w("15:00", "23:00")]),
    ("Kveldsvakt", [_w("15:00", "23:00")]),
    ("natt", [_w("23:00", "07:00")]),
    ("kl 08", [_w("08:00", "09:00")]),
    ("kl. 08.00", [_w("08:00", "09:00")]),
    ("0800", [_w("08:00", "09:00")]),
    ("kl 23.30", [_w("23:30", "00:30")]),
    ("08:00-09:30", [_w("08:00", "09:30")]),
    ("08.00 - 09.00", [_w("08:00", "09:00")]),
    ("07:00–15:00", [_w("07:00", "15:00")]),
    ("8-10", [_w("08:00", "10:00")]),
    ("kl 14-15.30", [_w("14:00", "15:30")]),
    ("23-07", [_w("23:00", "07:00")]),
    ("kl 8 og 20", [_w("08:00", "09:00"), _w("20:00", "21:00")]),
    ("dag/kveld", [_w("07:00", "15:00"), _w("15:00", "23:00")]),
    ("D/K/N", [_w("07:00", "15:00"), _w("15:00", "23:00"), _w("23:00", "07:00")]),
    ("morgen og kveld", [_w("07:00", "10:00"), _w("15:00", "23:00")]),
    ("morning and evening", [_w("07:00", "10:00"), _w("15:00", "23:00")]),
    ("hele døgnet", [TimeWindow(0, 0)]),
    ("frokost", [_w("08:00", "09:30")]),
    ("-", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "windows"), TIMES)
def test_times(text: str, windows: list[TimeWindow]) -> None:
    assert list(ft.parse_times(text)) == windows


def test_shift_words_follow_the_workspace_shifts() -> None:
    shifts = (
        ShiftDefinition(Shift.DAY, 8 * 60, 16 * 60),
        ShiftDefinition(Shift.EVENING, 16 * 60, 22 * 60),
        ShiftDefinition(Shift.NIGHT, 22 * 60, 8 * 60),
    )
    assert ft.parse_times("kveld", shifts) == (_w("16:00", "22:00"),)


@pytest.mark.parametrize("text", ["kl 24", "ved behov", "tidlig", "25:00", "kl 8:75"])
def test_time_errors(text: str) -> None:
    with pytest.raises(TaskTextError, match="tidspunktet|gyldig klokkeslett"):
        ft.parse_times(text)


# --- roles ------------------------------------------------------------------------------------

ROLE_CASES = [
    ("SPL", {"SPL": 100}),
    ("spl", {"SPL": 100}),
    ("Sykepleier", {"SPL": 100}),
    ("sykepl.", {"SPL": 100}),
    ("SPL/HFA", {"SPL": 50, "HFA": 50}),
    ("SPL / HFA", {"SPL": 50, "HFA": 50}),
    ("SPL+HFA", {"SPL": 50, "HFA": 50}),
    ("SPL, HFA, ASS", {"SPL": 100 / 3, "HFA": 100 / 3, "ASS": 100 / 3}),
    ("sykepl. og helsefagarb.", {"SPL": 50, "HFA": 50}),
    ("Sykepleier eller vernepleier", {"SPL": 50, "VPL": 50}),
    ("ass.", {"ASS": 100}),
    ("Assistent", {"ASS": 100}),
    ("ufaglært", {"ASS": 100}),
    ("helsefagarb.", {"HFA": 100}),
    ("hj.pl", {"HFA": 100}),
    ("hjelpepleier/assistent", {"HFA": 50, "ASS": 50}),
    ("VPL", {"VPL": 100}),
    ("vernepl.", {"VPL": 100}),
    ("spes.spl", {"SSP": 100}),
    ("Ergoterapeut / fysioterapeut", {"ERF": 100}),
    ("ergo/fysio", {"ERF": 100}),
    ("fysio", {"ERF": 100}),
    ("Lærling", {"LRL": 100}),
    ("elev", {"LRL": 100}),
    ("aktivitør", {"MIL": 100}),
    ("renholder", {"SRV": 100}),
    ("nurse", {"SPL": 100}),
    ("HFA 70 %, ASS 30 %", {"HFA": 70, "ASS": 30}),
    ("70 % SPL / 30 % HFA", {"SPL": 70, "HFA": 30}),
    ("SPL (70%), HFA", {"SPL": 70, "HFA": 30}),
    ("SPL: 25 %, HFA, ASS", {"SPL": 25, "HFA": 37.5, "ASS": 37.5}),
    ("HFA/HFA", {"HFA": 100}),
    ("-", {}),
    ("ingen", {}),
    ("", {}),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_CASES)
def test_roles(text: str, expected: dict[str, float]) -> None:
    shares = ft.parse_roles(text, ROLES_MATCHER).shares
    assert {code: pytest.approx(share) for code, share in expected.items()} == {
        ROLES_MATCHER.code(role_id): share for role_id, share in shares.items()
    }
    if shares:
        assert sum(shares.values()) == pytest.approx(100)


def test_role_remarks_in_parentheses_are_kept() -> None:
    parsed = ft.parse_roles("HFA (med kurs)", ROLES_MATCHER)
    assert parsed.shares == {ROLE_ID["HFA"]: 100.0}
    assert parsed.remarks == ("med kurs",)


ROLE_ERRORS = [
    ("alle", "ikke en yrkesgruppe"),
    ("Alle ansatte", "ikke en yrkesgruppe"),
    ("lege", "Ukjent yrkesgruppe"),
    ("avdelingsleder", "Ukjent yrkesgruppe"),
    ("HFA 2", "summerer til 2 %"),
    ("spl 50%, hfa 60%", "110 %"),
    ("SPL 100 %, HFA", "ingenting igjen"),
    ("?", "ukjent"),
    ("sp/xyz", "Ukjent yrkesgruppe «xyz»"),
]


@pytest.mark.parametrize(("text", "fragment"), ROLE_ERRORS)
def test_role_errors(text: str, fragment: str) -> None:
    with pytest.raises(TaskTextError) as caught:
        ft.parse_roles(text, ROLES_MATCHER)
    assert fragment.casefold() in caught.value.message.casefold()


def test_ambiguous_role_prefix_names_the_candidates() -> None:
    roles = [
        Role(1, "a", "SPL", "Sykepleier", 2, True, 500),
        Role(2, "b", "SYKA", "Sykehjemsassistent", 0, False, 380),
    ]
    with pytest.raises(TaskTextError, match="flere yrkesgrupper"):
        ft.parse_roles("syke", ft.RoleMatcher(roles))


def test_aliases_only_for_roles_the_workspace_has() -> None:
    matcher = ft.RoleMatcher([Role(1, "a", "SPL", "Sykepleier", 2, True, 500)])
    with pytest.raises(TaskTextError):
        ft.parse_roles("HFA", matcher)


# --- competences, categories, status, staff ---------------------------------------------------

COMPETENCE_CASES = [
    ("LM-MULTI", {"LM-MULTI"}, ()),
    ("Legemidler: insulin", {"LM-INSULIN"}, ()),
    ("insulin og sårstell", {"LM-INSULIN", "SAR-ENKEL"}, ()),
    ("komplekst sårstell", {"SAR-KOMPL"}, ()),
    ("Forflytningskurs", {"FORFLYT"}, ()),
    ("NEWS2, palliasjon", {"OBS", "PALL"}, ()),
    ("Demensomsorgens ABC", {"DEMENS"}, ()),
    ("medisiner / multidose", {"LM-MULTI"}, ()),
    ("Kurs i kommunikasjon", set(), ("Kurs i kommunikasjon",)),
    ("sonde, tegnspråk", {"SONDE"}, ("tegnspråk",)),
    ("-", set(), ()),
]


@pytest.mark.parametrize(("text", "codes", "unknown"), COMPETENCE_CASES)
def test_competences(text: str, codes: set[str], unknown: tuple[str, ...]) -> None:
    parsed = ft.parse_competences(text, COMPETENCE_MATCHER)
    assert parsed.competence_ids == frozenset(COMPETENCE_ID[c] for c in codes)
    assert parsed.unknown == unknown


def test_a_course_name_gives_its_competence() -> None:
    parsed = ft.parse_competences("Palliasjonens ABC", COMPETENCE_MATCHER)
    assert parsed.competence_ids == {COMPETENCE_ID["PALL"]}
    assert parsed.courses == ("Palliasjonens ABC",)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Direkte pasientarbeid", Category.DIRECT),
        ("direkte", Category.DIRECT),
        ("indirekte", Category.INDIRECT),
        ("Administrativ", Category.ADMINISTRATIVE),
        ("adm", Category.ADMINISTRATIVE),
        ("praktisk/service", Category.PRACTICAL),
        ("Praktiske oppgaver", Category.PRACTICAL),
        ("fagutvikling", Category.DEVELOPMENT),
        ("development", Category.DEVELOPMENT),
        ("practical", Category.PRACTICAL),
    ],
)
def test_category(text: str, category: Category) -> None:
    assert ft.parse_category(text) is category


def test_unknown_category() -> None:
    with pytest.raises(TaskTextError, match="gyldig valg"):
        ft.parse_category("diverse")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("kartlagt", TaskStatus.MAPPED),
        ("Diskutert", TaskStatus.DISCUSSED),
        ("enig", TaskStatus.AGREED),
    ],
)
def test_status(text: str, status: TaskStatus) -> None:
    assert ft.parse_status(text) is status


@pytest.mark.parametrize(("text", "count"), [("2", 2), ("2 personer", 2), ("to", 2), (1.0, 1)])
def test_staff_count(text: object, count: int) -> None:
    assert ft.parse_staff_count(text) == count


@pytest.mark.parametrize("text", ["0", "21", "1-2", "1,5", "mange"])
def test_staff_count_errors(text: str) -> None:
    with pytest.raises(TaskTextError, match="Antall personer"):
        ft.parse_staff_count(text)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("", ALL_DAYS),
        ("hverdager", WEEKDAYS),
        ("helg", WEEKENDS),
        ("man, ons, fre", W.MON | W.WED | W.FRI),
        ("tir-tor", W.TUE | W.WED | W.THU),
        ("fre-man", W.FRI | W.SAT | W.SUN | W.MON),
    ],
)
def test_days(text: str, days: int) -> None:
    assert ft.parse_days(text) == days


def test_days_error() -> None:
    with pytest.raises(TaskTextError, match="dagene"):
        ft.parse_days("noen dager")


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Morgenstell", "morgenstell"),
        ("Morgenstell.", "Morgenstell"),
        ("  Morgen\u00a0stell ", "morgen stell"),
        ("«Tilsyn»", "tilsyn"),
        ("Stell - ", "Stell"),
    ],
)
def test_names_that_are_the_same(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_names_that_differ() -> None:
    assert normalise_name("Stell (morgen)") != normalise_name("Stell morgen")


# --- what the app writes reads back exactly ---------------------------------------------------

counts = st.one_of(
    st.integers(min_value=1, max_value=500).map(float),
    st.decimals(min_value="0.01", max_value="500", places=2).map(float),
    st.floats(min_value=0.001, max_value=1000, allow_nan=False, allow_infinity=False),
)


@given(counts, st.sampled_from(list(FrequencyUnit)), st.integers(min_value=1, max_value=ALL_DAYS))
def test_described_frequency_reads_back(count: float, unit: FrequencyUnit, days: int) -> None:
    frequency = Frequency(count, unit, days)
    assert ft.parse_frequency(ft.describe_frequency(frequency)).frequency == frequency


@given(st.floats(min_value=0.01, max_value=1440, allow_nan=False))
def test_described_duration_reads_back(minutes: float) -> None:
    assert ft.parse_duration(ft.describe_duration(minutes)).minutes == pytest.approx(minutes)


windows = st.builds(
    TimeWindow, st.integers(min_value=0, max_value=1439), st.integers(min_value=0, max_value=1440)
)


@given(st.lists(windows, min_size=1, max_size=4))
def test_described_windows_read_back(items: list[TimeWindow]) -> None:
    expected = tuple(sorted(set(items)))
    assert ft.parse_times(ft.describe_windows(expected)) == expected


@given(
    st.dictionaries(
        st.sampled_from([role.id for role in ROLE_RECORDS]),
        st.integers(min_value=1, max_value=50),
        min_size=1,
        max_size=4,
    )
)
def test_described_shares_read_back(weights: dict[int, int]) -> None:
    total = sum(weights.values())
    shares = {role_id: weight * 100 / total for role_id, weight in weights.items()}
    parsed = ft.parse_roles(ft.describe_shares(shares, ROLES_MATCHER), ROLES_MATCHER).shares
    assert parsed.keys() == shares.keys()
    for role_id, share in shares.items():
        assert parsed[role_id] == pytest.approx(share, abs=1e-9)


@given(st.integers(min_value=1, max_value=ALL_DAYS))
def test_described_days_read_back(days: int) -> None:
    assert ft.parse_days(ft.describe_days(days)) == days
