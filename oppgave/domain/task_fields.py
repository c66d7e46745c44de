"""One description per task field: the single place that says what a task holds.

Every field of :class:`oppgave.domain.records.Task` the user sees is described here once: its
record attributes, its label, its columns in the app's own export (header, number format,
width, how a cell is written and read back), the department-sheet column it is read from,
whether a new task needs it, and its default. The export's task columns, the export reader, the
department-sheet reader's simple fields and the field labels of the column mapping are derived
from :data:`TASK_FIELDS`; ``tests/domain/test_task_fields.py`` fails when the record or the ORM
model gains a field this registry does not describe, so a new field cannot be forgotten.

Parsing and formatting are never done here: cells are read and written through
:mod:`oppgave.domain.task_text` (the one text module) and :mod:`oppgave.domain.labels`. The
small cell converters below only turn a spreadsheet cell (a number, a text, nothing) into what
those functions take. Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from oppgave.domain import labels
from oppgave.domain import task_text as ft
from oppgave.domain.enums import (
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    TaskStatus,
)
from oppgave.domain.records import Competence, Frequency, Role, Task
from oppgave.domain.task_text import TaskTextError
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

E = TypeVar("E", bound=StrEnum)

#: Translation contexts. The labels keep the contexts they had before the registry existed
#: (the department-sheet mapping's «Columns», the export's «ExportFormat»), so the existing
#: translations still apply.
LABEL_CONTEXT = "Columns"
EXPORT_CONTEXT = "ExportFormat"

# number formats of the export (Excel shows them with the user's decimal and grouping marks)
INTEGER = "0"
DECIMAL = "0.0##"
HOURS = "0.0"

#: A cell as the workbook readers give it (openpyxl's value types).
CellValue = Any


def _read_tr(text: str) -> str:
    return translate("WorkspaceImport", text)


# --- cell converters: a spreadsheet cell into what task_text takes -----------------------------


def cell_str(value: CellValue) -> str:
    """A cell as text; a whole number stored as a float is written without «.0»."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def required_text(value: CellValue) -> str:
    text = cell_str(value).strip()
    if not text:
        raise TaskTextError(_read_tr("Verdien mangler."))
    return text


def number(value: CellValue) -> float:
    """A finite number from a numeric cell or a text «2,5» (through ``task_text``)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            return ft.parse_number(value)
        raise TaskTextError(_read_tr("Må være et tall."))
    if not math.isfinite(value):
        raise TaskTextError(_read_tr("Må være et tall."))
    return float(value)


def integer(value: CellValue) -> int:
    result = number(value)
    if not result.is_integer():
        raise TaskTextError(_read_tr("Må være et heltall."))
    return int(result)


def optional_integer(value: CellValue) -> int | None:
    return None if value is None or cell_str(value).strip() == "" else integer(value)


def codes(value: CellValue) -> tuple[str, ...]:
    """«LM-INJ, SAR-ENKEL» → the codes; resolved against the catalogue by the caller."""
    return tuple(part.strip() for part in cell_str(value).split(",") if part.strip())


def enum_label(enum_type: type[E]) -> Callable[[CellValue], E]:
    """A reader of any word :mod:`oppgave.domain.labels` knows for a member of ``enum_type``."""

    def read(value: CellValue) -> E:
        try:
            return labels.parse(enum_type, value)
        except ValidationError as error:
            raise TaskTextError(error.message) from None

    return read


def choice_or_default(enum_type: type[E]) -> Callable[[CellValue], E]:
    """Like :func:`enum_label`, but a blank cell gives the first member, the database default
    («lav», «kan overføres»)."""
    parse = enum_label(enum_type)

    def read(value: CellValue) -> E:
        if value is None or not str(value).strip():
            return next(iter(enum_type))
        return parse(value)

    return read


# --- the registry ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskContext:
    """What writing a task's cells needs besides the task: the catalogue (codes for ids) and
    the shares of «I dag» (the «Hvem gjør i dag» column)."""

    roles: Mapping[int, Role]
    competences: Mapping[int, Competence]
    today: Mapping[int, Mapping[int, float]] = dataclasses.field(default_factory=dict)
    #: made once per export (matching role codes is not free); from ``roles`` when None
    role_matcher: ft.RoleMatcher | None = None

    def matcher(self) -> ft.RoleMatcher:
        return self.role_matcher or ft.role_matcher(tuple(self.roles.values()))


@dataclass(frozen=True, slots=True)
class TaskColumn:
    """One column of the export's task sheet. ``read`` is None for a column only people read
    (computed again on import); ``optional`` columns may be missing from older files (the
    import then keeps what the task has)."""

    key: str
    label: str
    write: Callable[[Task, TaskContext], object]
    read: Callable[[CellValue], object] | None = None
    number_format: str | None = None
    width: float | None = None
    optional: bool = False

    @property
    def computed(self) -> bool:
        return self.read is None

    @property
    def title(self) -> str:
        return translate(EXPORT_CONTEXT, self.label)


def _single(key: str) -> Callable[[Mapping[str, object]], dict[str, object]]:
    return lambda values: {key: values[key]}


@dataclass(frozen=True, slots=True)
class TaskField:
    """One task field: ``attributes`` of :class:`Task` it holds (several for a frequency or
    a restriction; none for a figure computed from others), its label, its export columns,
    ``sheet_fields`` (values of :class:`oppgave.exchange.columns.Field`) a department's sheet
    gives it from, ``stored_as`` (columns of the ORM table ``task``; child tables are named
    ``table:``), and how the read columns become ``create_tasks`` values (``assemble``)."""

    name: str
    label: str
    attributes: tuple[str, ...]
    columns: tuple[TaskColumn, ...]
    stored_as: tuple[str, ...] = ()
    sheet_fields: tuple[str, ...] = ()
    #: a new task cannot be made without it (an existing one keeps what it has)
    required: bool = False
    #: what the department-sheet reader says a wrong-typed cell should have been
    expected: str = ""
    #: reads a department sheet's cell text (one of ``task_text``'s parsers), for fields read
    #: by the same rule in both importers; None when the sheet reader has its own step
    parse_text: Callable[[str], object] | None = None
    assemble: Callable[[Mapping[str, object]], dict[str, object]] | None = None

    @property
    def title(self) -> str:
        """The label in the user's language."""
        return translate(LABEL_CONTEXT, self.label)

    @property
    def default(self) -> object:
        """The record's default for the field's first attribute (``MISSING`` if required)."""
        if not self.attributes:
            return dataclasses.MISSING
        for item in dataclasses.fields(Task):
            if item.name == self.attributes[0]:
                return item.default
        return dataclasses.MISSING

    @property
    def readable(self) -> tuple[TaskColumn, ...]:
        return tuple(c for c in self.columns if not c.computed)

    def values(self, read: Mapping[str, object]) -> dict[str, object]:
        """The task values from this field's read columns (keyed by column key)."""
        if self.assemble is not None:
            return self.assemble(read)
        return {self.attributes[0]: read[self.readable[0].key]}


