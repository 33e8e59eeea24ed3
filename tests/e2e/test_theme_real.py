"""Windows follow the desktop's light/dark preference, live, in a real X session.

The session's bus gets a stand-in for the Settings portal (:mod:`.portal`), which
answers ``org.freedesktop.appearance`` ``color-scheme`` (1 = prefer dark, 2 = prefer
light) and emits ``SettingChanged`` when a test flips it, as a desktop's dark-mode
switch does. Programs run on xcb with a platform theme that reads the portal
(``QT_QPA_PLATFORMTHEME``); each window is screenshot with ImageMagick and its
background (the pixels along its edge) must be dark (lightness < 80) or light.

What Qt 6.11 does by itself is pinned here too, because it is why
``smallsteps.ui.theme`` exists: the ``xdgdesktopportal`` theme reports the new scheme
but keeps the palette it started with, and the ``gtk3`` theme reports "dark" over a
light GTK palette. If a Qt upgrade fixes that, the pinning test says so.

Screenshots: ``test-artifacts/e2e/theme/``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from .app_driver import RunningApp, artifacts_dir
from .desktop import (
    DesktopSession,
    missing_programs,
    start_session,
    tray_items,
    wait_until,
    wait_window,
    window_geometry,
    xdotool_click,
)
from .portal import FakePortal

pytestmark = pytest.mark.e2e

PREFER_DARK = 1
PREFER_LIGHT = 2
DARK_BELOW = 80  # HSL lightness 0..255 of a dark window background
LIGHT_ABOVE = 170
PROBE_WINDOW = "^Theme probe$"
WEEK_WINDOW = "^This week · Small Steps$"

PROBE_SCRIPT = """\
import sys
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

app = QApplication(sys.argv)
hints = app.styleHints()
hints.colorSchemeChanged.connect(lambda s: print("qt scheme", s.name, flush=True))
if sys.argv[1] == "follow":
    from smallsteps.ui.theme import follow

    follower = follow(app)
    follower.scheme_changed.connect(
        lambda dark: print("follower", "dark" if dark else "light", flush=True)
    )
