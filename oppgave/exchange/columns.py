"""Which column of a workshop sheet holds what: header synonyms, finding the header row, and
the mapping the user can correct.

Departments' own sheets put the header anywhere in the first rows (under a title, a date and a
colour legend), split it over two rows with merged cells ("Hvem" over "gjør i dag" and "kan
gjøre"), and name columns in Norwegian or English. :func:`detect_layout` finds the row (or pair
of rows) that names the most known fields; :func:`apply_overrides` applies what the user said
(``--map Hvem utfører=today``, or a combo box in the import dialog).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from oppgave.domain import task_fields
from oppgave.domain.enums import FrequencyUnit
from oppgave.domain.task_text import normalise
from oppgave.exchange.workbook_reading import SheetGrid, column_index_from_string, get_column_letter
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

#: Rows searched for the header (titles, dates and legends come first in real sheets).
HEADER_SEARCH_ROWS = 40


def _tr(text: str) -> str:
    return translate("Columns", text)


class Field(StrEnum):
    """What a column can hold. The values are what ``--map COLUMN=field`` takes."""

    NAME = "name"
    DESCRIPTION = "description"
    CATEGORY = "category"
    FREQUENCY = "frequency"
    DAYS = "days"
    TIME = "time"
    DURATION = "duration"
    STAFF = "staff"
    COMPETENCE = "competence"
    TODAY = "today"
    FUTURE = "future"
    UPGRADE = "upgrade"
    STATUS = "status"
    NOTES = "notes"
    UUID = "uuid"
    RISK = "risk"
    DELEGATION = "delegation"


#: The label shown for each field (column headers of the template, combo boxes, reports): a
#: task field's label comes from the registry (:mod:`oppgave.domain.task_fields`, the first
#: sheet field it is read from); the others (days, who does it, upgrades) are only here.
FIELD_LABELS: Mapping[Field, str] = {
    **{
        Field(item.sheet_fields[0]): item.label
        for item in task_fields.TASK_FIELDS
        if item.sheet_fields
    },
    Field.DAYS: QT_TRANSLATE_NOOP("Columns", "Dager"),
    Field.TODAY: QT_TRANSLATE_NOOP("Columns", "Hvem gjør i dag"),
    Field.FUTURE: QT_TRANSLATE_NOOP("Columns", "Hvem kan gjøre"),
    Field.UPGRADE: QT_TRANSLATE_NOOP("Columns", "Kompetanseløft"),
}

#: Fields several columns may hold (their texts are joined).
MULTI_COLUMN_FIELDS = frozenset({Field.NOTES, Field.DESCRIPTION})


def field_label(item: Field) -> str:
    return translate("Columns", FIELD_LABELS[item])


#: Header text → field, tried in this order on the normalised header (lower case, one space):
#: the specific before the general ("Kompetanseløft" before "Kompetanse", "Hvem kan gjøre"
#: before "Hvem", "Oppgavebeskrivelse" before "Oppgave").
HEADER_RULES: tuple[tuple[Field, re.Pattern[str]], ...] = tuple(
    (item, re.compile(pattern))
    for item, pattern in (
        (Field.UUID, r"\buuid\b|oppgave-?id\b|^id$|^task id$"),
        # before FUTURE: «Kan delegeres» alone is the delegation rule, not who could do it
        (Field.RISK, r"^risiko|^risk\b|^risikovurdering"),
        (
            Field.DELEGATION,
            r"^delegering|^kan delegeres\??$|^delegeres\??$|^delegation|^delegeringsregel",
        ),
        (
            Field.FUTURE,
            r"hvem kan|kan (?:gjøres|utføres|overtas|delegeres)|kan gjøre|kan utføre|"
            r"delegere|framtid|fremtid|\bny (?:fordeling|yrkesgruppe|ansvar)|forslag|foreslått|"
            r"who could|who can|could do|can do|future|proposed|\bleon\b|bør gjøre|bør utføre",
        ),
        (
            Field.TODAY,
            r"hvem gjør|gjøres av|utføres av|utføres i dag|utfører|utført av|ansvarlig|i dag|"
            r"dagens|who does|who is doing|done by|performed by|today|current|^hvem\b|"
            r"yrkesgruppe|^rolle|^role|^profession",
        ),
        (
            Field.UPGRADE,
            r"kompetanseløft|kompetanseheving|opplæringsbehov|opplæring|\bkurs|behov for løft|"
            r"upgrade|training",
        ),
        (
            Field.COMPETENCE,
            r"kompetanse|krav|kvalifikasjon|ferdighet|competence|competency|skill|required|"
            r"requirement|qualification",
        ),
        (
            Field.DESCRIPTION,
            r"beskrivelse|beskriv|forklaring|detaljer|innhold|hva innebærer|description|"
            r"details|^utdyping",
        ),
        (
            Field.FREQUENCY,
            r"hyppighet|frekvens|hvor ofte|ganger|frequency|how often|times per|"
            r"^antall (?:pr\.?|per|i)\s|^hyppig",
        ),
        (
            Field.DURATION,
            r"tidsbruk|tidsforbruk|varighet|tid per|tid pr|tid \(?min|tid i min|minutter|"
            r"\bmin\b|hvor lang tid|duration|time spent|minutes|time per|timer per gang|"
            r"^tid \(t|tid i timer",
        ),
        (
            Field.TIME,
            r"tidspunkt|klokkeslett|når på døgnet|tid på døgnet|^når\b|^vakt|vakt\b|døgnrytme|"
            r"time of day|^when\b|^shift|dagdel|dag ?/ ?kveld|kveld ?/ ?natt|^d ?/ ?k",
        ),
        (
            Field.STAFF,
            r"antall (?:personer|ansatte|pers|hender)|hvor mange|personer|^staff|"
            r"number of staff|people|persons",
        ),
        (Field.CATEGORY, r"kategori|oppgavetype|type oppgave|^type$|category|^område"),
        (Field.DAYS, r"^dager?$|ukedag|hvilke dager|^days$|weekdays"),
        (Field.STATUS, r"^status"),
        (
            Field.NOTES,
            r"merknad|kommentar|notat|anmerkning|bemerkning|innspill|^annet|note|comment|"
            r"remark",
        ),
        (
            Field.NAME,
            r"oppgave|gjøremål|aktivitet|arbeidsoppgave|tiltak|^task|activity|^hva\b|^what\b",
        ),
    )
)
#: Headers that may mean a duration or a time of day; the column's contents decide.
AMBIGUOUS_TIME_HEADERS = frozenset({"tid", "time", "klokke"})

_FREQUENCY_UNIT_HINTS: tuple[tuple[re.Pattern[str], FrequencyUnit], ...] = (
    (re.compile(r"(?:pr\.?|per|i|/)\s*(?:dag|døgn|dagen|døgnet|day)\b|daglig"), FrequencyUnit.DAY),
    (re.compile(r"(?:pr\.?|per|i|/)\s*(?:uke|uka|uken|week)\b|ukentlig"), FrequencyUnit.WEEK),
    (re.compile(r"(?:pr\.?|per|i|/)\s*(?:måned|mnd|måneden|month)\b"), FrequencyUnit.MONTH),
    (re.compile(r"(?:pr\.?|per|i|/)\s*(?:år|året|year)\b"), FrequencyUnit.YEAR),
)
_HOURS_HINT = re.compile(r"\((?:t|timer|h|hours)\)|\bi timer\b|\bin hours\b|\(tt:mm\)")


def column_letter(column: int) -> str:
    """Excel's name of a 1-based column number (1 → «A», 28 → «AB»): what the user sees."""
    return get_column_letter(column)