def _column(
    key: str,
    label: str,
    write: Callable[[Task, TaskContext], object],
    read: Callable[[CellValue], object] | None = None,
    fmt: str | None = None,
    width: float | None = None,
    optional: bool = False,
) -> TaskColumn:
    return TaskColumn(key, label, write, read, fmt, width, optional)


def _frequency(values: Mapping[str, object]) -> dict[str, object]:
    return {
        "frequency": Frequency(
            values["frequency_count"],  # type: ignore[arg-type]
            values["frequency_unit"],  # type: ignore[arg-type]
            values["days"],  # type: ignore[arg-type]
        )
    }


def _restriction(values: Mapping[str, object]) -> dict[str, object]:
    return {
        "restriction": values["restriction"],
        "restriction_min_level": values["min_level"],
        "allowed_role_ids": values["allowed_roles"],  # codes until the catalogue resolves them
    }


TASK_FIELDS: tuple[TaskField, ...] = (
    TaskField(
        "uuid",
        QT_TRANSLATE_NOOP("Columns", "Oppgave-ID"),
        ("uuid",),
        (
            _column(
                "task_uuid",
                QT_TRANSLATE_NOOP("ExportFormat", "Oppgave-ID"),
                lambda t, c: t.uuid,
                required_text,
                width=38,
            ),
        ),
        stored_as=("uuid",),
        sheet_fields=("uuid",),
    ),
    TaskField(
        "sort_order",
        QT_TRANSLATE_NOOP("Columns", "Nr"),
        ("sort_order",),
        (
            _column(
                "sort_order",
                QT_TRANSLATE_NOOP("ExportFormat", "Nr"),
                lambda t, c: t.sort_order,
                integer,
                INTEGER,
                6,
            ),
        ),
        stored_as=("sort_order",),
    ),
    TaskField(
        "name",
        QT_TRANSLATE_NOOP("Columns", "Oppgave"),
        ("name",),
        (
            _column(
                "name",
                QT_TRANSLATE_NOOP("ExportFormat", "Oppgave"),
                lambda t, c: t.name,
                required_text,
                width=36,
            ),
        ),
        stored_as=("name",),
        sheet_fields=("name",),
        required=True,
    ),
    TaskField(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Beskrivelse"),
        ("description",),
        (
            _column(
                "description",
                QT_TRANSLATE_NOOP("ExportFormat", "Beskrivelse"),
                lambda t, c: t.description,
                cell_str,
                width=40,
            ),
        ),
        stored_as=("description",),
        sheet_fields=("description",),
    ),
    TaskField(
        "category",
        QT_TRANSLATE_NOOP("Columns", "Kategori"),
        ("category",),
        (
            _column(
                "category",
                QT_TRANSLATE_NOOP("ExportFormat", "Kategori"),
                lambda t, c: labels.label(t.category),
                enum_label(Category),
            ),
        ),
        stored_as=("category",),
        sheet_fields=("category",),
        expected=QT_TRANSLATE_NOOP("Import", "en kategori"),
        parse_text=ft.parse_category,
    ),
    TaskField(
        "frequency",
        QT_TRANSLATE_NOOP("Columns", "Hyppighet"),
        ("frequency",),
        (
            _column(
                "frequency_text",
                QT_TRANSLATE_NOOP("ExportFormat", "Hyppighet"),
                lambda t, c: ft.describe_frequency(t.frequency),
                width=28,
            ),
            _column(
                "frequency_count",
                QT_TRANSLATE_NOOP("ExportFormat", "Antall ganger"),
                lambda t, c: t.frequency.count,
                number,
                DECIMAL,
                10,
            ),
            _column(
                "frequency_unit",
                QT_TRANSLATE_NOOP("ExportFormat", "Per"),
                lambda t, c: labels.label(t.frequency.unit),
                enum_label(FrequencyUnit),
                width=8,
            ),
            _column(
                "days",
                QT_TRANSLATE_NOOP("ExportFormat", "Dager"),
                lambda t, c: ft.describe_days(t.frequency.days) or translate("Export", "alle"),
                lambda x: ft.parse_days(cell_str(x)),
                width=16,
            ),
            _column(
                "per_week",
                QT_TRANSLATE_NOOP("ExportFormat", "Ganger per uke"),
                lambda t, c: t.frequency.occurrences_per_week(),
                fmt=DECIMAL,
                width=10,
            ),
        ),
        stored_as=("frequency_count", "frequency_unit", "days"),
        sheet_fields=("frequency", "days"),
        required=True,
        assemble=_frequency,
    ),
    TaskField(
        "windows",
        QT_TRANSLATE_NOOP("Columns", "Tidspunkt"),
        ("windows",),
        (
            _column(
                "windows",
                QT_TRANSLATE_NOOP("ExportFormat", "Tidspunkt"),
                # clock times: read back whatever the shifts
                lambda t, c: ft.describe_windows(t.windows, shifts=()),
                lambda x: ft.parse_times(cell_str(x)),
                width=24,
            ),
        ),
        stored_as=("table:task_time_window",),
        sheet_fields=("time",),
    ),
    TaskField(
        "duration",
        QT_TRANSLATE_NOOP("Columns", "Tidsbruk"),
        ("duration_minutes",),
        (
            _column(
                "duration",
                QT_TRANSLATE_NOOP("ExportFormat", "Tidsbruk (min)"),
                lambda t, c: t.duration_minutes,
                number,
                DECIMAL,
                10,
            ),
        ),
        stored_as=("duration_minutes",),
        sheet_fields=("duration",),
        required=True,
    ),
    TaskField(
        "staff",
        QT_TRANSLATE_NOOP("Columns", "Antall personer"),
        ("staff_count",),
        (
            _column(
                "staff",
                QT_TRANSLATE_NOOP("ExportFormat", "Antall personer"),
                lambda t, c: t.staff_count,
                integer,
                INTEGER,
                10,
            ),
        ),
        stored_as=("staff_count",),
        sheet_fields=("staff",),
        expected=QT_TRANSLATE_NOOP("Import", "et antall personer"),
        parse_text=ft.parse_staff_count,
    ),
    TaskField(
        "hours_per_week",
        QT_TRANSLATE_NOOP("Columns", "Timer per uke"),
        (),
        (
            _column(
                "hours_per_week",
                QT_TRANSLATE_NOOP("ExportFormat", "Timer per uke"),
                lambda t, c: t.hours_per_week,
                fmt=HOURS,
                width=10,
            ),
        ),
    ),
    TaskField(
        "competences",
        QT_TRANSLATE_NOOP("Columns", "Kompetanse"),
        ("competence_ids",),
        (
            _column(
                "competences",
                QT_TRANSLATE_NOOP("ExportFormat", "Kompetanse"),
                lambda t, c: ft.format_competences(t.competence_ids, c.competences),
                codes,
                width=24,
            ),
        ),
        stored_as=("table:task_competence",),
        sheet_fields=("competence", "upgrade"),
    ),
    TaskField(
        "restriction",
        QT_TRANSLATE_NOOP("Columns", "Begrensning"),
        ("restriction", "restriction_min_level", "allowed_role_ids"),
        (
            _column(
                "restriction",
                QT_TRANSLATE_NOOP("ExportFormat", "Begrensning"),
                lambda t, c: labels.label(t.restriction),
                enum_label(Restriction),
            ),
            _column(
                "min_level",
                QT_TRANSLATE_NOOP("ExportFormat", "Laveste nivå"),
                lambda t, c: t.restriction_min_level,
                optional_integer,
                INTEGER,
                8,
            ),
            _column(
                "allowed_roles",
                QT_TRANSLATE_NOOP("ExportFormat", "Begrenset til"),
                lambda t, c: ", ".join(sorted(c.roles[i].code for i in t.allowed_role_ids)),
                codes,
                width=14,
            ),
        ),
        stored_as=("restriction", "restriction_min_level", "table:task_allowed_role"),
        assemble=_restriction,
    ),
    TaskField(
        "status",
        QT_TRANSLATE_NOOP("Columns", "Status"),
        ("status",),
        (
            _column(
                "status",
                QT_TRANSLATE_NOOP("ExportFormat", "Status"),
                lambda t, c: labels.label(t.status),
                enum_label(TaskStatus),
                width=10,
            ),
        ),
        stored_as=("status",),
        sheet_fields=("status",),
        expected=QT_TRANSLATE_NOOP("Import", "en status"),
        parse_text=ft.parse_status,
    ),
    TaskField(
        "work_flags",
        QT_TRANSLATE_NOOP("Columns", "Arbeidsmiljø"),
        ("work_flags",),
        (
            _column(
                "work_flags",
                QT_TRANSLATE_NOOP("ExportFormat", "Arbeidsmiljø"),
                lambda t, c: ft.describe_work_flags(t.work_flags),
                ft.parse_work_flags,
                width=20,
            ),
        ),
        stored_as=("work_flags",),
    ),
    TaskField(
        "risk_level",
        QT_TRANSLATE_NOOP("Columns", "Risiko"),
        ("risk_level",),
        (
            _column(
                "risk_level",
                QT_TRANSLATE_NOOP("ExportFormat", "Risiko"),
                lambda t, c: labels.label(t.risk_level),
                choice_or_default(RiskLevel),
                width=10,
                optional=True,
            ),
        ),
        stored_as=("risk_level",),
        sheet_fields=("risk",),
        parse_text=ft.parse_risk_level,
    ),
    TaskField(
        "delegation_rule",
        QT_TRANSLATE_NOOP("Columns", "Delegering"),
        ("delegation_rule",),
        (
            _column(
                "delegation_rule",
                QT_TRANSLATE_NOOP("ExportFormat", "Delegering"),
                lambda t, c: labels.label(t.delegation_rule),
                choice_or_default(DelegationRule),
                width=26,
                optional=True,
            ),
        ),
        stored_as=("delegation_rule",),
        sheet_fields=("delegation",),
        parse_text=ft.parse_delegation_rule,
    ),
    TaskField(
        "notes",
        QT_TRANSLATE_NOOP("Columns", "Merknad"),
        ("notes",),
        (
            _column(
                "notes",
                QT_TRANSLATE_NOOP("ExportFormat", "Merknad"),
                lambda t, c: t.notes,
                cell_str,
                width=40,
            ),
        ),
        stored_as=("notes",),
        sheet_fields=("notes",),
    ),
    TaskField(
        "today",
        QT_TRANSLATE_NOOP("Columns", "Hvem gjør i dag"),
        (),
        (
            _column(
                "today",
                QT_TRANSLATE_NOOP("ExportFormat", "Hvem gjør i dag"),
                lambda t, c: ft.describe_shares(c.today.get(t.id, {}), c.matcher()),
                width=20,
            ),
        ),
    ),
)

#: Record attributes that are identity or bookkeeping, not fields the user edits.
NOT_FIELDS = frozenset({"id", "department_id", "version"})

FIELDS_BY_NAME: Mapping[str, TaskField] = {item.name: item for item in TASK_FIELDS}


def field_of_sheet(sheet_field: str) -> TaskField | None:
    """The task field a department-sheet column (a ``columns.Field`` value) gives values to."""
    for item in TASK_FIELDS:
        if sheet_field in item.sheet_fields:
            return item
    return None


def export_columns() -> tuple[TaskColumn, ...]:
    """The task columns of the export, in order (the owner's columns come before them)."""
    return tuple(column for item in TASK_FIELDS for column in item.columns)


def export_cells(task: Task, context: TaskContext) -> list[object]:
    """A task's cells in the order of :func:`export_columns`."""
    return [column.write(task, context) for item in TASK_FIELDS for column in item.columns]
