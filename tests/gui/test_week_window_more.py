"""The week window, looking back: bars and feelings equal the journal, keys, tints, exports.

Every summary here comes from a real journal through `WeekService`, wired to the
window exactly as the app wires it, so what is drawn is what the file holds.
"""

from __future__ import annotations

import itertools
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QStackedBarSeries
from PySide6.QtCore import QDate, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from tests.support.journals import open_journal

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import shift_month, summarize_month, summarize_year
from smallsteps.services.week import WeekService, first_weekday_of
from smallsteps.storage.journal import Journal
from smallsteps.storage.synthetic import synthetic_steps, write_synthetic_journal
from smallsteps.ui.day_grid import DayGrid, blend
from smallsteps.ui.theme import contrast_ratio as contrast
from smallsteps.ui.week_window import KIND_COLOURS, ExportFormat, ExportRequest, View, WeekWindow

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
CATALOG = Catalog()
TODAY = date(2027, 6, 15)
BLAME = ("missed", "streak", "fewer", "less", "behind", "failed", "only ")
US_SUNDAY = first_weekday_of(QLocale("en_US"))
DE_MONDAY = first_weekday_of(QLocale("de_DE"))
REPO = Path(__file__).parents[2]


@pytest.fixture(autouse=True)
def _british(british_dates: None) -> None:
    """Dates as on a British desktop, whatever the machine's ("Monday, 2 March")."""


def step(
    when: datetime, kind: str = "walk", note: str | None = None, feeling: int | None = None
) -> Step:
    return Step(new_step_id(), kind, when, note, feeling)


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = open_journal(tmp_path / "journal.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()


def wired(qtbot: QtBot, service: WeekService, day: date, today: date = TODAY) -> WeekWindow:
    """A shown window wired to ``service`` the way the app wires it."""
    window = WeekWindow(CATALOG.ids, CATALOG.label, today=lambda: today)
    qtbot.addWidget(window)
    window.week_requested.connect(lambda d: window.show_summary(service.summary(d)))
    window.month_requested.connect(lambda d: window.show_month(service.month(d)))
    window.year_requested.connect(lambda d: window.show_year(service.year(d)))
    window.export_requested.connect(window.export)
    window.go_to(day)
    with qtbot.waitExposed(window):
        window.show()
    return window


def chart_bars(window: WeekWindow) -> dict[str, list[int]]:
    (series,) = [s for s in window.chart.series() if isinstance(s, QStackedBarSeries)]
    return {s.label(): [int(s.at(i)) for i in range(s.count())] for s in series.barSets()}


def chart_feelings(window: WeekWindow) -> dict[int, float]:
    line = window.chart_view.feeling_series()
    if line is None:
        return {}
    return {round(p.x()): p.y() for p in line.points()}


def journal_days(journal: Journal, days: tuple[date, ...], zone: ZoneInfo) -> list[list[Step]]:
    """The steps of each local day, read straight from the journal, day by day."""
    per_day = []
    for day in days:
        begin = datetime.combine(day, time(0), zone)
        end = datetime.combine(day + timedelta(days=1), time(0), zone)
        per_day.append(journal.steps_between(begin, end))
    return per_day


def expected_bars(per_day: list[list[Step]]) -> dict[str, list[int]]:
    bars: dict[str, list[int]] = {}
    for index, steps in enumerate(per_day):
        for s in steps:
            bars.setdefault(CATALOG.label(s.kind), [0] * 7)[index] += 1
    return bars


def expected_feelings(per_day: list[list[Step]]) -> dict[int, float]:
    feelings = {}
    for index, steps in enumerate(per_day):
        felt = [s.feeling for s in steps if s.feeling is not None]
        if felt:
            feelings[index] = sum(felt) / len(felt)
    return feelings


# --- the chart equals the journal ------------------------------------------------------------

EDGE_CASES = {
    "berlin-autumn": (
        BERLIN,
        DE_MONDAY,
        date(2026, 10, 25),
        [
            datetime(2026, 10, 18, 23, 59, tzinfo=BERLIN),
            datetime(2026, 10, 19, 0, 0, tzinfo=BERLIN),
            datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN),
            datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN),
            datetime(2026, 10, 25, 22, 59, tzinfo=UTC),  # 23:59 winter time, still Sunday
            datetime(2026, 10, 25, 23, 0, tzinfo=UTC),  # midnight: the next Monday
        ],
    ),
    "new-york-spring": (
        NEW_YORK,
        US_SUNDAY,
        date(2026, 3, 8),
        [
            datetime(2026, 3, 7, 23, 59, tzinfo=NEW_YORK),
            datetime(2026, 3, 8, 0, 0, tzinfo=NEW_YORK),
            datetime(2026, 3, 8, 1, 59, tzinfo=NEW_YORK),
            datetime(2026, 3, 8, 3, 0, tzinfo=NEW_YORK),
            datetime(2026, 3, 15, 3, 59, tzinfo=UTC),  # 23:59 EDT on Saturday the 14th
            datetime(2026, 3, 15, 4, 0, tzinfo=UTC),  # midnight: the next Sunday
        ],
    ),
    "new-year": (
        BERLIN,
        DE_MONDAY,
        date(2027, 1, 1),
        [
            datetime(2026, 12, 27, 23, 59, tzinfo=BERLIN),
            datetime(2026, 12, 28, 0, 0, tzinfo=BERLIN),
            datetime(2026, 12, 31, 23, 30, tzinfo=UTC),  # 00:30 on New Year's Day
            datetime(2027, 1, 3, 23, 59, tzinfo=BERLIN),
            datetime(2027, 1, 4, 0, 0, tzinfo=BERLIN),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(EDGE_CASES))
def test_bars_and_feelings_equal_the_journal_across_dst_and_new_year(
    qtbot: QtBot, journal: Journal, case: str
) -> None:
    zone, first_weekday, day, edges = EDGE_CASES[case]
    around = synthetic_steps(0.1, end=day + timedelta(days=14), zone=zone, seed=len(case))
    write_synthetic_journal(journal, around)
    for n, when in enumerate(edges):
        journal.add(step(when, CATALOG.ids[n % 4], feeling=1 + n % 5))
    service = WeekService(journal, zone, first_weekday)
    window = wired(qtbot, service, day)
    summary = window.summary
    assert summary is not None

    per_day = journal_days(journal, summary.days, zone)
    assert chart_bars(window) == expected_bars(per_day)
    assert chart_feelings(window) == pytest.approx(expected_feelings(per_day))
    assert summary.total == sum(len(d) for d in per_day)
    assert window.headline.text() == f"{summary.total} small steps this week."
    assert summary.days[0].weekday() == first_weekday
    assert day in summary.days


def test_the_week_across_new_year_shows_both_years(qtbot: QtBot, journal: Journal) -> None:
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), date(2027, 1, 1))

    assert window.range_label.text().startswith("28 ")
    assert "2026" in window.range_label.text()
    assert "2027" in window.range_label.text()
    (axis,) = [a for a in window.chart.axes() if isinstance(a, QBarCategoryAxis)]
    assert [c.split()[-1] for c in axis.categories()] == ["28", "29", "30", "31", "1", "2", "3"]


