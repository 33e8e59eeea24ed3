"""The week window: bars that equal the journal, kind words only, no blame anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget
from pytestqt.qtbot import QtBot
from tests.support.journals import open_journal

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import WeekSummary, summarize_week, week_start
from smallsteps.services.week import WeekService
from smallsteps.storage.journal import Journal
from smallsteps.ui.week_chart import series_colour
from smallsteps.ui.week_window import KIND_COLOURS, NOTE_DAY_ROLE, WeekWindow

BERLIN = ZoneInfo("Europe/Berlin")
CATALOG = Catalog()
MONDAY = date(2026, 3, 2)
BLAME_WORDS = ("missed", "streak", "fewer", "less")


@pytest.fixture(autouse=True)
def _british(british_dates: None) -> None:
    """Dates as on a British desktop, whatever the machine's ("Monday, 2 March")."""


def step(kind: str, when: datetime, note: str | None = None) -> Step:
    return Step(new_step_id(), kind, when, note)


def berlin(y: int, mo: int, d: int, h: int, mi: int = 0, fold: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, fold=fold, tzinfo=BERLIN)


MARCH_STEPS = (
    step("walk", berlin(2026, 3, 1, 23, 30)),  # the Sunday before: not this week
    step("walk", berlin(2026, 3, 2, 8), "Round the park, the crocuses are out"),
    step("breathe", berlin(2026, 3, 2, 21)),
    step("walk", datetime(2026, 3, 3, 11, tzinfo=UTC)),
    step("rest", berlin(2026, 3, 5, 9), "A nap in the afternoon sun"),
    step("journal", datetime(2026, 3, 5, 22, 59, tzinfo=UTC)),  # 23:59 in Berlin
    step("walk", berlin(2026, 3, 8, 10)),
    step("breathe", berlin(2026, 3, 8, 10, 30)),
    step("walk", berlin(2026, 3, 9, 0, 0)),  # the next Monday: not this week
)
MARCH_BARS = {
    "breathe": [1, 0, 0, 0, 0, 0, 1],
    "walk": [1, 1, 0, 0, 0, 0, 1],
    "rest": [0, 0, 0, 1, 0, 0, 0],
    "journal": [0, 0, 0, 1, 0, 0, 0],
}


def open_window(qtbot: QtBot, summary: WeekSummary) -> WeekWindow:
    window = WeekWindow(CATALOG.ids, CATALOG.label)
    qtbot.addWidget(window)
    window.show_summary(summary)
    with qtbot.waitExposed(window):
        window.show()
    return window


def march(previous_total: int) -> WeekSummary:
    return summarize_week(MONDAY, MARCH_STEPS, BERLIN, previous_total)


def the_series(window: WeekWindow) -> QStackedBarSeries:
    series = [s for s in window.chart.series() if isinstance(s, QStackedBarSeries)]
    assert len(series) == 1
    return series[0]


def bars(window: WeekWindow) -> dict[str, list[float]]:
    """Map each bar set's label to its seven values."""
    sets: list[QBarSet] = the_series(window).barSets()
    return {s.label(): [s.at(i) for i in range(s.count())] for s in sets}


def labelled(by_kind: dict[str, list[int]]) -> dict[str, list[float]]:
    return {CATALOG.label(kind): [float(v) for v in values] for kind, values in by_kind.items()}


def every_text(window: WeekWindow) -> list[str]:
    """All words the person can read in the window, chart included."""
    texts = [window.windowTitle(), window.chart.title()]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.findChildren(QAbstractButton)]
    for notes in window.findChildren(QListWidget):
        texts += [notes.item(i).text() for i in range(notes.count())]
    for series in window.chart.series():
        if isinstance(series, QStackedBarSeries):
            texts += [s.label() for s in series.barSets()]
        else:
            texts.append(series.name())
    for axis in window.chart.axes():
        texts.append(axis.titleText())
        if isinstance(axis, QBarCategoryAxis):
            texts += axis.categories()
    return texts


def assert_no_blame(window: WeekWindow) -> None:
    for text in every_text(window):
        for word in BLAME_WORDS:
            assert word not in text.lower(), f"{text!r} says {word!r}"


