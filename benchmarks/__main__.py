"""Run every benchmark, save the raw results, rewrite the README's results and the chart.

``python -m benchmarks`` (what ``make bench`` runs) takes about 14 minutes.
``--quick`` is a smoke run (fewer runs, shorter waits) that writes nothing to the
README unless ``--write`` is given too. ``--report-only`` redraws the README
section and the chart from ``results.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import report, run

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


def main(argv: list[str] | None = None) -> int:
    """Run the phases and write the results."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--write", action="store_true", help="write README/chart after --quick")
    parser.add_argument("--report-only", action="store_true", help="only redraw from results.json")
    parser.add_argument(
        "--only", default="", help="comma list of phases: start,idle,nudges,loop,week,imports"
    )
    args = parser.parse_args(argv)
    if args.report_only:
        report.write(json.loads(RESULTS.read_text()), HERE)
        return 0

    quick = args.quick
    runs = 2 if quick else 5
    only = {p for p in args.only.split(",") if p}

    def wanted(phase: str) -> bool:
        return not only or phase in only

    started = time.monotonic()
    results: dict[str, Any] = {
        "machine": run.machine(),
        "command": "make bench  (= .venv/bin/python -m benchmarks)"
        + ("  --quick" if quick else ""),
        "runs": runs,
    }
    with tempfile.TemporaryDirectory(prefix="smallsteps-bench-", dir="/tmp") as tmp:
        work = Path(tmp)
        if wanted("imports"):
            run.say("imports: staged import cost and -X importtime")
            results["imports"] = run.phase_imports(runs)
        if wanted("start"):
            run.say("start: start -> tray icon, bare / app / peers")
            results["start"] = run.phase_start(work, runs)
        if wanted("idle"):
            run.say("idle: memory and wake-ups, bare and app side by side")
            results["idle"] = run.phase_idle(
                work, instances=runs, idle_s=20 if quick else 120, settle_s=10 if quick else 30
            )
        if wanted("nudges"):
            run.say("nudges: scheduled minute -> Notify")
            results["nudges"] = run.phase_nudges(
                work, instances=2 if quick else 5, minutes=1 if quick else 4
            )
        if wanted("loop") or wanted("week"):
            run.say("journal: 10 years")
            journal, key_hex, made = run.make_journal(work)
            results["journal"] = made
            if wanted("loop"):
                results["loop"] = run.phase_loop(
                    work, journal, key_hex, rounds=5 if quick else 20, cold=runs
                )
            if wanted("week"):
                run.say("week: in-process switches (offscreen)")
                results["week"] = run.phase_week_inprocess(journal, key_hex, work)
    results["duration_s"] = time.monotonic() - started
    run.say(f"all done in {results['duration_s'] / 60:.1f} min")
    if quick and not args.write:
        print(json.dumps(results, indent=1, default=str))
        return 0
    if only and RESULTS.exists():
        merged = json.loads(RESULTS.read_text())
        merged.update(results)
        results = merged
    RESULTS.write_text(json.dumps(results, indent=1, default=str) + "\n")
    report.write(results, HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
