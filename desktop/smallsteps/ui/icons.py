"""Icons for widgets, loaded from the shipped SVG files, and the tray's PNG icons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from smallsteps.core.resources import icon_path, tray_icon_paths


def icon(name: str) -> QIcon:
    """Return the shipped SVG icon ``name`` as a ``QIcon``."""
    return QIcon(str(icon_path(name)))


def tray_icon(name: str) -> QIcon:
    """Return the tray icon ``name`` from its shipped PNG sizes (no SVG module needed)."""
    shown = QIcon()
    for size, path in tray_icon_paths(name).items():
        shown.addFile(str(path), QSize(size, size))
    return shown
