"""Municipalities and departments."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import ServiceType
from oppgave.errors import ConflictError, NotFoundError
from oppgave.i18n import translate
from oppgave.services import record_loading, validation
from oppgave.services.lookup import delete_row, get_or_raise

BASELINE_NAME = "I dag"


def _tr(text: str) -> str:
    return translate("Organisation", text)


# --- municipalities ---------------------------------------------------------------------------


def list_municipalities(workspace: Workspace) -> list[r.Municipality]:
    with workspace.reading() as session:
        return record_loading.municipalities(session)


def create_municipality(
    workspace: Workspace, name: str, *, uuid: str | None = None
) -> r.Municipality:
    """A new municipality; ``uuid`` keeps its identity from another file (import)."""
    clean = validation.name(name, max_length=200)
    uuid = None if uuid is None else validation.uuid_text(uuid)
    with workspace.transaction() as session:
        if session.scalar(select(m.Municipality.id).where(m.Municipality.name == clean)):
            raise ConflictError(_tr("Kommunen {name} finnes allerede.").format(name=clean))
        row = m.Municipality(name=clean)
        if uuid is not None:
            row.uuid = uuid
        session.add(row)
        session.flush()
        return r.Municipality(id=row.id, uuid=row.uuid, name=row.name)


def rename_municipality(workspace: Workspace, municipality_id: int, name: str) -> r.Municipality:
    clean = validation.name(name, max_length=200)
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Municipality, municipality_id)
        if session.scalar(
            select(m.Municipality.id).where(
                m.Municipality.name == clean, m.Municipality.id != municipality_id
            )
        ):
            raise ConflictError(_tr("Kommunen {name} finnes allerede.").format(name=clean))
        row.name = clean
        return r.Municipality(id=row.id, uuid=row.uuid, name=row.name)


def restore_municipality(workspace: Workspace, municipality: r.Municipality) -> r.Municipality:
    """Create a municipality again with the same id and uuid (redo of a create that was undone;
    only for one that is empty)."""
    with workspace.transaction() as session:
        if session.scalar(
            select(m.Municipality.id).where(m.Municipality.name == municipality.name)
        ):
            raise ConflictError(
                _tr("Kommunen {name} finnes allerede.").format(name=municipality.name)
            )
        row = m.Municipality(id=municipality.id, uuid=municipality.uuid, name=municipality.name)
        session.add(row)
        session.flush()
        return r.Municipality(id=row.id, uuid=row.uuid, name=row.name)


def delete_municipality(workspace: Workspace, municipality_id: int) -> None:
    """Delete a municipality and everything in it."""
    with workspace.transaction() as session:
        session.delete(get_or_raise(session, m.Municipality, municipality_id))


def resolve_municipality(workspace: Workspace, name_or_id: str | int) -> r.Municipality:
    municipalities = list_municipalities(workspace)
    key = str(name_or_id).strip()
    if key.isdigit():
        for municipality in municipalities:
            if municipality.id == int(key):
                return municipality
    matches = [mu for mu in municipalities if mu.name.casefold() == key.casefold()]
    if len(matches) == 1:
        return matches[0]
    raise NotFoundError(
        _tr("Fant ingen kommune {key}. Kommuner: {names}").format(
            key=key, names=", ".join(mu.name for mu in municipalities) or "-"
        )
    )


# --- departments ------------------------------------------------------------------------------


def list_departments(
    workspace: Workspace, municipality_id: int | None = None
) -> list[r.Department]:
    with workspace.reading() as session:
        return record_loading.departments(session, municipality_id)


def get_department(workspace: Workspace, department_id: int) -> r.Department:
    for department in list_departments(workspace):
        if department.id == department_id:
            return department
    raise NotFoundError(_tr("Fant ingen avdeling med id {id}.").format(id=department_id))


def create_department(
    workspace: Workspace,
    municipality_id: int,
    name: str,
    service_type: ServiceType | str = ServiceType.OTHER,
    residents: int = 0,
    beds: int | None = None,
    *,
    uuid: str | None = None,
    baseline_uuid: str | None = None,
) -> r.Department:
    """A new department with its baseline scenario "I dag". ``uuid`` and ``baseline_uuid``
    keep the identities of a department imported from another file."""
    clean = validation.name(name, max_length=200)
    uuid = None if uuid is None else validation.uuid_text(uuid)
    baseline_uuid = None if baseline_uuid is None else validation.uuid_text(baseline_uuid)
    kind = validation.enum_value(ServiceType, service_type, "service_type")
    residents = validation.integer(residents, "residents", minimum=0, maximum=100_000)
    if beds is not None:
        beds = validation.integer(beds, "beds", minimum=0, maximum=100_000)
    with workspace.transaction() as session:
        get_or_raise(session, m.Municipality, municipality_id)
        _check_department_name_free(session, municipality_id, clean, None)
        row = m.Department(
            municipality_id=municipality_id,
            name=clean,
            service_type=kind.value,
            residents=residents,
            beds=beds,
        )
        if uuid is not None:
            row.uuid = uuid
        session.add(row)
        session.flush()
        baseline = m.Scenario(department_id=row.id, name=BASELINE_NAME, is_baseline=True)
        if baseline_uuid is not None:
            baseline.uuid = baseline_uuid
        session.add(baseline)
        session.flush()
        return record_loading.department_record(row)


def restore_department(
    workspace: Workspace, department: r.Department, baseline: r.Scenario
) -> r.Department:
    """Create a department again with the same id, uuid and baseline scenario (redo of a
    create that was undone; the department comes back empty, as it was created)."""
    with workspace.transaction() as session:
        get_or_raise(session, m.Municipality, department.municipality_id)
        _check_department_name_free(session, department.municipality_id, department.name, None)
        row = m.Department(
            id=department.id,
            uuid=department.uuid,
            municipality_id=department.municipality_id,
            name=department.name,
            service_type=department.service_type.value,
            residents=department.residents,
            beds=department.beds,
        )
        session.add(row)
        session.flush()
        session.add(
            m.Scenario(
                id=baseline.id,
                uuid=baseline.uuid,
                department_id=row.id,
                name=baseline.name,
                is_baseline=True,
                description=baseline.description,
                sort_order=baseline.sort_order,
            )
        )
        session.flush()
        return record_loading.department_record(row)


def update_department(
    workspace: Workspace,
    department_id: int,
    *,
    name: str | None = None,
    service_type: ServiceType | str | None = None,
    residents: int | None = None,
    beds: int | None = None,
    clear_beds: bool = False,
    municipality_id: int | None = None,
) -> r.Department:
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Department, department_id)
        if municipality_id is not None:
            get_or_raise(session, m.Municipality, municipality_id)
            row.municipality_id = municipality_id
        if name is not None:
            row.name = validation.name(name, max_length=200)
        if name is not None or municipality_id is not None:
            _check_department_name_free(session, row.municipality_id, row.name, row.id)
        if service_type is not None:
            row.service_type = validation.enum_value(
                ServiceType, service_type, "service_type"
            ).value
        if residents is not None:
            row.residents = validation.integer(residents, "residents", minimum=0, maximum=100_000)
        if beds is not None:
            row.beds = validation.integer(beds, "beds", minimum=0, maximum=100_000)
        elif clear_beds:
            row.beds = None
        session.flush()
        return record_loading.department_record(row)


def delete_department(workspace: Workspace, department_id: int) -> None:
    """Delete a department with its tasks, scenarios, staffing and comments."""
    with workspace.transaction() as session:
        delete_row(session, get_or_raise(session, m.Department, department_id))


def resolve_department(workspace: Workspace, name_or_id: str | int) -> r.Department:
    """A department by id, by name, or by "Kommune/Avdeling" when names repeat.

    Raises :class:`NotFoundError` naming the candidates when nothing or more than one matches.
    """
    key = str(name_or_id).strip()
    departments = list_departments(workspace)
    if key.isdigit():
        for department in departments:
            if department.id == int(key):
                return department
    municipalities = {mu.id: mu.name for mu in list_municipalities(workspace)}
    folded = key.casefold()
    matches = [d for d in departments if d.name.casefold() == folded]
    if not matches and "/" in key:
        municipality, _, name = key.partition("/")
        matches = [
            d
            for d in departments
            if d.name.casefold() == name.strip().casefold()
            and municipalities[d.municipality_id].casefold() == municipality.strip().casefold()
        ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        options = ", ".join(
            f"{municipalities[d.municipality_id]}/{d.name} (id {d.id})" for d in matches
        )
        raise NotFoundError(
            _tr("Flere avdelinger heter {key}: {options}. Bruk id eller Kommune/Avdeling.").format(
                key=key, options=options
            )
        )
    names = ", ".join(f"{d.name} (id {d.id})" for d in departments) or "-"
    raise NotFoundError(
        _tr("Fant ingen avdeling {key}. Avdelinger: {names}").format(key=key, names=names)
    )


def _check_department_name_free(
    session: Session, municipality_id: int, name: str, department_id: int | None
) -> None:
    query = select(func.count()).where(
        m.Department.municipality_id == municipality_id, m.Department.name == name
    )
    if department_id is not None:
        query = query.where(m.Department.id != department_id)
    if session.scalar(query):
        raise ConflictError(
            _tr("Det finnes allerede en avdeling {name} i denne kommunen.").format(name=name)
        )
