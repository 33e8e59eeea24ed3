"""What the benchmarks look at: /proc, the tray watcher, X windows, logs, the journal.

Why this module exists: every measurement must be taken the same way for Small Steps
and for the programs it is compared with, from outside the measured process. The
session itself (Xvfb, bus, tray host, dunst) comes from ``tests/e2e/desktop.py``;
this module only adds fast, timestamped observers on top of it:

* :class:`TrayWatch` listens for ``StatusNotifierItemRegistered`` on the session bus
  and maps the item to the process that registered it, so "tray icon shown" is the
  moment the watcher accepted the item (the receipt time of its signal).
* :class:`XWatch` talks to the X server with python-xlib in this process (no
  ``xdotool`` process per poll): visible top-level windows by name, XEmbed tray
  clients, XTEST key presses and pointer motion, ``WM_DELETE_WINDOW``.
* :func:`notify_times` / :func:`signal_times` read the wall-clock ``time=`` stamps
  that ``dbus-monitor`` writes for each Notifications message.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, MatchRule, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from jeepney.wrappers import unwrap_msg
from tests.e2e.desktop import DesktopSession
from Xlib import XK, X, Xatom, display, error
from Xlib.ext import xtest
from Xlib.protocol import event

SNI_WATCHER = "org.kde.StatusNotifierWatcher"


# --------------------------------------------------------------------------- numbers


def median(values: Sequence[float]) -> float:
    """Return the median (NaN for no values)."""
    return statistics.median(values) if values else float("nan")


def percentile(values: Sequence[float], pct: float) -> float:
    """Return the ``pct`` percentile with linear interpolation (NaN for no values)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100.0
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


# --------------------------------------------------------------------------- /proc


def status_kib(pid: int, field: str) -> int:
    """Return one ``kB`` field of ``/proc/PID/status`` (e.g. ``VmHWM``, ``VmRSS``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


@dataclass(frozen=True)
class Memory:
    """Resident memory of one process, in MiB.

    Attributes:
        peak: ``VmHWM``, the high-water mark of the resident set.
        now: ``VmRSS``, the resident set at the moment of reading.
    """

    peak: float
    now: float


def memory(pid: int) -> Memory:
    """Read ``VmHWM`` and ``VmRSS`` of a process."""
    return Memory(status_kib(pid, "VmHWM") / 1024.0, status_kib(pid, "VmRSS") / 1024.0)


def wakeups_by_thread(pid: int) -> dict[str, int]:
    """Voluntary context switches of every thread, keyed ``"<tid> <comm>"``."""
    counts: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            comm = (task / "comm").read_text().strip()
            for line in (task / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    counts[f"{task.name} {comm}"] = int(line.split()[1])
        except OSError:  # the thread ended between listing and reading
            continue
    return counts


def wakeup_delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Per-thread wake-ups between two readings (threads that came or went included)."""
    keys = set(before) | set(after)
    return {k: after.get(k, 0) - before.get(k, 0) for k in sorted(keys)}


def by_thread_name(delta: dict[str, int]) -> dict[str, int]:
    """Sum a per-thread delta by thread name (``comm``)."""
    out: dict[str, int] = {}
    for key, value in delta.items():
        name = key.split(" ", 1)[1] if " " in key else key
        out[name] = out.get(name, 0) + value
    return out


def _cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


class LoadSampler:
    """Samples the machine's load while a phase runs (other work skews timings).

    Use as a context manager; :meth:`summary` gives the 1-minute load average (mean
    and max of samples every 5 s) and how busy the CPUs were over the whole phase.
    """

    def __init__(self, every: float = 5.0) -> None:
        self._every = every
        self._samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._cpu0 = _cpu_times()
        self._cpu1 = self._cpu0

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self._samples.append(float(Path("/proc/loadavg").read_text().split()[0]))

    def __enter__(self) -> LoadSampler:
        self._cpu0 = _cpu_times()
        self._samples.append(float(Path("/proc/loadavg").read_text().split()[0]))
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._cpu1 = _cpu_times()

    def summary(self) -> dict[str, float]:
        """``load_mean``, ``load_max`` (1-minute load average) and ``cpu_busy_pct``."""
        busy = self._cpu1[0] - self._cpu0[0]
        total = self._cpu1[1] - self._cpu0[1]
        return {
            "load_mean": statistics.fmean(self._samples),
            "load_max": max(self._samples),
            "cpu_busy_pct": 100.0 * busy / total if total else float("nan"),
        }


# --------------------------------------------------------------------------- tray watcher


