"""The whole-program benchmarks of issue 8, each in a real session from tests/e2e/desktop.py.

Every phase starts its own session (Xvfb, private bus, xfce4-panel as the
StatusNotifierItem watcher, dunst; a Secret Service for the week phase), runs the
programs as separate processes, observes them from outside (``probes``) and stops
everything it started. Results are plain dicts that ``report`` turns into the
README table and the chart. Durations are in seconds unless a key says ``_ms``.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.e2e.app_driver import RunningApp, smallsteps_exe
from tests.e2e.desktop import (
    DesktopSession,
    dunst_displayed_count,
    dunst_invoke_default,
    focus_window,
    start_session,
    xdotool_key,
)

from benchmarks.probes import (
    TrayWatch,
    XWatch,
    bus_events,
    bus_pid,
    by_thread_name,
    journal_reader,
    log_times,
    memory,
    poll,
    wakeup_delta,
    wakeups_by_thread,
)

REPO = Path(__file__).resolve().parents[1]
BARE = REPO / "benchmarks" / "bare_tray.py"
PY = sys.executable
STEP_DIALOG = "^A small step$"
WEEK_WINDOW = "^This week"
SYSTEM_BUS_CONF = """<busconfig>
  <type>system</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*"/><allow receive_sender="*"/><allow own="*"/>
  </policy>
</busconfig>
"""

Progress = Callable[[str], None]


def say(message: str) -> None:
    """Print a progress line (stderr, flushed), with the time."""
    print(f"[{datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- plumbing


@contextlib.contextmanager
def desk(work: Path, name: str, keyring: str = "none") -> Iterator[DesktopSession]:
    """A fresh session under ``work/name``; stopped (everything in it) on exit."""
    state = work / name
    shutil.rmtree(state, ignore_errors=True)
    session = start_session(state, tray="sni", notify="dunst", keyring=keyring)  # type: ignore[arg-type]
    try:
        yield session
    finally:
        session.stop()


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM one process we started and reap it (SIGKILL after 10 s)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


def descendants(pid: int) -> set[int]:
    """``pid`` and every process below it."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(text[text.rindex(")") + 2 :].split()[1])
    found = {pid}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in found and child not in found:
                found.add(child)
                changed = True
    return found


