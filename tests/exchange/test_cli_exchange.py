"""``oppgave export``, ``template`` and ``import`` from the command line."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
from exchange_sheets import digest, municipal_sheet, simple_sheet

from oppgave.cli.main import main
from oppgave.db.workspace import Workspace
from oppgave.exchange.template import HEADER_ROW, TASK_SHEET
from oppgave.services import organisation, tasks, workspaces


def _run(*argv: str) -> int:
    try:
        return main([str(a) for a in argv])
    except SystemExit as exit_:
        return int(exit_.code or 0)


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    path = tmp_path / "avdeling.oppgave"
    with workspaces.new_workspace(path) as workspace:
        organisation.create_municipality(workspace, "Melhus")
    return path


def _names(path: Path, department: str = "Buvik") -> list[str]:
    with workspaces.open_workspace(path) as workspace:
        found = organisation.resolve_department(workspace, department)
        return [task.name for task in tasks.list_tasks(workspace, found.id)]


def test_a_filled_template_imports_without_mapping(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "mal.xlsx"
    assert _run("template", template, "--workspace", workspace_path) == 0
    workbook = openpyxl.load_workbook(template)
    assert workbook["Lister"].sheet_state == "hidden"
    sheet = workbook[TASK_SHEET]
    validations = {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}
    assert validations["A4"].formula1 == "='Lister'!$A$2:$A$6", "categories"
    assert validations["I4"].errorStyle == "information", "roles only suggested: SPL/HFA allowed"
    assert sheet.freeze_panes == "C4"
    rows = [
        ["Direkte pasientarbeid", "Morgenstell", None, "hver morgen", "morgen", "20 min", 1,
         "Personlig stell og pleie", "Helsefagarbeider", "Assistent (ufaglært)", None, None],
        ["Indirekte pasientarbeid", "Rapport", None, "hver vakt", None, "15 min", None,
         None, "SPL/HFA", None, None, "Muntlig"],
    ]  # fmt: skip
    for offset, row in enumerate(rows, start=HEADER_ROW + 1):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=offset, column=column, value=value)
    workbook.save(template)
    capsys.readouterr()
    assert _run("import", template, workspace_path, "--department", "Buvik") == 0
    out = capsys.readouterr().out
    assert "2 nye" in out and "Forslag fra import" in out
    assert _names(workspace_path) == ["Morgenstell", "Rapport"]


def test_an_import_with_errors_prints_the_report_and_writes_nothing(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = municipal_sheet(tmp_path / "kartlegging.xlsx")
    before = digest(workspace_path)
    assert _run("import", sheet, workspace_path, "--department", "Buvik") == 1
    captured = capsys.readouterr()
    assert "feil      Kartlegging  7    E «Tidsbruk»  en stund" in captured.out
    assert "Ingenting er lagret" in captured.err
    assert digest(workspace_path) == before
    report = tmp_path / "rapport.csv"
    assert _run("import", sheet, workspace_path, "--department", "Buvik", "--dry-run",
                "--report", report) == 1  # fmt: skip
    assert digest(workspace_path) == before
    with report.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == ["Ark", "Rad", "Kolonne", "Verdi", "Problem", "Alvor"]
    assert any(line[:4] == ["Kartlegging", "7", "E «Tidsbruk»", "en stund"] for line in lines)
    assert _run("import", sheet, workspace_path, "--department", "Buvik", "--skip-invalid") == 0
    assert len(_names(workspace_path)) == 7


def test_dry_run_into_a_new_file_creates_nothing(tmp_path: Path) -> None:
    sheet = simple_sheet(tmp_path / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    target = tmp_path / "ny.oppgave"
    args = ("import", sheet, target, "--department", "Buvik", "--municipality", "Skaun")
    assert _run(*args, "--dry-run") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx"]
    assert _run(*args) == 0
    assert _names(target) == ["Tilsyn"]


def test_map_and_header_row_options(workspace_path: Path, tmp_path: Path) -> None:
    sheet = simple_sheet(
        tmp_path / "a.xlsx",
        [["Skriv under", None, None, None], ["Arbeid", "Gjentas", "Minutter", "Utførende"],
         ["Tilsyn", "daglig", 10, "HFA"]],
        header=["Overskrift", None, None, None],
    )  # fmt: skip
    args = ("import", sheet, workspace_path, "--department", "Buvik", "--header-row", "3")
    maps = ("--map", "Arbeid=name", "--map", "B=frequency", "--map", "Utførende=today")
    assert _run(*args, *maps) == 0
    assert _names(workspace_path) == ["Tilsyn"]
    assert _run(*args, "--map", "Arbeid") == 1
    assert _run(*args, "--header-row", "x") == 1
    assert _run(*args, "--header-row", "3-5") == 1


def test_an_import_needs_a_department_and_a_workbook(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = simple_sheet(tmp_path / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    assert _run("import", sheet, workspace_path) == 1
    assert "--department" in capsys.readouterr().err
    text = tmp_path / "b.xlsx"
    text.write_text("ikke et regneark")
    before = digest(workspace_path)
    assert _run("import", text, workspace_path, "--department", "Buvik") == 1
    assert "tekstfil" in capsys.readouterr().err
    assert digest(workspace_path) == before


def test_export_to_xlsx_and_csv(
    workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    municipality = organisation.create_municipality(workspace, "Skaun")
    department = organisation.create_department(workspace, municipality.id, "Buvik")
    tasks.create_task(
        workspace, department.id, "=Farlig navn", duration_minutes=7.5, notes="linje\x07slutt"
    )
    tasks.create_task(workspace, department.id, "Innrykk", notes="  to mellomrom & <tegn>")
    path = workspace.path
    workspace.close()
    out = tmp_path / "ut.xlsx"
    assert _run("export", path, "-o", out) == 0
    assert _run("export", path, "-o", out) == 1, "no overwrite without --force"
    assert _run("export", path, "-o", out, "--force", "--department", "Buvik") == 0
    sheet = openpyxl.load_workbook(out)["Oppgaver"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b and sheet.auto_filter.ref.startswith("A1:")
    row = {sheet.cell(1, c).value: sheet.cell(2, c) for c in range(1, sheet.max_column + 1)}
    assert row["Oppgave"].value == "=Farlig navn" and row["Oppgave"].data_type == "s"
    assert row["Tidsbruk (min)"].value == 7.5 and row["Tidsbruk (min)"].data_type == "n"
    assert row["Merknad"].value == "linjeslutt"
    second = {
        sheet.cell(1, c).value: sheet.cell(3, c).value for c in range(1, sheet.max_column + 1)
    }
    assert second["Merknad"] == "  to mellomrom & <tegn>"
    with zipfile.ZipFile(out) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist(), "strings shared, as Excel writes"
        assert b"<dimension" in archive.read("xl/worksheets/sheet2.xml")
    csv_path = tmp_path / "ut.csv"
    assert _run("export", path, "-o", csv_path) == 0
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    lines = raw.decode("utf-8-sig").splitlines()
    header, first = lines[0].split(";"), lines[1].split(";")
    values = dict(zip(header, first, strict=True))
    assert values["Oppgave"] == "'=Farlig navn"
    assert values["Tidsbruk (min)"] == "7,5"
    assert values["Hyppighet"] == "1 gang daglig"
    assert _run("export", path, "-o", tmp_path / "ut.pdf") == 1


def test_the_export_round_trips_through_the_command_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "demo.xlsx"
    assert _run("export", demo_path, "-o", out) == 0
    copy = tmp_path / "kopi.oppgave"
    assert _run("import", out, copy) == 0
    assert _run("import", out, copy) == 0
    output = capsys.readouterr().out
    assert "448 oppgaver" in output
    assert "nye ingen; oppdatert ingen" in output
    assert _run("check", copy) == 0
    with workspaces.open_workspace(demo_path) as a, workspaces.open_workspace(copy) as b:
        assert workspaces.info(a).counts == workspaces.info(b).counts
