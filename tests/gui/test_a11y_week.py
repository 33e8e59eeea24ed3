"""The week window and the pacer for everyone: names, the keyboard, large text, any theme.

- Every control says what it is and what it does to a screen reader.
- Tab reaches every control, in the order they are seen, and the focused day of
  the chart and the calendars is outlined in the palette's highlight colour.
- At 150 % of the usual font size nothing is cut off: labels and buttons get the
  room their words need, and no widget sticks out of its window.
- The kinds' colours stand out from light and dark windows alike, and the chart
  and calendars follow a palette that changes while they are open.
- A language installed while the windows are open is used at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from tests.support.journals import open_journal

from gui.translators import MarkingTranslator
from smallsteps.core.catalog import Catalog
from smallsteps.core.i18n import english_plural
from smallsteps.core.models import Step, new_step_id
from smallsteps.services.week import WeekService
from smallsteps.storage.journal import Journal
from smallsteps.storage.synthetic import synthetic_steps, write_synthetic_journal
from smallsteps.ui.day_grid import DayGrid, TintLegend
from smallsteps.ui.pacer import PacerWindow
from smallsteps.ui.theme import contrast_ratio as contrast
from smallsteps.ui.week_chart import KIND_COLOURS, SERIES_CONTRAST, WeekChartView, series_colour
from smallsteps.ui.week_window import View, WeekWindow, date_format

BERLIN = ZoneInfo("Europe/Berlin")
CATALOG = Catalog()
TODAY = date(2026, 3, 12)
LARGE = 1.5
INTERACTIVE = (
    QAbstractButton,
    QTabBar,
    QAbstractSpinBox,
    QAbstractItemView,
    QComboBox,
    WeekChartView,
    DayGrid,
)
"""The kinds of widget a person acts on (spin boxes include the date picker)."""

LIGHT_GROUNDS = ("#ffffff", "#efefef", "#f6f5f4", "#e8e8e7")
DARK_GROUNDS = ("#2b2d30", "#1e1e1e", "#353535", "#000000")


@pytest.fixture(autouse=True)
def _british(british_dates: None) -> None:
    """Dates as on a British desktop, whatever the machine's ("Monday, 2 March")."""


@contextmanager
def larger_font(scale: float) -> Iterator[QFont]:
    """The app's font at ``scale`` while the block runs (tests share one application)."""
    before = QFont(QApplication.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * scale)
    QApplication.setFont(font)
    try:
        yield font
    finally:
        QApplication.setFont(before)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """The app's font at 150 %, as a person with a larger system font has it."""
    del qapp
    with larger_font(LARGE) as font:
        yield font


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = open_journal(tmp_path / "journal.sqlite3", tmp_path / "backups")
    write_synthetic_journal(opened, synthetic_steps(1.5, end=TODAY, zone=BERLIN, seed=7))
    opened.add(
        Step(
            new_step_id(),
            "reach_out",
            datetime(2026, 3, 10, 19, 5, tzinfo=BERLIN),
            "Called my sister and we talked for a long while about the garden and her new job.",
            4,
        )
    )
    yield opened
    opened.close()


def open_week_window(qtbot: QtBot, journal: Journal) -> WeekWindow:
    """A week window wired to the journal as the app wires it, shown on the week of 10 March."""
    service = WeekService(journal, BERLIN, 0)
    window = WeekWindow(CATALOG.ids, CATALOG.label, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.week_requested.connect(lambda d: window.show_summary(service.summary(d)))
    window.month_requested.connect(lambda d: window.show_month(service.month(d)))
    window.year_requested.connect(lambda d: window.show_year(service.year(d)))
    window.go_to(date(2026, 3, 10))
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_pacer(qtbot: QtBot) -> PacerWindow:
    pacer = PacerWindow(seconds_scale=1.0)
    qtbot.addWidget(pacer)
    with qtbot.waitExposed(pacer):
        pacer.show()
    pacer.activateWindow()
    qtbot.waitUntil(pacer.isActiveWindow)
    return pacer


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def controls(window: QWidget) -> list[QWidget]:
    """The visible controls of ``window``, in no particular order.

    The parts of a control (a spin box's line edit, a tab bar's scroll buttons)
    belong to it and are not counted.
    """
    found = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(window) and w.window() is window
    ]
    return [w for w in found if not any(isinstance(p, INTERACTIVE) for p in _parents(w, window))]


