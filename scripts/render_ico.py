"""Render the app icon for the Windows and macOS bundles, from resources/icons/app.svg.

- ``packaging/windows/smallsteps.ico``: one ``.ico`` file with every size Windows asks
  for (16 to 256 pixels), each stored as PNG (the form Windows Vista and later read).
  The file is committed, so the Windows build needs no extra step.
- ``--iconset DIR``: the ten PNGs of a macOS ``.iconset`` folder (16 to 1024 pixels),
  which ``iconutil -c icns DIR`` turns into the ``.icns`` the .app bundle uses
  (iconutil exists only on macOS; see packaging/macos/README.md).

Run it with the venv's python after changing the SVG::

    .venv/bin/python scripts/render_ico.py
    .venv/bin/python scripts/render_ico.py --iconset build/macos/SmallSteps.iconset

Rendering uses Qt's SVG renderer offscreen, so no display is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[1]
SOURCE_SVG = REPO / "resources" / "icons" / "app.svg"
ICO_PATH = REPO / "packaging" / "windows" / "smallsteps.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
ICONSET = (
    ("icon_16x16.png", 16),
    ("icon_16x16@2x.png", 32),
    ("icon_32x32.png", 32),
    ("icon_32x32@2x.png", 64),
    ("icon_128x128.png", 128),
    ("icon_128x128@2x.png", 256),
    ("icon_256x256.png", 256),
    ("icon_256x256@2x.png", 512),
    ("icon_512x512.png", 512),
    ("icon_512x512@2x.png", 1024),
)
"""The file names and pixel sizes iconutil expects in an ``.iconset`` folder."""


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """Return the SVG drawn into a transparent ``size`` x ``size`` PNG."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """Pack PNG images into an ICO file (ICONDIR, one ICONDIRENTRY each, the data).

    Args:
        images: ``(size, png)`` pairs, smallest first.

    Returns:
        The ``.ico`` file's bytes. A size of 256 is written as 0, as the format says.
    """
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in images:
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def main(argv: list[str] | None = None) -> int:
    """Write the .ico (always) and a macOS iconset (when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, default=ICO_PATH, help="where to write the .ico")
    parser.add_argument("--iconset", type=Path, help="also write a macOS .iconset folder here")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE_SVG} is not a valid SVG")
    args.ico.parent.mkdir(parents=True, exist_ok=True)
    args.ico.write_bytes(ico_bytes([(size, render_png(renderer, size)) for size in ICO_SIZES]))
    print(f"wrote {args.ico}")
    if args.iconset is not None:
        args.iconset.mkdir(parents=True, exist_ok=True)
        for name, size in ICONSET:
            (args.iconset / name).write_bytes(render_png(renderer, size))
        print(f"wrote {args.iconset} ({len(ICONSET)} PNGs)")
        print(f"then, on macOS: iconutil -c icns {args.iconset}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
