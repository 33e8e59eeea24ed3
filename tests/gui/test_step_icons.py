"""The step icons read on light and dark windows alike.

The eleven step icons stand beside the steps' names in the step dialog, the week
window's notes list and Settings, on whatever window colour the desktop gives. Each
is rendered here with QSvgRenderer at 24 and 32 px onto three light windows (#ffffff,
#efefef, #f6f5f4) and three dark ones (#2b2d30, #1e1e1e, #353535), and must stand out
from every one of them by WCAG's 3:1 for graphical objects (success criterion 1.4.11).

What "stands out" means for a rendered line icon: the pixels the icon covers by more
than half (alpha > 0.5) are its shape. Each is composed over the window as Qt draws
it, and its WCAG contrast against the window taken. Two rules on those contrasts:

* The ink: the 75th percentile is at least 3:1. At least a quarter of the shape's
  pixels, the fully covered cores of its strokes, show the icon's colour at 3:1 or
  more. This is what WCAG measures, the colour of the part, not its anti-aliased
  rim, and a quarter rules out a few stray dark pixels carrying a pale icon.
* The bulk: the median is at least 2.5:1. Half the shape is either core or a rim
  pixel mostly covered by that ink; a paler second colour, a translucent stroke or a
  fill of more than half opacity in a light tint pulls the median below this.

Why not a median of 3:1: at 24 px a 1.8 px stroke on a curve or a diagonal has fewer
fully covered pixels than rim pixels, so the median pixel is a rim pixel, paler than
the ink whatever the ink. One colour can stand out by at most about 3.26:1 from both
#efefef and #353535 (relative luminance near 0.23), and with such a colour the median
at 24 px is 2.86-2.92:1 for the ring of "routine", the bubble of "reach out", the
heart of "gratitude" and the pencil of "create". Reaching 3:1 there would take wider
strokes, a change of shape, not of colour.

The contact sheet ``step-icons-light-dark.png`` shows every icon at both sizes on the
six windows (each pixel enlarged 3x, nearest neighbour) for a person to look at.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from smallsteps.core.catalog import DEFAULT_CATALOG
from smallsteps.core.resources import icon_path
from smallsteps.ui.theme import contrast_ratio

STEP_ICONS = (
    "breathe",
    "walk",
    "rest",
    "journal",
    "reach_out",
    "mindful",
    "routine",
    "gratitude",
    "create",
    "read",
    "support",
)
"""Every step icon (the default steps' kinds share their icon's name)."""

SIZES = (24, 32)
LIGHT_WINDOWS = ("#ffffff", "#efefef", "#f6f5f4")
DARK_WINDOWS = ("#2b2d30", "#1e1e1e", "#353535")
WINDOWS = LIGHT_WINDOWS + DARK_WINDOWS
"""Window colours an icon is seen on (the sheet's columns, in this order)."""

DRAWN = 0.5
"""A pixel covered by more than this (alpha) is part of the icon's shape."""
INK_CONTRAST = 3.0
"""WCAG 1.4.11: graphical objects stand out from what is next to them by 3:1."""
INK_PERCENTILE = 75
"""At least a quarter of the shape (the strokes' cores) must reach ``INK_CONTRAST``."""
BULK_CONTRAST = 2.5
"""The median pixel of the shape (core or mostly covered rim) reaches this."""
ZOOM = 3


def render(name: str, size: int, window: QColor | None) -> QImage:
    """The step icon ``name`` at ``size`` px over ``window`` (None: transparent)."""
    renderer = QSvgRenderer(str(icon_path(name)))
    assert renderer.isValid(), name
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(window if window is not None else QColor(Qt.GlobalColor.transparent))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def shape_contrasts(name: str, size: int, window: QColor) -> list[float]:
    """The WCAG contrast against ``window`` of each pixel of the icon's shape, sorted."""
    shape = render(name, size, None)
    shown = render(name, size, window)
    contrasts = sorted(
        contrast_ratio(QColor(shown.pixel(x, y)), window)
        for y in range(size)
        for x in range(size)
        if QColor.fromRgba(shape.pixel(x, y)).alphaF() > DRAWN
    )
    assert len(contrasts) >= size, f"{name} draws almost nothing at {size} px"
    return contrasts


def percentile(values: list[float], percent: int) -> float:
    """The ``percent``-th percentile of sorted ``values`` (inclusive method)."""
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def test_every_default_step_has_one_of_these_icons() -> None:
    assert {kind.icon for kind in DEFAULT_CATALOG} == set(STEP_ICONS)


@pytest.mark.parametrize("window", WINDOWS, ids=lambda window: window.lstrip("#"))
@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", STEP_ICONS)
def test_step_icon_stands_out_from_light_and_dark_windows(
    qapp: QApplication, name: str, size: int, window: str
) -> None:
    del qapp
    contrasts = shape_contrasts(name, size, QColor(window))
    ink = percentile(contrasts, INK_PERCENTILE)
    bulk = statistics.median(contrasts)
    where = f"{name} at {size} px on {window}"
    assert ink >= INK_CONTRAST, f"{where}: its strokes' cores reach only {ink:.2f}:1"
    assert bulk >= BULK_CONTRAST, f"{where}: its median pixel reaches only {bulk:.2f}:1"


def test_step_icon_sheet(qapp: QApplication, artifacts_dir: Path) -> None:
    """Keeps step-icons-light-dark.png: a row per icon; each window at 24 then 32 px."""
    del qapp
    pad = 6
    cell = max(SIZES) + 2 * pad
    columns = [(QColor(window), size) for window in WINDOWS for size in SIZES]
    sheet = QImage(
        len(columns) * cell * ZOOM, len(STEP_ICONS) * cell * ZOOM, QImage.Format.Format_RGB32
    )
    painter = QPainter(sheet)
    for row, name in enumerate(STEP_ICONS):
        for column, (colour, size) in enumerate(columns):
            tile = QImage(cell, cell, QImage.Format.Format_RGB32)
            tile.fill(colour)
            tile_painter = QPainter(tile)
            tile_painter.drawImage(pad, pad, render(name, size, None))
            tile_painter.end()
            target = QRectF(column * cell * ZOOM, row * cell * ZOOM, cell * ZOOM, cell * ZOOM)
            painter.drawImage(target, tile)  # nearest-neighbour: real pixels, enlarged
    painter.end()
    path = artifacts_dir / "step-icons-light-dark.png"
    assert sheet.save(str(path))
    assert path.stat().st_size > 0
