"""The text forms of task fields: parse what people type, refuse what is wrong, round-trip."""

from __future__ import annotations

import pytest

from oppgave.domain import cell_text as ct
from oppgave.domain.enums import ALL_DAYS, WEEKDAYS, WEEKENDS, Category, FrequencyUnit, Restriction
from oppgave.domain.records import DEFAULT_SHIFTS, Competence, Frequency, Role, TimeWindow
from oppgave.errors import ValidationError

ROLES = [
    Role(1, "u1", "ASS", "Assistent (ufaglært)", 0, False, 380.0, sort_order=0),
    Role(2, "u2", "HFA", "Helsefagarbeider", 1, True, 440.0, sort_order=1),
    Role(3, "u3", "SPL", "Sykepleier", 2, True, 520.0, sort_order=2),
]
ROLE_MAP = {role.id: role for role in ROLES}
COMPETENCES = [
    Competence(1, "c1", "LM-INJ", "Legemidler: injeksjoner"),
    Competence(2, "c2", "SAR-ENKEL", "Sårstell, enkelt"),
    Competence(3, "c3", "STELL", "Personlig stell og pleie"),
]


# --- shares -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HFA 70 %, SPL 30 %", {2: 70.0, 3: 30.0}),
        ("hfa 70, spl 30", {2: 70.0, 3: 30.0}),
        ("70 % HFA; 30 % SPL", {2: 70.0, 3: 30.0}),
        ("SPL", {3: 100.0}),
        ("Sykepleier", {3: 100.0}),
        ("HFA 70 %, SPL", {2: 70.0, 3: 30.0}),
        ("HFA 33,3 %, SPL 66,7 %", {2: 33.3, 3: 66.7}),
        ("", {}),
    ],
)
def test_parse_shares(text: str, expected: dict[int, float]) -> None:
    assert ct.parse_shares(text, ROLES) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("HFA 70 %, SPL 20 %", "100 %"),
        ("XYZ 100", "Ukjent yrkesgruppe"),
        ("HFA 50, HFA 50", "mer enn én gang"),
        ("HFA 120", "mellom 0 og 100"),
        ("HFA, SPL", "Oppgi andel"),
        ("HFA 100, SPL", "Ingenting igjen"),
    ],
)
def test_parse_shares_refuses(text: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        ct.parse_shares(text, ROLES)


def test_format_shares_largest_first_and_round_trips() -> None:
    text = ct.format_shares({3: 30.0, 2: 70.0}, ROLE_MAP)
    assert text == "HFA 70 %, SPL 30 %"
    assert ct.parse_shares(text, ROLES) == {2: 70.0, 3: 30.0}


# --- frequency --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 per dag (man–fre)", Frequency(2, FrequencyUnit.DAY, WEEKDAYS)),
        ("2/dag hverdager", Frequency(2, FrequencyUnit.DAY, WEEKDAYS)),
        ("hver dag", Frequency(1, FrequencyUnit.DAY, ALL_DAYS)),
        ("ukentlig", Frequency(1, FrequencyUnit.WEEK, ALL_DAYS)),
        ("2 ganger i uka", Frequency(2, FrequencyUnit.WEEK, ALL_DAYS)),
        ("3 x dag helg", Frequency(3, FrequencyUnit.DAY, WEEKENDS)),
        ("1 per uke (man, ons, fre)", Frequency(1, FrequencyUnit.WEEK, 1 | 4 | 16)),
        ("0,5 per måned", Frequency(0.5, FrequencyUnit.MONTH, ALL_DAYS)),
        ("4 per år", Frequency(4, FrequencyUnit.YEAR, ALL_DAYS)),
        ("twice a day on weekdays", Frequency(2, FrequencyUnit.DAY, WEEKDAYS)),
        ("1 per day (Sat-Sun)", Frequency(1, FrequencyUnit.DAY, WEEKENDS)),
        ("1 per dag fre-man", Frequency(1, FrequencyUnit.DAY, 16 | 32 | 64 | 1)),
    ],
)
def test_parse_frequency(text: str, expected: Frequency) -> None:
    assert ct.parse_frequency(text) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "2 per blah", "2 3 per dag", "2 per dag (man-)", "0 per dag", "2 ganger"]
)
def test_parse_frequency_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        ct.parse_frequency(text)


@pytest.mark.parametrize(
    "frequency",
    [
        Frequency(2, FrequencyUnit.DAY, WEEKDAYS),
        Frequency(1, FrequencyUnit.WEEK, ALL_DAYS),
        Frequency(1.5, FrequencyUnit.MONTH, 1 | 4),
        Frequency(12, FrequencyUnit.YEAR, WEEKENDS),
    ],
)
def test_frequency_round_trip(frequency: Frequency) -> None:
    assert ct.parse_frequency(ct.format_frequency(frequency)) == frequency


