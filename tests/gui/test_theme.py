"""Light and dark: the palette follows the system's scheme; tray icons read on any panel.

The offscreen platform has no colour scheme of its own (``colorScheme()`` stays
Unknown and ``setColorScheme`` does nothing there), so the follower is driven by
emitting ``QStyleHints.colorSchemeChanged`` as a platform theme would. The real thing,
with a Settings portal on a session bus, is tests/e2e/test_theme_real.py.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smallsteps.core.resources import TRAY_ICON_NAMES, TRAY_ICON_SIZES, icon_path, tray_icon_paths
from smallsteps.ui.icons import tray_icon
from smallsteps.ui.theme import (
    ThemeFollower,
    contrast_ratio,
    counterpart_palette,
    follow,
    is_dark,
)

G = QPalette.ColorGroup
R = QPalette.ColorRole
ENABLED = (G.Active, G.Inactive)
TEXT_ON = (
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.ToolTipText, R.ToolTipBase),
)

TRAY_ICONS = TRAY_ICON_NAMES
TRAY_SIZES = (16, 22, 24, 32)
PANELS = {"light": QColor(0xF2, 0xF2, 0xF2), "dark": QColor(0x1E, 0x1E, 0x1E)}
OUTLINE_CONTRAST = 3.0  # WCAG 2.1 non-text contrast (1.4.11)


# --------------------------------------------------------------------------- palettes


def lightness(palette: QPalette, role: QPalette.ColorRole) -> int:
    return palette.color(G.Active, role).lightness()


def test_the_counterpart_of_qts_light_palette_is_dark_and_readable(qapp: QApplication) -> None:
    light = qapp.palette()
    assert not is_dark(light)
    dark = counterpart_palette(light)
    assert is_dark(dark)
    assert lightness(dark, R.Window) < 80
    assert lightness(dark, R.Base) < 80
    for group in ENABLED:
        for text, background in TEXT_ON:
            ratio = contrast_ratio(dark.color(group, text), dark.color(group, background))
            assert ratio >= 7.0, (group, text, ratio)
        for link in (R.Link, R.LinkVisited):
            ratio = contrast_ratio(dark.color(group, link), dark.color(group, R.Base))
            assert ratio >= 4.5, (group, link, ratio)


def test_the_3d_shades_stay_around_the_button(qapp: QApplication) -> None:
    dark = counterpart_palette(qapp.palette())
    button = lightness(dark, R.Button)
    assert lightness(dark, R.Light) > button > lightness(dark, R.Mid) >= lightness(dark, R.Dark)
    assert lightness(dark, R.Dark) >= lightness(dark, R.Shadow)


def test_turning_twice_comes_back(qapp: QApplication) -> None:
    light = qapp.palette()
    back = counterpart_palette(counterpart_palette(light))
    assert not is_dark(back)
    for role in (R.Window, R.Base, R.Text, R.WindowText, R.Button, R.AlternateBase):
        assert abs(back.color(role).lightness() - light.color(role).lightness()) <= 3, role


def test_a_pale_tint_stays_a_quiet_tint(qapp: QApplication) -> None:
    """The cream of a tooltip becomes a dark warm grey, not a loud olive."""
    dark = counterpart_palette(qapp.palette())
    tooltip = dark.color(R.ToolTipBase)
    assert tooltip.lightness() < 80
    assert tooltip.hslSaturation() < 128


def test_dim_backdrop_text_is_lifted_to_aa(qapp: QApplication) -> None:
    """GTK themes dim the text of windows without focus; in dark it must still read."""
    gtk_like = QPalette(qapp.palette())
    gtk_like.setColor(G.Inactive, R.WindowText, QColor(0x92, 0x95, 0x95))
    gtk_like.setColor(G.All, R.Window, QColor(0xFA, 0xF9, 0xF8))
    dark = counterpart_palette(gtk_like)
    ratio = contrast_ratio(dark.color(G.Inactive, R.WindowText), dark.color(G.Inactive, R.Window))
    assert ratio >= 4.5


def test_disabled_text_stays_quieter_than_enabled_text(qapp: QApplication) -> None:
    dark = counterpart_palette(qapp.palette())
    window = dark.color(G.Disabled, R.Window)
    disabled = contrast_ratio(dark.color(G.Disabled, R.WindowText), window)
    enabled = contrast_ratio(dark.color(G.Active, R.WindowText), dark.color(G.Active, R.Window))
    assert 1.0 < disabled < enabled


# --------------------------------------------------------------------------- the follower


@pytest.fixture
def follower(qapp: QApplication) -> Iterator[ThemeFollower]:
    style = qapp.style().name()
    following = ThemeFollower(qapp)
    try:
        yield following
    finally:
        following.stop()
        following.deleteLater()
        qapp.setPalette(QPalette())
        if qapp.style().name() != style:
            qapp.setStyle(style)


def system_says(qapp: QApplication, scheme: Qt.ColorScheme) -> None:
    """What a platform theme does when the desktop's preference changes."""
    qapp.styleHints().colorSchemeChanged.emit(scheme)


