"""Checks on user input shared by the services, each raising :class:`ValidationError` with a
Norwegian message and the name of the offending field, so the UI can show it at the cell."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from oppgave.domain import numbers
from oppgave.errors import ValidationError
from oppgave.i18n import translate

SHARE_TOLERANCE = 0.01
COLOUR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")

E = TypeVar("E", bound=StrEnum)


def _tr(text: str) -> str:
    return translate("Validation", text)


def name(value: object, field: str = "name", max_length: int = 300) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(_tr("Navnet kan ikke være tomt."), field)
    cleaned = " ".join(value.split())
    if len(cleaned) > max_length:
        raise ValidationError(
            _tr("Navnet er for langt (høyst {n} tegn).").format(n=max_length), field
        )
    return cleaned


def text(value: object, field: str, max_length: int = 10_000) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_tr("Forventet tekst."), field)
    if len(value) > max_length:
        raise ValidationError(
            _tr("Teksten er for lang (høyst {n} tegn).").format(n=max_length), field
        )
    return value


def number(
    value: object,
    field: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: bool = False,
) -> float:
    """A finite number within bounds; booleans and text are refused, never coerced."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(_tr("Må være et tall."), field)
    result = float(value)
    if not math.isfinite(result):
        raise ValidationError(_tr("Må være et endelig tall."), field)
    if minimum is not None:
        if exclusive_minimum and result <= minimum:
            raise ValidationError(
                _tr("Må være større enn {minimum}.").format(minimum=_fmt(minimum)), field
            )
        if not exclusive_minimum and result < minimum:
            raise ValidationError(
                _tr("Kan ikke være mindre enn {minimum}.").format(minimum=_fmt(minimum)), field
            )
    if maximum is not None and result > maximum:
        raise ValidationError(
            _tr("Kan ikke være større enn {maximum}.").format(maximum=_fmt(maximum)), field
        )
    return result


def integer(
    value: object, field: str, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_tr("Må være et heltall."), field)
    number(value, field, minimum=minimum, maximum=maximum)
    return value


def enum_value(enum_type: type[E], value: object, field: str) -> E:
    try:
        if not isinstance(value, str):  # the enums hold text; anything else is not one of them
            raise ValueError(value)
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum_type)
        raise ValidationError(
            _tr("Ugyldig verdi {value!r} (gyldige: {allowed}).").format(
                value=value, allowed=allowed
            ),
            field,
        ) from None


UUID_PATTERN = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
)


def uuid_text(value: object, field: str = "uuid") -> str:
    """A uuid as text (36 characters with hyphens), lower case; kept across files by import."""
    if not isinstance(value, str) or not UUID_PATTERN.match(value.strip()):
        raise ValidationError(_tr("Ugyldig uuid {value!r}.").format(value=value), field)
    return value.strip().lower()


def colour(value: object, field: str = "colour") -> str:
    if not isinstance(value, str) or not COLOUR_PATTERN.match(value):
        raise ValidationError(_tr("Fargen må skrives som #RRGGBB."), field)
    return value.lower()


def shares(value: Mapping[int, float], field: str = "assignments") -> dict[int, float]:
    """Role shares of one task in percent: each in (0, 100], summing to 100 (± 0.01)."""
    result: dict[int, float] = {}
    for role_id, share in value.items():
        share_value = number(share, field, minimum=0, maximum=100, exclusive_minimum=True)
        result[int(role_id)] = share_value
    if not result:
        return result
    total = sum(result.values())
    if abs(total - 100.0) > SHARE_TOLERANCE:
        raise ValidationError(
            _tr("Andelene må summere til 100 % (nå {total} %).").format(total=_fmt(total)), field
        )
    return result


def _fmt(value: float) -> str:
    return numbers.format_number(value, 2)
