"""The week window: what the person did, made visible, kindly.

A week as bars per day stacked by kind of step, with a soft line for how it felt
and the week's notes ("small victories") underneath; a month and a year as
calendars whose days are tinted by their steps; the all-time count, which only
grows. There are no streaks, no empty-day marks, no red: days without a step are
simply plain, and a week with fewer steps than the last gets no comment at all.

The window never reads the journal. It shows the summaries it is given and asks
for others with ``week_requested``/``month_requested``/``year_requested``; the
files it saves are chosen here and announced with ``export_requested``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, IntEnum
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.models import FEELING_WORDS
from smallsteps.core.resources import icon_path
from smallsteps.core.week import (
    DayCounts,
    MonthSummary,
    WeekSummary,
    YearSummary,
    shift_month,
    shift_year,
)
from smallsteps.core.wording import (
    day_line,
    growth_word,
    month_headline,
    so_far,
    week_headline,
    year_headline,
)
from smallsteps.ui.day_grid import MonthGrid, TintLegend, YearGrid
from smallsteps.ui.icons import icon
from smallsteps.ui.week_chart import KIND_COLOURS, NO_DAY, WeekChartView
from smallsteps.ui.week_export import save_pdf, save_png, summary_html

__all__ = [
    "KIND_COLOURS",
    "NOTE_DAY_ROLE",
    "ExportFormat",
    "ExportRequest",
    "View",
    "WeekWindow",
]

NOTE_DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Day headings in the notes list carry their date in this role (notes carry none)."""

EMPTY_NOTES = "Notes you write with a step will gather here."

GRID_HINT = " Arrow keys move between days; Enter opens that day's week."
"""Said to screen readers after the focused day of a month or year calendar."""


class View(IntEnum):
    """The three ways of looking back, in the order of the tabs."""

    WEEK = 0
    MONTH = 1
    YEAR = 2


class ExportFormat(Enum):
    """What can be saved from the week window."""

    PNG = "png"
    PDF = "pdf"


@dataclass(frozen=True)
class ExportRequest:
    """The person chose a file to save the week to.

    Attributes:
        format: the chart as an image, or the printable summary.
        path: the file chosen in the save dialog.
    """

    format: ExportFormat
    path: Path


