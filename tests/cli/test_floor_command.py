"""``oppgave floor``: shows a department's floor and proposal settings, sets them through the
same service as the dialog, refuses bad input with the setting named, ``--reset`` goes back
to the service type's defaults, and a proposal made afterwards uses what was set."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from oppgave.cli.main import main
from oppgave.domain.enums import Shift
from oppgave.services import organisation, scenario_pricing, workspaces

DEPARTMENT = "Skaun sykehjem, skjermet enhet"


@pytest.fixture
def path(demo_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo.oppgave"
    shutil.copyfile(demo_path, target)
    return target


def _settings(path: Path) -> scenario_pricing.ProposalSettings:
    with workspaces.open_workspace(path) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        return scenario_pricing.department_proposal_settings(workspace, department.id)


def test_shows_the_defaults_and_sets_each_option(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["floor", str(path), "--department", DEPARTMENT, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["stored"] is False
    assert shown["nurses_per_shift"] == 1 and shown == {**shown, **shown["defaults"]}
    argv = ["floor", str(path), "--department", DEPARTMENT]
    assert (
        main(
            [
                *argv,
                "--nurses-per-shift",
                "2",
                "--on-call",
                "natt",
                "--skilled-share",
                "60",
                "--presence",
                "12,5",
                "--hire",
                "SPL=1",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Egne innstillinger" in out and "(standard: 1)" in out
    settings = _settings(path)
    assert settings.nurses_per_shift == 2
    assert settings.on_call_shifts == (Shift.NIGHT,)
    assert abs(settings.skilled_share - 0.6) < 1e-9
    assert abs(settings.presence_share - 0.125) < 1e-9
    assert dict(settings.hire_fte) == {"SPL": 1.0}
    # a change keeps the rest; SPL=0 takes the allowance away
    assert main([*argv, "--hire", "SPL=0", "--hire", "HFA=0,5"]) == 0
    settings = _settings(path)
    assert settings.nurses_per_shift == 2 and dict(settings.hire_fte) == {"HFA": 0.5}
    # a proposal uses the floor that was set
    assert main(["propose", str(path), "--department", DEPARTMENT]) == 0
    assert "minst 2 autorisert sykepleier på vakt" in capsys.readouterr().out
    assert main([*argv, "--reset", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["stored"] is False and shown["nurses_per_shift"] == 1


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--presence", "70", "tilstedeværelse"),
        ("--skilled-share", "mye", "ikke et tall"),
        ("--nurses-per-shift", "1,5", "helt tall"),
        ("--nurses-per-shift", "11", "sykepleiere på vakt"),
        ("--on-call", "lunsj", "Ukjent vakt"),
        ("--hire", "XYZ=1", "Ukjent rolle"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(
    path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, expected: str
) -> None:
    code = main(["floor", str(path), "--department", DEPARTMENT, option, value])
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil:") and expected in err, err
    with workspaces.open_workspace(path) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        assert department.proposal_settings_json is None
