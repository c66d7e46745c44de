"""The app's own workbook format: sheet names and columns, shared by the export and the import.

A full export is a file format like the workspace itself: it holds everything needed to
rebuild the workspace (``oppgave import EXPORT.xlsx NEW.oppgave``), with stable uuids so a
re-import updates instead of duplicating. The "Om filen" sheet names the format and version;
a newer version is refused with a message. Sheet names are fixed (they are how the import finds
the data); column headers are shown translated but read in either language or by key.

Some columns are only for people (the frequency in words, hours per week, FTE): the import
recomputes those instead of reading them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from oppgave.domain import task_fields
from oppgave.domain.task_text import normalise
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

FORMAT_NAME = "oppgave-eksport"
FORMAT_VERSION = 1
CONTEXT = "ExportFormat"

SHEET_ABOUT = "Om filen"
SHEET_MUNICIPALITIES = "Kommuner"
SHEET_DEPARTMENTS = "Avdelinger"
SHEET_TASKS = "Oppgaver"
SHEET_SCENARIOS = "Scenarioer"
SHEET_ASSIGNMENTS = "Fordeling"
SHEET_ROLES = "Yrkesgrupper"
SHEET_COMPETENCES = "Kompetanser"
SHEET_COURSES = "Kurs"
SHEET_POSITIONS = "Stillinger"
SHEET_STAFFING = "Vaktbemanning"
SHEET_SETTINGS = "Forutsetninger"
SHEET_ANALYSIS = "Analyse"
SHEET_KEY_FIGURES = "Nøkkeltall"
SHEET_UPGRADES = "Kompetanseplan"

#: The "Om filen" row whose value names the format.
ABOUT_FORMAT_KEY = "Format"
ABOUT_VERSION_KEY = "Formatversjon"

# number formats (Excel shows them with the user's decimal and grouping marks)
TEXT = "@"
INTEGER = "0"
DECIMAL = "0.0##"
HOURS = "0.0"
FTE = "0.00"
KRONER = "#,##0"
PERCENT_SHARE = "0.0"
FRACTION_AS_PERCENT = "0.0%"


@dataclass(frozen=True, slots=True)
class Column:
    """A column of an export sheet: ``key`` for the code, ``label`` for people; ``computed``
    columns are recomputed on import, not read."""

    key: str
    label: str
    number_format: str | None = None
    width: float | None = None
    computed: bool = False
    #: files written before the column existed lack it; the import then uses the default
    optional: bool = False

    @property
    def title(self) -> str:
        return translate(CONTEXT, self.label)


def _c(
    key: str,
    label: str,
    fmt: str | None = None,
    width: float | None = None,
    computed: bool = False,
    optional: bool = False,
) -> Column:
    return Column(key, label, fmt, width, computed, optional)


_ = QT_TRANSLATE_NOOP  # mark labels for extraction

MUNICIPALITY_COLUMNS = (
    _c("municipality_uuid", _(CONTEXT, "Kommune-ID"), width=38),
    _c("municipality", _(CONTEXT, "Kommune")),
)
DEPARTMENT_COLUMNS = (
    _c("municipality_uuid", _(CONTEXT, "Kommune-ID"), width=38),
    _c("municipality", _(CONTEXT, "Kommune")),
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
    _c("service_type", _(CONTEXT, "Tjeneste")),
    _c("residents", _(CONTEXT, "Brukere"), INTEGER),
    _c("beds", _(CONTEXT, "Senger"), INTEGER),
    _c("baseline_uuid", _(CONTEXT, "«I dag»-ID"), width=38),
)
#: The task sheet: the department it belongs to, then every task field's columns, derived from
#: the one description of the task fields (:data:`oppgave.domain.task_fields.TASK_FIELDS`).
TASK_OWNER_COLUMNS = (
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
)
TASK_COLUMNS = TASK_OWNER_COLUMNS + tuple(
    _c(c.key, c.label, c.number_format, c.width, c.computed, c.optional)
    for c in task_fields.export_columns()
)
SCENARIO_COLUMNS = (
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
    _c("scenario_uuid", _(CONTEXT, "Scenario-ID"), width=38),
    _c("scenario", _(CONTEXT, "Scenario")),
    _c("is_baseline", _(CONTEXT, "Utgangspunkt"), width=12),
    _c("description", _(CONTEXT, "Beskrivelse"), width=40),
    _c("sort_order", _(CONTEXT, "Nr"), INTEGER, 6),
    # the department's chosen scenario («valgt») and the options that shaped a proposal: the
    # comparison across departments reads both, so a department moved between a file and the
    # server must keep them (optional: exports made before them still read)
    _c("is_chosen", _(CONTEXT, "Valgt"), width=8, optional=True),
    _c("proposal_options", _(CONTEXT, "Forslagsvalg"), width=30, optional=True),
)
ASSIGNMENT_COLUMNS = (
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
    _c("scenario_uuid", _(CONTEXT, "Scenario-ID"), width=38),
    _c("scenario", _(CONTEXT, "Scenario")),
    _c("task_uuid", _(CONTEXT, "Oppgave-ID"), width=38),
    _c("task", _(CONTEXT, "Oppgave"), width=36),
    _c("role", _(CONTEXT, "Yrkesgruppe"), width=12),
    _c("share", _(CONTEXT, "Andel (%)"), PERCENT_SHARE, 10),
    _c("hours_per_week", _(CONTEXT, "Timer per uke"), HOURS, 10, computed=True),
    _c("explanation", _(CONTEXT, "Begrunnelse"), width=40),
)
ROLE_COLUMNS = (
    _c("role_uuid", _(CONTEXT, "Yrkesgruppe-ID"), width=38),
    _c("code", _(CONTEXT, "Kode"), width=10),
    _c("name", _(CONTEXT, "Navn"), width=30),
    _c("leon_level", _(CONTEXT, "LEON-nivå"), INTEGER, 10),
    _c("authorised", _(CONTEXT, "Autorisert"), width=10),
    _c("hourly_cost", _(CONTEXT, "Timekostnad (kr)"), KRONER, 14),
    _c("colour", _(CONTEXT, "Farge"), width=10),
    _c("sort_order", _(CONTEXT, "Nr"), INTEGER, 6),
    _c("competences", _(CONTEXT, "Kompetanser"), width=60),
)
COMPETENCE_COLUMNS = (
    _c("competence_uuid", _(CONTEXT, "Kompetanse-ID"), width=38),
    _c("code", _(CONTEXT, "Kode"), width=12),
    _c("name", _(CONTEXT, "Navn"), width=40),
    _c("description", _(CONTEXT, "Beskrivelse"), width=50),
)
COURSE_COLUMNS = (
    _c("course_uuid", _(CONTEXT, "Kurs-ID"), width=38),
    _c("name", _(CONTEXT, "Navn"), width=36),
    _c("competence", _(CONTEXT, "Kompetanse"), width=12),
    _c("min_level", _(CONTEXT, "Laveste nivå"), INTEGER, 10),
    _c("hours", _(CONTEXT, "Timer"), DECIMAL, 8),
    _c("cost", _(CONTEXT, "Kostnad per deltaker (kr)"), KRONER, 14),
)
POSITION_COLUMNS = (
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
    _c("role", _(CONTEXT, "Yrkesgruppe"), width=12),
    _c("size", _(CONTEXT, "Stillingsstørrelse (%)"), DECIMAL, 12),
    _c("count", _(CONTEXT, "Antall"), INTEGER, 8),
    _c("fte", _(CONTEXT, "Årsverk"), FTE, 10, computed=True),
)
STAFFING_COLUMNS = (
    _c("department_uuid", _(CONTEXT, "Avdeling-ID"), width=38),
    _c("department", _(CONTEXT, "Avdeling")),
    _c("role", _(CONTEXT, "Yrkesgruppe"), width=12),
    _c("shift", _(CONTEXT, "Vakt"), width=8),
    _c("day_type", _(CONTEXT, "Dagtype"), width=10),
    _c("count", _(CONTEXT, "Antall"), INTEGER, 8),
)
SETTING_COLUMNS = (
    _c("key", _(CONTEXT, "Innstilling"), width=22),
    _c("value", _(CONTEXT, "Verdi"), width=60),
)
ANALYSIS_COLUMNS = (
    _c("department", _(CONTEXT, "Avdeling")),
    _c("scenario", _(CONTEXT, "Scenario")),
    _c("role", _(CONTEXT, "Yrkesgruppe"), width=12),
    _c("role_name", _(CONTEXT, "Navn"), width=28),
    _c("hours_per_week", _(CONTEXT, "Timer per uke"), HOURS, 12),
    _c("fte", _(CONTEXT, "Årsverk"), FTE, 10),
    _c("cost_per_week", _(CONTEXT, "Kroner per uke"), KRONER, 14),
)
KEY_FIGURE_COLUMNS = (
    _c("department", _(CONTEXT, "Avdeling")),
    _c("scenario", _(CONTEXT, "Scenario")),
    _c("task_hours", _(CONTEXT, "Oppgavetimer per uke"), HOURS, 12),
    _c("unassigned_hours", _(CONTEXT, "Ikke fordelt (timer per uke)"), HOURS, 12),
    _c("fte", _(CONTEXT, "Årsverk trengs"), FTE, 12),
    _c("cost_per_week", _(CONTEXT, "Kroner per uke"), KRONER, 14),
    _c("available_hours", _(CONTEXT, "Tilgjengelige timer per uke"), HOURS, 12),
    _c("mapped_share", _(CONTEXT, "Andel kartlagt"), FRACTION_AS_PERCENT, 10),
    _c("fulltime_share", _(CONTEXT, "Heltidsandel"), FRACTION_AS_PERCENT, 10),
    _c("continuity_share", _(CONTEXT, "Andel over 80 %"), FRACTION_AS_PERCENT, 10),
    _c("avg_position", _(CONTEXT, "Snittstilling (%)"), DECIMAL, 10),
    _c("course_places", _(CONTEXT, "Kursplasser"), INTEGER, 10),
    _c("course_people", _(CONTEXT, "Ansatte på kurs (minst)"), INTEGER, 10),
    _c("upgrade_cost", _(CONTEXT, "Kurs, én gang (kr)"), KRONER, 14),
    _c("price_per_year", _(CONTEXT, "Pris per år, lønn og kurs (kr)"), KRONER, 16),
    _c("change_vs_today", _(CONTEXT, "Endring mot i dag (kr per år)"), KRONER, 16),
    _c("payback_years", _(CONTEXT, "Kurs tjenes inn (år)"), DECIMAL, 10),
    # the comparison figures of the report (tallanalyse; analysis.comparison.key_figures)
    _c("residents", _(CONTEXT, "Brukere"), INTEGER, 10),
    _c("nurse_share", _(CONTEXT, "Sykepleierandel av timene"), FRACTION_AS_PERCENT, 10),
    _c("hours_per_resident", _(CONTEXT, "Timer per bruker per uke"), DECIMAL, 10),
    _c("cost_per_resident_day", _(CONTEXT, "Kostnad per brukerdøgn (kr)"), KRONER, 12),
    # the decision figures of the report's page one (analysis.decision_figures)
    _c("positions_budget", _(CONTEXT, "Dagens stillinger (kr per år)"), KRONER, 16),
    _c("change_vs_positions", _(CONTEXT, "Mot dagens stillinger (kr per år)"), KRONER, 16),
    _c("freed_hours", _(CONTEXT, "Frigjort tid (timer per uke)"), HOURS, 12),
    _c("recruit_fte", _(CONTEXT, "Rekruttering (årsverk)"), FTE, 12),
)
UPGRADE_COLUMNS = (
    _c("department", _(CONTEXT, "Avdeling")),
    _c("scenario", _(CONTEXT, "Scenario")),
    _c("role", _(CONTEXT, "Yrkesgruppe"), width=28),
    _c("competence", _(CONTEXT, "Kompetanse"), width=32),
    _c("course", _(CONTEXT, "Kurs"), width=32),
    _c("people", _(CONTEXT, "Personer"), INTEGER, 10),
    _c("hours", _(CONTEXT, "Kurstimer"), DECIMAL, 10),
    _c("cost", _(CONTEXT, "Kostnad (kr)"), KRONER, 14),
    _c("shifts_per_week", _(CONTEXT, "Vakter per uke"), DECIMAL, 10),
    _c("staff_in_role", _(CONTEXT, "Ansatte i gruppen"), INTEGER, 10),
    _c("tasks", _(CONTEXT, "Oppgaver"), width=50),
    _c("note", _(CONTEXT, "Merknad"), width=50),
)


def header_keys(header: Sequence[object], columns: Sequence[Column]) -> dict[str, int]:
    """Column key → 0-based index, from a header row in either language (or the keys)."""
    lookup: dict[str, str] = {}
    for column in columns:
        for text in (column.key, column.label, column.title):
            lookup.setdefault(normalise(text), column.key)
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        if cell is None:
            continue
        key = lookup.get(normalise(str(cell)))
        if key is not None and key not in found:
            found[key] = index
    return found


def missing_columns(found: Mapping[str, int], columns: Sequence[Column]) -> list[Column]:
    """Columns the import needs that a header lacks (computed ones are never needed)."""
    return [c for c in columns if not c.computed and not c.optional and c.key not in found]