def test_format_frequency_text() -> None:
    assert ct.format_frequency(Frequency(2, FrequencyUnit.DAY, WEEKDAYS)) == "2 per dag (man–fre)"
    assert ct.format_frequency(Frequency(1, FrequencyUnit.WEEK, ALL_DAYS)) == "1 per uke"


# --- windows ----------------------------------------------------------------------------------


def test_parse_windows_times_and_shifts() -> None:
    assert ct.parse_windows("07:00–09:00, 15:00-16:00") == (
        TimeWindow(420, 540),
        TimeWindow(900, 960),
    )
    assert ct.parse_windows("7-9") == (TimeWindow(420, 540),)
    assert ct.parse_windows("0700-0930") == (TimeWindow(420, 570),)
    day, evening, night = (d.window for d in DEFAULT_SHIFTS)
    assert ct.parse_windows("dag, kveld") == (day, evening)
    assert ct.parse_windows("natt") == (night,)
    assert ct.parse_windows("") == ()


@pytest.mark.parametrize("text", ["25-26", "07:70-08:00", "7", "morgen", "24:00-08:00"])
def test_parse_windows_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        ct.parse_windows(text)


def test_format_windows_names_whole_shifts() -> None:
    day = DEFAULT_SHIFTS[0].window
    assert ct.format_windows((TimeWindow(420, 540), day)) == "07:00–09:00, dag"


# --- duration, staff, competences, restriction, choices --------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("15", 15), ("15 min", 15), ("1,5 t", 90), ("1:30", 90), ("1 t 30 min", 90), ("2 hours", 120)],
)
def test_parse_duration(text: str, minutes: float) -> None:
    assert ct.parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["", "0", "abc", "25 t", "-5"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValidationError):
        ct.parse_duration(text)


def test_parse_staff() -> None:
    assert ct.parse_staff("2") == 2
    assert ct.parse_staff(" 3 stk ") == 3
    for bad in ("0", "to", "1,5"):
        with pytest.raises(ValidationError):
            ct.parse_staff(bad)


def test_competences_codes_and_names_with_commas() -> None:
    assert ct.parse_competences("LM-INJ, Sårstell, enkelt", COMPETENCES) == frozenset({1, 2})
    assert ct.parse_competences("stell; lm-inj", COMPETENCES) == frozenset({1, 3})
    assert ct.format_competences({2, 1}, {c.id: c for c in COMPETENCES}) == "LM-INJ, SAR-ENKEL"
    with pytest.raises(ValidationError, match="Ukjent kompetanse"):
        ct.parse_competences("LM-INJ, SONDE", COMPETENCES)


def test_restriction_forms() -> None:
    assert ct.parse_restriction("", ROLES) == (Restriction.NONE, None, frozenset())
    assert ct.parse_restriction("autorisert", ROLES)[0] is Restriction.AUTHORISED
    assert ct.parse_restriction("nivå 2", ROLES) == (Restriction.MIN_LEVEL, 2, frozenset())
    assert ct.parse_restriction("LEON-nivå ≥ 1", ROLES) == (Restriction.MIN_LEVEL, 1, frozenset())
    assert ct.parse_restriction("bare SPL, HFA", ROLES) == (
        Restriction.ROLES,
        None,
        frozenset({2, 3}),
    )
    text = ct.format_restriction(Restriction.ROLES, None, {3, 2}, ROLE_MAP)
    assert text == "Bare HFA, SPL"
    assert ct.parse_restriction(text, ROLES)[2] == frozenset({2, 3})
    with pytest.raises(ValidationError):
        ct.parse_restriction("bare XYZ", ROLES)


def test_parse_choice_by_label_value_and_prefix() -> None:
    assert ct.parse_choice("Direkte pasientarbeid", Category) is Category.DIRECT
    assert ct.parse_choice("administrative", Category) is Category.ADMINISTRATIVE
    assert ct.parse_choice("fag", Category) is Category.DEVELOPMENT
    with pytest.raises(ValidationError):
        ct.parse_choice("d", Category)  # direkte, development: not unique
    with pytest.raises(ValidationError):
        ct.parse_choice("", Category)


def test_numbers() -> None:
    assert ct.format_number(1.5) == "1,5"
    assert ct.format_number(2.0) == "2"
    assert ct.parse_number("1,25") == 1.25
    with pytest.raises(ValidationError):
        ct.parse_number("1,2,3")


def test_whole_day_windows() -> None:
    assert ct.parse_windows("hele døgnet") == (TimeWindow(0, 0),)
    assert ct.parse_windows("00:00-00:00") == (TimeWindow(0, 0),)
    assert ct.parse_windows("00:00-24:00") == (TimeWindow(0, 0),)
    assert ct.format_windows((TimeWindow(0, 0),)) == "hele døgnet"
    assert ct.parse_windows("08:00-08:00")[0].length_minutes == 24 * 60
