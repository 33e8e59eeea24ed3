"""Nudges keep time in the real program: after a sleep, behind a film, at rest.

- Sleep: the program runs under libfaketime with the wall clock read from a file
  and the monotonic clock left alone; writing a new offset makes the wall clock
  leap forward while the timers' clock does not, which is what a process sees
  when the laptop wakes up.
- Fullscreen: a real window manager (openbox) and a real fullscreen window.
- Idle cost: the process's own wake-ups, counted by the kernel.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from .app_driver import RunningApp, artifacts_dir, monotonic, wake_ups
from .desktop import DesktopSession, NotifyCall, start_session, wait_until

pytestmark = pytest.mark.e2e

DEFAULTS = ("10:30", "14:30", "18:00")


def faketime_library() -> str:
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketimeMT.so.1"))
    assert found, "libfaketime is not installed (run make test)"
    return str(found[0])


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst")
    try:
        yield session
    finally:
        session.stop()


def our_nudges(desk: DesktopSession) -> list[NotifyCall]:
    return [c for c in desk.notify_calls() if c.app_name == "Small Steps"]


def only_reminder(app: RunningApp, label: str) -> None:
    """Leave exactly one reminder time, set through the command line."""
    assert app.cli("reminders", "add", label).returncode == 0
    for default in DEFAULTS:
        if default != label:
            assert app.cli("reminders", "remove", default).returncode == 0
    assert app.cli("reminders", "list").stdout.split() == [label, "every", "day"]


def next_minute(ahead: timedelta) -> datetime:
    return (datetime.now().astimezone() + ahead).replace(second=0, microsecond=0)


def sleeping_app(desk: DesktopSession, tmp_path: Path) -> tuple[RunningApp, Path]:
    offset = tmp_path / "faketime-offset"
    offset.write_text("+0\n")
    env = {
        "LD_PRELOAD": faketime_library(),
        "FAKETIME_TIMESTAMP_FILE": str(offset),
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    return RunningApp(desk, tmp_path / "data", extra_env=env), offset


def test_a_nudge_due_during_sleep_comes_once_on_waking(
    desk: DesktopSession, tmp_path: Path
) -> None:
    app, offset = sleeping_app(desk, tmp_path)
    due = next_minute(timedelta(minutes=6))
    only_reminder(app, f"{due:%H:%M}")
    app.start()
    app.wait_log(r"reminders set")
    # The lid closes; it opens 10 minutes later: the reminder passed 4-5 minutes ago.
    woke = monotonic()
    offset.write_text("+600\n")
    wait_until(lambda: our_nudges(desk), 65, what="the late nudge after waking")
    assert monotonic() - woke <= 61
    app.wait_log(rf"nudge due at {due:%H:%M} \(reminder\)")
    app.wait_log(r"wall clock moved \+\d+ s")
    # Exactly once, and nothing more follows.
    settle = monotonic()
    wait_until(lambda: monotonic() - settle > 5, 6)
    assert len(our_nudges(desk)) == 1
    app.stop()


def test_a_nudge_older_than_the_late_window_is_let_go(desk: DesktopSession, tmp_path: Path) -> None:
    app, offset = sleeping_app(desk, tmp_path)
    due = next_minute(timedelta(minutes=6))
    only_reminder(app, f"{due:%H:%M}")
    app.start()
    app.wait_log(r"reminders set")
    offset.write_text("+7200\n")  # two hours asleep: the reminder is far past the hour's window
    app.wait_log(rf"nudge due at {due:%H:%M} not sent: older than the late window", timeout=75)
    assert our_nudges(desk) == []
    app.stop()


FILM = """\
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
film = QLabel("a film")
film.setWindowTitle("A film")
film.showFullScreen()
app.exec()
"""


def active_window_fullscreen(desk: DesktopSession) -> bool:
    active = desk.run(["xprop", "-root", "_NET_ACTIVE_WINDOW"]).stdout.split()[-1]
    if active in {"0x0", "found."}:
        return False
    state = desk.run(["xprop", "-id", active, "_NET_WM_STATE"]).stdout
    return "_NET_WM_STATE_FULLSCREEN" in state


def test_a_fullscreen_film_holds_the_nudge_until_it_ends(
    desk: DesktopSession, tmp_path: Path
) -> None:
    desk.spawn(["openbox", "--sm-disable"], "openbox")
    wait_until(
        lambda: "_NET_SUPPORTING_WM_CHECK(WINDOW)" in desk.run(["xprop", "-root"]).stdout,
        10,
        what="the window manager",
    )
    app = RunningApp(desk, tmp_path / "data")
    now = datetime.now().astimezone()
    due = next_minute(timedelta(minutes=1 if now.second < 40 else 2))
    only_reminder(app, f"{due:%H:%M}")
    app.start()

    desk.spawn([sys.executable, "-c", FILM], "film")
    wait_until(lambda: active_window_fullscreen(desk), 15, what="the film to go fullscreen")
    desk.screenshot(artifacts_dir("fullscreen") / "film.png")

    app.wait_log(rf"nudge due at {due:%H:%M} waits: person busy", timeout=140)
    assert our_nudges(desk) == []

    # The film ends its fullscreen: the nudge comes, once.
    desk.run(["wmctrl", "-r", "A film", "-b", "remove,fullscreen"], check=True)
    wait_until(lambda: not active_window_fullscreen(desk), 10, what="fullscreen to end")
    wait_until(lambda: our_nudges(desk), 15, what="the held nudge")
    settle = monotonic()
    wait_until(lambda: monotonic() - settle > 5, 6)
    assert len(our_nudges(desk)) == 1
    app.stop()


def test_many_reminder_edits_do_not_wake_the_process_more(
    desk: DesktopSession, tmp_path: Path
) -> None:
    once = RunningApp(desk, tmp_path / "once", name="once").start()
    often = RunningApp(desk, tmp_path / "often", name="often").start()
    assert once.cli("reminders", "add", "07:00").returncode == 0
    for _ in range(100):
        assert often.cli("reminders", "add", "07:00").returncode == 0
        assert often.cli("reminders", "remove", "07:00").returncode == 0
    assert often.cli("reminders", "add", "07:00").returncode == 0
    often.wait_log(r"reminders set", count=201, timeout=20)
    once.wait_log(r"reminders set", count=2, timeout=5)

    start = monotonic()
    before = {app.name: wake_ups(app.pid()) for app in (once, often)}
    wait_until(lambda: monotonic() - start >= 60, 62, interval=1)
    woke = {app.name: wake_ups(app.pid()) - before[app.name] for app in (once, often)}
    report = artifacts_dir("wakeups") / "wakeups.txt"
    report.write_text(
        f"voluntary context switches over 60 s idle: after 1 edit {woke['once']}, "
        f"after 201 edits {woke['often']}\n"
    )
    print(report.read_text())
    assert woke["often"] <= woke["once"] + 5
    once.stop()
    often.stop()
