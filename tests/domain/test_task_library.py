"""The built-in task library: every file loads, is consistent with the default catalogue and
the domain's rules, and describes a plausible department; malformed files are refused clearly.

The content checks compute everything from the files, so editing a library can make them fail;
the loader checks use small documents written to a temporary folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from oppgave.analysis.eligibility import SUPPORT_ROLE_CATEGORIES
from oppgave.domain.default_catalogue import COMPETENCES, COURSES, ROLES, RoleSpec
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
    Shift,
    Weekday,
    WorkFlag,
)
from oppgave.domain.records import (
    DEFAULT_SHIFTS,
    MINUTES_PER_DAY,
    Settings,
    TimeWindow,
    count_days,
)
from oppgave.domain.task_library import (
    LibraryTask,
    TaskLibrary,
    TaskLibraryError,
    available_service_types,
    load_library,
    load_library_file,
    parse_window,
)

ROLE_BY_CODE: dict[str, RoleSpec] = {role.code: role for role in ROLES}
COMPETENCE_CODES = frozenset(competence.code for competence in COMPETENCES)
LIBRARY_TYPES = tuple(st for st in ServiceType if st is not ServiceType.OTHER)
NURSE_CODES = ("SPL", "SSP")
AUTHORISED_BY_PROCEDURE = {
    "Sårstell enkelt",
    "Palliativ pleie",
    "Palliativ pleie i hjemmet",
    "Pårørendesamtale",
    "Tiltaksplaner og pleieplan",
    "Tiltaksplaner og oppfølging av vedtak",
    "Fagutvikling og prosedyrer",
    "Ressurssykepleiere og fagutvikling",
    "Veiledning av lærling",
    "Opplæring av nyansatte og vikarer",
}

# Plausible mapped hours per resident (per user in home care) per week, at typical_residents.
# With 35.5 h per FTE and 15 % allowances (absence and training, the default settings) one FTE
# in a position gives about 30 mapped hours a week, so the bands below read as FTE per resident:
# - long_term 30–55 h ≈ 1.0–1.8 FTE per resident: Norwegian long-term wards run at about one
#   care FTE per bed, more with many residents who need two carers, plus cleaning, kitchen,
#   activity and administration, which the library also maps. For 24 residents: 720–1320 h.
# - short_term and rehabilitation 35–65 h ≈ 1.2–2.2 FTE: short stays mean admissions,
#   discharges, medical follow-up and (in rehabilitation) daily therapy on top of care.
# - dementia 35–65 h: small screened units (8–12 residents) need at least two or three
#   staff present day and evening and one awake at night, whatever the number of residents.
# - sheltered_housing 15–40 h: residents live in their own flats and are more independent,
#   but the house is staffed around the clock.
# - home_care 5–15 h per user: users range from one visit a week to several visits a day;
#   the band includes driving between users and the office work of a home-care zone.
HOURS_PER_RESIDENT_BAND: dict[ServiceType, tuple[float, float]] = {
    ServiceType.LONG_TERM: (30.0, 55.0),
    ServiceType.SHORT_TERM: (35.0, 65.0),
    ServiceType.REHABILITATION: (35.0, 65.0),
    ServiceType.DEMENTIA: (35.0, 65.0),
    ServiceType.SHELTERED_HOUSING: (15.0, 40.0),
    ServiceType.HOME_CARE: (5.0, 15.0),
}


def _course_min_levels() -> dict[str, int]:
    levels: dict[str, int] = {}
    for course in COURSES:
        levels[course.competence] = min(levels.get(course.competence, 99), course.min_level)
    return levels


COURSE_MIN_LEVEL = _course_min_levels()


@pytest.fixture(params=LIBRARY_TYPES, ids=[st.value for st in LIBRARY_TYPES])
def library(request: pytest.FixtureRequest) -> TaskLibrary:
    service_type: ServiceType = request.param
    return load_library(service_type)


def _role(code: str) -> RoleSpec:
    assert code in ROLE_BY_CODE, f"unknown role code {code!r}"
    return ROLE_BY_CODE[code]


def _allows(task: LibraryTask, code: str) -> bool:
    role = _role(code)
    return task.allows(code, role.leon_level, role.authorised)


def _can_get(role: RoleSpec, competence: str) -> bool:
    """The role has the competence by education, or a course gives it at the role's level."""
    return competence in role.competences or COURSE_MIN_LEVEL.get(competence, 99) <= (
        role.leon_level
    )


