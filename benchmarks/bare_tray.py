"""The floor: a bare PySide6 program that shows one tray icon and does nothing else.

Run with the venv's python. It prints ``tray icon shown`` (flushed) right after
``QSystemTrayIcon.show()``, the same moment Small Steps logs its own line.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon


def main() -> int:
    """Show one tray icon and run the event loop until terminated."""
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pixmap = QPixmap(32, 32)
    pixmap.fill(QColor("#59A14F"))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.show()
    print("tray icon shown", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
