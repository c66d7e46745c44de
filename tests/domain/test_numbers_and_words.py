"""One number module (half up, language-aware, never «−0») and one word list (every word the
app shows is one the importer accepts)."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

import pytest

from oppgave import i18n
from oppgave.analysis.norwegian_text import format_number as analysis_number
from oppgave.domain import labels, numbers, task_text
from oppgave.domain.enums import (
    Category,
    DayType,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
    Shift,
    TaskStatus,
)
from oppgave.exchange import labels as sheet_labels
from oppgave.report import formatting
from oppgave.report import labels as report_labels


@pytest.fixture
def english() -> Iterator[None]:
    """A translator that gives the decimal point, as the English .qm does."""
    i18n.install_translator(lambda context, text: "." if text == "," else text)
    yield
    i18n.install_translator(None)


@pytest.mark.parametrize(
    ("value", "decimals", "keep", "expected"),
    [
        (6.25, 1, False, "6,3"),
        (0.125, 2, False, "0,13"),
        (2.5, 0, False, "3"),
        (-0.04, 1, True, "0,0"),
        (-0.04, 1, False, "0"),
        (-0.06, 1, False, "-0,1"),
        (1.5, 2, False, "1,5"),
        (2.0, 1, True, "2,0"),
    ],
)
def test_format_number_rounds_half_up(
    value: float, decimals: int, keep: bool, expected: str
) -> None:
    assert numbers.format_number(value, decimals, keep_zeros=keep) == expected


def test_every_formatter_gives_the_same_answer_for_minus_zero() -> None:
    assert formatting.number(-0.04, 1) == "0,0"
    assert analysis_number(-0.04, 1) == "0,0"
    assert numbers.format_number(-0.04, 1, keep_zeros=True) == "0,0"
    assert formatting.number(6.25, 1) == analysis_number(6.25, 1) == "6,3"


def test_english_writes_a_decimal_point_everywhere(english: None) -> None:
    assert numbers.format_number(6.25, 1) == "6.3"
    assert formatting.number(1234.5, 1) == "1,234.5"
    assert task_text.describe_frequency(task_text.parse_frequency("1,5 ganger i uka").frequency) \
        .startswith("1.5")  # fmt: skip
    assert numbers.parse_number("1,5") == numbers.parse_number("1.5") == 1.5


ENUMS: tuple[type[Enum], ...] = (
    Category, TaskStatus, Restriction, ServiceType, Shift, DayType, FrequencyUnit, RiskLevel,
    DelegationRule,
)  # fmt: skip


@pytest.mark.parametrize("enum_type", ENUMS)
def test_every_word_the_app_shows_is_accepted_by_the_importer(enum_type: type[Enum]) -> None:
    for member in enum_type:
        shown = {
            labels.label(member),
            labels.long_label(member),
            sheet_labels.label(member),  # type: ignore[arg-type]
        }
        if enum_type is Category:
            shown.add(report_labels.category(member))  # type: ignore[arg-type]
        if enum_type is ServiceType:
            shown.add(report_labels.service_type(member))  # type: ignore[arg-type]
        for word in shown:
            assert sheet_labels.parse_label(enum_type, word) is member, word  # type: ignore[type-var]
            assert sheet_labels.parse_label(enum_type, word.upper()) is member, word  # type: ignore[type-var]


def test_the_apps_restriction_words_are_read_by_the_task_text() -> None:
    assert task_text.parse_restriction(labels.label(Restriction.NONE), ())[0] is Restriction.NONE
    assert (
        task_text.parse_restriction(labels.label(Restriction.AUTHORISED), ())[0]
        is Restriction.AUTHORISED
    )
    shown = f"{labels.label(Restriction.MIN_LEVEL)} 2"  # «Minste LEON-nivå 2»
    assert task_text.parse_restriction(shown, ()) == (Restriction.MIN_LEVEL, 2, frozenset())
    assert task_text.parse_restriction("Laveste LEON-nivå 2", ())[1] == 2
    assert task_text.parse_category(labels.label(Category.PRACTICAL)) is Category.PRACTICAL
    assert task_text.parse_status(labels.label(TaskStatus.AGREED)) is TaskStatus.AGREED


def test_risk_and_delegation_words_read_back() -> None:
    assert task_text.parse_risk_level("høy") is RiskLevel.HIGH
    assert task_text.parse_risk_level("Middels") is RiskLevel.MEDIUM
    delegate = task_text.parse_delegation_rule("kan delegeres med veiledning")
    assert delegate is DelegationRule.DELEGATE
    assert task_text.parse_delegation_rule("beholdes") is DelegationRule.KEEP
    assert task_text.parse_delegation_rule("kan overføres") is DelegationRule.TRANSFER