def _shift_minutes(window: TimeWindow) -> dict[Shift, int]:
    minutes = dict.fromkeys(Shift, 0)
    for offset in range(window.length_minutes):
        minute = (window.start_minute + offset) % MINUTES_PER_DAY
        for definition in DEFAULT_SHIFTS:
            shift_window = definition.window
            if (minute - shift_window.start_minute) % MINUTES_PER_DAY < (
                shift_window.length_minutes
            ):
                minutes[definition.shift] += 1
                break
    return minutes


def _shift_shares(task: LibraryTask) -> dict[Shift, float]:
    """How a task's time spreads over the default shifts; no windows means the day shift."""
    if not task.windows:
        return {Shift.DAY: 1.0, Shift.EVENING: 0.0, Shift.NIGHT: 0.0}
    totals = dict.fromkeys(Shift, 0)
    for window in task.windows:
        for shift, minutes in _shift_minutes(window).items():
            totals[shift] += minutes
    all_minutes = sum(totals.values())
    return {shift: minutes / all_minutes for shift, minutes in totals.items()}


def _weekend_share(task: LibraryTask) -> float:
    """Share of a task's occurrences that fall on Saturday or Sunday."""
    return count_days(task.days & WEEKENDS) / count_days(task.days)


def _role_hours(lib: TaskLibrary, which: Callable[[LibraryTask], Any]) -> dict[str, float]:
    hours: dict[str, float] = {}
    for task in lib.tasks:
        task_hours = task.hours_per_week(lib.typical_residents)
        for code, share in which(task).items():
            hours[code] = hours.get(code, 0.0) + task_hours * share / 100.0
    return hours


# --- the shipped libraries -----------------------------------------------------------------


def test_every_service_type_but_other_has_a_library() -> None:
    assert available_service_types() == LIBRARY_TYPES
    with pytest.raises(ValueError, match="other"):
        load_library(ServiceType.OTHER)
    with pytest.raises(ValueError, match="unknown service type"):
        load_library("hospital")


def test_library_matches_its_file(library: TaskLibrary) -> None:
    assert library.source == f"{library.service_type.value}.json"
    assert library.label.strip()
    assert library.typical_residents >= 1
    assert load_library(library.service_type.value) is library  # cached, and str is accepted


def test_library_size_and_categories(library: TaskLibrary) -> None:
    assert 45 <= len(library.tasks) <= 60, f"{len(library.tasks)} tasks"
    assert {task.category for task in library.tasks} == set(Category)


def test_names_unique_and_descriptions_are_one_sentence(library: TaskLibrary) -> None:
    names = [task.name.casefold() for task in library.tasks]
    assert len(names) == len(set(names))
    for task in library.tasks:
        assert len(task.name) <= 45, task.name
        text = task.description
        assert text[0].isupper() and text.endswith("."), task.name
        assert ". " not in text and "? " not in text and "! " not in text, task.name


def test_codes_exist_in_default_catalogue(library: TaskLibrary) -> None:
    for task in library.tasks:
        assert set(task.competences) <= COMPETENCE_CODES, task.name
        assert set(task.restriction_roles) <= set(ROLE_BY_CODE), task.name
        assert set(task.today) <= set(ROLE_BY_CODE), task.name
        assert set(task.proposal or {}) <= set(ROLE_BY_CODE), task.name


def test_shares_sum_to_100(library: TaskLibrary) -> None:
    for task in library.tasks:
        for shares in (task.today, task.proposal):
            if shares is None:
                continue
            assert sum(shares.values()) == pytest.approx(100.0), task.name
            assert all(share > 0 for share in shares.values()), task.name


def test_today_and_proposal_respect_restrictions(library: TaskLibrary) -> None:
    # Today may break competence rules (that is reality), but never a restriction.
    for task in library.tasks:
        for code in list(task.today) + list(task.proposal or {}):
            assert _allows(task, code), f"{task.name}: {code} breaks {task.restriction}"