@pytest.mark.parametrize(
    ("locale", "weekday"), [("en_US", 6), ("de_DE", 0), ("en_GB", 0), ("ar_EG", 5)]
)
def test_the_week_starts_on_the_locales_first_day(
    qtbot: QtBot, journal: Journal, locale: str, weekday: int
) -> None:
    first = first_weekday_of(QLocale(locale))
    window = wired(qtbot, WeekService(journal, NEW_YORK, first), date(2026, 3, 11))
    summary = window.summary
    assert summary is not None

    assert first == weekday
    assert summary.start.weekday() == weekday
    assert summary.start <= date(2026, 3, 11) < summary.start + timedelta(days=7)
    window.set_view(View.MONTH)
    month = window.month_summary
    assert month is not None
    assert month.first_weekday == weekday


def test_a_week_without_feelings_draws_no_line_and_no_feelings_axis(
    qtbot: QtBot, journal: Journal
) -> None:
    journal.add(step(datetime(2026, 3, 3, 9, tzinfo=BERLIN)))
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), date(2026, 3, 3))

    assert window.chart_view.feeling_series() is None
    assert len(window.chart_view.visible_axes()) == 2
    journal.add(step(datetime(2026, 3, 4, 9, tzinfo=BERLIN), feeling=4))
    window.refresh()
    assert chart_feelings(window) == {2: 4.0}
    assert len(window.chart_view.visible_axes()) == 3


# --- hover and keyboard ---------------------------------------------------------------------