dialog = QDialog()
dialog.setWindowTitle("Theme probe")
layout = QVBoxLayout(dialog)
layout.addWidget(QLabel("Any step counts."))
layout.addWidget(QLineEdit("a line in a journal"))
layout.addWidget(QCheckBox("Rest counts too"))
layout.addWidget(QPushButton("I did it"))
dialog.resize(360, 220)
dialog.show()
print("shown; qt scheme", hints.colorScheme().name, "style", app.style().name(), flush=True)
sys.exit(app.exec())
"""


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    missing = missing_programs("none", "none")
    if missing:
        pytest.fail(f"desktop programs not installed (run make test): {', '.join(missing)}")
    session = start_session(tmp_path / "desk", tray="none", notify="none")
    try:
        yield session
    finally:
        session.stop()


@pytest.fixture
def portal(desk: DesktopSession) -> Iterator[FakePortal]:
    with FakePortal(desk.bus_address, color_scheme=PREFER_DARK) as fake:
        yield fake


def background_lightness(png: Path) -> int:
    """Median HSL lightness (0..255) of the pixels along the edge of a window shot."""
    image = QImage(str(png))
    assert not image.isNull(), f"cannot read {png}"
    width, height = image.width(), image.height()
    edge = 3
    values = [
        QColor(image.pixel(x, y)).lightness()
        for y in range(height)
        for x in range(width)
        if x < edge or y < edge or x >= width - edge or y >= height - edge
    ]
    return int(statistics.median(values))


def shoot(desk: DesktopSession, wid: str, name: str) -> int:
    """Keep a screenshot of the window under ``test-artifacts/e2e/theme`` and measure it."""
    png = desk.screenshot(artifacts_dir("theme") / name, wid)
    return background_lightness(png)


def wait_lightness(desk: DesktopSession, wid: str, name: str, dark: bool) -> int:
    """Screenshot until the background is on the wanted side (repaints take a moment)."""
    seen: list[int] = []

    def on_side() -> bool:
        seen.append(shoot(desk, wid, name))
        return seen[-1] < DARK_BELOW if dark else seen[-1] > LIGHT_ABOVE

    try:
        wait_until(on_side, 10, interval=0.2)
    except AssertionError:
        side = "dark" if dark else "light"
        pytest.fail(f"{name}: the window did not turn {side}; lightness seen: {seen}")
    return seen[-1]


def start_probe(
    desk: DesktopSession, tmp_path: Path, mode: str, theme: str, desktop: str = ""
) -> str:
    """Run the probe program (``follow`` or ``qt``) and return its window id.

    ``desktop`` is put in ``XDG_CURRENT_DESKTOP`` (which picks the theme that the
    ``xdgdesktopportal`` theme builds on: ``XFCE`` gives ``gtk3``).
    """
    script = tmp_path / "theme_probe.py"
    script.write_text(PROBE_SCRIPT)
    env = {"QT_QPA_PLATFORMTHEME": theme}
    if desktop:
        env["XDG_CURRENT_DESKTOP"] = desktop
    proc = desk.spawn([sys.executable, str(script), mode], f"probe-{mode}", extra_env=env)
    wait_until(lambda: "shown" in log_of(desk, mode) or proc.poll() is not None, 20)
    assert proc.poll() is None, f"the probe exited:\n{log_of(desk, mode)}"
    return wait_window(desk, PROBE_WINDOW)


def log_of(desk: DesktopSession, mode: str) -> str:
    path = desk.log_path(f"probe-{mode}")
    return path.read_text(errors="replace") if path.exists() else ""


def wait_line(desk: DesktopSession, mode: str, line: str, count: int = 1) -> None:
    wait_until(
        lambda: log_of(desk, mode).count(line) >= count,
        10,
        what=f"{line!r} from the probe:\n{log_of(desk, mode)}",
    )


def test_window_follows_the_system_scheme_live(
    desk: DesktopSession, portal: FakePortal, tmp_path: Path
) -> None:
    wid = start_probe(desk, tmp_path, "follow", "xdgdesktopportal")
    assert "qt scheme Dark" in log_of(desk, "follow")
    wait_lightness(desk, wid, "probe-1-prefer-dark.png", dark=True)

    portal.set_color_scheme(PREFER_LIGHT)
    wait_line(desk, "follow", "follower light")
    wait_lightness(desk, wid, "probe-2-prefer-light.png", dark=False)

    portal.set_color_scheme(PREFER_DARK)
    wait_line(desk, "follow", "follower dark")
    wait_lightness(desk, wid, "probe-3-prefer-dark-again.png", dark=True)
    assert portal.calls_of("ReadAll"), "Qt never asked the portal"


def test_gtk_palette_is_turned_dark_when_the_system_prefers_dark(
    desk: DesktopSession, portal: FakePortal, tmp_path: Path
) -> None:
    """The gtk3 theme (GNOME, Xfce...) says Dark but keeps the light Adwaita palette."""
    portal.set_color_scheme(PREFER_LIGHT)  # nobody listens yet: the start value
    wid = start_probe(desk, tmp_path, "follow", "gtk3")
    wait_lightness(desk, wid, "probe-gtk3-1-prefer-light.png", dark=False)

    portal.set_color_scheme(PREFER_DARK)
    wait_line(desk, "follow", "qt scheme Dark")
    wait_line(desk, "follow", "follower dark")
    wait_lightness(desk, wid, "probe-gtk3-2-prefer-dark.png", dark=True)

    portal.set_color_scheme(PREFER_LIGHT)
    wait_line(desk, "follow", "follower light")
    wait_lightness(desk, wid, "probe-gtk3-3-prefer-light-again.png", dark=False)


def test_dark_from_the_start_over_a_gtk_palette(
    desk: DesktopSession, portal: FakePortal, tmp_path: Path
) -> None:
    """On Xfce, xdgdesktopportal says Dark from the first moment, over a light GTK palette."""
    wid = start_probe(desk, tmp_path, "follow", "xdgdesktopportal", desktop="XFCE")
    assert "qt scheme Dark" in log_of(desk, "follow"), log_of(desk, "follow")
    wait_lightness(desk, wid, "probe-xfce-prefer-dark.png", dark=True)


def test_qt_alone_reports_the_change_but_keeps_its_palette(
    desk: DesktopSession, portal: FakePortal, tmp_path: Path
) -> None:
    """Pins Qt 6.11's behaviour; if this fails, Qt may now switch palettes itself."""
    wid = start_probe(desk, tmp_path, "qt", "xdgdesktopportal")
    assert "qt scheme Dark" in log_of(desk, "qt")
    wait_lightness(desk, wid, "qt-alone-1-prefer-dark.png", dark=True)

    portal.set_color_scheme(PREFER_LIGHT)
    wait_line(desk, "qt", "qt scheme Light")
    # Give Qt every chance to repaint, then look: still the dark palette it started with.
    time.sleep(1)
    lightness = shoot(desk, wid, "qt-alone-2-prefer-light.png")
    assert lightness < DARK_BELOW, (
        f"Qt repainted the window itself (lightness {lightness}): smallsteps.ui.theme "
        "may no longer need its own palette on this Qt version"
    )