def test_proposal_gives_support_roles_only_practical_and_administrative_work(
    library: TaskLibrary,
) -> None:
    # Support roles (default settings: MRK, SRV) may not do patient work in a proposal; the demo
    # and "Legg til typiske oppgaver" write these proposals through the services, which refuse.
    # Today may break it (that is reality).
    support = set(Settings().support_role_codes)
    for task in library.tasks:
        if task.category in SUPPORT_ROLE_CATEGORIES:
            continue
        assert not support & set(task.proposal or {}), task.name


def test_proposal_roles_have_or_can_get_every_competence(library: TaskLibrary) -> None:
    for task in library.tasks:
        for code in task.proposal or {}:
            role = _role(code)
            missing = [c for c in task.competences if not _can_get(role, c)]
            assert not missing, f"{task.name}: {code} cannot get {missing}"


def test_restrictions_are_used_where_practice_demands(library: TaskLibrary) -> None:
    for task in library.tasks:
        if any(code.startswith("LM-") for code in task.competences):
            # Medicine handling is for authorised personnel only (legemiddelhåndtering).
            assert task.restriction is not Restriction.NONE, task.name
            assert not _allows(task, "ASS") and not _allows(task, "MIL"), task.name
        if "LM-OPIOID" in task.competences and task.category is Category.DIRECT:
            assert not _allows(task, "HFA"), task.name
        if task.name in AUTHORISED_BY_PROCEDURE:
            # Responsibility for care plans, family meetings, palliative care, wound care,
            # professional development and supervising apprentices and new staff: authorised
            # personnel only (local procedure), so neither an unskilled assistant with a level-0
            # course nor a miljøarbeider with a level-1 course is proposed for them.
            assert not _allows(task, "ASS") and not _allows(task, "MIL"), task.name
    restricted = [t for t in library.tasks if t.restriction is not Restriction.NONE]
    assert len(restricted) >= 5


def test_proposal_frees_nurses_and_costs_less(library: TaskLibrary) -> None:
    today = _role_hours(library, lambda task: task.today)
    proposal = _role_hours(library, lambda task: task.proposal or task.today)
    assert sum(today.values()) == pytest.approx(sum(proposal.values()))
    nurses_today = sum(today.get(code, 0.0) for code in NURSE_CODES)
    nurses_proposal = sum(proposal.get(code, 0.0) for code in NURSE_CODES)
    assert nurses_proposal < 0.85 * nurses_today

    def cost(hours: dict[str, float]) -> float:
        return sum(h * ROLE_BY_CODE[code].hourly_cost for code, h in hours.items())

    assert cost(proposal) < cost(today)
    with_proposal = [task for task in library.tasks if task.proposal is not None]
    assert len(with_proposal) >= len(library.tasks) // 2


#: The LEON level high-risk tasks never go below in a proposal, by default (docs/analyse.md).
HIGH_RISK_FLOOR = 2

#: Tasks whose Calderdale classification is settled practice (risk, delegation).
KNOWN_CLASSES: dict[str, tuple[RiskLevel, DelegationRule]] = {
    "Insulin og blodsukkermåling": (RiskLevel.HIGH, DelegationRule.DELEGATE),
    "Injeksjoner": (RiskLevel.HIGH, DelegationRule.DELEGATE),
    "Smertebehandling med opioider": (RiskLevel.HIGH, DelegationRule.KEEP),
    "Intravenøs behandling": (RiskLevel.HIGH, DelegationRule.KEEP),
    "Ansvarsvakt og koordinering": (RiskLevel.HIGH, DelegationRule.KEEP),
    "Sårstell komplekst": (RiskLevel.HIGH, DelegationRule.KEEP),
    "Sårstell enkelt": (RiskLevel.MEDIUM, DelegationRule.DELEGATE),
    "Vitale tegn og NEWS2": (RiskLevel.MEDIUM, DelegationRule.DELEGATE),
    "Forflytning og mobilisering": (RiskLevel.MEDIUM, DelegationRule.TRANSFER),
    "Oppvask": (RiskLevel.LOW, DelegationRule.TRANSFER),
    "Servering av måltider": (RiskLevel.LOW, DelegationRule.TRANSFER),
    "Renhold av rom og fellesareal": (RiskLevel.LOW, DelegationRule.TRANSFER),
}


