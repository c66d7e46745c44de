"""``oppgave review ...``: the whole round trip headless, as a script or a leader would run it."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from oppgave.cli.main import build_parser, main
from oppgave.services import review_comments, workspaces


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def leader_path(demo_copy: Path) -> Path:
    return demo_copy


DEPARTMENT = "Melhus/Melhus sykehjem, langtid 2. etasje"


def test_round_trip_from_the_command_line(
    leader_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "hms.oppgave"
    code, out, _ = run(
        capsys, "review", "export", leader_path, "--department", DEPARTMENT,
        "--scenario", "Forslag A", "-o", copy,
    )  # fmt: skip
    assert code == 0 and "Laget gjennomgangskopi" in out and copy.exists()

    code, out, _ = run(
        capsys, "review", "comment", copy, "--task", "Morgenstell", "--verdict", "disagree",
        "--reviewer-role", "union_rep", "--text", "For tungt for én",
    )  # fmt: skip
    assert code == 0 and "uenig, tillitsvalgt" in out
    code, out, _ = run(
        capsys, "review", "comment", copy, "--overall", "--reviewer-role", "verneombud",
        "--text", "Greit forslag",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run(
        capsys, "review", "flags", copy, "--task", "Kveldsstell", "--set", "alene,natt",
        "--reviewer-role", "ansatt",
    )  # fmt: skip
    assert code == 0 and "Foreslo merkene «alenearbeid, nattarbeid»" in out

    code, out, err = run(capsys, "review", "comment", copy, "--task", "Ukjent oppgave",
                         "--verdict", "agree", "--reviewer-role", "ansatt")  # fmt: skip
    assert code == 1 and "Fant ingen oppgave" in err

    code, out, _ = run(capsys, "review", "info", copy)
    assert code == 0 and "Kommentarer: 3" in out and "stemmer med fingeravtrykket" in out

    pdf = tmp_path / "hms.pdf"
    code, out, _ = run(capsys, "review", "pdf", copy, "-o", pdf)
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")

    code, out, _ = run(capsys, "review", "import", copy, leader_path, "--check")
    assert code == 0 and "Kommentarer i kopien: 3" in out
    code, out, _ = run(capsys, "review", "import", copy, leader_path)
    assert code == 0 and "Importerte 3 nye kommentarer" in out
    code, out, _ = run(capsys, "review", "import", copy, leader_path)
    assert code == 0 and "Importerte 0 nye kommentarer" in out and "3 fantes fra før" in out

    code, out, _ = run(capsys, "review", "list", leader_path, "--department", DEPARTMENT,
                       "--json")  # fmt: skip
    listed = json.loads(out)
    assert {(c["task"], c["verdict"], c["reviewer_role"], c["status"]) for c in listed} == {
        ("Morgenstell", "disagree", "union_rep", "open"),
        (None, "comment", "safety_rep", "open"),
        ("Kveldsstell", "comment", "employee", "open"),
    }
    assert all(c["changed_since_copy"] is False for c in listed)
    flags = next(c for c in listed if c["task"] == "Kveldsstell")
    assert flags["suggested_work_flag_names"] == ["alenearbeid", "nattarbeid"]

    code, out, _ = run(capsys, "review", "list", leader_path, "--disagreement")
    assert code == 0 and "Morgenstell" in out and "Kveldsstell" not in out

    disagreement = next(c for c in listed if c["verdict"] == "disagree")
    code, out, _ = run(capsys, "review", "resolve", leader_path, disagreement["uuid"][:8])
    assert code == 0 and "1 kommentarer behandlet" in out
    code, out, _ = run(capsys, "review", "list", leader_path, "--open", "--json")
    assert disagreement["id"] not in [c["id"] for c in json.loads(out)]
    code, out, _ = run(capsys, "review", "resolve", leader_path, disagreement["id"], "--reopen")
    assert code == 0

    code, out, _ = run(capsys, "review", "accept-flags", leader_path, flags["id"])
    assert code == 0 and "alenearbeid, nattarbeid" in out

    code, out, _ = run(capsys, "review", "summary", leader_path, "--department", DEPARTMENT,
                       "--json")  # fmt: skip
    summary = json.loads(out)
    assert summary["proposal"] == "Forslag A" and summary["unit"] == "hours_per_week"
    assert {"heavy_lifting", "lone_work"} <= set(summary["totals"])
    code, out, _ = run(capsys, "review", "summary", leader_path, "--department", DEPARTMENT)
    assert code == 0 and "tunge løft" in out and "Sum" in out


def test_a_changed_task_shows_in_the_list(
    leader_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "hms.oppgave"
    assert main(["review", "export", str(leader_path), "--department", DEPARTMENT,
                 "-o", str(copy)]) == 0  # fmt: skip
    assert main(["review", "comment", str(copy), "--task", "Morgenstell", "--verdict",
                 "question", "--reviewer-role", "ansatt", "--text", "Hvorfor?"]) == 0  # fmt: skip
    assert main(["review", "flags", str(leader_path), "--department", DEPARTMENT, "--task",
                 "Morgenstell", "--set", "tunge-loft,smitte"]) == 0  # fmt: skip
    capsys.readouterr()
    code, out, _ = run(capsys, "review", "import", copy, leader_path)
    assert "Endret siden kopien ble laget: Morgenstell" in out
    code, out, _ = run(capsys, "review", "list", leader_path)
    assert "[endret siden kopien]" in out


def test_a_tampered_copy_is_refused_unless_accepted(
    leader_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "hms.oppgave"
    assert main(["review", "export", str(leader_path), "--department", DEPARTMENT,
                 "-o", str(copy)]) == 0  # fmt: skip
    assert main(["review", "comment", str(copy), "--task", "Morgenstell", "--verdict",
                 "agree", "--reviewer-role", "leder"]) == 0  # fmt: skip
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE assignment SET share = 100 WHERE rowid = 1")
    connection.commit()
    connection.close()
    capsys.readouterr()
    code, out, err = run(capsys, "review", "info", copy)
    assert code == 1 and "stemmer ikke med fingeravtrykket" in err
    code, out, err = run(capsys, "review", "import", copy, leader_path)
    assert code == 1
    assert "ble ikke importert" in err and "endret utenfor gjennomgangsmodus" in err
    assert "--accept-tampered" in err
    with workspaces.open_workspace(leader_path) as ws:
        assert review_comments.list_comments(ws) == []
    code, out, err = run(capsys, "review", "import", copy, leader_path, "--accept-tampered")
    assert code == 0 and "Importerte 1 nye" in out and "Advarsel" in err


def test_review_mode_refuses_edits_from_the_command_line(
    leader_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "hms.oppgave"
    assert main(["review", "export", str(leader_path), "--department", DEPARTMENT,
                 "-o", str(copy)]) == 0  # fmt: skip
    capsys.readouterr()
    code, _, err = run(capsys, "review", "export", copy, "--department", DEPARTMENT,
                       "-o", tmp_path / "igjen.oppgave")  # fmt: skip
    assert code == 1 and "allerede en gjennomgangskopi" in err
    assert main(["review", "comment", str(copy), "--task", "Morgenstell", "--verdict",
                 "agree", "--reviewer-role", "leder"]) == 0  # fmt: skip
    code, _, err = run(capsys, "review", "resolve", copy, "1")
    assert code == 1 and "gjennomgangskopi" in err
    code, _, err = run(capsys, "review", "flags", copy, "--task", "Morgenstell", "--set", "natt")
    assert code == 0, "in a copy, flags become a suggestion"
    with workspaces.open_workspace(copy) as ws:
        assert [c.suggested_work_flags for c in review_comments.list_comments(ws)] == [None, 8]


def test_help_lists_the_review_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    out = capsys.readouterr().out
    for command in ("export", "pdf", "comment", "import", "list", "resolve", "summary"):
        assert command in out


ENGLISH_ARGPARSE = ("usage:", "positional arguments", "options:", "show this help", "error:")


@pytest.mark.parametrize(
    "command",
    [
        "export",
        "pdf",
        "comment",
        "flags",
        "import",
        "list",
        "resolve",
        "accept-flags",
        "summary",
        "info",
    ],
)
def test_every_review_help_is_norwegian(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's own words too: «bruk:», «argumenter», «valg»; every argument explained."""
    with pytest.raises(SystemExit):
        main(["review", command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith("bruk: oppgave review " + command)
    assert "argumenter:" in out and "valg:" in out
    for english in ENGLISH_ARGPARSE:
        assert english not in out, english
    parser = build_parser()
    review_parser = _subparser(_subparser(parser, "review"), command)
    unexplained = [action.dest for action in review_parser._actions if not action.help]
    assert not unexplained


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[name]


def test_a_missing_argument_is_explained_in_norwegian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["review", "import"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert "feil: disse argumentene mangler: KOPI, ARBEIDSFIL" in err
    assert "bruk: oppgave review import" in err


def test_import_with_the_files_swapped_says_which_is_which(
    leader_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``review import FILE COPY`` (the order of export) is recognised by the files' content,
    explained, and neither file is touched."""
    copy = tmp_path / "til-hms.oppgave"
    code, _, _ = run(capsys, "review", "export", leader_path, "--department", DEPARTMENT,
                     "--scenario", "Forslag A", "-o", copy)  # fmt: skip
    assert code == 0
    run(capsys, "review", "comment", copy, "--task", "Morgenstell", "--verdict", "agree",
        "--reviewer-role", "ansatt")  # fmt: skip
    before = (leader_path.read_bytes(), copy.read_bytes())
    code, out, err = run(capsys, "review", "import", leader_path, copy)
    assert code == 1
    assert "omvendt rekkefølge" in err
    assert f"{copy.name} er gjennomgangskopien" in err
    assert f"{leader_path.name} er lederens arbeidsfil" in err
    assert f"oppgave review import {copy.name} {leader_path.name}" in err
    assert (leader_path.read_bytes(), copy.read_bytes()) == before
    # The right order still works afterwards.
    code, out, _ = run(capsys, "review", "import", copy, leader_path)
    assert code == 0 and "Importerte 1 nye kommentarer" in out
