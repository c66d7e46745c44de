"""Small widgets of the *Analyse* tab: key-figure cards, a chart picture that scales with its
space, a busy indicator, and a read-only table view.

They show what they are given; the tab (:mod:`oppgave.ui.analysis.analysis_tab`) decides what.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.ui.analysis.analysis_charts import ChartImage


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisViews", text)


class EmphasisedLabel(QLabel):
    """A bold label ``factor`` times the application's font, also after the font changes
    (workshop mode, zoom): the app's style sheet cannot scale a font relative to another."""

    def __init__(self, text: str = "", factor: float = 1.6, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.factor = factor
        self._apply()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.fontChanged.connect(self._apply)

    def _apply(self, *_font: object) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self.factor)
        font.setBold(True)
        self.setFont(font)


class KeyFigureCard(QFrame):
    """One key figure: a caption, the value in large type, and a line under it (today's value
    and the change, or an explanation)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("keyFigureCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.value = EmphasisedLabel("–", 1.6)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        for label in (self.caption, self.value, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def show_figure(self, value: str, detail: str = "", tooltip: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setToolTip(tooltip)


class ChartPicture(QLabel):
    """A chart drawn off the UI thread (RGBA pixels), scaled to the space it has, keeping its
    proportions. :meth:`wanted_size` tells the job how large to draw next time; after a resize
    that leaves the picture much smaller or larger than the space, :attr:`resized` asks for a
    new drawing (text drawn for the real size stays readable)."""

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()

    def set_chart(self, chart: ChartImage | None) -> None:
        """Show a drawn chart (None: nothing)."""
        if chart is None:
            self._image = QImage()
        else:
            self._image = QImage(
                chart.rgba,
                chart.width,
                chart.height,
                chart.width * 4,
                QImage.Format.Format_RGBA8888,
            ).copy()  # own the pixels: the bytes object may go
            self._image.setDevicePixelRatio(chart.ratio)
        self._rescale()

    def has_picture(self) -> bool:
        return not self._image.isNull()

    def image(self) -> QImage:
        return self._image

    def wanted_size(self, fallback: QSize) -> tuple[int, int, float]:
        """Width, height (device-independent pixels) and pixel ratio to draw for."""
        size = self.size()
        if size.width() < 330 or size.height() < 210:
            size = fallback
        return size.width(), size.height(), self.devicePixelRatioF()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._rescale()
        if not self._image.isNull() and self.isVisible():
            drawn = self._image.deviceIndependentSize()
            size = self.size()
            if (
                abs(drawn.width() - size.width()) > 0.2 * size.width()
                or abs(drawn.height() - size.height()) > 0.2 * size.height()
            ):
                self.resized.emit()

    def _rescale(self) -> None:
        if self._image.isNull():
            self.clear()
            return
        ratio = self.devicePixelRatioF()
        target = self.size() * ratio
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > target.width() or pixmap.height() > target.height():
            pixmap = pixmap.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)


class BusyIndicator(QWidget):
    """«Beregner …» with a moving bar, shown while the analysis runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(_tr("Beregner …"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setVisible(False)


def figure_table(parent: QWidget | None = None, *, stretch_last: bool = False) -> QTableView:
    """A read-only table view for a :class:`FigureTableModel`; columns as wide as their
    contents (at least 80 px), the last one stretched only when it holds text."""
    view = QTableView(parent)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setMinimumSectionSize(80)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.setWordWrap(False)
    return view
