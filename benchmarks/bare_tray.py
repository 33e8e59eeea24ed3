"""The floor: a bare PySide6 program that shows one tray icon and does nothing else.

Run with the venv's python. It prints ``tray icon shown`` (flushed) right after
``QSystemTrayIcon.show()``, the same moment Small Steps logs its own line.

``--stack DIR`` adds, after the icon, what the fixed stack of DESIGN.md costs with
none of the app around it, each done the lightest way known: the tray icon from the
app's PNG sizes (as Small Steps shows it; an SVG would load QtSvg) and a ten-item
menu, a ``QLocalServer`` listening, an SQLite journal in WAL mode with one commit, a
jeepney connection to the session bus, and APScheduler's scheduler core imported (as
Small Steps imports it, ``services.apscheduler_light``), with PySide6's import hook
made as light as Small Steps makes it (``platform.pyside_imports``, and the sources that
hook had already read into ``linecache`` dropped). The journal and
the server's socket go in ``DIR`` (the benchmark's own folder, which it removes). It
is the floor for Small Steps itself, measured in the same run.
"""

from __future__ import annotations

import linecache
import os
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon


def _stack(app: QApplication, tray: QSystemTrayIcon, folder: str, keep: list[object]) -> None:
    """Load and build the fixed stack's parts in ``folder`` (kept alive in ``keep``)."""
    from smallsteps.platform.pyside_imports import install  # noqa: PLC0415

    install()  # PySide6's import hook made as light as Small Steps makes it
    from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415
    from PySide6.QtWidgets import QMenu  # noqa: PLC0415

    menu = QMenu()
    for number in range(10):
        menu.addAction(f"A menu item, number {number}…")
    tray.setContextMenu(menu)
    os.makedirs(folder, exist_ok=True)
    name = os.path.join(folder, f"stack-{os.getpid()}.socket")
    server = QLocalServer(app)
    QLocalServer.removeServer(name)
    server.listen(name)
    import sqlite3  # noqa: PLC0415

    journal = os.path.join(folder, f"stack-{os.getpid()}.sqlite3")
    conn = sqlite3.connect(journal, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE steps (id TEXT PRIMARY KEY, kind TEXT, taken_at_us INTEGER)")
    conn.execute("INSERT INTO steps VALUES ('a', 'walk', 0)")
    keep += [menu, server, conn]
    try:
        from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415

        keep.append(open_dbus_connection(bus="SESSION"))
    except Exception as exc:  # noqa: BLE001 - no bus: the floor is measured without it
        print(f"no session bus: {exc}", file=sys.stderr)
    import smallsteps.services.apscheduler_light  # noqa: F401, PLC0415

    # What PySide6's own hook read into linecache while PySide6 itself was imported (the
    # standard library's typing, enum...): Small Steps drops it too (app._forget_sources).
    linecache.clearcache()


def main() -> int:
    """Show one tray icon and run the event loop until terminated."""
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    args = sys.argv[1:]
    folder = args[args.index("--stack") + 1] if "--stack" in args[:-1] else None
    if folder:
        from smallsteps.core.resources import tray_icon_paths  # noqa: PLC0415 - stack only

        icon = QIcon()
        for size, path in tray_icon_paths("app").items():
            icon.addFile(str(path), QSize(size, size))
    else:
        pixmap = QPixmap(32, 32)
        pixmap.fill(QColor("#59A14F"))
        icon = QIcon(pixmap)
    tray = QSystemTrayIcon(icon)
    tray.show()
    print("tray icon shown", flush=True)
    keep: list[object] = []
    if folder:
        _stack(app, tray, folder, keep)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