def _parents(widget: QWidget, window: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        yield parent
        parent = parent.parentWidget()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName()!r})"


def views(window: WeekWindow) -> Iterator[View]:
    """Bring each view to the front in turn, with its data shown."""
    for view in View:
        window.set_view(view)
        settle()
        yield view


# --- names and descriptions -------------------------------------------------------------------


def assert_named(window: QWidget) -> None:
    for control in controls(window):
        assert control.accessibleName().strip(), f"{describe(control)} has no accessible name"
        assert control.accessibleDescription().strip(), (
            f"{describe(control)} ({control.accessibleName()!r}) has no accessible description"
        )


def test_every_control_of_the_week_window_has_a_name_and_a_description(
    qtbot: QtBot, journal: Journal
) -> None:
    window = open_week_window(qtbot, journal)
    seen: set[str] = set()
    for _ in views(window):
        assert_named(window)
        seen |= {describe(c) for c in controls(window)}

    assert {
        "QTabBar('viewTabs')",
        "QPushButton('previous')",
        "QDateEdit('datePicker')",
        "QPushButton('thisOne')",
        "QPushButton('next')",
        "WeekChartView('chart')",
        "QListWidget('notes')",
        "QPushButton('saveChart')",
        "QPushButton('savePdf')",
        "MonthGrid('monthGrid')",
        "YearGrid('yearGrid')",
    } <= seen
    for legend in window.findChildren(TintLegend):
        assert legend.accessibleName()
        assert legend.accessibleDescription()


def test_every_control_of_the_pacer_has_a_name_and_a_description(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)
    assert_named(pacer)
    pacer.begin()
    assert_named(pacer)
    pacer.finish()
    assert_named(pacer)
    assert pacer.begin_button.accessibleName() == "Breathe again"
    pacer.stop()
    assert pacer.shape.accessibleName()
    assert pacer.shape.accessibleDescription()


# --- the keyboard ----------------------------------------------------------------------------


