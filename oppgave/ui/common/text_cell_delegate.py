"""Cell editors that refuse bad input at the cell, with the reason, like a good spreadsheet.

:class:`CellDelegate` commits on Enter, Tab and Shift+Tab by calling the model's ``setData``; when
the model refuses (it returns ``False`` and keeps the reason in ``last_error``), the editor stays
open with the text the user typed and a red note under it says why. Leaving the cell with the
mouse cannot keep the editor open, so the note then points at the cell and the old value stays.
Enter moves to the row below (through :attr:`CellDelegate.advance`), as in Excel.

Subclasses choose the editor widget; :class:`TextCellDelegate` is a line edit with an optional
placeholder, hint and completions.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCompleter,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
ERROR_SHOW_MS = 7000
#: Item data roles of a default value not yet confirmed by the user (see the task table).
UNCONFIRMED_ROLE = int(Qt.ItemDataRole.UserRole) + 40
CONFIRM_ROLE = int(Qt.ItemDataRole.UserRole) + 41


class CellErrorPopup(QLabel):
    """A red note under a cell with the reason an input was refused."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("cellErrorPopup")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(
            "QLabel#cellErrorPopup { background: #b00020; color: white; padding: 6px 10px;"
            " border: 1px solid #7f0016; border-radius: 3px; }"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def show_message(
        self, message: str, anchor: QPoint, width: int, bounds: QRect | None = None
    ) -> None:
        """Show ``message`` with its top left at ``anchor`` (global), moved left and, if need
        be, above the cell so that it stays wholly inside ``bounds`` (the table's visible
        area, global): a cell at the right edge must not get a note cut off by the window."""
        self.setText(message)
        limit = bounds.width() if bounds is not None and bounds.width() > 0 else 10_000
        self.setMaximumWidth(min(max(width, 320), limit))
        self.setMinimumWidth(min(max(width, 240), 480, limit))
        self.adjustSize()
        self.move(self._placed(anchor, bounds))
        self.show()
        self.raise_()
        self._timer.start(ERROR_SHOW_MS)

    def _placed(self, anchor: QPoint, bounds: QRect | None) -> QPoint:
        if bounds is None or not bounds.isValid():
            return anchor
        x = min(anchor.x(), bounds.right() + 1 - self.width())
        x = max(x, bounds.left())
        y = anchor.y()
        if y + self.height() > bounds.bottom() + 1:
            y = max(bounds.top(), anchor.y() - self.height() - self.cell_height)
        return QPoint(x, y)

    #: Height of the cell the note belongs to: how far up to move it to sit above the cell.
    cell_height = 0


_popup: CellErrorPopup | None = None


def error_popup() -> CellErrorPopup:
    """The one refusal note of the app (created on first use)."""
    global _popup
    if _popup is None:
        _popup = CellErrorPopup()
    return _popup


def refusal_of(model: QAbstractItemModel | None) -> str:
    """The reason the model (or the model behind a proxy) gave for its last refused edit."""
    while model is not None:
        message = getattr(model, "last_error", None)
        if message:
            return str(message)
        source = getattr(model, "sourceModel", None)
        model = source() if callable(source) else None
    return ""


