"""LEON suggestion (DESIGN §6.3): lowest level, then cheapest, eligible role, with the reason."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.leon import leon_assignments, leon_suggestions, unqualified_tasks
from oppgave.domain.enums import Restriction
from tests.analysis.factories import CATALOGUE, make_department, make_task


def suggestion_for(task):  # type: ignore[no-untyped-def]
    return leon_suggestions(make_department([task]))[0]


def test_lowest_level_that_has_the_competence() -> None:
    # Multidose, authorised only: HFA (level 1, authorised) has it by education.
    task = make_task(
        1, "Medisinutdeling", competences=["LM-MULTI"], restriction=Restriction.AUTHORISED
    )
    suggestion = suggestion_for(task)
    assert suggestion.role_id == CATALOGUE.role_id("HFA")
    assert suggestion.courses == ()
    assert suggestion.reason.startswith(
        "Helsefagarbeider: laveste nivå som har Legemidler: utdeling fra multidose"
    )
    assert "autorisert helsepersonell" in suggestion.reason


def test_course_makes_a_lower_level_eligible() -> None:
    # Insulin, authorised only: HFA lacks it but "Insulinopplæring" (min level 1) can give it.
    task = make_task(1, "Insulin", competences=["LM-INSULIN"], restriction=Restriction.AUTHORISED)
    suggestion = suggestion_for(task)
    assert suggestion.role_name == "Helsefagarbeider"
    assert [c.name for c in suggestion.courses] == ["Insulinopplæring"]
    assert "etter kurs: Insulinopplæring" in suggestion.reason


def test_cheapest_on_the_same_level() -> None:
    # No competence: every level-0 role qualifies; Lærling (250 kr) is the cheapest.
    suggestion = suggestion_for(make_task(1, "Rydde"))
    assert suggestion.role_name == "Lærling / elev"
    assert "lavest timekostnad" in suggestion.reason
    # Insulin without restriction: MIL (420 kr) beats HFA (440 kr) at level 1, both via course.
    assert suggestion_for(make_task(2, competences=["LM-INSULIN"])).role_name == (
        "Miljøarbeider / aktivitør"
    )


def test_course_min_level_stops_low_levels() -> None:
    # Opioids: the course needs level 2, so no level-0/1 role qualifies; SPL (level 2) has it.
    suggestion = suggestion_for(make_task(1, competences=["LM-OPIOID"]))
    assert suggestion.role_name == "Sykepleier"


def test_no_role_qualifies_names_task_and_reason() -> None:
    task = make_task(
        1, "Sondemat", competences=["SONDE"], restriction=Restriction.ROLES, allowed=["ASS"]
    )
    suggestion = suggestion_for(task)
    assert suggestion.role_id is None
    assert "«Sondemat»" in suggestion.reason
    assert "Assistent (ufaglært) mangler Sondeernæring" in suggestion.reason
    assert "krever nivå 1" in suggestion.reason
    assert unqualified_tasks((suggestion,)) == [suggestion.reason]
    assert leon_assignments((suggestion,)) == {}


def test_restriction_excluding_everyone() -> None:
    task = make_task(1, "Spesial", restriction=Restriction.MIN_LEVEL, min_level=5)
    suggestion = suggestion_for(task)
    assert suggestion.role_id is None
    assert "nivå 5 eller høyere" in suggestion.reason


competence_codes = [c.code for c in CATALOGUE.competences]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(competence_codes), max_size=3, unique=True),
    st.sampled_from(list(Restriction)),
    st.integers(0, 3),
    st.lists(st.sampled_from([r.code for r in CATALOGUE.roles]), max_size=3, unique=True),
)
def test_leon_is_the_minimum_over_eligible_roles(
    competences: list[str], restriction: Restriction, level: int, allowed: list[str]
) -> None:
    task = make_task(
        1, competences=competences, restriction=restriction, min_level=level, allowed=allowed
    )
    suggestion = suggestion_for(task)
    qualifications = Qualifications(CATALOGUE.roles, CATALOGUE.competences, CATALOGUE.courses)
    eligible = [role for role, _ in qualifications.eligible_roles(task)]
    if not eligible:
        assert suggestion.role_id is None
        return
    best = min((r.leon_level, r.hourly_cost) for r in eligible)
    chosen = CATALOGUE.roles[[r.id for r in CATALOGUE.roles].index(suggestion.role_id)]
    assert (chosen.leon_level, chosen.hourly_cost) == best
    assert task.allows(chosen)
    assert leon_assignments((suggestion,)) == {1: {chosen.id: 100.0}}
