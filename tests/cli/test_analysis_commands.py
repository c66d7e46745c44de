"""``oppgave analyse`` and ``oppgave propose``: output, the documented JSON schema, errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from oppgave.cli.analysis_commands import parse_cap, parse_minimum
from oppgave.cli.main import main
from oppgave.domain.enums import Category, DayType, Shift
from oppgave.errors import ValidationError
from oppgave.services import analysis_runs, organisation, scenarios, tasks, workspaces

DOCS = Path(__file__).parents[2] / "docs"
SCHEMA = json.loads((DOCS / "analyse-json.schema.json").read_text("utf-8"))
DOC = (DOCS / "analyse-json.md").read_text("utf-8")
LONG_TERM = "Melhus sykehjem, langtid 2. etasje"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    assert main(["analyse", *argv, "--json"]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def test_analyse_json_matches_the_documented_schema(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    document = run_json(capsys, str(demo_path))
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(document, SCHEMA, cls=jsonschema.Draft202012Validator)
    # every department under every scenario, baseline first
    assert len(document["analyses"]) == 16
    assert document["scenario_filter"] is None
    assert document["skipped_departments"] == []
    first = document["analyses"][0]
    assert first["scenario"]["is_baseline"] is True
    assert document["analyses"][1]["scenario"]["name"] == "Forslag A"
    assert {m["name"] for m in document["municipalities"]} == {
        "Melhus",
        "Skaun",
        "Midtre Gauldal",
    }
    # the fields the issue asks for
    assert set(first["total"]) >= {"hours_per_week", "fte", "cost_per_week"}
    role = first["roles"]["Sykepleier"]
    assert set(role) >= {"hours_per_week", "fte", "cost_per_week"}
    task = first["tasks"][0]
    assert set(task) >= {"id", "name", "hours_per_week", "assignments"}
    assert abs(sum(task["assignments"].values()) - 100) < 0.01
    assert set(first["fulltime"]) >= {
        "fulltime_share",
        "continuity_share",
        "avg_position",
        "weekend_table",
    }
    assert "mapped_share" in first and "upgrades" in first
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before, "analyse writes nothing"


def test_json_figures_are_those_of_the_services(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = run_json(capsys, str(demo_path), "--department", LONG_TERM)
    with workspaces.open_workspace(demo_path) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        expected = [
            analysis_runs.analyse(workspace, department.id, s.id).to_json_dict()
            for s in scenarios.list_scenarios(workspace, department.id)
        ]
    assert document["analyses"] == expected


def test_every_envelope_field_is_documented() -> None:
    for name in SCHEMA["properties"]:
        assert f"`{name}`" in DOC, name


def test_scenario_filter_and_skipped_departments(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        scenarios.create_scenario(workspace, department.id, "Forslag B")
    document = run_json(capsys, str(demo_copy), "--scenario", "forslag b")
    jsonschema.validate(document, SCHEMA)
    assert [a["scenario"]["name"] for a in document["analyses"]] == ["Forslag B"]
    assert len(document["skipped_departments"]) == 7
    assert document["scenario_filter"] == "forslag b"
    # by id, one department
    scenario_id = document["analyses"][0]["scenario"]["id"]
    document = run_json(
        capsys, str(demo_copy), "--department", str(department.id), "--scenario", str(scenario_id)
    )
    assert len(document["analyses"]) == 1


def test_unknown_scenario_or_department_exits_1(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["analyse", str(demo_path), "--scenario", "Forslag Ø"]) == 1
    assert "Forslag Ø" in capsys.readouterr().err
    assert main(["analyse", str(demo_path), "--department", "Finnes ikke"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil: Fant ingen avdeling") and LONG_TERM in err


def test_readable_table(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyse", str(demo_path), "--department", "Melhus/" + LONG_TERM]) == 0
    out = capsys.readouterr().out
    assert out.startswith(LONG_TERM + " (Melhus)")
    assert "Scenario: I dag" in out and "Scenario: Forslag A" in out
    assert "Endring årsverk" in out  # the proposal is compared with «I dag»
    assert "Kartlagt andel av tilgjengelig tid" in out
    assert "Heltidsandel" in out and "Kompetanseløft" in out


def test_empty_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tom.oppgave"
    workspaces.new_workspace(path).close()
    document = run_json(capsys, str(path))
    assert document["analyses"] == []
    jsonschema.validate(document, SCHEMA)


# --- propose ----------------------------------------------------------------------------------


def test_propose_saves_a_scenario_and_prints_moves(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "propose",
            str(demo_copy),
            "--department",
            LONG_TERM,
            "--cap",
            "SPL=7,5",
            "--min-per-shift",
            "SPL=1",
            "--cap-at-positions",
            "LRL",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith(f"Laget «Forslag B» i {LONG_TERM}")
    assert "Sykepleier høyst 7,50 årsverk" in out and "minst 1 Sykepleier på hver vakt" in out
    assert "Flyttede oppgaver" in out and ": fra " in out
    assert "Pris per år (lønn og kurs)" in out and "endring mot i dag" in out
    assert "minst 1 autorisert sykepleier på vakt" in out  # the default safety floor
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        created = scenarios.resolve_scenario(workspace, department.id, "Forslag B")
        assert "Bemanningsforslag fra optimeringen" in created.description
        explanations = scenarios.get_explanations(workspace, created.id)
        assert explanations and all(text.startswith("fra ") for text in explanations.values())
        assert scenarios.unassigned_task_ids(workspace, created.id) == []
    # a second run takes the next free name; a taken name is refused with a suggestion
    assert main(["propose", str(demo_copy), "--department", LONG_TERM]) == 0
    out = capsys.readouterr().out
    assert "«Forslag C»" in out
    # by default: today's people, the floor, apprentices capped at today's positions
    assert "Krav: modus: Omfordel med dagens ansatte; dagens stillinger" in out
    assert "(dagens stillinger: lærlinger og elever er i opplæring)." in out
    # support roles only get practical and administrative work
    moved_to_support = [
        line
        for line in out.splitlines()
        if "til Renholder / kjøkken / service" in line or "til Merkantil / administrativ" in line
    ]
    assert moved_to_support
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, LONG_TERM)
        by_name = {t.name: t for t in tasks.list_tasks(workspace, department.id)}
    for line in moved_to_support:
        name = line.split("»")[0].split("«")[1]
        assert by_name[name].category in (Category.PRACTICAL, Category.ADMINISTRATIVE), line
    assert main(["propose", str(demo_copy), "--department", LONG_TERM, "--name", "I dag"]) == 1
    assert "for eksempel Forslag D" in capsys.readouterr().err


def test_propose_infeasible_names_the_constraint_and_saves_nothing(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    code = main(
        [
            "propose",
            str(demo_copy),
            "--department",
            LONG_TERM,
            "--cap",
            "Sykepleier=2",
            "--min-per-shift",
            "SPL:dag=1",
            "--min-per-shift",
            "SPL:natt:helg=2",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil: Taket på 2,0 årsverk for Sykepleier er for lavt")
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--cap", "SPL"], "--cap skrives ROLLE=ÅRSVERK"),
        (["--cap", "SPL=mye"], "er ikke et tall"),
        (["--cap", "SPL=-1"], "Kan ikke være mindre enn 0"),
        (["--cap", "XYZ=1"], "Fant ingen yrkesgruppe XYZ"),
        (["--min-per-shift", "SPL:lunsj=1"], "Ukjent vakt"),
        (["--min-per-shift", "SPL:dag:fredag=1"], "Ukjent dagtype"),
        (["--min-per-shift", "SPL=1,5"], "helt tall"),
        (["--time-limit", "0"], "Kan ikke være mindre enn 1"),
    ],
)
def test_propose_refuses_bad_options(
    demo_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    assert main(["propose", str(demo_path), "--department", LONG_TERM, *argv]) == 1
    assert message in capsys.readouterr().err
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_option_parsing() -> None:
    assert parse_cap("Lærling / elev=2,5") == ("Lærling / elev", 2.5)
    minimum = parse_minimum("SPL:natt:helg=2")
    assert (minimum.role, minimum.shift, minimum.day_type, minimum.people) == (
        "SPL",
        Shift.NIGHT,
        DayType.WEEKEND,
        2,
    )
    everywhere = parse_minimum(" HFA = 3 ")
    assert (everywhere.role, everywhere.shift, everywhere.day_type) == ("HFA", None, None)
    with pytest.raises(ValidationError):
        parse_minimum("SPL:dag:helg:x=1")


def test_analyse_json_is_compact_unless_indented(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line for programs by default; ``--indent N`` for people; the same document."""
    assert main(["analyse", str(demo_path), "--json"]) == 0
    compact = capsys.readouterr().out
    assert compact.count("\n") == 1 and '": ' not in compact
    assert main(["analyse", str(demo_path), "--json", "--indent", "2"]) == 0
    indented = capsys.readouterr().out
    assert indented.count("\n") > 100 and '\n  "analyses": [' in indented
    assert json.loads(compact) == json.loads(indented)
