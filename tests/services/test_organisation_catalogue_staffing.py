"""Organisation, catalogue, staffing and settings services."""

from __future__ import annotations

import dataclasses

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain import default_catalogue
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import Settings
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.services import catalogue, organisation, settings, staffing, tasks


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """These services must behave the same on a file and on a server (PostgreSQL)."""
    return any_workspace


def test_new_workspace_has_the_default_catalogue(workspace: Workspace) -> None:
    roles = catalogue.list_roles(workspace)
    assert [r.code for r in roles] == [spec.code for spec in default_catalogue.ROLES]
    competences = {c.id: c.code for c in catalogue.list_competences(workspace)}
    spl = catalogue.resolve_role(workspace, "spl")
    assert {competences[c] for c in spl.competence_ids} >= {"LM-OPIOID", "SAR-KOMPL"}
    assert catalogue.resolve_role(workspace, "Helsefagarbeider").code == "HFA"
    assert len(catalogue.list_courses(workspace)) == len(default_catalogue.COURSES)


def test_catalogue_is_editable(workspace: Workspace) -> None:
    hfa = catalogue.resolve_role(workspace, "HFA")
    updated = catalogue.update_role(workspace, hfa.id, hourly_cost=455.0, colour="#112233")
    assert (updated.hourly_cost, updated.colour) == (455.0, "#112233")
    with pytest.raises(ValidationError):
        catalogue.update_role(workspace, hfa.id, leon_level=12)
    with pytest.raises(ValidationError):
        catalogue.update_role(workspace, hfa.id, colour="grønn")
    with pytest.raises(ValidationError):
        catalogue.update_role(workspace, hfa.id, code="SPL")
    competence = catalogue.create_competence(workspace, "TRACH", "Trakeostomistell")
    with_it = catalogue.set_role_has_competence(workspace, hfa.id, competence.id, True)
    assert competence.id in with_it.competence_ids
    course = catalogue.create_course(workspace, "Trakeostomikurs", competence.id, 1, 6, 2500)
    assert catalogue.update_course(workspace, course.id, hours=8).hours == 8
    role = catalogue.create_role(workspace, "FAG", "Fagarbeider", leon_level=1, hourly_cost=430)
    assert catalogue.resolve_role(workspace, "fag").id == role.id


def test_role_in_use_cannot_be_deleted(workspace: Workspace) -> None:
    municipality = organisation.create_municipality(workspace, "Melhus")
    department = organisation.create_department(workspace, municipality.id, "Langtid")
    hfa = catalogue.resolve_role(workspace, "HFA")
    tasks.create_task(workspace, department.id, "Stell", assignment={hfa.id: 100})
    with pytest.raises(ConflictError, match="i bruk"):
        catalogue.delete_role(workspace, hfa.id)
    unused = catalogue.resolve_role(workspace, "MRK")
    catalogue.delete_role(workspace, unused.id)
    with pytest.raises(NotFoundError):
        catalogue.resolve_role(workspace, "MRK")


def test_departments_resolve_by_id_name_and_municipality(workspace: Workspace) -> None:
    melhus = organisation.create_municipality(workspace, "Melhus")
    skaun = organisation.create_municipality(workspace, "Skaun")
    a = organisation.create_department(workspace, melhus.id, "Korttid", "short_term")
    b = organisation.create_department(workspace, skaun.id, "Korttid", "short_term")
    c = organisation.create_department(workspace, skaun.id, "Hjemmetjenesten", "home_care")
    assert organisation.resolve_department(workspace, str(b.id)) == b
    assert organisation.resolve_department(workspace, "hjemmetjenesten") == c
    assert organisation.resolve_department(workspace, "Melhus/Korttid") == a
    with pytest.raises(NotFoundError, match="Flere"):
        organisation.resolve_department(workspace, "Korttid")
    with pytest.raises(NotFoundError, match="Fant ingen"):
        organisation.resolve_department(workspace, "Finnes ikke")
    with pytest.raises(ConflictError):
        organisation.create_department(workspace, melhus.id, "Korttid")
    with pytest.raises(ValidationError):
        organisation.create_department(workspace, melhus.id, "Ny", residents=-1)


def test_positions_and_shift_staffing(workspace: Workspace) -> None:
    municipality = organisation.create_municipality(workspace, "Melhus")
    department = organisation.create_department(workspace, municipality.id, "Langtid")
    hfa = catalogue.resolve_role(workspace, "HFA")
    assert staffing.set_positions(workspace, department.id, hfa.id, 80, 4) == 0
    assert staffing.set_positions(workspace, department.id, hfa.id, 80, 5) == 4
    staffing.set_positions(workspace, department.id, hfa.id, 100, 2)
    (full, part) = staffing.list_positions(workspace, department.id)
    assert (full.size_percent, full.count, full.fte) == (100.0, 2, 2.0)
    assert (part.size_percent, part.count, part.fte) == (80.0, 5, 4.0)
    spl = catalogue.resolve_role(workspace, "SPL")
    staffing.set_positions(workspace, department.id, spl.id, 50, 3)
    assert staffing.positions_fte_by_role(workspace, department.id) == {hfa.id: 6.0, spl.id: 1.5}
    staffing.set_positions(workspace, department.id, spl.id, 50, 0)
    assert staffing.set_positions(workspace, department.id, hfa.id, 80, 0) == 5
    assert len(staffing.list_positions(workspace, department.id)) == 1
    with pytest.raises(ValidationError):
        staffing.set_positions(workspace, department.id, hfa.id, 120, 1)
    assert (
        staffing.set_shift_staffing(
            workspace, department.id, hfa.id, Shift.EVENING, DayType.WEEKEND, 3
        )
        == 0
    )
    (row,) = staffing.list_staffing(workspace, department.id)
    assert (row.shift, row.day_type, row.count) == (Shift.EVENING, DayType.WEEKEND, 3)
    with pytest.raises(ValidationError):
        staffing.set_shift_staffing(workspace, department.id, hfa.id, "lunsj", "weekday", 1)


def test_settings_round_trip_and_validation(workspace: Workspace) -> None:
    assert settings.load(workspace) == Settings()
    changed = settings.update(workspace, hours_per_fte=37.5, absence_allowance=0.12)
    assert settings.load(workspace) == changed
    assert changed.hours_per_fte == 37.5
    with pytest.raises(ValidationError):
        settings.update(workspace, hours_per_fte=0)
    with pytest.raises(ValidationError):
        settings.update(workspace, absence_allowance=0.6, training_allowance=0.4)
    with pytest.raises(ValidationError):
        settings.save(workspace, dataclasses.replace(Settings(), shifts=Settings().shifts[:2]))
    assert settings.load(workspace) == changed