def test_every_built_in_task_states_risk_and_delegation(library: TaskLibrary) -> None:
    """Left out, a task would silently be «lav» and «kan overføres»: the built-in files say so
    explicitly for every task, so a new task cannot be added without the question asked."""
    resource = files("oppgave.resources") / "task_library" / f"{library.service_type.value}.json"
    raw = json.loads(resource.read_text(encoding="utf-8"))
    for task in raw["tasks"]:
        assert {"risk", "delegation"} <= set(task), task["name"]


def test_risk_and_delegation_follow_practice(library: TaskLibrary) -> None:
    by_name = {task.name: task for task in library.tasks}
    for name, expected in KNOWN_CLASSES.items():
        if name in by_name:
            task = by_name[name]
            assert (task.risk_level, task.delegation_rule) == expected, name
    for task in library.tasks:
        if "LM-OPIOID" in task.competences and task.category is Category.DIRECT:
            assert task.risk_level is RiskLevel.HIGH, task.name
        if task.category in (Category.PRACTICAL,):
            assert task.risk_level is RiskLevel.LOW, task.name
            assert task.delegation_rule is DelegationRule.TRANSFER, task.name
    risks = {task.risk_level for task in library.tasks}
    assert risks == set(RiskLevel), "every library uses all three levels"


def test_proposal_respects_high_risk_floor_and_kept_tasks(library: TaskLibrary) -> None:
    """The library's own proposal obeys the rules the optimiser follows: a high-risk task
    stays at LEON level 2 or above, a task marked «beholdes» stays with today's roles."""
    for task in library.tasks:
        proposal = task.proposal or task.today
        if task.risk_level is RiskLevel.HIGH:
            low = [c for c in proposal if _role(c).leon_level < HIGH_RISK_FLOOR]
            assert not low, f"{task.name}: {low} below the high-risk floor"
        if task.delegation_rule is DelegationRule.KEEP:
            assert set(proposal) <= set(task.today), task.name


def test_evening_night_and_weekend_work(library: TaskLibrary) -> None:
    residents = library.typical_residents
    by_shift = dict.fromkeys(Shift, 0.0)
    mainly: dict[Shift, list[str]] = {shift: [] for shift in Shift}
    weekend_hours = 0.0
    for task in library.tasks:
        hours = task.hours_per_week(residents)
        shares = _shift_shares(task)
        for shift, share in shares.items():
            by_shift[shift] += hours * share
            if share >= 0.5:
                mainly[shift].append(task.name)
        weekend_hours += hours * _weekend_share(task)
    total = sum(by_shift.values())
    assert total == pytest.approx(library.hours_per_week())
    # Every service runs day, evening and night; the evening carries a large part of the
    # care, the night less (in home care only a night patrol).
    assert len(mainly[Shift.EVENING]) >= 3, mainly[Shift.EVENING]
    assert len(mainly[Shift.NIGHT]) >= 2, mainly[Shift.NIGHT]
    assert 0.15 <= by_shift[Shift.EVENING] / total <= 0.45
    assert 0.03 <= by_shift[Shift.NIGHT] / total <= 0.30
    # Care goes on at weekends (2/7 ≈ 29 % of the days), office work does not.
    weekday_only = [t for t in library.tasks if not t.days & WEEKENDS]
    assert any(t.category is Category.ADMINISTRATIVE for t in weekday_only)
    assert 0.18 <= weekend_hours / total < 2 / 7


def test_total_hours_are_plausible(library: TaskLibrary) -> None:
    low, high = HOURS_PER_RESIDENT_BAND[library.service_type]
    residents = library.typical_residents
    total = library.hours_per_week()
    assert total == pytest.approx(sum(t.hours_per_week(residents) for t in library.tasks))
    assert low * residents <= total <= high * residents, f"{total:.0f} h for {residents}"
    # No single task should dominate a department's week.
    biggest = max(library.tasks, key=lambda t: t.hours_per_week(residents))
    assert biggest.hours_per_week(residents) < 0.15 * total, biggest.name


