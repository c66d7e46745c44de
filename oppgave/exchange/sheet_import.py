"""From a department's own sheet to a plan of tasks, with a per-row validation report.

Planning is pure: a :class:`~oppgave.exchange.workbook_reading.WorkbookGrid`, the workspace's
catalogue and the department's current tasks (an :class:`ImportContext`) and the user's
choices (:class:`ImportOptions`) in; an :class:`ImportPlan` out. Nothing is written here: the
plan says, per row, which task it creates or updates (or that it is unchanged, skipped or
invalid) and lists every problem with sheet, row, column and value. The user fixes or skips
rows and plans again; :mod:`oppgave.exchange.importing` writes an accepted plan in one
transaction.

How rows are read:

* header rows are found by :func:`~oppgave.exchange.columns.detect_layout`; merged cells are
  filled first, so a category merged down over rows applies to each;
* blank rows, repeated header rows and "Sum" rows are skipped; a row with one text across the
  sheet ("MORGEN", "Direkte pasientarbeid") is a heading whose time of day or category applies
  to the rows under it; a sheet named after a part of the day ("Kveld") gives that time too;
* a row is matched to an existing task by its Oppgave-ID (uuid) if the sheet has one, else by
  its normalised name, so importing the same sheet twice updates instead of duplicating;
* new tasks need a frequency and a duration; "ved behov" needs an estimate. Nothing is guessed:
  what cannot be read is an error on that cell.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from oppgave.domain import task_fields
from oppgave.domain import task_text as ft
from oppgave.domain.enums import ALL_DAYS, AllRoles, Category
from oppgave.domain.names import normalise_name
from oppgave.domain.records import (
    DEFAULT_SHIFTS,
    Competence,
    Course,
    Frequency,
    Role,
    ShiftDefinition,
    Task,
    TimeWindow,
)
from oppgave.domain.task_fields import TaskField
from oppgave.domain.task_text import TaskTextError
from oppgave.exchange.columns import (
    HEADER_SEARCH_ROWS,
    ColumnOverride,
    ColumnUse,
    Field,
    SheetLayout,
    apply_overrides,
    describe_columns,
    detect_layout,
    duration_unit_hint,
    field_label,
    frequency_unit_hint,
    header_text,
    layout_at,
)
from oppgave.exchange.workbook_reading import CellValue, SheetGrid, WorkbookGrid
from oppgave.i18n import translate

#: Default name of the scenario that gets "Hvem kan gjøre".
DEFAULT_PROPOSAL_NAME = "Forslag fra import"
MAX_NAME_LENGTH = 300
MAX_TEXT_LENGTH = 10_000
_TOTAL_WORDS = frozenset(
    {"sum", "sum timer", "totalt", "total", "sum tid", "sum minutter", "i alt"}
)
_SHARE_TOLERANCE = 1e-6
_UUID = re.compile(r"^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


def _tr(text: str) -> str:
    return translate("Import", text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_LABELS: Mapping[Severity, str] = {
    Severity.ERROR: "feil",
    Severity.WARNING: "advarsel",
    Severity.INFO: "info",
}


def severity_label(severity: Severity) -> str:
    return translate("Import", SEVERITY_LABELS[severity])


@dataclass(frozen=True, slots=True)
class Problem:
    """One line of the validation report. ``row`` 0 and ``column`` "" mean the whole sheet
    (or file, when ``sheet`` is "" too)."""

    sheet: str
    row: int
    column: str
    value: str
    message: str
    severity: Severity = Severity.ERROR


class RowAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    INVALID = "invalid"


ROW_ACTION_LABELS: Mapping[RowAction, str] = {
    RowAction.CREATE: "ny",
    RowAction.UPDATE: "endres",
    RowAction.UNCHANGED: "uendret",
    RowAction.SKIPPED: "hoppes over",
    RowAction.INVALID: "feil",
}


def row_action_label(action: RowAction) -> str:
    return translate("Import", ROW_ACTION_LABELS[action])


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """What one sheet row becomes.

    ``fields`` are the task fields the sheet gives (as :func:`oppgave.services.tasks.
    create_tasks` takes them); fields the sheet does not give are left as they are on an
    existing task. ``today``/``future``: role id → share, or None when the sheet says nothing.
    """

    sheet: str
    row: int
    name: str
    key: str
    fields: Mapping[str, Any]
    today: Mapping[int, float] | None
    future: Mapping[int, float] | None
    task_id: int | None
    uuid: str | None
    action: RowAction
    problems: tuple[Problem, ...] = ()

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


@dataclass(frozen=True, slots=True)
class ImportContext:
    """What the plan is checked against: the catalogue, the shifts, and the target
    department's tasks with who does them today and in the proposal (when it exists)."""

    roles: tuple[Role, ...]
    #: the department's care roles (positions, not support roles): what «Alle» is split among
    care_role_ids: tuple[int, ...] = ()
    competences: tuple[Competence, ...] = ()
    courses: tuple[Course, ...] = ()
    shifts: tuple[ShiftDefinition, ...] = DEFAULT_SHIFTS
    tasks: tuple[Task, ...] = ()
    today: Mapping[int, Mapping[int, float]] = field(default_factory=dict)
    future: Mapping[int, Mapping[int, float]] | None = None
    foreign_uuids: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """The user's choices: column corrections, where headers are (sheet → rows), which sheets,
    rows to skip ((sheet, row)), and corrected cell values ((sheet, row, column) → value)."""

    overrides: tuple[ColumnOverride, ...] = ()
    header_rows: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    sheets: tuple[str, ...] | None = None
    skip: frozenset[tuple[str, int]] = frozenset()
    fixes: Mapping[tuple[str, int, int], CellValue] = field(default_factory=dict)
    #: what «Alle» in a role cell means; None: such rows are refused and the user asked
    all_roles: AllRoles | None = None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    source: Path
    layouts: tuple[SheetLayout, ...]
    rows: tuple[PlannedRow, ...]
    problems: tuple[Problem, ...]
    grids: Mapping[str, SheetGrid] = field(default_factory=dict)
    #: every column of every sheet read: its field, or why it is not used
    columns: tuple[ColumnUse, ...] = ()

    @property
    def unused_columns(self) -> list[ColumnUse]:
        return [use for use in self.columns if use.field is None and not use.ignored]

    @property
    def ambiguous_columns(self) -> list[ColumnUse]:
        return [use for use in self.columns if use.ambiguous]

    @property
    def file_errors(self) -> list[Problem]:
        """Errors not tied to a task row (an unknown column in ``--map``, no task column)."""
        rows = {(r.sheet, r.row) for r in self.rows}
        return [
            p
            for p in self.problems
            if p.severity is Severity.ERROR and (p.sheet, p.row) not in rows
        ]

    @property
    def invalid_rows(self) -> list[PlannedRow]:
        return [row for row in self.rows if row.action is RowAction.INVALID]

    @property
    def has_errors(self) -> bool:
        return bool(self.invalid_rows or self.file_errors)

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    def layout(self, sheet: str) -> SheetLayout | None:
        for layout in self.layouts:
            if layout.sheet == sheet:
                return layout
        return None


