"""Calendars for looking back: a month and a year, each day tinted by its steps.

A day's tint is the palette's highlight colour, a little stronger with every step
(`tint_strength`), so the grids read in light and dark themes alike. A day with
no step is left plain: no colour, no mark, nothing that reads as a gap to fill.
The grids are drawn with QPainter because hundreds of small widgets would be slow
to build on every switch; they are still fully usable from the keyboard, the
focused day has a ring in the palette's highlight colour, and every size that
holds text comes from the font, so larger system fonts never cut a word off.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
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
from smallsteps.ui.texts import wording
from smallsteps.ui.theme import contrast_ratio

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
    return bright if contrast_ratio(bright, ground) > contrast_ratio(text, ground) else text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def draw_focus_ring(painter: QPainter, palette: QPalette, rect: QRectF, radius: float) -> None:
    """Outline ``rect`` in the highlight colour, with a thin window-coloured line inside.

    The inner line keeps the ring visible on a cell tinted with the highlight itself.
    """
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
    painter.drawRoundedRect(rect, radius, radius)
    inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    if inner.width() > 2 and inner.height() > 2:
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
        painter.drawRoundedRect(inner, max(0.0, radius - 1.5), max(0.0, radius - 1.5))
    painter.restore()


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

    @property
    def focus_ring_visible(self) -> bool:
        """Whether the focused day is outlined now (the keyboard is on the calendar)."""
        return self._focused is not None and self.hasFocus() and self._focus_visible

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

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Room for comfortable cells; never less than the text needs."""
        return self.minimumSizeHint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Redraw month and weekday names after the language changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.updateGeometry()
            self.update()

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
        if self.focus_ring_visible:
            assert self._focused is not None
            rect = self.cell_rect(self._focused).adjusted(-0.5, -0.5, 0.5, 0.5)
            radius = min(rect.width(), rect.height()) * 0.22
            draw_focus_ring(painter, palette, rect, radius)
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
                #: A day's tooltip: {day} is a date, {steps} e.g. "3 small steps" or "a quiet day"
                text = self.tr("{day}: {steps}").format(
                    day=QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat),
                    steps=wording().day_line(self._counts.count_on(day)),
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)


class MonthGrid(DayGrid):
    """One month as a calendar: weekday names on top, one row per week.

    The header's height, the largest and the smallest cell all follow the font:
    a cell always holds its day number and its column's weekday name.
    """

    LARGEST_CELL = 64.0
    """The largest cell at the usual font size (it grows with the font)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self._fit_font()

    @property
    def header(self) -> float:
        """The height of the row of weekday names."""
        return QFontMetricsF(self.font()).height() + 10

    def _largest_cell(self) -> float:
        return max(self.LARGEST_CELL, 3.4 * QFontMetricsF(self.font()).height())

    def _smallest_cell(self) -> float:
        metrics = QFontMetricsF(self.font())
        locale = QLocale()
        names = [locale.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        widest = max(metrics.horizontalAdvance(n) for n in [*names, locale.toString(28)])
        bold = QFont(self.font())
        bold.setBold(True)
        number = QFontMetricsF(bold).horizontalAdvance(locale.toString(28))
        return max(widest + 6, number + 10, metrics.height() + 8)

    def _fit_font(self) -> None:
        self.setMaximumHeight(round(self.header + 6 * self._largest_cell()) + 2)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Seven cells across and six down, each big enough for its words."""
        cell = self._smallest_cell()
        return QSize(round(7 * cell) + 2, round(self.header + 6 * cell) + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Grow the largest cell with the font."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_font()

    def _rows(self) -> int:
        assert self._counts is not None
        lead = grid_column(self._counts.first, self._counts.first_weekday)
        return (lead + len(self._counts.days) + 6) // 7

    def _cell_size(self) -> float:
        rows = self._rows()
        fits = min(self.width() / 7, (self.height() - self.header) / rows)
        return max(8.0, min(fits, self._largest_cell()))

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
            self.header + row * size + gap,
            size - 2 * gap,
            size - 2 * gap,
        )

    def _cell_text(self, day: date) -> str:
        return QLocale().toString(day.day)

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
            rect = QRectF(self._origin_x() + column * size, 0, size, self.header)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)


