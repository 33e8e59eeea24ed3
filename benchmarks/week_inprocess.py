"""Times the week window in-process (Qt offscreen) on a journal: open, then switches.

Run as ``QT_QPA_PLATFORM=offscreen python -m benchmarks.week_inprocess JOURNAL KEYHEX``.
It builds the same objects the app builds for the week window (``WeekService`` on
the journal, ``WeekWindow`` with the catalog), then for 20 different weeks spread
over the journal's years times ``WeekService.summary(day)``, ``show_summary`` and a
synchronous ``repaint()``; then the same for 20 months (``WeekService.month``,
``show_month``, the month calendar painted) and 10 years (``WeekService.year``,
``show_year``, the twelve small calendars painted). Prints one JSON object.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

WEEKS = 20
MONTHS = 20
YEARS = 10
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
        from smallsteps.ui.week_window import View  # noqa: PLC0415 - loaded above

        months = _switches(
            app, window, View.MONTH, service.month, window.show_month, days[: WARM_UP + MONTHS]
        )
        mid_years = [date(date.today().year - i, 6, 15) for i in range(YEARS)]
        years = _switches(
            app, window, View.YEAR, service.year, window.show_year, mid_years[:WARM_UP] + mid_years
        )
        window.close()
        journal.close()
    print(
        json.dumps(
            {
                "steps_in_journal": steps,
                "setup_ms": base_ms,
                "cold": cold,
                "weeks": rows,
                "months": months,
                "years": years,
            }
        )
    )
    return 0


def _switches(
    app: Any,
    window: Any,
    view: Any,
    count: Callable[[date], Any],
    show: Callable[[Any], None],
    days: list[date],
) -> list[dict[str, Any]]:
    """Time ``count(day)``, ``show(...)`` and a repaint in ``view``, after a warm-up."""
    window.set_view(view)
    app.processEvents()
    rows = []
    for i, day in enumerate(days):
        a = time.perf_counter()
        summary = count(day)
        b = time.perf_counter()
        show(summary)
        c = time.perf_counter()
        window.repaint()
        app.processEvents()
        d = time.perf_counter()
        if i >= WARM_UP:
            rows.append(
                {
                    "day": str(day),
                    "summary_ms": (b - a) * 1000,
                    "show_ms": (c - b) * 1000,
                    "paint_ms": (d - c) * 1000,
                    "total_ms": (d - a) * 1000,
                }
            )
    return rows


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