def wait_tray(
    proc: subprocess.Popen[bytes],
    trays: TrayWatch,
    xwin: XWatch,
    xembed_class: str | None = None,
    timeout: float = 30.0,
) -> float | None:
    """Wall time the program's tray icon registered (SNI) or was embedded (XEmbed)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        when = trays.wait_for(lambda: descendants(proc.pid), 0.01)
        if when is not None:
            return when
        if xembed_class and xwin.xembed_client_of(xembed_class):
            return time.time()
        if proc.poll() is not None:
            return None
    return None


def app_runner(session: DesktopSession, data_dir: Path, name: str) -> RunningApp:
    """A RunningApp (for its command line) whose process we start ourselves."""
    return RunningApp(session, data_dir, name=name)


def spawn_app(session: DesktopSession, app: RunningApp) -> subprocess.Popen[bytes]:
    """Start ``smallsteps --minimized --data-dir DIR`` in the session, as at login.

    ``--minimized`` is how the app starts every day (the autostart entry): no window, so
    a fresh data folder does not open the once-in-a-lifetime welcome. The app keeps the
    Popen.
    """
    app.proc = session.spawn(
        [smallsteps_exe(), "--minimized", "--data-dir", str(app.data_dir)], app.name
    )
    return app.proc


def spawn_bare(
    session: DesktopSession, name: str, stack: Path | None = None
) -> subprocess.Popen[bytes]:
    """Start the bare PySide6 tray program (``stack``: with the fixed stack, files there)."""
    return session.spawn([PY, str(BARE), *(["--stack", str(stack)] if stack else [])], name)


# --------------------------------------------------------------------------- 1 + 8: start


def _peer_env(session: DesktopSession, work: Path) -> dict[str, str]:
    """A private HOME for the peers, and a stand-in system bus (Safe Eyes needs one)."""
    home = work / "peer-home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    socket = session.state_dir / "system_bus"
    if not socket.exists():
        conf = session.state_dir / "system-bus.conf"
        conf.write_text(SYSTEM_BUS_CONF.format(socket=socket))
        session.spawn(
            ["dbus-daemon", f"--config-file={conf}", "--nofork", "--nopidfile"], "system-bus"
        )
        poll(socket.exists, 10, 0.05)
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "DBUS_SYSTEM_BUS_ADDRESS": f"unix:path={socket}",
        "GSETTINGS_BACKEND": "memory",
    }


PEERS: dict[str, dict[str, Any]] = {
    "safeeyes": {"argv": ["safeeyes"], "xembed": None, "package": "safeeyes"},
    "workrave": {"argv": ["workrave"], "xembed": "workrave", "package": "workrave"},
}


def phase_start(work: Path, runs: int, peer_runs: int) -> dict[str, Any]:
    """Start -> tray icon, and memory 2 s after it, for bare, app, the stack and the peers.

    "stack" is the bare program with the fixed stack's parts (``bare_tray.py --stack``):
    the floor for Small Steps. ``runs`` rounds of bare, app and stack (after a warm-up
    round), then ``peer_runs`` of each peer.
    """
    out: dict[str, Any] = {"bare": [], "app": [], "stack": [], "peers": {}}
    with desk(work, "s-start") as session:
        trays, xwin = TrayWatch(session), XWatch(session)
        app = app_runner(session, work / "start-data", "app")
        for i in range(runs + 1):
            order = ("bare", "app", "stack") if i % 2 == 0 else ("app", "stack", "bare")
            for name in order:
                t0 = time.time()
                if name == "app":
                    proc = spawn_app(session, app)
                else:
                    proc = spawn_bare(session, name, work / "stack" if name == "stack" else None)
                shown = wait_tray(proc, trays, xwin)
                if shown is None:
                    raise RuntimeError(f"{name} showed no tray icon:\n{session.log_tail(name)}")
                time.sleep(2.0)
                mem = memory(proc.pid)
                row: dict[str, Any] = {
                    "icon_s": shown - t0,
                    "peak_mib": mem.peak,
                    "rss_mib": mem.now,
                }
                if name == "app":
                    logged = [t for t in log_times(app.log_file, "tray icon shown") if t >= t0]
                    row["log_icon_s"] = logged[0] - t0 if logged else None
                stop(proc)
                if i > 0:
                    out[name].append(row)
            say(f"start run {i}{' (warm-up)' if i == 0 else ''} done")
        env = _peer_env(session, work)
        for peer, spec in PEERS.items():
            out["peers"][peer] = _peer_runs(session, trays, xwin, peer, spec, env, peer_runs)
        out["side_by_side"] = _side_by_side(session, trays, xwin, work, env)
        trays.close()
        xwin.close()
    return out


def _peer_runs(
    session: DesktopSession,
    trays: TrayWatch,
    xwin: XWatch,
    peer: str,
    spec: dict[str, Any],
    env: dict[str, str],
    runs: int,
) -> dict[str, Any]:
    result: dict[str, Any] = {"runs": [], "error": None, "version": _deb_version(spec["package"])}
    if shutil.which(spec["argv"][0]) is None:
        result["error"] = f"not installed ({spec['package']} did not install)"
        return result
    for i in range(runs + 1):
        t0 = time.time()
        proc = session.spawn(spec["argv"], f"{peer}-{i}", extra_env=env)
        shown = wait_tray(proc, trays, xwin, spec["xembed"], timeout=30)
        if shown is None:
            alive = proc.poll() is None
            stop(proc)
            result["error"] = (
                f"no tray icon within 30 s (process {'running' if alive else 'exited'}); "
                + " | ".join(session.log_tail(f"{peer}-{i}", 6).splitlines())
            )
            return result
        time.sleep(2.0)
        pids = descendants(proc.pid)
        mems = [memory(p) for p in pids]
        stop(proc)
        time.sleep(0.5)
        if i > 0:
            result["runs"].append(
                {
                    "icon_s": shown - t0,
                    "peak_mib": memory_sum(mems, "peak"),
                    "rss_mib": memory_sum(mems, "now"),
                    "processes": len(pids),
                }
            )
        say(f"{peer} run {i} done")
    return result


def memory_sum(mems: list[Any], field: str) -> float:
    """Sum one field of several :class:`probes.Memory` readings."""
    return float(sum(getattr(m, field) for m in mems))


def _deb_version(package: str) -> str | None:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or None


def _side_by_side(
    session: DesktopSession, trays: TrayWatch, xwin: XWatch, work: Path, env: dict[str, str]
) -> dict[str, Any]:
    """One run of everything at once: memory after 30 s idle, wake-ups over 60 s."""
    procs: dict[str, subprocess.Popen[bytes]] = {}
    app = app_runner(session, work / "side-data", "side-app")
    procs["app"] = spawn_app(session, app)
    procs["bare"] = spawn_bare(session, "side-bare")
    for peer, spec in PEERS.items():
        if shutil.which(spec["argv"][0]):
            procs[peer] = session.spawn(spec["argv"], f"side-{peer}", extra_env=env)
    started = time.monotonic()
    for name, proc in list(procs.items()):
        if wait_tray(proc, trays, xwin, PEERS.get(name, {}).get("xembed"), timeout=30) is None:
            stop(proc)
            del procs[name]
    time.sleep(max(0.0, 30 - (time.monotonic() - started)))
    out: dict[str, Any] = {}
    before = {n: wakeups_by_thread(p.pid) for n, p in procs.items()}
    for name, proc in procs.items():
        mems = [memory(p) for p in descendants(proc.pid)]
        out[name] = {"peak_mib": memory_sum(mems, "peak"), "rss_mib": memory_sum(mems, "now")}
    time.sleep(60)
    for name, proc in procs.items():
        delta = wakeup_delta(before[name], wakeups_by_thread(proc.pid))
        out[name]["wakeups_per_min"] = sum(delta.values())
        stop(proc)
    say("side-by-side run done")
    return out


# --------------------------------------------------------------------------- 2 + 3: idle


def _cycle(session: DesktopSession, app: RunningApp, xwin: XWatch) -> None:
    """Nudge -> dunst default action -> step dialog -> Return -> kept -> week window."""
    before = len(bus_events(session, "Notify"))
    assert app.cli("nudge").returncode == 0
    poll(lambda: len(bus_events(session, "Notify")) > before, 10, 0.02)
    poll(lambda: dunst_displayed_count(session) >= 1, 10, 0.02)
    dunst_invoke_default(session)
    xwin.wait_visible(STEP_DIALOG, 10)
    wid = xwin.visible(STEP_DIALOG)[0]
    with journal_reader(app.data_dir / "journal.sqlite3") as count:
        kept = count()
        xdotool_key(session, "Return", window=str(wid))
        poll(lambda: count() > kept, 10, 0.01)
    time.sleep(0.3)
    xdotool_key(session, "Return", window=str(wid))
    xwin.wait_gone(STEP_DIALOG, 10)
    assert app.cli("show", "week").returncode == 0
    xwin.wait_visible(WEEK_WINDOW, 20)
    time.sleep(0.5)
    for wid in xwin.visible(WEEK_WINDOW):
        xwin.close_window(wid)
    xwin.wait_gone(WEEK_WINDOW, 10)
    with contextlib.suppress(TimeoutError):
        poll(lambda: dunst_displayed_count(session) == 0, 5, 0.05)


def phase_idle(work: Path, instances: int, idle_s: float, settle_s: float) -> dict[str, Any]:
    """Memory after 30 s idle and after one cycle; wake-ups per minute over ``idle_s``."""
    out: dict[str, Any] = {"bare": [], "app": [], "idle_s": idle_s}
    with desk(work, "s-idle") as session:
        trays, xwin = TrayWatch(session), XWatch(session)
        # Warm-up: one of each, started and stopped.
        warm = app_runner(session, work / "idle-warm", "warm-app")
        for proc in (spawn_app(session, warm), spawn_bare(session, "warm-bare")):
            wait_tray(proc, trays, xwin)
            time.sleep(1)
            stop(proc)
        apps = [app_runner(session, work / f"idle-data-{i}", f"app-{i}") for i in range(instances)]
        procs: list[tuple[str, subprocess.Popen[bytes], RunningApp | None]] = []
        for i, app in enumerate(apps):
            procs.append(("app", spawn_app(session, app), app))
            procs.append(("bare", spawn_bare(session, f"bare-{i}"), None))
        first = time.monotonic()
        for name, proc, _ in procs:
            if wait_tray(proc, trays, xwin) is None:
                raise RuntimeError(f"{name} showed no tray icon")
        say(f"idle: {len(procs)} programs in the tray")
        time.sleep(max(0.0, settle_s - (time.monotonic() - first)))
        rows: list[dict[str, Any]] = []
        for _name, proc, _ in procs:
            mem = memory(proc.pid)
            rows.append({"peak30_mib": mem.peak, "rss30_mib": mem.now})
        before = [wakeups_by_thread(p.pid) for _, p, _ in procs]
        window_start = time.time()
        time.sleep(idle_s)
        window_end = time.time()
        for (name, proc, _), row, b in zip(procs, rows, before, strict=True):
            delta = wakeup_delta(b, wakeups_by_thread(proc.pid))
            row["wakeups_per_min"] = sum(delta.values()) * 60.0 / idle_s
            row["threads"] = by_thread_name(delta)
            out[name].append(row)
        out["notifies_in_window"] = sum(
            1 for e in bus_events(session, "Notify") if window_start <= e.when <= window_end
        )
        say("idle: wake-ups counted; now one cycle per app")
        for app in apps:
            _cycle(session, app, xwin)
        time.sleep(settle_s)
        for row, app in zip(out["app"], apps, strict=True):
            assert app.proc is not None
            mem = memory(app.proc.pid)
            row["peak_cycle_mib"] = mem.peak
            row["rss_cycle_mib"] = mem.now
        for _, proc, _ in procs:
            stop(proc)
        trays.close()
        xwin.close()
    return out


# --------------------------------------------------------------------------- 4: nudges


def phase_nudges(work: Path, instances: int, minutes: int) -> dict[str, Any]:
    """Scheduled minute -> Notify on the bus, for ``instances`` apps x ``minutes`` reminders."""
    from smallsteps.core.models import ReminderTime  # noqa: PLC0415
    from smallsteps.core.settings import Settings  # noqa: PLC0415
    from smallsteps.storage.paths import DataPaths  # noqa: PLC0415
    from smallsteps.storage.settings_store import save_settings  # noqa: PLC0415

    now = datetime.now().astimezone()
    first = (now + timedelta(seconds=100)).replace(second=0, microsecond=0)
    due = [first + timedelta(minutes=k) for k in range(minutes)]
    reminders = tuple(ReminderTime(d.hour, d.minute) for d in due)
    out: dict[str, Any] = {
        "instances": instances,
        "minutes": [f"{d:%H:%M}" for d in due],
        "latencies_s": [],
        "missing": [],
    }
    with desk(work, "s-nudges") as session:
        trays, xwin = TrayWatch(session), XWatch(session)
        apps = []
        for i in range(instances):
            paths = DataPaths(work / f"nudge-data-{i}")
            paths.ensure()
            save_settings(paths.settings, Settings(reminders=reminders))
            app = app_runner(session, paths.root, f"nudge-app-{i}")
            spawn_app(session, app)
            apps.append(app)
        for app in apps:
            assert app.proc is not None
            if wait_tray(app.proc, trays, xwin) is None:
                raise RuntimeError("an app showed no tray icon")
        say(f"nudges: {instances} apps wait for {', '.join(out['minutes'])}")
        end = due[-1] + timedelta(seconds=20)
        while datetime.now().astimezone() < end:
            xwin.nudge_pointer()  # a person at the desk: never "away"
            time.sleep(15)
        senders: dict[str, int] = {}
        for event in bus_events(session, "Notify"):
            if event.sender not in senders:
                with contextlib.suppress(Exception):
                    senders[event.sender] = bus_pid(session, event.sender)
        for app in apps:
            assert app.proc is not None
            pid = app.proc.pid
            mine = [e.when for e in bus_events(session, "Notify") if senders.get(e.sender) == pid]
            for slot in due:
                at = slot.timestamp()
                seen = [t for t in mine if at - 1 <= t < at + 60]
                if seen:
                    out["latencies_s"].append(seen[0] - at)
                else:
                    out["missing"].append(f"{app.name} {slot:%H:%M}")
            stop(app.proc)
        trays.close()
        xwin.close()
    return out


# --------------------------------------------------------------------------- 5, 6, 7


def _store_key(session: DesktopSession, data_dir: Path, key_hex: str) -> None:
    """Put the journal's key in the session's keyring for this data folder, as the app would."""
    code = (
        "import sys\n"
        "from smallsteps.storage.keystore import KeyringKeyStore\n"
        "from smallsteps.storage.paths import DataPaths\n"
        "KeyringKeyStore(DataPaths(__import__('pathlib').Path(sys.argv[1])).keyring_account)"
        ".save(bytes.fromhex(sys.argv[2]))\n"
    )
    done = session.run([PY, "-c", code, str(data_dir), key_hex], timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"could not store the journal key: {done.stderr}")


def _keyring_load_ms(session: DesktopSession, data_dir: Path) -> float:
    """First use of the keyring in a fresh process: import + reading the journal key."""
    code = (
        "import sys, time\n"
        "t = time.perf_counter()\n"
        "from smallsteps.storage.keystore import KeyringKeyStore\n"
        "from smallsteps.storage.paths import DataPaths\n"
        "key = KeyringKeyStore(DataPaths(__import__('pathlib').Path(sys.argv[1]))"
        ".keyring_account).load()\n"
        "assert key\n"
        "print((time.perf_counter() - t) * 1000)\n"
    )
    done = session.run([PY, "-c", code, str(data_dir)], timeout=60)
    return float(done.stdout.strip()) if done.returncode == 0 else float("nan")


def _journal_app(
    session: DesktopSession, work: Path, journal: Path, key_hex: str, name: str
) -> RunningApp:
    data = work / f"{name}-data"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    data.chmod(0o700)
    shutil.copy(journal, data / "journal.sqlite3")
    _store_key(session, data, key_hex)
    return app_runner(session, data, name)


def phase_loop(work: Path, journal: Path, key_hex: str, rounds: int, cold: int) -> dict[str, Any]:
    """Answer and record latency (``rounds``), week window open cold and warm."""
    out: dict[str, Any] = {
        "answer_ms": [],
        "answer_from_signal_ms": [],
        "record_ms": [],
        "record_log_ms": [],
        "week_cli_cold_ms": [],
        "week_log_cold_ms": [],
        "week_cli_warm_ms": [],
        "week_log_warm_ms": [],
        "icon_10y_s": [],
        "keyring_load_ms": [],
    }
    with desk(work, "s-loop", keyring="unlocked") as session:
        trays, xwin = TrayWatch(session), XWatch(session)
        # Week window, cold: a fresh app on the 10-year journal each time.
        for i in range(cold + 1):
            app = _journal_app(session, work, journal, key_hex, f"week-{i}")
            t0 = time.time()
            proc = spawn_app(session, app)
            shown = wait_tray(proc, trays, xwin)
            if shown is None:
                raise RuntimeError("no tray icon")
            time.sleep(1.5)
            cli, logged = _open_week(session, app, xwin)
            if i > 0:
                out["icon_10y_s"].append(shown - t0)
                out["week_cli_cold_ms"].append(cli)
                out["week_log_cold_ms"].append(logged)
                out["keyring_load_ms"].append(_keyring_load_ms(session, app.data_dir))
            if i < cold:
                stop(proc)
        say("week: cold opens done")
        # Warm: the last app, window closed and opened again.
        for i in range(rounds + 1):
            cli, logged = _open_week(session, app, xwin)
            if i > 0:
                out["week_cli_warm_ms"].append(cli)
                out["week_log_warm_ms"].append(logged)
        say("week: warm opens done; answer and record")
        for i in range(rounds + 1):
            answer, from_signal, record, record_log = _answer_and_record(session, app, xwin)
            if i > 0:
                out["answer_ms"].append(answer)
                out["answer_from_signal_ms"].append(from_signal)
                out["record_ms"].append(record)
                out["record_log_ms"].append(record_log)
        out["notes_readable"] = "notes closed" not in app.log_text()
        out["app_log_tail"] = app.log_text().splitlines()[-5:]
        assert app.proc is not None
        stop(app.proc)
        trays.close()
        xwin.close()
    return out


def _open_week(session: DesktopSession, app: RunningApp, xwin: XWatch) -> tuple[float, float]:
    """``smallsteps show week`` -> window mapped; also from the app's own log line."""
    t0 = time.time()
    session.spawn(
        [smallsteps_exe(), "--data-dir", str(app.data_dir), "show", "week"], f"{app.name}-show"
    )
    shown = xwin.wait_visible(WEEK_WINDOW, 30)
    asked = [t for t in log_times(app.log_file, "show-week") if t >= t0 - 0.002]
    time.sleep(0.3)
    for wid in xwin.visible(WEEK_WINDOW):
        xwin.close_window(wid)
    xwin.wait_gone(WEEK_WINDOW, 10)
    return (shown - t0) * 1000, ((shown - asked[0]) * 1000 if asked else float("nan"))


