"""The whole loop, as a person meets it: tray, nudge, step dialog, journal, week window.

The installed program runs in a real session (Xvfb, a private session bus, the
xfce4-panel StatusNotifierItem tray, dunst). The tests answer through the
notification daemon and the keyboard, and read the journal back through
``smallsteps export``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from smallsteps import APP_ID
from smallsteps.core.catalog import DEFAULT_CATALOG

from .app_driver import RunningApp, artifacts_dir
from .desktop import (
    DesktopSession,
    NotifyCall,
    dunst_invoke_action,
    dunst_invoke_default,
    start_session,
    tray_items,
    visible_windows,
    wait_until,
    wait_window,
    xdotool_click,
    xdotool_key,
    xdotool_type,
)

pytestmark = pytest.mark.e2e

STEP_DIALOG = "^A small step$"
WEEK_WINDOW = "^This week · Small Steps$"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring="unlocked")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def app(desk: DesktopSession, tmp_path: Path) -> Iterator[RunningApp]:
    running = RunningApp(desk, tmp_path / "data").start()
    wait_until(lambda: len(tray_items(desk)) == 1, 15, what="the tray icon")
    try:
        yield running
    finally:
        running.stop()


def our_nudges(desk: DesktopSession) -> list[NotifyCall]:
    return [c for c in desk.notify_calls() if c.app_name == "Small Steps"]


def test_tray_icon_and_a_second_start_hands_over(app: RunningApp, desk: DesktopSession) -> None:
    shots = artifacts_dir("tray")
    second = app.cli()
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout
    assert len(tray_items(desk)) == 1
    # The first instance answers the hand-over: with a tray, it opens the step dialog.
    wait_window(desk, STEP_DIALOG)
    xdotool_key(desk, "Escape", window=wait_window(desk, STEP_DIALOG))
    wait_until(lambda: not visible_windows(desk, STEP_DIALOG), 5, what="the dialog to close")
    # A left click on the icon opens the step dialog too.
    xdotool_click(desk, 16, 16, button=1)
    wait_window(desk, STEP_DIALOG)
    xdotool_key(desk, "Escape", window=wait_window(desk, STEP_DIALOG))
    wait_until(lambda: not visible_windows(desk, STEP_DIALOG), 5, what="the dialog to close")
    # The tray menu, opened with a right click on the icon in the panel.
    xdotool_click(desk, 16, 16, button=3)
    wait_until(lambda: visible_windows(desk, "."), 5, what="the tray menu")
    desk.screenshot(shots / "tray-menu.png")
    xdotool_key(desk, "Escape")


def test_nudge_opens_the_dialog_and_the_step_is_kept(app: RunningApp, desk: DesktopSession) -> None:
    shots = artifacts_dir("nudge-to-step")
    asked = app.cli("nudge")
    assert asked.returncode == 0, asked.stderr

    wait_until(lambda: our_nudges(desk), 10, what="a nudge at the notification daemon")
    (nudge,) = our_nudges(desk)
    assert nudge.action_labels == {
        "did-it": "I did it",
        "default": "Another step…",
        "snooze": "Snooze",
    }
    assert APP_ID in (nudge.hint("desktop-entry") or "")
    suggested = next(k for k in DEFAULT_CATALOG if k.suggestion == nudge.body)
    assert nudge.summary.strip()
    desk.screenshot(shots / "notification.png")

    dunst_invoke_default(desk)
    dialog = wait_window(desk, STEP_DIALOG)
    desk.screenshot(shots / "step-dialog.png", dialog)

    xdotool_key(desk, "Tab", window=dialog)  # from the list of steps to the note
    xdotool_type(desk, "Sat by the window with tea", window=dialog)
    xdotool_key(desk, "Return", window=dialog)

    wait_until(app.export, 10, what="the step in the journal")
    (step,) = app.export()
    assert step["note"] == "Sat by the window with tea"
    assert step["kind"] == suggested.id
    assert step["feeling"] is None
    taken = datetime.fromisoformat(step["taken_at"])
    assert taken.utcoffset() is not None
    assert abs(datetime.now(taken.tzinfo) - taken) < timedelta(minutes=2)
    desk.screenshot(shots / "step-dialog-saved.png", dialog)
    # The acknowledgement is shown, then the dialog closes by itself.
    wait_until(lambda: not visible_windows(desk, STEP_DIALOG), 10, what="the dialog to close")
    # Answered: the notification is taken away.
    wait_until(
        lambda: any(s.member == "NotificationClosed" for s in desk.notify_signals()),
        10,
        what="the notification to close",
    )

    shown = app.cli("show", "week")
    assert shown.returncode == 0, shown.stderr
    week = wait_window(desk, WEEK_WINDOW)
    desk.screenshot(shots / "week-window.png", week)


def test_snooze_from_the_notification(app: RunningApp, desk: DesktopSession) -> None:
    assert app.cli("nudge").returncode == 0
    wait_until(lambda: our_nudges(desk), 10, what="a nudge")
    dunst_invoke_action(desk, "Snooze")
    app.wait_log(r"nudge snoozed until \d\d:\d\d")
    assert not visible_windows(desk, STEP_DIALOG)
    state = (app.data_dir / "state.json").read_text()
    assert '"snoozed_until": "' in state


def test_a_reminder_added_on_the_command_line_arrives(
    app: RunningApp, desk: DesktopSession
) -> None:
    now = datetime.now().astimezone()
    due = (now + timedelta(minutes=1 if now.second < 45 else 2)).replace(second=0, microsecond=0)
    label = f"{due:%H:%M}"
    added = app.cli("reminders", "add", label)
    assert added.returncode == 0, added.stderr
    app.wait_log(rf"reminders set: .*{label}", timeout=1.5)  # picked up within a second
    listed = app.cli("reminders", "list").stdout
    assert label in listed

    wait_until(lambda: our_nudges(desk), (due - now).total_seconds() + 15, what="the nudge")
    arrived = datetime.now().astimezone()
    assert due <= arrived < due + timedelta(seconds=15)
    assert len(our_nudges(desk)) == 1