def tab_through(window: QWidget, start: QWidget, presses: int = 40) -> list[QWidget]:
    """Press Tab from ``start`` and return the widgets the focus went to, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    order = [start]
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused.window() is window
        QTest.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        owner = next((p for p in _parents(now, window) if isinstance(p, INTERACTIVE)), now)
        if owner is not order[-1]:
            order.append(owner)
    return order


def test_tab_reaches_every_control_of_the_week_window_in_reading_order(
    qtbot: QtBot, journal: Journal
) -> None:
    window = open_week_window(qtbot, journal)
    for view in views(window):
        wanted = [c for c in controls(window) if c.isEnabled()]
        order = tab_through(window, window.view_tabs)

        missing = [describe(c) for c in wanted if c not in order]
        assert missing == [], f"{view.name}: Tab never reaches {missing}"
        first_round = order[: len(wanted)]
        assert first_round[:2] == [window.view_tabs, window.prev_button], view
        page = {View.WEEK: window.chart_view, View.MONTH: window.month_grid}.get(
            view, window.year_grid
        )
        assert first_round.index(page) > first_round.index(window.today_button), view


def test_tab_reaches_every_control_of_the_pacer(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)
    for state in ("idle", "breathing", "offer"):
        if state == "breathing":
            pacer.begin()
        elif state == "offer":
            pacer.finish()
        wanted = [c for c in controls(pacer) if c.isEnabled()]
        order = tab_through(pacer, wanted[0])
        assert [describe(c) for c in wanted if c not in order] == [], state
    pacer.stop()


def _focus_ring(widget: QWidget, focus: Qt.FocusReason) -> QImage:
    widget.setFocus(focus)
    settle()
    return widget.grab().toImage()


def _changed_pixels(before: QImage, after: QImage) -> list[QColor]:
    changed = []
    for y in range(0, before.height(), 1):
        for x in range(0, before.width(), 1):
            if before.pixel(x, y) != after.pixel(x, y):
                changed.append(after.pixelColor(x, y))
    return changed


@pytest.mark.parametrize("view", list(View))
def test_the_focused_day_has_a_ring_in_the_palettes_highlight_colour(
    qtbot: QtBot, journal: Journal, view: View
) -> None:
    window = open_week_window(qtbot, journal)
    ring = QColor("#00a36c")  # no colour the app uses: only the palette can bring it
    palette = QPalette(window.palette())
    palette.setColor(QPalette.ColorRole.Highlight, ring)
    window.setPalette(palette)
    window.set_view(view)
    settle()
    target: WeekChartView | DayGrid = {
        View.WEEK: window.chart_view,
        View.MONTH: window.month_grid,
        View.YEAR: window.year_grid,
    }[view]
    window.notes.setFocus()
    window.prev_button.setFocus()
    settle()
    unfocused = target.grab().toImage()

    focused = _focus_ring(target, Qt.FocusReason.TabFocusReason)

    assert target.focus_ring_visible
    ring_pixels = [c for c in _changed_pixels(unfocused, focused) if c.rgb() == ring.rgb()]
    assert len(ring_pixels) >= 20, "no ring in the highlight colour around the focused day"


# --- 150 % text ------------------------------------------------------------------------------


def clipped(window: QWidget) -> list[str]:
    """Describe every visible text that does not fit its room, and every widget out of bounds.

    Word-wrapped labels need their height for their width; other labels, buttons,
    spin boxes and combo boxes their size hint; drawn widgets their minimum size hint.
    """
    problems = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not bounds.contains(where):
            problems.append(f"{describe(widget)} sticks out: {where} not in {bounds}")
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(size.width())
            if needed > size.height():
                problems.append(
                    f"{describe(widget)} {widget.text()[:40]!r}: {needed} px high in {size}"
                )
        elif isinstance(widget, (QLabel, QAbstractButton, QAbstractSpinBox, QComboBox)):
            if isinstance(widget, QLabel) and not widget.text():
                continue
            hint = widget.sizeHint()
            if hint.width() > size.width() or hint.height() > size.height():
                text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
                problems.append(f"{describe(widget)} {text[:40]!r}: needs {hint}, has {size}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.tabRect(index).width() < widget.tabSizeHint(index).width():
                    problems.append(f"tab {widget.tabText(index)!r} is cut short")
        elif isinstance(widget, (TintLegend, DayGrid, WeekChartView)):
            hint = widget.minimumSizeHint()
            if hint.width() > size.width() or hint.height() > size.height():
                problems.append(f"{describe(widget)} needs {hint}, has {size}")
    return problems


def notes_clipped(notes: QListWidget) -> list[str]:
    """Notes whose wrapped lines need more height than their row has."""
    problems = []
    for row in range(notes.count()):
        item = notes.item(row)
        rect = notes.visualItemRect(item)
        metrics = QFontMetrics(item.font())
        room = rect.width() - (notes.iconSize().width() + 8 if not item.icon().isNull() else 4)
        needed = metrics.boundingRect(
            QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        ).height()
        if needed > rect.height():
            problems.append(f"{item.text()[:40]!r}: {needed} px in a {rect.height()} px row")
    return problems


def test_at_150_percent_the_week_window_cuts_nothing_off(
    qtbot: QtBot, journal: Journal, large_font: QFont, artifacts_dir: Path
) -> None:
    window = open_week_window(qtbot, journal)
    assert window.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    assert window.chart_view.chart().legend().font().pointSizeF() == pytest.approx(
        large_font.pointSizeF()
    )

    for view in views(window):
        assert clipped(window) == [], view.name
        window.grab().save(str(artifacts_dir / f"a11y-150-{view.name.lower()}.png"))
    window.set_view(View.WEEK)
    settle()
    assert window.notes.count() > 1
    assert notes_clipped(window.notes) == []
    window.resize(window.minimumSize())
    settle()
    assert clipped(window) == [], "at its smallest"


def test_at_150_percent_the_chart_cuts_no_label_and_no_name_in_its_legend(
    qtbot: QtBot, journal: Journal, large_font: QFont
) -> None:
    window = open_week_window(qtbot, journal)
    window.resize(window.minimumSize())
    settle()
    chart = window.chart_view.chart()
    legend = chart.legend()
    metrics = QFontMetrics(large_font)

    assert [a.titleText() or type(a).__name__ for a in chart.axes() if a.labelsTruncated()] == []
    assert legend.alignment() == Qt.AlignmentFlag.AlignRight
    wanted = legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).width()
    assert legend.geometry().width() >= wanted - 0.5, "legend names cut short"
    assert legend.geometry().left() > chart.plotArea().right()
    (days,) = [a for a in chart.axes() if a.orientation() == Qt.Orientation.Horizontal]
    column = chart.plotArea().width() / 7
    for category in days.categories():  # type: ignore[attr-defined]
        assert metrics.horizontalAdvance(category) < column, category


class Longer(QTranslator):
    """Makes every text 40 % longer, as German often is ("Wie es sich anfühlte")."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        del context, disambiguation
        text = source if n < 0 else english_plural(source, n)
        if not any(c.isalpha() for c in text):
            return text
        words = [w for w in text.split(" ") if w]
        return " ".join(w + "ä" * max(1, len(w) * 2 // 5) if w.isalpha() else w for w in words)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def test_longer_words_at_150_percent_still_fit(
    qtbot: QtBot, journal: Journal, large_font: QFont, qapp: QApplication
) -> None:
    del large_font
    longer = Longer()
    qapp.installTranslator(longer)
    try:
        window = open_week_window(qtbot, journal)
        pacer = open_pacer(qtbot)
        assert "ä" in window.notes_title.text()
        window.resize(window.minimumSize())
        for view in views(window):
            assert clipped(window) == [], view.name
        window.set_view(View.WEEK)
        settle()
        assert [a for a in window.chart.axes() if a.labelsTruncated()] == []
        pacer.finish()
        settle()
        assert clipped(pacer) == []
    finally:
        qapp.removeTranslator(longer)


def test_at_150_percent_the_pacer_cuts_nothing_off(
    qtbot: QtBot, large_font: QFont, artifacts_dir: Path
) -> None:
    pacer = open_pacer(qtbot)
    assert pacer.font().pointSizeF() == pytest.approx(large_font.pointSizeF())
    assert clipped(pacer) == [], "idle"
    pacer.begin()
    pacer.show_moment(0.5, "hold")
    settle()
    assert clipped(pacer) == [], "breathing"
    pacer.finish()
    settle()
    assert clipped(pacer) == [], "offer"
    pacer.show_kept("Kept. Thank you for taking a moment; a minute like this counts.")
    settle()
    assert clipped(pacer) == [], "kept"
    pacer.grab().save(str(artifacts_dir / "a11y-150-pacer.png"))


def test_the_app_font_comes_back_after_a_large_font_test(qapp: QApplication) -> None:
    before = QFont(qapp.font())
    with larger_font(LARGE) as bigger:
        assert qapp.font().pointSizeF() == pytest.approx(before.pointSizeF() * LARGE)
        assert bigger.pointSizeF() == pytest.approx(before.pointSizeF() * LARGE)
    assert qapp.font() == before


# --- themes ------------------------------------------------------------------------------------


@pytest.mark.parametrize("ground", LIGHT_GROUNDS + DARK_GROUNDS)
def test_every_kind_colour_stands_out_from_light_and_dark_windows(ground: str) -> None:
    window = QColor(ground)
    shades = [series_colour(c, window) for c in KIND_COLOURS]

    for base, shade in zip(KIND_COLOURS, shades, strict=True):
        assert contrast(shade, window) >= SERIES_CONTRAST, (base, shade.name(), ground)
        if contrast(QColor(base), window) >= SERIES_CONTRAST:
            assert shade == QColor(base), "a colour that reads well is left as it is"
        else:
            assert abs(shade.hslHueF() - QColor(base).hslHueF()) < 0.01, "same hue"
    names = [s.name() for s in shades]
    assert len(set(names)) == len(names), f"two kinds look alike on {ground}: {names}"


def test_the_chart_reshades_its_bars_when_the_theme_turns_dark(
    qtbot: QtBot, journal: Journal
) -> None:
    window = open_week_window(qtbot, journal)
    series = window.chart_view.bar_series()
    light = window.chart_view.palette().color(QPalette.ColorRole.Window)
    assert all(contrast(s.color(), light) >= SERIES_CONTRAST for s in series.barSets())

    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e4e4e4"))
    window.setPalette(dark)
    settle()

    for bar in series.barSets():
        assert contrast(bar.color(), QColor("#1e1e1e")) >= SERIES_CONTRAST, bar.label()
        assert bar.borderColor() == bar.color()


def test_the_calendars_and_legend_follow_a_new_application_palette(
    qtbot: QtBot, journal: Journal, qapp: QApplication
) -> None:
    window = open_week_window(qtbot, journal)
    window.set_view(View.MONTH)
    settle()
    before = QPalette(qapp.palette())
    changed = QPalette(before)
    changed.setColor(QPalette.ColorRole.Highlight, QColor("#7b5ea7"))
    try:
        QApplication.setPalette(changed)
        settle()
        counts = window.month_grid.counts
        assert counts is not None
        busiest = max(counts.days, key=counts.count_on)
        tint = window.month_grid.cell_colour(busiest)
        assert tint is not None
        assert tint.rgb() == QColor("#7b5ea7").rgb()
        image = window.month_legend.grab().toImage()
        middle = [image.pixelColor(x, image.height() // 2) for x in range(image.width())]
        assert any(c.blue() > c.green() + 30 for c in middle), "the swatches take the new tint"
    finally:
        QApplication.setPalette(before)


# --- language -------------------------------------------------------------------------------


DATES_ONLY = {"range"}
"""Labels that show nothing but a date from QLocale ("March 2026"): no words to translate."""


def visible_words(window: QWidget) -> list[str]:
    words = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.objectName() in DATES_ONLY:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.text():
            words.append(widget.text())
        if isinstance(widget, QTabBar):
            words += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, INTERACTIVE):
            words += [widget.accessibleName(), widget.accessibleDescription()]
    return [w for w in words if w]


def test_a_language_installed_while_open_is_used_at_once(
    qtbot: QtBot, journal: Journal, qapp: QApplication
) -> None:
    window = open_week_window(qtbot, journal)
    pacer = open_pacer(qtbot)
    marking = MarkingTranslator("⟦", "⟧")
    QLocale.setDefault(QLocale("de_DE"))  # as LanguageSetup does: the locale, then the texts
    qapp.installTranslator(marking)
    try:
        settle()
        (days,) = [a for a in window.chart.axes() if a.orientation() == Qt.Orientation.Horizontal]
        assert days.categories()[1] == "Di. 10"  # type: ignore[attr-defined]
        assert window.notes.item(0).text().startswith("Dienstag, 10. März")
        assert window.range_label.text() == "⟦9. März – 15. März 2026⟧"
        for view in views(window):
            untranslated = [w for w in visible_words(window) if "⟦" not in w]
            assert untranslated == [], view.name
        assert [w for w in visible_words(pacer) if "⟦" not in w] == []
        window.set_view(View.WEEK)
        titles = [axis.titleText() for axis in window.chart.axes() if axis.titleText()]
        assert titles
        assert all("⟦" in t for t in titles)
    finally:
        qapp.removeTranslator(marking)
    settle()
    assert "⟦" not in window.windowTitle()
    assert "⟦" not in pacer.begin_button.text()


# --- dates in the person's locale ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "day", "dates"),
    [
        ("en_GB", "Tuesday, 10 March", "10 March 2026"),
        ("en_US", "Tuesday, March 10", "March 10, 2026"),
        ("de_DE", "Dienstag, 10. März", "10. März 2026"),
        ("ja_JP", "3月10日火曜日", "2026年3月10日"),
        ("es_ES", "martes, 10 de marzo", "10 de marzo de 2026"),
    ],
)
def test_dates_keep_the_locales_order_without_the_year_or_weekday(
    locale: str, day: str, dates: str
) -> None:
    where = QLocale(locale)
    tenth = QDate(2026, 3, 10)

    assert where.toString(tenth, date_format(where, year=False)) == day
    assert where.toString(tenth, date_format(where, weekday=False)) == dates