def _answer_and_record(
    session: DesktopSession, app: RunningApp, xwin: XWatch
) -> tuple[float, float, float, float]:
    before = len(bus_events(session, "Notify"))
    assert app.cli("nudge").returncode == 0
    poll(lambda: len(bus_events(session, "Notify")) > before, 10, 0.01)
    poll(lambda: dunst_displayed_count(session) >= 1, 10, 0.01)
    time.sleep(0.2)
    t0 = time.time()
    dunst_invoke_default(session)
    shown = xwin.wait_visible(STEP_DIALOG, 10, 0.001)
    invoked: list[float] = []

    def signal_logged() -> bool:
        invoked[:] = [e.when for e in bus_events(session, "ActionInvoked") if e.when >= t0]
        return bool(invoked)

    with contextlib.suppress(TimeoutError):
        poll(signal_logged, 2, 0.01)
    wid = xwin.visible(STEP_DIALOG)[0]
    focus_window(session, str(wid))
    time.sleep(0.2)
    with journal_reader(app.data_dir / "journal.sqlite3") as count:
        kept = count()
        t2 = time.time()
        xwin.key("Return")
        committed = poll(lambda: count() > kept, 10, 0.001)
    recorded: list[float] = []

    def record_logged() -> bool:
        recorded[:] = [t for t in log_times(app.log_file, "step recorded") if t >= t2 - 0.002]
        return bool(recorded)

    with contextlib.suppress(TimeoutError):
        poll(record_logged, 2, 0.01)
    time.sleep(0.3)
    xwin.key("Return")  # "Done"
    xwin.wait_gone(STEP_DIALOG, 10)
    with contextlib.suppress(TimeoutError):
        poll(lambda: dunst_displayed_count(session) == 0, 5, 0.02)
    if dunst_displayed_count(session):
        session.run(["dunstctl", "close-all"])
    return (
        (shown - t0) * 1000,
        (shown - invoked[0]) * 1000 if invoked else float("nan"),
        (committed - t2) * 1000,
        (recorded[0] - t2) * 1000 if recorded else float("nan"),
    )


