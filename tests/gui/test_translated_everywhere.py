"""Every text in every window passes through translation.

A marking translator wraps each translated text in ‹…›. Each window the person
can open is built under it, and every text a person (or a screen reader) meets is
read back: titles, labels, buttons, menus, tooltips, placeholders, list and combo
items, tabs, accessible names and descriptions. Whatever is left once the marked
parts are taken out may hold no words, except the ones the locale writes (month
and day names) and the product's own name. A text that skipped translation would
stay English in German; this test names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.translators import MarkingTranslator
from smallsteps.core.catalog import DEFAULT_CATALOG, Catalog, localized
from smallsteps.core.models import Step, new_step_id
from smallsteps.core.settings import Settings
from smallsteps.core.week import summarize_week
from smallsteps.services.language import LANGUAGE_NAMES, qt_translate
from smallsteps.ui.nudge_popup import NudgePopup
from smallsteps.ui.pacer import PacerWindow
from smallsteps.ui.settings_dialog import AboutInfo, SettingsDialog
from smallsteps.ui.step_dialog import StepDialog
from smallsteps.ui.tray import TrayIcon, TrayStatus
from smallsteps.ui.week_window import WeekWindow
from smallsteps.ui.welcome import WelcomeDialog

BERLIN = ZoneInfo("Europe/Berlin")
OPEN, CLOSE = "‹", "›"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
TAG = re.compile(r"<[^>]+>")
# Words no translation owns: the product's name, each language in its own words.
NAMES = {"Small", "Steps", *(w for name in LANGUAGE_NAMES.values() for w in name.split())}


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[MarkingTranslator]:
    translator = MarkingTranslator()
    qapp.installTranslator(translator)
    try:
        yield translator
    finally:
        qapp.removeTranslator(translator)


def locale_words() -> set[str]:
    locale = QLocale()
    words: set[str] = set()
    for fmt in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        for month in range(1, 13):
            words.add(locale.monthName(month, fmt))
            words.add(locale.standaloneMonthName(month, fmt))
        for day in range(1, 8):
            words.add(locale.dayName(day, fmt))
            words.add(locale.standaloneDayName(day, fmt))
    words |= {locale.amText(), locale.pmText()}
    return {w.strip(".") for text in words for w in text.split()}


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text this widget shows or tells a screen reader."""
    name = widget.objectName() or type(widget).__name__
    yield f"{name} accessible name", widget.accessibleName()
    yield f"{name} accessible description", widget.accessibleDescription()
    yield f"{name} tooltip", widget.toolTip()
    yield f"{name} status tip", widget.statusTip()
    if widget.isWindow():
        yield f"{name} title", widget.windowTitle()
    if isinstance(widget, QLabel):
        yield f"{name} text", widget.text()
    if isinstance(widget, QAbstractButton):
        yield f"{name} text", widget.text()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    if isinstance(widget, QGroupBox):
        yield f"{name} title", widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab {i}", widget.tabText(i)
            yield f"{name} tab {i} tooltip", widget.tabToolTip(i)
    if isinstance(widget, QAbstractSpinBox):
        yield f"{name} special value", widget.specialValueText()
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            item = widget.item(i)
            yield f"{name} item {i}", item.text()
            yield f"{name} item {i} tooltip", item.toolTip()
    for action in widget.actions():
        if isinstance(action, QAction) and not action.isSeparator():
            yield f"{name} action", action.text()
            yield f"{name} action tooltip", action.toolTip()


def unmarked(window: QWidget) -> list[str]:
    """Every text of the window with words that did not pass through translation."""
    allowed = locale_words() | NAMES
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        for where, text in texts_of(widget):
            plain = TAG.sub(" ", text)
            while MARKED.search(plain):
                plain = MARKED.sub(" ", plain)
            words = [w for w in re.findall(r"[^\W\d_]+", plain) if w not in allowed]
            if words:
                found.append(f"{where}: {text!r}")
    return sorted(set(found))


def catalog() -> Catalog:
    return Catalog(localized(DEFAULT_CATALOG, qt_translate))


@pytest.mark.usefixtures("marking")
def test_the_step_dialog(qtbot: QtBot) -> None:
    dialog = StepDialog(catalog().visible, suggested="walk", nudge_id="n-1")
    qtbot.addWidget(dialog)
    dialog.show()
    assert unmarked(dialog) == []
    dialog.show_notes_closed(QCoreApplication.translate("Errors", "Your keyring is locked."))
    assert unmarked(dialog) == []


@pytest.mark.usefixtures("marking")
def test_settings_every_page(qtbot: QtBot) -> None:
    about = AboutInfo(
        "0.1.0",
        QCoreApplication.translate("Test", "desktop notifications with buttons"),
        QCoreApplication.translate("Test", "In your panel."),
        "/home/ana/.local/share/smallsteps",
    )
    settings = Settings(steps=localized(DEFAULT_CATALOG, qt_translate))
    dialog = SettingsDialog(settings, about, start_at_login=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [t for t in unmarked(dialog) if "/home/ana" not in t] == []


@pytest.mark.usefixtures("marking")
def test_the_tray_menu(qtbot: QtBot) -> None:
    status = TrayStatus(QCoreApplication.translate("Test", "Next nudge at 14:30"), paused=False)
    tray = TrayIcon(lambda: status)
    qtbot.addWidget(tray.menu)
    tray.menu.aboutToShow.emit()
    try:
        assert unmarked(tray.menu) == []
    finally:
        tray.hide()


@pytest.mark.usefixtures("marking")
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the popup raises itself
def test_the_nudge_popup_the_welcome_and_the_pacer(qtbot: QtBot) -> None:
    popup = NudgePopup()
    qtbot.addWidget(popup)
    popup.show_nudge(OPEN + "A line from the texts" + CLOSE, OPEN + "A step" + CLOSE, True)
    assert unmarked(popup) == []
    welcome = WelcomeDialog(tray_visible=True)
    qtbot.addWidget(welcome)
    welcome.show()
    assert unmarked(welcome) == []
    pacer = PacerWindow()  # not shown: it raises itself, which offscreen cannot
    qtbot.addWidget(pacer)
    assert unmarked(pacer) == []


@pytest.mark.usefixtures("marking")
def test_the_week_window_each_view(qtbot: QtBot) -> None:
    kinds = catalog()
    steps = [
        Step(new_step_id(), kind, datetime(2026, 3, day, 15, tzinfo=BERLIN), None, feeling)
        for day, kind, feeling in [(2, "walk", 3), (3, "rest", None), (5, "breathe", 4)]
    ]
    window = WeekWindow(kinds.ids, kinds.label, today=lambda: date(2026, 3, 6))
    qtbot.addWidget(window)
    window.show_summary(summarize_week(date(2026, 3, 2), steps, BERLIN))
    window.show()
    assert unmarked(window) == []


def test_the_check_names_a_text_that_skipped_translation(
    qtbot: QtBot, marking: QTranslator
) -> None:
    del marking
    label = QLabel("A text nobody translated, in March")
    qtbot.addWidget(label)
    assert unmarked(label) == ["QLabel text: 'A text nobody translated, in March'"]
    label.setText(QCoreApplication.translate("Test", "Kept") + " 12 " + QLocale().monthName(3))
    assert unmarked(label) == []
