"""Icons for widgets, loaded from the shipped SVG files."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from smallsteps.core.resources import icon_path


def icon(name: str) -> QIcon:
    """Return the shipped SVG icon ``name`` as a ``QIcon``."""
    return QIcon(str(icon_path(name)))
