"""Every command pays for building the parser; ``info``, ``check`` and ``new`` must not pay for
pandas, SciPy, matplotlib, ReportLab, openpyxl, Alembic or OR-Tools (issue 18). Each check runs
in a fresh interpreter, since the test process has long imported all of them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pandas", "scipy", "matplotlib", "reportlab", "openpyxl", "alembic", "ortools")

_PROBE = """
import json, sys
HEAVY = {heavy!r}
def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)
from oppgave.cli.main import build_parser, main
stages = {{}}
parser = build_parser()
stages["parser"] = loaded()
for command in {commands!r}:
    code = main(command)
    stages[" ".join(command[:1])] = [code, loaded()]
print(json.dumps(stages))
"""


def _probe(commands: list[list[str]]) -> dict[str, object]:
    code = _PROBE.format(heavy=HEAVY, commands=commands)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
        timeout=120,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_parser_new_info_and_check_import_no_heavy_library(tmp_path: Path) -> None:
    path = str(tmp_path / "lett.oppgave")
    stages = _probe([["new", path], ["info", path], ["check", path]])
    assert stages == {
        "parser": [],
        "new": [0, []],
        "info": [0, []],
        "check": [0, []],
    }


def test_the_probe_sees_a_heavy_import(tmp_path: Path) -> None:
    """The same probe notices when a command does load them (here: the import template, made
    with openpyxl)."""
    path = str(tmp_path / "tung.oppgave")
    output = str(tmp_path / "mal.xlsx")
    stages = _probe([["new", path], ["template", output]])
    assert stages["new"] == [0, []]
    code, loaded = stages["template"]  # type: ignore[misc]
    assert code == 0
    assert "openpyxl" in loaded


_PARSER_PROBE = """
import json, sys
from oppgave.cli.main import build_parser
build_parser()
print(json.dumps(sorted(sys.modules)))
"""


def test_the_parser_imports_no_database_analysis_or_numpy() -> None:
    """Every subcommand's choices (turnus --stillinger, import --all-roles, …) come from
    ``oppgave.domain``: the parser loads no SQLAlchemy, NumPy, services or analysis model."""
    done = subprocess.run(
        [sys.executable, "-c", _PARSER_PROBE],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
        timeout=120,
    )
    modules = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "oppgave.cli.rota_commands" in modules  # the probe did build every command
    heavy = {name.split(".")[0] for name in modules} & {"sqlalchemy", "numpy", *HEAVY}
    assert heavy == set()
    # ``oppgave.db.locations`` (a path or a server URL: standard library only) is allowed; the
    # package's ``__init__`` imports nothing.
    light = {"oppgave.db", "oppgave.db.locations"}
    ours = {
        name
        for name in modules
        if name.startswith(("oppgave.db", "oppgave.services", "oppgave.analysis"))
    }
    assert ours - light == set()
