"""The *Tavle* tab: a column per role, a card per task, drag a card to give the task to another
role – the post-it wall of the workshops, with the hours and FTE it costs shown at once.

A card shows the task, its hours per week (and the share, for a task split between roles) and
the competences it requires; a competence the role lacks is marked, and a warning names the
course that would fix it. Dropping a card moves the whole share of that role; with Shift held
the app asks how much of it to move. The same moves are in the card's context menu, for the
keyboard.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import labels, numbers, task_text
from oppgave.domain import records as r
from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.ui.board.board_model import (
    CARD_ROLE,
    BoardColumnModel,
    Card,
    ColumnTotals,
    build_columns,
)
from oppgave.ui.document.department_context import DepartmentContext, TaskUpdate
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import MoveShareCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange

PADDING = 8
COLUMN_CHARS = 30
WARNING_COLOUR = QColor("#b35c00")
MISSING_COLOUR = QColor("#b00020")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardTab", text)


def _inner(width: int) -> int:
    """Width for text inside a card of ``width``: less the margins, padding and colour bar."""
    return max(width - 6 - 2 * PADDING - 4, 40)


def risk_line(task: r.Task) -> str | None:
    """«Risiko høy · beholdes» on a card whose task is not low risk and freely transferable,
    so a leader dragging cards sees where a move needs care; None for the ordinary task."""
    if task.risk_level is RiskLevel.LOW and task.delegation_rule is DelegationRule.TRANSFER:
        return None
    return _tr("Risiko {risk} · {rule}").format(
        risk=labels.label(task.risk_level), rule=labels.label(task.delegation_rule)
    )


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    font: QFont
    colour: QColor
    height: int


class CardDelegate(QStyledItemDelegate):
    """Paints a card: role colour bar, name, hours (and share), competence badges, warnings."""

    def __init__(self, tab: BoardTab, view: QListView) -> None:
        super().__init__(view)
        self.tab = tab
        self.view = view

    def _width(self) -> int:
        return max(self.view.viewport().width() - 2, 120)

    def _lines(
        self, card: Card, width: int, base: QFont
    ) -> tuple[list[_Line], list[tuple[str, bool]]]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 6.0))
        inner = _inner(width)
        lines: list[_Line] = []
        name_metrics = QFontMetrics(bold)
        name_rect = name_metrics.boundingRect(
            QRect(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), card.task.name
        )
        lines.append(
            _Line(card.task.name, bold, self.view.palette().text().color(), name_rect.height())
        )
        # no line break inside "10,5 t/uke" or "40 % av oppgaven"
        info = (
            _tr("{hours} t/uke")
            .format(hours=numbers.format_number(card.hours, 1))
            .replace(" ", "\u00a0")
            .replace("/", "/\u2060")
        )
        if card.split:
            info = (
                _tr("{share} % av oppgaven")
                .format(share=numbers.format_number(card.share))
                .replace(" % ", "\u00a0% ")
                + " · "
                + info
            )
        else:
            info += " · " + task_text.describe_frequency(card.task.frequency)
        metrics = QFontMetrics(small)
        info_rect = metrics.boundingRect(
            QRect(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), info
        )
        lines.append(_Line(info, small, QColor("#444444"), info_rect.height()))
        risk = risk_line(card.task)
        if risk is not None:
            rect = metrics.boundingRect(
                QRect(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), risk
            )
            lines.append(_Line(risk, small, QColor("#444444"), rect.height()))
        for gap in card.gaps:
            if gap.courses:
                text = _tr("⚠ Mangler {code} – kurs: {course}").format(
                    code=gap.competence.code, course=gap.courses[0].name
                )
            else:
                text = _tr("⚠ Mangler {code} – intet kurs for dette nivået").format(
                    code=gap.competence.code
                )
            rect = metrics.boundingRect(
                QRect(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), text
            )
            lines.append(_Line(text, small, WARNING_COLOUR, rect.height()))
        if not card.allowed:
            text = _tr("⛔ Begrensningen tillater ikke denne yrkesgruppen")
            rect = metrics.boundingRect(
                QRect(0, 0, inner, 1000), int(Qt.TextFlag.TextWordWrap), text
            )
            lines.append(_Line(text, small, MISSING_COLOUR, rect.height()))
        return lines, list(card.badges)

    def _badge_rows(
        self, badges: list[tuple[str, bool]], inner: int, font: QFont
    ) -> list[list[tuple[str, bool, int]]]:
        metrics = QFontMetrics(font)
        rows: list[list[tuple[str, bool, int]]] = []
        used = inner + 1
        for code, missing in badges:
            label = code + (" !" if missing else "")
            width = metrics.horizontalAdvance(label) + 10
            if used + width > inner:
                rows.append([])
                used = 0
            rows[-1].append((label, missing, width))
            used += width + 4
        return rows

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | object) -> QSize:  # noqa: N802
        card = index.data(CARD_ROLE)  # type: ignore[union-attr]
        width = self._width()
        if not isinstance(card, Card):
            return QSize(width, 40)
        lines, badges = self._lines(card, width, option.font)
        small = lines[1].font
        badge_rows = self._badge_rows(badges, _inner(width), small)
        height = 2 * PADDING + sum(line.height + 2 for line in lines)
        height += len(badge_rows) * (QFontMetrics(small).height() + 6)
        return QSize(width, height + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | object
    ) -> None:
        card = index.data(CARD_ROLE)  # type: ignore[union-attr]
        if not isinstance(card, Card):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect).adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = self.view.palette()
        background = QColor("#fff8e6") if card.warning else palette.base().color()
        border = (
            palette.highlight().color()
            if selected
            else (WARNING_COLOUR if card.warning else QColor("#9a9a9a"))
        )
        painter.setPen(QPen(border, 3 if selected else 1))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 5, 5)
        role = self.tab.role_map.get(card.role_id) if card.role_id is not None else None
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(role.colour) if role else QColor("#b00020"))
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), 6, rect.height()), 3, 3)
        lines, badges = self._lines(card, option.rect.width(), option.font)
        x = rect.left() + PADDING + 4
        inner = _inner(option.rect.width())
        y = rect.top() + PADDING - 2
        for number, line in enumerate(lines):
            painter.setFont(line.font)
            painter.setPen(line.colour)
            flags = int(Qt.TextFlag.TextWordWrap)
            painter.drawText(QRect(x, y, inner, line.height), flags, line.text)
            y += line.height + 2
            if number == 1 and badges:
                y = self._paint_badges(painter, badges, x, y + 2, inner, lines[1].font)
        painter.restore()

    def _paint_badges(
        self,
        painter: QPainter,
        badges: list[tuple[str, bool]],
        x: int,
        y: int,
        inner: int,
        font: QFont,
    ) -> int:
        metrics = QFontMetrics(font)
        height = metrics.height() + 2
        painter.setFont(font)
        for row in self._badge_rows(badges, inner, font):
            left = x
            for label, missing, width in row:
                badge = QRect(left, y, width, height)
                painter.setPen(QPen(MISSING_COLOUR if missing else QColor("#5a6b7d"), 1))
                painter.setBrush(QColor("#fde7ea") if missing else QColor("#e8eef5"))
                painter.drawRoundedRect(badge, 4, 4)
                painter.setPen(MISSING_COLOUR if missing else QColor("#223344"))
                painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), label)
                left += width + 4
            y += height + 4
        return y


class BoardColumn(QFrame):
    """A role's column: coloured header with live totals over a list of cards."""

    def __init__(self, tab: BoardTab, role: r.Role | None) -> None:
        super().__init__(tab.columns_host)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("boardColumn")
        self.role = role
        self.model = BoardColumnModel(role, self)
        self.model.locked = tab.context.data_locked
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setObjectName("columnTotals")
        colour = role.colour if role is not None else "#b00020"
        strip = QFrame(self)
        strip.setFixedHeight(6)
        strip.setStyleSheet(f"background: {colour}; border: none;")
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(tab, self.view))
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(1)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a scroll bar that comes and goes would change the width the cards were measured for
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(lambda pos: tab.card_menu(self, pos))
        self.model.card_dropped.connect(tab.card_dropped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(strip)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.view, 1)
        self.set_width()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            QTimer.singleShot(0, self._follow_font)

    def _follow_font(self) -> None:
        self.set_width()
        self.view.doItemsLayout()

    def set_width(self) -> None:
        self.setFixedWidth(max(self.fontMetrics().averageCharWidth() * COLUMN_CHARS, 200))

    def set_cards(self, cards: list[Card], totals: ColumnTotals, tab: BoardTab) -> None:
        self.model.set_cards(cards)
        if self.role is None:
            self.title.setText(_tr("Ikke fordelt"))
            self.title.setToolTip(_tr("Oppgaver ingen er satt til å gjøre i dette scenarioet"))
        else:
            title = f"{self.role.code} – {self.role.name}"
            self.title.setToolTip(title)
            self.title.setText(
                self.title.fontMetrics().elidedText(
                    title, Qt.TextElideMode.ElideRight, self.width() - 12
                )
            )
        self.totals.setText(
            _tr("{hours} t/uke · {fte} årsverk\n{n} oppgaver").format(
                hours=numbers.format_number(totals.hours, 1),
                fte=numbers.format_number(totals.fte, 2),
                n=totals.cards,
            )
        )


