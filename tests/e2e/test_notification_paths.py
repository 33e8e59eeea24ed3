"""A nudge can be answered in one click on every desktop, tray or no tray.

A matrix of real sessions: StatusNotifierItem tray + dunst, XEmbed tray without a
notification service, no tray + dunst, and no tray with no D-Bus at all. Each
answers a nudge as a person would and checks the journal with ``smallsteps export``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smallsteps.core.catalog import DEFAULT_CATALOG

from .app_driver import RunningApp, artifacts_dir
from .desktop import (
    DesktopSession,
    NotifyCall,
    NotifyKind,
    TrayKind,
    dunst_invoke_action,
    dunst_invoke_default,
    kill_dunst,
    start_dunst,
    start_session,
    tray_items,
    visible_windows,
    wait_until,
    wait_window,
    window_geometry,
    xdotool_click,
    xdotool_key,
)

pytestmark = pytest.mark.e2e

STEP_DIALOG = "^A small step$"
WEEK_WINDOW = "^This week · Small Steps$"


def session(
    tmp_path: Path, tray: TrayKind, notify: NotifyKind, dbus: bool = True
) -> DesktopSession:
    return start_session(tmp_path / "desk", tray=tray, notify=notify, dbus=dbus)


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[list[DesktopSession]]:
    started: list[DesktopSession] = []
    try:
        yield started
    finally:
        for desk in started:
            desk.stop()


def our_nudges(desk: DesktopSession) -> list[NotifyCall]:
    return [c for c in desk.notify_calls() if c.app_name == "Small Steps" and c.actions]


def answer_dialog(desk: DesktopSession, app: RunningApp, shots: Path) -> dict[str, object]:
    """The step dialog is open: keep the preselected step with Enter."""
    dialog = wait_window(desk, STEP_DIALOG)
    desk.screenshot(shots / "step-dialog.png", dialog)
    xdotool_key(desk, "Return", window=dialog)
    wait_until(app.export, 10, what="the step in the journal")
    (step,) = app.export()
    return step


def test_sni_and_dunst_i_did_it_keeps_the_step_without_a_window(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("paths-sni-dunst")
    desk = session(tmp_path, "sni", "dunst")
    stack.append(desk)
    app = RunningApp(desk, tmp_path / "data").start()
    app.wait_log(r"nudges will be shown through: desktop notifications with buttons")
    assert app.cli("nudge").returncode == 0
    wait_until(lambda: our_nudges(desk), 10, what="the nudge")
    (nudge,) = our_nudges(desk)
    assert nudge.action_labels == {
        "did-it": "I did it",
        "default": "Another step…",
        "snooze": "Snooze",
    }
    assert nudge.hint("category") is not None
    suggested = next(k for k in DEFAULT_CATALOG if k.suggestion == nudge.body)
    desk.screenshot(shots / "notification.png")

    dunst_invoke_action(desk, "I did it")
    wait_until(app.export, 10, what="the step in the journal")
    (step,) = app.export()
    assert step["kind"] == suggested.id
    assert not visible_windows(desk, STEP_DIALOG)
    # A kind confirmation replaces the nudge, and the tray offers Undo for a minute.
    wait_until(
        lambda: any(c.summary == f"Kept: {suggested.label}" for c in desk.notify_calls()),
        10,
        what="the confirmation",
    )
    desk.screenshot(shots / "confirmation.png")

    # Changed their mind: "Undo" is the second item of the tray menu for a minute.
    xdotool_click(desk, 16, 16, button=3)
    wait_until(lambda: visible_windows(desk, "."), 5, what="the tray menu")
    desk.screenshot(shots / "tray-menu-with-undo.png")
    xdotool_click(desk, 80, 73)
    app.wait_log(r"step undone")
    assert app.export() == []
    app.stop()


def test_sni_and_dunst_a_restarted_daemon_still_gets_the_next_nudge(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    desk = session(tmp_path, "sni", "dunst")
    stack.append(desk)
    app = RunningApp(desk, tmp_path / "data").start()
    assert app.cli("nudge").returncode == 0
    wait_until(lambda: len(our_nudges(desk)) == 1, 10, what="the first nudge")

    kill_dunst(desk)
    start_dunst(desk)

    assert app.cli("nudge").returncode == 0
    wait_until(lambda: len(our_nudges(desk)) == 2, 10, what="the second nudge")
    dunst_invoke_default(desk)
    step = answer_dialog(desk, app, artifacts_dir("paths-daemon-restart"))
    assert step["kind"] in {k.id for k in DEFAULT_CATALOG}
    app.stop()


def test_xembed_tray_without_a_notification_service_uses_the_balloon(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("paths-xembed-balloon")
    desk = session(tmp_path, "xembed", "none")
    stack.append(desk)
    app = RunningApp(desk, tmp_path / "data").start()
    wait_until(lambda: len(tray_items(desk)) == 1, 10, what="the tray icon")
    app.wait_log(r"nudges will be shown through: tray icon messages")
    assert app.cli("nudge").returncode == 0
    app.wait_log(r"nudges are shown through: tray balloon|nudge shown=True")

    balloons: list[str] = []

    def balloon_shown() -> bool:
        ours = desk.run(["xdotool", "search", "--onlyvisible", "--class", "smallsteps"]).stdout
        # The tray icon's own window is icon-sized; the balloon is wide.
        balloons[:] = [w for w in ours.split() if window_geometry(desk, w)[2] > 120]
        return bool(balloons)

    wait_until(balloon_shown, 10, what="the balloon")
    desk.screenshot(shots / "balloon.png")
    x, y, width, height = window_geometry(desk, balloons[0])
    xdotool_click(desk, x + width // 2, y + height // 2)
    step = answer_dialog(desk, app, shots)
    assert step["note"] is None
    app.stop()


def test_no_tray_with_dunst_nudges_still_open_the_dialog(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("paths-no-tray-dunst")
    desk = session(tmp_path, "none", "dunst")
    stack.append(desk)
    app = RunningApp(desk, tmp_path / "data").start()
    app.wait_log(r"no system tray yet")
    assert app.cli("nudge").returncode == 0
    wait_until(lambda: our_nudges(desk), 10, what="the nudge")
    dunst_invoke_default(desk)
    answer_dialog(desk, app, shots)
    wait_until(lambda: not visible_windows(desk, STEP_DIALOG), 10, what="the dialog to close")
    # Starting it again from the launcher opens the week: it is the app's home.
    again = app.cli()
    assert again.returncode == 0
    week = wait_window(desk, WEEK_WINDOW)
    desk.screenshot(shots / "week-as-home.png", week)
    app.stop()


def test_no_tray_and_no_dbus_the_in_app_popup_opens_the_dialog(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("paths-in-app-popup")
    desk = session(tmp_path, "none", "none", dbus=False)
    stack.append(desk)
    app = RunningApp(desk, tmp_path / "data").start()
    app.wait_log(r"nudges will be shown through: a small Small Steps window")
    assert app.cli("nudge").returncode == 0
    popup = wait_window(desk, "^Small Steps nudge$")
    desk.screenshot(shots / "popup.png")
    x, y, width, height = window_geometry(desk, popup)
    # The second of four buttons along the bottom: "Another step…".
    xdotool_click(desk, x + (width * 3) // 8, y + height - 22)
    answer_dialog(desk, app, shots)
    assert not visible_windows(desk, "^Small Steps nudge$")
    app.stop()