# --- planning ---------------------------------------------------------------------------------


def plan_import(
    grid: WorkbookGrid, context: ImportContext, options: ImportOptions | None = None
) -> ImportPlan:
    """Read every sheet of ``grid`` into a plan (see the module docstring)."""
    options = options or ImportOptions()
    planner = _Planner(context, options)
    layouts: list[SheetLayout] = []
    grids: dict[str, SheetGrid] = {}
    columns: list[ColumnUse] = []
    unused: dict[ColumnOverride, int] = {o: 0 for o in options.overrides}
    chosen = {s.casefold() for s in options.sheets} if options.sheets is not None else None
    for sheet in grid.sheets:
        if chosen is not None and sheet.name.casefold() not in chosen:
            continue
        if sheet.hidden and chosen is None:
            planner.problem(sheet.name, 0, "", "", _tr("Skjult ark; hoppet over."), Severity.INFO)
            continue
        filled = _with_fixes(sheet.with_merged_filled(), sheet.name, options.fixes)
        grids[sheet.name] = filled
        layout = _layout(filled, options)
        if layout is None:
            if not filled.is_empty():
                planner.problem(
                    filled.name,
                    0,
                    "",
                    "",
                    _tr(
                        "Fant ingen overskriftsrad med en kolonne for oppgaven og minst én "
                        "kolonne til; arket er hoppet over. Oppgi overskriftsraden eller "
                        "kolonnene om arket har oppgaver."
                    ),
                    Severity.INFO,
                )
            continue
        layout, not_here = apply_overrides(layout, options.overrides, filled.max_column)
        for override in options.overrides:
            if override not in not_here:
                unused[override] += 1
        layouts.append(layout)
        uses = describe_columns(layout, filled, options.overrides)
        columns.extend(uses)
        for use in uses:
            if use.field is None:
                planner.problem(
                    filled.name,
                    0,
                    layout.describe_column(use.column),
                    "",
                    _tr("Kolonnen brukes ikke: {reason}.").format(reason=use.reason),
                    Severity.INFO if use.ignored else Severity.WARNING,
                )
        planner.plan_sheet(filled, layout)
    for override, used in unused.items():
        if not used:
            planner.problem(
                override.sheet or "",
                0,
                override.column,
                "",
                _tr("Fant ingen kolonne «{column}» å gi feltet {field}.").format(
                    column=override.column,
                    field=override.field.value if override.field else "ignore",
                ),
            )
    if not layouts and not planner.problems:
        planner.problem("", 0, "", "", _tr("Ingen ark med oppgaver funnet."))
    return ImportPlan(
        grid.path,
        tuple(layouts),
        tuple(planner.rows),
        tuple(planner.sorted_problems()),
        grids,
        tuple(columns),
    )


