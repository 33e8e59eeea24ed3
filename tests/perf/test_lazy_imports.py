"""Start-up stays light: heavy modules load on first use, never before the tray icon.

The issue "Light as air" sets start to icon within 1.25x and peak RSS within 1.15x
of a bare PySide6 tray program. The keyring, the cipher, plyer, QtCharts and the
step/settings/week windows are the big optional costs, so they must load on first
use. The journal (sqlite3), the reminder schedule (APScheduler) and the channel for
the command line (QtNetwork) are built on the event loop's next turns, after the
icon. And some modules must not load at all in a normal start: what APScheduler
would pull in if imported the ordinary way (asyncio, importlib.metadata, the pool
executors, uuid), OpenSSL through hashlib/hmac, logging.handlers.
Timing is too noisy for CI; which modules are loaded is not. This test runs the
real entry point (``smallsteps --data-dir TMP``) in a subprocess on Qt's offscreen
platform and checks ``sys.modules`` the moment ``SmallStepsApp.start()`` returned,
which is where the tray icon is shown, and again once the app is ready. See
``startup_modules.py`` next to it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).with_name("startup_modules.py")

KNOWN_EAGER: dict[str, str] = {}
"""Violations known and reported; each is a strict xfail until it is fixed (cryptography was
one until 8946547 made the cipher load with the first note)."""

LAZY = (
    "keyring",
    "cryptography",
    "plyer",
    "PySide6.QtCharts",
    "smallsteps.ui.week_window",
    "smallsteps.ui.settings_dialog",
    "smallsteps.ui.step_dialog",
    "smallsteps.ui.theme",
)
"""Packages/modules (with their submodules) that must load on first use only (the theme:
with the first window; reading the system's scheme builds all of Qt's namespace enums)."""

AFTER_ICON = (
    "apscheduler",
    "sqlite3",
    "PySide6.QtNetwork",
    "smallsteps.storage.journal",
    "smallsteps.services.reminders",
    "smallsteps.core.settings",
    "smallsteps.storage.settings_store",
    "smallsteps.storage.state_store",
    "smallsteps.core.models",
)
"""Packages/modules the running app needs, but only after the tray icon is shown."""

NOT_BEFORE_ICON = ("importlib.resources",)
"""Not needed to show the icon (``core.resources`` finds the files without it); it may load
later: tzlocal goes through it where ``/etc/localtime`` is not a link into the zone files."""

NEVER = (
    "asyncio",
    "importlib.metadata",
    "concurrent.futures",
    "multiprocessing",
    "uuid",
    "hashlib",
    "hmac",
    "ssl",
    "logging.handlers",
)
"""Packages/modules a normal start must not load at all, even once the app is ready."""

NOT_NATIVE_BEFORE_ICON = ("libQt6Svg", "libqsvgicon", "libqsvg")
"""Qt libraries the tray icon must not need: it is drawn from PNGs, since the SVG module and
its plugins cost about 2 MiB for as long as the app runs. (Windows with SVG icons load them.)"""


def _loaded(lazy: str, modules: list[str]) -> list[str]:
    return [m for m in modules if m == lazy or m.startswith(lazy + ".")]


def _explain(lazy: str, loaded: list[str], importers: dict[str, list[str]]) -> str:
    chain = " -> ".join(importers.get(lazy, [])) or "(no smallsteps frame on the stack)"
    return f"{lazy} ({len(loaded)} modules) imported via {chain}"


def _cases() -> list[object]:
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_EAGER[name], strict=True))
        if name in KNOWN_EAGER
        else name
        for name in LAZY
    ]


@pytest.fixture(scope="module")
def startup(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("startup") / "data"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        # No session bus: nothing real is touched and libdbus cannot autolaunch one.
        DBUS_SESSION_BUS_ADDRESS=f"unix:path={data_dir.parent / 'no-bus'}",
        DBUS_SYSTEM_BUS_ADDRESS=f"unix:path={data_dir.parent / 'no-system-bus'}",
        PYTHONWARNINGS="ignore",
    )
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"startup script failed:\n{done.stdout}\n{done.stderr}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["started"], f"SmallStepsApp.start() was never reached:\n{done.stderr}"
    assert result["ready"], f"the app never got ready after its icon:\n{done.stderr}"
    return result


def test_the_startup_path_reaches_the_tray(startup: dict[str, Any]) -> None:
    # Sanity: the snapshot is of a real start (Qt widgets and the tray module loaded).
    assert "smallsteps.app" in startup["at_start"]
    assert "smallsteps.ui.tray" in startup["at_start"]
    assert "PySide6.QtWidgets" in startup["at_start"]
    assert startup["exit_code"] == 0


@pytest.mark.parametrize("lazy", _cases())
def test_not_imported_before_the_tray_icon(startup: dict[str, Any], lazy: str) -> None:
    loaded = _loaded(lazy, startup["at_start"])
    assert not loaded, "imported before the tray icon is shown: " + _explain(
        lazy, loaded, startup["importers"]
    )


@pytest.mark.parametrize("lazy", _cases())
def test_not_imported_in_the_first_turns_of_the_event_loop(
    startup: dict[str, Any], lazy: str
) -> None:
    # Right after start the app picks its notification path; that must stay light too.
    loaded = _loaded(lazy, startup["after_loop"])
    assert not loaded, "imported just after start: " + _explain(lazy, loaded, startup["importers"])


@pytest.mark.parametrize("later", AFTER_ICON + NOT_BEFORE_ICON)
def test_not_needed_for_the_tray_icon(startup: dict[str, Any], later: str) -> None:
    loaded = _loaded(later, startup["at_start"])
    assert not loaded, "imported before the tray icon is shown: " + _explain(
        later, loaded, startup["importers"]
    )


@pytest.mark.parametrize("later", AFTER_ICON)
def test_built_after_the_tray_icon_is_shown(startup: dict[str, Any], later: str) -> None:
    # It is there once the app is ready (else the test above would prove nothing for it).
    assert _loaded(later, startup["after_loop"]), f"{later} never loaded"


@pytest.mark.parametrize("heavy", NEVER)
def test_never_imported_by_a_normal_start(startup: dict[str, Any], heavy: str) -> None:
    loaded = _loaded(heavy, startup["after_loop"])
    assert not loaded, "imported by the start: " + _explain(heavy, loaded, startup["importers"])


@pytest.mark.parametrize("library", NOT_NATIVE_BEFORE_ICON)
def test_the_tray_icon_does_not_load_the_svg_module(startup: dict[str, Any], library: str) -> None:
    mapped = [name for name in startup["libraries"] if name.startswith(library + ".")]
    assert not mapped, f"mapped before the tray icon is shown: {mapped}"
    assert any(name.startswith("libQt6Widgets.") for name in startup["libraries"])


def test_waiting_in_the_tray_builds_none_of_qts_namespace_enums(startup: dict[str, Any]) -> None:
    # The first of them (even a value Qt returns) makes PySide6 build all ~90: ~1.5 MiB.
    # Only windows need them; the light/dark follower comes with the first window.
    assert startup["qt_namespace_enums"] == 0
