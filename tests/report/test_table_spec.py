"""The one table function: widths, alignment, number formatting, group headings, totals."""

from __future__ import annotations

import pytest
from reportlab.lib.units import mm

from oppgave.domain import numbers
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.table_spec import (
    COUNT,
    KRONER,
    THOUSANDS,
    ColumnSpec,
    change,
    column_table,
    decimals,
    share,
    widths,
)

NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _fonts() -> None:
    styles.register_fonts()  # the header paragraphs need the bundled font


def _columns() -> list[ColumnSpec]:
    return [
        ColumnSpec("Yrkesgruppe"),
        ColumnSpec("Timer", 20 * mm, "R", decimals(1)),
        ColumnSpec("Endring", 20 * mm, "R", change(2)),
        ColumnSpec("Kroner", 25 * mm, "R", KRONER),
        ColumnSpec("Merknad"),
    ]


def test_columns_without_a_width_share_the_rest_of_the_frame() -> None:
    got = widths(_columns())
    assert got[1:4] == [20 * mm, 20 * mm, 25 * mm]
    assert got[0] == pytest.approx(got[4])
    assert sum(got) == pytest.approx(FRAME_WIDTH)
    table = column_table(_columns(), [["Sykepleier", 1.0, 0.5, 10.0, ""]])
    assert table._colWidths == pytest.approx(got)


def test_numbers_are_written_by_the_column_through_the_number_module() -> None:
    rows = [["Sykepleier", 1234.56, -0.004, 435487.5, "x"], ["Sum", None, 1.005, -12.0, ""]]
    table = column_table(_columns(), rows, total_rows=[-1])
    body = table._cellvalues[1:]
    assert body[0][1] == numbers.format_number(1234.6, 1, keep_zeros=True, grouping=True)
    assert body[0][1] == f"1{NBSP}234,6"
    assert body[0][2] == "0,00"  # rounds to zero: no sign
    assert body[0][3] == f"435{NBSP}488"  # half up
    assert body[1][1] == "\u2013"  # no figure
    assert body[1][2] == "+1,01"
    assert body[1][3] == "\u221212"  # the real minus sign
    assert COUNT(3.0) == "3"
    assert THOUSANDS(1_234_567) == f"1{NBSP}235"
    assert share(0)(0.5) == f"50{NBSP}%"


def test_alignment_comes_from_the_column_and_totals_are_bold() -> None:
    table = column_table(
        _columns(), [["A", 1.0, 0.0, 1.0, ""], ["Sum", 1.0, 0.0, 1.0, ""]], total_rows=[-1]
    )
    body, total = table._cellStyles[1], table._cellStyles[2]
    assert [c.alignment for c in body] == ["LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"]
    assert body[0].fontname == styles.FONT
    assert all(c.fontname == styles.FONT_BOLD for c in total)
    assert [c.alignment for c in total] == ["LEFT", "RIGHT", "RIGHT", "RIGHT", "LEFT"]
    header = table._cellStyles[0]
    assert all(c.fontname == styles.FONT_BOLD for c in header)


def test_a_bold_total_in_one_table_leaves_the_shared_body_style_alone() -> None:
    column_table(_columns(), [["Sum", 1.0, 0.0, 1.0, ""]], total_rows=[0], bold_cells=[(0, 1)])
    other = column_table(_columns(), [["A", 1.0, 0.0, 1.0, ""]])
    assert all(c.fontname == styles.FONT for c in other._cellStyles[1])
    assert other._cellStyles[1][1].color == styles.INK


def test_grouped_columns_get_a_shared_heading_above_their_own() -> None:
    columns = [
        ColumnSpec("Yrkesgruppe"),
        ColumnSpec("I dag", 20 * mm, "R", decimals(1), group="Årsverk"),
        ColumnSpec("Forslag", 20 * mm, "R", decimals(1), group="Årsverk"),
        ColumnSpec("Kurs", 20 * mm, "R", KRONER),
    ]
    table = column_table(columns, [["A", 1.0, 2.0, 3.0]])
    assert table.repeatRows == 2
    top, bottom = table._cellvalues[0], table._cellvalues[1]
    assert top[1].text == "Årsverk" and top[2] == ""
    assert [cell.text for cell in bottom[1:3]] == ["I dag", "Forslag"]
    assert top[3].text == "Kurs" and bottom[3] == ""
    spans = {tuple(command[1:]) for command in table._spanCmds}
    assert spans == {((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (3, 1))}


def test_text_and_wrapped_text_pass_through() -> None:
    columns = [ColumnSpec("Oppgave", 20 * mm, wrap=True), ColumnSpec("Kode", 15 * mm)]
    name = "Legemiddelhåndtering og observasjon av virkning og bivirkning"
    table = column_table(columns, [[name, "SPL"]])
    cell = table._cellvalues[1][0]
    assert "\n" in cell and cell.replace("\n", " ") == name
    assert table._cellvalues[1][1] == "SPL"


def test_a_row_of_the_wrong_length_is_refused() -> None:
    with pytest.raises(ValueError, match="row 0"):
        column_table(_columns(), [["A", 1.0]])
