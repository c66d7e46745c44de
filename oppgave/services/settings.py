"""Workspace settings (the analysis assumptions), stored as JSON values per key.

Unknown keys in a file are ignored and missing keys take the defaults of
:class:`oppgave.domain.records.Settings`, so a settings field added later needs no migration.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Shift
from oppgave.domain.records import MINUTES_PER_DAY, Settings, ShiftDefinition
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate
from oppgave.services import catalogue, validation


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
        return load_in_session(session)


def load_in_session(session: Session) -> Settings:
    """The settings as seen inside an open session (for checks within another service's
    transaction, e.g. the support-role rule when assignments are written)."""
    values = dict(session.execute(select(m.Setting.key, m.Setting.value)).all())
    return _from_json(values)


#: What the user can edit, with the Norwegian label the UI and the CLI show (docs/analyse.md).
FIELD_LABELS: dict[str, str] = {
    "hours_per_fte": QT_TRANSLATE_NOOP("Settings", "Timer per årsverk (per uke)"),
    "absence_allowance": QT_TRANSLATE_NOOP("Settings", "Fravær (andel)"),
    "training_allowance": QT_TRANSLATE_NOOP("Settings", "Opplæring og møter (andel)"),
    "shifts": QT_TRANSLATE_NOOP("Settings", "Vakter"),
    "weekend_shift_hours": QT_TRANSLATE_NOOP("Settings", "Lengder på helgevakt (timer)"),
    "weekend_frequencies": QT_TRANSLATE_NOOP("Settings", "Helgefrekvenser (hver n-te helg)"),
    "weeks_per_year": QT_TRANSLATE_NOOP("Settings", "Uker per år"),
    "nurse_role_codes": QT_TRANSLATE_NOOP("Settings", "Sykepleierroller (koder)"),
    "weekend_shifts_per_person": QT_TRANSLATE_NOOP("Settings", "Helgevakter per person per helg"),
    "continuity_threshold_percent": QT_TRANSLATE_NOOP(
        "Settings", "Grense for kontinuitetsbærer (stillingsprosent)"
    ),
    "support_role_codes": QT_TRANSLATE_NOOP("Settings", "Støttefunksjoner (koder)"),
    "trainee_role_codes": QT_TRANSLATE_NOOP("Settings", "Lærlinger og elever (koder)"),
    "safety_role_codes": QT_TRANSLATE_NOOP(
        "Settings", "Autoriserte sykepleiere i forsvarlighetsgulvet (koder)"
    ),
    "high_risk_min_level": QT_TRANSLATE_NOOP("Settings", "Laveste nivå for høyrisikooppgaver"),
    "supervision_share": QT_TRANSLATE_NOOP(
        "Settings", "Veiledning ved delegering (andel av timene)"
    ),
    "course_horizon_years": QT_TRANSLATE_NOOP("Settings", "Kurs fordeles over (år)"),
    "holiday_weeks": QT_TRANSLATE_NOOP("Settings", "Ferie (uker per år)"),
    "public_holidays": QT_TRANSLATE_NOOP("Settings", "Helligdager (arbeidsdager per år)"),
    "course_refresher_share": QT_TRANSLATE_NOOP(
        "Settings", "Oppfriskning per år (andel av kurskostnaden)"
    ),
}

#: The settings that hold lists of role codes; each code must be one of the catalogue's.
ROLE_CODE_FIELDS = (
    "nurse_role_codes",
    "support_role_codes",
    "trainee_role_codes",
    "safety_role_codes",
)

_SHIFT_NAMES = {
    Shift.DAY: QT_TRANSLATE_NOOP("Settings", "dagvakt"),
    Shift.EVENING: QT_TRANSLATE_NOOP("Settings", "kveldsvakt"),
    Shift.NIGHT: QT_TRANSLATE_NOOP("Settings", "nattevakt"),
}


def _numbers(values: object, field: str) -> tuple[Any, ...]:
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ValidationError(_tr("Forventet en liste med tall."), field)
    items = tuple(values)
    if not items:
        raise ValidationError(_tr("Listen kan ikke være tom."), field)
    return items


def validate(settings: Settings, role_codes: Iterable[str] | None = None) -> Settings:
    """Check every setting the analysis uses and return them normalised (lists as sorted tuples
    without repeats). ``role_codes``: the catalogue's codes, to check the role-code lists
    (``nurse_role_codes``, ``support_role_codes``, ``trainee_role_codes``).

    Raises :class:`ValidationError` naming the field.
    """
    validation.number(settings.hours_per_fte, "hours_per_fte", minimum=1, maximum=60)
    validation.number(settings.absence_allowance, "absence_allowance", minimum=0, maximum=0.5)
    validation.number(settings.training_allowance, "training_allowance", minimum=0, maximum=0.5)
    if settings.total_allowance >= 0.9:
        raise ValidationError(
            _tr("Fravær og andre tillegg kan ikke til sammen være 90 % eller mer."),
            "absence_allowance",
        )
    shifts = _validate_shifts(settings.shifts)
    weekend_hours = tuple(
        sorted(
            {
                validation.number(hours, "weekend_shift_hours", minimum=1, maximum=16)
                for hours in _numbers(settings.weekend_shift_hours, "weekend_shift_hours")
            }
        )
    )
    frequencies = tuple(
        sorted(
            {
                validation.integer(frequency, "weekend_frequencies", minimum=1, maximum=8)
                for frequency in _numbers(settings.weekend_frequencies, "weekend_frequencies")
            }
        )
    )
    validation.number(settings.weeks_per_year, "weeks_per_year", minimum=1, maximum=53)
    validation.integer(
        settings.weekend_shifts_per_person, "weekend_shifts_per_person", minimum=1, maximum=4
    )
    validation.number(
        settings.continuity_threshold_percent,
        "continuity_threshold_percent",
        minimum=0,
        maximum=100,
        exclusive_minimum=True,
    )
    validation.integer(settings.high_risk_min_level, "high_risk_min_level", minimum=0, maximum=5)
    validation.number(settings.supervision_share, "supervision_share", minimum=0, maximum=1)
    validation.number(settings.holiday_weeks, "holiday_weeks", minimum=0, maximum=10)
    validation.number(settings.public_holidays, "public_holidays", minimum=0, maximum=30)
    validation.number(settings.course_horizon_years, "course_horizon_years", minimum=1, maximum=20)
    validation.number(
        settings.course_refresher_share, "course_refresher_share", minimum=0, maximum=1
    )
    codes = {
        field: _role_codes(getattr(settings, field), field, role_codes)
        for field in ROLE_CODE_FIELDS
    }
    both = [code for code in codes["support_role_codes"] if code in codes["nurse_role_codes"]]
    if both:
        raise ValidationError(
            _tr("En rolle kan ikke være både sykepleierrolle og støttefunksjon ({codes}).").format(
                codes=", ".join(both)
            ),
            "support_role_codes",
        )
    return dataclasses.replace(
        settings,
        hours_per_fte=float(settings.hours_per_fte),
        absence_allowance=float(settings.absence_allowance),
        training_allowance=float(settings.training_allowance),
        shifts=shifts,
        weekend_shift_hours=weekend_hours,
        weekend_frequencies=frequencies,
        weeks_per_year=float(settings.weeks_per_year),
        nurse_role_codes=codes["nurse_role_codes"],
        support_role_codes=codes["support_role_codes"],
        trainee_role_codes=codes["trainee_role_codes"],
        safety_role_codes=codes["safety_role_codes"],
        high_risk_min_level=int(settings.high_risk_min_level),
        supervision_share=float(settings.supervision_share),
        course_horizon_years=float(settings.course_horizon_years),
        course_refresher_share=float(settings.course_refresher_share),
        holiday_weeks=float(settings.holiday_weeks),
        public_holidays=float(settings.public_holidays),
        continuity_threshold_percent=float(settings.continuity_threshold_percent),
    )


def _role_codes(codes: object, field: str, role_codes: Iterable[str] | None) -> tuple[str, ...]:
    """A list of role codes, stripped, without repeats, each known to the catalogue (if
    ``role_codes`` is given). An empty list is allowed (e.g. no support roles)."""
    if isinstance(codes, str) or not isinstance(codes, Iterable):
        raise ValidationError(_tr("Forventet en liste med rollekoder."), field)
    clean: list[str] = []
    for code in codes:
        if not isinstance(code, str) or not code.strip():
            raise ValidationError(_tr("En rollekode kan ikke være tom."), field)
        if code.strip() not in clean:
            clean.append(code.strip())
    if role_codes is not None:
        known = set(role_codes)
        unknown = [code for code in clean if code not in known]
        if unknown:
            raise ValidationError(
                _tr("Ukjent rollekode {codes}. Rollekoder: {known}").format(
                    codes=", ".join(unknown), known=", ".join(sorted(known))
                ),
                field,
            )
    return tuple(clean)


def _validate_shifts(shifts: object) -> tuple[ShiftDefinition, ...]:
    """Exactly one day, evening and night shift that together cover the day without overlap.

    The shifts are the bins of the shift tables and the døgnrytme: an overlap would count the
    same minutes of work twice, a gap would leave them out.
    """
    if isinstance(shifts, str) or not isinstance(shifts, Iterable):
        raise ValidationError(_tr("Det må finnes nøyaktig én dag-, kveld- og nattvakt."), "shifts")
    items = tuple(shifts)
    if not all(isinstance(s, ShiftDefinition) for s in items) or (
        {s.shift for s in items} != set(Shift) or len(items) != len(Shift)
    ):
        raise ValidationError(_tr("Det må finnes nøyaktig én dag-, kveld- og nattvakt."), "shifts")
    covered = [0] * MINUTES_PER_DAY
    ordered = sorted(items, key=lambda s: list(Shift).index(s.shift))
    for shift in ordered:
        validation.integer(shift.start_minute, "shifts", minimum=0, maximum=MINUTES_PER_DAY - 1)
        validation.integer(shift.end_minute, "shifts", minimum=0, maximum=MINUTES_PER_DAY)
        if shift.start_minute == shift.end_minute % MINUTES_PER_DAY:
            raise ValidationError(
                _tr("{shift} kan ikke begynne og slutte på samme klokkeslett.").format(
                    shift=_tr(_SHIFT_NAMES[shift.shift]).capitalize()
                ),
                "shifts",
            )
        for k in range(shift.window.length_minutes):
            covered[(shift.start_minute + k) % MINUTES_PER_DAY] += 1
    if any(count > 1 for count in covered):
        minute = next(k for k, count in enumerate(covered) if count > 1)
        raise ValidationError(
            _tr("Vaktene overlapper (kl. {time}). De må dekke døgnet uten å overlappe.").format(
                time=_hhmm(minute)
            ),
            "shifts",
        )
    if any(count == 0 for count in covered):
        minute = next(k for k, count in enumerate(covered) if count == 0)
        raise ValidationError(
            _tr("Ingen vakt dekker kl. {time}. Vaktene må dekke hele døgnet.").format(
                time=_hhmm(minute)
            ),
            "shifts",
        )
    return tuple(
        ShiftDefinition(s.shift, s.start_minute, s.end_minute % MINUTES_PER_DAY) for s in ordered
    )


def _hhmm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def save(workspace: Workspace, settings: Settings) -> Settings:
    """Validate and store ``settings`` (one transaction); returns what was stored."""
    clean = validate(settings, [role.code for role in catalogue.list_roles(workspace)])
    with workspace.transaction() as session:
        for key, value in _to_json(clean).items():
            session.merge(m.Setting(key=key, value=value))
    return clean


def update(workspace: Workspace, **changes: Any) -> Settings:
    """Change some settings, keeping the others; returns the new settings.

    Undo: keep the settings from :func:`load` before the change and :func:`save` them back.
    """
    unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(Settings)})
    if unknown:
        raise ValidationError(
            _tr("Ukjent innstilling: {names}.").format(names=", ".join(unknown)), unknown[0]
        )
    return save(workspace, dataclasses.replace(load(workspace), **changes))
