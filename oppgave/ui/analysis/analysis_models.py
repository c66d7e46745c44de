"""Read-only table models of the *Analyse* tab.

Every table of the tab (FTE and cost per role, the competence-upgrade plan, the weekend table,
the comparison across departments) is a list of rows shown through one
:class:`FigureTableModel` with a column list: a header, a function that turns a row into the
text shown, and whether it is a number (right-aligned, sorted on its value). The figures come
from :mod:`oppgave.services.analysis_runs` as they are; these models only format them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oppgave.analysis.capacity import RoleChange
from oppgave.analysis.fulltime import WeekendRow
from oppgave.analysis.norwegian_text import format_number

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

if TYPE_CHECKING:
    import pandas as pd  # the comparison's frames; the module itself needs no pandas

    from oppgave.analysis.upgrades import UpgradeNeed  # NumPy: not at start (issue 18)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisModels", text)


# --- formatting -------------------------------------------------------------------------------


def number(value: float | None, decimals: int = 1) -> str:
    """Norwegian number text; «–» for a missing or undefined figure."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return format_number(float(value), decimals)


def signed(value: float, decimals: int = 1) -> str:
    """A change with its sign («+1,5», «-0,25», «0»)."""
    text = format_number(value, decimals)
    if text.lstrip("-").replace("0", "").replace(",", "").strip() == "":
        return format_number(0.0, decimals)
    return ("+" if value > 0 else "") + text


def percent(share: float | None, decimals: int = 0) -> str:
    """A fraction as percent text («42 %»); «–» when undefined."""
    if share is None or not math.isfinite(share):
        return "–"
    return f"{format_number(share * 100.0, decimals)} %"


# --- the model --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Column:
    """One column: header, the text of a row, and the value to sort on (None: the text)."""

    title: Callable[[], str]
    text: Callable[[Any], str]
    numeric: bool = True
    value: Callable[[Any], float] | None = None
    tooltip: Callable[[Any], str] | None = None