def test_one_bar_set_per_kind_with_the_counts_per_day(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    assert bars(window) == labelled(MARCH_BARS)


def test_bar_sets_follow_the_catalog_order_and_colours(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    sets = the_series(window).barSets()
    kinds = ["breathe", "walk", "rest", "journal"]
    assert [s.label() for s in sets] == [CATALOG.label(k) for k in kinds]
    ground = window.chart_view.palette().color(QPalette.ColorRole.Window)
    for bar_set, kind in zip(sets, kinds, strict=True):
        colour = QColor(KIND_COLOURS[CATALOG.ids.index(kind)])
        assert bar_set.color() == series_colour(colour, ground)
        assert abs(bar_set.color().hslHueF() - colour.hslHueF()) < 0.01


def test_days_are_labelled_in_order(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    (axis,) = [a for a in window.chart.axes() if isinstance(a, QBarCategoryAxis)]
    categories = axis.categories()
    assert len(categories) == 7
    assert [c.split()[-1] for c in categories] == ["2", "3", "4", "5", "6", "7", "8"]
    assert "2026" in window.range_label.text()


def test_headline_counts_the_steps(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    assert window.headline.text() == "7 small steps this week."


def test_one_step_reads_in_the_singular(qtbot: QtBot) -> None:
    summary = summarize_week(MONDAY, [step("rest", berlin(2026, 3, 4, 15))], BERLIN)
    window = open_window(qtbot, summary)

    assert window.headline.text() == "1 small step this week."


def test_more_than_last_week_gets_a_kind_word(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=3))

    assert window.kind_word.text() == "A little more than last week. It is adding up."
    assert_no_blame(window)


def test_first_week_with_steps_gets_a_kind_word(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    assert window.kind_word.text() == "Every one of these counts."


@pytest.mark.parametrize("previous_total", [7, 8, 30])
def test_as_many_or_fewer_than_last_week_says_nothing_downward(
    qtbot: QtBot, previous_total: int
) -> None:
    window = open_window(qtbot, march(previous_total))

    assert window.kind_word.text() == ""
    assert window.headline.text() == "7 small steps this week."
    assert_no_blame(window)


def test_quiet_week_is_gentle_and_plain(qtbot: QtBot) -> None:
    window = open_window(qtbot, summarize_week(MONDAY, [], BERLIN, previous_total=12))

    assert window.headline.text().startswith("A quiet week so far.")
    assert window.kind_word.text() == ""
    assert the_series(window).barSets() == []
    assert not window.chart.legend().isVisible()
    assert [window.notes.item(i).text() for i in range(window.notes.count())] == [
        "Notes you write with a step will gather here."
    ]
    assert_no_blame(window)


def test_notes_of_the_week_are_listed(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    items = [window.notes.item(i) for i in range(window.notes.count())]
    headings = [i.text() for i in items if i.data(NOTE_DAY_ROLE)]
    notes = [i.text() for i in items if not i.data(NOTE_DAY_ROLE)]
    assert headings == ["Monday, 2 March", "Thursday, 5 March"]
    assert len(notes) == 2
    assert notes[0].endswith("A short walk outside: Round the park, the crocuses are out")
    assert "08:00" in notes[0]
    assert notes[1].endswith("Rest: A nap in the afternoon sun")
    assert "09:00" in notes[1]


def test_a_kind_no_longer_in_the_catalog_still_shows(qtbot: QtBot) -> None:
    steps = [step("swim", berlin(2026, 3, 3, 7)), step("walk", berlin(2026, 3, 3, 8))]
    window = open_window(qtbot, summarize_week(MONDAY, steps, BERLIN))

    assert bars(window) == {
        "A short walk outside": [0, 1, 0, 0, 0, 0, 0],
        "Swim": [0, 1, 0, 0, 0, 0, 0],
    }


def test_every_kind_in_a_week_has_its_own_colour(qtbot: QtBot) -> None:
    steps = [
        step("walk", berlin(2026, 3, 3, 8)),
        step("journal", berlin(2026, 3, 3, 21)),
        step("swim", berlin(2026, 3, 4, 7)),  # from an older catalog
    ]
    window = open_window(qtbot, summarize_week(MONDAY, steps, BERLIN))

    colours = {s.label(): s.color().name() for s in the_series(window).barSets()}
    assert len(colours) == 3
    assert len(set(colours.values())) == 3, f"two kinds share a colour: {colours}"


def test_showing_another_week_replaces_the_chart(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))
    later = summarize_week(
        MONDAY + timedelta(days=7), [step("read", berlin(2026, 3, 12, 20))], BERLIN
    )

    window.show_summary(later)

    assert bars(window) == {"Something uplifting to read": [0, 0, 0, 1, 0, 0, 0]}
    assert len(window.chart_view.visible_axes()) == 2
    assert window.summary is later


def test_previous_week_button_asks_for_seven_days_earlier(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    with qtbot.waitSignal(window.week_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.prev_button, Qt.MouseButton.LeftButton)

    assert window.prev_button.text() == "◀ Previous week"
    assert blocker.args == [MONDAY - timedelta(days=7)]


def test_next_week_button_asks_for_seven_days_later_in_a_past_week(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))
    assert window.next_button.isEnabled()

    with qtbot.waitSignal(window.week_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [MONDAY + timedelta(days=7)]


def test_there_is_no_next_week_from_the_current_week(qtbot: QtBot) -> None:
    this_week = week_start(date.today(), 0)
    window = open_window(qtbot, summarize_week(this_week, [], BERLIN))

    assert not window.next_button.isEnabled()
    with qtbot.assertNotEmitted(window.week_requested):
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)


def test_this_week_button_asks_for_today(qtbot: QtBot) -> None:
    window = open_window(qtbot, march(previous_total=0))

    with qtbot.waitSignal(window.week_requested, timeout=1000) as blocker:
        qtbot.mouseClick(window.today_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [date.today()]


DST_STEPS = (
    step("walk", berlin(2026, 10, 18, 23, 45)),  # Sunday before, summer time
    step("walk", berlin(2026, 10, 19, 0, 15)),  # Monday, just after midnight
    step("breathe", berlin(2026, 10, 24, 23, 30)),  # Saturday night, summer time
    step("rest", berlin(2026, 10, 25, 0, 30)),  # Sunday; still Saturday in UTC
    step("walk", berlin(2026, 10, 25, 2, 30, fold=0)),  # 02:30 summer time
    step("walk", berlin(2026, 10, 25, 2, 30, fold=1)),  # the repeated 02:30, winter time
    step("journal", berlin(2026, 10, 25, 23, 30)),  # Sunday night, winter time
    step("walk", berlin(2026, 10, 26, 0, 30)),  # Monday after; still Sunday in UTC
)


@pytest.fixture
def dst_journal(tmp_path: Path) -> Iterator[Journal]:
    journal = open_journal(tmp_path / "j.sqlite3", tmp_path / "backups")
    for s in DST_STEPS:
        assert journal.add(s)
    yield journal
    journal.close()


def journal_bars(journal: Journal, days: tuple[date, ...]) -> dict[str, list[int]]:
    """Count the journal's steps per kind for each local day, straight from the file."""
    per_kind: dict[str, list[int]] = {}
    for index, day in enumerate(days):
        begin = datetime.combine(day, time(0), BERLIN)
        end = datetime.combine(day + timedelta(days=1), time(0), BERLIN)
        for s in journal.steps_between(begin, end):
            per_kind.setdefault(s.kind, [0] * 7)[index] += 1
    return per_kind


@pytest.mark.parametrize(
    ("first_weekday", "expected", "total", "previous"),
    [
        (
            0,  # Monday first: the change to winter time is the last day
            {
                "walk": [1, 0, 0, 0, 0, 0, 2],
                "breathe": [0, 0, 0, 0, 0, 1, 0],
                "rest": [0, 0, 0, 0, 0, 0, 1],
                "journal": [0, 0, 0, 0, 0, 0, 1],
            },
            6,
            1,
        ),
        (
            6,  # Sunday first: the change to winter time is the first day
            {
                "rest": [1, 0, 0, 0, 0, 0, 0],
                "walk": [2, 1, 0, 0, 0, 0, 0],
                "journal": [1, 0, 0, 0, 0, 0, 0],
            },
            5,
            3,
        ),
    ],
)
def test_week_across_the_change_to_winter_time_matches_the_journal(
    qtbot: QtBot,
    dst_journal: Journal,
    first_weekday: int,
    expected: dict[str, list[int]],
    total: int,
    previous: int,
) -> None:
    summary = WeekService(dst_journal, BERLIN, first_weekday).summary(date(2026, 10, 25))
    window = open_window(qtbot, summary)

    from_journal = journal_bars(dst_journal, summary.days)
    assert from_journal == expected
    assert bars(window) == labelled(from_journal)
    assert summary.previous_total == previous
    assert window.headline.text() == f"{total} small steps this week."
    assert window.kind_word.text() != ""


def test_screenshot(qtbot: QtBot, artifacts_dir: Path) -> None:
    window = open_window(qtbot, march(previous_total=3))
    path = artifacts_dir / "week-window-offscreen.png"

    assert window.grab().save(str(path))

    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= 600
    assert image.height() >= window.chart_view.minimumHeight()