class BoardTab(DepartmentTab):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role_map: dict[int, r.Role] = {}
        self.totals: dict[int | None, ColumnTotals] = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Vis bare kort som inneholder …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.schedule_refresh)
        self.hide_empty = QCheckBox(self.tr("Skjul yrkesgrupper uten oppgaver"), self)
        self.hide_empty.toggled.connect(self.schedule_refresh)
        help_text = QLabel(
            self.tr(
                "Dra et kort til en annen yrkesgruppe for å flytte oppgaven. Hold Shift når du "
                "slipper for å flytte bare en del. Høyreklikk for flere valg."
            ),
            self,
        )
        help_text.setObjectName("hintLabel")
        help_text.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.hide_empty)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.columns_host = QWidget(self.scroll_area)
        self.columns_layout = QHBoxLayout(self.columns_host)
        self.columns_layout.setContentsMargins(2, 2, 2, 2)
        self.columns_layout.setSpacing(6)
        self.scroll_area.setWidget(self.columns_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(help_text)
        layout.addWidget(self.scroll_area, 1)
        self.columns: dict[int | None, BoardColumn] = {}
        context.tasks_loaded.connect(self.schedule_refresh)
        context.tasks_changed.connect(self._tasks_changed)
        context.data_changed.connect(self._data_changed)
        self._rebuild_columns()
        self.schedule_refresh()

    # --- building ------------------------------------------------------------------------------

    def _rebuild_columns(self) -> None:
        for column in self.columns.values():
            self.columns_layout.removeWidget(column)
            column.deleteLater()
        roles = self.context.document.roles()
        self.role_map = {role.id: role for role in roles}
        self.columns = {None: BoardColumn(self, None)}
        for role in roles:
            self.columns[role.id] = BoardColumn(self, role)
        for column in self.columns.values():
            self.columns_layout.addWidget(column)
        self.columns_layout.addStretch(1)

    def refresh(self) -> None:
        document = self.context.document
        cards, totals = build_columns(
            self.context.task_list(),
            self.context.all_shares(),
            document.roles(),
            document.competence_map(),
            document.courses(),
            document.settings().hours_per_fte,
            self.search.text(),
        )
        self.totals = totals
        for key, column in self.columns.items():
            column.set_cards(cards.get(key, []), totals.get(key, ColumnTotals(0, 0, 0)), self)
            empty = totals.get(key, ColumnTotals(0, 0, 0)).cards == 0
            column.setVisible(not empty if (key is None or self.hide_empty.isChecked()) else True)

    def _tasks_changed(self, _update: TaskUpdate) -> None:
        self.schedule_refresh()

    def _data_changed(self, change: DataChange) -> None:
        if change.touches(ChangeKind.CATALOGUE):
            self._rebuild_columns()
            self.schedule_refresh()
        elif change.touches(ChangeKind.SETTINGS):
            self.schedule_refresh()

    def column(self, role_id: int | None) -> BoardColumn:
        return self.columns[role_id]

    # --- moving cards --------------------------------------------------------------------------

    def card_dropped(
        self, task_id: int, from_role_id: object, share: float, to_role_id: object
    ) -> None:
        """A card was dropped on another column (moved after the drag has finished)."""
        ask = bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        QTimer.singleShot(
            0,
            lambda: self.move_card(
                task_id,
                from_role_id if isinstance(from_role_id, int) else None,
                int(to_role_id),  # type: ignore[call-overload]
                ask_share=ask and share > 0,
                share=share,
            ),
        )

    def move_card(
        self,
        task_id: int,
        from_role_id: int | None,
        to_role_id: int,
        *,
        ask_share: bool = False,
        share: float = 100.0,
    ) -> bool:
        context = self.context
        task = context.task(task_id)
        to_role = self.role_map.get(to_role_id)
        if task is None or to_role is None or context.scenario is None:
            return False
        amount: float | None = None
        if ask_share and from_role_id is not None:
            amount = context.dialogs.get_share(
                self.tr("Flytt en del"),
                self.tr(
                    "Hvor mange prosent av «{task}» skal {role} gjøre (høyst {share} %)?"
                ).format(task=task.name, role=to_role.code, share=numbers.format_number(share)),
                share,
            )
            if amount is None:
                return False
        command = MoveShareCommand(
            context.document, context.scenario, task, from_role_id, to_role, amount
        )
        if not context.run(command, self.tr("Kunne ikke flytte oppgaven")):
            return False
        context.status_message.emit(command.text() + " " + self.tr("(Ctrl+Z angrer)"))
        return True

    def card_menu(self, column: BoardColumn, position: QPoint) -> None:
        index = column.view.indexAt(position)
        card = index.data(CARD_ROLE) if index.isValid() else None
        if not isinstance(card, Card):
            return
        menu = QMenu(self)
        move_all = menu.addMenu(self.tr("Flytt til"))
        move_part = menu.addMenu(self.tr("Flytt en del til"))
        for role in self.role_map.values():
            if role.id == card.role_id:
                continue
            label = f"{role.code} – {role.name}"
            whole = QAction(label, move_all)
            whole.triggered.connect(
                lambda _c=False, rid=role.id: self.move_card(card.task.id, card.role_id, rid)
            )
            move_all.addAction(whole)
            part = QAction(label, move_part)
            part.triggered.connect(
                lambda _c=False, rid=role.id: self.move_card(
                    card.task.id, card.role_id, rid, ask_share=True, share=card.share
                )
            )
            move_part.addAction(part)
        move_part.setEnabled(card.role_id is not None)
        menu.exec(column.view.viewport().mapToGlobal(position))
