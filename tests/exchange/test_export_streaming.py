"""The export streams the workspace department by department (issue 18: constant memory).

The workbook must not depend on how the departments are read: one read of the whole workspace
(as the export did before it streamed) and one read per department give the same sheets, cell
by cell, with the same column widths and dimensions. The analysis sheets, computed per
department as the rows stream, match the analysis of the whole workspace loaded at once.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from oppgave.analysis import analyse_department
from oppgave.analysis.comparison import key_figure_inputs, key_figures
from oppgave.exchange import export_format as fmt
from oppgave.exchange.workbook_export import export_workbook
from oppgave.services import workspaces


def _export(demo_path: Path, target: Path, tasks_per_load: int, monkeypatch: Any) -> Path:
    monkeypatch.setattr(workspaces, "TASKS_PER_LOAD", tasks_per_load)
    with workspaces.open_workspace(demo_path) as workspace:
        summary = export_workbook(workspace, target)
    assert summary.departments > 1, "the demo has several departments to stream"
    return target


def _cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def _layout(path: Path) -> dict[str, bytes]:
    """Each sheet's dimension and column widths, as written."""
    result = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name)
                found = re.search(rb"<dimension[^>]*/>.*?</cols>", xml, re.S)
                assert found is not None, name
                result[name] = found.group(0)
    return result


def test_the_workbook_is_the_same_however_the_departments_are_read(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _export(demo_path, tmp_path / "hele.xlsx", 10**9, monkeypatch)
    streamed = _export(demo_path, tmp_path / "strømmet.xlsx", 1, monkeypatch)
    before, after = _cells(whole), _cells(streamed)
    assert list(after) == list(before)
    assert list(after)[:3] == [fmt.SHEET_ABOUT, fmt.SHEET_TASKS, fmt.SHEET_ASSIGNMENTS]
    for name, rows in before.items():
        if name == fmt.SHEET_ABOUT:  # the time it was made differs
            rows = [row for row in rows if row[0] != "Laget"]
            after[name] = [row for row in after[name] if row[0] != "Laget"]
        assert len(after[name]) == len(rows), name
        for number, (old, new) in enumerate(zip(rows, after[name], strict=True), start=1):
            assert new == old, (name, number)
    assert _layout(streamed) == _layout(whole)
    # every sheet the streaming fills has rows (an empty sheet would compare equal too)
    for name in (
        fmt.SHEET_TASKS,
        fmt.SHEET_ASSIGNMENTS,
        fmt.SHEET_SCENARIOS,
        fmt.SHEET_ANALYSIS,
        fmt.SHEET_KEY_FIGURES,
        fmt.SHEET_UPGRADES,
        fmt.SHEET_POSITIONS,
        fmt.SHEET_STAFFING,
        fmt.SHEET_DEPARTMENTS,
    ):
        assert len(after[name]) > 1, name


def test_the_analysis_sheets_are_the_analysis_of_the_whole_workspace(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sheets = _cells(_export(demo_path, tmp_path / "analyse.xlsx", 1, monkeypatch))
    with workspaces.open_workspace(demo_path) as workspace:
        everything = workspaces.load_workspace_data(workspace)
    keys = [column.key for column in fmt.KEY_FIGURE_COLUMNS]
    role_rows: list[tuple[Any, ...]] = []
    key_rows: list[dict[str, Any]] = []
    upgrades = 0
    inputs = []
    for item in everything:
        for scenario in item.scenarios:
            result = analyse_department(item, scenario.id)
            role_rows += [
                (item.department.name, scenario.name, row.role_code, row.hours_per_week, row.fte)
                for row in result.capacity.roles
            ]
            key_rows.append(
                {
                    "department": item.department.name,
                    "scenario": scenario.name,
                    "task_hours": result.workload.total_hours,
                    "fte": result.capacity.fte,
                    "cost_per_week": result.capacity.cost_per_week,
                }
            )
            inputs.append(key_figure_inputs(item, scenario.id))
            upgrades += len(result.upgrades)
    compared = key_figures(inputs)
    written = [dict(zip(keys, row, strict=True)) for row in sheets[fmt.SHEET_KEY_FIGURES][1:]]
    assert len(written) == len(key_rows) > 8
    for index, (row, expected) in enumerate(zip(written, key_rows, strict=True)):
        assert (row["department"], row["scenario"]) == (
            expected["department"],
            expected["scenario"],
        )
        for key in ("task_hours", "fte", "cost_per_week"):
            assert row[key] == pytest.approx(expected[key], rel=1e-12), (
                key,
                expected["department"],
            )
        assert row["nurse_share"] == pytest.approx(compared["nurse_share"].iloc[index], rel=1e-12)
    analysis = [(r[0], r[1], r[2], r[4], r[5]) for r in sheets[fmt.SHEET_ANALYSIS][1:]]
    assert len(analysis) == len(role_rows) > 0
    for got, expected_row in zip(analysis, role_rows, strict=True):
        assert got[:3] == expected_row[:3]
        assert got[3:] == pytest.approx(expected_row[3:], rel=1e-12)
    assert len(sheets[fmt.SHEET_UPGRADES]) - 1 == upgrades > 0


def test_an_edit_made_while_the_workbook_is_written_is_neither_blocked_nor_half_in_it(
    demo_path: Path, tmp_path: Path
) -> None:
    """A file's read lock held for the whole write would make every edit in the app wait and
    then fail («database is locked» after the busy timeout): the export reads a private copy."""
    import shutil
    import time

    from oppgave.services import organisation

    path = tmp_path / "arbeid.oppgave"
    shutil.copy(demo_path, path)
    waited: list[float] = []
    with workspaces.open_workspace(path) as exporting, workspaces.open_workspace(path) as other:

        def edit_meanwhile(_message: str) -> None:
            if not waited:  # once, while the first sheets are being made
                started = time.monotonic()
                organisation.create_municipality(other, "Kommunen som kom underveis")
                waited.append(time.monotonic() - started)

        export_workbook(exporting, tmp_path / "ut.xlsx", progress=edit_meanwhile)
        names = {m.name for m in organisation.list_municipalities(exporting)}
    assert waited and waited[0] < 2.0, "the edit waited on the export's lock"
    assert "Kommunen som kom underveis" in names, "the edit was saved"
    exported = _cells(tmp_path / "ut.xlsx")
    assert not any(
        "Kommunen som kom underveis" in str(cell)
        for rows in exported.values()
        for row in rows
        for cell in row
    ), "the export is the snapshot from its start"
