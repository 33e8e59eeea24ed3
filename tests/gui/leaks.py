"""Finding windows a test left open (used by the autouse guard in ``conftest.py``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget


def flush_deletes() -> None:
    """Run pending events and the ``deleteLater`` deletions they queued."""
    for _ in range(2):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def visible_top_levels() -> set[QWidget]:
    """Return the top-level widgets that are shown right now."""
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def leaked_widgets(before: set[QWidget]) -> list[str]:
    """Describe the visible top-level widgets that were not there ``before``."""
    flush_deletes()
    return sorted(
        f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})"
        for w in visible_top_levels() - before
    )