def test_flags_match_the_work(library: TaskLibrary) -> None:
    for task in library.tasks:
        night = _shift_shares(task)[Shift.NIGHT]
        if night >= 0.99:
            assert task.flags & WorkFlag.NIGHT_WORK, task.name
        if task.flags & WorkFlag.NIGHT_WORK:
            assert night > 0, task.name
        if task.staff >= 2 and "FORFLYT" in task.competences:
            assert task.flags & WorkFlag.HEAVY_LIFTING, task.name


# --- the per-resident rule and the records ----------------------------------------------


def _task(**changes: Any) -> LibraryTask:
    base = LibraryTask(
        name="Test",
        description="Test.",
        category=Category.DIRECT,
        count=2.0,
        unit=FrequencyUnit.DAY,
        days=ALL_DAYS,
        windows=(),
        duration=30.0,
        staff=1,
        competences=(),
        restriction=Restriction.NONE,
        today={"HFA": 100.0},
    )
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("per_resident", "residents", "multiplier"),
    [
        (0.0, 24, 1),  # department-level
        (0.15, 24, 4),  # 3.6 → 4
        (0.5, 5, 3),  # 2.5 → 3: half up
        (0.5, 7, 4),  # 3.5 → 4
        (0.3, 15, 5),  # 4.4999… in floating point must still give 5 (4.5 → 5)
        (0.01, 10, 1),  # 0.1 → at least 1
        (0.25, 0, 1),  # an empty department still gets one
        (1.0, 80, 80),
    ],
)
def test_count_for_per_resident(per_resident: float, residents: int, multiplier: int) -> None:
    task = _task(per_resident=per_resident)
    assert task.resident_multiplier(residents) == multiplier
    assert task.count_for(residents) == pytest.approx(2.0 * multiplier)


def test_hours_per_week_follows_the_design_formula() -> None:
    # 2 per day on Mon, Wed, Fri for round(20 × 0.25) = 5 residents, 30 min, 2 staff:
    # 2 × 5 × 3 days × 0.5 h × 2 = 30 h.
    task = _task(
        per_resident=0.25,
        days=Weekday.MON | Weekday.WED | Weekday.FRI,
        staff=2,
    )
    assert task.hours_per_week(20) == pytest.approx(30.0)
    monthly = _task(count=3.0, unit=FrequencyUnit.MONTH, duration=60.0)
    assert monthly.hours_per_week(10) == pytest.approx(3 * 12 / 52)
    with pytest.raises(ValueError):
        task.hours_per_week(-1)


def test_allows_follows_the_restriction() -> None:
    assert _task().allows("ASS", 0, False)
    authorised = _task(restriction=Restriction.AUTHORISED)
    assert authorised.allows("HFA", 1, True) and not authorised.allows("MIL", 1, False)
    level = _task(restriction=Restriction.MIN_LEVEL, restriction_min_level=2)
    assert level.allows("ERF", 2, True) and not level.allows("HFA", 1, True)
    roles = _task(restriction=Restriction.ROLES, restriction_roles=frozenset({"SPL"}))
    assert roles.allows("SPL", 2, True) and not roles.allows("SSP", 3, True)


def test_window_labels_round_trip(library: TaskLibrary) -> None:
    # What TimeWindow.label() writes (e.g. when a workspace exports its tasks) reads back.
    for task in library.tasks:
        for window in task.windows:
            assert parse_window(window.label()) == window, task.name


@pytest.mark.parametrize(
    ("text", "start", "end", "length"),
    [
        ("07:00-10:30", 420, 630, 210),
        ("23:00-07:00", 1380, 420, 480),  # crosses midnight
        ("18:00-24:00", 1080, 0, 360),
        ("00:00-24:00", 0, 0, MINUTES_PER_DAY),
        ("00:00-00:00", 0, 0, MINUTES_PER_DAY),
    ],
)
def test_parse_window(text: str, start: int, end: int, length: int) -> None:
    window = parse_window(text)
    assert (window.start_minute, window.end_minute) == (start, end)
    assert window.length_minutes == length


@pytest.mark.parametrize("text", ["7:00-10:30", "07:00-24:30", "07:60-08:00", "08:00-08:00", ""])
def test_parse_window_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=repr(text)):
        parse_window(text)


# --- the loader on files written here ----------------------------------------------------