_NAMES = {View.WEEK: "week", View.MONTH: "month", View.YEAR: "year"}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class WeekWindow(QWidget):
    """Shows a week, a month or a year of small steps.

    Args:
        kind_order: every kind id in catalog order (decides each kind's colour).
        label_for: the label shown for a kind id.
        today: where "today" comes from (the app's clock; tests pin it).

    Signals:
        week_requested(object): the person wants the week holding this ``date``.
        month_requested(object): the person wants the month holding this ``date``.
        year_requested(object): the person wants the year holding this ``date``.
        export_requested(ExportRequest): the person chose a file to save the week to.
    """

    week_requested = Signal(object)
    month_requested = Signal(object)
    year_requested = Signal(object)
    export_requested = Signal(ExportRequest)

    def __init__(
        self,
        kind_order: Sequence[str],
        label_for: Callable[[str], str],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
        self.setWindowTitle("This week · Small Steps")
        self.setObjectName("weekWindow")
        self._kind_order = tuple(kind_order)
        self._label_for = label_for
        self._today = today
        self._summary: WeekSummary | None = None
        self._month: MonthSummary | None = None
        self._year: YearSummary | None = None
        self._anchor = today()
        self._wanted: date | None = None
        self._focused_once = False

        self.view_tabs = QTabBar()
        self.view_tabs.setObjectName("viewTabs")
        for name in ("Week", "Month", "Year"):
            self.view_tabs.addTab(name)
        self.view_tabs.setDrawBase(False)
        self.view_tabs.setExpanding(False)
        self.view_tabs.setAccessibleName("Look back over")
        self.view_tabs.setAccessibleDescription("A week, a month or a year of small steps")

        self.headline = QLabel()
        self.headline.setObjectName("headline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        self.kind_word = QLabel()
        self.kind_word.setObjectName("kindWord")
        self.kind_word.setWordWrap(True)
        self.so_far_label = QLabel()
        self.so_far_label.setObjectName("soFar")
        self.so_far_label.setAccessibleName("All your small steps")

        self.prev_button = QPushButton()
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.range_label = QLabel()
        self.range_label.setObjectName("range")
        range_font = self.range_label.font()
        range_font.setBold(True)
        self.range_label.setFont(range_font)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("datePicker")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setMaximumDate(_qdate(today()))
        self.date_edit.setAccessibleName("Go to a date")
        self.date_edit.setAccessibleDescription(
            "Shows the week, month or year that holds this date"
        )
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.today_button = QPushButton()
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self._on_next_button_clicked)
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.range_label)
        nav.addStretch(1)
        nav.addWidget(self.date_edit)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_week_page())
        self.stack.addWidget(self._build_month_page())
        self.stack.addWidget(self._build_year_page())

        layout = QVBoxLayout(self)
        layout.addWidget(self.view_tabs)
        layout.addWidget(self.headline)
        layout.addWidget(self.kind_word)
        layout.addWidget(self.so_far_label)
        layout.addLayout(nav)
        layout.addWidget(self.stack, 1)
        self.view_tabs.currentChanged.connect(self._on_view_tabs_current_changed)
        self._update_nav()
        self.resize(860, 760)

    def _build_week_page(self) -> QWidget:
        page = QWidget()
        self.chart_view = WeekChartView(self._kind_order, self._label_for)
        self.chart = self.chart_view.chart()
        self.chart_view.setMinimumHeight(300)
        self.chart_view.setAccessibleName("Steps per day, by kind")
        self.chart_view.day_focused.connect(self._on_chart_view_day_focused)
        self.chart_view.day_hovered.connect(self._on_chart_view_day_hovered)
        self.chart_view.edge_reached.connect(self._on_chart_view_edge_reached)
        self.week_detail = QLabel()
        self.week_detail.setObjectName("weekDetail")
        self.week_detail.setWordWrap(True)
        self.week_detail.setAccessibleName("The chosen day")

        self.notes_title = QLabel("Small victories this week")
        title_font = self.notes_title.font()
        title_font.setBold(True)
        self.notes_title.setFont(title_font)
        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.notes.setAccessibleName("Notes from this week")
        self.notes.setAccessibleDescription("Your notes, under the day you wrote them")
        self.notes.setWordWrap(True)
        self.notes.setMaximumHeight(190)
        self.notes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.save_chart_button = QPushButton("Save the chart as an image…")
        self.save_chart_button.setAccessibleName("Save the chart as an image")
        self.save_chart_button.setAccessibleDescription("Saves this week's chart as a PNG file")
        self.save_chart_button.clicked.connect(self._on_save_chart_button_clicked)
        self.save_pdf_button = QPushButton("Save a summary to print…")
        self.save_pdf_button.setAccessibleName("Save a summary to print")
        self.save_pdf_button.setAccessibleDescription(
            "Saves a short PDF of this week: the steps of each day, how it felt, your notes"
        )
        self.save_pdf_button.clicked.connect(self._on_save_pdf_button_clicked)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        exports = QHBoxLayout()
        exports.addWidget(self.save_chart_button)
        exports.addWidget(self.save_pdf_button)
        exports.addWidget(self.export_status, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.week_detail)
        layout.addSpacing(6)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes)
        layout.addLayout(exports)
        return page

    def _build_month_page(self) -> QWidget:
        page = QWidget()
        self.month_grid = MonthGrid()
        self.month_grid.setAccessibleName("Steps per day this month")
        self.month_detail = QLabel()
        self.month_detail.setObjectName("monthDetail")
        self.month_detail.setAccessibleName("The chosen day")
        self._connect_grid(self.month_grid)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month_grid, 1)
        layout.addWidget(self.month_detail)
        layout.addWidget(TintLegend())
        layout.addStretch(0)
        return page

    def _build_year_page(self) -> QWidget:
        page = QWidget()
        self.year_grid = YearGrid()
        self.year_grid.setAccessibleName("Steps per day this year")
        self.year_detail = QLabel()
        self.year_detail.setObjectName("yearDetail")
        self.year_detail.setAccessibleName("The chosen day")
        self._connect_grid(self.year_grid)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.year_grid, 1)
        layout.addWidget(self.year_detail)
        layout.addWidget(TintLegend())
        return page

    def _connect_grid(self, grid: MonthGrid | YearGrid) -> None:
        grid.setAccessibleDescription(GRID_HINT.strip())
        if isinstance(grid, MonthGrid):
            grid.day_focused.connect(self._on_month_grid_day_focused)
            grid.day_hovered.connect(self._on_month_grid_day_hovered)
            grid.day_activated.connect(self._on_month_grid_day_activated)
        else:
            grid.day_focused.connect(self._on_year_grid_day_focused)
            grid.day_hovered.connect(self._on_year_grid_day_hovered)
            grid.day_activated.connect(self._on_year_grid_day_activated)

    def _grid_focused(self, grid: MonthGrid | YearGrid, detail: QLabel, day: date) -> None:
        self._anchor = day
        text = self._grid_day_text(grid.counts, day)
        detail.setText(text)
        _announce(grid, text + "." + GRID_HINT)

    def _grid_hovered(self, grid: MonthGrid | YearGrid, detail: QLabel, day: date | None) -> None:
        shown = day or grid.focused_day
        if shown is not None:
            detail.setText(self._grid_day_text(grid.counts, shown))

    def _on_month_grid_day_focused(self, day: date) -> None:
        self._grid_focused(self.month_grid, self.month_detail, day)

    def _on_month_grid_day_hovered(self, day: date | None) -> None:
        self._grid_hovered(self.month_grid, self.month_detail, day)

    def _on_month_grid_day_activated(self, day: date) -> None:
        self._open_week_of(day)

    def _on_year_grid_day_focused(self, day: date) -> None:
        self._grid_focused(self.year_grid, self.year_detail, day)

    def _on_year_grid_day_hovered(self, day: date | None) -> None:
        self._grid_hovered(self.year_grid, self.year_detail, day)

    def _on_year_grid_day_activated(self, day: date) -> None:
        self._open_week_of(day)

    # -- what is shown ---------------------------------------------------------------

    @property
    def summary(self) -> WeekSummary | None:
        """The week shown."""
        return self._summary

    @property
    def month_summary(self) -> MonthSummary | None:
        """The month shown in the month view."""
        return self._month

    @property
    def year_summary(self) -> YearSummary | None:
        """The year shown in the year view."""
        return self._year

    @property
    def view(self) -> View:
        """Which view is in front."""
        return View(self.view_tabs.currentIndex())

    def set_view(self, view: View) -> None:
        """Bring a view to the front (asking for its data if it has none for the day)."""
        self.view_tabs.setCurrentIndex(int(view))

    def show_summary(self, summary: WeekSummary) -> None:
        """Draw the given week."""
        self._summary = summary
        locale = QLocale()
        wanted, self._wanted = self._wanted, None
        today = self._today()
        if wanted is not None and summary.days[0] <= wanted <= summary.days[-1]:
            focus = (wanted - summary.start).days
        elif summary.days[0] <= today <= summary.days[-1]:
            focus = (today - summary.start).days
        else:
            focus = self.chart_view.focused_day
        self.chart_view.show_week(summary, locale)
        self.chart_view.set_focused_day(focus)
        self._anchor = summary.days[focus]
        self._fill_notes(summary)
        self.chart_view.setAccessibleDescription(
            " ".join(self._week_day_text(i) + "." for i in range(7))
        )
        self._show_week_day(focus)
        if self.view is View.WEEK:
            self._update_header()

    def show_month(self, summary: MonthSummary) -> None:
        """Draw the given month as a calendar tinted by steps."""
        self._month = summary
        self._show_grid(self.month_grid, summary, self.month_detail)
        name = self._month_name(summary.first)
        self.month_grid.setAccessibleName(f"Steps per day in {name}")
        if self.view is View.MONTH:
            self._update_header()

    def show_year(self, summary: YearSummary) -> None:
        """Draw the given year as twelve small calendars tinted by steps."""
        self._year = summary
        self._show_grid(self.year_grid, summary, self.year_detail)
        self.year_grid.setAccessibleName(f"Steps per day in {summary.year}")
        if self.view is View.YEAR:
            self._update_header()

    def _show_grid(self, grid: MonthGrid | YearGrid, counts: DayCounts, detail: QLabel) -> None:
        wanted, self._wanted = self._wanted, None
        today = self._today()
        focus = next(
            (d for d in (wanted, self._anchor, today) if d is not None and d in counts),
            counts.first,
        )
        grid.set_counts(counts, focus, today)
        self._anchor = focus
        detail.setText(self._grid_day_text(counts, focus))

    def set_kinds(self, kind_order: Sequence[str], label_for: Callable[[str], str]) -> None:
        """Follow a changed catalog (steps renamed, reordered or hidden) and redraw the week.

        Pass every kind id, hidden ones included, so a hidden step keeps its colour
        in the weeks that hold it.
        """
        self._kind_order = tuple(kind_order)
        self._label_for = label_for
        self.chart_view.set_kinds(self._kind_order, label_for)
        if self._summary is not None:
            self._wanted = self._anchor
            self.show_summary(self._summary)

    def go_to(self, day: date) -> None:
        """Ask for the week (month, year) holding ``day``, with the keyboard on that day."""
        self._request(self.view, day)

    def refresh(self) -> None:
        """Ask again for what is in front (after a step was kept or undone)."""
        self._request(self.view, self._anchor)

    # -- words -----------------------------------------------------------------------

    def _month_name(self, day: date) -> str:
        return f"{QLocale().standaloneMonthName(day.month)} {day.year}"

    def _day_name(self, day: date) -> str:
        locale = QLocale()
        weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
        return f"{weekday} {day.day} {locale.monthName(day.month)}"

    @staticmethod
    def _range_text(first: date, last: date, long: bool = False) -> str:
        locale = QLocale()
        kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat

        def month(day: date) -> str:
            return locale.monthName(day.month, kind)

        if first.year != last.year:
            return f"{first.day} {month(first)} {first.year} – {last.day} {month(last)} {last.year}"
        if first.month != last.month:
            return f"{first.day} {month(first)} – {last.day} {month(last)} {last.year}"
        return f"{first.day} – {last.day} {month(last)} {last.year}"

    def _week_day_text(self, index: int) -> str:
        assert self._summary is not None
        summary = self._summary
        day = summary.days[index]
        total = summary.day_total(index)
        text = f"{self._day_name(day)}: {day_line(total)}"
        if total:
            kinds = sorted(summary.counts[index].items(), key=lambda kv: (-kv[1], kv[0]))
            parts = [
                f"{self._label_for(k)} ({n})" if n > 1 else self._label_for(k) for k, n in kinds
            ]
            text += " — " + ", ".join(parts)
        feeling = summary.feeling(index)
        if feeling is not None:
            text += f". Felt: {FEELING_WORDS[min(5, max(1, round(feeling)))].lower()}"
        return text

    def _grid_day_text(self, counts: DayCounts | None, day: date) -> str:
        if counts is None:
            return ""
        return f"{self._day_name(day)} {day.year}: {day_line(counts.count_on(day))}"

    def _update_header(self) -> None:
        view = self.view
        shown: WeekSummary | DayCounts | None
        if view is View.WEEK:
            shown = self._summary
            if shown is not None:
                self.headline.setText(week_headline(shown.total))
                self.kind_word.setText(growth_word(shown.total, shown.previous_total) or "")
                self.range_label.setText(self._range_text(shown.days[0], shown.days[-1]))
        elif view is View.MONTH:
            shown = self._month
            if shown is not None:
                name = self._month_name(shown.first)
                self.headline.setText(month_headline(shown.total, name))
                self.kind_word.setText(
                    growth_word(shown.total, shown.previous_total, "month") or ""
                )
                self.range_label.setText(name)
        else:
            shown = self._year
            if shown is not None:
                self.headline.setText(year_headline(shown.total, shown.first.year))
                self.kind_word.setText(growth_word(shown.total, shown.previous_total, "year") or "")
                self.range_label.setText(str(shown.first.year))
        if shown is not None:
            self.so_far_label.setText(so_far(shown.all_time))
        self.kind_word.setVisible(bool(self.kind_word.text()))
        self._sync_date_edit()
        self._update_nav()

    def _sync_date_edit(self) -> None:
        self.date_edit.blockSignals(True)
        try:
            self.date_edit.setMaximumDate(_qdate(max(self._today(), self._anchor)))
            self.date_edit.setDate(_qdate(self._anchor))
        finally:
            self.date_edit.blockSignals(False)

    def _update_nav(self) -> None:
        view = self.view
        name = _NAMES[view]
        self.prev_button.setText(f"◀ Previous {name}")
        self.prev_button.setAccessibleName(f"Previous {name}")
        self.prev_button.setToolTip(f"Previous {name} (Page Up)")
        self.next_button.setText(f"Next {name} ▶")
        self.next_button.setAccessibleName(f"Next {name}")
        self.next_button.setToolTip(f"Next {name} (Page Down)")
        self.today_button.setText(f"This {name}")
        self.today_button.setAccessibleName(f"This {name}")
        self.today_button.setToolTip(f"This {name} (Home)")
        self.range_label.setAccessibleName(f"The {name} shown")
        self.next_button.setEnabled(self._next_start(view) <= self._today())
        self.save_chart_button.setEnabled(self._summary is not None)
        self.save_pdf_button.setEnabled(self._summary is not None)

    def _next_start(self, view: View) -> date:
        """The first day of the period after the one shown."""
        if view is View.WEEK:
            start = self._summary.start if self._summary else self._anchor
            return start + timedelta(days=7)
        if view is View.MONTH:
            first = self._month.first if self._month else self._anchor.replace(day=1)
            return shift_month(first, 1)
        year = self._year.year if self._year else self._anchor.year
        return date(year + 1, 1, 1)

    def _fill_notes(self, summary: WeekSummary) -> None:
        self.notes.clear()
        groups = summary.notes_by_day()
        if not groups:
            self.notes.addItem(EMPTY_NOTES)
            return
        heading_font = QFont(self.notes.font())
        heading_font.setBold(True)
        for day, notes in groups:
            heading = QListWidgetItem(self._day_name(day))
            heading.setFont(heading_font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(NOTE_DAY_ROLE, day.isoformat())
            self.notes.addItem(heading)
            for note in notes:
                item = QListWidgetItem(
                    f"{note.taken_at:%H:%M} · {self._label_for(note.kind)}: {note.note}"
                )
                if icon_path(note.kind).is_file():
                    item.setIcon(icon(note.kind))
                self.notes.addItem(item)

    def _show_week_day(self, index: int) -> None:
        if self._summary is None:
            return
        text = self._week_day_text(index)
        self.week_detail.setText(text)

    # -- intents ---------------------------------------------------------------------

    def _request(self, view: View, day: date) -> None:
        self._wanted = day
        if view is View.WEEK:
            self.week_requested.emit(day)
        elif view is View.MONTH:
            self.month_requested.emit(day)
        else:
            self.year_requested.emit(day)

    def _step(self, direction: int) -> None:
        """Go to the previous (-1) or next (+1) week, month or year."""
        view = self.view
        if direction > 0 and not self.next_button.isEnabled():
            return
        if view is View.WEEK:
            if self._summary is None:
                return
            self._wanted = self._anchor + timedelta(days=7 * direction)
            self.week_requested.emit(self._summary.start + timedelta(days=7 * direction))
        elif view is View.MONTH:
            self._request(view, shift_month(self._anchor, direction))
        else:
            self._request(view, shift_year(self._anchor, direction))

    def _on_prev_button_clicked(self) -> None:
        self._step(-1)

    def _on_next_button_clicked(self) -> None:
        self._step(1)

    def _on_today_button_clicked(self) -> None:
        self.go_to(self._today())

    def _on_date_edit_date_changed(self, picked: QDate) -> None:
        if picked.isValid():
            self.go_to(date(picked.year(), picked.month(), picked.day()))

    def _on_view_tabs_current_changed(self, index: int) -> None:
        view = View(index)
        anchor = self._anchor  # the page switch moves the keyboard focus; keep the day
        self.stack.setCurrentIndex(index)
        self._anchor = anchor
        shown: WeekSummary | DayCounts | None = (
            self._summary
            if view is View.WEEK
            else self._month
            if view is View.MONTH
            else self._year
        )
        holds_anchor = shown is not None and (shown.days[0] <= self._anchor <= shown.days[-1])
        if holds_anchor:
            if isinstance(shown, DayCounts):
                grid = self.month_grid if view is View.MONTH else self.year_grid
                grid.set_focused_day(self._anchor)
            elif self._summary is not None:
                self.chart_view.set_focused_day((self._anchor - self._summary.start).days)
        self._update_header()
        if not holds_anchor:
            self._request(view, self._anchor)

    def _on_chart_view_day_focused(self, index: int) -> None:
        if self._summary is None:
            return
        self._anchor = self._summary.days[index]
        self._show_week_day(index)
        self._sync_date_edit()
        _announce(self.chart_view, self.week_detail.text())

    def _on_chart_view_day_hovered(self, index: int) -> None:
        self._show_week_day(self.chart_view.focused_day if index == NO_DAY else index)

    def _on_chart_view_edge_reached(self, direction: int) -> None:
        if self._summary is None:
            return
        if direction < 0:
            self._request(View.WEEK, self._summary.start - timedelta(days=1))
        elif self.next_button.isEnabled():
            self._request(View.WEEK, self._summary.start + timedelta(days=7))

    def _open_week_of(self, day: date) -> None:
        """Bring the week view to the front on the week holding ``day``."""
        self._anchor = day
        self._wanted = day
        if self.view is View.WEEK:
            self._request(View.WEEK, day)
        else:
            self.set_view(View.WEEK)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Page Up/Down: previous/next week (month, year); Home: this one."""
        key = event.key()
        if key == Qt.Key.Key_PageUp:
            self._step(-1)
        elif key == Qt.Key.Key_PageDown:
            self._step(1)
        elif key == Qt.Key.Key_Home:
            self._on_today_button_clicked()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Put the keyboard on the chart's days when the window first opens."""
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.chart_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- saving ----------------------------------------------------------------------

    def choose_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Ask where to save (a file dialog); ``None`` if the person cancels."""
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        return Path(chosen) if chosen else None

    def _suggested(self, suffix: str) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        start = self._summary.start if self._summary else self._today()
        return Path(folder) / f"small-steps-week-{start.isoformat()}.{suffix}"

    def _on_save_chart_button_clicked(self) -> None:
        path = self.choose_path(
            "Save the chart as an image", self._suggested("png"), "PNG image (*.png)"
        )
        if path is not None:
            self.export_requested.emit(ExportRequest(ExportFormat.PNG, path.with_suffix(".png")))

    def _on_save_pdf_button_clicked(self) -> None:
        path = self.choose_path(
            "Save a summary to print", self._suggested("pdf"), "PDF document (*.pdf)"
        )
        if path is not None:
            self.export_requested.emit(ExportRequest(ExportFormat.PDF, path.with_suffix(".pdf")))

    def export(self, request: ExportRequest) -> bool:
        """Write the chart (PNG) or the printable summary (PDF) to the chosen file.

        The file is readable by the person only. What happened is said under the
        buttons; returns whether the file was written.
        """
        summary = self._summary
        if summary is None:
            return False
        try:
            if request.format is ExportFormat.PNG:
                save_png(self.chart_view.grab(), request.path)
            else:
                range_text = self._range_text(summary.days[0], summary.days[-1], long=True)
                document = summary_html(summary, self._label_for, self._day_name, range_text)
                save_pdf(document, f"Small steps, the week of {range_text}", request.path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.export_status.setText(
                f"That file could not be saved ({reason}). Your journal is unchanged."
            )
            return False
        self.export_status.setText(f"Saved to {request.path}")
        return True


def _announce(widget: QWidget, text: str) -> None:
    """Tell screen readers about the day the keyboard moved to."""
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
