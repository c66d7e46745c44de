"""Trainees (lærlinger / elever) are in training, not ordinary staffing: by default a proposal
caps them at the FTE of today's positions (0 without), unless the request caps them itself.

``staffing_options`` and ``compute_proposal`` are pure (records in, result out), so these tests
build departments with the analysis factories and touch no database."""

from __future__ import annotations

import functools

import pytest

from oppgave.analysis.capacity import productive_hours_per_fte
from oppgave.analysis.leon import leon_suggestions
from oppgave.domain.enums import Category, FrequencyUnit
from oppgave.domain.records import Settings
from oppgave.services import staffing_proposals
from oppgave.services.staffing_proposals import ProposalMode, ProposalRequest
from tests.analysis.factories import CATALOGUE, make_department, make_task

LRL, ASS, SRV, HFA = (CATALOGUE.role_id(code) for code in ("LRL", "ASS", "SRV", "HFA"))
FTE_HOURS = productive_hours_per_fte(Settings())  # 35.5 × (1 − 35/260 − 0.15) = 25.396 h
#: The trainee cap is about cost: these tests ask «Laveste kostnad» without the safety floor.
cost_request = functools.partial(ProposalRequest, mode=ProposalMode.LOWEST_COST, use_floor=False)
DEFAULT_NOTE = "(dagens stillinger: lærlinger og elever er i opplæring)"


def care_department(**kwargs):  # type: ignore[no-untyped-def]
    # 40 h a week of simple personal care (STELL: Lærling and Assistent have it by education)
    care = make_task(
        1, "Morgenstell", count=40, unit=FrequencyUnit.WEEK, minutes=60, competences=["STELL"]
    )
    return make_department([care], baseline={1: {"HFA": 100}}, **kwargs)


def test_trainees_are_capped_at_todays_positions_by_default() -> None:
    data = care_department(positions=[("LRL", 2, 50), ("HFA", 2, 100)])
    options = staffing_proposals.staffing_options(data, cost_request())
    assert options.fte_caps == {LRL: pytest.approx(1.0)}  # 2 × 50 %
    assert staffing_proposals.trainee_caps(data) == {LRL: pytest.approx(1.0)}
    draft = staffing_proposals.compute_proposal(data, cost_request())
    # 1 FTE = 25.396 h of the 40 h → 63 % (25.2 h, whole percent within the cap); the rest to
    # the next cheapest care role, Assistent (380 kr)
    assert int(FTE_HOURS / 40 * 100) == 63
    assert draft.result.assignments == {1: {LRL: 63.0, ASS: 37.0}}
    assert draft.result.cost.by_role_id()[LRL].fte <= 1.0
    assert f"Lærling / elev høyst 1,00 årsverk {DEFAULT_NOTE}" in draft.description


def test_without_trainee_positions_the_cap_is_zero() -> None:
    data = care_department()
    draft = staffing_proposals.compute_proposal(data, cost_request())
    assert draft.options.fte_caps == {LRL: 0.0}
    assert draft.result.assignments == {1: {ASS: 100.0}}
    (move,) = draft.result.moves
    assert move.explanation == (
        "fra Helsefagarbeider til Assistent (ufaglært): lavere timekostnad (380 mot 440 kr/t)"
    )


def test_an_explicit_cap_replaces_the_default() -> None:
    data = care_department()
    request = cost_request(caps={"LRL": 2})
    options = staffing_proposals.staffing_options(data, request)
    assert options.fte_caps == {LRL: 2.0}
    draft = staffing_proposals.compute_proposal(data, request)
    assert draft.result.assignments == {1: {LRL: 100.0}}  # 40 h = 1.33 FTE ≤ 2
    assert staffing_proposals.describe_options(data, options) == (
        "modus: Laveste kostnad; tak: Lærling / elev høyst 2,00 årsverk"
    )
    # capping "at positions" explicitly is the same as the default
    same = staffing_proposals.staffing_options(data, cost_request(cap_at_positions=("LRL",)))
    assert same.fte_caps == {LRL: 0.0}


def test_trainee_roles_come_from_the_settings() -> None:
    none = care_department(settings=Settings(trainee_role_codes=()))
    assert staffing_proposals.staffing_options(none, cost_request()).fte_caps == {}
    draft = staffing_proposals.compute_proposal(none, cost_request())
    assert draft.result.assignments == {1: {LRL: 100.0}}
    both = care_department(
        settings=Settings(trainee_role_codes=("LRL", "ASS")), positions=[("ASS", 1, 100)]
    )
    assert staffing_proposals.staffing_options(both, cost_request()).fte_caps == {
        LRL: 0.0,
        ASS: 1.0,
    }


def test_practical_work_goes_to_the_service_role_when_trainees_are_capped() -> None:
    # 7 h a week of dishes: Lærling (250 kr) capped at 0 → Renholder / kjøkken / service (370 kr)
    dishes = make_task(1, "Oppvask", minutes=60, competences=["MAT"], category=Category.PRACTICAL)
    data = make_department([dishes], baseline={1: {"ASS": 100}})
    draft = staffing_proposals.compute_proposal(data, cost_request())
    assert draft.result.assignments == {1: {SRV: 100.0}}


def test_worked_example_morning_care_goes_to_the_assistant() -> None:
    """docs/analyse.md, «LEON-forslaget»: LEON names Lærling for Morgenstell, but the proposal
    gives it to Assistent: the department has no apprentice positions (cap 0), and the support
    roles may not do care."""
    care = make_task(
        1, "Morgenstell", count=10, minutes=30, windows=[("07:00", "11:00")], competences=["STELL"]
    )
    data = make_department(
        [care],
        baseline={1: {"HFA": 50, "ASS": 50}},
        positions=[("SPL", 1, 100), ("HFA", 2, 75), ("ASS", 1, 50)],
        residents=10,
    )
    assert leon_suggestions(data)[0].role_name == "Lærling / elev"
    draft = staffing_proposals.compute_proposal(data, cost_request())
    assert draft.result.assignments == {1: {ASS: 100.0}}
    assert draft.result.cost.by_role_id()[LRL].hours_per_week == 0