def _layout(sheet: SheetGrid, options: ImportOptions) -> SheetLayout | None:
    for name, rows in options.header_rows.items():
        if name.casefold() == sheet.name.casefold() and rows:
            return layout_at(sheet, rows)
    found = detect_layout(sheet)
    if found is None and options.overrides:
        # No header is recognised, but the user named the columns: the header is the first
        # row where the user's names give a task column.
        for row in range(1, min(len(sheet.rows), HEADER_SEARCH_ROWS) + 1):
            candidate = layout_at(sheet, (row,))
            applied, _ = apply_overrides(candidate, options.overrides, sheet.max_column)
            if Field.NAME in applied.columns.values() and candidate.labels:
                return candidate
    return found


def _with_fixes(
    sheet: SheetGrid, name: str, fixes: Mapping[tuple[str, int, int], CellValue]
) -> SheetGrid:
    mine = {(row, column): value for (s, row, column), value in fixes.items() if s == name}
    if not mine:
        return sheet
    rows = [list(cells) for cells in sheet.rows]
    for (row, column), value in mine.items():
        while len(rows) < row:
            rows.append([])
        cells = rows[row - 1]
        if len(cells) < column:
            cells.extend([None] * (column - len(cells)))
        cells[column - 1] = value
    formulas = frozenset(cell for cell in sheet.formulas_without_value if cell not in mine)
    return SheetGrid(
        sheet.name, tuple(tuple(r) for r in rows), sheet.merged, formulas, sheet.hidden
    )


@dataclass(slots=True)
class _SheetState:
    """What headings and the sheet name say about the rows under them."""

    windows: tuple[TimeWindow, ...] = ()
    windows_from: str = ""
    category: Category | None = None


@dataclass(slots=True)
class _RowValues:
    """What one row gives, filled by the field steps in the registry's order: ``values`` as
    :func:`oppgave.services.tasks.create_tasks` takes them, ``notes`` put aside for the task's
    notes, the parsed frequency (the time and duration steps read it)."""

    state: _SheetState
    values: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    frequency: ft.ParsedFrequency | None = None


