"""The one-folder PyInstaller bundle works as the installed program does.

Builds ``build/bundle/smallsteps`` with ``scripts/build_bundle.sh`` (or reuses it when it
is newer than every file it is built from), then runs the bundle's own program in a real
session: the tray icon registers, ``smallsteps nudge`` brings a notification, answering it
opens the step dialog, Return keeps the step, and the bundle's ``smallsteps export``
shows it. Nothing here runs the venv's ``smallsteps``.
"""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from smallsteps import APP_ID

from .app_driver import REPO, RunningApp, artifacts_dir
from .desktop import (
    DesktopSession,
    NotifyCall,
    dunst_invoke_default,
    start_session,
    tray_items,
    visible_windows,
    wait_until,
    xdotool_key,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(900)]

BUNDLE_DIR = REPO / "build" / "bundle"
BUNDLE = BUNDLE_DIR / "smallsteps"
PROGRAM = BUNDLE / "smallsteps"
STAMP = BUNDLE_DIR / "smallsteps.built"
BUILT_FROM = (
    "desktop",
    "resources",
    "pyproject.toml",
    "README.md",
    "packaging/pyinstaller",
    "scripts/build_bundle.sh",
)
MAX_SIZE_MB = 200  # 153 MB when written; WebEngine or Quick creeping in would pass 250
UNWANTED = ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "Qt6Pdf", "gtk-3")
STEP_DIALOG = "^A small step$"


def newest_source() -> float:
    """Return the newest modification time of the files the bundle is built from."""
    times = []
    for name in BUILT_FROM:
        path = REPO / name
        files = path.rglob("*") if path.is_dir() else [path]
        times += [f.stat().st_mtime for f in files if f.is_file() and "__pycache__" not in f.parts]
    return max(times)


def size_mb(folder: Path) -> float:
    """Return the disk usage of a folder in MB, as ``du`` counts it."""
    out = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0]) / 1024


@dataclass(frozen=True)
class Bundle:
    """The built bundle and what building it cost."""

    program: Path
    seconds: float | None  # None: an up-to-date bundle was reused
    megabytes: float


@pytest.fixture(scope="module")
def bundle(pytestconfig: pytest.Config) -> Bundle:
    reused = STAMP.exists() and PROGRAM.exists() and STAMP.stat().st_mtime > newest_source()
    seconds = None
    if not reused:
        started = time.monotonic()
        build = subprocess.run(
            [str(REPO / "scripts" / "build_bundle.sh")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        seconds = time.monotonic() - started
        assert build.returncode == 0, f"bundle build failed:\n{build.stdout}\n{build.stderr}"
        assert STAMP.exists()
    built = Bundle(PROGRAM, seconds, size_mb(BUNDLE))
    took = "reused (newer than its sources)" if seconds is None else f"built in {seconds:.0f} s"
    line = f"PyInstaller bundle {BUNDLE.relative_to(REPO)}: {took}, {built.megabytes:.0f} MB"
    (artifacts_dir("bundle") / "bundle.txt").write_text(line + "\n", encoding="utf-8")
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\n{line}")
    return built


@dataclass
class BundledApp(RunningApp):
    """A :class:`RunningApp` that runs the bundle's program instead of the venv's."""

    program: Path = PROGRAM

    def start(self, wait_for: str = "Small Steps started") -> BundledApp:
        self.proc = self.session.spawn(
            [str(self.program), "--data-dir", str(self.data_dir), "--minimized"], self.name
        )
        self.wait_log(wait_for, timeout=30)
        return self

    def cli(self, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        return self.session.run(
            [str(self.program), "--data-dir", str(self.data_dir), *args], timeout=timeout
        )

    def export(self) -> list[dict[str, Any]]:
        result = self.cli("export", "--format", "json")
        assert result.returncode == 0, result.stderr
        steps: list[dict[str, Any]] = json.loads(result.stdout)["steps"]
        return steps


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring="unlocked")
    try:
        yield session
    finally:
        session.stop()


def our_nudges(desk: DesktopSession) -> list[NotifyCall]:
    return [c for c in desk.notify_calls() if c.app_name == "Small Steps"]


def test_bundle_is_small_and_holds_no_unused_qt(bundle: Bundle) -> None:
    assert bundle.megabytes < MAX_SIZE_MB, f"the bundle grew to {bundle.megabytes:.0f} MB"
    names = [p.name for p in BUNDLE.rglob("*")]
    assert not [n for n in names if any(u in n for u in UNWANTED)]
    texts = BUNDLE / "_internal" / "smallsteps" / "resources"
    assert (texts / "texts" / "en" / "nudges.txt").is_file()
    assert (texts / "icons" / "app.svg").is_file()
    version = subprocess.run(
        [str(bundle.program), "--version"], capture_output=True, text=True, timeout=60, check=True
    )
    assert version.stdout.startswith("smallsteps ")


def test_bundle_starts_in_the_tray_and_keeps_a_step(
    bundle: Bundle, desk: DesktopSession, tmp_path: Path
) -> None:
    shots = artifacts_dir("bundle")
    app = BundledApp(desk, tmp_path / "data", program=bundle.program).start()
    try:
        assert Path(f"/proc/{app.pid()}/exe").resolve() == bundle.program.resolve()
        wait_until(lambda: len(tray_items(desk)) == 1, 15, what="the bundle's tray icon")

        asked = app.cli("nudge")
        assert asked.returncode == 0, asked.stderr
        wait_until(lambda: our_nudges(desk), 10, what="a nudge at the notification daemon")
        (nudge,) = our_nudges(desk)
        assert APP_ID in (nudge.hint("desktop-entry") or "")
        assert Path(nudge.app_icon).is_relative_to(BUNDLE), nudge.app_icon
        desk.screenshot(shots / "notification.png")

        dunst_invoke_default(desk)
        found: list[str] = []

        def dialog_shown() -> bool:
            found[:] = visible_windows(desk, STEP_DIALOG)
            return bool(found)

        wait_until(dialog_shown, 10, what="the step dialog")
        desk.screenshot(shots / "step-dialog.png", found[0])
        xdotool_key(desk, "Return", window=found[0])

        wait_until(app.export, 10, what="the step in the journal")
        (step,) = app.export()
        assert step["note"] is None
        assert step["kind"]
        assert "Traceback" not in app.log_text()
    finally:
        code = app.stop()
    assert code == 0, desk.log_tail(app.name, 30)