def phase_week_inprocess(journal: Path, key_hex: str, work: Path) -> dict[str, Any]:
    """The in-process week switches (offscreen), on a copy of the journal."""
    copy = work / "inprocess-journal.sqlite3"
    shutil.copy(journal, copy)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [PY, "-m", "benchmarks.week_inprocess", str(copy), key_hex],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def make_journal(work: Path) -> tuple[Path, str, str]:
    """Generate the 10-year journal; returns its path, key (hex) and the generator's line."""
    path = work / "ten-years.sqlite3"
    key_file = work / "ten-years.key"
    for stale in (path, key_file):
        stale.unlink(missing_ok=True)
    done = subprocess.run(
        [PY, "-m", "benchmarks.make_journal", "--out", str(path), "--key-file", str(key_file)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return path, key_file.read_text().strip(), done.stdout.strip()


# --------------------------------------------------------------------------- imports


def phase_imports(runs: int) -> dict[str, Any]:
    """Staged import cost (median of ``runs``) and the top of ``-X importtime``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    stages: list[list[tuple[str, float, float]]] = []
    for _ in range(runs + 1):
        done = subprocess.run(
            [PY, "-m", "benchmarks.attribution"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        stages.append(json.loads(done.stdout.strip().splitlines()[-1]))
    stages = stages[1:]
    names = [row[0] for row in stages[0]]
    medians = []
    for i, name in enumerate(names):
        times = sorted(run[i][1] for run in stages)
        rss = sorted(run[i][2] for run in stages)
        medians.append((name, times[len(times) // 2], rss[len(rss) // 2]))
    data_dir = Path(os.environ.get("TMPDIR", "/tmp")) / f"smallsteps-importtime-{os.getpid()}"
    shutil.rmtree(data_dir, ignore_errors=True)
    env.update(DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent-bench-bus")
    done = subprocess.run(
        [PY, "-X", "importtime", str(REPO / "tests/perf/startup_modules.py"), str(data_dir)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    shutil.rmtree(data_dir, ignore_errors=True)
    modules = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "stages": medians,
        "importtime_top": _importtime_top(done.stderr),
        "lazy_loaded_at_start": sorted(
            {
                m.split(".")[0] if not m.startswith(("PySide6.", "smallsteps.")) else m
                for m in modules["at_start"]
                if m.split(".")[0] in ("keyring", "cryptography", "plyer", "apscheduler", "sqlite3")
                or m in ("PySide6.QtCharts", "PySide6.QtNetwork", "smallsteps.ui.week_window")
                or m in ("smallsteps.ui.settings_dialog", "smallsteps.ui.step_dialog")
            }
        ),
        "importers": modules.get("importers", {}),
    }


IMPORT_SUSPECTS = (
    "apscheduler",
    "asyncio",
    "importlib.metadata",
    "multiprocessing",
    "cryptography",
    "keyring",
    "plyer",
    "jeepney",
    "sqlite3",
    "PySide6.QtNetwork",
    "PySide6.QtCharts",
    "platformdirs",
    "tzlocal",
    "zoneinfo",
    "subprocess",
    "uuid",
)
"""Packages whose place in the start-up import tree the README shows."""


def _importtime_top(stderr: str) -> list[tuple[str, float, str]]:
    """For each suspect: cumulative import ms and the smallsteps module that pulled it in."""
    rows = []
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((match[4], int(match[2]) / 1000.0, len(match[3]) // 2))

    def parent_of(index: int) -> int | None:
        depth = rows[index][2]
        return next((j for j in range(index + 1, len(rows)) if rows[j][2] < depth), None)

    out = []
    for suspect in IMPORT_SUSPECTS:

        def ours(name: str, suspect: str = suspect) -> bool:
            return name == suspect or name.startswith(suspect + ".")

        total, by = 0.0, ""
        for i, (name, ms, _depth) in enumerate(rows):
            parent = parent_of(i)
            if not ours(name) or (parent is not None and ours(rows[parent][0])):
                continue
            total += ms  # an outermost import of the package
            while not by and parent is not None:
                if rows[parent][0].startswith("smallsteps"):
                    by = rows[parent][0]
                parent = parent_of(parent)
        if total:
            out.append((suspect, total, by or "a function: after the icon, or at first use"))
    return sorted(out, key=lambda r: -r[1])


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    """The machine and the versions the numbers belong to."""
    import PySide6  # noqa: PLC0415

    import smallsteps  # noqa: PLC0415

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    free = subprocess.run(["free", "-h"], capture_output=True, text=True, check=False).stdout
    mem_line = next((ln for ln in free.splitlines() if ln.startswith("Mem:")), "")
    git = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(REPO), "status", "--porcelain", "--", "desktop", "resources"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    return {
        "nproc": os.cpu_count(),
        "memory": f"{mem_line.split()[1]} total" if mem_line else "unknown",
        "free_h": free.strip(),
        "cpu": cpu,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "app": smallsteps.__version__,
        "commit": git,
        "uncommitted_product_files": len(dirty),
        "date": f"{datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
    }