class FigureTableModel(QAbstractTableModel):
    """Rows of figures shown read-only; :meth:`set_rows` replaces them all at once.

    ``bold_last`` makes the last row bold (a «Sum» row)."""

    def __init__(self, columns: Sequence[Column], parent: Any = None, *, bold_last: bool = False):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.bold_last = bold_last

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column.numeric else LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return column.value(row) if column.value is not None else column.text(row)
        if (
            role == Qt.ItemDataRole.FontRole
            and self.bold_last
            and index.row() == len(self.rows) - 1
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self.columns[section].numeric else LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --- the tables of the tab --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleRow:
    """One role (or the «Sum» row) in today vs the scenario."""

    name: str
    change: RoleChange


def role_rows(changes: Sequence[RoleChange], total: RoleChange) -> list[RoleRow]:
    """Roles with hours today or in the scenario, then the sum row."""
    rows = [
        RoleRow(c.role_name, c) for c in changes if c.hours_before > 0.005 or c.hours_after > 0.005
    ]
    return [*rows, RoleRow(_tr("Sum"), total)]


def role_columns(compares: bool, reference: str | None = None) -> list[Column]:
    """Role, hours, FTE and kroner per week today (or in ``reference``, the scenario compared
    with); with a scenario also its figures and the change."""

    def before(today: str, plain: str) -> Callable[[], str]:
        if reference is None:
            return lambda: _tr(today)
        return lambda: _tr(plain) + "\n" + reference

    columns = [
        Column(lambda: _tr("Yrkesgruppe"), lambda r: r.name, numeric=False),
        Column(
            before("Timer/uke\ni dag", "Timer/uke"),
            lambda r: number(r.change.hours_before, 1),
            value=lambda r: r.change.hours_before,
        ),
        Column(
            before("Årsverk\ni dag", "Årsverk"),
            lambda r: number(r.change.fte_before, 2),
            value=lambda r: r.change.fte_before,
        ),
        Column(
            before("Kr/uke\ni dag", "Kr/uke"),
            lambda r: number(r.change.cost_before, 0),
            value=lambda r: r.change.cost_before,
        ),
    ]
    if compares:
        columns += [
            Column(
                lambda: _tr("Årsverk\nscenario"),
                lambda r: number(r.change.fte_after, 2),
                value=lambda r: r.change.fte_after,
            ),
            Column(
                lambda: _tr("Endring\nårsverk"),
                lambda r: signed(r.change.fte_change, 2),
                value=lambda r: r.change.fte_change,
            ),
            Column(
                lambda: _tr("Kr/uke\nscenario"),
                lambda r: number(r.change.cost_after, 0),
                value=lambda r: r.change.cost_after,
            ),
            Column(
                lambda: _tr("Endring\nkr/uke"),
                lambda r: signed(r.change.cost_change, 0),
                value=lambda r: r.change.cost_change,
            ),
        ]
    return columns


def upgrade_columns(task_names: Callable[[UpgradeNeed], str]) -> list[Column]:
    return [
        Column(lambda: _tr("Yrkesgruppe"), lambda u: u.role_name, numeric=False),
        Column(lambda: _tr("Kompetanse"), lambda u: u.competence_name, numeric=False),
        Column(
            lambda: _tr("Kurs"),
            lambda u: u.course_name or _tr("(ingen kurs)"),
            numeric=False,
            tooltip=lambda u: u.note,
        ),
        Column(lambda: _tr("Personer"), lambda u: str(u.people), value=lambda u: u.people),
        Column(lambda: _tr("Timer"), lambda u: number(u.hours, 0), value=lambda u: u.hours),
        Column(lambda: _tr("Kr"), lambda u: number(u.cost, 0), value=lambda u: u.cost),
        Column(lambda: _tr("Oppgaver"), task_names, numeric=False, tooltip=task_names),
    ]


def weekend_columns() -> list[Column]:
    def row_text(row: WeekendRow) -> str:
        return _tr("hver {n}. helg").format(n=row.frequency)

    return [
        Column(lambda: _tr("Helgefrekvens"), row_text, numeric=False),
        Column(lambda: _tr("Vaktlengde\n(timer)"), lambda w: number(w.shift_hours, 1)),
        Column(lambda: _tr("Vakter\nper helg"), lambda w: str(w.shifts_needed)),
        Column(lambda: _tr("Personer\nsom trengs"), lambda w: str(w.people_needed)),
        Column(
            lambda: _tr("Største mulige\nsnittstilling"),
            lambda w: "–" if w.max_avg_position is None else f"{number(w.max_avg_position, 0)} %",
        ),
    ]


def comparison_columns() -> list[Column]:
    """The key figures of DESIGN §6.7, one row per department or municipality (a Series)."""

    def cell(key: str, kind: str) -> Callable[[pd.Series], str]:
        def text(row: pd.Series) -> str:
            value = row.get(key)
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return "–"
            if kind == "share":
                return percent(float(value))
            if kind == "kr":
                return number(float(value), 0)
            return number(float(value), 1)

        return text

    return [
        Column(lambda: _tr("Navn"), lambda s: str(s.get("label", "")), numeric=False),
        Column(lambda: _tr("Kommune"), lambda s: str(s.get("municipality_name", "")), False),
        Column(lambda: _tr("Sykepleier-\nandel"), cell("nurse_share", "share")),
        Column(lambda: _tr("Timer per\nbruker/uke"), cell("hours_per_resident", "number")),
        Column(lambda: _tr("Kr per\nbrukerdøgn"), cell("cost_per_resident_day", "kr")),
        Column(lambda: _tr("Heltids-\nandel"), cell("fulltime_share", "share")),
        Column(lambda: _tr("Kartlagt\nandel"), cell("mapped_share", "share")),
        Column(lambda: _tr("Andel\ndirekte"), cell("share_direct", "share")),
        Column(lambda: _tr("Andel\nindirekte"), cell("share_indirect", "share")),
        Column(lambda: _tr("Andel\nadmin."), cell("share_administrative", "share")),
        Column(lambda: _tr("Andel\npraktisk"), cell("share_practical", "share")),
        Column(lambda: _tr("Andel fag-\nutvikling"), cell("share_development", "share")),
        Column(lambda: _tr("Scenario"), _scenario_name, numeric=False),
    ]


def _scenario_name(row: pd.Series) -> str:
    """The scenario a department was compared under; municipalities and totals have none."""
    value = row.get("scenario_name")
    return value if isinstance(value, str) else ""


def comparison_rows(frame: pd.DataFrame, label_column: str) -> list[pd.Series]:
    """The rows of a comparison frame, each with its name under ``label``."""
    rows = []
    for _, row in frame.iterrows():
        item = row.copy()
        item["label"] = row.get(label_column, "")
        rows.append(item)
    return rows