@pytest.fixture
def busy(journal: Journal) -> Journal:
    write_synthetic_journal(journal, synthetic_steps(1, end=TODAY, zone=BERLIN, seed=4))
    return journal


def test_arrows_move_the_day_and_the_label_tells_its_steps(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 3))
    summary = window.summary
    assert summary is not None
    view = window.chart_view
    view.setFocus()
    assert view.focused_day == 2  # the day asked for

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.focused_day == 3
    text = window.week_detail.text()
    assert text.startswith("Thursday, 4 March")
    assert window.date_edit.date() == QDate(2027, 3, 4)
    for kind, count in summary.counts[3].items():
        assert CATALOG.label(kind) in text
        if count > 1:
            assert f"({count})" in text
    assert view.accessibleDescription() == text

    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.focused_day == 1
    assert window.week_detail.text().startswith("Tuesday, 2 March")


def test_left_from_the_first_day_goes_to_the_last_day_of_the_week_before(
    qtbot: QtBot, busy: Journal
) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 1))
    view = window.chart_view
    assert view.focused_day == 0

    with qtbot.waitSignal(window.week_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_Left)

    assert asked.args == [date(2027, 2, 28)]
    assert window.summary is not None
    assert window.summary.start == date(2027, 2, 22)
    assert view.focused_day == 6
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.summary.start == date(2027, 3, 1)
    assert view.focused_day == 0


def test_page_keys_and_home_move_by_weeks_and_back_to_this_week(
    qtbot: QtBot, busy: Journal
) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), TODAY)
    this_week = window.summary
    assert this_week is not None
    assert not window.next_button.isEnabled()

    with qtbot.assertNotEmitted(window.week_requested):
        qtbot.keyClick(window.chart_view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.chart_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.chart_view, Qt.Key.Key_PageUp)
    assert window.summary is not None
    assert window.summary.start == this_week.start - timedelta(days=14)
    assert window.next_button.isEnabled()
    qtbot.keyClick(window.chart_view, Qt.Key.Key_PageDown)
    assert window.summary.start == this_week.start - timedelta(days=7)
    assert window.chart_view.focused_day == (TODAY - this_week.start).days  # same weekday

    with qtbot.waitSignal(window.week_requested) as asked:
        qtbot.keyClick(window.chart_view, Qt.Key.Key_Home)
    assert asked.args == [TODAY]
    assert window.summary.start == this_week.start


def test_hovering_a_day_tells_its_steps_and_leaving_returns_to_the_focused_day(
    qtbot: QtBot, busy: Journal
) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 1))
    view = window.chart_view
    focused = window.week_detail.text()
    column = view.day_rect(4)
    point = view.mapFromScene(column.center())

    qtbot.mouseMove(view.viewport(), point)
    assert view.hovered_day == 4
    assert window.week_detail.text().startswith("Friday, 5 March")
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    assert window.week_detail.text() == focused


def test_clicking_a_day_focuses_it(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 1))
    view = window.chart_view
    point = view.mapFromScene(view.day_rect(5).center())

    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)

    assert view.focused_day == 5
    assert view.hasFocus()
    assert window.week_detail.text().startswith("Saturday, 6 March")


def test_the_date_picker_opens_the_week_of_the_chosen_day(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), TODAY)
    assert window.date_edit.calendarPopup()
    assert window.date_edit.maximumDate() == QDate(2027, 6, 15)

    with qtbot.waitSignal(window.week_requested) as asked:
        window.date_edit.setDate(QDate(2026, 12, 31))

    assert asked.args == [date(2026, 12, 31)]
    assert window.summary is not None
    assert window.summary.start == date(2026, 12, 28)
    assert window.chart_view.focused_day == 3


# --- month and year ---------------------------------------------------------------------------


def test_tabs_ask_for_the_month_and_year_of_the_day_in_view(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 3))

    with qtbot.waitSignal(window.month_requested) as asked:
        window.view_tabs.setCurrentIndex(1)
    assert asked.args == [date(2027, 3, 3)]
    assert window.view is View.MONTH
    assert window.range_label.text() == "March 2027"
    assert window.prev_button.text() == "◀ Previous month"
    assert window.month_grid.focused_day == date(2027, 3, 3)

    with qtbot.waitSignal(window.year_requested) as asked:
        window.view_tabs.setCurrentIndex(2)
    assert asked.args == [date(2027, 3, 3)]
    assert window.range_label.text() == "2027"

    with qtbot.assertNotEmitted(window.week_requested):
        window.view_tabs.setCurrentIndex(0)  # the week in view still holds the day
    assert window.prev_button.text() == "◀ Previous week"


