"""The first start from the menu, and a desktop that speaks German, in a real session.

The first start says hello once and asks whether Small Steps should start at
login (ticked); the answer is written where the desktop reads it (XDG autostart)
and read back from there. A start at login (``--minimized``) opens no window.
With ``LANG=de_DE.UTF-8`` the whole app speaks German: the welcome, the nudge
and its buttons at the notification daemon, and the step dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smallsteps import APP_ID
from smallsteps.core.resources import text_lines
from smallsteps.core.state import NudgeState
from smallsteps.services.language import standalone_translate
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.state_store import save_state

from .app_driver import RunningApp, artifacts_dir
from .desktop import (
    DesktopSession,
    dunst_invoke_default,
    focus_window,
    start_session,
    tray_items,
    tray_menu_labels,
    visible_windows,
    wait_until,
    wait_window,
    xdotool_key,
)

pytestmark = pytest.mark.e2e

GERMAN = {"LANG": "de_DE.UTF-8", "LANGUAGE": "de", "LC_ALL": ""}


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring="unlocked")
    try:
        yield session
    finally:
        session.stop()


def autostart_entry(desk: DesktopSession) -> Path:
    return Path(desk.env["XDG_CONFIG_HOME"]) / "autostart" / f"{APP_ID}.desktop"


def test_the_first_start_asks_once_and_starts_at_login_when_kept_ticked(
    desk: DesktopSession, tmp_path: Path
) -> None:
    shots = artifacts_dir("first_run")
    app = RunningApp(desk, tmp_path / "data").start(minimized=False)
    try:
        wid = wait_window(desk, "^Welcome to Small Steps$")
        desk.screenshot(shots / "welcome.png", wid)
        assert not autostart_entry(desk).exists()
        focus_window(desk, wid)
        xdotool_key(desk, "Return", window=wid)
        wait_until(autostart_entry(desk).exists, 10, what="the autostart entry")
        assert "--minimized" in autostart_entry(desk).read_text(encoding="utf-8")
        wait_until(lambda: not visible_windows(desk, "^Welcome"), 10, what="the welcome to close")
    finally:
        app.stop()
    again = RunningApp(desk, tmp_path / "data").start(minimized=False)
    try:
        wait_until(lambda: len(tray_items(desk)) == 1, 15, what="the tray icon")
        assert again.log_text().count("welcome shown") == 1  # the first start's only
        assert visible_windows(desk, "^Welcome") == []
    finally:
        again.stop()


def test_unticking_the_question_leaves_login_alone_and_a_login_start_stays_quiet(
    desk: DesktopSession, tmp_path: Path
) -> None:
    quiet = RunningApp(desk, tmp_path / "data").start()  # as at login: no window
    try:
        wait_until(lambda: len(tray_items(desk)) == 1, 15, what="the tray icon")
        assert visible_windows(desk, "^Welcome") == []
    finally:
        quiet.stop()
    app = RunningApp(desk, tmp_path / "data").start(minimized=False)
    try:
        wid = wait_window(desk, "^Welcome to Small Steps$")
        focus_window(desk, wid)
        xdotool_key(desk, "space", window=wid)  # the box has the focus first: untick it
        xdotool_key(desk, "Return", window=wid)
        app.wait_log("start at login off")
        assert not autostart_entry(desk).exists()
    finally:
        app.stop()


def test_a_german_desktop_gets_a_german_app(desk: DesktopSession, tmp_path: Path) -> None:
    shots = artifacts_dir("german")
    app = RunningApp(desk, tmp_path / "data", extra_env=GERMAN).start(minimized=False)
    try:
        wid = wait_window(desk, "^Willkommen bei Small Steps$")
        desk.screenshot(shots / "willkommen.png", wid)
        focus_window(desk, wid)
        xdotool_key(desk, "Return", window=wid)
        wait_until(autostart_entry(desk).exists, 10, what="the autostart entry")

        app.cli("nudge")
        wait_until(lambda: len(desk.notify_calls()) >= 1, 15, what="a nudge")
        call = desk.notify_calls()[-1]
        assert call.summary in text_lines("nudges", "de")
        assert list(call.action_labels.values()) == ["Gemacht", "Ein anderer Schritt…", "Später"]

        dunst_invoke_default(desk)
        dialog = wait_window(desk, "^Ein kleiner Schritt$")
        desk.screenshot(shots / "schritt.png", dialog)
    finally:
        app.stop()


def test_a_login_start_shows_a_paused_person_the_resting_menu_in_their_language(
    desk: DesktopSession, tmp_path: Path
) -> None:
    # The icon is shown before the settings and the saved pause are read; the menu the
    # panel mirrors must still come in German, offering to resume, not to snooze.
    data = DataPaths(tmp_path / "data")
    data.ensure()
    paused = NudgeState(paused_until=datetime.now().astimezone() + timedelta(hours=3))
    save_state(data.state, paused)
    app = RunningApp(desk, data.root, extra_env=GERMAN).start(minimized=True)
    try:
        (item,) = tray_items(desk)
        german = standalone_translate("de")
        resume = german("TrayIcon", "Resume nudges")
        step = german("TrayIcon", "Take a small step now…")
        assert resume != "Resume nudges"  # the German words are there to be found
        labels: list[str] = []

        def resting_menu() -> bool:
            labels[:] = tray_menu_labels(desk, item)
            return resume in labels

        try:
            wait_until(resting_menu, 10, what="the German resting menu")
        except AssertionError:
            raise AssertionError(f"the panel's menu is {labels}, not German and resting") from None
        assert labels[0] == step
        assert german("TrayIcon", "Pause for 1 hour") not in labels
    finally:
        app.stop()
