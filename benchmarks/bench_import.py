"""Excel import figures: a 10,000-row workshop sheet into a new department; peak memory.

Run: ``python benchmarks/bench_import.py [--rows 10000] [--runs 3]``. Prints figures; asserts
nothing (target: reading, checking and writing a 10,000-row sheet under 5 s).

The sheet is written the way workshops write: a title and a date above the header on row 3,
free-text frequencies ("2 ganger daglig", "x3 pr uke", "ved behov, ca 2 i uka"), durations
("15 min", "1,5 t"), times ("morgen", "kl 08"), roles ("SPL/HFA", "ass.", "helsefagarb."),
competences and notes. It also times a second import of the same sheet (all rows unchanged),
and the export and re-import of the resulting workspace.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

from oppgave.exchange.importing import ImportTarget, SheetImport, workspace_for_import
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import apply_export, read_export
from oppgave.services import organisation, workspaces

FREQUENCIES = (
    "daglig", "2 ganger daglig", "hver morgen", "morgen og kveld", "x3 pr uke", "ukentlig",
    "annenhver dag", "1 gang i måneden", "hverdager", "ved behov, ca 2 ganger i uka",
    "hver vakt", "3 g daglig", "annenhver uke", "kvartalsvis",
)  # fmt: skip
DURATIONS = ("5 min", "10 min", "15 min", "ca. 20 minutter", "30 min", "1 time", "1,5 t", 45)
TIMES = ("morgen", "formiddag", "kveld", "natt", "kl 08", "08:00-09:30", "dag/kveld", None)
ROLES = ("SPL", "HFA", "ass.", "SPL/HFA", "helsefagarb.", "sykepl.", "HFA 70 %, ASS 30 %", "VPL")
COMPETENCES = ("insulin", "sårstell", "forflytning", "multidose", None, None, "demens")
CATEGORIES = ("Direkte", "Indirekte", "Praktisk", "Administrativ")


def sheet_rows(rows: int, seed: int = 2023) -> list[list[object]]:
    rng = random.Random(seed)
    data: list[list[object]] = [
        ["Kartlegging av oppgaver – stor avdeling"],
        ["Workshop 12.03.2025"],
        ["Kategori", "Oppgave", "Hyppighet", "Tidsbruk", "Tidspunkt", "Kompetanse",
         "Hvem gjør i dag", "Hvem kan gjøre", "Merknad"],
    ]  # fmt: skip
    for n in range(rows):
        data.append(
            [
                rng.choice(CATEGORIES),
                f"Oppgave {n + 1:05d}",
                rng.choice(FREQUENCIES),
                rng.choice(DURATIONS),
                rng.choice(TIMES),
                rng.choice(COMPETENCES),
                rng.choice(ROLES),
                rng.choice(ROLES),
                "Merknad" if rng.random() < 0.1 else None,
            ]
        )
    return data


def write_openpyxl_sheet(path: Path, rows: int) -> None:
    """The sheet as openpyxl writes it (inline strings, no dimension: slower to read)."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Kartlegging")
    for row in sheet_rows(rows):
        sheet.append(row)
    workbook.save(path)