class TrayWatch:
    """Timestamps StatusNotifierItem registrations with the session's watcher.

    Args:
        session: a session started with ``tray="sni"``.
    """

    def __init__(self, session: DesktopSession) -> None:
        self._conn = open_dbus_connection(bus=session.bus_address)
        rule = MatchRule(
            type="signal", interface=SNI_WATCHER, member="StatusNotifierItemRegistered"
        )
        self._queue: deque[Any] = deque()
        self._filter = self._conn.filter(rule, queue=self._queue)
        self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        self.seen: list[tuple[float, str, int]] = []
        """Every registration so far: ``(wall time, item, pid)``."""

    def close(self) -> None:
        """Close the bus connection."""
        self._filter.close()
        self._conn.close()

    def _pid_of(self, item: str) -> int:
        name = item.split("/", 1)[0]
        match = re.fullmatch(r"org\.kde\.StatusNotifierItem-(\d+)-\d+", name)
        if match:
            return int(match[1])
        msg = new_method_call(
            DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"),
            "GetConnectionUnixProcessID",
            "s",
            (name,),
        )
        try:
            return int(unwrap_msg(self._conn.send_and_get_reply(msg, timeout=2))[0])
        except Exception:  # noqa: BLE001 - the item's connection may be gone already
            return -1

    def wait_for(self, pids: Callable[[], set[int]], timeout: float) -> float | None:
        """Wait for an item registered by one of ``pids()``; returns its wall time.

        Registrations seen earlier (by :meth:`wait_for` or :meth:`drain`) count too.

        Args:
            pids: the process ids that may own the item (re-read on every signal, so
                children that appear later count).
            timeout: seconds to wait.
        """
        for when, _item, pid in self.seen:
            if pid in pids():
                return when
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                msg = self._conn.recv_until_filtered(self._queue, timeout=remaining)
            except TimeoutError:
                break
            when = time.time()
            item = str(msg.body[0]) if msg.body else ""
            pid = self._pid_of(item)
            self.seen.append((when, item, pid))
            if pid in pids():
                return when
        return None

    def drain(self) -> None:
        """Read registrations that are already queued, without waiting."""
        self.wait_for(set, 0.01)


# --------------------------------------------------------------------------- X11


class XWatch:
    """A python-xlib connection to the session's X server, for fast polls and input.

    Args:
        session: the running session.
    """

    def __init__(self, session: DesktopSession) -> None:
        self.dpy = display.Display(session.display)
        self.root = self.dpy.screen().root
        self._net_wm_name = self.dpy.intern_atom("_NET_WM_NAME")
        self._utf8 = self.dpy.intern_atom("UTF8_STRING")
        self._wm_protocols = self.dpy.intern_atom("WM_PROTOCOLS")
        self._wm_delete = self.dpy.intern_atom("WM_DELETE_WINDOW")
        self._net_wm_pid = self.dpy.intern_atom("_NET_WM_PID")

    def close(self) -> None:
        """Close the connection."""
        self.dpy.close()

    def _names(self, win: Any) -> list[str]:
        """``_NET_WM_NAME`` and ``WM_NAME``: Qt appends the app's display name to the first."""
        names = []
        prop = win.get_full_property(self._net_wm_name, self._utf8)
        if prop is not None and prop.value:
            value = prop.value
            names.append(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
        name = win.get_wm_name()
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if name:
            names.append(str(name))
        return names

    def visible(self, name_regex: str) -> list[int]:
        """Ids of mapped top-level windows whose name matches (no WM: root children)."""
        found = []
        regex = re.compile(name_regex)
        try:
            children = self.root.query_tree().children
        except error.XError:
            return []
        for win in children:
            try:
                if win.get_attributes().map_state != X.IsViewable:
                    continue
                if any(regex.search(n) for n in self._names(win)):
                    found.append(int(win.id))
            except error.XError:  # the window went away meanwhile
                continue
        return found

    def wait_visible(self, name_regex: str, timeout: float, interval: float = 0.002) -> float:
        """Poll until a window matching ``name_regex`` is mapped; returns the wall time.

        Raises:
            TimeoutError: when none appears in time.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.visible(name_regex):
                return time.time()
            time.sleep(interval)
        raise TimeoutError(f"no visible window matching {name_regex!r}")

    def wait_gone(self, name_regex: str, timeout: float) -> None:
        """Poll until no window matching ``name_regex`` is mapped.

        Raises:
            TimeoutError: when one is still there after ``timeout``.
        """
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.visible(name_regex):
                return
            time.sleep(0.01)
        raise TimeoutError(f"window matching {name_regex!r} still visible")

    def xembed_client_of(self, wm_class: str) -> bool:
        """True when a window of this WM_CLASS is embedded below another top-level.

        An XEmbed tray icon is reparented into the tray host's window (here the
        xfce4-panel systray), so it is a descendant of a root child, not a root child.
        """
        try:
            tops = self.root.query_tree().children
        except error.XError:
            return False
        stack = [c for top in tops for c in _children(top)]
        while stack:
            win = stack.pop()
            try:
                cls = win.get_wm_class()
            except error.XError:
                continue
            if cls and wm_class in cls:
                return True
            stack.extend(_children(win))
        return False

    def key(self, keysym: str) -> None:
        """Press and release one key through XTEST (a real key event for Qt)."""
        code = self.dpy.keysym_to_keycode(XK.string_to_keysym(keysym))
        xtest.fake_input(self.dpy, X.KeyPress, code)
        xtest.fake_input(self.dpy, X.KeyRelease, code)
        self.dpy.sync()

    def nudge_pointer(self) -> None:
        """Move the pointer a little (XTEST), as a person at the desk does: idle is reset."""
        pointer = self.root.query_pointer()
        x = 600 if pointer.root_x != 600 else 601
        xtest.fake_input(self.dpy, X.MotionNotify, x=x, y=500)
        self.dpy.sync()

    def close_window(self, wid: int) -> None:
        """Ask a window to close, as a window manager's close button does."""
        win = self.dpy.create_resource_object("window", wid)
        data = (32, [self._wm_delete, X.CurrentTime, 0, 0, 0])
        msg = event.ClientMessage(window=win, client_type=self._wm_protocols, data=data)
        win.send_event(msg, event_mask=0)
        self.dpy.sync()

    def pid_of(self, wid: int) -> int | None:
        """``_NET_WM_PID`` of a window, when set."""
        win = self.dpy.create_resource_object("window", wid)
        prop = win.get_full_property(self._net_wm_pid, Xatom.CARDINAL)
        return int(prop.value[0]) if prop is not None and len(prop.value) else None


