"""Workspace settings (the analysis assumptions), stored as JSON values per key.

Unknown keys in a file are ignored and missing keys take the defaults of
:class:`oppgave.domain.records.Settings`, so a settings field added later needs no migration.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlalchemy import select

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Shift
from oppgave.domain.records import Settings, ShiftDefinition
from oppgave.errors import ValidationError
from oppgave.i18n import translate
from oppgave.services import validation


def _tr(text: str) -> str:
    return translate("Settings", text)


def _to_json(settings: Settings) -> dict[str, str]:
    values: dict[str, Any] = {}
    for field in dataclasses.fields(settings):
        value = getattr(settings, field.name)
        if field.name == "shifts":
            value = [
                {"shift": s.shift.value, "start_minute": s.start_minute, "end_minute": s.end_minute}
                for s in value
            ]
        elif isinstance(value, tuple):
            value = list(value)
        values[field.name] = json.dumps(value)
    return values


def _from_json(values: dict[str, str]) -> Settings:
    defaults = Settings()
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(Settings):
        if field.name not in values:
            continue
        try:
            raw = json.loads(values[field.name])
            default = getattr(defaults, field.name)
            if field.name == "shifts":
                kwargs[field.name] = tuple(
                    ShiftDefinition(
                        Shift(item["shift"]), int(item["start_minute"]), int(item["end_minute"])
                    )
                    for item in raw
                )
            elif isinstance(default, tuple):
                kwargs[field.name] = tuple(raw)
            else:
                kwargs[field.name] = type(default)(raw)
        except (ValueError, TypeError, KeyError):
            continue  # a damaged value falls back to the default rather than blocking the file
    return Settings(**kwargs)


def load(workspace: Workspace) -> Settings:
    with workspace.reading() as session:
        values = dict(session.execute(select(m.Setting.key, m.Setting.value)).all())
    return _from_json(values)


def validate(settings: Settings) -> Settings:
    validation.number(settings.hours_per_fte, "hours_per_fte", minimum=1, maximum=60)
    validation.number(settings.absence_allowance, "absence_allowance", minimum=0, maximum=0.5)
    validation.number(settings.training_allowance, "training_allowance", minimum=0, maximum=0.5)
    if settings.total_allowance >= 0.9:
        raise ValidationError(
            _tr("Fravær og andre tillegg kan ikke til sammen være 90 % eller mer."),
            "absence_allowance",
        )
    if {s.shift for s in settings.shifts} != set(Shift) or len(settings.shifts) != len(Shift):
        raise ValidationError(_tr("Det må finnes nøyaktig én dag-, kveld- og nattvakt."), "shifts")
    for shift in settings.shifts:
        validation.integer(shift.start_minute, "shifts", minimum=0, maximum=1439)
        validation.integer(shift.end_minute, "shifts", minimum=0, maximum=1440)
    for hours in settings.weekend_shift_hours:
        validation.number(hours, "weekend_shift_hours", minimum=1, maximum=16)
    for frequency in settings.weekend_frequencies:
        validation.integer(frequency, "weekend_frequencies", minimum=1, maximum=8)
    return settings


def save(workspace: Workspace, settings: Settings) -> Settings:
    validate(settings)
    with workspace.transaction() as session:
        for key, value in _to_json(settings).items():
            session.merge(m.Setting(key=key, value=value))
    return settings


def update(workspace: Workspace, **changes: Any) -> Settings:
    """Change some settings, keeping the others."""
    try:
        new = dataclasses.replace(load(workspace), **changes)
    except TypeError as error:
        raise ValidationError(str(error)) from None
    return save(workspace, new)
