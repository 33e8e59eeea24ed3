"""The tray icon's menu: what it offers, what each item asks for, always up to date."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QIcon, QImage
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from smallsteps.core.resources import TRAY_ICON_NAMES, tray_icon_paths
from smallsteps.ui.icons import tray_icon
from smallsteps.ui.tray import TrayIcon, TrayStatus

RUNNING = ["Snooze 15 minutes", "Pause for 1 hour", "Pause until tomorrow"]


class StatusBox:
    """Holds the status the tray reads, so a test can change it between openings."""

    def __init__(self, status: TrayStatus) -> None:
        self.status = status
        self.reads = 0

    def __call__(self) -> TrayStatus:
        self.reads += 1
        return self.status


@pytest.fixture
def status() -> StatusBox:
    return StatusBox(TrayStatus("Next nudge at 14:30", paused=False))


@pytest.fixture
def tray(qtbot: QtBot, status: StatusBox) -> Iterator[TrayIcon]:
    tray = TrayIcon(status)
    qtbot.addWidget(tray.menu)
    open_menu(tray)
    yield tray
    tray.hide()


def entries(tray: TrayIcon) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator()]


def action(tray: TrayIcon, text: str) -> QAction:
    (found,) = [a for a in tray.menu.actions() if a.text() == text]
    return found


SIGNALS = (
    "step_requested",
    "pacer_requested",
    "snooze_requested",
    "pause_hour_requested",
    "pause_tomorrow_requested",
    "resume_requested",
    "week_requested",
    "settings_requested",
    "quit_requested",
    "message_clicked",
    "undo_requested",
)


def listen_to_all(tray: TrayIcon) -> list[str]:
    """Return a list that fills with the name of each tray signal as it is emitted."""
    heard: list[str] = []
    for name in SIGNALS:
        getattr(tray, name).connect(lambda name=name: heard.append(name))
    return heard


def open_menu(tray: TrayIcon) -> None:
    """Do what Qt does just before the menu appears."""
    tray.menu.aboutToShow.emit()


def test_menu_offers_everything_while_running(tray: TrayIcon) -> None:
    assert entries(tray) == [
        "Take a small step now…",
        "A minute of breathing…",
        "Next nudge at 14:30",
        *RUNNING,
        "This week…",
        "Settings…",
        "Quit",
    ]
    assert "Resume nudges" not in entries(tray)


def test_next_nudge_line_is_information_only(tray: TrayIcon) -> None:
    assert not action(tray, "Next nudge at 14:30").isEnabled()
    enabled = [a.text() for a in tray.menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert "Next nudge at 14:30" not in enabled
    assert len(enabled) == 8


def test_paused_menu_offers_resume_instead(tray: TrayIcon, status: StatusBox) -> None:
    status.status = TrayStatus("Nudges resting until 15:00", paused=True)

    open_menu(tray)

    assert entries(tray) == [
        "Take a small step now…",
        "A minute of breathing…",
        "Nudges resting until 15:00",
        "Resume nudges",
        "This week…",
        "Settings…",
        "Quit",
    ]
    assert not action(tray, "Nudges resting until 15:00").isEnabled()


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Take a small step now…", "step_requested"),
        ("A minute of breathing…", "pacer_requested"),
        ("Snooze 15 minutes", "snooze_requested"),
        ("Pause for 1 hour", "pause_hour_requested"),
        ("Pause until tomorrow", "pause_tomorrow_requested"),
        ("This week…", "week_requested"),
        ("Settings…", "settings_requested"),
        ("Quit", "quit_requested"),
    ],
)
def test_each_item_asks_for_its_own_thing(tray: TrayIcon, text: str, signal: str) -> None:
    heard = listen_to_all(tray)

    action(tray, text).trigger()

    assert heard == [signal]


def test_resume_item_asks_to_resume(tray: TrayIcon, status: StatusBox) -> None:
    status.status = TrayStatus("Nudges resting until tomorrow", paused=True)
    open_menu(tray)

    heard = listen_to_all(tray)

    action(tray, "Resume nudges").trigger()

    assert heard == ["resume_requested"]


def test_menu_is_rebuilt_each_time_it_opens(tray: TrayIcon, status: StatusBox) -> None:
    reads = status.reads
    status.status = TrayStatus("Next nudge tomorrow at 10:30", paused=False)
    assert "Next nudge tomorrow at 10:30" not in entries(tray)

    open_menu(tray)

    assert status.reads > reads
    assert "Next nudge tomorrow at 10:30" in entries(tray)
    assert "Next nudge at 14:30" not in entries(tray)
    assert len(entries(tray)) == 9, "the old items are gone, not doubled"


def test_back_from_pause_the_menu_offers_snooze_again(tray: TrayIcon, status: StatusBox) -> None:
    status.status = TrayStatus("Nudges resting until 15:00", paused=True)
    open_menu(tray)
    status.status = TrayStatus("Next nudge at 18:00", paused=False)

    open_menu(tray)

    assert "Resume nudges" not in entries(tray)
    assert all(text in entries(tray) for text in RUNNING)


def test_left_click_on_the_icon_asks_for_a_step(tray: TrayIcon) -> None:
    heard = listen_to_all(tray)

    tray._icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray._icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)

    assert heard == ["step_requested"]


def test_tooltip_tells_the_next_nudge(tray: TrayIcon, status: StatusBox) -> None:
    assert tray._icon.toolTip() == "Small Steps\nNext nudge at 14:30"
    status.status = TrayStatus("Next nudge at 18:00", paused=False, waiting=True)

    tray.refresh()

    assert tray._icon.toolTip() == "Small Steps\nNext nudge at 18:00"
    assert not tray._icon.icon().isNull()


def test_a_step_just_kept_can_be_undone_from_the_menu(tray: TrayIcon, status: StatusBox) -> None:
    status.status = TrayStatus("Next nudge at 14:30", paused=False, undo_label="Rest")
    open_menu(tray)
    heard = listen_to_all(tray)

    action(tray, "Undo “Rest”").trigger()

    assert heard == ["undo_requested"]
    status.status = TrayStatus("Next nudge at 14:30", paused=False)
    open_menu(tray)
    assert not [text for text in entries(tray) if text.startswith("Undo")]


def test_every_item_says_what_it_does(tray: TrayIcon, status: StatusBox) -> None:
    for paused in (False, True):
        status.status = TrayStatus("Next nudge at 14:30", paused=paused, undo_label="Rest")
        open_menu(tray)

        items = [a for a in tray.menu.actions() if not a.isSeparator()]
        assert [a.text() for a in items if not a.statusTip()] == []
    assert tray.menu.accessibleName() == "Small Steps"
    assert tray.menu.accessibleDescription()


def test_snooze_counts_its_minutes_in_words(tray: TrayIcon, status: StatusBox) -> None:
    status.status = TrayStatus("Next nudge at 14:30", paused=False, snooze_minutes=1)
    open_menu(tray)

    assert "Snooze 1 minute" in entries(tray)


def picture(tray: TrayIcon, size: int) -> QImage:
    return (
        tray._icon.icon().pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    )


def test_the_icon_shows_waiting_and_resting_and_comes_back(
    tray: TrayIcon, status: StatusBox
) -> None:
    shipped = {
        name: QImage(str(tray_icon_paths(name)[32])).convertToFormat(QImage.Format.Format_ARGB32)
        for name in TRAY_ICON_NAMES
    }
    assert picture(tray, 32) == shipped["app"]
    for next_status, name in (
        (TrayStatus("Next nudge at 14:30", paused=False, waiting=True), "app-waiting"),
        (TrayStatus("Nudges resting until 15:30", paused=True), "app-paused"),
        (TrayStatus("Next nudge at 14:30", paused=False), "app"),
    ):
        status.status = next_status
        tray.refresh()
        assert picture(tray, 32) == shipped[name], name


def test_a_refresh_that_changes_no_look_does_not_send_the_icon_again(
    tray: TrayIcon, status: StatusBox
) -> None:
    sent = tray._icon.icon().cacheKey()
    status.status = TrayStatus("Next nudge at 18:00", paused=False)
    tray.refresh()
    assert tray._icon.icon().cacheKey() == sent  # the panel reads nothing new
    status.status = TrayStatus("Next nudge at 18:00", paused=False, waiting=True)
    tray.refresh()
    assert tray._icon.icon().cacheKey() != sent


@pytest.mark.parametrize("name", TRAY_ICON_NAMES)
def test_every_tray_size_is_the_shipped_picture_itself(qtbot: QtBot, name: str) -> None:
    del qtbot
    shown = tray_icon(name)
    gc.collect()  # the icon's engine belongs to the icon, not to Python
    for size, path in tray_icon_paths(name).items():
        got = shown.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert got == QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32), size
    copy = QIcon(shown)
    del shown
    gc.collect()
    assert copy.actualSize(QSize(22, 22)) == QSize(22, 22)


def test_a_tray_icon_on_a_200_percent_panel_gets_the_sharp_double_size(qtbot: QtBot) -> None:
    del qtbot
    shown = tray_icon("app")
    sharp = shown.pixmap(QSize(22, 22), 2.0)
    assert (sharp.width(), sharp.height()) == (44, 44)
    assert sharp.devicePixelRatio() == 2.0
    expected = QImage(str(tray_icon_paths("app")[44])).convertToFormat(QImage.Format.Format_ARGB32)
    assert sharp.toImage().convertToFormat(QImage.Format.Format_ARGB32) == expected
    between = shown.pixmap(30, 30)  # no shipped size: the next larger one, scaled down
    assert (between.width(), between.height()) == (30, 30)