def _valid_document() -> dict[str, Any]:
    return {
        "service_type": "long_term",
        "label": "Prøveavdeling",
        "typical_residents": 10,
        "tasks": [
            {
                "name": "Morgenstell",
                "description": "Hjelp til personlig hygiene.",
                "category": "direct",
                "count": 1,
                "unit": "day",
                "days": "all",
                "per_resident": 0.8,
                "windows": ["07:00-10:30"],
                "duration": 25,
                "staff": 1,
                "competences": ["STELL", "FORFLYT"],
                "restriction": "none",
                "today": {"HFA": 60, "ASS": 30, "SPL": 10},
                "proposal": {"HFA": 70, "ASS": 30},
                "flags": ["heavy_lifting"],
            },
            {
                "name": "Tilsyn natt",
                "description": "Runder gjennom natten.",
                "category": "direct",
                "count": 2.5,
                "unit": "week",
                "days": ["mon", "wed", "fri"],
                "windows": ["23:00-07:00", "00:00-24:00"],
                "duration": 5,
                "staff": 2,
                "competences": [],
                "restriction": {"roles": ["SPL", "HFA"]},
                "risk": "medium",
                "delegation": "delegate",
                "today": {"SPL": 33.5, "HFA": 66.5},
            },
        ],
    }


def _write(tmp_path: Path, document: Any, name: str = "proeve.json") -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_document_loads_from_a_path(tmp_path: Path) -> None:
    lib = load_library_file(_write(tmp_path, _valid_document()))
    assert lib.service_type is ServiceType.LONG_TERM
    assert lib.source == "proeve.json"
    stell, tilsyn = lib.tasks
    assert stell.days == ALL_DAYS and stell.per_resident == 0.8
    assert stell.windows == (TimeWindow(7 * 60, 10 * 60 + 30),)
    assert stell.flags == WorkFlag.HEAVY_LIFTING
    assert stell.proposal == {"HFA": 70.0, "ASS": 30.0}
    assert stell.count_for(10) == 8
    assert tilsyn.days == Weekday.MON | Weekday.WED | Weekday.FRI
    assert tilsyn.windows[0] == TimeWindow(23 * 60, 7 * 60)
    assert tilsyn.windows[1].length_minutes == MINUTES_PER_DAY
    assert tilsyn.restriction is Restriction.ROLES
    assert tilsyn.restriction_roles == frozenset({"SPL", "HFA"})
    assert tilsyn.proposal is None and tilsyn.per_resident == 0.0
    assert (stell.risk_level, stell.delegation_rule) == (RiskLevel.LOW, DelegationRule.TRANSFER)
    assert (tilsyn.risk_level, tilsyn.delegation_rule) == (
        RiskLevel.MEDIUM,
        DelegationRule.DELEGATE,
    )
    assert tilsyn.hours_per_week(10) == pytest.approx(2.5 * 5 / 60 * 2)
    with pytest.raises(TypeError):
        stell.today["SPL"] = 50.0  # type: ignore[index]
    assert WEEKDAYS == Weekday.MON | Weekday.TUE | Weekday.WED | Weekday.THU | Weekday.FRI


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


