"""Calendars for looking back: a month and a year, each day tinted by its steps.

A day's tint is the palette's highlight colour, a little stronger with every step
(`tint_strength`), so the grids read in light and dark themes alike. A day with
no step is left plain: no colour, no mark, nothing that reads as a gap to fill.
The grids are drawn with QPainter because hundreds of small widgets would be slow
to build on every switch; they are still fully usable from the keyboard.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from smallsteps.core.week import DayCounts, tint_strength
from smallsteps.core.wording import day_line

_MOVES = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: -7,
    Qt.Key.Key_Down: 7,
}
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)
"""Focus that came from the keyboard shows its ring at once; other focus waits for a key."""


def tint_colour(palette: QPalette, count: int) -> QColor | None:
    """Return the fill for a day with ``count`` steps, or ``None`` for a plain day."""
    strength = tint_strength(count)
    if strength <= 0:
        return None
    colour = QColor(palette.color(QPalette.ColorRole.Highlight))
    colour.setAlphaF(strength)
    return colour


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG) of an opaque colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio between two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(over: QColor, under: QColor) -> QColor:
    """The opaque colour of ``over`` (with its alpha) painted on ``under``."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        over.redF() * alpha + under.redF() * (1 - alpha),
        over.greenF() * alpha + under.greenF() * (1 - alpha),
        over.blueF() * alpha + under.blueF() * (1 - alpha),
    )


def readable_text(palette: QPalette, fill: QColor | None) -> QColor:
    """The palette's text or highlighted-text colour, whichever reads better on ``fill``."""
    text = palette.color(QPalette.ColorRole.WindowText)
    if fill is None:
        return text
    ground = blend(fill, palette.color(QPalette.ColorRole.Window))
    bright = palette.color(QPalette.ColorRole.HighlightedText)
    return bright if contrast(bright, ground) > contrast(text, ground) else text


def grid_column(day: date, first_weekday: int) -> int:
    """Return the column (0-6) of ``day`` in a grid whose weeks start on ``first_weekday``."""
    return (day.weekday() - first_weekday) % 7