class YearGrid(DayGrid):
    """One year as twelve small months, four across and three down.

    Month names and weekday letters set the least room each month needs, so a
    larger font makes the calendar larger instead of cutting the names off.
    """

    COLUMNS = 4
    ROWS_PER_MONTH = 6
    SMALLEST_SIZE = QSize(560, 380)
    """The least room at the usual font size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yearGrid")

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.75))
        return small

    @property
    def title_height(self) -> float:
        """The height of a month's name."""
        return QFontMetricsF(self.font()).height() + 4

    @property
    def letters_height(self) -> float:
        """The height of the row of weekday letters."""
        return QFontMetricsF(self._small_font()).height() + 2

    def _longest_month_name(self) -> float:
        metrics = QFontMetricsF(self.font())
        locale = QLocale()
        return max(
            metrics.horizontalAdvance(locale.standaloneMonthName(m, QLocale.FormatType.LongFormat))
            for m in range(1, 13)
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """Four months across, three down, each wide enough for its name and letters."""
        locale = QLocale()
        small = QFontMetricsF(self._small_font())
        letters = [
            locale.standaloneDayName(d, QLocale.FormatType.NarrowFormat) for d in range(1, 8)
        ]
        cell = max(
            10.0,
            max(small.horizontalAdvance(x) for x in letters) + 4,
            (self._longest_month_name() + 4) / 7,
        )
        block_w = 7 * cell + 12
        block_h = self.title_height + self.letters_height + self.ROWS_PER_MONTH * cell + 8
        needed = QSize(round(self.COLUMNS * block_w) + 2, round(3 * block_h) + 2)
        return needed.expandedTo(self.SMALLEST_SIZE)

    def _cell_size(self) -> float:
        block_w = self.width() / self.COLUMNS
        block_h = self.height() / (12 // self.COLUMNS)
        by_width = (block_w - 12) / 7
        by_height = (block_h - self.title_height - self.letters_height - 8) / self.ROWS_PER_MONTH
        return max(5.0, min(by_width, by_height))

    def _month_origin(self, month: int) -> QPointF:
        size = self._cell_size()
        block_w = 7 * size + 12
        block_h = self.title_height + self.letters_height + self.ROWS_PER_MONTH * size + 8
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
            origin.y() + self.title_height + self.letters_height + row * size + gap,
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
        small = self._small_font()
        normal = painter.font()
        title_height = self.title_height
        letters_height = self.letters_height
        for month in range(1, 13):
            origin = self._month_origin(month)
            title = QRectF(origin.x(), origin.y(), 7 * size, title_height)
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
                    origin.x() + column * size, origin.y() + title_height, size, letters_height
                )
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
        painter.setFont(normal)


class TintLegend(QWidget):
    """A key to the tints: how a day looks with 1, 2, 3, 5 and 8 steps.

    Its swatches are as tall as a line of text and it asks for the width its
    words take, so it grows with the font instead of cutting words off.

    Args:
        parent: the parent widget, if any.
    """

    SAMPLES = (1, 2, 3, 5, 8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tintLegend")
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Key to the colours"))
        self.setAccessibleDescription(
            self.tr(
                "A day is tinted more deeply the more steps it holds; a day with none stays plain"
            )
        )
        self.updateGeometry()
        self.update()

    def caption(self) -> str:
        """The words before the swatches."""
        return self.tr("Steps in a day:")

    def _labels(self) -> list[str]:
        locale = QLocale()
        return [
            #: Under the last swatch of the key: this many steps or more ({count} is a number)
            self.tr("{count}+").format(count=locale.toString(n))
            if n == self.SAMPLES[-1]
            else locale.toString(n)
            for n in self.SAMPLES
        ]

    def _parts(self) -> list[tuple[QRectF, str, int]]:
        """Where each piece goes: (rectangle, text or ``""`` for a swatch, sample count)."""
        metrics = QFontMetricsF(self.font())
        height = max(float(self.height()), metrics.height() + 8)
        swatch = metrics.height()
        caption = self.caption()
        width = metrics.horizontalAdvance(caption) + 2
        parts = [(QRectF(0, 0, width, height), caption, 0)]
        x = width + 10
        for count, label in zip(self.SAMPLES, self._labels(), strict=True):
            parts.append((QRectF(x, (height - swatch) / 2, swatch, swatch), "", count))
            x += swatch + 4
            width = metrics.horizontalAdvance(label) + 2
            parts.append((QRectF(x, 0, width, height), label, count))
            x += width + 12
        return parts

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """The width of the caption and every swatch with its number, one line high."""
        right = max(rect.right() for rect, _, _ in self._parts())
        return QSize(int(right) + 2, round(QFontMetricsF(self.font()).height()) + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As much as `sizeHint`: the key is short and never cut."""
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Speak the app's language after it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw "Steps in a day" and one tinted square per sample count."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        for rect, label, count in self._parts():
            if label:
                painter.setPen(text)
                painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, label)
            else:
                fill = tint_colour(palette, count)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 4, 4)
        painter.end()
