"""Risk level and delegation rule in Excel: the full export and its import, the template's
drop-downs, and departments' own sheets with «Risiko» / «Kan delegeres» columns."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
from exchange_sheets import simple_sheet

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.domain.records import Municipality
from oppgave.exchange import export_format as fmt
from oppgave.exchange.columns import Field, classify_header
from oppgave.exchange.importing import ImportTarget, SheetImport, workspace_for_import
from oppgave.exchange.sheet_import import RowAction
from oppgave.exchange.template import HEADER_ROW, LIST_SHEET, TASK_SHEET, write_template
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import apply_export, read_export
from oppgave.services import organisation, tasks, workspaces


def _classes(workspace: Workspace) -> dict[str, tuple[RiskLevel, DelegationRule]]:
    return {
        task.uuid: (task.risk_level, task.delegation_rule)
        for department in organisation.list_departments(workspace)
        for task in tasks.list_tasks(workspace, department.id)
    }


def _import_export(path: Path, target: Path) -> None:
    content = read_export(read_workbook(path))
    with workspace_for_import(target, default_catalogue=False) as (workspace, new):
        apply_export(workspace, content, apply_settings=new)


def test_full_export_writes_the_words_and_imports_them_back(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export(workspace, path)
        before = _classes(workspace)
    counts = Counter(before.values())
    assert counts[(RiskLevel.HIGH, DelegationRule.KEEP)] > 0
    assert counts[(RiskLevel.MEDIUM, DelegationRule.DELEGATE)] > 0
    sheet = openpyxl.load_workbook(path, read_only=True)[fmt.SHEET_TASKS]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    risk, rule = header.index("Risiko"), header.index("Delegering")
    words = {(row[risk], row[rule]) for row in rows[1:]}
    assert ("høy", "beholdes") in words and ("lav", "kan overføres") in words
    target = tmp_path / "kopi.oppgave"
    _import_export(path, target)
    with workspaces.open_workspace(target) as copy:
        assert _classes(copy) == before


def test_an_export_without_the_columns_still_imports_and_keeps_what_tasks_have(
    demo_copy: Path, tmp_path: Path
) -> None:
    path = tmp_path / "gammel.xlsx"
    with workspaces.open_workspace(demo_copy) as workspace:
        export(workspace, path)
        before = _classes(workspace)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[fmt.SHEET_TASKS]
    header = [cell.value for cell in sheet[1]]
    for title in ("Delegering", "Risiko"):  # as an export of an earlier version
        sheet.delete_cols(header.index(title) + 1)
        header = [cell.value for cell in sheet[1]]
    workbook.save(path)
    fresh = tmp_path / "ny.oppgave"
    _import_export(path, fresh)
    with workspaces.open_workspace(fresh) as workspace:
        assert set(_classes(workspace).values()) == {(RiskLevel.LOW, DelegationRule.TRANSFER)}
    _import_export(path, demo_copy)  # into the file the export came from
    with workspaces.open_workspace(demo_copy) as workspace:
        assert _classes(workspace) == before, "a missing column changes nothing"


def test_template_offers_the_words_in_drop_downs(tmp_path: Path) -> None:
    path = write_template(tmp_path / "mal.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[TASK_SHEET]
    header = {sheet.cell(row=HEADER_ROW, column=c).value: c for c in range(1, sheet.max_column + 1)}
    lists = workbook[LIST_SHEET]
    list_columns = {lists.cell(row=1, column=c).value: c for c in range(1, lists.max_column + 1)}

    def values(name: str) -> list[str]:
        column = list_columns[name]
        return [
            lists.cell(row=r, column=column).value
            for r in range(2, lists.max_row + 1)
            if lists.cell(row=r, column=column).value
        ]

    assert values("risk") == ["lav", "middels", "høy"]
    assert values("delegation") == ["kan overføres", "kan delegeres med veiledning", "beholdes"]
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    for title, name in (("Risiko", "risk"), ("Delegering", "delegation")):
        letter = openpyxl.utils.get_column_letter(header[title])
        rule = validations[f"{letter}{HEADER_ROW + 1}"]
        assert rule.type == "list" and rule.errorStyle == "stop"
        list_letter = openpyxl.utils.get_column_letter(list_columns[name])
        assert rule.formula1 == f"='{LIST_SHEET}'!${list_letter}$2:${list_letter}$4"


def test_header_synonyms() -> None:
    for text in ("Risiko", "Risikonivå", "risikovurdering", "Risk"):
        assert classify_header(text) is Field.RISK, text
    for text in ("Delegering", "Kan delegeres", "Kan delegeres?", "Delegeringsregel"):
        assert classify_header(text) is Field.DELEGATION, text
    assert classify_header("Kan delegeres til") is Field.FUTURE, "who could do it"
    assert classify_header("Hvem kan gjøre") is Field.FUTURE


def test_own_sheet_with_risk_and_delegation_columns(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    header = ["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag", "Risikonivå", "Kan delegeres"]
    path = simple_sheet(
        tmp_path / "a.xlsx",
        [
            ["Insulin", "2 ganger daglig", "10 min", "SPL", "Høy", "med veiledning"],
            ["Ansvarsvakt", "hver vakt", "30 min", "SPL", "høy risiko", "beholdes"],
            ["Oppvask", "daglig", "20 min", "ASS", None, None],
            ["Sondeernæring", "3 ganger daglig", "15 min", "SPL", "middels", "ja"],
            ["Vask", "ukentlig", "15 min", "ASS", "lav", "Nei"],
        ],
        header,
    )
    session = SheetImport.open(workspace, path, ImportTarget("Buvik"))
    outcome = session.apply(session.plan())
    found = {t.name: t for t in tasks.list_tasks(workspace, outcome.department.id)}
    assert (found["Insulin"].risk_level, found["Insulin"].delegation_rule) == (
        RiskLevel.HIGH,
        DelegationRule.DELEGATE,
    )
    assert found["Ansvarsvakt"].delegation_rule is DelegationRule.KEEP
    assert (found["Sondeernæring"].delegation_rule, found["Vask"].delegation_rule) == (
        DelegationRule.DELEGATE,
        DelegationRule.KEEP,
    ), "«ja» and «nei» under «Kan delegeres»"
    assert (found["Oppvask"].risk_level, found["Oppvask"].delegation_rule) == (
        RiskLevel.LOW,
        DelegationRule.TRANSFER,
    )

    changed = simple_sheet(
        tmp_path / "b.xlsx",
        [["Insulin", "2 ganger daglig", "10 min", "SPL", "middels", "kan delegeres"]],
        header,
    )
    session = SheetImport.open(workspace, changed, ImportTarget("Buvik"))
    plan = session.plan()
    assert [row.action for row in plan.rows] == [RowAction.UPDATE]
    session.apply(plan)
    insulin = tasks.get_task(workspace, found["Insulin"].id)
    assert insulin.risk_level is RiskLevel.MEDIUM

    bad = simple_sheet(
        tmp_path / "c.xlsx",
        [["Insulin", "2 ganger daglig", "10 min", "SPL", "enorm", None]],
        header,
    )
    plan = SheetImport.open(workspace, bad, ImportTarget("Buvik")).plan()
    (row,) = plan.rows
    assert row.action is RowAction.INVALID
    assert any("enorm" in problem.value for problem in row.problems)
    assert tasks.get_task(workspace, insulin.id) == insulin
