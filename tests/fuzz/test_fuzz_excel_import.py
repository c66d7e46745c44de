"""Fuzzing the Excel importer with workbooks built by openpyxl: random sheets, headers and
cells (the words municipalities really write, numbers, dates, times, junk, merged cells).

Whatever the workbook, the importer gives a validation report (a plan) or an
``OppgaveError`` with a message, never another exception; when it refuses, the workspace is
byte for byte as it was; when it writes, the workspace is sound afterwards.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fuzz_budget import fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st

from oppgave.db.workspace import Workspace
from oppgave.errors import OppgaveError
from oppgave.exchange.importing import ImportTarget, SheetImport
from oppgave.services import organisation, workspaces

HEADERS = [
    "Kategori",
    "Oppgave",
    "Oppgaver",
    "Beskrivelse",
    "Hyppighet",
    "Frekvens",
    "Tidsbruk",
    "Tid",
    "Tidspunkt",
    "Vakt",
    "Kompetanse",
    "Hvem gjør i dag",
    "Hvem kan gjøre",
    "Kompetanseløft",
    "Merknad",
    "uuid",
    "Andel",
    "Antall",
    "Who does",
    "Task",
    "",
]
WORDS = [
    "Morgenstell",
    "hver morgen",
    "2 ganger i uka",
    "x3/døgn",
    "ved behov",
    "20 min",
    "1,5 t",
    "ca 10-15 minutter",
    "morgen",
    "kveld",
    "natt",
    "07:30-09:00",
    "SPL",
    "HFA",
    "ASS",
    "SPL/HFA",
    "SPL 60 %, HFA 40 %",
    "ASS, RENH",
    "medisin",
    "ja",
    "nei",
    "x",
    "?",
    "-",
    "0",
    "100 %",
    "Direkte pasientarbeid",
    "Merkantilt",
    "daglig",
    "ukentlig",
    "hver 14. dag",
    "alle",
    "550e8400-e29b-41d4-a716-446655440000",
    "=SUM(A1:A3)",
    "#REF!",
    "NaN",
    "1e308",
]
TEXT = st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), max_size=30)
CELL: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    TEXT,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)),
    st.times().map(lambda t: time(t.hour, t.minute, t.second)),
)
SHEET = st.fixed_dictionaries(
    {
        "title": st.one_of(st.sampled_from(["Kartlegging", "Ark1", "Oppgaver æøå", "Data"]), TEXT),
        "header_row": st.integers(min_value=1, max_value=5),
        "header": st.one_of(
            # mostly a header that names the task column, as real sheets do
            st.lists(st.sampled_from(HEADERS), min_size=1, max_size=9).map(
                lambda names: ["Oppgave", *names]
            ),
            st.lists(st.one_of(st.sampled_from(HEADERS), TEXT), max_size=10),
        ),
        "rows": st.lists(st.lists(CELL, max_size=10), max_size=12),
        "merge": st.one_of(st.none(), st.tuples(st.integers(1, 6), st.integers(1, 4))),
    }
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write_workbook(path: Path, sheets: list[dict[str, Any]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for number, spec in enumerate(sheets):
        title = "".join(c for c in spec["title"] if c not in "[]:*?/\\")[:31].strip("'")
        try:
            sheet = book.create_sheet(title or f"Ark{number}")
        except ValueError:
            sheet = book.create_sheet(f"Ark{number}")
        for column, text in enumerate(spec["header"], start=1):
            sheet.cell(row=spec["header_row"], column=column, value=text)
        for offset, values in enumerate(spec["rows"], start=spec["header_row"] + 1):
            for column, value in enumerate(values, start=1):
                sheet.cell(row=offset, column=column, value=value)
        if spec["merge"] is not None:
            rows, columns = spec["merge"]
            top = spec["header_row"] + 1
            sheet.merge_cells(
                start_row=top, start_column=1, end_row=top + rows - 1, end_column=columns
            )
    book.save(path)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("excel") / "mal.oppgave"
    with workspaces.new_workspace(path) as workspace:
        organisation.create_municipality(workspace, "Melhus")
    return path


@fuzz_settings(60)
@given(
    sheets=st.lists(SHEET, min_size=1, max_size=3),
    target=st.sampled_from(["Buvik", "Melhus/Buvik", "", "   ", "Ny/avd/x"]),
    skip_invalid=st.booleans(),
)
def test_any_workbook(
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    sheets: list[dict[str, Any]],
    target: str,
    skip_invalid: bool,
) -> None:
    folder = tmp_path_factory.mktemp("wb")
    book = folder / "kartlegging.xlsx"
    _write_workbook(book, sheets)
    path = folder / "arbeidsfil.oppgave"
    shutil.copyfile(template, path)
    before = _digest(path)
    with Workspace.open(path) as workspace:
        try:
            importer = SheetImport.open(workspace, book, ImportTarget(target, "Melhus"))
            plan = importer.plan()
        except OppgaveError as error:
            assert error.message.strip() and "Traceback" not in error.message
            assert _digest(path) == before
            event(f"refused when reading: {type(error).__name__}")
            return
        # A report: every problem has words for the user.
        assert all(problem.message.strip() for problem in plan.problems)
        try:
            importer.apply(plan, skip_invalid=skip_invalid)
        except OppgaveError as error:
            assert error.message.strip() and "Traceback" not in error.message
            assert _digest(path) == before, "a refused import writes nothing"
            event(f"refused when writing: {type(error).__name__}")
            return
        assert workspaces.check(workspace) == []
        event(f"imported ({len(plan.rows)} rows planned)" if plan.rows else "imported nothing")