class DayGrid(QWidget):
    """The shared part of the month and year calendars: cells, tints, focus and hover.

    Args:
        parent: the parent widget, if any.

    Signals:
        day_focused(object): the keyboard (or a click) moved to this ``date``.
        day_hovered(object): the pointer is over this ``date``, or ``None`` once it leaves.
        day_activated(object): Enter or a double click asks for the week of this ``date``.
    """

    day_focused = Signal(object)
    day_hovered = Signal(object)
    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: DayCounts | None = None
        self._focused: date | None = None
        self._hovered: date | None = None
        self._focus_visible = False
        self._today = date.today()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)

    # -- data ------------------------------------------------------------------------

    @property
    def counts(self) -> DayCounts | None:
        """The month or year shown."""
        return self._counts

    @property
    def focused_day(self) -> date | None:
        """The day the keyboard is on."""
        return self._focused

    def set_counts(self, counts: DayCounts, focus: date | None, today: date) -> None:
        """Show ``counts``; the keyboard starts on ``focus`` (or the first day)."""
        self._counts = counts
        self._today = today
        self._hovered = None
        self._focused = focus if focus in counts else counts.first
        self.update()

    def set_focused_day(self, day: date) -> None:
        """Move the keyboard to ``day`` (kept inside the span) and tell about it."""
        if self._counts is None:
            return
        day = min(max(day, self._counts.first), self._counts.last)
        self._focused = day
        self.update()
        self.day_focused.emit(day)

    def cell_colour(self, day: date) -> QColor | None:
        """The tint of ``day``, or ``None`` if it is plain (no step)."""
        if self._counts is None:
            return None
        return tint_colour(self.palette(), self._counts.count_on(day))

    # -- layout, decided by each calendar --------------------------------------------

    def cell_rect(self, day: date) -> QRectF:
        """The rectangle of ``day`` in widget coordinates."""
        raise NotImplementedError

    def _paint_frame(self, painter: QPainter) -> None:
        """Draw what surrounds the cells (titles, weekday letters)."""
        raise NotImplementedError

    def _cell_text(self, day: date) -> str:
        """The text inside a cell (the day number in a month, nothing in a year)."""
        del day
        return ""

    def day_at(self, pos: QPointF) -> date | None:
        """Return the day whose cell holds ``pos``."""
        if self._counts is None:
            return None
        for day in self._counts.days:
            if self.cell_rect(day).contains(pos):
                return day
        return None

    # -- drawing ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the frame and each day: plain, or tinted by its steps."""
        del event
        if self._counts is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = QColor(text)
        dim.setAlphaF(0.45)
        self._paint_frame(painter)
        font = painter.font()
        bold = QFont(font)
        bold.setBold(True)
        for day, count in zip(self._counts.days, self._counts.counts, strict=True):
            rect = self.cell_rect(day)
            fill = tint_colour(palette, count)
            painter.setPen(Qt.PenStyle.NoPen)
            if fill is not None:
                painter.setBrush(fill)
                radius = min(rect.width(), rect.height()) * 0.22
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
            label = self._cell_text(day)
            if label:
                painter.setPen(dim if day > self._today else readable_text(palette, fill))
                painter.setFont(bold if day == self._today else font)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(font)
        if self._focused is not None and self.hasFocus() and self._focus_visible:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = self.cell_rect(self._focused).adjusted(0.5, 0.5, -0.5, -0.5)
            radius = min(rect.width(), rect.height()) * 0.22
            painter.drawRoundedRect(rect, radius, radius)
        painter.end()

    # -- keyboard and pointer --------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Arrows move the day, Enter opens its week; other keys go to the window."""
        self._focus_visible = True
        self.update()
        key = event.key()
        if self._counts is None or self._focused is None:
            event.ignore()
        elif key in _MOVES:
            self.set_focused_day(self._focused + timedelta(days=_MOVES[Qt.Key(key)]))
        elif key in _OPEN_KEYS:
            self.day_activated.emit(self._focused)
        else:
            event.ignore()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Show the focus ring (at once when the focus came from the keyboard)."""
        super().focusInEvent(event)
        self._focus_visible = event.reason() in _KEYBOARD_REASONS
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        """Hide the focus ring."""
        super().focusOutEvent(event)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """Tell which day is under the pointer."""
        day = self.day_at(event.position())
        if day != self._hovered:
            self._hovered = day
            self.day_hovered.emit(day)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A click focuses a day."""
        day = self.day_at(event.position())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_focused_day(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        """A double click opens the week of that day."""
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """The pointer left the calendar."""
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self.day_hovered.emit(None)

    def event(self, event: QEvent) -> bool:
        """Show a day's count as a tooltip."""
        if event.type() == QEvent.Type.ToolTip and self._counts is not None:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
            else:
                when = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
                QToolTip.showText(
                    event.globalPos(), f"{when}: {day_line(self._counts.count_on(day))}", self
                )
            return True
        return super().event(event)


class MonthGrid(DayGrid):
    """One month as a calendar: weekday names on top, one row per week."""

    HEADER = 26.0
    LARGEST_CELL = 64.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setMaximumHeight(round(self.HEADER + 6 * self.LARGEST_CELL) + 2)

    def _rows(self) -> int:
        assert self._counts is not None
        lead = grid_column(self._counts.first, self._counts.first_weekday)
        return (lead + len(self._counts.days) + 6) // 7

    def _cell_size(self) -> float:
        rows = self._rows()
        fits = min(self.width() / 7, (self.height() - self.HEADER) / rows)
        return max(8.0, min(fits, self.LARGEST_CELL))

    def _origin_x(self) -> float:
        return (self.width() - 7 * self._cell_size()) / 2

    def cell_rect(self, day: date) -> QRectF:
        """The square of ``day``: its weekday's column, its week's row."""
        assert self._counts is not None
        size = self._cell_size()
        lead = grid_column(self._counts.first, self._counts.first_weekday)
        index = lead + (day - self._counts.first).days
        row, column = divmod(index, 7)
        gap = size * 0.06
        return QRectF(
            self._origin_x() + column * size + gap,
            self.HEADER + row * size + gap,
            size - 2 * gap,
            size - 2 * gap,
        )

    def _cell_text(self, day: date) -> str:
        return str(day.day)

    def _paint_frame(self, painter: QPainter) -> None:
        assert self._counts is not None
        locale = QLocale()
        size = self._cell_size()
        dim = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        dim.setAlphaF(0.7)
        painter.setPen(dim)
        for column in range(7):
            weekday = (self._counts.first_weekday + column) % 7
            name = locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)
            rect = QRectF(self._origin_x() + column * size, 0, size, self.HEADER)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)


