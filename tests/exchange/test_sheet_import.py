"""Departments' own sheets import to exactly the expected tasks; problems are reported per row
and nothing is written until the plan is accepted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from exchange_sheets import (
    digest,
    municipal_sheet,
    set_cached_values,
    sheet_per_shift,
    shift_header_sheet,
    simple_sheet,
)

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Restriction
from oppgave.domain.records import Municipality
from oppgave.errors import NotFoundError, OppgaveError, ValidationError
from oppgave.exchange.columns import ColumnOverride, Field, MappingError
from oppgave.exchange.importing import ImportRefusedError, ImportTarget, SheetImport
from oppgave.exchange.sheet_import import ImportOptions, RowAction, Severity
from oppgave.services import catalogue, organisation, scenarios, tasks

Summarise = Callable[[Workspace, int], dict]

BASE = "I dag"
PROPOSAL = "Forslag fra import"


def _import(
    workspace: Workspace,
    path: Path,
    department: str | int = "Buvik",
    options: ImportOptions | None = None,
    **target: str,
) -> tuple[SheetImport, int]:
    session = SheetImport.open(workspace, path, ImportTarget(department, **target))
    outcome = session.apply(session.plan(options))
    return session, outcome.department.id


# --- realistic layouts ------------------------------------------------------------------------


def test_municipal_layout_imports_exactly_the_expected_tasks(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = municipal_sheet(sheets_dir / "kartlegging.xlsx")
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [(p.row, p.column) for p in plan.problems if p.severity is Severity.ERROR] == [
        (7, "E «Tidsbruk»")
    ], "«en stund» cannot be read"
    fixed = session.plan(ImportOptions(fixes={("Kartlegging", 7, 5): "30 min"}))
    assert not fixed.has_errors
    assert fixed.count(RowAction.CREATE) == 8
    outcome = session.apply(fixed)
    assert (outcome.created, outcome.created_department, outcome.created_proposal) == (
        8,
        True,
        True,
    )
    got = summarise(workspace, outcome.department.id)
    assert got == {
        "Morgenstell": {
            "category": "direct", "frequency": "1 gang daglig", "duration": 20.0,
            "windows": "07:00–10:00", "competences": ["STELL"], "notes": "",
            BASE: {"HFA": 50, "ASS": 50}, PROPOSAL: {"HFA": 50, "ASS": 50},
        },
        "Medisinutdeling": {
            "category": "direct", "frequency": "3 ganger daglig", "duration": 10.0,
            "windows": "08:00–09:00, 14:00–15:00, 20:00–21:00", "competences": ["LM-MULTI"],
            "notes": "", BASE: {"SPL": 100}, PROPOSAL: {"HFA": 100},
        },
        "Insulin": {
            "category": "direct", "frequency": "2 ganger daglig", "duration": 5.0,
            "windows": "07:00–10:00, kveld", "competences": ["LM-INSULIN"],
            "notes": "2 beboere", BASE: {"SPL": 100}, PROPOSAL: {"HFA": 100},
        },
        "Sårstell": {
            "category": "direct", "frequency": "3 ganger i uka", "duration": 30.0, "windows": "",
            "competences": ["SAR-ENKEL"],
            "notes": "Enkle sår\nVed behov: hyppigheten er et anslag.",
            BASE: {"SPL": 100}, PROPOSAL: {"SPL": 50, "HFA": 50},
        },
        "Rapport": {
            "category": "indirect", "frequency": "3 ganger daglig", "duration": 15.0,
            "windows": "dag, kveld, natt", "competences": ["DOK"],
            "notes": "", BASE: {"SPL": 50, "HFA": 50}, PROPOSAL: {"SPL": 50, "HFA": 50},
        },
        "Bestille medisiner": {
            "category": "indirect", "frequency": "1 gang i uka", "duration": 60.0,
            "windows": "10:00–12:00", "competences": [],
            "notes": "Kompetanseløft: Kurs i bestilling",
            BASE: {"SPL": 100}, PROPOSAL: {"VPL": 100},
        },
        "Oppvask": {
            "category": "practical", "frequency": "3 ganger i uka", "duration": 30.0,
            "windows": "kveld", "competences": [], "notes": "",
            BASE: {"ASS": 100}, PROPOSAL: {"SRV": 100},
        },
        "Vaske rullator": {
            "category": "practical", "frequency": "annenhver uke", "duration": 90.0,
            "windows": "", "competences": [], "notes": "Grønn: kan delegeres",
            BASE: {"HFA": 50, "ASS": 50}, PROPOSAL: {"HFA": 50, "ASS": 50},
        },
    }  # fmt: skip
    skipped = {p.row: p.severity for p in plan.problems if "hoppet over" in p.message}
    assert skipped == {13: Severity.WARNING, 14: Severity.INFO}, "legend rows reported"


def test_two_row_merged_header_and_headings_give_the_time(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    _, department_id = _import(workspace, shift_header_sheet(sheets_dir / "skjermet.xlsx"))
    assert summarise(workspace, department_id) == {
        "Frokost": {
            "category": "direct", "frequency": "7 ganger i uka", "duration": 30.0,
            "windows": "07:00–10:00", "competences": [], "notes": "",
            BASE: {"HFA": 50, "ASS": 50}, PROPOSAL: {"ASS": 100},
        },
        "Tilsyn": {
            "category": "direct", "frequency": "14 ganger i uka", "duration": 10.0,
            "windows": "07:00–10:00", "competences": [], "notes": "",
            BASE: {"SPL": 50, "HFA": 50}, PROPOSAL: {"HFA": 100},
        },
        "Kveldsstell": {
            "category": "direct", "frequency": "7 ganger i uka", "duration": 25.0,
            "windows": "kveld", "competences": [], "notes": "To på rom 4",
            BASE: {"HFA": 100}, PROPOSAL: {"HFA": 50, "ASS": 50},
        },
        "Nattevakt runde": {
            "category": "direct", "frequency": "21 ganger i uka", "duration": 15.0,
            "windows": "natt", "competences": [], "notes": "",
            BASE: {"HFA": 100}, PROPOSAL: {"HFA": 100},
        },
    }  # fmt: skip


def test_one_sheet_per_shift_with_english_headers(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = sheet_per_shift(sheets_dir / "vakter.xlsx")
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [layout.sheet for layout in plan.layouts] == ["Dag", "Kveld", "Natt"]
    assert {p.sheet for p in plan.problems if "hoppet over" in p.message} == {
        "Forklaring",
        "Lister",
    }, "the explanation and the hidden list sheet are not tasks"
    department_id = session.apply(plan).department.id
    assert summarise(workspace, department_id) == {
        "Medication round": {
            "category": "direct", "frequency": "2 ganger daglig", "duration": 15.0,
            "windows": "dag", "competences": [], "notes": "",
            BASE: {"SPL": 100}, PROPOSAL: {"HFA": 100},
        },
        "Lunch": {
            "category": "direct", "frequency": "1 gang daglig", "duration": 45.0,
            "windows": "dag", "competences": [], "notes": "",
            BASE: {"HFA": 50, "ASS": 50}, PROPOSAL: {"HFA": 50, "ASS": 50},
        },
        "Evening care": {
            "category": "direct", "frequency": "1 gang daglig", "duration": 20.0,
            "windows": "kveld", "competences": [], "notes": "",
            BASE: {"HFA": 100}, PROPOSAL: {"ASS": 100},
        },
        "Night round": {
            "category": "direct", "frequency": "3 ganger daglig", "duration": 10.0,
            "windows": "natt", "competences": [], "notes": "",
            BASE: {"HFA": 100}, PROPOSAL: {"HFA": 100},
        },
    }  # fmt: skip


def test_only_chosen_sheets_are_read(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    session = SheetImport.open(workspace, sheet_per_shift(sheets_dir / "v.xlsx"), ImportTarget("B"))
    plan = session.plan(ImportOptions(sheets=("kveld",)))
    assert [row.name for row in plan.rows] == ["Evening care"]


# --- importing twice --------------------------------------------------------------------------


def test_a_second_import_of_the_same_sheet_duplicates_nothing(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = shift_header_sheet(sheets_dir / "skjermet.xlsx")
    _, department_id = _import(workspace, path)
    first = summarise(workspace, department_id)
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert {row.action for row in plan.rows} == {RowAction.UNCHANGED}
    outcome = session.apply(plan)
    assert (outcome.created, outcome.updated, outcome.unchanged) == (0, 0, 4)
    assert summarise(workspace, department_id) == first
    assert len(scenarios.list_scenarios(workspace, department_id)) == 2


def test_a_changed_cell_updates_the_task(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    _, department_id = _import(workspace, path)
    task = tasks.list_tasks(workspace, department_id)[0]
    tasks.update_task(workspace, task.id, notes="Skrevet i programmet")
    path = simple_sheet(sheets_dir / "b.xlsx", [["  tilsyn.", "2 ganger daglig", "10 min", "SPL"]])
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [row.action for row in plan.rows] == [RowAction.UPDATE]
    session.apply(plan)
    after = summarise(workspace, department_id)
    assert list(after) == ["Tilsyn"], "matched by normalised name, name kept"
    assert after["Tilsyn"]["frequency"] == "2 ganger daglig"
    assert after["Tilsyn"][BASE] == {"SPL": 100}
    assert after["Tilsyn"]["notes"] == "Skrevet i programmet", "a field the sheet lacks is kept"


def test_a_sheet_without_frequency_can_update_but_not_create(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    _, department_id = _import(
        workspace, simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    )
    path = simple_sheet(
        sheets_dir / "b.xlsx",
        [["Tilsyn", "ASS"], ["Ny oppgave", "ASS"]],
        header=["Oppgave", "Hvem kan gjøre"],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [row.action for row in plan.rows] == [RowAction.UPDATE, RowAction.INVALID]
    messages = [p.message for p in plan.rows[1].problems]
    assert messages == ["Hyppighet mangler (ny oppgave).", "Tidsbruk mangler (ny oppgave)."]
    session.apply(plan, skip_invalid=True)
    assert summarise(workspace, department_id)["Tilsyn"][PROPOSAL] == {"ASS": 100}


# --- nothing is written until accepted --------------------------------------------------------


def test_planning_writes_nothing_and_errors_refuse_the_whole_import(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA"], ["Sårstell", "ved behov", "15 min", "SPL"]],
    )
    before = digest(workspace.path)
    session = SheetImport.open(workspace, path, ImportTarget("Ny avdeling"))
    plan = session.plan()
    assert digest(workspace.path) == before
    [problem] = [p for p in plan.problems if p.severity is Severity.ERROR]
    assert (problem.sheet, problem.row, problem.column, problem.value) == (
        "Ark1",
        3,
        "B «Hyppighet»",
        "ved behov",
    )
    assert "anslag" in problem.message
    with pytest.raises(ImportRefusedError, match="1 rader har feil"):
        session.apply(plan)
    assert digest(workspace.path) == before
    assert organisation.list_departments(workspace) == [], "not even the department is created"


def test_rows_with_errors_can_be_skipped_or_fixed(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [
            ["Tilsyn", "daglig", "10 min", "HFA"],
            ["Sårstell", "ved behov", "15 min", "SPL"],
            ["Bad", "sjelden", "lenge", "lege"],
        ],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    options = ImportOptions(
        skip=frozenset({("Ark1", 4)}),
        fixes={("Ark1", 3, 2): "ved behov, ca 2 ganger i uka"},
    )
    plan = session.plan(options)
    assert [row.action for row in plan.rows] == [
        RowAction.CREATE,
        RowAction.CREATE,
        RowAction.SKIPPED,
    ]
    assert not plan.has_errors
    outcome = session.apply(plan)
    assert (outcome.created, outcome.skipped) == (2, 1)
    got = summarise(workspace, outcome.department.id)
    assert got["Sårstell"]["frequency"] == "2 ganger i uka"
    assert "Bad" not in got


def test_skip_invalid_writes_the_valid_rows(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA"], ["Bad", "sjelden", "10 min", "HFA"]],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    outcome = session.apply(session.plan(), skip_invalid=True)
    assert (outcome.created, outcome.skipped) == (1, 1)
    assert list(summarise(workspace, outcome.department.id)) == ["Tilsyn"]


def test_the_same_task_twice_in_one_sheet_is_an_error(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA"], ["TILSYN", "ukentlig", "10 min", "HFA"]],
    )
    plan = SheetImport.open(workspace, path, ImportTarget("Buvik")).plan()
    assert [row.action for row in plan.rows] == [RowAction.CREATE, RowAction.INVALID]
    assert "rad 2" in plan.rows[1].problems[0].message


# --- the user's column mapping ----------------------------------------------------------------


def test_columns_the_sheet_names_oddly_are_mapped_by_the_user(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", 10, "SPL/HFA", "x"]],
        header=["Arbeid", "Gjentas", "Minutter", "Utførende", "Hvem kan gjøre"],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    assert not session.plan().layouts, "no column is recognised as the task"
    overrides = tuple(
        ColumnOverride.parse(text)
        for text in ("Arbeid=name", "b=hyppighet", "Utførende=today", "Hvem kan gjøre=ignore")
    )
    plan = session.plan(ImportOptions(overrides=overrides))
    assert dict(plan.layouts[0].columns) == {
        1: Field.NAME,
        2: Field.FREQUENCY,
        3: Field.DURATION,
        4: Field.TODAY,
    }
    outcome = session.apply(plan)
    got = summarise(workspace, outcome.department.id)["Tilsyn"]
    assert (got["duration"], got[BASE]) == (10.0, {"SPL": 50, "HFA": 50})
    assert outcome.proposal is None, "no proposal without «Hvem kan gjøre»"


def test_a_mapping_to_a_column_that_does_not_exist_is_an_error(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan(ImportOptions(overrides=(ColumnOverride.parse("Tidspunkt=time"),)))
    assert plan.has_errors and "Tidspunkt" in plan.file_errors[0].message
    with pytest.raises(ImportRefusedError):
        session.apply(plan, skip_invalid=True)
    with pytest.raises(MappingError, match="Ukjent felt"):
        ColumnOverride.parse("C=hvaforno")
    with pytest.raises(MappingError, match="KOLONNE=felt"):
        ColumnOverride.parse("C")


def test_the_user_can_say_where_the_header_is(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [
            ["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"],
            ["Tilsyn", "daglig", "5 min", "HFA"],
        ],
        header=["Hva", "Hvor ofte", "Hvor lenge", "Hvem"],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan(ImportOptions(header_rows={"Ark1": (2,)}))
    assert [row.name for row in plan.rows] == ["Tilsyn"]


# --- what people write in cells ---------------------------------------------------------------


def test_wrong_types_are_reported_per_cell(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [
            ["Tilsyn", date(2024, 3, 1), "10 min", "HFA"],
            ["Stell", "daglig", True, "HFA"],
            [datetime(2024, 1, 1, 8, 0), "daglig", "10 min", "HFA"],
            [1234, "daglig", "10 min", "HFA"],
            ["Dusj", "daglig", -5, "HFA"],
        ],
    )
    before = digest(workspace.path)
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    errors = {(p.row, p.column): p.message for p in plan.problems if p.severity is Severity.ERROR}
    assert errors == {
        (2, "B «Hyppighet»"):
            "Feil type: cellen er en dato, forventet en hyppighet som «2 ganger daglig».",
        (3, "C «Tidsbruk»"): "Feil type: cellen er sann/usann, forventet en tidsbruk som «15 min».",
        (4, "A «Oppgave»"): "Feil type: cellen er en dato, forventet navnet på oppgaven.",
        (6, "C «Tidsbruk»"): "Tidsbruken må være mer enn 0 minutter.",
    }  # fmt: skip
    assert [row.name for row in plan.rows if row.action is RowAction.CREATE] == ["1234"]
    with pytest.raises(ImportRefusedError):
        session.apply(plan)
    assert digest(workspace.path) == before


def test_formulas_are_read_by_their_cached_value(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "=5*2", "HFA"], ["Stell", "daglig", "=C2*2", "HFA"]],
    )
    set_cached_values(path, "xl/worksheets/sheet1.xml", {"C2": "10"})
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [row.action for row in plan.rows] == [RowAction.CREATE, RowAction.INVALID]
    assert "formel uten lagret verdi" in plan.rows[1].problems[0].message
    outcome = session.apply(plan, skip_invalid=True)
    assert summarise(workspace, outcome.department.id)["Tilsyn"]["duration"] == 10.0


def test_unknown_competences_and_role_remarks_go_to_the_notes(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Samtale", "ukentlig", "30 min", "HFA (med erfaring)", "samtaleteknikk, demens"]],
        header=["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag", "Kompetanse"],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [p.severity for p in plan.rows[0].problems] == [Severity.WARNING]
    got = summarise(workspace, session.apply(plan).department.id)["Samtale"]
    assert got["competences"] == ["DEMENS"]
    assert got["notes"] == "Kompetanse: samtaleteknikk\nHvem gjør i dag: med erfaring"


# --- where the tasks go -----------------------------------------------------------------------


def test_a_new_department_goes_to_the_named_municipality(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    organisation.create_municipality(workspace, "Skaun")
    _, department_id = _import(workspace, path, "Buvik", municipality="Skaun")
    department = organisation.get_department(workspace, department_id)
    assert organisation.resolve_municipality(workspace, "Skaun").id == department.municipality_id
    _, other = _import(workspace, path, "Gauldal/Støren")
    created = organisation.get_department(workspace, other)
    assert created.name == "Støren"
    assert organisation.resolve_municipality(workspace, "Gauldal").id == created.municipality_id
    _, same = _import(workspace, path, str(department_id))
    assert same == department_id, "a department id is accepted"


def test_a_new_department_without_any_municipality_is_refused(
    workspace: Workspace, sheets_dir: Path
) -> None:
    path = simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    with pytest.raises(ValidationError, match="--municipality"):
        SheetImport.open(workspace, path, ImportTarget("Buvik"))
    with pytest.raises(NotFoundError):
        SheetImport.open(workspace, path, ImportTarget("99"))
    outcome_session = SheetImport.open(workspace, path, ImportTarget("Buvik", "Midtre Gauldal"))
    outcome = outcome_session.apply(outcome_session.plan())
    assert organisation.list_municipalities(workspace)[0].name == "Midtre Gauldal"
    assert outcome.created_department


def test_an_ambiguous_department_name_is_refused(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    other = organisation.create_municipality(workspace, "Skaun")
    organisation.create_department(workspace, municipality.id, "Sykehjem")
    organisation.create_department(workspace, other.id, "Sykehjem")
    path = simple_sheet(sheets_dir / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    with pytest.raises(NotFoundError, match="Kommune/Avdeling"):
        SheetImport.open(workspace, path, ImportTarget("Sykehjem"))
    session = SheetImport.open(workspace, path, ImportTarget("Skaun/Sykehjem"))
    assert session.target.department is not None


def test_the_proposal_can_be_named_but_not_the_baseline(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA", "ASS"]],
        header=["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag", "Hvem kan gjøre"],
    )
    _, department_id = _import(workspace, path, proposal="Forslag A")
    assert [s.name for s in scenarios.list_scenarios(workspace, department_id)] == [
        "I dag",
        "Forslag A",
    ]
    with pytest.raises(ValidationError, match="utgangspunktet"):
        SheetImport.open(workspace, path, ImportTarget(department_id, proposal="i dag"))


def test_an_existing_proposal_keeps_what_the_sheet_does_not_say(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    header = ["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag", "Hvem kan gjøre"]
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA", "ASS"], ["Stell", "daglig", "10 min", "HFA", None]],
        header=header,
    )
    _, department_id = _import(workspace, path)
    roles = {role.code: role.id for role in catalogue.list_roles(workspace)}
    proposal = scenarios.resolve_scenario(workspace, department_id, PROPOSAL)
    stell = tasks.find_task(workspace, department_id, "Stell")
    scenarios.set_assignment(workspace, proposal.id, stell.id, {roles["LRL"]: 100})
    path = simple_sheet(
        sheets_dir / "b.xlsx",
        [["Tilsyn", "daglig", "10 min", "SPL", None], ["Stell", "daglig", "10 min", "SPL", None]],
        header=header,
    )
    _import(workspace, path)
    got = summarise(workspace, department_id)
    assert got["Stell"][PROPOSAL] == {"LRL": 100}, "the user's change in the proposal stays"
    assert got["Tilsyn"][PROPOSAL] == {"ASS": 100}
    assert got["Stell"][BASE] == {"SPL": 100}


def test_a_proposal_may_not_break_a_restriction(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    header = ["Oppgave", "Hvem kan gjøre"]
    department = organisation.create_department(workspace, municipality.id, "Buvik")
    tasks.create_task(workspace, department.id, "Insulin", restriction=Restriction.AUTHORISED)
    path = simple_sheet(sheets_dir / "a.xlsx", [["Insulin", "ass."]], header=header)
    plan = SheetImport.open(workspace, path, ImportTarget("Buvik")).plan()
    assert plan.rows[0].action is RowAction.INVALID
    assert "begrenset" in plan.rows[0].problems[0].message


def test_a_task_id_column_matches_by_uuid(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, summarise: Summarise
) -> None:
    department = organisation.create_department(workspace, municipality.id, "Buvik")
    other = organisation.create_department(workspace, municipality.id, "Lundamo")
    task = tasks.create_task(workspace, department.id, "Tilsyn")
    foreign = tasks.create_task(workspace, other.id, "Stell")
    path = simple_sheet(
        sheets_dir / "a.xlsx",
        [
            [task.uuid, "Tilsyn om natten", "2 ganger daglig", "10 min"],
            [foreign.uuid, "Stell", "daglig", "10 min"],
            ["ikke-en-id", "Dusj", "ukentlig", "20 min"],
        ],
        header=["Oppgave-ID", "Oppgave", "Hyppighet", "Tidsbruk"],
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    plan = session.plan()
    assert [row.action for row in plan.rows] == [
        RowAction.UPDATE,
        RowAction.INVALID,
        RowAction.CREATE,
    ]
    assert "annen avdeling" in plan.rows[1].problems[0].message
    assert plan.rows[2].problems[0].severity is Severity.WARNING
    session.apply(plan, skip_invalid=True)
    assert tasks.get_task(workspace, task.id).frequency.count == 2
    assert tasks.get_task(workspace, task.id).name == "Tilsyn", "the name is not changed"


def test_a_bad_file_leaves_the_workspace_unchanged(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path
) -> None:
    path = sheets_dir / "tom.xlsx"
    openpyxl.Workbook().save(path)
    before = digest(workspace.path)
    with pytest.raises(OppgaveError, match="tom"):
        SheetImport.open(workspace, path, ImportTarget("Buvik"))
    assert digest(workspace.path) == before


def test_an_hms_review_copy_refuses_an_import(
    workspace: Workspace, municipality: Municipality, sheets_dir: Path, tmp_path: Path
) -> None:
    from oppgave.errors import ReviewCopyError
    from oppgave.services import review, workspaces

    department = organisation.create_department(workspace, municipality.id, "Buvik")
    tasks.create_task(workspace, department.id, "Tilsyn")
    copy_path = tmp_path / "gjennomgang.oppgave"
    review.export_review_copy(workspace, department.id, copy_path)
    path = simple_sheet(sheets_dir / "a.xlsx", [["Stell", "daglig", "10 min", "HFA"]])
    with workspaces.open_workspace(copy_path) as copy:
        before = digest(copy_path)
        session = SheetImport.open(copy, path, ImportTarget("Buvik"))
        with pytest.raises(ReviewCopyError):
            session.apply(session.plan())
        assert digest(copy_path) == before
