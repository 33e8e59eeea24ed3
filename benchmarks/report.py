"""Turns results.json into the README's results section and ratios.png.

Only the part of README.md between the ``results:start`` and ``results:end``
markers is rewritten; the method text around it is kept as written. The chart is
drawn with QPainter on a QImage (no display, no matplotlib).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from benchmarks.probes import median, percentile

START = "<!-- results:start (written by `make bench`; do not edit by hand) -->"
END = "<!-- results:end -->"

TARGET_START = 1.25
TARGET_PEAK = 1.15
TARGET_WAKEUPS_ABOVE = 1.0
TARGET_NUDGE_P95_S = 1.0
TARGET_ANSWER_P95_MS = 100.0
TARGET_RECORD_P95_MS = 10.0
TARGET_WEEK_MS = 150.0


def _col(rows: list[dict[str, Any]], key: str) -> list[float]:
    return [float(r[key]) for r in rows if r.get(key) is not None and not math.isnan(float(r[key]))]


def _clean(values: list[Any]) -> list[float]:
    return [float(v) for v in values if v is not None and not math.isnan(float(v))]


def _f(value: float, digits: int = 1) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("meets" if ok else "**misses**")


def summarize(results: dict[str, Any]) -> dict[str, Any]:
    """The medians, percentiles and ratios the README and the chart show."""
    s: dict[str, Any] = {"ratios": []}
    start = results.get("start")
    if start:
        bare_icon = median(_col(start["bare"], "icon_s"))
        app_icon = median(_col(start["app"], "icon_s"))
        bare_peak = median(_col(start["bare"], "peak_mib"))
        app_peak = median(_col(start["app"], "peak_mib"))
        s["start"] = {
            "bare_icon_s": bare_icon,
            "app_icon_s": app_icon,
            "app_log_icon_s": median(_col(start["app"], "log_icon_s")),
            "bare_peak": bare_peak,
            "app_peak": app_peak,
            "n": len(start["app"]),
        }
        if start.get("stack"):
            s["start"]["stack_icon_s"] = median(_col(start["stack"], "icon_s"))
            s["start"]["stack_peak"] = median(_col(start["stack"], "peak_mib"))
            s["ratios"].append(
                (
                    "floor: bare + fixed stack, peak RSS",
                    s["start"]["stack_peak"] / bare_peak,
                    None,
                    "stack",
                )
            )
        s["ratios"].append(("start -> icon", app_icon / bare_icon, TARGET_START, "app"))
        s["ratios"].append(("peak RSS at start", app_peak / bare_peak, TARGET_PEAK, "app"))
        peers = {}
        for name, peer in start.get("peers", {}).items():
            runs = peer.get("runs", [])
            row = {
                "version": peer.get("version"),
                "error": peer.get("error"),
                "n": len(runs),
                "icon_s": median(_col(runs, "icon_s")),
                "peak": median(_col(runs, "peak_mib")),
                "rss": median(_col(runs, "rss_mib")),
                "processes": max((r.get("processes", 1) for r in runs), default=0),
            }
            peers[name] = row
            if runs:
                s["ratios"].append(
                    (f"{name}: start -> icon", row["icon_s"] / bare_icon, None, name)
                )
                s["ratios"].append(
                    (f"{name}: peak RSS at start", row["peak"] / bare_peak, None, name)
                )
        s["peers"] = peers
        s["side_by_side"] = start.get("side_by_side", {})
    idle = results.get("idle")
    if idle:
        b, a = idle["bare"], idle["app"]
        row = {
            key: (median(_col(b, key)), median(_col(a, key)))
            for key in ("peak30_mib", "rss30_mib", "wakeups_per_min")
        }
        row["peak_cycle_mib"] = (row["peak30_mib"][0], median(_col(a, "peak_cycle_mib")))
        row["rss_cycle_mib"] = (row["rss30_mib"][0], median(_col(a, "rss_cycle_mib")))
        threads: dict[str, list[float]] = {}
        for r in a:
            for name, count in r.get("threads", {}).items():
                threads.setdefault(name, []).append(count * 60.0 / idle["idle_s"])
        bare_threads: dict[str, list[float]] = {}
        for r in b:
            for name, count in r.get("threads", {}).items():
                bare_threads.setdefault(name, []).append(count * 60.0 / idle["idle_s"])
        s["idle"] = {
            "rows": row,
            "n": len(a),
            "idle_s": idle["idle_s"],
            "notifies_in_window": idle.get("notifies_in_window", 0),
            "app_threads": {k: median(v) for k, v in threads.items()},
            "bare_threads": {k: median(v) for k, v in bare_threads.items()},
        }
        for key, label, target in (
            ("peak30_mib", "peak RSS, 30 s idle", TARGET_PEAK),
            ("rss30_mib", "steady RSS, 30 s idle", None),
            ("peak_cycle_mib", "peak RSS after a cycle", TARGET_PEAK),
            ("rss_cycle_mib", "steady RSS after a cycle", None),
        ):
            bare, app = row[key]
            s["ratios"].append((label, app / bare, target, "app"))
        wb, wa = row["wakeups_per_min"]
        if wb > 0:
            s["ratios"].append(("idle wake-ups/min", wa / wb, (wb + 1) / wb, "app"))
    nudges = results.get("nudges")
    if nudges:
        lat = _clean(nudges["latencies_s"])
        s["nudges"] = {
            "n": len(lat),
            "expected": nudges["instances"] * len(nudges["minutes"]),
            "p50": percentile(lat, 50),
            "p95": percentile(lat, 95),
            "max": max(lat) if lat else float("nan"),
            "missing": nudges["missing"],
            "instances": nudges["instances"],
            "minutes": nudges["minutes"],
        }
    loop = results.get("loop")
    if loop:
        s["loop"] = {
            key: (percentile(_clean(v), 50), percentile(_clean(v), 95), len(_clean(v)))
            for key, v in loop.items()
            if isinstance(v, list) and key.endswith("_ms")
        }
        s["loop_notes_readable"] = loop.get("notes_readable")
        s["icon_10y_s"] = median(_clean(loop.get("icon_10y_s", [])))
    week = results.get("week")
    if week:
        weeks = week["weeks"]
        s["week"] = {
            "steps": week["steps_in_journal"],
            "cold": week["cold"],
            **{
                key: (percentile(_col(weeks, key), 50), percentile(_col(weeks, key), 95))
                for key in ("summary_ms", "show_ms", "paint_ms", "total_ms")
            },
            "n": len(weeks),
        }
        for view in ("months", "years"):
            rows = week.get(view) or []
            if rows:
                s["week"][view] = {
                    key: (percentile(_col(rows, key), 50), percentile(_col(rows, key), 95))
                    for key in ("summary_ms", "show_ms", "paint_ms", "total_ms")
                }
                s["week"][view]["n"] = len(rows)
    return s


def _markdown(results: dict[str, Any], s: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        START,
        "",
        "## Results",
        "",
        f"Run of {m['date']}, {results.get('duration_s', 0) / 60:.1f} min, `{results['command']}`.",
        "",
        "| machine | |",
        "|---|---|",
        f"| CPU | {m['cpu']}, `nproc` = {m['nproc']} |",
        f"| memory (`free -h`) | {m['memory']} |",
        f"| kernel | {m['kernel']} |",
        f"| Python / PySide6 | {m['python']} / {m['pyside6']} |",
        f"| Small Steps' bytecode | {results.get('bytecode', 'as found (not compiled first)')} |",
        f"| page cache | {results.get('page_cache', 'as found (libraries not dropped first)')} |",
        f"| Small Steps | {m['app']} at commit {m['commit']}"
        + (
            f" plus {m['uncommitted_product_files']} uncommitted files under desktop/ and "
            "resources/ (the shared working tree at the time of the run)"
            if m.get("uncommitted_product_files")
            else ""
        )
        + " |",
        "",
        "Ratios are Small Steps (or a peer) over the bare PySide6 tray program "
        "(`bare_tray.py`) measured in the same run and session. Medians of "
        f"{results.get('runs')} runs after a warm-up unless a row says otherwise"
        + (
            f" (start -> icon and the memory 2 s after it: {results['start_runs']} runs "
            "of the bare program, Small Steps and the stack, alternating)."
            if results.get("start_runs")
            else "."
        ),
        "",
        "### Summary against the targets of issue 8",
        "",
        "| measure | bare tray | Small Steps | ratio / value | target | verdict |",
        "|---|---|---|---|---|---|",
    ]
    st = s.get("start")
    if st:
        ratio = st["app_icon_s"] / st["bare_icon_s"]
        lines.append(
            f"| 1. start -> tray icon registered (s) | {_f(st['bare_icon_s'], 3)} | "
            f"{_f(st['app_icon_s'], 3)} | {ratio:.2f}x | <= {TARGET_START}x | "
            f"{_verdict(ratio <= TARGET_START)} |"
        )
        ratio = st["app_peak"] / st["bare_peak"]
        lines.append(
            f"| 2a. peak RSS 2 s after the icon (MiB) | {_f(st['bare_peak'])} | "
            f"{_f(st['app_peak'])} | {ratio:.2f}x | <= {TARGET_PEAK}x | "
            f"{_verdict(ratio <= TARGET_PEAK)} |"
        )
    idle = s.get("idle")
    if idle:
        rows = idle["rows"]
        for key, label, target in (
            ("peak30_mib", "2b. peak RSS (VmHWM) after 30 s idle (MiB)", TARGET_PEAK),
            ("rss30_mib", "2c. steady RSS (VmRSS) after 30 s idle (MiB)", None),
            ("peak_cycle_mib", "2d. peak RSS after nudge/dialog/record/week (MiB)", TARGET_PEAK),
            ("rss_cycle_mib", "2e. steady RSS 30 s after that cycle (MiB)", None),
        ):
            bare, app = rows[key]
            ratio = app / bare
            lines.append(
                f"| {label} | {_f(bare)} | {_f(app)} | {ratio:.2f}x | "
                f"{f'<= {target}x' if target else '-'} | "
                f"{_verdict(ratio <= target) if target else '-'} |"
            )
        wb, wa = rows["wakeups_per_min"]
        lines.append(
            f"| 3. idle wake-ups per minute over {idle['idle_s']:.0f} s, 3 reminders a day | "
            f"{_f(wb)} | {_f(wa)} | {wa - wb:+.1f}/min | <= +{TARGET_WAKEUPS_ABOVE:.0f}/min | "
            f"{_verdict(wa - wb <= TARGET_WAKEUPS_ABOVE)} |"
        )
    nd = s.get("nudges")
    if nd:
        lines.append(
            f"| 4. nudge: scheduled minute -> Notify at the daemon, p50 / p95 (ms), "
            f"n = {nd['n']} of {nd['expected']} | - | {_f(nd['p50'] * 1000)} / "
            f"{_f(nd['p95'] * 1000)} | max {_f(nd['max'] * 1000)} | p95 <= 1000 | "
            f"{_verdict(nd['p95'] <= TARGET_NUDGE_P95_S and not nd['missing'])} |"
        )
    lp = s.get("loop")
    if lp:
        p50, p95, n = lp["answer_ms"]
        lines.append(
            f"| 5. answer: `dunstctl action` -> step dialog mapped, p50 / p95 (ms), n = {n} | - "
            f"| {_f(p50)} / {_f(p95)} | - | p95 <= {TARGET_ANSWER_P95_MS:.0f} | "
            f"{_verdict(p95 <= TARGET_ANSWER_P95_MS)} |"
        )
        p50, p95, n = lp["record_ms"]
        lines.append(
            f"| 6. record: Enter -> step committed (journal), p50 / p95 (ms), n = {n} | - | "
            f"{_f(p50)} / {_f(p95)} | - | p95 <= {TARGET_RECORD_P95_MS:.0f} | "
            f"{_verdict(p95 <= TARGET_RECORD_P95_MS)} |"
        )
        p50, p95, n = lp["week_log_cold_ms"]
        lines.append(
            f"| 7a. week window, first open (request received -> mapped), p50 / p95 (ms), "
            f"n = {n} | - | {_f(p50)} / {_f(p95)} | - | <= {TARGET_WEEK_MS:.0f} | "
            f"{_verdict(p50 <= TARGET_WEEK_MS)} |"
        )
        p50, p95, n = lp["week_log_warm_ms"]
        lines.append(
            f"| 7b. week window, open again, p50 / p95 (ms), n = {n} | - | "
            f"{_f(p50)} / {_f(p95)} | - | <= {TARGET_WEEK_MS:.0f} | "
            f"{_verdict(p50 <= TARGET_WEEK_MS)} |"
        )
    wk = s.get("week")
    if wk:
        p50, p95 = wk["total_ms"]
        lines.append(
            f"| 7c. week switch in-process (summary + show_summary + paint, offscreen), "
            f"p50 / p95 (ms), n = {wk['n']} | - | {_f(p50)} / {_f(p95)} | - | "
            f"<= {TARGET_WEEK_MS:.0f} | {_verdict(p95 <= TARGET_WEEK_MS)} |"
        )
        for view, label, painted in (
            ("months", "7d. month switch", "month calendar"),
            ("years", "7e. year switch", "twelve month calendars"),
        ):
            if view in wk:
                p50, p95 = wk[view]["total_ms"]
                lines.append(
                    f"| {label} in-process (count + show + {painted} painted, offscreen), "
                    f"p50 / p95 (ms), n = {wk[view]['n']} | - | {_f(p50)} / {_f(p95)} | - | "
                    f"<= {TARGET_WEEK_MS:.0f} | {_verdict(p95 <= TARGET_WEEK_MS)} |"
                )
    if results.get("load"):
        nice = results.get("nice")
        lines += [
            "",
            "Machine load while each phase ran (the machine is shared: other work running "
            "at the same time slows every program alike, which the side-by-side ratios "
            "partly absorb and the absolute times do not). "
            + (
                f"The benchmark and everything it started ran at nice {nice}, so that "
                "background batch work got the CPU after them."
                if nice
                else "The benchmark ran at normal priority."
            ),
            "",
            "| phase | 1-min load average, mean / max | CPU busy (2 cores) |",
            "|---|---|---|",
        ]
        for phase, row in results["load"].items():
            lines.append(
                f"| {phase} | {row['load_mean']:.2f} / {row['load_max']:.2f} | "
                f"{row['cpu_busy_pct']:.0f} % |"
            )
    lines += _details(results, s)
    lines += ["", END]
    return "\n".join(lines)


def _details(results: dict[str, Any], s: dict[str, Any]) -> list[str]:
    out: list[str] = []
    st = s.get("start")
    if st:
        out += [
            "",
            "### 1, 8. Start and the peers (same session, one after another)",
            "",
            "Start = `Popen` -> the tray host accepted the icon: for StatusNotifierItem the "
            "watcher's `StatusNotifierItemRegistered` signal for an item of that process; "
            "for XEmbed (Workrave) its icon window reparented into the panel. Memory is read "
            "2 s after that (whole process tree for the peers).",
            "",
            "| program | tray path | start -> icon (s) | ratio | peak RSS (MiB) | ratio | "
            "RSS (MiB) | runs |",
            "|---|---|---|---|---|---|---|---|",
            f"| bare PySide6 tray | SNI | {_f(st['bare_icon_s'], 3)} | 1.00 | "
            f"{_f(st['bare_peak'])} | 1.00 | - | {st['n']} |",
            f"| Small Steps | SNI | {_f(st['app_icon_s'], 3)} | "
            f"{st['app_icon_s'] / st['bare_icon_s']:.2f} | {_f(st['app_peak'])} | "
            f"{st['app_peak'] / st['bare_peak']:.2f} | - | {st['n']} |",
        ]
        if "stack_peak" in st:
            out.append(
                f"| bare tray + the fixed stack (`bare_tray.py --stack`) | SNI | "
                f"{_f(st['stack_icon_s'], 3)} | {st['stack_icon_s'] / st['bare_icon_s']:.2f} | "
                f"{_f(st['stack_peak'])} | {st['stack_peak'] / st['bare_peak']:.2f} | - | "
                f"{st['n']} |"
            )
        for name, peer in s.get("peers", {}).items():
            path = "XEmbed" if name == "workrave" else "SNI (Ayatana AppIndicator)"
            if peer["error"]:
                out.append(
                    f"| {name} {peer['version'] or ''} | {path} | did not run: {peer['error']} "
                    "| | | | | 0 |"
                )
                continue
            out.append(
                f"| {name} {peer['version'] or ''} | {path} | {_f(peer['icon_s'], 3)} | "
                f"{peer['icon_s'] / st['bare_icon_s']:.2f} | {_f(peer['peak'])} | "
                f"{peer['peak'] / st['bare_peak']:.2f} | {_f(peer['rss'])} | {peer['n']} |"
            )
        out += [
            "",
            f"Small Steps' own log line `tray icon shown` comes {_f(st['app_log_icon_s'], 3)} s "
            "after `Popen` (median). The app writes it once Qt has confirmed that a tray is "
            "there, on a turn of the event loop after `QSystemTrayIcon.show()` (asking Qt "
            "costs a D-Bus connection of its own), so it may come a little after the "
            "registration.",
        ]
        if "stack_peak" in st:
            out += [
                "",
                "`bare_tray.py --stack` is the bare program plus, right after its icon, what "
                "the fixed stack of DESIGN.md costs with none of the app around it, each "
                "part done the lightest way known: the icon from the app's PNG sizes, a "
                "ten-item tray menu, a `QLocalServer` listening, an SQLite file in WAL mode "
                "with one commit, a jeepney connection to the session bus and APScheduler's "
                "scheduler core imported, with PySide6's import hook made light as in Small "
                "Steps (and the sources it had read into `linecache` dropped). Its peak RSS "
                "is the floor for Small Steps' own (ratio "
                f"{st['stack_peak'] / st['bare_peak']:.2f} to the bare program; Small Steps "
                f"{st['app_peak'] / st['stack_peak']:.2f} to it).",
            ]
        sbs = s.get("side_by_side") or {}
        if sbs:
            out += [
                "",
                "All four at once, one run (n = 1): memory after 30 s idle, then voluntary "
                "context switches over 60 s.",
                "",
                "| program | peak RSS (MiB) | RSS (MiB) | wake-ups/min |",
                "|---|---|---|---|",
            ]
            for name, row in sbs.items():
                out.append(
                    f"| {name} | {_f(row['peak_mib'])} | {_f(row['rss_mib'])} | "
                    f"{_f(row.get('wakeups_per_min', float('nan')), 0)} |"
                )
    idle = s.get("idle")
    if idle:
        out += [
            "",
            f"### 2, 3. Memory and idle wake-ups ({idle['n']} instances of each, side by side)",
            "",
            f"{idle['n']} Small Steps (each its own data folder, default settings: 3 reminders "
            f"a day) and {idle['n']} bare tray programs run at the same time in one session; "
            "medians over the instances. Wake-ups = voluntary context switches of all threads "
            f"(`/proc/PID/task/*/status`) over {idle['idle_s']:.0f} s with no input. "
            f"Notifications sent during that window: {idle['notifies_in_window']} "
            "(a default reminder falling inside would show here).",
            "",
            "Wake-ups per minute by thread (median over instances):",
            "",
            "| thread | Small Steps | bare |",
            "|---|---|---|",
        ]
        for name in sorted(set(idle["app_threads"]) | set(idle["bare_threads"])):
            out.append(
                f"| `{name}` | {_f(idle['app_threads'].get(name, float('nan')))} | "
                f"{_f(idle['bare_threads'].get(name, float('nan')))} |"
            )
    nd = s.get("nudges")
    if nd:
        out += [
            "",
            "### 4. Nudges on time",
            "",
            f"{nd['instances']} Small Steps instances, each with its own data folder and "
            f"reminders at {', '.join(nd['minutes'])} (local time): "
            f"{nd['instances']} x {len(nd['minutes'])} = {nd['expected']} scheduled nudges in "
            f"{len(nd['minutes'])} minutes instead of 20 minutes for one app. All instances "
            "fire in the same second, on 2 cores: a harsher case than one app alone. Latency "
            "= `time=` stamp dbus-monitor gave the app's `Notify` call minus the scheduled "
            "minute. The pointer is moved every 15 s (XTEST) so no instance sees the person "
            f"as away. p50 {_f(nd['p50'] * 1000)} ms, p95 {_f(nd['p95'] * 1000)} ms, "
            f"max {_f(nd['max'] * 1000)} ms; missing: {', '.join(nd['missing']) or 'none'}.",
        ]
    lp = s.get("loop")
    if lp:
        labels = {
            "answer_ms": "5. `dunstctl action 0` started -> step dialog mapped",
            "answer_from_signal_ms": "5. `ActionInvoked` on the bus -> step dialog mapped",
            "record_ms": "6. XTEST Return -> row visible to a read-only reader of the journal",
            "record_log_ms": "6. XTEST Return -> log line `step recorded` (ms stamps)",
            "week_cli_cold_ms": "7. `smallsteps show week` started -> mapped, first open",
            "week_log_cold_ms": "7. request logged by the app -> mapped, first open",
            "week_cli_warm_ms": "7. `smallsteps show week` started -> mapped, again",
            "week_log_warm_ms": "7. request logged by the app -> mapped, again",
            "keyring_load_ms": "7. keyring first use in a fresh process (import + read key)",
        }
        out += [
            "",
            "### 5, 6, 7. Answer, record, week window (10-year journal, Secret Service unlocked)",
            "",
            f"The app runs on a copy of the generated journal ({results.get('journal', '')}), "
            "its key in the session's gnome-keyring, as a person's would be. "
            "Windows are found with python-xlib in the benchmark process (mapped top-level "
            "windows by name, polled every 1-2 ms), keys are sent with XTEST after "
            "`xdotool windowfocus --sync`.",
            "",
            "| measure | p50 (ms) | p95 (ms) | n |",
            "|---|---|---|---|",
        ]
        for key, label in labels.items():
            if key in lp:
                p50, p95, n = lp[key]
                out.append(f"| {label} | {_f(p50)} | {_f(p95)} | {n} |")
        if lp.get("week_log_cold_ms"):
            out += [
                "",
                f"Notes readable in the week window (key found in the keyring): "
                f"{s.get('loop_notes_readable')}. Start -> tray icon on this 10-year journal "
                f"(same kind of measurement as 1, different session): "
                f"{_f(s.get('icon_10y_s', float('nan')), 3)} s (median).",
            ]
    wk = s.get("week")
    if wk:
        cold = wk["cold"]
        out += [
            "",
            f"In-process, offscreen, on the same journal ({wk['steps']} steps): first open = "
            f"import of the week window module {_f(cold['import_ms'])} ms + construction "
            f"{_f(cold['construct_ms'])} ms + first week drawn {_f(cold['first_week_ms'])} ms "
            f"= {_f(cold['total_ms'])} ms. Week switches over {wk['n']} weeks spread over the "
            "10 years, p50 / p95 (ms):",
            "",
            "| part | p50 | p95 |",
            "|---|---|---|",
        ]
        for key, label in (
            ("summary_ms", "`WeekService.summary(day)`"),
            ("show_ms", "`WeekWindow.show_summary(...)`"),
            ("paint_ms", "`repaint()` (software raster)"),
            ("total_ms", "total"),
        ):
            p50, p95 = wk[key]
            out.append(f"| {label} | {_f(p50, 2)} | {_f(p95, 2)} |")
        for view, what, count in (
            (
                "months",
                "Month switches (the window's Month tab: the month calendar of "
                "`ui/day_grid.py`), over {n} months spread over the 10 years",
                "`WeekService.month(day)`",
            ),
            (
                "years",
                "Year switches (the Year tab: twelve month calendars), over the last {n} years",
                "`WeekService.year(day)`",
            ),
        ):
            if view not in wk:
                continue
            shown = "show_month" if view == "months" else "show_year"
            out += [
                "",
                what.format(n=wk[view]["n"]) + ", p50 / p95 (ms):",
                "",
                "| part | p50 | p95 |",
                "|---|---|---|",
            ]
            for key, label in (
                ("summary_ms", count),
                ("show_ms", f"`WeekWindow.{shown}(...)`"),
                ("paint_ms", "`repaint()` (software raster)"),
                ("total_ms", "total"),
            ):
                p50, p95 = wk[view][key]
                out.append(f"| {label} | {_f(p50, 2)} | {_f(p95, 2)} |")
    imports = results.get("imports")
    if imports:
        out += [
            "",
            "### Where start-up goes (offscreen, median of the runs)",
            "",
            "Cumulative, importing in stages in a fresh interpreter (`attribution.py`):",
            "",
            "| after | ms | VmRSS (MiB) | step ms | step MiB |",
            "|---|---|---|---|---|",
        ]
        prev_ms, prev_mib = 0.0, None
        for name, ms, mib in imports["stages"]:
            step_mib = "" if prev_mib is None else f"{mib - prev_mib:+.1f}"
            out.append(f"| {name} | {ms:.0f} | {mib:.1f} | {ms - prev_ms:+.0f} | {step_mib} |")
            prev_ms, prev_mib = ms, mib
        out += [
            "",
            "From `python -X importtime` of the real start (`tests/perf/startup_modules.py`, "
            "cumulative, inflated by the tracing): "
            + "; ".join(
                f"`{name}` {ms:.0f} ms (under `{by}`)" for name, ms, by in imports["importtime_top"]
            )
            + ".",
            "",
            "Loaded before the tray icon although they should load on first use: "
            + (
                ", ".join(
                    f"`{m}` (via {' -> '.join(imports['importers'].get(m, [])) or '?'})"
                    for m in imports["lazy_loaded_at_start"]
                )
                or "none"
            )
            + ".",
        ]
    return out


def write_readme(results: dict[str, Any], folder: Path) -> None:
    """Replace the results section of README.md (append it if the markers are missing)."""
    readme = folder / "README.md"
    text = readme.read_text() if readme.exists() else "# Benchmarks\n"
    section = _markdown(results, summarize(results))
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    readme.write_text(text)


def draw_chart(results: dict[str, Any], path: Path) -> None:
    """Draw the ratios as horizontal bars (1.0 = the bare tray program) into a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([])
    found = [r for r in summarize(results)["ratios"] if not math.isnan(r[1])]
    ratios = [(f"Small Steps: {r[0]}", *r[1:]) for r in found if r[3] == "app"]
    ratios += [r for r in found if r[3] != "app"]
    width, bar_h, gap, left, top, right = 1100, 26, 12, 330, 70, 150
    height = top + len(ratios) * (bar_h + gap) + 60
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    title = QFont("DejaVu Sans", 14)
    title.setBold(True)
    p.setFont(title)
    p.drawText(
        QRectF(20, 10, width - 40, 30),
        Qt.AlignmentFlag.AlignLeft,
        "Small Steps and peers vs a bare PySide6 tray program (ratio, 1.0 = bare)",
    )
    small = QFont("DejaVu Sans", 10)
    p.setFont(small)
    p.drawText(
        QRectF(20, 38, width - 40, 20),
        Qt.AlignmentFlag.AlignLeft,
        f"{results['machine']['date']}  ·  dashed: target of issue 8  ·  orange: over target",
    )
    top_value = float(max([2.0] + [r[1] for r in ratios] + [r[2] or 0 for r in ratios])) * 1.05
    plot_w = width - left - right

    def x_of(value: float) -> float:
        return left + plot_w * value / top_value

    p.setPen(QPen(QColor("#999999"), 1))
    step = 0.5 if top_value <= 4 else 1.0
    tick = 0.0
    while tick <= top_value:
        x = x_of(tick)
        p.drawLine(QPointF(x, top - 5), QPointF(x, height - 45))
        p.drawText(QRectF(x - 30, height - 40, 60, 20), Qt.AlignmentFlag.AlignCenter, f"{tick:g}")
        tick += step
    # 1.0 = the bare program: behind the bars and their values, seen between them.
    p.setPen(QPen(QColor("#222222"), 2))
    p.drawLine(QPointF(x_of(1.0), top - 8), QPointF(x_of(1.0), height - 45))
    colours = {"app": "#4E79A7", "safeeyes": "#9C755F", "workrave": "#76B7B2"}
    for i, (label, value, target, who) in enumerate(ratios):
        y = top + i * (bar_h + gap)
        over = target is not None and value > target
        colour = "#F28E2B" if over else colours.get(who, "#888888")
        p.fillRect(QRectF(left, y, x_of(value) - left, bar_h), QColor(colour))
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(10, y, left - 20, bar_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
        if target is not None:
            pen = QPen(QColor("#222222"), 2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x_of(target), y - 3), QPointF(x_of(target), y + bar_h + 3))
        # The value on a white ground, so a target line just past the bar cannot cross it.
        text = f"{value:.2f}x"
        width = p.fontMetrics().horizontalAdvance(text) + 6
        p.fillRect(QRectF(x_of(value) + 3, y + 4, width, bar_h - 8), QColor("white"))
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(x_of(value) + 6, y, 120, bar_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )
    p.end()
    image.save(str(path))


def write(results: dict[str, Any], folder: Path) -> None:
    """Write README.md's results section and ratios.png."""
    write_readme(results, folder)
    draw_chart(results, folder / "ratios.png")
