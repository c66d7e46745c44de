"""Norwegian numbers, percentages and dates in the report."""

from __future__ import annotations

import math
from datetime import date

import pytest

from oppgave.report import formatting as fmt

S = fmt.NBSP


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (1234.5, 1, f"1{S}234,5"),
        (1234567.891, 0, f"1{S}234{S}568"),
        (-3.0, 0, f"{fmt.MINUS}3"),
        (-0.04, 1, "0,0"),
        (0.0, 2, "0,00"),
        (None, 1, fmt.MISSING),
        (math.nan, 1, fmt.MISSING),
    ],
)
def test_number(value: float | None, decimals: int, expected: str) -> None:
    assert fmt.number(value, decimals) == expected


def test_signed_and_percent() -> None:
    assert fmt.signed(1.234, 2) == "+1,23"
    assert fmt.signed(-21780, 0) == f"{fmt.MINUS}21{S}780"
    assert fmt.signed(0.001, 1) == "0,0"
    assert fmt.percent(0.762) == f"76,2{S}%"
    assert fmt.percent_points(-0.112) == f"{fmt.MINUS}11,2{S}p.p."
    assert fmt.position_percent(70.58) == f"71{S}%"


def test_kroner_text() -> None:
    assert fmt.kroner_text(435487.17) == f"435{S}487{S}kr"
    assert fmt.kroner_text(-1_132_577) == f"{fmt.MINUS}1,1{S}mill.{S}kr"


def test_date_and_clock() -> None:
    assert fmt.norwegian_date(date(2026, 11, 28)) == "28. november 2026"
    assert fmt.norwegian_date(date(2027, 2, 1)) == "1. februar 2027"
    assert fmt.clock(420) == "07:00"
    assert fmt.clock(1440) == "24:00"