class _Planner:
    def __init__(self, context: ImportContext, options: ImportOptions) -> None:
        self.context = context
        self.options = options
        self.roles = ft.RoleMatcher(context.roles)
        by_id = {role.id: role for role in context.roles}
        self.care_roles = tuple(by_id[i] for i in context.care_role_ids if i in by_id)
        self.competences = ft.CompetenceMatcher(context.competences, context.courses)
        self.problems: list[Problem] = []
        self.rows: list[PlannedRow] = []
        self.by_uuid = {task.uuid: task for task in context.tasks}
        self.by_name: dict[str, list[Task]] = {}
        for task in context.tasks:
            self.by_name.setdefault(normalise_name(task.name), []).append(task)
        self.seen: dict[str, tuple[str, int]] = {}
        self.claimed: dict[int, tuple[str, int]] = {}

    def problem(
        self,
        sheet: str,
        row: int,
        column: str,
        value: str,
        message: str,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        item = Problem(sheet, row, column, value, message, severity)
        self.problems.append(item)
        return item

    def sorted_problems(self) -> list[Problem]:
        order = {
            name: index for index, name in enumerate(dict.fromkeys(p.sheet for p in self.problems))
        }
        return sorted(self.problems, key=lambda p: (order[p.sheet], p.row))

    # --- one sheet ----------------------------------------------------------------------------

    def plan_sheet(self, sheet: SheetGrid, layout: SheetLayout) -> None:
        state = _SheetState()
        self._sheet_defaults(sheet, layout, state)
        name_column = layout.column_of(Field.NAME)
        assert name_column is not None
        name_header = header_text(layout.label(name_column))
        mapped = set(layout.columns)
        for row in range(layout.first_data_row, len(sheet.rows) + 1):
            values = sheet.rows[row - 1]
            formula_cells = [
                c for (r, c) in sheet.formulas_without_value if r == row and c in mapped
            ]
            non_empty = [
                (column, value)
                for column, value in enumerate(values, start=1)
                if value is not None and (not isinstance(value, str) or value.strip())
            ]
            if not non_empty and not formula_cells:
                continue
            name_value = sheet.value(row, name_column)
            name_key = header_text(name_value) if isinstance(name_value, str) else ""
            if name_key and name_key == name_header:
                continue  # the header repeated (printed sheets repeat it on every page)
            if name_key in _TOTAL_WORDS:
                self.problem(
                    sheet.name, row, "", str(name_value), _tr("Sumrad; hoppet over."), Severity.INFO
                )
                continue
            distinct = {str(value).strip() for _, value in non_empty}
            if len(distinct) == 1 and not formula_cells:
                text = distinct.pop()
                if self._heading(sheet, row, text, len(non_empty), state):
                    continue
                if self._remark(sheet, row, text, non_empty, name_column):
                    continue
            self._plan_row(sheet, layout, row, state, formula_cells)

    def _sheet_defaults(self, sheet: SheetGrid, layout: SheetLayout, state: _SheetState) -> None:
        columns = set(layout.columns.values())
        try:
            windows = ft.parse_times(sheet.name, self.context.shifts)
        except TaskTextError:
            windows = ()
        if windows:
            state.windows, state.windows_from = windows, sheet.name
            if Field.TIME not in columns:
                self.problem(
                    sheet.name,
                    0,
                    "",
                    sheet.name,
                    _tr("Arknavnet gir tidspunktet {windows} for oppgavene uten tidspunkt.").format(
                        windows=ft.describe_windows(windows, self.context.shifts)
                    ),
                    Severity.INFO,
                )
        category = ft.category_or_none(sheet.name)
        if category is not None:
            state.category = category
        for required in (Field.FREQUENCY, Field.DURATION):
            if required not in columns:
                self.problem(
                    sheet.name,
                    layout.header_rows[-1],
                    "",
                    "",
                    _tr(
                        "Arket har ingen kolonne for {field}: bare oppgaver som finnes fra før "
                        "kan oppdateres herfra. Velg kolonnen om den har et annet navn."
                    ).format(field=field_label(required).lower()),
                    Severity.WARNING,
                )
        if Field.CATEGORY not in columns and category is None:
            self.problem(
                sheet.name,
                layout.header_rows[-1],
                "",
                "",
                _tr(
                    "Arket har ingen kolonne for kategori; nye oppgaver får «direkte "
                    "pasientarbeid»."
                ),
                Severity.INFO,
            )

    def _heading(
        self, sheet: SheetGrid, row: int, text: str, cells: int, state: _SheetState
    ) -> bool:
        """A row with one text that names a part of the day or a category ("MORGEN",
        "Indirekte pasientarbeid"), or one text across several (merged) cells."""
        try:
            windows = ft.parse_times(text, self.context.shifts)
        except TaskTextError:
            windows = ()
        category = ft.category_or_none(text)
        stripped = text.rstrip(":").strip()
        looks_like = cells >= 2 or (stripped.isupper() and len(stripped) > 2) or text.endswith(":")
        if not windows and category is None and not looks_like:
            return False
        if windows:
            state.windows, state.windows_from = windows, text
            message = _tr("Overskrift: tidspunkt {windows} for radene under.").format(
                windows=ft.describe_windows(windows, self.context.shifts)
            )
        elif category is not None:
            state.category = category
            message = _tr("Overskrift: kategori for radene under.")
        else:
            message = _tr("Overskrift (ingen oppgave); hoppet over.")
        self.problem(sheet.name, row, "", text, message, Severity.INFO)
        return True

    def _remark(
        self,
        sheet: SheetGrid,
        row: int,
        text: str,
        non_empty: Sequence[tuple[int, CellValue]],
        name_column: int,
    ) -> bool:
        """Lone text outside the task column, or a long sentence, legend or note ("Grønn =
        kan delegeres"): not a task; reported so the user sees it was left out."""
        column = non_empty[0][0]
        if len(non_empty) != 1:
            return False
        if column == name_column and len(text) <= 80 and ":" not in text and "=" not in text:
            return False
        self.problem(
            sheet.name,
            row,
            "",
            text,
            _tr("Raden har bare én tekst og ser ikke ut som en oppgave; hoppet over."),
            Severity.WARNING,
        )
        return True

    # --- one task row -------------------------------------------------------------------------

    def _plan_row(
        self,
        sheet: SheetGrid,
        layout: SheetLayout,
        row: int,
        state: _SheetState,
        formula_cells: list[int],
    ) -> None:
        reader = _RowReader(self, sheet, layout, row)
        for column in formula_cells:
            reader.error(
                column,
                "",
                _tr(
                    "Cellen har en formel uten lagret verdi. Åpne filen i Excel og lagre den, "
                    "eller skriv inn verdien."
                ),
            )
        name = reader.name()
        read = _RowValues(state)
        for item in task_fields.TASK_FIELDS:
            step = _FIELD_STEPS.get(item.name)
            if step is not None:
                step(self, reader, read, item)
        competence_ids, competence_given = reader.competences(read.notes)
        today = reader.roles(Field.TODAY, read.notes)
        future = reader.roles(Field.FUTURE, read.notes)
        self._notes(reader, read)
        values = read.values
        uuid = reader.uuid()
        key = normalise_name(name) if name else ""
        task = self._match(reader, key, uuid)
        if competence_given is not None:
            values["competence_ids"] = (
                competence_given | competence_ids
                if competence_given
                else (task.competence_ids if task is not None else frozenset()) | competence_ids
            )
            if not values["competence_ids"] and task is None:
                del values["competence_ids"]
        if task is None:
            self._required(reader, values)
        elif future:
            self._allowed(reader, task, future)
        self._once(reader, name, key, task)
        if (sheet.name, row) in self.options.skip:
            action = RowAction.SKIPPED
        elif reader.has_errors:
            action = RowAction.INVALID
        elif task is None:
            action = RowAction.CREATE
        elif self._changed(task, values, today, future):
            action = RowAction.UPDATE
        else:
            action = RowAction.UNCHANGED
        self.rows.append(
            PlannedRow(
                sheet=sheet.name,
                row=row,
                name=name,
                key=key,
                fields=values,
                today=today,
                future=future,
                task_id=task.id if task is not None else None,
                uuid=uuid,
                action=action,
                problems=tuple(reader.problems),
            )
        )

    # the steps of :data:`_FIELD_STEPS`: one per task field a department's sheet gives

    def _text_field(self, reader: _RowReader, read: _RowValues, item: TaskField) -> None:
        """A field read by its registry parser (category, staff, status, risk, delegation);
        the category of a heading or the sheet's name applies when the row has none."""
        value = reader.parsed(item)
        if value is None and item.name == "category":
            value = read.state.category
        if value is not None:
            read.values[item.attributes[0]] = value

    def _description(self, reader: _RowReader, read: _RowValues, item: TaskField) -> None:
        description = reader.joined_text(Field.DESCRIPTION)
        if description:
            read.values["description"] = description

    def _frequency(self, reader: _RowReader, read: _RowValues, item: TaskField) -> None:
        """The frequency, with the days column (if any) narrowing it."""
        parsed = read.frequency = reader.frequency()
        days = reader.days()
        if parsed is None:
            return
        frequency = parsed.frequency
        if days is not None:
            if frequency.days not in (ALL_DAYS, days):
                reader.error(
                    reader.layout.column_of(Field.DAYS),
                    ft.describe_days(days),
                    _tr("Dagene stemmer ikke med hyppigheten ({frequency}).").format(
                        frequency=ft.describe_frequency(frequency)
                    ),
                )
            frequency = Frequency(frequency.count, frequency.unit, days)
        read.values["frequency"] = frequency
        if parsed.as_needed:
            read.notes.append(_tr("Ved behov: hyppigheten er et anslag."))

    def _windows(self, reader: _RowReader, read: _RowValues, item: TaskField) -> None:
        """The time column; else what the frequency says («hver morgen»); else the heading's
        or the sheet name's time."""
        windows = reader.windows()
        if windows is None and read.frequency is not None:
            windows = read.frequency.hint_windows(self.context.shifts) or None
        if windows is None and read.state.windows:
            windows = read.state.windows
            if reader.layout.column_of(Field.TIME) is not None:
                reader.info(
                    reader.layout.column_of(Field.TIME),
                    "",
                    _tr("Tidspunkt fra «{source}».").format(source=read.state.windows_from),
                )
        if windows is not None:
            read.values["windows"] = windows

    def _duration(self, reader: _RowReader, read: _RowValues, item: TaskField) -> None:
        duration = reader.duration()
        if duration is not None:
            read.values["duration_minutes"] = duration
        if read.frequency is not None and read.frequency.continuous:
            self._continuous(reader, read.frequency, read.values)

    def _notes(self, reader: _RowReader, read: _RowValues) -> None:
        """The sheet's own notes first, then what the import put aside (words it did not
        know, «ved behov»)."""
        own_notes = reader.joined_text(Field.NOTES)
        if own_notes:
            read.notes.insert(0, own_notes)
        if read.notes:
            text = "\n".join(read.notes)
            if len(text) > MAX_TEXT_LENGTH:
                column = reader.layout.column_of(Field.NOTES)
                reader.error(column, "", _tr("Merknaden er for lang."))
            read.values["notes"] = text

    def _required(self, reader: _RowReader, values: Mapping[str, Any]) -> None:
        """A new task needs every required field the registry names (the name is checked by
        its own reader)."""
        for item in task_fields.TASK_FIELDS:
            if not item.required or item.name == "name":
                continue
            sheet_field = Field(item.sheet_fields[0])
            if item.attributes[0] not in values and not reader.has_error(sheet_field):
                reader.error(
                    reader.layout.column_of(sheet_field),
                    "",
                    _tr("{field} mangler (ny oppgave).").format(field=field_label(sheet_field)),
                )

    def _allowed(self, reader: _RowReader, task: Task, future: Mapping[int, float]) -> None:
        roles = {role.id: role for role in self.context.roles}
        for role_id in future:
            if not task.allows(roles[role_id]):
                reader.error(
                    reader.layout.column_of(Field.FUTURE),
                    self.roles.code(role_id),
                    _tr("{role} kan ikke gjøre «{task}»: oppgaven er begrenset.").format(
                        role=roles[role_id].name, task=task.name
                    ),
                )

    def _once(self, reader: _RowReader, name: str, key: str, task: Task | None) -> None:
        """A task named twice in the file, or an existing task updated from two rows."""
        place = (reader.sheet.name, reader.row)
        name_column = reader.layout.column_of(Field.NAME)
        if key:
            earlier = self.seen.get(key)
            if earlier is not None:
                reader.error(
                    name_column,
                    name,
                    _tr(
                        "Samme oppgave står også i «{sheet}» rad {row}; gi dem ulike navn eller "
                        "hopp over den ene."
                    ).format(sheet=earlier[0], row=earlier[1]),
                )
            else:
                self.seen[key] = place
        if task is not None:
            earlier = self.claimed.get(task.id)
            if earlier is not None:
                reader.error(
                    name_column,
                    name,
                    _tr("Oppgaven er allerede oppdatert fra «{sheet}» rad {row}.").format(
                        sheet=earlier[0], row=earlier[1]
                    ),
                )
            else:
                self.claimed[task.id] = place

    def _continuous(
        self, reader: _RowReader, parsed: ft.ParsedFrequency, values: dict[str, Any]
    ) -> None:
        """«Kontinuerlig» / «hele vakta»: once a day for the whole of the shift(s) named, or of
        the row's time; the duration column (if any) is overruled, with a note."""
        column = reader.layout.column_of(Field.FREQUENCY)
        windows = values.get("windows", ())
        try:
            frequency, minutes, stretch = ft.resolve_continuous(
                parsed, windows, self.context.shifts
            )
        except TaskTextError as error:
            reader.error(column, "", error.message)
            return
        given = values.get("duration_minutes")
        values.update(frequency=frequency, duration_minutes=minutes, windows=stretch)
        reader.info(
            column,
            "",
            _tr("Kontinuerlig: {frequency}, {duration} i {windows}.").format(
                frequency=ft.describe_frequency(frequency),
                duration=ft.describe_duration(minutes),
                windows=ft.describe_windows(stretch, self.context.shifts),
            )
            + (
                _tr(" Tidsbruken i arket ({given}) er erstattet.").format(
                    given=ft.describe_duration(given)
                )
                if given is not None and abs(given - minutes) > 1e-9
                else ""
            ),
        )

    def _match(self, reader: _RowReader, key: str, uuid: str | None) -> Task | None:
        if uuid is not None:
            if uuid in self.by_uuid:
                return self.by_uuid[uuid]
            if uuid in self.context.foreign_uuids:
                reader.error(
                    reader.layout.column_of(Field.UUID),
                    uuid,
                    _tr("Oppgave-ID-en tilhører en oppgave i en annen avdeling."),
                )
                return None
        if not key:
            return None
        found = self.by_name.get(key, [])
        if len(found) > 1:
            reader.error(
                reader.layout.column_of(Field.NAME),
                found[0].name,
                _tr("Avdelingen har {n} oppgaver med dette navnet; bruk Oppgave-ID.").format(
                    n=len(found)
                ),
            )
            return None
        return found[0] if found else None

    def _changed(
        self,
        task: Task,
        values: Mapping[str, Any],
        today: Mapping[int, float] | None,
        future: Mapping[int, float] | None,
    ) -> bool:
        for key, value in values.items():
            current = getattr(task, key)
            if key == "windows":
                if tuple(sorted(set(value))) != current:
                    return True
            elif key in ("competence_ids",):
                if frozenset(value) != current:
                    return True
            elif key == "name":
                continue
            elif isinstance(value, float) and isinstance(current, float):
                if not math.isclose(value, current, rel_tol=1e-9):
                    return True
            elif value != current:
                return True
        if today is not None and not _same_shares(today, self.context.today.get(task.id, {})):
            return True
        if future is not None:
            if self.context.future is None:
                return True
            if not _same_shares(future, self.context.future.get(task.id, {})):
                return True
        return False


_FieldStep = Callable[[_Planner, "_RowReader", _RowValues, TaskField], None]

#: How a department's sheet gives each task field, by registry name; run in the registry's
#: order. A field read by its registry parser alone shares one step. Fields not here (the
#: name, the uuid, competences, notes) are read around the steps: they depend on the match
#: with an existing task or on what the steps put aside.
_FIELD_STEPS: Mapping[str, _FieldStep] = {
    "description": _Planner._description,
    "category": _Planner._text_field,
    "frequency": _Planner._frequency,
    "windows": _Planner._windows,
    "duration": _Planner._duration,
    "staff": _Planner._text_field,
    "status": _Planner._text_field,
    "risk_level": _Planner._text_field,
    "delegation_rule": _Planner._text_field,
}


def _same_shares(a: Mapping[int, float], b: Mapping[int, float]) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= _SHARE_TOLERANCE for k in a)


