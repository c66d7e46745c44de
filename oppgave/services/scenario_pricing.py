"""The one price of a scenario (issue 13): every view of a scenario's cost goes through here.

:func:`price_scenario` loads the department and prices the scenario under the options stored
with it (``Scenario.proposal_options_json``; the department's defaults for «I dag» and
hand-made scenarios). The pure part is :mod:`oppgave.analysis.scenario_price`; the proposal
dialog, ``oppgave propose``, the scenario description, the Analyse tab, ``analyse --json``,
the Excel export and the report all show this figure.
"""

from __future__ import annotations

from oppgave.analysis.scenario_price import (
    ProposalSettings,
    RolePrice,
    ScenarioPrice,
    default_proposal_settings,
    describe_floors,
    price_scenario_data,
    proposal_settings,
)
from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import ServiceType
from oppgave.errors import ValidationError
from oppgave.i18n import translate
from oppgave.services import catalogue, scenarios, validation, workspaces
from oppgave.services.lookup import get_or_raise

#: The settings' names as the dialog and ``oppgave floor`` show them (translated on use).
FIELD_LABELS = {
    "nurses_per_shift": "Autoriserte sykepleiere på vakt per vakt",
    "on_call_shifts": "Vakter der sykepleieren kan ha hjemmevakt",
    "on_call_factor": "Hjemmevakt teller som andel av vakten",
    "skilled_share": "Andel timer utført av fagutdannede",
    "presence_share": "Andel av vakten til nødvendig tilstedeværelse",
    "hire_fte": "Ansettelsesramme per rolle (årsverk)",
}


def field_label(field: str) -> str:
    """The translated label of a proposal-settings field (:data:`FIELD_LABELS`)."""
    return translate("ProposalSettings", FIELD_LABELS.get(field, field))


__all__ = [
    "ProposalSettings",
    "RolePrice",
    "ScenarioPrice",
    "FIELD_LABELS",
    "department_proposal_settings",
    "field_label",
    "describe_floors",
    "price_scenario",
    "price_scenario_in",
    "set_department_proposal_settings",
]


def price_scenario(workspace: Workspace, scenario_id: int) -> ScenarioPrice:
    """The price of one scenario (kroner per year, FTE and freed hours per role, courses,
    payback, change against «I dag» and against today's positions). Raises
    :class:`~oppgave.errors.NotFoundError` for an unknown id."""
    scenario = scenarios.get_scenario(workspace, scenario_id)
    data = workspaces.load_department_data(workspace, scenario.department_id)
    return price_scenario_data(data, scenario_id)


def price_scenario_in(data: r.DepartmentData, scenario_id: int) -> ScenarioPrice:
    """:func:`price_scenario` on records already loaded (no database; worker-thread safe)."""
    return price_scenario_data(data, scenario_id)


def department_proposal_settings(workspace: Workspace, department_id: int) -> ProposalSettings:
    """The department's floors, presence share and hiring allowances (defaults by service
    type where nothing is stored)."""
    data = workspaces.load_department_data(workspace, department_id)
    return proposal_settings(data)


def set_department_proposal_settings(
    workspace: Workspace, department_id: int, settings: ProposalSettings | None
) -> r.Department:
    """Store the department's proposal settings (``None``: back to the service type's
    defaults). Returns the department record. Undo: store the previous settings again."""
    text = None
    if settings is not None:
        validate_proposal_settings(workspace, settings)
        text = settings.to_json()
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Department, department_id)
        row.proposal_settings = text
        session.flush()
        department_id = row.id
    return workspaces.load_department_data(workspace, department_id).department


def validate_proposal_settings(workspace: Workspace, settings: ProposalSettings) -> None:
    """Refuse settings a proposal cannot honour, naming the field (ValidationError.field is
    the key of :data:`FIELD_LABELS`): whole nurses 0–10, shares within their bounds, hiring
    allowances 0–1000 FTE for roles the catalogue has."""
    validation.integer(settings.nurses_per_shift, "nurses_per_shift", minimum=0, maximum=10)
    validation.number(settings.skilled_share, "skilled_share", minimum=0, maximum=0.9)
    validation.number(settings.presence_share, "presence_share", minimum=0, maximum=0.5)
    validation.number(settings.on_call_factor, "on_call_factor", minimum=0, maximum=1)
    codes = {role.code for role in catalogue.list_roles(workspace)}
    for code, fte in settings.hire_fte.items():
        if code not in codes:
            raise ValidationError(
                translate("ProposalSettings", "Ukjent rolle {code!r}.").format(code=code),
                "hire_fte",
            )
        validation.number(fte, "hire_fte", minimum=0, maximum=1000)


def defaults_for(service_type: ServiceType) -> ProposalSettings:
    """The floors a department of ``service_type`` starts with (docs/analyse.md)."""
    return default_proposal_settings(service_type)