def _children(win: Any) -> list[Any]:
    try:
        return list(win.query_tree().children)
    except error.XError:
        return []


# --------------------------------------------------------------------------- logs


_MONITOR_HEADER = re.compile(
    r"^(?P<kind>method call|signal) time=(?P<time>[0-9.]+) sender=(?P<sender>\S+)"
    r" -> destination=\S+ serial=(?P<serial>\d+).*member=(?P<member>\w+)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class BusEvent:
    """One Notifications message as dbus-monitor stamped it.

    Attributes:
        when: wall time (seconds since the epoch) dbus-monitor received it.
        kind: ``method call`` or ``signal``.
        member: ``Notify``, ``ActionInvoked``, ``NotificationClosed`` ...
        sender: unique bus name of the sender.
        serial: message serial.
    """

    when: float
    kind: str
    member: str
    sender: str
    serial: int


def bus_events(session: DesktopSession, member: str | None = None) -> list[BusEvent]:
    """Every Notifications message the session's monitor logged, oldest first."""
    text = session.notify_log.read_text(encoding="utf-8", errors="replace")
    events = [
        BusEvent(float(m["time"]), m["kind"], m["member"], m["sender"], int(m["serial"]))
        for m in _MONITOR_HEADER.finditer(text)
    ]
    return [e for e in events if member is None or e.member == member]


def bus_pid(session: DesktopSession, unique_name: str) -> int:
    """The process id behind a unique bus name (the connection must still exist)."""
    with open_dbus_connection(bus=session.bus_address) as conn:
        msg = new_method_call(
            DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus"),
            "GetConnectionUnixProcessID",
            "s",
            (unique_name,),
        )
        return int(unwrap_msg(conn.send_and_get_reply(msg, timeout=2))[0])


_LOG_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) \w+ \S+: (.*)$", re.MULTILINE)


def log_times(log_file: Path, pattern: str) -> list[float]:
    """Wall times (ms resolution) of the app log lines whose message matches ``pattern``."""
    try:
        text = log_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    regex = re.compile(pattern)
    out = []
    for stamp, message in _LOG_LINE.findall(text):
        if regex.search(message):
            local = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").astimezone()
            out.append(local.timestamp())
    return out


# --------------------------------------------------------------------------- journal


@contextmanager
def journal_reader(path: Path) -> Iterator[Callable[[], int]]:
    """A read-only connection to a journal; yields a function returning its step count."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        yield lambda: int(conn.execute("SELECT count(*) FROM steps").fetchone()[0])
    finally:
        conn.close()


def poll(predicate: Callable[[], object], timeout: float, interval: float = 0.002) -> float:
    """Poll until ``predicate()`` is truthy; returns the wall time of first sight.

    Raises:
        TimeoutError: when it stays falsy.
    """
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return time.time()
        if time.monotonic() >= deadline:
            raise TimeoutError("condition not met in time")
        time.sleep(interval)
