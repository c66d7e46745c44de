"""``oppgave bemanning --set/--clear``: hand edits stored, marked, warned about, refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oppgave.cli.main import main

DEPARTMENT = "Skaun sykehjem, skjermet enhet"


def _cell(document: dict, role: str, shift: str, day_type: str) -> dict:  # type: ignore[type-arg]
    return next(
        c
        for c in document["cells"]
        if (c["role"], c["shift"], c["day_type"]) == (role, shift, day_type)
    )


def test_set_is_stored_marked_and_cleared(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["bemanning", str(demo_copy), "--department", DEPARTMENT]
    assert main([*base, "--json"]) == 0
    derived = _cell(json.loads(capsys.readouterr().out), "HFA", "evening", "weekday")
    assert derived["edited"] is False
    wanted = derived["people"] + 2

    assert main([*base, "--set", f"hfa:kveld:hverdag={wanted}"]) == 0
    out = capsys.readouterr().out
    assert f"HFA kveld hverdag beregnet → {wanted}" in out
    assert f"{wanted}* (" in out and "* = endret for hånd" in out

    # stored: a later run without --set shows it
    assert main([*base, "--json"]) == 0
    cell = _cell(json.loads(capsys.readouterr().out), "HFA", "evening", "weekday")
    assert cell["edited"] is True and cell["people"] == wanted and cell["overloaded"]

    assert main([*base, "--clear", "HFA:evening:weekday"]) == 0
    assert f"HFA kveld hverdag {wanted} → beregnet" in capsys.readouterr().out
    assert main([*base, "--json"]) == 0
    assert _cell(json.loads(capsys.readouterr().out), "HFA", "evening", "weekday") == derived


def test_a_broken_floor_is_warned_about(
    demo_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["bemanning", str(demo_copy), "--department", DEPARTMENT]
    assert main([*base, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["warnings"] == []
    nurses = [
        c["role"]
        for c in document["cells"]
        if c["shift"] == "night"
        and c["day_type"] == "weekend"
        and c["people"]
        and c["role"] in ("SPL", "SSP", "VPL")
    ]
    sets = [arg for role in nurses for arg in ("--set", f"{role}:natt:helg=0")]
    assert main([*base, *sets, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["warnings"]) == 1
    assert document["warnings"][0].startswith("Natt helg: 0 ")
    assert main(base) == 0
    assert "Advarsel: Natt helg" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("XYZ:dag:hverdag=1", "Ukjent rolle «XYZ»"),
        ("HFA:middag:hverdag=1", "Ukjent vakt «middag»"),
        ("HFA:dag:ferie=1", "Ukjent dagtype «ferie»"),
        ("HFA:dag:hverdag=to", "heltall"),
        ("HFA:dag:hverdag=-1", "mellom 0 og 500"),
        ("HFA:dag=1", "ROLLE:VAKT:DAGTYPE"),
    ],
)
def test_bad_edits_fail_in_words_and_store_nothing(
    demo_copy: Path, capsys: pytest.CaptureFixture[str], spec: str, words: str
) -> None:
    base = ["bemanning", str(demo_copy), "--department", DEPARTMENT]
    # the first, valid edit is not stored either: all or nothing
    assert main([*base, "--set", "HFA:natt:helg=3", "--set", spec]) == 1
    err = capsys.readouterr().err
    assert "Feil:" in err and words in err
    assert main([*base, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert not any(c["edited"] for c in document["cells"])
