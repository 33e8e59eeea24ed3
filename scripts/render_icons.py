"""Render the app icon into the hicolor PNG sizes, and copy the Linux desktop files.

The one source is ``resources/icons/app.svg``. This script writes

- ``packaging/linux/icons/hicolor/scalable/apps/<APP_ID>.svg`` (a copy),
- ``packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for every size,
- the same PNGs and ``packaging/linux/<APP_ID>.desktop`` under ``resources/linux/``,
  which ship inside the wheel for ``smallsteps --install-desktop-entry``;
- ``resources/icons/tray/<name>-<N>.png``: the three tray icons (``app``,
  ``app-paused``, ``app-waiting``) from their SVGs, at every size of
  ``TRAY_ICON_SIZES``. The tray shows these, so it never loads the SVG module.

Run it after changing the SVG or the desktop file, with the venv's python::

    .venv/bin/python scripts/render_icons.py          # write
    .venv/bin/python scripts/render_icons.py --check  # exit 1 if anything is stale

Rendering uses Qt's own SVG renderer (QtSvg), offscreen, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

from smallsteps import APP_ID
from smallsteps.core.resources import TRAY_ICON_NAMES, TRAY_ICON_SIZES
from smallsteps.platform.desktop_entry import ICON_SIZES

REPO = Path(__file__).resolve().parents[1]
SOURCE_SVG = REPO / "resources" / "icons" / "app.svg"
PACKAGING = REPO / "packaging" / "linux"
SHIPPED = REPO / "resources" / "linux"
ICONS = REPO / "resources" / "icons"


def render_png(svg: bytes, size: int) -> bytes:
    """Return ``svg`` drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ValueError("the SVG could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise ValueError(f"the {size}px PNG could not be written: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def wanted_files() -> dict[Path, bytes]:
    """Return every generated file with the content it should have."""
    svg = SOURCE_SVG.read_bytes()
    files = {PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": svg}
    for size in ICON_SIZES:
        png = render_png(svg, size)
        relative = Path("icons") / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        files[PACKAGING / relative] = png
        files[SHIPPED / relative] = png
    desktop = f"{APP_ID}.desktop"
    files[SHIPPED / desktop] = (PACKAGING / desktop).read_bytes()
    for name in TRAY_ICON_NAMES:
        tray_svg = (ICONS / f"{name}.svg").read_bytes()
        for size in TRAY_ICON_SIZES:
            files[ICONS / "tray" / f"{name}-{size}.png"] = render_png(tray_svg, size)
    return files


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check``, compare) the generated files; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication([])
    stale = []
    for path, content in wanted_files().items():
        if path.is_file() and path.read_bytes() == content:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    for path in stale:
        verb = "stale" if args.check else "written"
        print(f"{verb}: {path.relative_to(REPO)}")
    if not stale:
        print("All icons and copies are up to date.")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
