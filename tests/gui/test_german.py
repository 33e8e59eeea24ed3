"""Small Steps in German: the compiled translation loads, and windows and plurals speak it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from smallsteps.core.catalog import DEFAULT_CATALOG, Catalog, localized
from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import summarize_week
from smallsteps.services.language import LanguageSetup, choose_language, qt_translate
from smallsteps.ui.step_dialog import StepDialog
from smallsteps.ui.texts import feeling_word, wording
from smallsteps.ui.theme import counterpart_palette
from smallsteps.ui.week_window import WeekWindow

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[LanguageSetup]:
    """The app's German, installed as the app installs it, and taken out again."""
    before = QLocale()
    setup = LanguageSetup.install(qapp, "de")
    try:
        yield setup
    finally:
        setup.uninstall(qapp)
        QLocale.setDefault(before)


def visible_texts(window: QWidget) -> list[str]:
    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    return [t for t in texts if t]


def test_the_system_language_is_followed_unless_settings_choose(qapp: QApplication) -> None:
    del qapp
    assert choose_language("", ["de-AT", "de", "en-US"]) == "de"
    assert choose_language("", ["fr-FR", "en-GB"]) == "en"
    assert choose_language("", ["fr-FR"]) == "en"
    assert choose_language("en", ["de-DE"]) == "en"
    assert choose_language("de", ["en-US"]) == "de"
    assert choose_language("xx", ["de-CH"]) == "de"  # a language this version lacks


def test_plurals_read_right_in_german(german: LanguageSetup) -> None:
    assert german.language == "de"
    words = wording()
    assert words.small_steps(1) == "1 kleiner Schritt"
    assert words.small_steps(2) == "2 kleine Schritte"
    assert words.small_steps(0) == "0 kleine Schritte"
    assert "1 kleiner Schritt" in words.so_far(1)
    assert "21 kleine Schritte" in words.week_headline(21)


def test_the_step_dialog_speaks_german(qtbot: QtBot, german: LanguageSetup) -> None:
    del german
    catalog = Catalog(localized(DEFAULT_CATALOG, qt_translate))
    dialog = StepDialog(catalog.visible, suggested="rest", nudge_id="n-1")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = visible_texts(dialog)
    assert dialog.windowTitle() == "Ein kleiner Schritt"
    assert catalog.label("rest") != "Rest"
    assert feeling_word(3) != "Steady"

    english_words = {"Save", "Cancel", "Close", "Note", "Feeling", "A small step", "Rest"}
    assert not english_words & set(texts), texts


def test_the_week_window_speaks_german_and_writes_german_dates(
    qtbot: QtBot, german: LanguageSetup, artifacts_dir: Path
) -> None:
    del german
    catalog = Catalog(localized(DEFAULT_CATALOG, qt_translate))
    steps = [
        Step(new_step_id(), kind, datetime(2026, 3, day, 15, tzinfo=BERLIN), None, None)
        for day, kind in [(2, "walk"), (3, "rest"), (3, "breathe"), (5, "walk")]
    ]
    window = WeekWindow(catalog.ids, catalog.label, today=lambda: date(2026, 3, 6))
    qtbot.addWidget(window)
    window.show_summary(summarize_week(MONDAY, steps, BERLIN))
    window.resize(900, 640)
    window.show()
    texts = " ".join(visible_texts(window))
    assert "4 kleine Schritte" in texts
    assert "small step" not in texts
    assert "März" in texts or "Mär" in texts, texts
    assert window.grab().save(str(artifacts_dir / "week-de.png"))


@pytest.mark.parametrize("look", ["light", "dark", "150"])
def test_the_german_step_dialog_light_dark_and_large(
    qtbot: QtBot, qapp: QApplication, german: LanguageSetup, artifacts_dir: Path, look: str
) -> None:
    del german
    usual = QApplication.font()
    if look == "150":
        large = QFont(usual)
        large.setPointSizeF(usual.pointSizeF() * 1.5)
        QApplication.setFont(large)
    try:
        catalog = Catalog(localized(DEFAULT_CATALOG, qt_translate))
        dialog = StepDialog(catalog.visible, suggested="walk", nudge_id="n-1")
        qtbot.addWidget(dialog)
        if look == "dark":
            dialog.setPalette(counterpart_palette(qapp.palette()))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        image = dialog.grab().toImage()
        assert image.save(str(artifacts_dir / f"step-dialog-de-{look}.png"))
        ground = image.pixelColor(3, image.height() - 3).lightness()
        assert (ground < 80) if look == "dark" else (ground > 170)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.width() >= min(
                    label.sizeHint().width(), label.minimumSizeHint().width()
                )
    finally:
        QApplication.setFont(usual)