class CellDelegate(QStyledItemDelegate):
    """Base of the task table's delegates: commit with a visible refusal, Enter moves down."""

    #: Enter committed a cell: the view should move to the row below.
    advance = Signal(QModelIndex)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._indexes: dict[QWidget, QPersistentModelIndex] = {}
        self._initial: dict[QWidget, Any] = {}
        self._done: set[QWidget] = set()

    # --- what subclasses implement ------------------------------------------------------------

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        raise NotImplementedError

    def editor_value(self, editor: QWidget) -> Any:
        raise NotImplementedError

    def set_editor_value(self, editor: QWidget, value: Any) -> None:
        raise NotImplementedError

    def focus_widgets(self, editor: QWidget) -> list[QWidget]:
        """Widgets inside the editor whose keys and focus the delegate must watch."""
        return [editor]

    # --- Qt delegate interface -----------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802,E501
        editor = self.create_widget(parent, index)
        self._indexes[editor] = QPersistentModelIndex(index)
        for widget in self.focus_widgets(editor):
            if widget is not editor:
                widget.installEventFilter(self)
        editor.destroyed.connect(lambda _=None, e=editor: self._forget(e))
        return editor

    def _forget(self, editor: QWidget) -> None:
        self._indexes.pop(editor, None)
        self._initial.pop(editor, None)
        self._done.discard(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if editor in self._initial:
            return  # keep what the user typed when the model repaints underneath
        value = index.data(Qt.ItemDataRole.EditRole)
        self._initial[editor] = value
        self.set_editor_value(editor, value)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if editor not in self._done:
            self.commit(editor, show_error=False)

    # --- committing ----------------------------------------------------------------------------

    def commit(self, editor: QWidget, *, show_error: bool = True) -> bool:
        """Write the editor's value to the model; ``False`` (and the reason shown) if refused."""
        index = self._indexes.get(editor)
        if index is None or not index.isValid():
            return True
        value = self.editor_value(editor)
        if value == self._initial.get(editor):
            self._done.add(editor)
            # Enter on a default value the app filled in (quick add) confirms it.
            if index.data(UNCONFIRMED_ROLE):
                index.model().setData(QModelIndex(index), True, CONFIRM_ROLE)
            return True
        model = index.model()
        ok = model.setData(index, value, Qt.ItemDataRole.EditRole)
        if ok:
            self._done.add(editor)
            return True
        if show_error:
            self.show_refusal(editor, refusal_of(model))
        return False

    def show_refusal(self, widget: QWidget, message: str) -> None:
        if not message:
            return
        anchor = widget.mapToGlobal(QPoint(0, widget.height() + 2))
        popup = error_popup()
        popup.cell_height = widget.height() + 4
        popup.show_message(message, anchor, widget.width(), self._visible_area(widget))

    def _visible_area(self, widget: QWidget) -> QRect:
        """The table's visible area in global coordinates (else the editor's window)."""
        view = self.parent()
        area = view.viewport() if isinstance(view, QAbstractItemView) else widget.window()
        return QRect(area.mapToGlobal(QPoint(0, 0)), area.size())

    def _refuse_at_cell(self, editor: QWidget) -> None:
        index = self._indexes.get(editor)
        view = self.parent()
        message = refusal_of(index.model() if index is not None else None)
        if isinstance(view, QAbstractItemView) and index is not None and message:
            rect = view.visualRect(QModelIndex(index))
            anchor = view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2))
            popup = error_popup()
            popup.cell_height = rect.height() + 4
            popup.show_message(message, anchor, rect.width(), self._visible_area(editor))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        editor = self._editor_of(watched)
        if editor is None:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                if self.wants_key(editor, event):
                    return False
                if not self.commit(editor):
                    return True
                error_popup().hide()
                index = QModelIndex(self._indexes[editor])
                if key == Qt.Key.Key_Tab:
                    hint = QAbstractItemDelegate.EndEditHint.EditNextItem
                elif key == Qt.Key.Key_Backtab:
                    hint = QAbstractItemDelegate.EndEditHint.EditPreviousItem
                else:
                    hint = QAbstractItemDelegate.EndEditHint.NoHint
                self.closeEditor.emit(editor, hint)
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.advance.emit(index)
                return True
            if key == Qt.Key.Key_Escape:
                error_popup().hide()
                self._done.add(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                return True
        if event.type() == QEvent.Type.FocusOut:
            focus = QApplication.focusWidget()
            if focus is not None and (focus is editor or editor.isAncestorOf(focus)):
                return False
            if self.popup_open(editor) or QApplication.activePopupWidget() is not None:
                return False
            if editor in self._done:
                return False
            if not self.commit(editor, show_error=False):
                self._refuse_at_cell(editor)
            self._done.add(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return False
        return super().eventFilter(watched, event)

    def wants_key(self, editor: QWidget, event: QKeyEvent) -> bool:
        """Whether the editor itself uses this Enter/Tab (e.g. to pick from an open list)."""
        return self.popup_open(editor)

    def popup_open(self, editor: QWidget) -> bool:
        return False

    def _editor_of(self, watched: QObject) -> QWidget | None:
        for editor in self._indexes:
            if watched is editor or (isinstance(watched, QWidget) and editor.isAncestorOf(watched)):
                return editor
        return None


class TextCellDelegate(CellDelegate):
    """A line edit; ``completions`` are offered for the last comma-separated word."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        placeholder: str = "",
        hint: str = "",
        completions: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.placeholder = placeholder
        self.hint = hint
        self.completions = completions or []

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.placeholder)
        if self.hint:
            editor.setToolTip(self.hint)
        if self.completions:
            completer = TokenCompleter(self.completions, editor)
            editor.setCompleter(completer)
        editor.textEdited.connect(lambda _text: error_popup().hide())
        return editor

    def editor_value(self, editor: QWidget) -> Any:
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_editor_value(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText("" if value is None else str(value))
        editor.selectAll()

    def popup_open(self, editor: QWidget) -> bool:
        completer = editor.completer() if isinstance(editor, QLineEdit) else None
        return bool(completer is not None and completer.popup().isVisible())


class TokenCompleter(QCompleter):
    """Completes the word after the last comma (``HFA 70 %, S`` → ``SPL``)."""

    def __init__(self, words: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(words, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: Index) -> str:  # noqa: N802
        completion = str(index.data())
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + completion