def write_excel_like_sheet(path: Path, rows: int) -> None:
    """The sheet as Excel saves it: shared strings and a dimension element."""
    data = sheet_rows(rows)
    workbook = openpyxl.Workbook()
    workbook.active.title = "Kartlegging"  # type: ignore[union-attr]
    workbook.save(path)
    strings: dict[str, int] = {}
    cells: list[str] = []
    width = max(len(row) for row in data)
    for number, row in enumerate(data, start=1):
        parts = []
        for column, value in enumerate(row):
            if value is None:
                continue
            ref = f"{chr(65 + column)}{number}"
            if isinstance(value, str):
                index = strings.setdefault(value, len(strings))
                parts.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
            else:
                parts.append(f'<c r="{ref}"><v>{value}</v></c>')
        cells.append(f'<row r="{number}">{"".join(parts)}</row>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}">'
        f'<dimension ref="A1:{chr(64 + width)}{len(data)}"/><sheetData>{"".join(cells)}'
        "</sheetData></worksheet>"
    )
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
    shared_xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{main}" '
        f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = sheet_xml.encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
                )
            elif item.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/sharedStrings" '
                    b'Target="sharedStrings.xml"/></Relationships>',
                )
            out.writestr(item.filename, content)
        out.writestr("xl/sharedStrings.xml", shared_xml.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def import_once(sheet: Path, target: Path) -> dict[str, float]:
    """Read, plan and write one import: wall and CPU seconds per stage."""
    times: dict[str, float] = {}
    with workspace_for_import(target) as (workspace, _new):
        if not organisation.list_municipalities(workspace):
            organisation.create_municipality(workspace, "Melhus")
        wall, cpu = time.perf_counter(), time.process_time()
        session = SheetImport.open(workspace, sheet, ImportTarget("Stor avdeling"))
        times["read"], times["read cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        wall, cpu = time.perf_counter(), time.process_time()
        plan = session.plan()
        times["plan"], times["plan cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        assert not plan.has_errors, plan.problems[:3]
        wall, cpu = time.perf_counter(), time.process_time()
        outcome = session.apply(plan)
        times["write"], times["write cpu"] = time.perf_counter() - wall, time.process_time() - cpu
        times["created"] = outcome.created
        times["unchanged"] = outcome.unchanged
    return times


def cold_process(sheet: Path, folder: Path) -> tuple[float, float | None]:
    """A fresh process importing the sheet: wall time and peak memory growth (MB, Linux)."""
    target = folder / "cold.oppgave"
    code = f"""
import re, sys, time
def hwm():
    try:
        return int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))
    except OSError:
        return None
try:
    open('/proc/self/clear_refs', 'w').write('5')
except OSError:
    pass
start = time.perf_counter()
base = hwm()
from oppgave.exchange.importing import ImportTarget, SheetImport, workspace_for_import
from oppgave.services import organisation
with workspace_for_import({str(target)!r}) as (ws, new):
    organisation.create_municipality(ws, "Melhus")
    session = SheetImport.open(ws, {str(sheet)!r}, ImportTarget("Stor avdeling"))
    session.apply(session.plan())
peak = hwm()
print(time.perf_counter() - start, (peak - base) if peak and base else -1)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    growth = int(out[1])
    return float(out[0]), (growth / 1024 if growth >= 0 else None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sheet = folder / "kartlegging.xlsx"
        started = time.perf_counter()
        write_excel_like_sheet(sheet, args.rows)
        print(f"write a {args.rows}-row sheet like Excel: {time.perf_counter() - started:6.2f} s")
        print(f"sheet size:                          {sheet.stat().st_size / 1e6:6.2f} MB")
        started = time.perf_counter()
        read_workbook(sheet)
        print(f"read the workbook only:              {time.perf_counter() - started:6.2f} s")
        written_by_openpyxl = folder / "openpyxl.xlsx"
        write_openpyxl_sheet(written_by_openpyxl, args.rows)
        started = time.perf_counter()
        read_workbook(written_by_openpyxl)
        print(f"read it as openpyxl writes it:       {time.perf_counter() - started:6.2f} s")

        runs = [import_once(sheet, folder / f"run{run}.oppgave") for run in range(args.runs)]
        for stage in ("read", "plan", "write"):
            wall = statistics.median(r[stage] for r in runs)
            cpu = statistics.median(r[f"{stage} cpu"] for r in runs)
            print(
                f"import, {stage:<5} (median of {args.runs}):      {wall:6.2f} s"
                f"  (CPU {cpu:5.2f} s)"
            )
        total = statistics.median(r["read"] + r["plan"] + r["write"] for r in runs)
        total_cpu = statistics.median(r["read cpu"] + r["plan cpu"] + r["write cpu"] for r in runs)
        print(
            f"import {int(runs[0]['created'])} new tasks (target < 5 s):  {total:6.2f} s  "
            f"(CPU {total_cpu:5.2f} s)"
        )
        again = import_once(sheet, folder / "run0.oppgave")
        print(
            f"same sheet again ({int(again['unchanged'])} unchanged):   "
            f"{again['read'] + again['plan'] + again['write']:6.2f} s"
        )

        seconds, growth = cold_process(sheet, folder)
        memory = f"{growth:.0f} MB" if growth is not None else "n/a (not Linux)"
        print(f"cold process, import + startup:      {seconds:6.2f} s, peak memory growth {memory}")

        exported = folder / "eksport.xlsx"
        with workspaces.open_workspace(folder / "run0.oppgave") as workspace:
            started, cpu = time.perf_counter(), time.process_time()
            export(workspace, exported)
            print(
                f"export 10,000 tasks (with analysis): {time.perf_counter() - started:6.2f} s  "
                f"(CPU {time.process_time() - cpu:5.2f} s)"
            )
        started, cpu = time.perf_counter(), time.process_time()
        content = read_export(read_workbook(exported))
        with workspace_for_import(folder / "copy.oppgave", default_catalogue=False) as (ws, new):
            apply_export(ws, content, apply_settings=new)
        print(
            f"import that export into a new file:  {time.perf_counter() - started:6.2f} s  "
            f"(CPU {time.process_time() - cpu:5.2f} s)"
        )


if __name__ == "__main__":
    main()