def test_the_week_window_follows_the_system_scheme(
    desk: DesktopSession, portal: FakePortal, tmp_path: Path
) -> None:
    app = RunningApp(
        desk, tmp_path / "data", extra_env={"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}
    ).start()
    try:
        # Waiting in the tray needs no palette: the follower comes with the first window.
        assert "theme:" not in app.log_text()
        assert app.cli("show", "week").returncode == 0
        week = wait_window(desk, WEEK_WINDOW)
        assert "theme: system scheme Dark, dark palette" in app.log_text()
        wait_lightness(desk, week, "week-window-prefer-dark.png", dark=True)

        portal.set_color_scheme(PREFER_LIGHT)
        app.wait_log("theme: system scheme Light, light palette")
        wait_lightness(desk, week, "week-window-prefer-light.png", dark=False)
    finally:
        app.stop()


@pytest.fixture
def xembed_desk(tmp_path: Path) -> Iterator[DesktopSession]:
    with start_session(tmp_path / "xdesk", tray="xembed", notify="none") as session:
        yield session


def test_the_tray_menu_drawn_by_the_app_is_dark_on_a_dark_desktop(
    xembed_desk: DesktopSession, tmp_path: Path
) -> None:
    # On an XEmbed tray the app draws the menu itself; the follower starts as it opens.
    desk = xembed_desk
    with FakePortal(desk.bus_address, color_scheme=PREFER_DARK):
        app = RunningApp(
            desk, tmp_path / "data", extra_env={"QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}
        ).start()
        try:
            wait_until(lambda: len(tray_items(desk)) == 1, 10, what="the tray icon")
            assert "theme:" not in app.log_text()  # nothing drawn yet, no palette needed
            icon = tray_items(desk)[0].split()[0]
            x, y, width, height = window_geometry(desk, icon)

            def ours() -> set[str]:
                found = desk.run(["xdotool", "search", "--onlyvisible", "--class", "smallsteps"])
                return set(found.stdout.split())

            before = ours()
            xdotool_click(desk, x + width // 2, y + height // 2, button=3)
            opened: list[str] = []

            def menu_open() -> bool:  # a new window of ours, wider than the icon
                opened[:] = [w for w in ours() - before if window_geometry(desk, w)[2] > 100]
                return bool(opened)

            wait_until(menu_open, 10, what="the tray menu")
            app.wait_log("theme: system scheme Dark, dark palette")
            wait_lightness(desk, opened[0], "tray-menu-xembed-prefer-dark.png", dark=True)
        finally:
            app.stop()