def test_month_counts_equal_the_journal_and_keys_move_by_months(
    qtbot: QtBot, busy: Journal
) -> None:
    service = WeekService(busy, BERLIN, DE_MONDAY)
    window = wired(qtbot, service, date(2026, 10, 25))
    window.set_view(View.MONTH)
    month = window.month_summary
    assert month is not None
    for day in month.days:
        begin = datetime.combine(day, time(0), BERLIN)
        end = datetime.combine(day + timedelta(days=1), time(0), BERLIN)
        assert month.count_on(day) == busy.count_between(begin, end), day
    previous = busy.count_between(
        datetime(2026, 9, 1, tzinfo=BERLIN), datetime(2026, 10, 1, tzinfo=BERLIN)
    )
    assert month.previous_total == previous

    qtbot.keyClick(window.month_grid, Qt.Key.Key_PageUp)
    assert window.month_summary is not None
    assert window.month_summary.first == date(2026, 9, 1)
    assert window.month_grid.focused_day == date(2026, 9, 25)
    qtbot.keyClick(window.month_grid, Qt.Key.Key_Down)
    assert window.month_grid.focused_day == date(2026, 9, 30)  # kept inside the month
    qtbot.keyClick(window.month_grid, Qt.Key.Key_Up)
    qtbot.keyClick(window.month_grid, Qt.Key.Key_Left)
    assert window.month_grid.focused_day == date(2026, 9, 22)
    assert window.month_detail.text().startswith("Tuesday, 22 September 2026: ")
    qtbot.keyClick(window.month_grid, Qt.Key.Key_Home)
    assert window.month_summary.first == date(2027, 6, 1)
    assert not window.next_button.isEnabled()


def test_enter_on_a_day_opens_its_week(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), TODAY)
    window.set_view(View.YEAR)
    qtbot.keyClick(window.year_grid, Qt.Key.Key_PageUp)
    window.year_grid.setFocus()
    window.year_grid.set_focused_day(date(2026, 2, 11))

    with qtbot.waitSignal(window.week_requested) as asked:
        qtbot.keyClick(window.year_grid, Qt.Key.Key_Return)

    assert asked.args == [date(2026, 2, 11)]
    assert window.view is View.WEEK
    assert window.summary is not None
    assert window.summary.start == date(2026, 2, 9)
    assert window.chart_view.focused_day == 2


def test_double_click_on_a_month_day_opens_its_week(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 5, 20))
    window.set_view(View.MONTH)
    point = window.month_grid.cell_rect(date(2027, 5, 4)).center().toPoint()

    qtbot.mouseDClick(window.month_grid, Qt.MouseButton.LeftButton, pos=point)

    assert window.view is View.WEEK
    assert window.summary is not None
    assert window.summary.start == date(2027, 5, 3)


def _pixel(image: QImage, grid: DayGrid, day: date) -> QColor:
    """The colour inside a day's cell, away from its number."""
    rect = grid.cell_rect(day)
    ratio = image.devicePixelRatio()
    point = QPointF(rect.left() + rect.width() * 0.14, rect.center().y()) * ratio
    return image.pixelColor(point.toPoint())


def _distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


