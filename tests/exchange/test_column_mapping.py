"""Every column accounted for: the dry run shows each column's field or why it is unused, an
ambiguous column of numbers is named, ``--map`` settles it and ``--strict`` refuses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from oppgave.cli.main import main as cli
from oppgave.services import organisation, tasks, workspaces


def _sheet(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Dag"
    sheet.append(["Oppgave", "Hyppighet", "Tidsbruk", "Ant.", "Farge"])
    sheet.append(["Forflytning", "6 ganger daglig", "15 min", 2, "grønn"])
    sheet.append(["Stell", "2 ganger daglig", "20 min", 1, "gul"])
    book.save(path)
    return path


def test_dry_run_shows_every_column_and_names_the_ambiguous_one(
    tmp_path: Path, capsys: Any
) -> None:
    sheet = _sheet(tmp_path / "ark.xlsx")
    target = tmp_path / "a.oppgave"
    code = cli(["import", str(sheet), str(target), "--department", "Sol", "--municipality", "M",
                "--dry-run"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1  # the real import would stop at the ambiguous column
    assert "A «Oppgave» → Oppgave (name)" in out
    assert "D «Ant.» → ikke brukt: tall under en ukjent overskrift" in out
    assert "E «Farge» → ikke brukt: ukjent overskrift" in out
    assert "Tvetydige kolonner" in out and "Dag!D" in out


def test_strict_refuses_and_map_settles(tmp_path: Path, capsys: Any) -> None:
    sheet = _sheet(tmp_path / "ark.xlsx")
    target = tmp_path / "a.oppgave"
    base = ["import", str(sheet), str(target), "--department", "Sol", "--municipality", "M"]
    assert cli([*base, "--strict"]) == 1
    assert "--strict" in capsys.readouterr().err
    assert not target.exists()
    assert cli([*base, "--strict", "--map", "D=staff", "--map", "Farge=ignore"]) == 0
    with workspaces.open_workspace(target) as workspace:
        department = organisation.resolve_department(workspace, "Sol")
        staff = {t.name: t.staff_count for t in tasks.list_tasks(workspace, department.id)}
    assert staff == {"Forflytning": 2, "Stell": 1}


def test_an_ambiguous_column_stops_the_import_and_an_unused_one_is_a_warning(
    tmp_path: Path, capsys: Any
) -> None:
    sheet = _sheet(tmp_path / "ark.xlsx")
    target = tmp_path / "a.oppgave"
    base = ["import", str(sheet), str(target), "--department", "Sol", "--municipality", "M"]
    assert cli(base) == 1  # «Ant.» is not guessed, nor silently left out
    assert "--map D=staff" in capsys.readouterr().err
    assert not target.exists()
    assert cli([*base, "--map", "Ant.=staff"]) == 0
    err = capsys.readouterr().err
    assert "Advarsel: 1 kolonne(r) i arket brukes ikke" in err and "E «Farge»" in err
