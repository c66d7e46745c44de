"""The import template: a sheet a workshop fills in without the app.

Drop-down lists offer the workspace's categories, roles, competences and courses (from a hidden
"Lister" sheet), and common ways to write frequency, time and duration; except for the category
they only suggest, so "SPL/HFA" or "ved behov, ca. 2 i uka" can still be typed. A "Veiledning"
sheet explains what the import understands. The headers are the ones the import recognises, so
a filled template imports without any mapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from oppgave import output_files
from oppgave.db.workspace import Workspace
from oppgave.domain import default_catalogue
from oppgave.domain.enums import Category, DelegationRule, RiskLevel
from oppgave.exchange import labels
from oppgave.exchange.columns import Field, field_label
from oppgave.exchange.workbook_export import ExportError, _atomic
from oppgave.i18n import translate
from oppgave.services import catalogue

TASK_SHEET = "Oppgaver"
GUIDE_SHEET = "Veiledning"
LIST_SHEET = "Lister"
HEADER_ROW = 3
#: Rows prepared with drop-downs and borders (more can be added below; they import too).
PREPARED_ROWS = 300

#: Columns of the template: field and width.
TEMPLATE_COLUMNS: tuple[tuple[Field, float], ...] = (
    (Field.CATEGORY, 22),
    (Field.NAME, 34),
    (Field.DESCRIPTION, 36),
    (Field.FREQUENCY, 24),
    (Field.TIME, 16),
    (Field.DURATION, 12),
    (Field.STAFF, 10),
    (Field.COMPETENCE, 26),
    (Field.TODAY, 20),
    (Field.FUTURE, 20),
    (Field.UPGRADE, 26),
    (Field.NOTES, 36),
    # after the columns of earlier versions, so a template filled by position still reads
    (Field.RISK, 12),
    (Field.DELEGATION, 28),
)

FREQUENCY_SUGGESTIONS = (
    "daglig",
    "2 ganger daglig",
    "3 ganger daglig",
    "hver morgen",
    "morgen og kveld",
    "hver vakt",
    "annenhver dag",
    "hverdager",
    "helg",
    "ukentlig",
    "2 ganger i uka",
    "annenhver uke",
    "1 gang i måneden",
    "kvartalsvis",
    "årlig",
    "ved behov, ca. 1 gang i uka",
)
TIME_SUGGESTIONS = ("morgen", "formiddag", "middag", "ettermiddag", "dag", "kveld", "natt")
DURATION_SUGGESTIONS = ("5 min", "10 min", "15 min", "20 min", "30 min", "45 min", "1 time")

TITLE_FONT = Font(bold=True, size=14)
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _tr(text: str) -> str:
    return translate("Template", text)


@dataclass(frozen=True, slots=True)
class TemplateLists:
    """What the drop-downs offer."""

    roles: tuple[str, ...]
    competences: tuple[str, ...]
    courses: tuple[str, ...]
    role_codes: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_workspace(cls, workspace: Workspace) -> TemplateLists:
        roles = catalogue.list_roles(workspace)
        return cls(
            roles=tuple(role.name for role in roles),
            competences=tuple(c.name for c in catalogue.list_competences(workspace)),
            courses=tuple(course.name for course in catalogue.list_courses(workspace)),
            role_codes=tuple((role.code, role.name) for role in roles),
        )

    @classmethod
    def default(cls) -> TemplateLists:
        """The default catalogue's lists (a template made without a workspace)."""
        return cls(
            roles=tuple(role.name for role in default_catalogue.ROLES),
            competences=tuple(c.name for c in default_catalogue.COMPETENCES),
            courses=tuple(course.name for course in default_catalogue.COURSES),
            role_codes=tuple((role.code, role.name) for role in default_catalogue.ROLES),
        )