class YearGrid(DayGrid):
    """One year as twelve small months, four across and three down."""

    COLUMNS = 4
    TITLE = 20.0
    LETTERS = 14.0
    ROWS_PER_MONTH = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGrid")
        self.setMinimumSize(560, 380)

    def _cell_size(self) -> float:
        block_w = self.width() / self.COLUMNS
        block_h = self.height() / (12 // self.COLUMNS)
        by_width = (block_w - 12) / 7
        by_height = (block_h - self.TITLE - self.LETTERS - 8) / self.ROWS_PER_MONTH
        return max(5.0, min(by_width, by_height))

    def _month_origin(self, month: int) -> QPointF:
        size = self._cell_size()
        block_w = 7 * size + 12
        block_h = self.TITLE + self.LETTERS + self.ROWS_PER_MONTH * size + 8
        left = (self.width() - self.COLUMNS * block_w) / 2
        row, column = divmod(month - 1, self.COLUMNS)
        return QPointF(left + column * block_w + 6, row * block_h)

    def cell_rect(self, day: date) -> QRectF:
        """The small square of ``day`` inside its month."""
        assert self._counts is not None
        size = self._cell_size()
        origin = self._month_origin(day.month)
        first = day.replace(day=1)
        index = grid_column(first, self._counts.first_weekday) + day.day - 1
        row, column = divmod(index, 7)
        gap = max(0.5, size * 0.08)
        return QRectF(
            origin.x() + column * size + gap,
            origin.y() + self.TITLE + self.LETTERS + row * size + gap,
            size - 2 * gap,
            size - 2 * gap,
        )

    def _paint_frame(self, painter: QPainter) -> None:
        assert self._counts is not None
        locale = QLocale()
        size = self._cell_size()
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = QColor(text)
        dim.setAlphaF(0.6)
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        normal = painter.font()
        for month in range(1, 13):
            origin = self._month_origin(month)
            title = QRectF(origin.x(), origin.y(), 7 * size, self.TITLE)
            painter.setPen(text)
            painter.setFont(normal)
            painter.drawText(
                title,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat),
            )
            painter.setPen(dim)
            painter.setFont(small)
            for column in range(7):
                weekday = (self._counts.first_weekday + column) % 7
                letter = locale.standaloneDayName(weekday + 1, QLocale.FormatType.NarrowFormat)
                rect = QRectF(
                    origin.x() + column * size, origin.y() + self.TITLE, size, self.LETTERS
                )
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
        painter.setFont(normal)


class TintLegend(QWidget):
    """A key to the tints: how a day looks with 1, 2, 3, 5 and 8 steps.

    Args:
        parent: the parent widget, if any.
    """

    SAMPLES = (1, 2, 3, 5, 8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tintLegend")
        self.setMinimumHeight(24)
        self.setAccessibleName("Key to the colours")
        self.setAccessibleDescription(
            "A day is tinted more deeply the more steps it holds; a day with none stays plain"
        )

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw "Steps in a day" and one tinted square per sample count."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        size = 16.0
        top = (self.height() - size) / 2
        caption = "Steps in a day:"
        painter.setPen(text)
        x = 0.0
        painter.drawText(
            QRectF(x, 0, metrics.horizontalAdvance(caption) + 4, self.height()),
            Qt.AlignmentFlag.AlignVCenter,
            caption,
        )
        x += metrics.horizontalAdvance(caption) + 12
        for count in self.SAMPLES:
            fill = tint_colour(palette, count)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x, top, size, size), 4, 4)
            x += size + 4
            label = f"{count}+" if count == self.SAMPLES[-1] else str(count)
            painter.setPen(text)
            width = metrics.horizontalAdvance(label) + 2
            painter.drawText(
                QRectF(x, 0, width, self.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += width + 12
        painter.end()