COUNTS = (0, 1, 2, 3, 5, 8, 13)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("grid_name", ["month", "year"])
def test_tints_grow_with_the_steps_and_empty_days_stay_plain(
    qtbot: QtBot, grid_name: str, dark: bool
) -> None:
    window = WeekWindow(CATALOG.ids, CATALOG.label, today=lambda: TODAY)
    qtbot.addWidget(window)
    if dark:
        palette = QPalette(window.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e4e4e4"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#4f8fd6"))
        window.setPalette(palette)
    first = date(2027, 3, 1)
    if grid_name == "month":
        counts = [COUNTS[i] if i < len(COUNTS) else 0 for i in range(31)]
        window.show_month(summarize_month(first, counts, DE_MONDAY))
        window.set_view(View.MONTH)
        grid: DayGrid = window.month_grid
    else:
        counts = [0] * 365
        offset = (first - date(2027, 1, 1)).days
        counts[offset : offset + len(COUNTS)] = COUNTS
        window.show_year(summarize_year(2027, counts, DE_MONDAY))
        window.set_view(View.YEAR)
        grid = window.year_grid
    with qtbot.waitExposed(window):
        window.show()
    window.chart_view.setFocus()  # no focus ring on the grid
    image = grid.grab().toImage()
    background = grid.palette().color(QPalette.ColorRole.Window)
    highlight = grid.palette().color(QPalette.ColorRole.Highlight)

    pixels = [_pixel(image, grid, first + timedelta(days=i)) for i in range(len(COUNTS))]
    assert pixels[0] == background
    assert _pixel(image, grid, date(2027, 3, 20)) == background
    distances = [_distance(p, background) for p in pixels]
    assert all(a < b for a, b in itertools.pairwise(distances)), distances
    for count, pixel in zip(COUNTS[1:], pixels[1:], strict=True):
        assert grid.cell_colour(first + timedelta(days=COUNTS.index(count))) is not None
        assert _distance(pixel, highlight) < _distance(background, highlight)
        assert not pixel.red() > pixel.blue() + 40, "no red, ever"
    assert grid.cell_colour(first) is None


def test_day_numbers_stay_readable_on_every_tint(qtbot: QtBot) -> None:
    window = WeekWindow(CATALOG.ids, CATALOG.label)
    qtbot.addWidget(window)
    palette = window.palette()
    from smallsteps.ui.day_grid import readable_text, tint_colour  # noqa: PLC0415

    for count in range(1, 30):
        fill = tint_colour(palette, count)
        assert fill is not None
        ground = blend(fill, palette.color(QPalette.ColorRole.Window))
        assert contrast(readable_text(palette, fill), ground) >= 3.0, count


def test_year_view_counts_every_day_and_the_kind_word_only_grows(
    qtbot: QtBot, busy: Journal
) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2026, 8, 1))
    window.set_view(View.YEAR)
    year = window.year_summary
    assert year is not None
    assert year.year == 2026
    assert year.total == busy.count_between(
        datetime(2026, 1, 1, tzinfo=BERLIN), datetime(2027, 1, 1, tzinfo=BERLIN)
    )
    assert window.headline.text() == f"{year.total} small steps in 2026."
    if year.total > year.previous_total > 0:
        assert window.kind_word.text() == "A little more than last year. It is adding up."
    elif year.total > year.previous_total:
        assert window.kind_word.text() == "Every one of these counts."
    else:
        assert window.kind_word.text() == ""
    assert_no_blame(window)


def assert_no_blame(window: WeekWindow) -> None:
    texts = [label.text() for label in window.findChildren(QLabel)]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [b.accessibleName() for b in window.findChildren(QWidget)]
    texts += [b.accessibleDescription() for b in window.findChildren(QWidget)]
    for notes in window.findChildren(QListWidget):
        texts += [notes.item(i).text() for i in range(notes.count())]
    for text in texts:
        for word in BLAME:
            assert word not in text.lower(), f"{text!r} says {word!r}"


def test_a_quiet_month_and_year_are_plain_and_kind(qtbot: QtBot, journal: Journal) -> None:
    journal.add(step(datetime(2025, 1, 3, 9, tzinfo=BERLIN)))
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), date(2026, 4, 8))

    window.set_view(View.MONTH)
    assert window.headline.text().startswith("A quiet month")
    assert window.kind_word.isHidden()
    assert_no_blame(window)
    window.set_view(View.YEAR)
    assert window.headline.text().startswith("A quiet year")
    assert_no_blame(window)


# --- the all-time count -----------------------------------------------------------------------


def test_the_all_time_count_is_every_step_and_grows(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2026, 9, 9))
    total = busy.count()
    assert window.so_far_label.text() == f"{total} small steps so far."

    busy.add(step(datetime(2027, 6, 14, 12, tzinfo=BERLIN)))
    window.refresh()
    assert window.so_far_label.text() == f"{total + 1} small steps so far."
    window.set_view(View.YEAR)
    assert window.so_far_label.text() == f"{total + 1} small steps so far."


def test_a_new_journal_counts_its_first_step_gently(qtbot: QtBot, journal: Journal) -> None:
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), TODAY)
    assert window.so_far_label.text() == "Your first small step will appear here."


# --- notes --------------------------------------------------------------------------------------