def write_template(
    path: Path | str, workspace: Workspace | None = None, *, overwrite: bool = True
) -> Path:
    """Write the template to ``path`` (lists from ``workspace``, or the default catalogue)."""
    path = Path(path)
    if path.suffix.casefold() != ".xlsx":
        raise ExportError(_tr("Malen må lagres som .xlsx."))
    inputs = (workspace.path,) if workspace is not None else ()
    output_files.check_output_path(path, inputs=inputs, force=overwrite)
    lists = TemplateLists.from_workspace(workspace) if workspace else TemplateLists.default()
    workbook = Workbook()
    tasks = workbook.active
    assert tasks is not None
    tasks.title = TASK_SHEET
    list_ranges = _write_lists(workbook.create_sheet(LIST_SHEET), lists)
    _write_task_sheet(tasks, list_ranges)
    _write_guide(workbook.create_sheet(GUIDE_SHEET, 1), lists)
    with _atomic(path, inputs) as temporary:
        workbook.save(temporary)
    return path


def _write_lists(sheet: Worksheet, lists: TemplateLists) -> dict[str, str]:
    """The hidden sheet the drop-downs read; returns list name → absolute range."""
    columns: dict[str, Sequence[str]] = {
        "category": labels.labels(Category),
        "role": lists.roles,
        "competence": lists.competences,
        "course": lists.courses,
        "frequency": [_tr(text) for text in FREQUENCY_SUGGESTIONS],
        "time": [_tr(text) for text in TIME_SUGGESTIONS],
        "duration": [_tr(text) for text in DURATION_SUGGESTIONS],
        "risk": labels.labels(RiskLevel),
        "delegation": labels.labels(DelegationRule),
    }
    ranges: dict[str, str] = {}
    for index, (name, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(index)
        sheet.cell(row=1, column=index, value=name)
        for row, value in enumerate(values, start=2):
            sheet.cell(row=row, column=index, value=value)
        last = max(2, len(values) + 1)
        ranges[name] = f"'{LIST_SHEET}'!${letter}$2:${letter}${last}"
    sheet.sheet_state = "hidden"
    return ranges


def _write_task_sheet(sheet: Worksheet, ranges: dict[str, str]) -> None:
    last_column = get_column_letter(len(TEMPLATE_COLUMNS))
    sheet["A1"] = _tr("Kartlegging av oppgaver")
    sheet["A1"].font = TITLE_FONT
    sheet.merge_cells(f"A1:{last_column}1")
    sheet["A2"] = _tr(
        "Én rad per oppgave. Skriv som dere snakker: «2 ganger daglig», «15 min», «SPL/HFA». "
        "Se arket «Veiledning»."
    )
    sheet.merge_cells(f"A2:{last_column}2")
    sheet["A2"].alignment = WRAP
    sheet.row_dimensions[2].height = 30
    for index, (item, width) in enumerate(TEMPLATE_COLUMNS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=index, value=field_label(item))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(index)].width = width
    first, last = HEADER_ROW + 1, HEADER_ROW + PREPARED_ROWS
    for row in range(first, last + 1):
        for column in range(1, len(TEMPLATE_COLUMNS) + 1):
            cell = sheet.cell(row=row, column=column)
            cell.border = BORDER
            cell.alignment = WRAP
    column_of = {
        item: get_column_letter(i) for i, (item, _) in enumerate(TEMPLATE_COLUMNS, start=1)
    }

    def validation(item: Field, formula: str, strict: bool, prompt: str) -> None:
        rule = DataValidation(
            type="list",
            formula1=f"={formula}",
            allow_blank=True,
            showErrorMessage=strict,
            errorStyle="stop" if strict else "information",
            showInputMessage=True,
            promptTitle=field_label(item),
            prompt=prompt,
        )
        if strict:
            rule.errorTitle = field_label(item)
            rule.error = _tr("Velg en verdi fra listen.")
        rule.add(f"{column_of[item]}{first}:{column_of[item]}{last}")
        sheet.add_data_validation(rule)

    validation(Field.CATEGORY, ranges["category"], True, _tr("Velg kategori."))
    validation(
        Field.FREQUENCY,
        ranges["frequency"],
        False,
        _tr("Velg eller skriv, f.eks. «3 ganger i uka» eller «ved behov, ca. 2 i uka»."),
    )
    validation(Field.TIME, ranges["time"], False, _tr("Velg eller skriv, f.eks. «kl 08»."))
    validation(
        Field.DURATION, ranges["duration"], False, _tr("Minutter per gang, f.eks. «15 min».")
    )
    validation(
        Field.COMPETENCE, ranges["competence"], False, _tr("Velg, eller skriv flere med komma.")
    )
    for item in (Field.TODAY, Field.FUTURE):
        validation(
            item,
            ranges["role"],
            False,
            _tr("Velg, eller skriv flere: «SPL/HFA», «HFA 70 %, ASS 30 %»."),
        )
    validation(Field.UPGRADE, ranges["course"], False, _tr("Kurs som trengs, eller fritekst."))
    validation(
        Field.RISK, ranges["risk"], True, _tr("Hvor stor skade en feil kan gjøre. Tomt: lav.")
    )
    validation(
        Field.DELEGATION,
        ranges["delegation"],
        True,
        _tr("Om oppgaven kan gå til andre yrkesgrupper. Tomt: kan overføres."),
    )
    staff = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="20",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=field_label(Field.STAFF),
        error=_tr("Et helt tall fra 1 til 20."),
    )
    staff.add(f"{column_of[Field.STAFF]}{first}:{column_of[Field.STAFF]}{last}")
    sheet.add_data_validation(staff)
    sheet.freeze_panes = f"C{first}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _write_guide(sheet: Worksheet, lists: TemplateLists) -> None:
    lines: list[tuple[str, str]] = [
        (_tr("Slik fyller dere ut malen"), ""),
        ("", ""),
        (field_label(Field.NAME), _tr("Kort navn på oppgaven, f.eks. «Morgenstell». Må være med.")),
        (
            field_label(Field.FREQUENCY),
            _tr(
                "Må være med. F.eks. «2 ganger daglig», «hver morgen», «x3 pr uke», «ukentlig», "
                "«annenhver dag», «1 gang i måneden», «man, ons, fre», «daglig unntatt helg». "
                "«Ved behov» trenger et anslag: «ved behov, ca. 3 ganger i uka»."
            ),
        ),
        (
            field_label(Field.DURATION),
            _tr("Må være med. Tid hver gang: «15 min», «1,5 t», «1 time», «ca. 20 minutter»."),
        ),
        (
            field_label(Field.TIME),
            _tr(
                "Når på døgnet: «morgen» (07–10), «formiddag» (10–12), «middag» (13–15), "
                "«ettermiddag» (15–18), «dag», «kveld», «natt» (vaktene), «kl 08», «08:00-09:30»."
            ),
        ),
        (
            field_label(Field.TODAY),
            _tr(
                "Yrkesgruppe(r) som gjør oppgaven i dag: «SPL», «SPL/HFA» (deler likt), "
                "«HFA 70 %, ASS 30 %». Forkortelser som «sykepl.», «helsefagarb.», «ass.» går fint."
            ),
        ),
        (
            field_label(Field.FUTURE),
            _tr("Hvem som kan gjøre oppgaven i framtiden. Blir et eget forslag i programmet."),
        ),
        (
            field_label(Field.COMPETENCE),
            _tr("Kompetanse oppgaven krever, f.eks. «insulin», «sårstell», «forflytning»."),
        ),
        (
            field_label(Field.UPGRADE),
            _tr(
                "Kurs som trengs for at andre kan gjøre oppgaven. Et kjent kurs blir et "
                "kompetansekrav; annen tekst havner i merknaden."
            ),
        ),
        (
            field_label(Field.STAFF),
            _tr("Hvor mange som gjør oppgaven samtidig (f.eks. 2 ved løft)."),
        ),
        (
            field_label(Field.RISK),
            _tr(
                "Hvor stor skade en feil kan gjøre: «lav», «middels» eller «høy» (som i "
                "Calderdale-rammeverket). Oppgaver med høy risiko foreslås aldri under et "
                "fastsatt LEON-nivå. Tomt: lav."
            ),
        ),
        (
            field_label(Field.DELEGATION),
            _tr(
                "«kan overføres» (andre kan overta den for godt), «kan delegeres med veiledning» "
                "(krever veiledningstid og godkjent kompetanse per person) eller «beholdes» "
                "(blir hos dagens yrkesgrupper). Tomt: kan overføres."
            ),
        ),
        ("", ""),
        (_tr("Yrkesgrupper"), ""),
    ]
    lines += [(code, name) for code, name in lists.role_codes]
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 100
    for row, (key, text) in enumerate(lines, start=1):
        sheet.cell(row=row, column=1, value=key).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=text).alignment = WRAP
    sheet["A1"].font = TITLE_FONT
