"""What screen readers hear about a control."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def describe(widget: QWidget, name: str, description: str) -> None:
    """Name a control for screen readers and say what it does (both translated)."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