STELL = ["tasks", 0]
MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("shares-not-100", _set([*STELL, "today"], {"HFA": 60, "ASS": 30}), "today", "sum to 90"),
    ("share-zero", _set([*STELL, "proposal"], {"HFA": 100, "ASS": 0}), "proposal", "ASS"),
    ("empty-proposal", _set([*STELL, "proposal"], {}), "proposal", "non-empty"),
    ("category", _set([*STELL, "category"], "care"), "category", "'care'"),
    ("unit", _set([*STELL, "unit"], "fortnight"), "unit", "'fortnight'"),
    ("count-zero", _set([*STELL, "count"], 0), "count", "above 0"),
    ("count-text", _set([*STELL, "count"], "1"), "count", "number"),
    ("count-bool", _set([*STELL, "count"], True), "count", "number"),
    ("days-typo", _set([*STELL, "days"], "weekday"), "days", "'weekday'"),
    ("days-twice", _set([*STELL, "days"], ["mon", "mon"]), "days", "twice"),
    ("days-empty", _set([*STELL, "days"], []), "days", "non-empty"),
    ("day-name", _set([*STELL, "days"], ["man"]), "days", "'man'"),
    ("window-format", _set([*STELL, "windows"], ["7:00-10:30"]), "windows", "HH:MM"),
    ("window-hour", _set([*STELL, "windows"], ["25:00-01:00"]), "windows", "valid time"),
    ("window-empty", _set([*STELL, "windows"], ["08:00-08:00"]), "windows", "same time"),
    ("windows-text", _set([*STELL, "windows"], "07:00-10:30"), "windows", "list"),
    ("per-resident", _set([*STELL, "per_resident"], 1.5), "per_resident", "between 0 and 1"),
    ("duration", _set([*STELL, "duration"], -5), "duration", "above 0"),
    ("staff-zero", _set([*STELL, "staff"], 0), "staff", "at least 1"),
    ("staff-fraction", _set([*STELL, "staff"], 1.5), "staff", "whole number"),
    ("competences", _set([*STELL, "competences"], "STELL"), "competences", "list"),
    ("competence-twice", _set([*STELL, "competences"], ["MAT", "MAT"]), "competences", "twice"),
    ("restriction", _set([*STELL, "restriction"], "nurses"), "restriction", "'nurses'"),
    ("min-level", _set([*STELL, "restriction"], {"min_level": -1}), "restriction", "min_level"),
    ("roles-empty", _set([*STELL, "restriction"], {"roles": []}), "restriction", "at least one"),
    ("flag", _set([*STELL, "flags"], ["heavy"]), "flags", "'heavy'"),
    ("risk", _set([*STELL, "risk"], "høy"), "risk", "'høy'"),
    ("delegation", _set([*STELL, "delegation"], "delegert"), "delegation", "'delegert'"),
    ("missing", _delete([*STELL, "duration"]), "duration", "missing"),
    ("unknown-key", _set([*STELL, "per_resdent"], 0.5), "per_resdent", "unknown"),
    ("name-empty", _set([*STELL, "name"], " "), "name", "non-empty"),
    ("name-twice", _set(["tasks", 1, "name"], "morgenstell"), "name", "twice"),
]


@pytest.mark.parametrize(
    ("change", "field", "problem"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_malformed_task_names_file_task_and_field(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], field: str, problem: str
) -> None:
    document = _valid_document()
    change(document)
    with pytest.raises(TaskLibraryError) as caught:
        load_library_file(_write(tmp_path, document))
    message = str(caught.value)
    assert message.startswith("proeve.json: task #"), message
    if field != "name":  # a blank name cannot be shown; the task's number still is
        assert "task #1 'Morgenstell', " in message, message
    assert f"field {field!r}" in message, message
    assert problem in message, message
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("document", "field", "problem"),
    [
        ({"service_type": "hospital"}, "service_type", "'hospital'"),
        ({"typical_residents": 0}, "typical_residents", "at least 1"),
        ({"tasks": []}, "tasks", "non-empty"),
        ({"label": ""}, "label", "non-empty"),
        ({"extra": 1}, "extra", "unknown"),
    ],
)
def test_malformed_file_names_file_and_field(
    tmp_path: Path, document: dict[str, Any], field: str, problem: str
) -> None:
    merged = {**_valid_document(), **document}
    with pytest.raises(TaskLibraryError, match=rf"^proeve\.json: field {field!r}: .*{problem}"):
        load_library_file(_write(tmp_path, merged))


def test_not_json_and_duplicate_keys_are_refused(tmp_path: Path) -> None:
    with pytest.raises(TaskLibraryError, match=r"^proeve\.json: not valid JSON \(line 1"):
        load_library_file(_write(tmp_path, "{"))
    duplicate = json.dumps(_valid_document()).replace(
        '"HFA": 60, "ASS": 30', '"HFA": 60, "HFA": 30'
    )
    with pytest.raises(TaskLibraryError, match="duplicate key 'HFA'"):
        load_library_file(_write(tmp_path, duplicate))
    with pytest.raises(TaskLibraryError, match="JSON object"):
        load_library_file(_write(tmp_path, "[]"))
    with pytest.raises(TaskLibraryError, match="cannot read"):
        load_library_file(tmp_path / "missing.json")
