"""Faults while running: the real program keeps working and loses nothing.

A full disk, a tray host and a keyring that vanish, two starts at the same instant.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .app_driver import RunningApp, artifacts_dir, smallsteps_exe
from .desktop import (
    DesktopSession,
    kill_part,
    restart_tray_host,
    start_session,
    tray_items,
    visible_windows,
    wait_until,
    wait_window,
    xdotool_key,
)

pytestmark = pytest.mark.e2e

STEP_DIALOG = "^A small step$"


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring="unlocked")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own small tmpfs, so the test can make it read-only."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(mount)], check=True
    )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the small disk to the last byte; returns the filler file."""
    filler = disk / "filler"
    with filler.open("wb") as out:
        block = b"\0" * 65536
        try:
            while True:
                out.write(block)
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_holds_the_step_until_it_can_be_written(
    desk: DesktopSession, small_disk: Path
) -> None:
    shots = artifacts_dir("faults-disk-full")
    app = RunningApp(desk, small_disk / "data").start()
    assert app.cli("show", "step").returncode == 0
    dialog = wait_window(desk, STEP_DIALOG)
    filler = fill(small_disk)
    xdotool_key(desk, "Down Down Return", window=dialog)  # "Rest"
    app.wait_log(r"a step waits to be saved")
    assert app.export() == []
    desk.screenshot(shots / "dialog-held.png", dialog)
    assert visible_windows(desk, STEP_DIALOG)
    filler.unlink()  # room again
    wait_until(lambda: len(app.export()) == 1, 25, what="the held step to be saved")
    (step,) = app.export()
    assert step["kind"] == "rest"
    desk.screenshot(shots / "dialog-saved-later.png", dialog)
    app.stop()


def test_the_tray_icon_comes_back_when_the_panel_restarts(
    desk: DesktopSession, tmp_path: Path
) -> None:
    app = RunningApp(desk, tmp_path / "data").start()
    wait_until(lambda: len(tray_items(desk)) == 1, 10, what="the tray icon")
    restart_tray_host(desk)
    wait_until(lambda: len(tray_items(desk)) == 1, 15, what="the tray icon to come back")
    assert app.cli("nudge").returncode == 0
    wait_until(desk.notify_calls, 10, what="a nudge after the restart")
    app.stop()


def test_when_the_keyring_goes_away_notes_fail_closed_and_steps_go_on(
    desk: DesktopSession, tmp_path: Path
) -> None:
    app = RunningApp(desk, tmp_path / "data").start()
    assert app.cli("record", "walk", "--note", "before").returncode == 0
    kill_part(desk, "gnome-keyring-daemon")
    wait_until(lambda: not desk.bus_has_name("org.freedesktop.secrets"), 5, what="no keyring")
    refused = app.cli("record", "read", "--note", "after")
    assert refused.returncode == 3
    assert "Nothing was kept" in refused.stderr
    assert app.cli("record", "rest").returncode == 0
    kinds = sorted(s["kind"] for s in app.export())
    assert kinds == ["rest", "walk"]
    app.stop()


def test_two_starts_at_the_same_instant_make_one_tray_icon(
    desk: DesktopSession, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    args = [smallsteps_exe(), "--data-dir", str(data), "--minimized"]
    first = desk.spawn(args, "first")
    second = desk.spawn(args, "second")
    wait_until(lambda: first.poll() is not None or second.poll() is not None, 20, what="one exit")
    wait_until(lambda: len(tray_items(desk)) >= 1, 15, what="a tray icon")
    running = second if first.poll() is not None else first
    done = first if running is second else second
    assert done.returncode == 0
    assert "already running" in desk.log_path("first" if done is first else "second").read_text()
    assert len(tray_items(desk)) == 1
    assert running.poll() is None
    running.terminate()
    running.wait(timeout=10)