def test_small_victories_are_grouped_by_day_with_their_kind(qtbot: QtBot, journal: Journal) -> None:
    journal.add(step(datetime(2026, 3, 4, 9, tzinfo=BERLIN), "rest", "A long nap"))
    journal.add(step(datetime(2026, 3, 2, 8, tzinfo=BERLIN), "walk", "Crocuses"))
    journal.add(step(datetime(2026, 3, 4, 20, tzinfo=BERLIN), "journal", "Wrote it down"))
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), date(2026, 3, 4))

    lines = [window.notes.item(i).text() for i in range(window.notes.count())]
    assert lines == [
        "Monday, 2 March",
        "08:00 · A short walk outside: Crocuses",
        "Wednesday, 4 March",
        "09:00 · Rest: A long nap",
        "20:00 · A few lines in a journal: Wrote it down",
    ]
    heading = window.notes.item(0)
    assert heading.font().bold()
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not window.notes.item(1).icon().isNull()


# --- saving ---------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def week_with_notes(journal: Journal) -> Journal:
    write_synthetic_journal(
        journal, synthetic_steps(0.2, end=date(2026, 3, 15), zone=BERLIN, seed=6)
    )
    journal.add(step(datetime(2026, 3, 10, 8, tzinfo=BERLIN), "walk", "Sun & <wind>", 4))
    return journal


def test_the_chart_is_saved_as_a_private_png(
    qtbot: QtBot, week_with_notes: Journal, tmp_path: Path
) -> None:
    window = wired(qtbot, WeekService(week_with_notes, BERLIN, DE_MONDAY), date(2026, 3, 10))
    target = tmp_path / "out" / "chart"
    target.parent.mkdir()
    window.choose_path = lambda *_: target  # type: ignore[method-assign]

    with qtbot.waitSignal(window.export_requested) as asked:
        qtbot.mouseClick(window.save_chart_button, Qt.MouseButton.LeftButton)

    request = asked.args[0]
    assert request == ExportRequest(ExportFormat.PNG, target.with_suffix(".png"))
    saved = target.with_suffix(".png")
    assert saved.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert _mode(saved) == 0o600
    image = QImage(str(saved))
    assert image.width() >= window.chart_view.width()
    assert window.export_status.text() == f"Saved to {saved}"
    assert list(saved.parent.iterdir()) == [saved]  # no temporary file left


def test_the_week_is_saved_as_a_private_printable_pdf(
    qtbot: QtBot, week_with_notes: Journal, tmp_path: Path
) -> None:
    window = wired(qtbot, WeekService(week_with_notes, BERLIN, DE_MONDAY), date(2026, 3, 10))
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)
    window.choose_path = lambda *_: target  # type: ignore[method-assign]

    with qtbot.waitSignal(window.export_requested):
        qtbot.mouseClick(window.save_pdf_button, Qt.MouseButton.LeftButton)

    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert _mode(target) == 0o600
    assert shutil.which("pdftotext"), "poppler-utils is not installed (run make test)"
    assert shutil.which("pdftoppm"), "poppler-utils is not installed (run make test)"
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "Small steps, the week of 9 March – 15 March 2026" in text
    summary = window.summary
    assert summary is not None
    assert f"{summary.total} small steps this week." in text
    assert "Tuesday, 10 March" in text
    assert "Sun & <wind>" in text
    assert "Lighter" in text or "Steady" in text or "Bright" in text
    assert f"{week_with_notes.count()} small steps so far." in text
    for word in BLAME:
        assert word not in text.lower()
    pages = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(target), str(tmp_path / "page")],
        capture_output=True,
        check=True,
    )
    assert pages.returncode == 0
    rendered = sorted(tmp_path.glob("page*.png"))
    assert len(rendered) >= 1
    assert QImage(str(rendered[0])).width() > 0


def test_a_file_that_cannot_be_written_is_said_calmly(
    qtbot: QtBot, week_with_notes: Journal, tmp_path: Path
) -> None:
    window = wired(qtbot, WeekService(week_with_notes, BERLIN, DE_MONDAY), date(2026, 3, 10))

    ok = window.export(ExportRequest(ExportFormat.PDF, tmp_path / "nowhere" / "week.pdf"))

    assert not ok
    assert window.export_status.text().startswith("That file could not be saved (")
    assert window.export_status.text().endswith("Your journal is unchanged.")


