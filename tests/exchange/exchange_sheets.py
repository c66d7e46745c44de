"""Workbooks as departments really write them, built by the tests with openpyxl, and the bad
files people mail (an old .xls, a password-protected workbook, a PDF renamed to .xlsx)."""

from __future__ import annotations

import hashlib
import io
import re
import struct
import zipfile
from collections.abc import Mapping, Sequence
from datetime import time
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Font, PatternFill

GREEN = PatternFill("solid", fgColor="C6EFCE")
YELLOW = PatternFill("solid", fgColor="FFEB9C")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def municipal_sheet(path: Path) -> Path:
    """Layout A, one sheet in Melhus style: a merged title, a line with department and date, the
    header on row 3, a category merged down over its rows, free text everywhere, a notes column,
    a colour legend under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kartlegging"
    ws["A1"] = "Kartlegging av oppgaver – Avdeling 2, Buvik sykehjem"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    ws["A2"] = "Workshop 14.03.2024"
    header = [
        "Kategori",
        "Oppgave",
        "Beskrivelse",
        "Hyppighet",
        "Tidsbruk",
        "Tidspunkt",
        "Kompetanse",
        "Hvem gjør i dag",
        "Hvem kan gjøre",
        "Kompetanseløft",
        "Merknad",
    ]
    for column, text in enumerate(header, start=1):
        ws.cell(row=3, column=column, value=text).font = Font(bold=True)
    rows: list[list[Any]] = [
        [
            "Direkte pasientarbeid",
            "Morgenstell",
            "Stell og påkledning",
            "hver morgen",
            "20 min",
            "morgen",
            "Personlig stell",
            "HFA/ass.",
            "HFA/ass.",
            None,
            None,
        ],
        [
            None,
            "Medisinutdeling",
            "Fra multidose",
            "3 ganger daglig",
            "ca. 10 min",
            "kl 8, 14 og 20",
            "multidose",
            "SPL",
            "helsefagarb.",
            "Legemiddelkurs: multidose",
            None,
        ],
        [
            None,
            "Insulin",
            None,
            "2 g daglig",
            "5 min",
            "morgen og kveld",
            "insulin",
            "sykepl.",
            "HFA",
            "Insulinopplæring",
            "2 beboere",
        ],
        [
            None,
            "Sårstell",
            None,
            "ved behov, ca 3 ganger i uka",
            "en stund",
            None,
            "sårstell",
            "SPL",
            "SPL/HFA",
            None,
            "Enkle sår",
        ],
        [
            "Indirekte pasientarbeid",
            "Rapport",
            "Muntlig rapport ved vaktskifte",
            "hver vakt",
            "15 min",
            None,
            "dokumentasjon",
            "SPL 50 %, HFA 50 %",
            None,
            None,
            None,
        ],
        [
            None,
            "Bestille medisiner",
            None,
            "ukentlig",
            "1 time",
            "formiddag",
            None,
            "SPL",
            "VPL",
            "Kurs i bestilling",
            None,
        ],
        [
            "Praktisk/service",
            "Oppvask",
            None,
            "x3 pr uke",
            "30 min",
            "kveld",
            None,
            "ass.",
            "renholder",
            None,
            None,
        ],
        [
            None,
            "Vaske rullator",
            None,
            "annenhver uke",
            "1,5 t",
            None,
            None,
            "hjelpepleier/assistent",
            None,
            None,
            "Grønn: kan delegeres",
        ],
    ]
    for offset, row in enumerate(rows):
        for column, value in enumerate(row, start=1):
            ws.cell(row=4 + offset, column=column, value=value)
    ws.merge_cells("A4:A7")
    ws.merge_cells("A8:A9")
    ws.merge_cells("A10:A11")
    ws["B7"].fill = GREEN  # colour as the workshop used it; colours are not read
    ws["A13"] = "Forklaring: grønn = kan delegeres, gul = må diskuteres"
    ws["A13"].fill = GREEN
    ws["A14"] = "Gul"
    ws["A14"].fill = YELLOW
    ws.merge_cells("A14:B14")
    # "en stund" in Tidsbruk of Sårstell is not readable: the test fixes it
    wb.save(path)
    return path


def shift_header_sheet(path: Path) -> Path:
    """Layout B: a two-row header with "Hvem" merged over "i dag" and "kan gjøre", headings
    MORGEN/KVELD/NATT merged across the table, counts in a column "Antall pr uke", durations
    typed as clock times in Excel (0:15), a Sum row, and a printed header repeated."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Oppgaver"
    ws["A1"] = "Skjermet enhet – oppgaver per døgn"
    ws.merge_cells("A1:F1")
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["F3"] = (
        "Oppgave",
        "Antall pr uke",
        "Tid (t:mm)",
        "Hvem",
        "Kommentar",
    )
    ws.merge_cells("D3:E3")
    ws["D4"], ws["E4"] = "gjør i dag", "kan gjøre"
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:C4")
    ws.merge_cells("F3:F4")
    data: list[list[Any]] = [
        ["MORGEN"],
        ["Frokost", 7, time(0, 30), "HFA/ass.", "ass.", None],
        ["Tilsyn", 14, time(0, 10), "SPL/HFA", "HFA", None],
        ["KVELD"],
        ["Kveldsstell", 7, time(0, 25), "HFA", "HFA/ass.", "To på rom 4"],
        ["Oppgave", "Antall pr uke", "Tid (t:mm)", "gjør i dag", "kan gjøre", "Kommentar"],
        ["NATT"],
        ["Nattevakt runde", 21, time(0, 15), "HFA", None, None],
        ["Sum", 49, None, None, None, None],
    ]
    for offset, row in enumerate(data):
        for column, value in enumerate(row, start=1):
            cell = ws.cell(row=5 + offset, column=column, value=value)
            if isinstance(value, time):
                cell.number_format = "h:mm"
    for heading_row in (5, 8, 11):
        ws.merge_cells(start_row=heading_row, start_column=1, end_row=heading_row, end_column=6)
    wb.save(path)
    return path