def test_a_dark_preference_over_a_light_palette_turns_the_app_dark(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower
) -> None:
    assert not is_dark(qapp.palette())
    with qtbot.waitSignal(follower.scheme_changed) as changed:
        system_says(qapp, Qt.ColorScheme.Dark)
    assert changed.args == [True]
    assert follower.dark
    assert is_dark(qapp.palette())
    assert lightness(qapp.palette(), R.Window) < 80
    assert qapp.style().name() == "fusion"


def test_back_to_light_gives_qt_its_own_palette_back(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower
) -> None:
    own = QPalette(qapp.palette())
    with qtbot.waitSignal(follower.scheme_changed):
        system_says(qapp, Qt.ColorScheme.Dark)
    with qtbot.waitSignal(follower.scheme_changed) as changed:
        system_says(qapp, Qt.ColorScheme.Light)
    assert changed.args == [False]
    assert qapp.palette().resolveMask() == 0  # nothing of ours is left set
    assert qapp.palette().color(R.Window) == own.color(R.Window)


@pytest.mark.parametrize("scheme", [Qt.ColorScheme.Light, Qt.ColorScheme.Unknown])
def test_a_palette_that_already_fits_is_left_alone(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower, scheme: Qt.ColorScheme
) -> None:
    with qtbot.assertNotEmitted(follower.scheme_changed, wait=50):
        system_says(qapp, scheme)
        qtbot.wait(20)
    assert follower.scheme == scheme
    assert qapp.palette().resolveMask() == 0


def test_a_style_that_ignores_palettes_is_replaced_by_fusion(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower
) -> None:
    qapp.setStyle("Windows")
    with qtbot.waitSignal(follower.scheme_changed):
        system_says(qapp, Qt.ColorScheme.Dark)
    assert qapp.style().name() == "fusion"
    assert is_dark(qapp.palette())


def test_quick_flips_settle_on_the_last_one(
    qapp: QApplication, qtbot: QtBot, follower: ThemeFollower
) -> None:
    system_says(qapp, Qt.ColorScheme.Dark)
    system_says(qapp, Qt.ColorScheme.Light)
    system_says(qapp, Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: follower.dark)
    qtbot.wait(20)
    assert is_dark(qapp.palette())


def test_follow_applies_at_once_and_belongs_to_the_app(qapp: QApplication) -> None:
    following = follow(qapp)
    try:
        assert following.parent() is qapp
        assert following.scheme == qapp.styleHints().colorScheme()
        assert following.dark == is_dark(qapp.palette())
    finally:
        following.stop()
        following.setParent(None)
        following.deleteLater()


# --------------------------------------------------------------------------- tray icons


def render(name: str, size: int, panel: QColor | None) -> QImage:
    """The tray icon as the tray gets it at ``size`` px, over ``panel`` (None: transparent)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(panel if panel is not None else QColor(Qt.GlobalColor.transparent))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, tray_icon(name).pixmap(size, size))
    painter.end()
    return image


def svg_render(name: str, size: int) -> QImage:
    """The tray icon's SVG drawn afresh at ``size`` px on transparent."""
    renderer = QSvgRenderer(str(icon_path(name)))
    assert renderer.isValid(), name
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(Qt.GlobalColor.transparent))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


