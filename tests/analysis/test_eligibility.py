"""Who may do which task (DESIGN §4): restrictions, competences by course, and the support-role
rule — support roles (støttefunksjoner) only take practical and administrative tasks."""

from __future__ import annotations

import dataclasses

import pytest

from oppgave.analysis.eligibility import SUPPORT_ROLE_CATEGORIES, Qualifications
from oppgave.domain.enums import Category, Restriction
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task

RULE = "støttefunksjoner får bare praktiske og administrative oppgaver"
SRV, MRK, ASS, HFA = (CATALOGUE.role(code) for code in ("SRV", "MRK", "ASS", "HFA"))


def default_qualifications() -> Qualifications:
    return Qualifications.for_department(make_department([]))


def test_for_department_reads_the_support_roles_from_the_settings() -> None:
    assert default_qualifications().support_role_ids == {SRV.id, MRK.id}
    custom = make_department([], settings=Settings(support_role_codes=("SRV",)))
    assert Qualifications.for_department(custom).support_role_ids == {SRV.id}
    none = make_department([], settings=Settings(support_role_codes=()))
    assert Qualifications.for_department(none).support_role_ids == frozenset()
    # a code the catalogue does not have is simply no role
    odd = make_department([], settings=Settings(support_role_codes=("XYZ",)))
    assert Qualifications.for_department(odd).support_role_ids == frozenset()
    # built directly, without settings, nobody is a support role
    plain = Qualifications(CATALOGUE.roles, CATALOGUE.competences, CATALOGUE.courses)
    assert plain.support_role_ids == frozenset()


@pytest.mark.parametrize("category", list(Category))
def test_support_roles_only_practical_and_administrative(category: Category) -> None:
    # "Måltid" needs Måltider og ernæring + Hygiene, which SRV has by education: only the
    # category decides.
    task = make_task(1, "Måltid", competences=["MAT", "HYGIENE"], category=category)
    qualifications = default_qualifications()
    expected = category in (Category.PRACTICAL, Category.ADMINISTRATIVE)
    assert (category in SUPPORT_ROLE_CATEGORIES) is expected
    for role in (SRV, MRK):
        assert qualifications.allows(task, role) is expected
        assert qualifications.qualify(task, role).allowed is expected
    assert qualifications.qualify(task, SRV).eligible is expected
    # ordinary roles are not touched by the rule
    assert qualifications.allows(task, ASS) and qualifications.allows(task, HFA)
    if expected:
        assert qualifications.refusal(task, SRV) == ""
        assert qualifications.why_not(task, SRV) == ""
    else:
        assert qualifications.refusal(task, SRV) == RULE
        assert qualifications.why_not(task, SRV) == RULE


def test_direct_care_is_not_eligible_for_support_roles_even_with_a_level_0_course() -> None:
    # Morgenstell: STELL and FORFLYT, both reachable for SRV through level-0 courses.
    task = make_task(1, "Morgenstell", competences=["STELL", "FORFLYT"])
    qualifications = default_qualifications()
    srv = qualifications.qualify(task, SRV)
    assert not srv.unreachable  # the courses exist and SRV may take them …
    assert not srv.eligible  # … but it is not allowed the task
    eligible = {role.code for role, _ in qualifications.eligible_roles(task)}
    assert "SRV" not in eligible and "MRK" not in eligible
    assert {"ASS", "LRL", "HFA"} <= eligible


def test_restriction_is_named_before_the_support_rule() -> None:
    task = make_task(1, "Sår", restriction=Restriction.AUTHORISED)
    assert default_qualifications().refusal(task, SRV) == (
        "restriksjonen tillater bare autorisert helsepersonell"
    )


def test_no_role_reason_names_the_support_rule() -> None:
    qualifications = default_qualifications()
    only_support = make_task(
        1, "Måltidshjelp", restriction=Restriction.ROLES, allowed=["SRV", "MRK"]
    )
    assert qualifications.no_role_reason(only_support) == (
        "Ingen rolle kan gjøre oppgaven «Måltidshjelp»: restriksjonen tillater bare Merkantil / "
        "administrativ og Renholder / kjøkken / service; støttefunksjoner får bare praktiske og "
        "administrative oppgaver (Merkantil / administrativ og Renholder / kjøkken / service)."
    )
    mixed = make_task(
        2, "Sondemat", competences=["SONDE"], restriction=Restriction.ROLES, allowed=["ASS", "SRV"]
    )
    assert qualifications.no_role_reason(mixed) == (
        "Ingen rolle kan gjøre oppgaven «Sondemat»: restriksjonen tillater bare Assistent "
        "(ufaglært) og Renholder / kjøkken / service; Assistent (ufaglært) mangler "
        "Sondeernæring (kurset «Sondeernæring» krever nivå 1); støttefunksjoner får bare "
        "praktiske og administrative oppgaver (Renholder / kjøkken / service)."
    )
    # the same practical task is fine for them
    practical = dataclasses.replace(only_support, category=Category.PRACTICAL)
    assert [r.code for r, _ in qualifications.eligible_roles(practical)] == ["MRK", "SRV"]


def test_rota_planning_is_not_a_level_0_course() -> None:
    # Hiring substitutes and planning the rota need the labour rules and who may do what: the
    # default course needs level 1. Merkantil has the competence by education; the kitchen and
    # cleaning staff, assistants and apprentices cannot get it through a course.
    task = make_task(
        1, "Innleie av vikarer", competences=["TURNUS"], category=Category.ADMINISTRATIVE
    )
    qualifications = default_qualifications()
    eligible = {role.code for role, _ in qualifications.eligible_roles(task)}
    assert {"MRK", "HFA", "SPL"} <= eligible
    assert not eligible & {"SRV", "ASS", "LRL"}
    assert "kurset «Turnusplanlegging» krever nivå 1" in qualifications.why_not(task, SRV)