# --- reading the cells of one row -------------------------------------------------------------


def _is_empty(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _type_name(value: CellValue) -> str:
    if isinstance(value, bool):
        return _tr("sann/usann")
    if isinstance(value, datetime | date):
        return _tr("en dato")
    if isinstance(value, time):
        return _tr("et klokkeslett")
    if isinstance(value, timedelta):
        return _tr("en tidslengde")
    if isinstance(value, int | float):
        return _tr("et tall")
    return _tr("tekst")


def cell_text(value: CellValue) -> str:
    """A cell as the report shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"
    if isinstance(value, float):
        return ft.format_number(value) if math.isfinite(value) else str(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _excel_time_minutes(value: CellValue) -> float | None:
    """Minutes of a cell Excel stored as a time ("0:15", "1:30"): a time, a duration, or a
    date-time on Excel's day zero."""
    if isinstance(value, timedelta):
        return value.total_seconds() / 60
    if isinstance(value, time):
        return value.hour * 60 + value.minute + value.second / 60
    if isinstance(value, datetime) and value.year in (1899, 1900) and value.month in (1, 12):
        return value.hour * 60 + value.minute + value.second / 60
    return None


class _RowReader:
    """Reads the mapped cells of one row into values and report lines."""

    def __init__(self, planner: _Planner, sheet: SheetGrid, layout: SheetLayout, row: int) -> None:
        self.planner = planner
        self.sheet = sheet
        self.layout = layout
        self.row = row
        self.problems: list[Problem] = []
        self._error_fields: set[Field] = set()

    # report lines

    def _add(self, column: int | None, value: str, message: str, severity: Severity) -> None:
        described = self.layout.describe_column(column) if column else ""
        self.problems.append(
            self.planner.problem(self.sheet.name, self.row, described, value, message, severity)
        )
        if severity is Severity.ERROR and column is not None:
            mapped = self.layout.columns.get(column)
            if mapped is not None:
                self._error_fields.add(mapped)

    def error(self, column: int | None, value: str, message: str) -> None:
        self._add(column, value, message, Severity.ERROR)

    def warning(self, column: int | None, value: str, message: str) -> None:
        self._add(column, value, message, Severity.WARNING)

    def info(self, column: int | None, value: str, message: str) -> None:
        self._add(column, value, message, Severity.INFO)

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    def has_error(self, item: Field) -> bool:
        return item in self._error_fields

    # cells

    def cell(self, item: Field) -> tuple[int | None, CellValue]:
        column = self.layout.column_of(item)
        if column is None:
            return None, None
        return column, self.sheet.value(self.row, column)

    def _wrong_type(self, column: int, value: CellValue, expected: str) -> None:
        self.error(
            column,
            cell_text(value),
            _tr("Feil type: cellen er {actual}, forventet {expected}.").format(
                actual=_type_name(value), expected=expected
            ),
        )

    def _text(self, item: Field, expected: str) -> tuple[int | None, str | None]:
        """A cell as text; numbers are written out; dates, times and booleans are errors."""
        column, value = self.cell(item)
        if column is None or _is_empty(value):
            return column, None
        if isinstance(value, bool | datetime | date | time | timedelta):
            self._wrong_type(column, value, expected)
            return column, None
        if isinstance(value, float | int):
            return column, cell_text(value)
        return column, " ".join(str(value).split())

    def name(self) -> str:
        column, text = self._text(Field.NAME, _tr("navnet på oppgaven"))
        if column is None or self.has_error(Field.NAME):
            return ""
        if text is None:
            self.error(column, "", _tr("Navnet på oppgaven mangler."))
            return ""
        if len(text) > MAX_NAME_LENGTH:
            self.error(
                column,
                text[:40] + "…",
                _tr("Navnet er for langt (høyst {n} tegn).").format(n=MAX_NAME_LENGTH),
            )
        return text

    def joined_text(self, item: Field) -> str:
        parts: list[str] = []
        for column in self.layout.columns_of(item):
            value = self.sheet.value(self.row, column)
            if _is_empty(value):
                continue
            text = value.strip() if isinstance(value, str) else cell_text(value)
            if len(self.layout.columns_of(item)) > 1 and self.layout.label(column):
                text = f"{self.layout.label(column)}: {text}"
            parts.append(text)
        text = "\n".join(parts)
        if len(text) > MAX_TEXT_LENGTH:
            self.error(self.layout.column_of(item), text[:40] + "…", _tr("Teksten er for lang."))
        return text

    def parsed(self, item: TaskField) -> Any:
        """A field read by its registry parser (``TaskField.parse_text``); None when the
        column is absent or blank, or the text cannot be read (reported)."""
        assert item.parse_text is not None
        sheet_field = Field(item.sheet_fields[0])
        expected = translate("Import", item.expected) if item.expected else item.title.lower()
        column, text = self._text(sheet_field, expected)
        if column is None or text is None:
            return None
        try:
            return item.parse_text(text)
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None

    def frequency(self) -> ft.ParsedFrequency | None:
        column, value = self.cell(Field.FREQUENCY)
        if column is None or _is_empty(value):
            return None
        if isinstance(value, bool | datetime | date | time | timedelta):
            self._wrong_type(column, value, _tr("en hyppighet som «2 ganger daglig»"))
            return None
        unit = frequency_unit_hint(self.layout.label(column))
        text = cell_text(value)
        try:
            parsed = ft.parse_frequency(text, default_unit=unit, shifts=self.planner.context.shifts)
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None
        if parsed.note:
            self.warning(column, text, parsed.note)
        if parsed.as_needed:
            self.info(
                column,
                text,
                _tr("Ved behov: regnet som {frequency} (anslaget).").format(
                    frequency=ft.describe_frequency(parsed.frequency)
                ),
            )
        return parsed

    def days(self) -> int | None:
        column, text = self._text(Field.DAYS, _tr("dager"))
        if column is None or text is None:
            return None
        try:
            return ft.parse_days(text)
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None

    def windows(self) -> tuple[TimeWindow, ...] | None:
        column, value = self.cell(Field.TIME)
        if column is None or _is_empty(value):
            return None
        if isinstance(value, time):
            start = value.hour * 60 + value.minute
            return (TimeWindow(start, (start + ft.POINT_WINDOW_MINUTES) % 1440 or 1440),)
        if isinstance(value, bool | datetime | date | timedelta):
            self._wrong_type(column, value, _tr("et tidspunkt som «morgen» eller «kl 08»"))
            return None
        text = cell_text(value)
        try:
            windows = ft.parse_times(text, self.planner.context.shifts)
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None
        return windows or None

    def duration(self) -> float | None:
        column, value = self.cell(Field.DURATION)
        if column is None or _is_empty(value):
            return None
        minutes = _excel_time_minutes(value)
        if minutes is not None:
            self.info(
                column,
                cell_text(value),
                _tr("Lagret som klokkeslett i Excel; lest som {minutes} minutter.").format(
                    minutes=ft.format_number(round(minutes, 2))
                ),
            )
            if not 0 < minutes <= 1440:
                self.error(column, cell_text(value), _tr("Tidsbruken må være mer enn 0."))
                return None
            return minutes
        if isinstance(value, bool | datetime | date):
            self._wrong_type(column, value, _tr("en tidsbruk som «15 min»"))
            return None
        text = cell_text(value)
        try:
            parsed = ft.parse_duration(
                text, bare_unit=duration_unit_hint(self.layout.label(column))
            )
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None
        if parsed.note:
            self.warning(column, text, parsed.note)
        return parsed.minutes

    def competences(self, notes: list[str]) -> tuple[frozenset[int], frozenset[int] | None]:
        """(competences from "Kompetanseløft", competences from "Kompetanse" or None when
        that column is absent or blank). Words that name nothing known go to the notes."""
        given: frozenset[int] | None = None
        column, text = self._text(Field.COMPETENCE, _tr("kompetanser"))
        if column is not None and text is not None and not ft.is_blank(text):
            parsed = ft.parse_competences(text, self.planner.competences)
            given = parsed.competence_ids
            if parsed.unknown:
                unknown = ", ".join(parsed.unknown)
                notes.append(_tr("Kompetanse: {text}").format(text=unknown))
                self.warning(
                    column,
                    unknown,
                    _tr("Ukjent kompetanse; teksten er lagt i merknaden."),
                )
        upgrade: frozenset[int] = frozenset()
        column, text = self._text(Field.UPGRADE, _tr("kompetanseløft"))
        if column is not None and text is not None and not ft.is_blank(text):
            parsed = ft.parse_competences(text, self.planner.competences)
            if parsed.unknown:
                notes.append(_tr("Kompetanseløft: {text}").format(text=text))
                self.info(
                    column,
                    text,
                    _tr(
                        "Kompetanseløftet er ikke et kjent kurs eller en kjent kompetanse; "
                        "teksten er lagt i merknaden."
                    ),
                )
            else:
                upgrade = parsed.competence_ids
                names = {c.id: c.name for c in self.planner.context.competences}
                self.info(
                    column,
                    text,
                    _tr("Oppgaven krever {names}; kompetanseløftet beregnes av analysen.").format(
                        names=", ".join(sorted(names[c] for c in upgrade))
                    ),
                )
            if given is None:
                given = frozenset()
        if given is None:
            return upgrade, None
        return upgrade, given

    def roles(self, item: Field, notes: list[str]) -> Mapping[int, float] | None:
        column, text = self._text(item, _tr("yrkesgrupper som «SPL/HFA»"))
        if column is None or text is None:
            return None
        if ft.normalise(text) in ft.UNASSIGNED_WORDS or ft.is_everyone(text):
            try:
                shares = ft.parse_shares(
                    text,
                    self.planner.context.roles,
                    everyone=self.planner.options.all_roles,
                    care_roles=self.planner.care_roles,
                )
            except TaskTextError as error:
                self.error(column, text, error.message)
                return None
            if ft.is_everyone(text):
                self.info(
                    column,
                    text,
                    _tr("«Alle»: {how}.").format(
                        how=ft.describe_shares(shares, self.planner.roles)
                        if shares
                        else _tr("uten fordeling")
                    ),
                )
            return shares
        try:
            parsed = ft.parse_roles(text, self.planner.roles)
        except TaskTextError as error:
            self.error(column, text, error.message)
            return None
        for remark in parsed.remarks:
            notes.append(f"{field_label(item)}: {remark}")
        return dict(parsed.shares)

    def uuid(self) -> str | None:
        column, text = self._text(Field.UUID, _tr("en Oppgave-ID"))
        if column is None or text is None:
            return None
        if not _UUID.match(text):
            self.warning(column, text, _tr("Ikke en gyldig Oppgave-ID; oppgaven matches på navn."))
            return None
        return text.lower()


def summary_counts(plan: ImportPlan) -> Mapping[RowAction, int]:
    return {action: plan.count(action) for action in RowAction}


def problems_for(plan: ImportPlan, sheet: str, rows: Sequence[int]) -> list[Problem]:
    wanted = set(rows)
    return [p for p in plan.problems if p.sheet == sheet and p.row in wanted]
