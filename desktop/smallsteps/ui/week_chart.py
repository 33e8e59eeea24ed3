"""The week's chart: steps per day stacked by kind, and a soft line for how it felt.

It lives apart from the window so that everything about drawing the week (calm
colours, colours from the widget palette so light and dark themes both read well,
the focused day, the day under the pointer) is in one place. Days without a step
are simply empty columns: no mark, no colour, nothing to make up for.

The kinds' colours are data colours, the same in every theme, except that each is
made a little darker on a light window (or lighter on a dark one) when it would
otherwise stand out from the background by less than 3:1. Text, lines and the
chart's fonts follow the widget's palette and font, and change when they change.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QMargins,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from smallsteps.core.models import FEELING_TEXTS
from smallsteps.core.week import WeekSummary
from smallsteps.ui.texts import feeling_word
from smallsteps.ui.theme import contrast_ratio as contrast

KIND_COLOURS = (
    "#4E79A7",
    "#59A14F",
    "#9C755F",
    "#B07AA1",
    "#76B7B2",
    "#EDC948",
    "#F28E2B",
    "#8CA252",
    "#6B8FB8",
    "#E39BB2",
    "#BAB0AC",
)
"""Calm, colour-blind-safe colours, one per kind, in catalog order. No red.

Drawn as they are where they stand out from the window by 3:1 or more; see
`series_colour` for the others.
"""

SERIES_CONTRAST = 3.0
"""The least contrast a bar keeps against the window (WCAG, graphical objects)."""

NO_DAY = -1
"""``day_hovered`` sends this when the pointer leaves the days."""

_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
"""Focus that came from the keyboard shows its ring at once; other focus waits for a key."""


def kind_colours(kinds: Sequence[str], kind_order: Sequence[str]) -> dict[str, str]:
    """Return one colour per kind: catalog kinds keep theirs, others take unused ones."""
    colours = {
        k: KIND_COLOURS[list(kind_order).index(k) % len(KIND_COLOURS)]
        for k in kinds
        if k in kind_order
    }
    spare = [c for c in KIND_COLOURS if c not in colours.values()] or list(KIND_COLOURS)
    for offset, kind in enumerate(k for k in kinds if k not in colours):
        colours[kind] = spare[offset % len(spare)]
    return colours


def series_colour(colour: QColor | str, ground: QColor) -> QColor:
    """Return ``colour``, or the nearest shade of it that stands out from ``ground`` by 3:1.

    The hue and saturation stay; only the lightness moves, away from the ground
    (darker on a light window, lighter on a dark one), just as far as needed.
    """
    base = QColor(colour)
    if contrast(base, ground) >= SERIES_CONTRAST:
        return base
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    towards = 0.0 if contrast(black, ground) >= contrast(white, ground) else 1.0
    hue, saturation, lightness = base.hslHueF(), base.hslSaturationF(), base.lightnessF()
    shade = base
    for step in range(1, 101):
        level = lightness + (towards - lightness) * step / 100
        shade = QColor.fromHslF(max(hue, 0.0), saturation, level, base.alphaF())
        if contrast(shade, ground) >= SERIES_CONTRAST:
            break
    return shade


def _nice_top(top: int) -> tuple[int, int]:
    """Return an axis top (with a little room above the tallest bar) and a tick count.

    The ticks always fall on whole numbers of steps.
    """
    top = max(top + 1, 4)
    if top <= 8:
        return top, top + 1
    step = math.ceil(top / 4)
    return step * 4, 5


class WeekChartView(QChartView):
    """Draws one week; the keyboard and the pointer pick a day to tell about.

    Args:
        kind_order: every kind id in catalog order (decides each kind's colour).
        label_for: the label shown for a kind id.
        parent: the parent widget, if any.

    Signals:
        day_focused(int): the keyboard moved the focused day to this index (0-6).
        day_hovered(int): the pointer is over this day, or ``NO_DAY`` once it leaves.
        edge_reached(int): Left on the first day (-1) or Right on the last day (+1).
    """

    day_focused = Signal(int)
    day_hovered = Signal(int)
    edge_reached = Signal(int)

    def __init__(
        self,
        kind_order: Sequence[str],
        label_for: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        chart.legend().setShowToolTips(True)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
        chart.setPlotAreaBackgroundVisible(False)
        chart.setMargins(QMargins(4, 4, 4, 4))
        super().__init__(chart, parent)
        self._kind_order = tuple(kind_order)
        self._label_for = label_for
        self._focused = 0
        self._hovered = NO_DAY
        self._focus_visible = False
        self._summary: WeekSummary | None = None
        self._base_colours: list[QColor] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._build()
        self._retranslate()
        self._apply_fonts()
        self._apply_palette()
        self._fit_labels()

    # -- what is shown ---------------------------------------------------------------

    @property
    def focused_day(self) -> int:
        """The index (0-6) of the day the keyboard is on."""
        return self._focused

    @property
    def hovered_day(self) -> int:
        """The index of the day under the pointer, or ``NO_DAY``."""
        return self._hovered

    def set_kinds(self, kind_order: Sequence[str], label_for: Callable[[str], str]) -> None:
        """Use another catalog (renamed or reordered steps) from the next week drawn."""
        self._kind_order = tuple(kind_order)
        self._label_for = label_for
        self._fit_labels()

    def set_focused_day(self, index: int) -> None:
        """Put the keyboard's day on ``index`` (clamped to the week) and tell about it."""
        index = min(max(index, 0), 6)
        changed = index != self._focused
        self._focused = index
        self.viewport().update()
        if changed:
            self.day_focused.emit(index)

    def bar_series(self) -> QStackedBarSeries:
        """The stacked bars, one set per kind."""
        return self._bars

    def feeling_series(self) -> QLineSeries | None:
        """The line of average feelings, if any feeling was recorded this week."""
        return self._line if self._line.isVisible() else None

    def visible_axes(self) -> list[QAbstractAxis]:
        """The axes drawn now (the feelings axis only in weeks with feelings)."""
        return [axis for axis in self.chart().axes() if axis.isVisible()]

    def _build(self) -> None:
        """Make the series and axes once; each week only refills them.

        Taking series or axes out of a QChart and putting new ones in leaves their
        graphics items behind in the scene, so a window that rebuilt them on every
        switch would grow slower with each week looked at.
        """
        chart = self.chart()
        self._bars = QStackedBarSeries()
        self._bars.setBarWidth(0.62)
        self._axis_x = QBarCategoryAxis()
        self._axis_y = QValueAxis()
        self._axis_y.setLabelFormat("%d")
        self._line = QLineSeries()
        self._line.setPointsVisible(True)
        self._axis_feeling = QCategoryAxis()
        self._axis_feeling.setStartValue(0.5)
        self._axis_feeling.setRange(0.5, 5.5)
        self._axis_feeling.setLabelsPosition(
            QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
        )
        self._axis_feeling.setGridLineVisible(False)
        chart.addSeries(self._bars)
        chart.addSeries(self._line)
        chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self._axis_feeling, Qt.AlignmentFlag.AlignRight)
        self._bars.attachAxis(self._axis_x)
        self._bars.attachAxis(self._axis_y)
        self._line.attachAxis(self._axis_x)
        self._line.attachAxis(self._axis_feeling)

    def show_week(self, summary: WeekSummary, locale: QLocale) -> None:
        """Draw ``summary``: bars by kind, and feelings where there were any."""
        self._summary = summary
        chart = self.chart()
        self._bars.clear()
        ordered = sorted(
            summary.kinds,
            key=lambda k: (
                self._kind_order.index(k) if k in self._kind_order else len(self._kind_order)
            ),
        )
        colours = kind_colours(ordered, self._kind_order)
        self._base_colours = [QColor(colours[kind]) for kind in ordered]
        for kind in ordered:
            bar = QBarSet(self._label_for(kind))
            bar.append([float(summary.count(day, kind)) for day in range(7)])
            self._bars.append(bar)
        self._axis_x.setCategories(
            [locale.toString(QDate(d.year, d.month, d.day), "ddd d") for d in summary.days]
        )
        top, ticks = _nice_top(max(summary.day_total(i) for i in range(7)))
        self._axis_y.setRange(0, top)
        self._axis_y.setTickCount(ticks)
        feelings = [QPointF(i, f) for i in range(7) if (f := summary.feeling(i)) is not None]
        self._line.replace(feelings)
        self._line.setVisible(bool(feelings))
        self._axis_feeling.setVisible(bool(feelings))
        for marker in chart.legend().markers(self._line):
            marker.setVisible(False)  # the feelings axis says what the line is
        chart.legend().setVisible(bool(ordered))
        self._apply_palette()
        self._fit_labels()
        self.viewport().update()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Wide enough for every day's name, the feelings and the legend beside them.

        Measured in the widget's font, so a larger font asks for a wider chart
        instead of cutting the labels short.
        """
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        names = [self._label_for(k) for k in self._kind_order]
        names += [bar.label() for bar in self._bars.barSets()]
        legend = max((metrics.horizontalAdvance(n) for n in names), default=0.0) + line + 20
        locale = QLocale()
        widest_day = max(
            metrics.horizontalAdvance(locale.toString(QDate(2026, 3, 2 + d), "ddd 28"))
            for d in range(7)
        )
        days = 7 * (widest_day + 10)
        values = metrics.horizontalAdvance(locale.toString(100)) + line
        words = self._axis_feeling.categoriesLabels()
        feelings = max((metrics.horizontalAdvance(w) for w in words), default=0.0) + 2 * line
        # QtCharts gives the legend at most 40 % of the width, and each of the two
        # side axes at most a fifth of what the legend leaves; beyond that it elides.
        beside_legend = max(days + values + feelings, 5 * feelings, 5 * values)
        width = max(legend + beside_legend, 2.5 * legend) + 16
        return QSize(round(width), max(300, round(14 * line)))

    def _fit_labels(self) -> None:
        """Ask for at least `minimumSizeHint` (QChartView keeps its own minimum otherwise)."""
        self.setMinimumSize(self.minimumSizeHint())

    # -- words, fonts and colours from the widget ---------------------------------------

    def _retranslate(self) -> None:
        """Name the feelings line and its axis in the app's language."""
        name = self.tr("How it felt")
        self._line.setName(name)
        self._axis_feeling.setTitleText(name)
        for label in list(self._axis_feeling.categoriesLabels()):
            self._axis_feeling.remove(label)
        for value in sorted(FEELING_TEXTS):
            self._axis_feeling.append(feeling_word(value), value)

    def _apply_fonts(self) -> None:
        """Draw every text of the chart in the widget's font, so it grows with the system's."""
        font = self.font()
        chart = self.chart()
        chart.setTitleFont(font)
        chart.legend().setFont(font)
        for axis in chart.axes():
            axis.setLabelsFont(font)
            axis.setTitleFont(font)

    def _apply_palette(self) -> None:
        """Take every text and line colour from the widget palette (light or dark).

        The kinds keep their colours, each shaded just enough to stand out from
        the window (`series_colour`).
        """
        palette = self.palette()
        ground = palette.color(QPalette.ColorRole.Window)
        for bar, base in zip(self._bars.barSets(), self._base_colours, strict=True):
            colour = series_colour(base, ground)
            bar.setColor(colour)
            bar.setBorderColor(colour)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlphaF(0.14)
        axis_line = QColor(text)
        axis_line.setAlphaF(0.35)
        chart = self.chart()
        window = QBrush(palette.color(QPalette.ColorRole.Window))
        chart.setBackgroundBrush(window)
        self.setBackgroundBrush(window)
        chart.setTitleBrush(QBrush(text))
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            self._style_axis(axis, text, grid, axis_line)
        soft = QColor(text)
        soft.setAlphaF(0.7)
        pen = QPen(soft, 2.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self._line.setPen(pen)
        self._line.setColor(soft)
        self._line.setMarkerSize(8.0)

    @staticmethod
    def _style_axis(axis: QAbstractAxis, text: QColor, grid: QColor, line: QColor) -> None:
        axis.setLabelsBrush(QBrush(text))
        axis.setLabelsColor(text)
        axis.setTitleBrush(QBrush(text))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(line)
        axis.setShadesVisible(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Follow the palette (light or dark theme), the font and the language."""
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.PaletteChange:
            self._apply_palette()
        elif kind == QEvent.Type.FontChange:
            self._apply_fonts()
            self._fit_labels()
        elif kind == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fit_labels()

    # -- the focused day, and the day under the pointer ------------------------------

    def day_rect(self, index: int) -> QRectF:
        """The column of day ``index`` in the view's scene (for drawing and hit tests)."""
        chart = self.chart()
        plot = chart.mapRectToScene(chart.plotArea())
        width = plot.width() / 7
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def day_at(self, scene_pos: QPointF) -> int:
        """Return the day index whose column holds ``scene_pos``, or ``NO_DAY``."""
        chart = self.chart()
        plot = chart.mapRectToScene(chart.plotArea())
        if not plot.contains(scene_pos) or plot.width() <= 0:
            return NO_DAY
        return min(6, int((scene_pos.x() - plot.left()) / (plot.width() / 7)))

    @property
    def focus_ring_visible(self) -> bool:
        """Whether the focused day is outlined now (the chart has keyboard focus)."""
        return self.hasFocus() and self._focus_visible

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt API
        """Draw a soft band on the focused day, outlined while the keyboard is on the chart.

        The outline is the palette's highlight colour, two pixels wide, with a thin
        line of the window colour inside it, so it shows on any bar colour.
        """
        super().drawForeground(painter, rect)
        if self._summary is None:
            return
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        band = self.day_rect(self._focused).adjusted(2, -2, -2, 2)
        fill = QColor(highlight)
        fill.setAlphaF(0.07)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(band, 6, 6)
        if self.focus_ring_visible:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 2))
            painter.drawRoundedRect(band, 6, 6)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
            painter.drawRoundedRect(band.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5)
        painter.restore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Left/Right move the focused day; every other key goes to the window."""
        self._focus_visible = True
        self.viewport().update()
        key = event.key()
        if key == Qt.Key.Key_Left:
            if self._focused == 0:
                self.edge_reached.emit(-1)
            else:
                self.set_focused_day(self._focused - 1)
        elif key == Qt.Key.Key_Right:
            if self._focused == 6:
                self.edge_reached.emit(1)
            else:
                self.set_focused_day(self._focused + 1)
        else:
            event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Show the focus outline (at once when the focus came from the keyboard)."""
        super().focusInEvent(event)
        self._focus_visible = event.reason() in _KEYBOARD_REASONS
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Hide the focus outline."""
        super().focusOutEvent(event)
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Tell which day is under the pointer."""
        super().mouseMoveEvent(event)
        day = self.day_at(self.mapToScene(event.position().toPoint()))
        if day != self._hovered:
            self._hovered = day
            self.day_hovered.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A click on a day focuses it."""
        super().mousePressEvent(event)
        day = self.day_at(self.mapToScene(event.position().toPoint()))
        if day != NO_DAY:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_focused_day(day)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """The pointer left: back to the focused day."""
        super().leaveEvent(event)
        if self._hovered != NO_DAY:
            self._hovered = NO_DAY
            self.day_hovered.emit(NO_DAY)
