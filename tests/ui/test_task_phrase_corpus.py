"""The phrase corpus (``tests/corpus/task_phrases.py``) through every way text enters a task:
the task table's ``setData``, the TSV paste and the Excel import (a real .xlsx through the CLI).
Each path must give the corpus' reading (or refuse), and writing the stored value back and
reading it again must give the same value."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt

from oppgave.cli.main import main as cli
from oppgave.domain import task_text
from oppgave.errors import ValidationError
from oppgave.services import catalogue, organisation, scenarios, tasks, workspaces
from oppgave.ui.tasks.task_clipboard import parse_tsv
from oppgave.ui.tasks.task_table_model import COLUMN_TITLES, TaskColumn, TaskTableModel
from oppgave.ui.window.main_window import MainWindow
from tests.corpus.task_phrases import CORPUS, REFUSED, Continuous, Freq, Restr

#: corpus field → the task table's column (the table has no day column: days go in the frequency)
TABLE_COLUMNS = {
    "frequency": TaskColumn.FREQUENCY,
    "duration": TaskColumn.DURATION,
    "windows": TaskColumn.WINDOWS,
    "staff": TaskColumn.STAFF,
    "shares": TaskColumn.ROLES,
    "competences": TaskColumn.COMPETENCES,
    "restriction": TaskColumn.RESTRICTION,
    "category": TaskColumn.CATEGORY,
    "status": TaskColumn.STATUS,
}
#: corpus field → the import sheet's header (the sheet has no restriction column)
SHEET_HEADERS = {
    "category": "Kategori",
    "frequency": "Hyppighet",
    "days": "Dager",
    "windows": "Tidspunkt",
    "duration": "Tidsbruk",
    "staff": "Antall personer",
    "competences": "Kompetanse",
    "shares": "Hvem gjør i dag",
    "status": "Status",
}
SHEET_DEFAULTS = {"Hyppighet": "1 gang daglig", "Tidsbruk": "10 min"}


def test_corpus_is_large_and_has_the_issue_phrases() -> None:
    texts = {text for _, text, _ in CORPUS}
    assert len(CORPUS) >= 300
    for phrase in (
        "hver 2. dag", "hver 14. dag", "hver 3. uke", "annenhver dag", "morgen og kveld",
        "hverdager", "ca 10 min", "10-15 min", "½ time", "kvarter", "morgen",
        "4 ganger pr natt", "to ganger per natt", "1 gang per skift", "en gang i kvartalet",
        "5 dager i uka", "daglig (7 dager)", "kontinuerlig", "hele vakta",
        "hver 3. time om natta", "Alle", "alle yrkesgrupper", "hvem som helst",
        "Minste LEON-nivå 2",
    ):  # fmt: skip
        assert phrase in texts, phrase


def _codes(ids: Any, by_id: dict[int, str]) -> set[str]:
    return {by_id[i] for i in ids}


def _matches(
    field: str, fields: dict[str, Any], shares: dict[int, float] | None, expected: Any,
    roles: dict[int, str], competences: dict[int, str],
) -> bool:  # fmt: skip
    """Whether what a path stored (``fields`` of the task, ``shares``) is the corpus reading."""
    if isinstance(expected, Continuous):
        frequency = fields["frequency"]
        return (
            (frequency.count, frequency.unit.value) == (1.0, "day")
            and math.isclose(fields["duration_minutes"], expected.minutes)
            and tuple((w.start_minute, w.end_minute) for w in fields["windows"])
            == tuple(sorted(expected.windows))
        )
    if field in ("frequency", "days"):
        frequency = fields["frequency"]
        if field == "days":
            return int(frequency.days) == expected
        assert isinstance(expected, Freq)
        return (
            math.isclose(frequency.count, expected.count, rel_tol=1e-9)
            and frequency.unit.value == expected.unit
            and int(frequency.days) == expected.days
        )
    if field == "duration":
        return math.isclose(fields["duration_minutes"], expected)
    if field == "windows":
        got = tuple((w.start_minute, w.end_minute) for w in fields["windows"])
        return got == tuple(sorted(expected))
    if field == "staff":
        return fields["staff_count"] == expected
    if field == "shares":
        got = {roles[k]: v for k, v in (shares or {}).items()}
        return got.keys() == expected.keys() and all(
            math.isclose(got[k], expected[k], abs_tol=1e-6) for k in got
        )
    if field == "competences":
        return _codes(fields["competence_ids"], competences) == expected
    if field == "restriction":
        assert isinstance(expected, Restr)
        return (
            fields["restriction"].value == expected.kind
            and fields["restriction_min_level"] == expected.level
            and _codes(fields["allowed_role_ids"], roles) == set(expected.roles)
        )
    return fields[field].value == expected


def _task_fields(task: Any) -> dict[str, Any]:
    return {
        "frequency": task.frequency,
        "duration_minutes": task.duration_minutes,
        "windows": task.windows,
        "staff_count": task.staff_count,
        "competence_ids": task.competence_ids,
        "restriction": task.restriction,
        "restriction_min_level": task.restriction_min_level,
        "allowed_role_ids": task.allowed_role_ids,
        "category": task.category,
        "status": task.status,
    }


def test_every_phrase_through_the_table_and_the_paste(opened: MainWindow) -> None:
    tab = opened.show_tab("tasks")
    model: TaskTableModel = tab.model  # type: ignore[attr-defined]
    context = opened.context
    assert context is not None and context.department is not None
    workspace = context.workspace
    role_list = catalogue.list_roles(workspace)
    competence_list = catalogue.list_competences(workspace)
    roles = {r.id: r.code for r in role_list}
    competences = {c.id: c.code for c in competence_list}
    name = "Aktivitet"

    def row() -> int:
        return next(i for i in range(model.rowCount()) if model.task_at(i).name == name)

    def stored() -> Any:
        return next(t for t in tasks.list_tasks(workspace, context.department.id) if t.name == name)

    def set_cell(column: TaskColumn, value: str) -> bool:
        return model.setData(model.index(row(), column), value, Qt.ItemDataRole.EditRole)

    wrong: list[str] = []
    header = "\t".join([COLUMN_TITLES[TaskColumn.NAME], "{column}"])
    for field, text, expected in CORPUS:
        column = TABLE_COLUMNS.get(field)
        if column is None:
            continue
        # the table: a fresh start for the fields «kontinuerlig» reads and writes
        assert set_cell(TaskColumn.WINDOWS, ""), model.last_error
        accepted = set_cell(column, text)
        task = stored()
        shares = scenarios.get_assignments(workspace, context.scenario.id).get(task.id, {})
        if expected is REFUSED:
            if accepted:
                wrong.append(f"table accepted {field} {text!r}")
            elif not model.last_error:
                wrong.append(f"table refused {text!r} without a reason")
        elif not accepted:
            wrong.append(f"table refused {field} {text!r}: {model.last_error}")
        elif not _matches(field, _task_fields(task), shares, expected, roles, competences):
            wrong.append(f"table read {field} {text!r} wrongly")
        else:
            # round trip: the text the table shows, typed back, changes nothing
            shown = model.data(model.index(row(), column), Qt.ItemDataRole.EditRole)
            if column in (TaskColumn.CATEGORY, TaskColumn.STATUS, TaskColumn.COMPETENCES):
                shown = model.row_texts(row())[column]
            before = (_task_fields(task), shares)
            assert set_cell(column, str(shown)), (text, shown, model.last_error)
            again = stored()
            after = scenarios.get_assignments(workspace, context.scenario.id).get(again.id, {})
            if (_task_fields(again), after) != before:
                wrong.append(f"round trip of {text!r} via {shown!r} changed the value")
        # the paste
        tsv = header.format(column=COLUMN_TITLES[column]) + f"\nLimt\t{text}\n"
        try:
            (draft,) = parse_tsv(tsv, role_list, competence_list)
        except ValidationError as error:
            if expected is not REFUSED:
                wrong.append(f"paste refused {field} {text!r}: {error.message}")
            continue
        if expected is REFUSED:
            wrong.append(f"paste accepted {field} {text!r}")
            continue
        fields = {**_task_fields(task), **draft.fields}
        if not _matches(field, fields, draft.default_assignment, expected, roles, competences):
            wrong.append(f"paste read {field} {text!r} wrongly: {draft.fields}")
    assert not wrong, "\n".join(wrong)


def test_every_phrase_through_the_excel_import(tmp_path: Path, capsys: Any) -> None:
    headers = ["Oppgave", *dict.fromkeys(SHEET_HEADERS.values())]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Kartlegging"
    sheet.append(headers)
    rows: dict[str, tuple[str, str, Any]] = {}
    for number, (field, text, expected) in enumerate(CORPUS, start=1):
        header = SHEET_HEADERS.get(field)
        if header is None:
            continue
        name = f"Frase {number:03d}"
        cells = {h: SHEET_DEFAULTS.get(h) for h in headers}
        cells["Oppgave"] = name
        cells[header] = text
        sheet.append([cells[h] for h in headers])
        rows[name] = (field, text, expected)
    path = tmp_path / "frases.xlsx"
    book.save(path)
    target = tmp_path / "corpus.oppgave"
    workspaces.new_workspace(target).close()
    code = cli(["import", str(path), str(target), "--department", "Frasene", "--municipality",
                "Melhus", "--skip-invalid"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    with workspaces.open_workspace(target) as workspace:
        department = organisation.resolve_department(workspace, "Frasene")
        roles = {r.id: r.code for r in catalogue.list_roles(workspace)}
        competences = {c.id: c.code for c in catalogue.list_competences(workspace)}
        baseline = scenarios.baseline(workspace, department.id)
        shares = scenarios.get_assignments(workspace, baseline.id)
        imported = {t.name: t for t in tasks.list_tasks(workspace, department.id)}
        wrong = []
        for name, (field, text, expected) in rows.items():
            task = imported.get(name)
            if expected is REFUSED:
                if task is not None:
                    wrong.append(f"import accepted {field} {text!r}")
                continue
            if task is None:
                wrong.append(f"import refused {field} {text!r}")
                continue
            if not _matches(
                field, _task_fields(task), shares.get(task.id, {}), expected, roles, competences
            ):
                wrong.append(f"import read {field} {text!r} wrongly: {task}")
                continue
            # the export's written form reads back to the same value
            catalogue_ = task_text.Catalogue(
                tuple(catalogue.list_roles(workspace)), tuple(catalogue.list_competences(workspace))
            )
            for key in task_text.CELL_FIELDS:
                written = task_text.write_cell(key, task, catalogue_)
                if key in ("competences", "restriction") and not written:
                    continue
                read = task_text.read_cell(key, written, catalogue_, task.windows)
                for attribute, value in read.items():
                    if getattr(task, attribute) != value and not (
                        isinstance(value, float) and math.isclose(getattr(task, attribute), value)
                    ):
                        wrong.append(f"{key} of {text!r} written {written!r} reads back {value}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("how", ["split", "unassigned"])
def test_all_roles_option(tmp_path: Path, capsys: Any, how: str) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"])
    sheet.append(["Kaffe", "daglig", "10 min", "Alle"])
    path = tmp_path / "alle.xlsx"
    book.save(path)
    target = tmp_path / "alle.oppgave"
    args = ["import", str(path), str(target), "--department", "Sol", "--municipality", "M"]
    assert cli(args) == 1
    assert "--all-roles" in capsys.readouterr().out
    assert cli([*args, "--all-roles", how]) == (0 if how == "unassigned" else 1)
    # a new department has no positions: splitting is refused with the reason
    out = capsys.readouterr().out
    if how == "split":
        assert "ingen pleieroller" in out
