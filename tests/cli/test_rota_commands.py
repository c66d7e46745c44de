"""``oppgave bemanning`` and ``oppgave turnus``: output, JSON, files and errors."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from oppgave.cli.main import main

DEPARTMENT = "Skaun sykehjem, skjermet enhet"


def test_bemanning_prints_plan_and_fulltime_answer(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bemanning", str(demo_path), "--department", DEPARTMENT]) == 0
    out = capsys.readouterr().out
    assert "Forslag A" in out and "dag hverdag" in out
    for frequency in (2, 3, 4):
        assert f"hver {frequency}. helg, 7,5 t" in out
        assert f"hver {frequency}. helg, 12,5 t" in out
    assert "mål ≥ 50 %" in out


def test_bemanning_json_matches_the_text(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["bemanning", str(demo_path), "--department", DEPARTMENT, "--json"]
    assert main(argv) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["scenario"] == "Forslag A"
    options = document["fulltime"]["options"]
    assert len(options) == 6
    for option in options:
        if option["people"]:
            assert option["fulltime_share"] == pytest.approx(
                option["fulltime_positions"] / option["people"]
            )
        assert option["meets_goal"] == (option["fulltime_share"] >= 0.5)
    # the nurse floor: at least one authorised nurse on every shift of this nursing home
    for shift in ("day", "evening", "night"):
        for day_type in ("weekday", "weekend"):
            nurses = sum(
                c["people"]
                for c in document["cells"]
                if c["shift"] == shift
                and c["day_type"] == day_type
                and c["role"] in ("SPL", "VPL", "SSP")
            )
            assert nurses >= 1


def test_turnus_writes_xlsx_and_csv(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "turnus.xlsx"
    argv = [
        "turnus",
        str(demo_path),
        "--department",
        DEPARTMENT,
        "--weeks",
        "6",
        "--weekend-every",
        "3",
        "--start",
        "2027-01-04",
        "-o",
        str(target),
    ]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "alle regler holder" in out
    book = load_workbook(target)
    sheet = book["Turnus"]
    header = [c.value for c in sheet[1]]
    assert header[3] == "2027-01-04" and header[3 + 41] == date(2027, 2, 14).isoformat()
    codes = {c.value for row in sheet.iter_rows(min_row=2, min_col=4, max_col=45) for c in row}
    assert codes <= {"D", "A", "N", None, ""}
    assert {r[0].value for r in book["Vakttyper"].iter_rows(min_row=2)} >= {"D", "A", "N"}
    assert book["Regelsjekk"].max_row == 1  # only the header: no findings
    csv_target = tmp_path / "turnus.csv"
    assert main([*argv[:-1], str(csv_target)]) == 0
    with csv_target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == sheet.max_row
    assert any(cell.startswith("N 21:45-07:45") for row in rows[1:] for cell in row)


def test_turnus_refuses_short_rest_without_agreement(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["turnus", str(demo_path), "--department", DEPARTMENT, "--rest-hours", "9"]
    assert main(argv) == 1
    assert capsys.readouterr().err.startswith("Feil: Hviletid under 11 timer")


def test_turnus_weeks_must_fit_the_weekend_frequency(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["turnus", str(demo_path), "--department", DEPARTMENT, "--weekend-every", "4"]
    assert main(argv) == 1
    assert "multiplum av 4" in capsys.readouterr().err


def test_bemanning_writes_the_plan_workbook(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "plan.xlsx"
    argv = ["bemanning", str(demo_path), "--department", DEPARTMENT, "--json", "-o", str(target)]
    assert main(argv) == 0
    document = json.loads(capsys.readouterr().out)
    book = load_workbook(target)
    assert book.sheetnames == ["Bemanningsplan", "Årsverk", "Heltid"]
    plan_rows = list(book["Bemanningsplan"].iter_rows(min_row=2, values_only=True))
    assert len(plan_rows) == len(document["cells"])
    assert sum(r[5] for r in plan_rows) == sum(c["people"] for c in document["cells"])
    full_rows = list(book["Heltid"].iter_rows(min_row=2, max_row=7, values_only=True))
    assert [(r[0], r[3]) for r in full_rows] == [
        (o["weekend_every"], o["fulltime_positions"]) for o in document["fulltime"]["options"]
    ]


def test_turnus_save_stores_the_rota_for_the_scenario(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from oppgave.analysis.rota_rules import check_rota
    from oppgave.services import organisation, saved_rotas, scenarios, workspaces

    argv = [
        "turnus",
        str(demo_copy),
        "--department",
        DEPARTMENT,
        "--scenario",
        "Forslag A",
        "--weeks",
        "6",
        "--weekend-every",
        "3",
        "--start",
        "2027-01-04",
        "--save",
    ]
    assert main(argv) == 0
    assert "Lagret turnusen for «Forslag A»" in capsys.readouterr().out
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        proposal = scenarios.resolve_scenario(workspace, department.id, "Forslag A")
        saved = saved_rotas.load_rota(workspace, proposal.id)
    assert saved is not None and not saved.edited
    assert saved.weeks == 6 and saved.start == date(2027, 1, 4)
    assert check_rota(saved.rota) == ()