def header_text(value: object) -> str:
    """A header cell as a normalised string (empty for None)."""
    if value is None:
        return ""
    return normalise(str(value)).strip(" :*")


def classify_header(text: str) -> Field | None:
    """The field a header names, or None."""
    key = header_text(text)
    if not key or key in AMBIGUOUS_TIME_HEADERS:
        return None
    for item, pattern in HEADER_RULES:
        if pattern.search(key):
            return item
    return None


def frequency_unit_hint(header: str) -> FrequencyUnit | None:
    """The unit a header gives bare counts ("Antall ganger pr uke" → week)."""
    key = header_text(header)
    for pattern, unit in _FREQUENCY_UNIT_HINTS:
        if pattern.search(key):
            return unit
    return None


def duration_unit_hint(header: str) -> str:
    """ "h" when a header says its numbers are hours ("Tid (t)"), else "min"."""
    return "h" if _HOURS_HINT.search(header_text(header)) else "min"


# --- layouts ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetLayout:
    """Where a sheet's header is and which column holds which field.

    ``header_rows`` are the 1-based rows that form the header (one, or two when a header is
    split over merged cells); data starts on the row after the last. ``labels`` is the header
    text per column as the sheet wrote it, for the report and the mapping dialog.
    """

    sheet: str
    header_rows: tuple[int, ...]
    columns: Mapping[int, Field]
    labels: Mapping[int, str] = field(default_factory=dict)
    # field → its columns in order; built once (the planner asks for every cell of every row)
    _by_field: Mapping[Field, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_field: dict[Field, list[int]] = {}
        for column, mapped in sorted(self.columns.items()):
            by_field.setdefault(mapped, []).append(column)
        object.__setattr__(self, "_by_field", {k: tuple(v) for k, v in by_field.items()})

    @property
    def first_data_row(self) -> int:
        return (self.header_rows[-1] + 1) if self.header_rows else 1

    def column_of(self, item: Field) -> int | None:
        found = self._by_field.get(item)
        return found[0] if found else None

    def columns_of(self, item: Field) -> list[int]:
        return list(self._by_field.get(item, ()))

    def label(self, column: int) -> str:
        return self.labels.get(column, "")

    def describe_column(self, column: int) -> str:
        """ "C «Hvem gjør i dag»": the letter the user sees in Excel and the header."""
        label = self.labels.get(column)
        letter = get_column_letter(column)
        return f"{letter} «{label}»" if label else letter


def _row_labels(sheet: SheetGrid, row: int) -> dict[int, str]:
    labels: dict[int, str] = {}
    cells = sheet.rows[row - 1] if 0 < row <= len(sheet.rows) else ()
    for column, value in enumerate(cells, start=1):
        if value is not None and str(value).strip():
            labels[column] = " ".join(str(value).split())
    return labels


def _combined_labels(sheet: SheetGrid, top: int) -> dict[int, str]:
    upper = _row_labels(sheet, top)
    lower = _row_labels(sheet, top + 1)
    labels: dict[int, str] = {}
    for column in sorted(set(upper) | set(lower)):
        a, b = upper.get(column, ""), lower.get(column, "")
        labels[column] = a if not b or a == b else (b if not a else f"{a} {b}")
    return labels


def _classify_labels(
    labels: Mapping[int, str], contents: SheetGrid, first_data_row: int
) -> dict[int, Field]:
    """Columns → fields; a field goes to its first column unless several are allowed."""
    columns: dict[int, Field] = {}
    taken: set[Field] = set()
    for column, label in sorted(labels.items()):
        item = classify_header(label)
        if item is None and header_text(label) in AMBIGUOUS_TIME_HEADERS:
            item = _time_or_duration(contents, column, first_data_row)
        if item is None:
            continue
        if item in taken and item not in MULTI_COLUMN_FIELDS:
            continue
        columns[column] = item
        taken.add(item)
    return columns


def _time_or_duration(sheet: SheetGrid, column: int, first_row: int) -> Field:
    """A column headed just "Tid": durations if most of its cells read as durations."""
    from oppgave.domain.task_text import TaskTextError, parse_duration, parse_times

    durations = times = 0
    for row in range(first_row, min(first_row + 50, len(sheet.rows) + 1)):
        value = sheet.value(row, column)
        if value is None or isinstance(value, bool):
            continue
        text = str(value)
        try:
            parse_times(text)
            times += 1
            continue
        except TaskTextError:
            pass
        try:
            parse_duration(text)
            durations += 1
        except TaskTextError:
            pass
    return Field.DURATION if durations >= times else Field.TIME


def _score(columns: Mapping[int, Field]) -> int:
    return len(set(columns.values()))


def detect_layout(sheet: SheetGrid) -> SheetLayout | None:
    """The header of a sheet (merged cells filled first): the row, or pair of rows, among the
    first :data:`HEADER_SEARCH_ROWS` that names the most fields, including the task name.
    None when no row names a task column and at least one more field."""
    best: tuple[tuple[int, int, int], SheetLayout] | None = None
    last = min(len(sheet.rows), HEADER_SEARCH_ROWS)
    for row in range(1, last + 1):
        candidates: list[tuple[tuple[int, ...], dict[int, str]]] = [
            ((row,), _row_labels(sheet, row))
        ]
        if row < len(sheet.rows):
            candidates.append(((row, row + 1), _combined_labels(sheet, row)))
        for rows, labels in candidates:
            if not labels:
                continue
            columns = _classify_labels(labels, sheet, rows[-1] + 1)
            if Field.NAME not in columns.values() or _score(columns) < 2:
                continue
            # more fields first; then a one-row header; then the earliest
            key = (_score(columns), -len(rows), -row)
            if best is None or key > best[0]:
                best = (key, SheetLayout(sheet.name, rows, columns, labels))
    return best[1] if best is not None else None


# --- what the user says -----------------------------------------------------------------------

_FIELD_WORDS: dict[str, Field] = {item.value: item for item in Field}
_FIELD_WORDS.update(
    {
        "ignore": None,  # type: ignore[dict-item]
        "ignorer": None,  # type: ignore[dict-item]
        "-": None,  # type: ignore[dict-item]
        "ingen": None,  # type: ignore[dict-item]
        "oppgave": Field.NAME,
        "navn": Field.NAME,
        "task": Field.NAME,
        "beskrivelse": Field.DESCRIPTION,
        "kategori": Field.CATEGORY,
        "hyppighet": Field.FREQUENCY,
        "dager": Field.DAYS,
        "tidspunkt": Field.TIME,
        "tidsbruk": Field.DURATION,
        "varighet": Field.DURATION,
        "antall": Field.STAFF,
        "personer": Field.STAFF,
        "kompetanse": Field.COMPETENCE,
        "idag": Field.TODAY,
        "i dag": Field.TODAY,
        "hvem gjør i dag": Field.TODAY,
        "fremtid": Field.FUTURE,
        "hvem kan gjøre": Field.FUTURE,
        "kompetanseløft": Field.UPGRADE,
        "merknad": Field.NOTES,
        "id": Field.UUID,
        "risiko": Field.RISK,
        "delegering": Field.DELEGATION,
    }
)


class MappingError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse_field(text: str) -> Field | None:
    """A field name as ``--map`` takes it (English key or Norwegian word); None = ignore."""
    key = header_text(text)
    if key in _FIELD_WORDS:
        return _FIELD_WORDS[key]
    raise MappingError(
        _tr("Ukjent felt «{text}». Gyldige: {fields}, ignore.").format(
            text=text, fields=", ".join(item.value for item in Field)
        )
    )


@dataclass(frozen=True, slots=True)
class ColumnOverride:
    """What the user said about one column: ``column`` is a letter ("C"), a header text, or
    either prefixed with a sheet name ("Kveld!C"); ``field`` None means "ignore this column"."""

    column: str
    field: Field | None
    sheet: str | None = None

    @classmethod
    def parse(cls, text: str) -> ColumnOverride:
        """``COLUMN=field`` as given to ``--map``."""
        if "=" not in text:
            raise MappingError(
                _tr(
                    "«{text}»: skriv KOLONNE=felt, f.eks. «Hvem utfører=today» eller «C=frequency»."
                ).format(text=text)
            )
        column, _, name = text.rpartition("=")
        sheet = None
        if "!" in column:
            sheet, _, column = column.partition("!")
            sheet = sheet.strip() or None
        if not column.strip():
            raise MappingError(_tr("«{text}»: kolonnen mangler.").format(text=text))
        return cls(column.strip(), parse_field(name), sheet)

    def matches(self, layout: SheetLayout, column: int) -> bool:
        if self.sheet is not None and self.sheet.casefold() != layout.sheet.casefold():
            return False
        if re.fullmatch(r"[A-Za-z]{1,3}", self.column):
            try:
                if column_index_from_string(self.column.upper()) == column:
                    return True
            except ValueError:
                pass
        return header_text(layout.label(column)) == header_text(self.column)


def apply_overrides(
    layout: SheetLayout, overrides: Sequence[ColumnOverride], max_column: int
) -> tuple[SheetLayout, list[ColumnOverride]]:
    """The layout with the user's corrections, and the overrides that matched no column of
    this sheet (the caller reports those that match no sheet at all).

    A field the user gives to a column is taken from any other column that had it (unless
    several columns may hold it).
    """
    columns = dict(layout.columns)
    unused: list[ColumnOverride] = []
    width = max(max_column, max(layout.labels, default=0))
    for override in overrides:
        targets = [c for c in range(1, width + 1) if override.matches(layout, c)]
        if not targets:
            unused.append(override)
            continue
        for column in targets:
            if override.field is None:
                columns.pop(column, None)
                continue
            if override.field not in MULTI_COLUMN_FIELDS:
                for other, item in list(columns.items()):
                    if item is override.field and other != column:
                        del columns[other]
            columns[column] = override.field
    return replace(layout, columns=columns), unused


def layout_at(sheet: SheetGrid, header_rows: Iterable[int]) -> SheetLayout:
    """The layout when the user says where the header is (``--header-row``, the dialog)."""
    rows = tuple(sorted(header_rows))
    labels = _combined_labels(sheet, rows[0]) if len(rows) == 2 else _row_labels(sheet, rows[0])
    return SheetLayout(sheet.name, rows, _classify_labels(labels, sheet, rows[-1] + 1), labels)


# --- every column accounted for ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnUse:
    """What became of one column of a sheet: the field it fills, or why it is not used.

    ``ambiguous``: a column of plain numbers under a header that says nothing known; the numbers
    could be staff at once or a count of times, so the user is asked (``--map C=staff`` or
    ``--map C=frequency``, the combo box in the dialog) instead of a guess."""

    sheet: str
    column: int
    label: str
    field: Field | None
    reason: str = ""
    ambiguous: bool = False
    #: the user said to ignore it (``--map C=ignore``, «ikke brukt» chosen in the dialog)
    ignored: bool = False

    @property
    def letter(self) -> str:
        return get_column_letter(self.column)

    def describe(self) -> str:
        """ "C «Ant.» → ikke brukt: …" for the report and the CLI."""
        name = f"{self.letter} «{self.label}»" if self.label else self.letter
        if self.field is not None:
            return f"{name} → {field_label(self.field)} ({self.field.value})"
        return _tr("{column} → ikke brukt: {reason}").format(column=name, reason=self.reason)


def _numbers_only(sheet: SheetGrid, column: int, first_row: int) -> bool:
    values = [
        sheet.value(row, column)
        for row in range(first_row, min(first_row + 200, len(sheet.rows) + 1))
    ]
    filled = [v for v in values if v is not None and str(v).strip()]
    if not filled:
        return False
    for value in filled:
        if isinstance(value, bool):
            return False
        if isinstance(value, int | float):
            continue
        if not re.fullmatch(r"\s*\d+(?:[.,]\d+)?\s*", str(value)):
            return False
    return True


def _has_data(sheet: SheetGrid, column: int, first_row: int) -> bool:
    return any(
        sheet.value(row, column) is not None and str(sheet.value(row, column)).strip()
        for row in range(first_row, len(sheet.rows) + 1)
    )


def describe_columns(
    layout: SheetLayout,
    sheet: SheetGrid,
    overrides: Sequence[ColumnOverride] = (),
    detected: SheetLayout | None = None,
) -> tuple[ColumnUse, ...]:
    """Every column with a header or data: the field it fills or the reason it is not used."""
    first = layout.first_data_row
    width = max(sheet.max_column, max(layout.labels, default=0))
    ignored = {
        column
        for override in overrides
        if override.field is None
        for column in range(1, width + 1)
        if override.matches(layout, column)
    }
    uses: list[ColumnUse] = []
    for column in range(1, width + 1):
        label = layout.label(column)
        mapped = layout.columns.get(column)
        if mapped is not None:
            uses.append(ColumnUse(layout.sheet, column, label, mapped))
            continue
        has_data = _has_data(sheet, column, first)
        if not label and not has_data:
            continue
        ambiguous = False
        if column in ignored:
            reason = _tr("satt til «ignore» (--map)")
        elif not has_data:
            reason = _tr("kolonnen er tom")
        elif not label:
            reason = _tr("kolonnen har ingen overskrift")
        else:
            item = classify_header(label)
            if item is not None and item in layout.columns.values():
                other = layout.column_of(item)
                reason = _tr("feltet {field} er allerede tatt av kolonne {other}").format(
                    field=field_label(item), other=get_column_letter(other or 0)
                )
            elif _numbers_only(sheet, column, first):
                ambiguous = True
                reason = _tr(
                    "tall under en ukjent overskrift: antall personer samtidig eller antall "
                    "ganger? Velg med --map «{letter}=staff» eller «{letter}=frequency»"
                ).format(letter=get_column_letter(column))
            else:
                reason = _tr("ukjent overskrift; velg feltet med --map «{letter}=felt»").format(
                    letter=get_column_letter(column)
                )
        uses.append(
            ColumnUse(layout.sheet, column, label, None, reason, ambiguous, column in ignored)
        )
    return tuple(uses)
