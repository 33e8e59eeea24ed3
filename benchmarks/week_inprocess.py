"""Times the week window in-process (Qt offscreen) on a journal: open, then week switches.

Run as ``QT_QPA_PLATFORM=offscreen python -m benchmarks.week_inprocess JOURNAL KEYHEX``.
It builds the same objects the app builds for the week window (``WeekService`` on
the journal, ``WeekWindow`` with the catalog), then for 20 different weeks spread
over the journal's years times ``WeekService.summary(day)``, ``show_summary`` and a
synchronous ``repaint()``. Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

WEEKS = 20
WARM_UP = 3


def main(journal_path: str, key_hex: str) -> int:
    """Run the timings and print them as JSON (milliseconds)."""
    started = time.perf_counter()
    from PySide6.QtCore import QLocale  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from smallsteps.core.catalog import Catalog  # noqa: PLC0415
    from smallsteps.platform.timezone import system_zone  # noqa: PLC0415
    from smallsteps.services.week import WeekService  # noqa: PLC0415
    from smallsteps.storage.journal import Journal  # noqa: PLC0415

    app = QApplication([])
    catalog = Catalog()
    with tempfile.TemporaryDirectory() as backups:
        journal = Journal(Path(journal_path), Path(backups))
        journal.unlock(bytes.fromhex(key_hex))
        steps = journal.count()
        first_day = QLocale().firstDayOfWeek().value - 1
        service = WeekService(journal, system_zone(), first_day)
        base_ms = (time.perf_counter() - started) * 1000

        t0 = time.perf_counter()
        from smallsteps.ui.week_window import WeekWindow  # noqa: PLC0415 - timed: QtCharts

        t1 = time.perf_counter()
        window = WeekWindow(catalog.ids, catalog.label)
        t2 = time.perf_counter()
        window.show_summary(service.summary(date.today()))
        window.show()
        window.repaint()
        app.processEvents()
        t3 = time.perf_counter()
        cold = {
            "import_ms": (t1 - t0) * 1000,
            "construct_ms": (t2 - t1) * 1000,
            "first_week_ms": (t3 - t2) * 1000,
            "total_ms": (t3 - t0) * 1000,
        }

        rng = random.Random(20)
        span = 365 * 10 - 7
        days = [
            date.today() - timedelta(days=rng.randrange(7, span)) for _ in range(WARM_UP + WEEKS)
        ]
        rows = []
        for i, day in enumerate(days):
            a = time.perf_counter()
            summary = service.summary(day)
            b = time.perf_counter()
            window.show_summary(summary)
            c = time.perf_counter()
            window.repaint()
            app.processEvents()
            d = time.perf_counter()
            if i >= WARM_UP:
                rows.append(
                    {
                        "week": str(summary.start),
                        "steps": summary.total,
                        "summary_ms": (b - a) * 1000,
                        "show_ms": (c - b) * 1000,
                        "paint_ms": (d - c) * 1000,
                        "total_ms": (d - a) * 1000,
                    }
                )
        window.close()
        journal.close()
    print(json.dumps({"steps_in_journal": steps, "setup_ms": base_ms, "cold": cold, "weeks": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
