"""Where start-up time and memory go: the startup imports in groups, cumulative.

Run as ``QT_QPA_PLATFORM=offscreen python -m benchmarks.attribution``. Imports what
Small Steps' start needs in stages (Qt first, as the bare tray program does, then
APScheduler, cryptography, jeepney, sqlite3, QtNetwork, and the app's own modules),
reading ``VmRSS`` and the clock after each stage. Prints one JSON list of
``[stage, cumulative ms, VmRSS MiB]``. Offscreen, so no tray and no session.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("apscheduler", ("apscheduler.schedulers.qt", "apscheduler.triggers.cron")),
    ("cryptography", ("cryptography.hazmat.primitives.ciphers.aead",)),
    ("jeepney", ("jeepney.io.blocking",)),
    ("sqlite3", ("sqlite3",)),
    ("PySide6.QtNetwork", ("PySide6.QtNetwork",)),
    ("smallsteps (own modules)", ("smallsteps.cli", "smallsteps.commands", "smallsteps.app")),
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
