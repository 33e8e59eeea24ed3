"""Where start-up time and memory go: the startup imports in groups, cumulative.

Run as ``QT_QPA_PLATFORM=offscreen python -m benchmarks.attribution``. Imports what
Small Steps' start needs, in stages and in the order the app imports them: its
pure-Python start modules (before Qt, as ``app.py`` does), Qt and the QApplication
(all the bare tray program has), the rest of what the tray icon needs; then what is
built after the icon: APScheduler (imported light), the journal with sqlite3,
QtNetwork, jeepney and the rest of the app. ``VmRSS`` and the clock are read after
each stage. Prints one JSON list of ``[stage, cumulative ms, VmRSS MiB]``. Offscreen,
so no tray and no session.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

PURE_START = (
    "smallsteps.core.resources",
    "smallsteps.core.settings",
    "smallsteps.core.wording",
    "smallsteps.storage.logfile",
    "smallsteps.storage.settings_store",
    "smallsteps.storage.state_store",
)
"""The pure-Python modules ``app.py`` imports before Qt."""

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("smallsteps: the tray icon's other modules", ("smallsteps.cli", "smallsteps.app")),
    ("after the icon: APScheduler (light)", ("smallsteps.services.apscheduler_light",)),
    ("after the icon: sqlite3, the journal", ("smallsteps.storage.journal",)),
    ("after the icon: PySide6.QtNetwork", ("PySide6.QtNetwork",)),
    ("after the icon: jeepney", ("jeepney.io.blocking",)),
    (
        "after the icon: the rest of smallsteps",
        (
            "smallsteps.services.controller",
            "smallsteps.services.reminders",
            "smallsteps.services.presence",
            "smallsteps.platform.notify_bridge",
            "smallsteps.platform.notify_fallback",
            "smallsteps.platform.notify_freedesktop",
            "smallsteps.platform.presence",
            "smallsteps.platform.sleep_watch",
            "smallsteps.platform.timezone",
            "smallsteps.platform.unix_signals",
            "smallsteps.storage.keys",
            "smallsteps.storage.keystore",
        ),
    ),
)


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def main() -> int:
    """Import stage by stage and print the cumulative cost."""
    start = time.perf_counter()
    rows: list[tuple[str, float, float]] = [("python", 0.0, _rss_mib())]

    def mark(name: str) -> None:
        rows.append((name, (time.perf_counter() - start) * 1000, _rss_mib()))

    for module in PURE_START:
        importlib.import_module(module)
    mark("smallsteps: pure-Python start modules")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    mark("PySide6.QtWidgets")
    app = QApplication(sys.argv[:1])
    mark("QApplication")
    for name, modules in STAGES:
        for module in modules:
            importlib.import_module(module)
        mark(name)
    del app
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