@pytest.mark.parametrize("name", TRAY_ICONS)
def test_the_tray_pngs_are_drawn_from_the_current_svgs(qapp: QApplication, name: str) -> None:
    """The tray shows PNGs; after an SVG edit, ``scripts/render_icons.py`` redraws them."""
    del qapp
    for size, path in tray_icon_paths(name).items():
        shipped = QImage(str(path))
        assert not shipped.isNull(), f"{path.name} is missing: run scripts/render_icons.py"
        shipped = shipped.convertToFormat(QImage.Format.Format_ARGB32)
        fresh = svg_render(name, size)
        assert (shipped.width(), shipped.height()) == (size, size), path.name
        worst = max(
            max(
                abs(
                    QColor.fromRgba(shipped.pixel(x, y)).alpha()
                    - QColor.fromRgba(fresh.pixel(x, y)).alpha()
                ),
                abs(QColor(shipped.pixel(x, y)).lightness() - QColor(fresh.pixel(x, y)).lightness())
                if QColor.fromRgba(fresh.pixel(x, y)).alpha() >= 128
                else 0,
            )
            for y in range(size)
            for x in range(size)
        )
        assert worst <= 2, f"{path.name} differs from {name}.svg: run scripts/render_icons.py"


def test_the_tray_icon_has_a_sharp_picture_for_every_panel_size(qapp: QApplication) -> None:
    """Every size the tray may ask for (100-200 % scale) is drawn, not scaled."""
    del qapp
    shown = tray_icon("app")
    sizes = {(s.width(), s.height()) for s in shown.availableSizes()}
    assert sizes == {(n, n) for n in TRAY_ICON_SIZES}


def outline_contrast(name: str, size: int, panel: QColor) -> float:
    """The worst contrast the icon's outline reaches against ``panel``.

    The silhouette is every pixel of the icon (alpha >= 50%) that touches a pixel
    outside it. For each, the best WCAG contrast against the panel among the icon's
    pixels within 2/24 of the icon size (rounded up to whole pixels: 2 px at 16-24 px,
    3 px at 32 px) is what the eye gets there: a halo that vanishes into a light panel
    still leaves the dark outline right inside it. The worst of these is returned.
    """
    shape = render(name, size, None)
    shown = render(name, size, panel)
    inside = {
        (x, y)
        for y in range(size)
        for x in range(size)
        if QColor.fromRgba(shape.pixel(x, y)).alpha() >= 128
    }
    contrast = {p: contrast_ratio(QColor(shown.pixel(*p)), panel) for p in inside}
    reach = math.ceil(2 * size / 24)
    edge = [
        (x, y)
        for (x, y) in inside
        if any((x + dx, y + dy) not in inside for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))
    ]
    assert edge, f"{name} renders nothing at {size} px"
    return min(
        max(
            contrast[(x + dx, y + dy)]
            for dx in range(-reach, reach + 1)
            for dy in range(-reach, reach + 1)
            if (x + dx, y + dy) in inside
        )
        for (x, y) in edge
    )


@pytest.mark.parametrize("panel", list(PANELS))
@pytest.mark.parametrize("size", TRAY_SIZES)
@pytest.mark.parametrize("name", TRAY_ICONS)
def test_tray_icon_outline_reads_on_light_and_dark_panels(
    qapp: QApplication, name: str, size: int, panel: str
) -> None:
    del qapp
    ratio = outline_contrast(name, size, PANELS[panel])
    assert ratio >= OUTLINE_CONTRAST, f"{name} at {size} px on a {panel} panel: {ratio:.2f}:1"


def test_tray_icon_sheet(qapp: QApplication, artifacts_dir: Path) -> None:
    """Keeps tray-icons-light-dark.png: each icon at each size on both panels, 4x."""
    del qapp
    pad, zoom = 8, 4
    cell = max(TRAY_SIZES) + 2 * pad
    columns = len(PANELS) * len(TRAY_SIZES)
    sheet = QImage(columns * cell * zoom, len(TRAY_ICONS) * cell * zoom, QImage.Format.Format_RGB32)
    painter = QPainter(sheet)
    for row, name in enumerate(TRAY_ICONS):
        shown = tray_icon(name)
        for column, (panel, size) in enumerate(
            (panel, size) for panel in PANELS.values() for size in TRAY_SIZES
        ):
            tile = QImage(cell, cell, QImage.Format.Format_RGB32)
            tile.fill(panel)
            tile_painter = QPainter(tile)
            tile_painter.drawPixmap(pad, pad, shown.pixmap(size, size))
            tile_painter.end()
            target = QRectF(column * cell * zoom, row * cell * zoom, cell * zoom, cell * zoom)
            painter.drawImage(target, tile)  # nearest-neighbour: real pixels, enlarged
    painter.end()
    path = artifacts_dir / "tray-icons-light-dark.png"
    assert sheet.save(str(path))
    assert path.stat().st_size > 0
