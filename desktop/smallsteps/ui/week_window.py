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

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum, IntEnum
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
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

from smallsteps.core.resources import icon_path
from smallsteps.core.week import (
    DayCounts,
    MonthSummary,
    WeekSummary,
    YearSummary,
    shift_month,
    shift_year,
)
from smallsteps.ui.day_grid import MonthGrid, TintLegend, YearGrid
from smallsteps.ui.icons import icon
from smallsteps.ui.texts import feeling_word, wording
from smallsteps.ui.week_chart import KIND_COLOURS, NO_DAY, WeekChartView
from smallsteps.ui.week_export import save_pdf, save_png, summary_html, summary_title

__all__ = [
    "KIND_COLOURS",
    "NOTE_DAY_ROLE",
    "ExportFormat",
    "ExportRequest",
    "View",
    "WeekWindow",
    "date_format",
]

NOTE_DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Day headings in the notes list carry their date in this role (notes carry none)."""


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


@dataclass(frozen=True)
class NavWords:
    """What the buttons that move between weeks (months, years) say.

    Attributes:
        previous: the "previous" button's text.
        previous_name: its name for screen readers.
        previous_tip: its tooltip (with its key).
        previous_about: its description for screen readers.
        next: the "next" button's text.
        next_name: its name for screen readers.
        next_tip: its tooltip (with its key).
        next_about: its description for screen readers.
        this: the "this week" button's text (also its name for screen readers).
        this_tip: its tooltip (with its key).
        this_about: its description for screen readers.
        shown: the name of the dates label, e.g. "The week shown".
    """

    previous: str
    previous_name: str
    previous_tip: str
    previous_about: str
    next: str
    next_name: str
    next_tip: str
    next_about: str
    this: str
    this_tip: str
    this_about: str
    shown: str


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


_FORMAT_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")
_TRAILING_SEPARATORS = " ,;\u060c\u00a0\u202f\u200f"


def date_format(locale: QLocale, *, weekday: bool = True, year: bool = True) -> str:
    """Return the locale's long date format, without the weekday or the year if asked.

    Built from ``locale.dateFormat(LongFormat)`` so the order of day, month and
    year and the words between them stay the locale's: ``"dddd, d MMMM"`` in
    en_GB, ``"dddd, MMMM d"`` in en_US, ``"dddd, d. MMMM"`` in German when
    ``year=False``. A field's separators go with it.
    """
    tokens = [
        m.group(0) for m in _FORMAT_TOKEN.finditer(locale.dateFormat(QLocale.FormatType.LongFormat))
    ]
    drop = {"y"} if not year else set()
    if not weekday:
        drop.add("dddd")
        drop.add("ddd")

    def is_field(token: str) -> bool:
        return token[0].isascii() and token[0].isalpha()

    def dropped(token: str) -> bool:
        return is_field(token) and (token in drop or token[0] in drop)

    while any(dropped(t) for t in tokens):
        index = next(i for i, t in enumerate(tokens) if dropped(t))
        last = index == max(i for i, t in enumerate(tokens) if is_field(t))
        if not last:  # with what stands between it and the next field
            end = index + 1
            while not is_field(tokens[end]):
                end += 1
            del tokens[index:end]
            continue
        # The last field: everything after it, and what stands between it and the
        # field before, except a suffix of that field ("d." in German, "d日" in Japanese).
        start = index
        while start > 0 and not is_field(tokens[start - 1]):
            start -= 1
        between = tokens[start:index]
        suffix = ""
        if between and not between[0].startswith("'"):
            suffix = re.split(f"[{_TRAILING_SEPARATORS}]", between[0], maxsplit=1)[0]
        tokens[start:] = [suffix] if suffix else []
    return "".join(tokens).strip(_TRAILING_SEPARATORS) or "d MMMM"


class WeekWindow(QWidget):
    """Shows a week, a month or a year of small steps.

    Every text is translated (``WeekWindow`` context) and set again when the
    language changes; dates come from the default `QLocale`. Every control has a
    name and a description for screen readers, the keyboard reaches all of them in
    the order they are seen, and sizes that hold text follow the font.

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

    DEFAULT_SIZE = QSize(860, 760)
    """The size the window opens at, unless its texts need more."""

    def __init__(
        self,
        kind_order: Sequence[str],
        label_for: Callable[[str], str],
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__()
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
        for _ in View:
            self.view_tabs.addTab("")
        self.view_tabs.setDrawBase(False)
        self.view_tabs.setExpanding(False)

        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        self.kind_word = QLabel()
        self.kind_word.setObjectName("kindWord")
        self.kind_word.setWordWrap(True)
        self.so_far_label = QLabel()
        self.so_far_label.setObjectName("soFar")
        self.so_far_label.setWordWrap(True)

        self.prev_button = QPushButton()
        self.prev_button.setObjectName("previous")
        self.prev_button.clicked.connect(self._on_prev_button_clicked)
        self.range_label = QLabel()
        self.range_label.setObjectName("range")
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("datePicker")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(_qdate(today()))
        self.date_edit.dateChanged.connect(self._on_date_edit_date_changed)
        self.today_button = QPushButton()
        self.today_button.setObjectName("thisOne")
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
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
        self._set_tab_order()
        self.view_tabs.currentChanged.connect(self._on_view_tabs_current_changed)
        self._apply_fonts()
        self._retranslate()
        self.resize(self.sizeHint().expandedTo(self.DEFAULT_SIZE))

    def _build_week_page(self) -> QWidget:
        page = QWidget()
        self.chart_view = WeekChartView(self._kind_order, self._label_for)
        self.chart_view.setObjectName("chart")
        self.chart = self.chart_view.chart()
        self.chart_view.day_focused.connect(self._on_chart_view_day_focused)
        self.chart_view.day_hovered.connect(self._on_chart_view_day_hovered)
        self.chart_view.edge_reached.connect(self._on_chart_view_edge_reached)
        self.week_detail = QLabel()
        self.week_detail.setObjectName("weekDetail")
        self.week_detail.setWordWrap(True)

        self.notes_title = QLabel()
        self.notes_title.setObjectName("notesTitle")
        self.notes_title.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.notes_title.setBuddy(self.notes)

        self.save_chart_button = QPushButton()
        self.save_chart_button.setObjectName("saveChart")
        self.save_chart_button.clicked.connect(self._on_save_chart_button_clicked)
        self.save_pdf_button = QPushButton()
        self.save_pdf_button.setObjectName("savePdf")
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
        self.month_detail = QLabel()
        self.month_detail.setObjectName("monthDetail")
        self.month_detail.setWordWrap(True)
        self.month_legend = TintLegend()
        self._connect_grid(self.month_grid)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month_grid, 1)
        layout.addWidget(self.month_detail)
        layout.addWidget(self.month_legend)
        layout.addStretch(0)
        return page

    def _build_year_page(self) -> QWidget:
        page = QWidget()
        self.year_grid = YearGrid()
        self.year_detail = QLabel()
        self.year_detail.setObjectName("yearDetail")
        self.year_detail.setWordWrap(True)
        self.year_legend = TintLegend()
        self._connect_grid(self.year_grid)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.year_grid, 1)
        layout.addWidget(self.year_detail)
        layout.addWidget(self.year_legend)
        return page

    def _set_tab_order(self) -> None:
        """Tab goes where the eye does: the views, the dates, then the page in front."""
        chain: list[QWidget] = [
            self.view_tabs,
            self.prev_button,
            self.date_edit,
            self.today_button,
            self.next_button,
            self.chart_view,
            self.notes,
            self.save_chart_button,
            self.save_pdf_button,
            self.month_grid,
            self.year_grid,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect_grid(self, grid: MonthGrid | YearGrid) -> None:
        if isinstance(grid, MonthGrid):
            grid.day_focused.connect(self._on_month_grid_day_focused)
            grid.day_hovered.connect(self._on_month_grid_day_hovered)
            grid.day_activated.connect(self._on_month_grid_day_activated)
        else:
            grid.day_focused.connect(self._on_year_grid_day_focused)
            grid.day_hovered.connect(self._on_year_grid_day_hovered)
            grid.day_activated.connect(self._on_year_grid_day_activated)

    # -- words that stay (set again when the language changes) -----------------------

    def _retranslate(self) -> None:
        """Set every text that does not depend on what is shown, in the app's language."""
        self.setWindowTitle(self.tr("This week · Small Steps"))
        tab_names = {
            #: The tabs: look back over a week, a month or a year
            View.WEEK: self.tr("Week"),
            View.MONTH: self.tr("Month"),
            View.YEAR: self.tr("Year"),
        }
        for view, name in tab_names.items():
            self.view_tabs.setTabText(int(view), name)
            self.view_tabs.setAccessibleTabName(int(view), name)
        self.view_tabs.setAccessibleName(self.tr("Look back over"))
        self.view_tabs.setAccessibleDescription(
            self.tr("A week, a month or a year of small steps; arrow keys switch between them")
        )
        self.so_far_label.setAccessibleName(self.tr("All your small steps"))
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.date_edit.setAccessibleName(self.tr("Go to a date"))
        self.date_edit.setAccessibleDescription(
            self.tr("Shows the week, month or year that holds this date")
        )
        self.chart_view.setAccessibleName(self.tr("Steps per day, by kind"))
        self.week_detail.setAccessibleName(self.tr("The chosen day"))
        self.notes_title.setText(self.tr("Small victories this week"))
        self.notes.setAccessibleName(self.tr("Notes from this week"))
        self.notes.setAccessibleDescription(self.tr("Your notes, under the day you wrote them"))
        self.save_chart_button.setText(self.tr("Save the chart as an image…"))
        self.save_chart_button.setAccessibleName(self.tr("Save the chart as an image"))
        self.save_chart_button.setAccessibleDescription(
            self.tr("Saves this week's chart as a PNG file")
        )
        self.save_pdf_button.setText(self.tr("Save a summary to print…"))
        self.save_pdf_button.setAccessibleName(self.tr("Save a summary to print"))
        self.save_pdf_button.setAccessibleDescription(
            self.tr(
                "Saves a short PDF of this week: the steps of each day, how it felt, your notes"
            )
        )
        self.month_detail.setAccessibleName(self.tr("The chosen day"))
        self.year_detail.setAccessibleName(self.tr("The chosen day"))
        for grid in (self.month_grid, self.year_grid):
            grid.setAccessibleDescription(self._grid_hint())
        self.month_grid.setAccessibleName(self._month_grid_name())
        self.year_grid.setAccessibleName(self._year_grid_name())
        if self._summary is not None:
            self.chart_view.show_week(self._summary, QLocale())  # day names in the new locale
            self._fill_notes(self._summary)
            self._describe_week()
            self._show_week_day(self.chart_view.focused_day)
        else:
            self._fill_notes(None)
        for grid, detail in (
            (self.month_grid, self.month_detail),
            (self.year_grid, self.year_detail),
        ):
            if grid.counts is not None and grid.focused_day is not None:
                detail.setText(self._grid_day_text(grid.counts, grid.focused_day))
        self._update_header()

    def _apply_fonts(self) -> None:
        """Headings a little larger than the window's font, so they grow along with it."""
        base = self.font()
        headline = QFont(base)
        headline.setPointSizeF(base.pointSizeF() * 1.3)
        self.headline.setFont(headline)
        bold = QFont(base)
        bold.setBold(True)
        self.range_label.setFont(bold)
        self.notes_title.setFont(bold)
        self.notes.setMaximumHeight(QFontMetrics(base).lineSpacing() * 11 + 8)
        if self._summary is not None:
            self._fill_notes(self._summary)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Follow the language and the font when they change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_fonts()

    def _grid_hint(self) -> str:
        """Said to screen readers after the focused day of a month or year calendar."""
        return self.tr("Arrow keys move between days; Enter opens that day's week.")

    def _month_grid_name(self) -> str:
        if self._month is None:
            return self.tr("Steps per day this month")
        #: Screen readers: the month calendar; {month} e.g. "March 2026"
        return self.tr("Steps per day in {month}").format(month=self._month_name(self._month.first))

    def _year_grid_name(self) -> str:
        if self._year is None:
            return self.tr("Steps per day this year")
        return self.tr("Steps per day in {year}").format(year=self._year.year)

    def _nav_words(self, view: View) -> NavWords:
        """The words of the moving buttons for ``view`` (whole sentences, one per view)."""
        keys = {
            key: QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home)
        }
        up, down, home = keys[Qt.Key.Key_PageUp], keys[Qt.Key.Key_PageDown], keys[Qt.Key.Key_Home]
        if view is View.MONTH:
            return NavWords(
                previous=self.tr("◀ Previous month"),
                previous_name=self.tr("Previous month"),
                previous_tip=self.tr("Previous month ({key})").format(key=up),
                previous_about=self.tr("Shows the month before the one shown"),
                next=self.tr("Next month ▶"),
                next_name=self.tr("Next month"),
                next_tip=self.tr("Next month ({key})").format(key=down),
                next_about=self.tr("Shows the month after the one shown"),
                this=self.tr("This month"),
                this_tip=self.tr("This month ({key})").format(key=home),
                this_about=self.tr("Shows the month that holds today"),
                shown=self.tr("The month shown"),
            )
        if view is View.YEAR:
            return NavWords(
                previous=self.tr("◀ Previous year"),
                previous_name=self.tr("Previous year"),
                previous_tip=self.tr("Previous year ({key})").format(key=up),
                previous_about=self.tr("Shows the year before the one shown"),
                next=self.tr("Next year ▶"),
                next_name=self.tr("Next year"),
                next_tip=self.tr("Next year ({key})").format(key=down),
                next_about=self.tr("Shows the year after the one shown"),
                this=self.tr("This year"),
                this_tip=self.tr("This year ({key})").format(key=home),
                this_about=self.tr("Shows the year that holds today"),
                shown=self.tr("The year shown"),
            )
        return NavWords(
            #: The arrow points back in time; turn it for right-to-left languages
            previous=self.tr("◀ Previous week"),
            previous_name=self.tr("Previous week"),
            #: Tooltip; {key} is the key's name, e.g. "PgUp"
            previous_tip=self.tr("Previous week ({key})").format(key=up),
            previous_about=self.tr("Shows the week before the one shown"),
            next=self.tr("Next week ▶"),
            next_name=self.tr("Next week"),
            next_tip=self.tr("Next week ({key})").format(key=down),
            next_about=self.tr("Shows the week after the one shown"),
            this=self.tr("This week"),
            this_tip=self.tr("This week ({key})").format(key=home),
            this_about=self.tr("Shows the week that holds today"),
            shown=self.tr("The week shown"),
        )

    # -- the calendars -----------------------------------------------------------------

    def _grid_focused(self, grid: MonthGrid | YearGrid, detail: QLabel, day: date) -> None:
        self._anchor = day
        text = self._grid_day_text(grid.counts, day)
        detail.setText(text)
        #: Screen readers: {day} the day's sentence, {hint} how to move on
        _announce(grid, self.tr("{day}. {hint}").format(day=text, hint=self._grid_hint()))

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
        self._describe_week()
        self._show_week_day(focus)
        if self.view is View.WEEK:
            self._update_header()

    def show_month(self, summary: MonthSummary) -> None:
        """Draw the given month as a calendar tinted by steps."""
        self._month = summary
        self._show_grid(self.month_grid, summary, self.month_detail)
        self.month_grid.setAccessibleName(self._month_grid_name())
        if self.view is View.MONTH:
            self._update_header()

    def show_year(self, summary: YearSummary) -> None:
        """Draw the given year as twelve small calendars tinted by steps."""
        self._year = summary
        self._show_grid(self.year_grid, summary, self.year_detail)
        self.year_grid.setAccessibleName(self._year_grid_name())
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
        """A month and its year, e.g. "March 2026"."""
        return QLocale().toString(_qdate(day), "MMMM yyyy")

    def _day_name(self, day: date) -> str:
        """A day without its year, e.g. "Monday, 2 March", in the locale's order."""
        locale = QLocale()
        return locale.toString(_qdate(day), date_format(locale, year=False))

    def _range_text(self, first: date, last: date, long: bool = False) -> str:
        """The dates of a week, e.g. "2 Mar – 8 Mar 2026" (the year once if it is one)."""
        locale = QLocale()
        with_year = date_format(locale, weekday=False)
        without_year = date_format(locale, weekday=False, year=False)
        if not long:
            with_year = with_year.replace("MMMM", "MMM")
            without_year = without_year.replace("MMMM", "MMM")
        start = locale.toString(
            _qdate(first), without_year if first.year == last.year else with_year
        )
        end = locale.toString(_qdate(last), with_year)
        #: A week's dates: {start} e.g. "2 Mar", {end} e.g. "8 Mar 2026"
        return self.tr("{start} – {end}").format(start=start, end=end)

    def _week_day_text(self, index: int) -> str:
        assert self._summary is not None
        summary = self._summary
        words = wording()
        day = summary.days[index]
        total = summary.day_total(index)
        name, steps = self._day_name(day), words.day_line(total)
        if total:
            kinds = sorted(summary.counts[index].items(), key=lambda kv: (-kv[1], kv[0]))
            parts = [
                #: A kind of step taken more than once on a day, e.g. "Rest (2)"
                self.tr("{kind} ({count})").format(kind=self._label_for(k), count=n)
                if n > 1
                else self._label_for(k)
                for k, n in kinds
            ]
            #: {day} e.g. "Monday, 2 March"; {steps} "3 small steps"; {kinds} e.g. "Rest, Walk"
            text = self.tr("{day}: {steps} — {kinds}").format(
                day=name, steps=steps, kinds=QLocale().createSeparatedList(parts)
            )
        else:
            #: {day} e.g. "Monday, 2 March"; {steps} e.g. "3 small steps" or "a quiet day"
            text = self.tr("{day}: {steps}").format(day=name, steps=steps)
        feeling = summary.feeling(index)
        if feeling is not None:
            #: {day_and_steps} is the sentence before; {feeling} e.g. "Steady"
            text = self.tr("{day_and_steps}. How it felt: {feeling}").format(
                day_and_steps=text, feeling=feeling_word(min(5, max(1, round(feeling))))
            )
        return text

    def _describe_week(self) -> None:
        """Tell screen readers every day of the week, one sentence each."""
        self.chart_view.setAccessibleDescription(
            #: One day's sentence for screen readers, ended with a full stop
            " ".join(self.tr("{day}.").format(day=self._week_day_text(i)) for i in range(7))
        )

    def _grid_day_text(self, counts: DayCounts | None, day: date) -> str:
        if counts is None:
            return ""
        #: {day} e.g. "Monday, 2 March 2026"; {steps} e.g. "3 small steps" or "a quiet day"
        return self.tr("{day}: {steps}").format(
            day=QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat),
            steps=wording().day_line(counts.count_on(day)),
        )

    def _update_header(self) -> None:
        view = self.view
        shown: WeekSummary | DayCounts | None
        words = wording()
        if view is View.WEEK:
            shown = self._summary
            if shown is not None:
                self.headline.setText(words.week_headline(shown.total))
                self.kind_word.setText(words.growth_word(shown.total, shown.previous_total) or "")
                self.range_label.setText(self._range_text(shown.days[0], shown.days[-1]))
        elif view is View.MONTH:
            shown = self._month
            if shown is not None:
                name = self._month_name(shown.first)
                self.headline.setText(words.month_headline(shown.total, name))
                growth = words.growth_word(shown.total, shown.previous_total, "month")
                self.kind_word.setText(growth or "")
                self.range_label.setText(name)
        else:
            shown = self._year
            if shown is not None:
                self.headline.setText(words.year_headline(shown.total, shown.first.year))
                growth = words.growth_word(shown.total, shown.previous_total, "year")
                self.kind_word.setText(growth or "")
                self.range_label.setText(QLocale().toString(_qdate(shown.first), "yyyy"))
        if shown is not None:
            self.so_far_label.setText(words.so_far(shown.all_time))
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
        words = self._nav_words(view)
        self.prev_button.setText(words.previous)
        self.prev_button.setAccessibleName(words.previous_name)
        self.prev_button.setToolTip(words.previous_tip)
        self.prev_button.setAccessibleDescription(words.previous_about)
        self.next_button.setText(words.next)
        self.next_button.setAccessibleName(words.next_name)
        self.next_button.setToolTip(words.next_tip)
        self.next_button.setAccessibleDescription(words.next_about)
        self.today_button.setText(words.this)
        self.today_button.setAccessibleName(words.this)
        self.today_button.setToolTip(words.this_tip)
        self.today_button.setAccessibleDescription(words.this_about)
        self.range_label.setAccessibleName(words.shown)
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

    def _fill_notes(self, summary: WeekSummary | None) -> None:
        self.notes.clear()
        groups = summary.notes_by_day() if summary is not None else ()
        if not groups:
            self.notes.addItem(self.tr("Notes you write with a step will gather here."))
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
                    #: A note: {time} e.g. "08:30", {kind} the step, {note} the person's words
                    self.tr("{time} · {kind}: {note}").format(
                        time=f"{note.taken_at:%H:%M}",
                        kind=self._label_for(note.kind),
                        note=note.note,
                    )
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
            self.tr("Save the chart as an image"),
            self._suggested("png"),
            self.tr("PNG image (*.png)"),
        )
        if path is not None:
            self.export_requested.emit(ExportRequest(ExportFormat.PNG, path.with_suffix(".png")))

    def _on_save_pdf_button_clicked(self) -> None:
        path = self.choose_path(
            self.tr("Save a summary to print"),
            self._suggested("pdf"),
            self.tr("PDF document (*.pdf)"),
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
                save_pdf(document, summary_title(range_text), request.path)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.export_status.setText(
                self.tr(
                    "That file could not be saved ({reason}). Your journal is unchanged."
                ).format(reason=reason)
            )
            return False
        self.export_status.setText(self.tr("Saved to {path}").format(path=request.path))
        return True


def _announce(widget: QWidget, text: str) -> None:
    """Tell screen readers about the day the keyboard moved to."""
    widget.setAccessibleDescription(text)
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))