def test_cancelling_the_save_dialog_saves_nothing(qtbot: QtBot, journal: Journal) -> None:
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), TODAY)
    window.choose_path = lambda *_: None  # type: ignore[method-assign]

    with qtbot.assertNotEmitted(window.export_requested):
        qtbot.mouseClick(window.save_pdf_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.save_chart_button, Qt.MouseButton.LeftButton)


# --- names for screen readers ----------------------------------------------------------------


def test_every_control_has_a_name_for_screen_readers(qtbot: QtBot, busy: Journal) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), TODAY)
    controls = [
        window.view_tabs,
        window.prev_button,
        window.next_button,
        window.today_button,
        window.date_edit,
        window.chart_view,
        window.notes,
        window.save_chart_button,
        window.save_pdf_button,
        window.month_grid,
        window.year_grid,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName() or type(control).__name__
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
    assert window.chart_view.accessibleDescription()
    for name in ("Previous week", "Next week", "This week"):
        assert name in [b.accessibleName() for b in window.findChildren(QAbstractButton)]
    window.set_view(View.MONTH)
    assert window.prev_button.accessibleName() == "Previous month"
    assert window.month_grid.accessibleName() == "Steps per day in June 2027"
    assert "Enter opens" in window.month_grid.accessibleDescription()


# --- screenshots ------------------------------------------------------------------------------


def test_screenshot_script_writes_light_and_dark_shots(artifacts_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "screenshots_week.py"),
            "--out",
            str(artifacts_dir),
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for theme in ("light", "dark"):
        for name in ("week-empty", "week-busy", "month", "year", "pacer", "pacer-done"):
            shot = artifacts_dir / f"{name}-{theme}.png"
            image = QImage(str(shot))
            assert not image.isNull(), shot
            assert image.width() >= 380
    light = QImage(str(artifacts_dir / "week-busy-light.png"))
    dark = QImage(str(artifacts_dir / "week-busy-dark.png"))
    assert light.pixelColor(4, 4).lightness() > 160
    assert dark.pixelColor(4, 4).lightness() < 80
    for name in ("week", "month", "year", "pacer", "pacer-done"):
        large = QImage(str(artifacts_dir / f"{name}-150.png"))
        usual = QImage(str(artifacts_dir / f"{name.replace('week', 'week-busy')}-light.png"))
        assert not large.isNull(), name
        assert large.width() >= usual.width(), name
        assert large.height() >= usual.height(), name
    assert QImage(str(artifacts_dir / "week-150.png")).width() > light.width()


def test_month_arithmetic_used_by_page_keys() -> None:
    assert shift_month(date(2027, 3, 31), -1) == date(2027, 2, 28)


def test_chart_text_and_lines_follow_the_palette_light_and_dark(
    qtbot: QtBot, busy: Journal
) -> None:
    window = wired(qtbot, WeekService(busy, BERLIN, DE_MONDAY), date(2027, 3, 3))
    light_text = window.chart_view.palette().color(QPalette.ColorRole.WindowText)
    for axis in window.chart.axes():
        assert axis.labelsBrush().color() == light_text

    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e4e4e4"))
    window.setPalette(dark)

    for axis in window.chart.axes():
        assert axis.labelsBrush().color() == QColor("#e4e4e4")
    assert window.chart.legend().labelColor() == QColor("#e4e4e4")
    assert window.chart.backgroundBrush().color() == QColor("#2b2d30")
    line = window.chart_view.feeling_series()
    if line is not None:
        assert line.pen().color().rgb() == QColor("#e4e4e4").rgb()


def test_a_changed_catalog_renames_and_recolours_the_bars(qtbot: QtBot, journal: Journal) -> None:
    journal.add(step(datetime(2026, 3, 3, 9, tzinfo=BERLIN), "walk", "Out"))
    journal.add(step(datetime(2026, 3, 3, 10, tzinfo=BERLIN), "rest"))
    window = wired(qtbot, WeekService(journal, BERLIN, DE_MONDAY), date(2026, 3, 3))
    names = {"walk": "Outside for a bit", "rest": "A pause"}

    window.set_kinds(("rest", "walk"), lambda k: names.get(k, k))

    (series,) = [s for s in window.chart.series() if isinstance(s, QStackedBarSeries)]
    assert [s.label() for s in series.barSets()] == ["A pause", "Outside for a bit"]
    assert series.barSets()[0].color() == QColor(KIND_COLOURS[0])
    assert window.notes.item(1).text() == "09:00 · Outside for a bit: Out"
    assert window.chart_view.focused_day == 1