def sheet_per_shift(path: Path) -> Path:
    """Layout C: one sheet per shift (Dag, Kveld, Natt) with English headers on row 2 under a
    note, an explanation sheet without tasks, and a hidden sheet of lists."""
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Forklaring"
    first["A1"] = "Slik fyller dere ut arket"
    first["A2"] = "Én rad per oppgave. Skriv hyppighet med ord."
    contents: Mapping[str, Sequence[Sequence[Any]]] = {
        "Dag": [
            ["Medication round", "twice daily", "15 min", "RN", "HCW"],
            ["Lunch", "daily", "45 min", "HFA, ASS", None],
        ],
        "Kveld": [["Evening care", "every evening", "20 minutes", "HFA", "assistant"]],
        "Natt": [["Night round", "3 times a day", "10 min", "hjelpepleier", None]],
    }
    for name, rows in contents.items():
        ws = wb.create_sheet(name)
        ws["A1"] = f"Vakt: {name.lower()}"
        for column, text in enumerate(
            ["Task", "Frequency", "Duration", "Who does it today", "Who could do it"], start=1
        ):
            ws.cell(row=2, column=column, value=text)
        for offset, row in enumerate(rows):
            for column, value in enumerate(row, start=1):
                ws.cell(row=3 + offset, column=column, value=value)
    lists = wb.create_sheet("Lister")
    lists["A1"] = "Oppgave"
    lists["B1"] = "Hyppighet"
    lists["A2"] = "Dette er ikke en oppgave"
    lists["B2"] = "daglig"
    lists.sheet_state = "hidden"
    wb.save(path)
    return path


def simple_sheet(
    path: Path, rows: Sequence[Sequence[Any]], header: Sequence[str] | None = None
) -> Path:
    """One sheet, the header on row 1 (default: Oppgave, Hyppighet, Tidsbruk, Hvem gjør i dag)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ark1"
    ws.append(list(header or ["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"]))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def set_cached_values(path: Path, sheet_xml: str, values: Mapping[str, str]) -> None:
    """Give formula cells the value Excel would have stored (openpyxl writes none)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == sheet_xml:
                text = data.decode("utf-8")
                for ref, value in values.items():
                    text = re.sub(
                        rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?',
                        rf"\1\2<v>{value}</v>",
                        text,
                    )
                data = text.encode("utf-8")
            target.writestr(item, data)
    path.write_bytes(buffer.getvalue())


def ole_file(path: Path, stream_name: str, stream: bytes) -> Path:
    """A minimal OLE compound file (the container of old .xls files) with one stream."""
    sector = 512
    data = stream.ljust(max(4096, -(-len(stream) // sector) * sector), b"\0")
    data_sectors = len(data) // sector
    end, free, fat_sect, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sect, end] + [3 + i for i in range(data_sectors - 1)] + [end]
    fat += [free] * (sector // 4 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    )
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return struct.pack(
            "<64sHBBIII16sIQQIQ",
            encoded,
            len(encoded),
            kind,
            1,
            no_stream,
            no_stream,
            child,
            b"\0" * 16,
            0,
            0,
            0,
            start,
            size,
        )

    # Streams under 4096 bytes would live in the mini stream: declare the padded size.
    directory = entry("Root Entry", 5, 1, end, 0) + entry(stream_name, 2, no_stream, 2, len(data))
    directory += entry("", 0, no_stream, 0, 0) * 2
    path.write_bytes(header + struct.pack(f"<{sector // 4}I", *fat) + directory + data)
    return path


def biff_stream(*, password: bool) -> bytes:
    """The start of an old Excel (BIFF8) Workbook stream: BOF, and FILEPASS when encrypted."""
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    filepass = struct.pack("<HH", 0x002F, 6) + b"\x01\x00\x01\x00\x01\x00"
    eof = struct.pack("<HH", 0x000A, 0)
    return bof + (filepass if password else b"") + eof


def encrypted_copy(source: Path, target: Path, password: str = "hemmelig") -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    buffer = io.BytesIO()
    with source.open("rb") as handle:
        OOXMLFile(handle).encrypt(password, buffer)
    target.write_bytes(buffer.getvalue())
    return target


def big_sheet(path: Path, rows: int) -> Path:
    """A workbook with ``rows`` task rows, written as raw sheet XML (openpyxl would take many
    seconds for 100,000 rows)."""
    simple_sheet(path, [])
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Oppgave</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Hyppighet</t></is></c>'
        '<c r="C1" t="inlineStr"><is><t>Tidsbruk</t></is></c>'
        '<c r="D1" t="inlineStr"><is><t>Hvem gjør i dag</t></is></c></row>'
    ]
    for n in range(2, rows + 2):
        parts.append(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Oppgave {n}</t></is></c>'
            f'<c r="B{n}" t="inlineStr"><is><t>daglig</t></is></c>'
            f'<c r="C{n}" t="inlineStr"><is><t>5 min</t></is></c>'
            f'<c r="D{n}" t="inlineStr"><is><t>HFA</t></is></c></row>'
        )
    parts.append("</sheetData></worksheet>")
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = "".join(parts).encode("utf-8")
            target.writestr(item.filename, data)
    path.write_bytes(buffer.getvalue())
    return path
