"""A real, headless desktop session for Small Steps' end-to-end tests.

Why this module exists: Small Steps lives in the system tray and talks to the desktop
through D-Bus (StatusNotifierItem tray icon, ``org.freedesktop.Notifications`` with
action buttons, the Secret Service keyring). Qt's ``offscreen`` platform and mocks cannot
show whether the icon really registers with a tray, whether a click on a notification's
button really reaches the app, or whether typing into a dialog works. So the e2e tests
run the app inside a small but real session, started per test under a private state
directory and torn down afterwards:

* ``Xvfb`` (X server; there is NO window manager),
* a private ``dbus-daemon`` session bus on which nothing is D-Bus-activated except
  xfconfd (see ``session/session.conf``),
* a tray host: ``xfce4-panel`` with only the systray plugin (StatusNotifierWatcher/Host,
  what Qt uses when it is present) or ``trayer`` (XEmbed only),
* the ``dunst`` notification daemon, with ``dunstctl`` to act as the person clicking,
* optionally ``gnome-keyring-daemon`` (Secret Service), unlocked or locked,
* a ``dbus-monitor`` that records every ``org.freedesktop.Notifications`` message, so
  tests can assert on what the app sent (``dunstctl history`` misses notifications that
  are still displayed).

The project carries this harness itself (CI only has the repository); the data files it
uses are in ``session/`` next to this module. Only the standard library and jeepney are
used here, never PySide6: the app under test always runs in its own process, with
:attr:`DesktopSession.env`.

Debian 12 packages needed: xvfb dbus dbus-x11 xdotool x11-utils imagemagick
xfce4-panel xfconf trayer dunst libnotify-bin gnome-keyring (plus Qt's xcb libraries).

Typical use::

    session = start_session(tmp_path / "desk", tray="sni", notify="dunst")
    try:
        app = session.spawn([sys.executable, "-m", "smallsteps"], "app")
        wait_until(lambda: tray_item_registered(session), 10, what="tray icon")
    finally:
        session.stop()

Keyboard input without a window manager: nothing gives a new window the X input focus
(the X server starts with focus ``PointerRoot``; ``xdotool windowactivate`` fails because
no WM supports ``_NET_ACTIVE_WINDOW``; moving the pointer over the window is not enough
for Qt; ``xdotool type --window`` alone sends synthetic events that Qt ignores). What
works is ``xdotool windowfocus --sync WID`` (``XSetInputFocus``; Qt then gets FocusIn and
makes the window active) followed, in the same xdotool call, by ``type``/``key``: xdotool
then uses XTEST, i.e. real key events. :func:`xdotool_type` and :func:`xdotool_key` do
exactly that when given a window.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import ctypes.util
import glob
import os
import re
import select
import shutil
import signal
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, cast

from jeepney import (  # type: ignore[import-untyped, unused-ignore]
    DBusAddress,
    HeaderFields,
    MatchRule,
    new_method_call,
)
from jeepney.bus_messages import message_bus  # type: ignore[import-untyped, unused-ignore]
from jeepney.io.blocking import (  # type: ignore[import-untyped, unused-ignore]
    DBusConnection,
    open_dbus_connection,
)
from jeepney.wrappers import unwrap_msg  # type: ignore[import-untyped, unused-ignore]

__all__ = [
    "SESSION_DATA_DIR",
    "DesktopSession",
    "KeyringKind",
    "NotifyCall",
    "NotifyClient",
    "NotifyKind",
    "NotifySignal",
    "TrayKind",
    "dunst_displayed_count",
    "dunst_invoke_action",
    "dunst_invoke_default",
    "focus_window",
    "free_display",
    "keyring_locked",
    "missing_programs",
    "parse_notify_log",
    "start_session",
    "tray_item_registered",
    "tray_items",
    "visible_windows",
    "wait_until",
    "window_geometry",
    "xdotool_click",
    "xdotool_key",
    "xdotool_type",
]

TrayKind = Literal["sni", "xembed", "none"]
"""Tray host: ``sni`` = xfce4-panel (StatusNotifierItem + XEmbed), ``xembed`` = trayer."""
NotifyKind = Literal["dunst", "none"]
"""Notification daemon on the session bus."""
KeyringKind = Literal["none", "unlocked", "locked"]
"""Secret Service: none, gnome-keyring with the login keyring unlocked, or locked."""

SESSION_DATA_DIR = Path(__file__).resolve().parent / "session"
"""Templates and scripts used to build a session (bus config, dunstrc, fake dmenu...)."""

NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
SNI_WATCHER = "org.kde.StatusNotifierWatcher"
SECRETS = "org.freedesktop.secrets"
_TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"  # XEmbed tray manager of screen 0

_SCREEN = "1280x800x24"
_POLL = 0.05
_MAX_SOCKET_PATH = 100  # sockaddr_un.sun_path is 108 bytes, keep a margin
_XDOTOOL_NOISE = "XGetInputFocus returned the focused window of 1"
# Inherited variables that would tie programs to the developer's own desktop session.
_DROP_ENV = (
    "WAYLAND_DISPLAY",
    "DBUS_SESSION_BUS_ADDRESS",
    "SESSION_MANAGER",
    "XDG_CURRENT_DESKTOP",
    "XDG_SESSION_DESKTOP",
    "DESKTOP_SESSION",
    "GNOME_KEYRING_CONTROL",
    "XAUTHORITY",
    "DISPLAY",
)


# --------------------------------------------------------------------------- helpers


def wait_until(
    predicate: Callable[[], object],
    timeout: float,
    interval: float = 0.1,
    what: str = "",
) -> None:
    """Poll ``predicate`` until it returns a truthy value.

    Args:
        predicate: Called repeatedly; exceptions propagate.
        timeout: Seconds to keep trying (the predicate is always tried at least once).
        interval: Seconds to sleep between tries.
        what: Description used in the failure message.

    Raises:
        AssertionError: ``timed out waiting for {what}`` when the time is up.
    """
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(interval)


def _poll(predicate: Callable[[], object], timeout: float) -> bool:
    """Like :func:`wait_until` but returns False instead of raising."""
    try:
        wait_until(predicate, timeout, _POLL)
    except AssertionError:
        return False
    return True


def _wait_part(proc: subprocess.Popen[bytes], ready: Callable[[], object], timeout: float) -> bool:
    """Poll ``ready`` like :func:`_poll`, but give up as soon as ``proc`` has exited."""
    _poll(lambda: ready() or proc.poll() is not None, timeout)
    return bool(ready())


def free_display(start: int = 90) -> int:
    """Find an X display number that looks unused.

    A number is free when neither ``/tmp/.X11-unix/X<N>`` nor ``/tmp/.X<N>-lock`` exists.
    This is racy between parallel test runs; :func:`start_session` with ``display=None``
    lets Xvfb pick a number atomically instead.

    Args:
        start: First number to try.

    Returns:
        The first free display number >= ``start``.

    Raises:
        RuntimeError: When no number below ``start + 1000`` is free.
    """
    for n in range(start, start + 1000):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            return n
    raise RuntimeError(f"no free X display number in {start}..{start + 999}")


def missing_programs(
    tray: TrayKind = "sni", notify: NotifyKind = "dunst", keyring: KeyringKind = "none"
) -> list[str]:
    """List the programs a session of this kind needs that are not installed.

    Args:
        tray: Tray host kind.
        notify: Notification daemon kind.
        keyring: Keyring kind.

    Returns:
        Names of missing executables (empty when everything is there); useful for
        ``pytest.skip``.
    """
    needed = ["Xvfb", "dbus-daemon", "dbus-monitor", "xdotool", "xwininfo", "import"]
    needed += {"sni": ["xfce4-panel"], "xembed": ["trayer"], "none": []}[tray]
    needed += {"dunst": ["dunst", "dunstctl"], "none": []}[notify]
    if keyring != "none":
        needed.append("gnome-keyring-daemon")
    missing = [p for p in needed if shutil.which(p) is None]
    if tray == "sni" and _find_xfconfd() is None:
        missing.append("xfconfd")
    return missing


def _find_xfconfd() -> str | None:
    """Locate xfconfd (it lives in a multiarch libexec directory on Debian)."""
    for pattern in (
        "/usr/lib/*/xfce4/xfconf/xfconfd",
        "/usr/lib/xfce4/xfconf/xfconfd",
        "/usr/libexec/xfconfd",
    ):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


def _tail(path: Path, lines: int = 15) -> str:
    """Last ``lines`` lines of a log file, or a note that it is missing."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return f"<no log {path}>"
    return "\n".join(text.splitlines()[-lines:]) or "<empty log>"


def _pid_alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (zombies cannot be killed)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2 :].split()[0] not in ("Z", "X")


def _children_of(ppid: int) -> list[int]:
    """PIDs whose parent is ``ppid`` (from /proc)."""
    kids = []
    for stat_path in glob.glob("/proc/[0-9]*/stat"):
        try:
            stat = Path(stat_path).read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == ppid:
            kids.append(int(stat_path.split("/")[2]))
    return kids


# --------------------------------------------------------------------------- D-Bus


def _bus_call(
    address: str,
    dest: str,
    path: str,
    interface: str,
    member: str,
    signature: str | None = None,
    body: tuple[object, ...] = (),
    timeout: float = 3.0,
) -> tuple[Any, ...]:
    """One blocking D-Bus method call on the bus at ``address``.

    Raises:
        jeepney.DBusErrorResponse: For an error reply.
        OSError: When the bus cannot be reached.
    """
    with open_dbus_connection(bus=address) as conn:
        msg = new_method_call(DBusAddress(path, dest, interface), member, signature, body)
        return cast(tuple[Any, ...], unwrap_msg(conn.send_and_get_reply(msg, timeout=timeout)))


def _dbus(address: str, member: str, signature: str | None = None, *args: object) -> Any:
    """Call a method of the bus daemon itself and return its first result."""
    return _bus_call(
        address,
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        member,
        signature,
        args,
    )[0]


def _get_property(address: str, dest: str, path: str, interface: str, name: str) -> Any:
    """Read one D-Bus property (the value inside the variant)."""
    variant = _bus_call(
        address, dest, path, "org.freedesktop.DBus.Properties", "Get", "ss", (interface, name)
    )[0]
    return variant[1]


# --------------------------------------------------------------------------- X helpers


def _selection_owner(display: str, selection: str) -> int:
    """Window id owning an X selection (0 when none), through libX11 via ctypes.

    Used to know when an XEmbed tray manager (``_NET_SYSTEM_TRAY_S0``) is ready; no
    command-line tool in the Debian packages we use can query selection owners.
    """
    lib = ctypes.util.find_library("X11") or "libX11.so.6"
    x11 = ctypes.CDLL(lib)
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    dpy = x11.XOpenDisplay(display.encode())
    if not dpy:
        return 0
    try:
        atom = x11.XInternAtom(dpy, selection.encode(), 0)
        return int(x11.XGetSelectionOwner(dpy, atom))
    finally:
        x11.XCloseDisplay(dpy)


@dataclass
class _XWindow:
    """One window line of ``xwininfo -tree`` output."""

    wid: str
    name: str
    wm_class: tuple[str, ...]
    depth: int
    children: list[_XWindow] = field(default_factory=list)


_XWININFO_LINE = re.compile(
    r'^(?P<indent>\s*)(?P<wid>0x[0-9a-f]+) (?P<name>\(has no name\)|".*?"):'
    r" \((?P<cls>.*?)\)\s+\d+x\d+"
)


def _parse_xwininfo_tree(text: str) -> list[_XWindow]:
    """Parse ``xwininfo -root -tree`` into a forest of top-level windows."""
    roots: list[_XWindow] = []
    stack: list[_XWindow] = []
    for line in text.splitlines():
        m = _XWININFO_LINE.match(line)
        if not m:
            continue
        name = m["name"][1:-1] if m["name"].startswith('"') else ""
        win = _XWindow(m["wid"], name, tuple(re.findall(r'"(.*?)"', m["cls"])), len(m["indent"]))
        while stack and stack[-1].depth >= win.depth:
            stack.pop()
        (stack[-1].children if stack else roots).append(win)
        stack.append(win)
    return roots


# --------------------------------------------------------------------------- notifications log


@dataclass
class NotifyCall:
    """One ``org.freedesktop.Notifications.Notify`` call seen on the session bus.

    Attributes:
        app_name: First Notify argument.
        replaces_id: Id of the notification this one replaces (0 = new).
        app_icon: Icon name or path.
        summary: Title.
        body: Body text (markup is not interpreted here).
        actions: Flat list ``[key, label, key, label, ...]``.
        hints_text: The hints dict as dbus-monitor printed it (dedented), see :meth:`hint`.
        expire_timeout: Requested timeout in ms (-1 = daemon default, 0 = never).
        sender: Unique bus name of the caller (matches :attr:`NotifySignal.destination`).
        serial: Message serial of the call.
    """

    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints_text: str
    expire_timeout: int = -1
    sender: str = ""
    serial: int = 0

    @property
    def action_labels(self) -> dict[str, str]:
        """Actions as ``{key: label}``."""
        return dict(zip(self.actions[0::2], self.actions[1::2], strict=False))

    def hint(self, name: str) -> str | None:
        """The printed value of one hint, e.g. ``"byte 1"`` for ``urgency``.

        Args:
            name: Hint name such as ``urgency``, ``category``, ``desktop-entry``.

        Returns:
            The text after ``variant`` (``'string "im"'``, ``"boolean true"``...), or None
            when the hint is absent.
        """
        lines = self.hints_text.splitlines()
        for i, line in enumerate(lines[:-1]):
            if line == f'   string "{name}"' and lines[i + 1].startswith("   variant"):
                value = [lines[i + 1][len("   variant") :].strip()]
                for more in lines[i + 2 :]:
                    if more.startswith(")"):
                        break
                    value.append(more.strip())
                return " ".join(value)
        return None


@dataclass
class NotifySignal:
    """A signal of the Notifications interface seen on the bus.

    Attributes:
        member: ``ActionInvoked``, ``NotificationClosed`` or ``ActivationToken``.
        notification_id: The notification it is about.
        detail: Action key for ActionInvoked, the reason number (as text) for
            NotificationClosed, the token for ActivationToken.
        sender: Unique name of the daemon.
        destination: Unique name it was sent to (dunst sends only to the Notify caller),
            or ``(null destination)`` for a broadcast.
    """

    member: str
    notification_id: int
    detail: str
    sender: str
    destination: str


_HEADER = re.compile(
    r"^(?P<kind>method call|method return|signal|error) time=\S+ sender=(?P<sender>\S+)"
    r" -> destination=(?P<dest>.*?) serial=(?P<serial>\d+)(?P<rest>.*)$"
)


class _Lines:
    """Cursor over the argument lines of one dbus-monitor message."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.i = 0

    def take(self, pattern: str) -> re.Match[str]:
        if self.i >= len(self.lines):
            raise ValueError(f"expected {pattern!r}, got end of message")
        m = re.fullmatch(pattern, self.lines[self.i])
        if not m:
            raise ValueError(f"expected {pattern!r}, got {self.lines[self.i]!r}")
        self.i += 1
        return m

    def string(self, indent: int, followers: Sequence[str]) -> str:
        """Read a ``string "..."`` argument at ``indent`` spaces.

        dbus-monitor does not escape quotes or newlines, so the value ends at the first
        line ending in ``"`` whose next line starts with one of ``followers`` (or that is
        the last line).
        """
        head = " " * indent + 'string "'
        if self.i >= len(self.lines) or not self.lines[self.i].startswith(head):
            got = self.lines[self.i] if self.i < len(self.lines) else "end of message"
            raise ValueError(f"expected a string, got {got!r}")
        parts = [self.lines[self.i][len(head) :]]
        j = self.i
        while True:
            last = j + 1 >= len(self.lines)
            if parts[-1].endswith('"') and (
                last or any(self.lines[j + 1].startswith(f) for f in followers)
            ):
                break
            if last:
                raise ValueError("unterminated string")
            j += 1
            parts.append(self.lines[j])
        self.i = j + 1
        return "\n".join(parts)[:-1]


def _split_messages(text: str) -> Iterator[tuple[re.Match[str], list[str], bool]]:
    """Yield ``(header match, argument lines, is_last)`` for each dbus-monitor message."""
    current: tuple[re.Match[str], list[str]] | None = None
    for line in text.split("\n"):
        m = _HEADER.match(line)
        if m:
            if current:
                yield current[0], current[1], False
            current = (m, [])
        elif current:
            current[1].append(line)
    if current:
        lines = current[1]
        while lines and lines[-1] == "":
            lines.pop()
        yield current[0], lines, True


def _member(header: re.Match[str]) -> str:
    m = re.search(r"member=(\S+)", header["rest"])
    return m[1] if m else ""


def _parse_notify(header: re.Match[str], lines: list[str]) -> NotifyCall:
    cur = _Lines(lines)
    app_name = cur.string(3, ["   uint32 "])
    replaces_id = int(cur.take(r"   uint32 (\d+)")[1])
    app_icon = cur.string(3, ['   string "'])
    summary = cur.string(3, ['   string "'])
    body = cur.string(3, ["   array ["])
    cur.take(r"   array \[")
    actions = []
    while cur.i < len(lines) and lines[cur.i] != "   ]":
        actions.append(cur.string(6, ['      string "', "   ]"]))
    cur.take(r"   \]")
    # hints: everything between "   array [" and the last "   ]"; then "   int32 N"
    cur.take(r"   array \[")
    timeout_m = re.fullmatch(r"   int32 (-?\d+)", lines[-1]) if lines else None
    if not timeout_m or lines[-2] != "   ]" or len(lines) - 2 < cur.i:
        raise ValueError(f"malformed hints/timeout in Notify: {lines[cur.i :]!r}")
    hints_text = "\n".join(ln[6:] if ln.startswith(" " * 6) else ln for ln in lines[cur.i : -2])
    return NotifyCall(
        app_name=app_name,
        replaces_id=replaces_id,
        app_icon=app_icon,
        summary=summary,
        body=body,
        actions=actions,
        hints_text=hints_text,
        expire_timeout=int(timeout_m[1]),
        sender=header["sender"],
        serial=int(header["serial"]),
    )


def _parse_signal(header: re.Match[str], lines: list[str]) -> NotifySignal:
    cur = _Lines(lines)
    nid = int(cur.take(r"   uint32 (\d+)")[1])
    if cur.i < len(lines) and lines[cur.i].startswith("   uint32 "):
        detail = cur.take(r"   uint32 (\d+)")[1]
    else:
        detail = cur.string(3, [])
    return NotifySignal(_member(header), nid, detail, header["sender"], header["dest"])


def parse_notify_log(text: str) -> tuple[list[NotifyCall], list[NotifySignal]]:
    """Parse ``dbus-monitor`` text output into Notify calls and Notifications signals.

    Only ``Notify`` method calls and the ``ActionInvoked``, ``NotificationClosed`` and
    ``ActivationToken`` signals are returned; everything else is skipped. A last message
    that cannot be parsed is assumed to be still being written and is skipped.

    Args:
        text: The monitor's output (``dbus-monitor --session
            "interface='org.freedesktop.Notifications'"``).

    Returns:
        ``(calls, signals)`` in the order they appeared.

    Raises:
        ValueError: When a message other than the last one is malformed.
    """
    calls: list[NotifyCall] = []
    signals: list[NotifySignal] = []
    for header, lines, is_last in _split_messages(text):
        member = _member(header)
        try:
            if header["kind"] == "method call" and member == "Notify":
                calls.append(_parse_notify(header, lines))
            elif header["kind"] == "signal" and member in (
                "ActionInvoked",
                "NotificationClosed",
                "ActivationToken",
            ):
                signals.append(_parse_signal(header, lines))
        except (ValueError, IndexError) as exc:
            if is_last:
                continue
            raise ValueError(f"cannot parse {header[0]!r}: {exc}") from exc
    return calls, signals


# --------------------------------------------------------------------------- the session


@dataclass
class DesktopSession:
    """A running headless desktop; create it with :func:`start_session`.

    Attributes:
        display: X display name, e.g. ``":90"``.
        env: Environment to run programs in (DISPLAY, DBUS_SESSION_BUS_ADDRESS,
            XDG_RUNTIME_DIR, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME,
            QT_QPA_PLATFORM=xcb, NO_AT_BRIDGE=1, DESK_STATE; WAYLAND_DISPLAY and other
            links to the developer's own desktop removed).
        state_dir: Directory holding logs, configs and XDG directories of this session.
        tray: Tray host that runs.
        notify: Notification daemon that runs.
        pids: PIDs of the processes this session started (in start order).
        keyring: Keyring state the session was started with.
        dbus: Whether a private session bus runs (else DBUS_SESSION_BUS_ADDRESS points at
            a socket that does not exist, which also stops libdbus from autolaunching one).
    """

    display: str
    env: dict[str, str]
    state_dir: Path
    tray: TrayKind
    notify: NotifyKind
    pids: list[int] = field(default_factory=list)
    keyring: KeyringKind = "none"
    dbus: bool = True
    _names: dict[int, str] = field(default_factory=dict, repr=False)
    _procs: dict[int, subprocess.Popen[bytes]] = field(default_factory=dict, repr=False)
    _bus_pid: int | None = field(default=None, repr=False)
    _cleanup_dirs: list[Path] = field(default_factory=list, repr=False)
    _stopped: bool = field(default=False, repr=False)

    # ---- context manager

    def __enter__(self) -> DesktopSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- basics

    @property
    def bus_address(self) -> str:
        """The session bus address (points at nothing when ``dbus`` is False)."""
        return self.env["DBUS_SESSION_BUS_ADDRESS"]

    def log_path(self, name: str) -> Path:
        """Path of the log of a process started as ``name`` (see :meth:`spawn`)."""
        return self.state_dir / f"{name}.log"

    def log_tail(self, name: str, lines: int = 15) -> str:
        """Last lines of the log of the process started as ``name``."""
        return _tail(self.log_path(name), lines)

    def spawn(
        self,
        args: Sequence[str],
        name: str,
        *,
        stderr_name: str | None = None,
        stdin: int | IO[Any] | None = subprocess.DEVNULL,
        pass_fds: Sequence[int] = (),
        cwd: Path | None = None,
        extra_env: dict[str, str] | None = None,
    ) -> subprocess.Popen[bytes]:
        """Start a background process in the session; :meth:`stop` will end it.

        Args:
            args: Program and arguments.
            name: Short name; output goes to ``state_dir/<name>.log``.
            stderr_name: When given, stderr goes to ``state_dir/<stderr_name>`` instead.
            stdin: Passed to Popen (default: /dev/null).
            pass_fds: File descriptors the child inherits.
            cwd: Working directory.
            extra_env: Variables added to :attr:`env` for this process only.

        Returns:
            The Popen object (binary mode; output is in the log file).
        """
        env = dict(self.env, **(extra_env or {}))
        with contextlib.ExitStack() as files:
            out = files.enter_context(open(self.log_path(name), "wb"))
            err: IO[bytes] | int = subprocess.STDOUT
            if stderr_name:
                err = files.enter_context(open(self.state_dir / stderr_name, "wb"))
            proc = subprocess.Popen(
                list(args),
                env=env,
                stdin=stdin,
                stdout=out,
                stderr=err,
                pass_fds=tuple(pass_fds),
                cwd=cwd,
                start_new_session=True,  # a Ctrl-C in the terminal hits pytest only
            )
        self._track(proc.pid, name, proc)
        return proc

    def _track(self, pid: int, name: str, proc: subprocess.Popen[bytes] | None = None) -> None:
        self.pids.append(pid)
        self._names[pid] = name
        if proc is not None:
            self._procs[pid] = proc

    def run(
        self,
        args: Sequence[str],
        *,
        timeout: float = 30.0,
        check: bool = False,
        input: str | None = None,
        extra_env: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> subprocess.CompletedProcess[str]:
        """Run a command to completion in the session environment.

        Args:
            args: Program and arguments.
            timeout: Seconds before ``subprocess.TimeoutExpired``.
            check: Raise ``CalledProcessError`` on a non-zero exit status.
            input: Text for stdin.
            extra_env: Variables added to :attr:`env` for this command only.
            **kwargs: Passed on to :func:`subprocess.run` (e.g. ``cwd``).

        Returns:
            The completed process, output captured as text.
        """
        return subprocess.run(
            list(args),
            env=dict(self.env, **(extra_env or {})),
            text=True,
            capture_output=True,
            timeout=timeout,
            check=check,
            input=input,
            **kwargs,
        )

    def bus_has_name(self, name: str) -> bool:
        """True when ``name`` has an owner on the session bus (False without a bus)."""
        if not self.dbus:
            return False
        try:
            return bool(_dbus(self.bus_address, "NameHasOwner", "s", name))
        except (OSError, TimeoutError):
            return False
        except Exception as exc:  # jeepney.DBusErrorResponse and friends
            if type(exc).__name__ == "DBusErrorResponse":
                return False
            raise

    def screenshot(self, path: Path, window_id: str | None = None) -> Path:
        """Save a PNG of the whole screen or of one window (ImageMagick ``import``).

        Args:
            path: Output file.
            window_id: X window id (decimal or 0x hex); None for the root window.

        Returns:
            ``path``.

        Raises:
            RuntimeError: When ``import`` fails.
        """
        res = self.run(["import", "-window", window_id or "root", f"png:{path}"])
        if res.returncode != 0:
            raise RuntimeError(f"import failed ({res.returncode}): {res.stderr.strip()}")
        return path

    # ---- notifications seen on the bus

    @property
    def notify_log(self) -> Path:
        """The dbus-monitor log of the Notifications interface."""
        return self.state_dir / "notify-monitor.log"

    def _notify_log_text(self) -> str:
        if not self.dbus:
            raise RuntimeError("this session has no D-Bus, so no notification monitor")
        return self.notify_log.read_text(encoding="utf-8", errors="replace")

    def notify_calls(self) -> list[NotifyCall]:
        """Every ``Notify`` call made on the session bus so far, oldest first.

        Includes notifications still displayed (unlike ``dunstctl history``) and calls
        made by any program, e.g. ``QSystemTrayIcon.showMessage`` on the SNI path.
        """
        return parse_notify_log(self._notify_log_text())[0]

    def notify_signals(self) -> list[NotifySignal]:
        """Every ActionInvoked / NotificationClosed / ActivationToken signal so far.

        The monitor sees these even when the daemon sends them only to the Notify caller.
        """
        return parse_notify_log(self._notify_log_text())[1]

    # ---- teardown

    def bus_clients(self) -> list[int]:
        """PIDs of processes connected to (or activated by) the private bus.

        The test process and the bus daemon itself are left out. These are what
        :meth:`stop` ends besides :attr:`pids`.
        """
        if self._bus_pid is None:
            return []
        pids = set(_children_of(self._bus_pid))
        try:
            names = _dbus(self.bus_address, "ListNames")
            for name in names:
                if not name.startswith(":"):
                    continue
                try:
                    pid = _dbus(self.bus_address, "GetConnectionUnixProcessID", "s", name)
                except Exception:  # noqa: BLE001 - the client may just have gone
                    continue
                pids.add(int(pid))
        except Exception:  # noqa: BLE001 - bus already gone: only its children count
            pass
        pids -= {os.getpid(), os.getppid(), self._bus_pid, 0, 1}
        return sorted(pids)

    def _signal(self, pid: int, sig: int) -> None:
        """Signal a PID; for our own children only while not yet reaped (no PID reuse)."""
        proc = self._procs.get(pid)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            if proc is not None:
                if proc.poll() is None:
                    proc.send_signal(sig)
            else:
                os.kill(pid, sig)

    def stop(self) -> None:
        """Terminate everything this session started; safe to call more than once.

        Sends SIGTERM to the processes connected to the private bus (including
        D-Bus-activated ones such as xfconfd, and apps the test started) and to every PID
        in :attr:`pids` (newest first), waits up to 2 s, then SIGKILLs the survivors.
        The test process itself is never signalled.
        """
        if self._stopped:
            return
        self._stopped = True
        _LIVE_SESSIONS.pop(id(self), None)
        own = list(reversed(self.pids))
        targets = [p for p in self.bus_clients() if p not in own] + own
        for pid in targets:
            self._signal(pid, signal.SIGTERM)

        def all_gone() -> bool:
            for pid in targets:
                proc = self._procs.get(pid)
                if proc is not None:
                    if proc.poll() is None:
                        return False
                elif _pid_alive(pid):
                    return False
            return True

        if not _poll(all_gone, 2.0):
            for pid in targets:
                proc = self._procs.get(pid)
                alive = proc.poll() is None if proc is not None else _pid_alive(pid)
                if alive:
                    self._signal(pid, signal.SIGKILL)
            _poll(all_gone, 2.0)
        for proc in self._procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=1)
        for d in self._cleanup_dirs:
            shutil.rmtree(d, ignore_errors=True)


# Sessions not stopped yet: a safety net stops them when the interpreter exits (e.g. a
# test run interrupted outside a fixture's teardown).
_LIVE_SESSIONS: dict[int, DesktopSession] = {}


@atexit.register
def _stop_live_sessions() -> None:
    for session in list(_LIVE_SESSIONS.values()):
        session.stop()


def _write_template(src: Path, dest: Path, **subst: str) -> None:
    text = src.read_text()
    for key, value in subst.items():
        text = text.replace(f"@{key}@", value)
    dest.write_text(text)


def _try_xvfb(session: DesktopSession, display: int, screen: str) -> str | None:
    """Start Xvfb on ``:display``; the display name once it accepts connections, else None.

    ``-displayfd`` makes Xvfb write the display number to a pipe when it is ready, so no
    polling with xdpyinfo is needed.
    """
    r, w = os.pipe()
    args = ["Xvfb", f":{display}", "-displayfd", str(w), "-screen", "0", screen]
    args += ["-nolisten", "tcp", "-noreset"]
    try:
        proc = session.spawn(args, "xvfb", pass_fds=(w,))
    finally:
        os.close(w)
    got = b""
    deadline = time.monotonic() + 15
    try:
        while not got.endswith(b"\n") and time.monotonic() < deadline:
            ready, _, _ = select.select([r], [], [], 0.1)
            if ready:
                chunk = os.read(r, 64)
                if not chunk:
                    break
                got += chunk
            elif proc.poll() is not None:
                break
    finally:
        os.close(r)
    if got.strip().isdigit():
        return f":{int(got)}"
    if proc.poll() is None:  # hung: do not leave it behind
        proc.kill()
        proc.wait()
    return None


def _start_xvfb(session: DesktopSession, display: int | None, screen: str) -> str:
    """Start Xvfb on ``display`` or, when None, on the first free number from 90 on.

    With ``display=None`` a number taken by a parallel run between :func:`free_display`
    and Xvfb's start is skipped ("already active"), so parallel sessions are safe.
    """
    start = 90
    for _attempt in range(20):
        number = display if display is not None else free_display(start)
        name = _try_xvfb(session, number, screen)
        if name:
            return name
        log = session.log_tail("xvfb", 30)
        conflict = "already active" in log or "Cannot establish any listening" in log
        if display is not None or not conflict:
            break
        start = number + 1
    raise RuntimeError(f"Xvfb did not come up:\n{session.log_tail('xvfb')}")


def _runtime_dir(state_dir: Path, session: DesktopSession) -> Path:
    """XDG_RUNTIME_DIR; somewhere short when state_dir is too deep for unix sockets."""
    runtime = state_dir / "runtime"
    if len(str(runtime / "keyring" / "control")) > _MAX_SOCKET_PATH:
        runtime = Path(tempfile.mkdtemp(prefix="desk-"))
        session._cleanup_dirs.append(runtime)
        (state_dir / "runtime").symlink_to(runtime)
    else:
        runtime.mkdir()
    runtime.chmod(0o700)
    return runtime


def start_session(
    state_dir: Path,
    display: int | None = None,
    tray: TrayKind = "sni",
    notify: NotifyKind = "dunst",
    keyring: KeyringKind = "none",
    dbus: bool = True,
    *,
    keyring_password: str = "test-password",
    screen: str = _SCREEN,
) -> DesktopSession:
    """Start a headless desktop session (what ``desk_start`` of the shell harness does).

    Start order: Xvfb, private dbus-daemon, dbus-monitor on the Notifications interface,
    tray host, notification daemon, gnome-keyring. Each part is waited for (short polling)
    before the next starts; on any failure everything started so far is stopped again.

    Args:
        state_dir: Directory for this session (created; must not hold another session).
        display: X display number; None picks the first free one from 90 on
            (:func:`free_display`), retrying with the next number when a parallel run
            took it first.
        tray: ``sni`` (xfce4-panel systray: StatusNotifierWatcher), ``xembed`` (trayer) or
            ``none``.
        notify: ``dunst`` or ``none``.
        keyring: ``none``; ``unlocked``: gnome-keyring-daemon (secrets component) with a
            login keyring created and unlocked with ``keyring_password``; ``locked``: the
            same, then the login collection is locked (unlocking would need a prompter,
            which cannot be activated on this bus, so it fails).
        dbus: False runs no bus at all (DBUS_SESSION_BUS_ADDRESS points at a missing
            socket); then tray must be ``xembed``/``none`` and notify/keyring ``none``.
        keyring_password: Password of the login keyring.
        screen: Xvfb screen geometry and depth.

    Returns:
        The running session. Call :meth:`DesktopSession.stop` when done.

    Raises:
        ValueError: For an impossible combination of options.
        RuntimeError: When a part does not come up; the message names the part and
            shows the end of its log.
    """
    if tray not in ("sni", "xembed", "none"):
        raise ValueError(f"tray must be sni, xembed or none, not {tray!r}")
    if notify not in ("dunst", "none"):
        raise ValueError(f"notify must be dunst or none, not {notify!r}")
    if keyring not in ("none", "unlocked", "locked"):
        raise ValueError(f"keyring must be none, unlocked or locked, not {keyring!r}")
    if not dbus and (tray == "sni" or notify != "none" or keyring != "none"):
        raise ValueError("tray=sni, a notification daemon and a keyring all need dbus=True")
    missing = missing_programs(tray, notify, keyring)
    if missing:
        raise RuntimeError(f"programs needed for this session are missing: {missing}")

    state_dir = Path(state_dir).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    if any(state_dir.iterdir()):
        raise ValueError(f"state_dir {state_dir} is not empty")
    session = DesktopSession(
        display="",
        env={},
        state_dir=state_dir,
        tray=tray,
        notify=notify,
        keyring=keyring,
        dbus=dbus,
    )
    _LIVE_SESSIONS[id(session)] = session
    try:
        _start_parts(session, display, keyring_password, screen)
    except BaseException:
        session.stop()
        raise
    return session


def _start_parts(
    session: DesktopSession, display: int | None, keyring_password: str, screen: str
) -> None:
    state = session.state_dir
    runtime = _runtime_dir(state, session)
    for sub in ("config", "data", "cache"):
        (state / sub).mkdir()

    session.display = _start_xvfb(session, display, screen)
    env = {k: v for k, v in os.environ.items() if k not in _DROP_ENV}
    bus_address = f"unix:path={runtime / 'bus'}"
    if not session.dbus:
        bus_address = f"unix:path={runtime / 'no-bus'}"
    env.update(
        DISPLAY=session.display,
        DBUS_SESSION_BUS_ADDRESS=bus_address,
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(state / "config"),
        XDG_DATA_HOME=str(state / "data"),
        XDG_CACHE_HOME=str(state / "cache"),
        XDG_SESSION_TYPE="x11",
        QT_QPA_PLATFORM="xcb",
        NO_AT_BRIDGE="1",  # keep GTK (xfce4-panel, dunst) from starting an a11y bus
        DESK_STATE=str(state),
    )
    session.env = env

    if session.dbus:
        _start_bus(session)
    if session.tray == "sni":
        _start_xfce_panel(session)
    elif session.tray == "xembed":
        _start_trayer(session)
    if session.notify == "dunst":
        _start_dunst(session)
    if session.keyring != "none":
        _start_keyring(session, keyring_password)


def _start_bus(session: DesktopSession) -> None:
    state = session.state_dir
    services = state / "dbus-services"
    services.mkdir()
    xfconfd = _find_xfconfd()
    if xfconfd:
        _write_template(
            SESSION_DATA_DIR / "services" / "org.xfce.Xfconf.service",
            services / "org.xfce.Xfconf.service",
            XFCONFD=xfconfd,
        )
    _write_template(
        SESSION_DATA_DIR / "session.conf",
        state / "session.conf",
        ADDRESS=session.bus_address,
        SERVICEDIR=str(services),
    )
    proc = session.spawn(
        ["dbus-daemon", f"--config-file={state / 'session.conf'}", "--nofork", "--nopidfile"],
        "dbus",
    )
    session._bus_pid = proc.pid
    if not _wait_part(proc, lambda: session.bus_has_name("org.freedesktop.DBus"), 10):
        raise RuntimeError(f"dbus-daemon did not come up:\n{session.log_tail('dbus')}")

    # Record every Notifications message (calls, and signals even when unicast).
    monitor = session.spawn(
        ["dbus-monitor", "--session", f"interface='{NOTIFICATIONS}'"],
        "notify-monitor",
        stderr_name="notify-monitor.err",
    )
    # dbus-monitor prints NameLost for its own unique name once it became a monitor.
    if not _wait_part(monitor, lambda: "member=NameLost" in _tail(session.notify_log, 50), 10):
        raise RuntimeError(
            "dbus-monitor did not start monitoring:\n"
            + _tail(session.state_dir / "notify-monitor.err")
        )


def _sni_host_ready(session: DesktopSession) -> bool:
    """The SNI watcher exists AND a host registered (Qt checks both for a tray)."""
    try:
        return bool(
            _get_property(
                session.bus_address,
                SNI_WATCHER,
                "/StatusNotifierWatcher",
                SNI_WATCHER,
                "IsStatusNotifierHostRegistered",
            )
        )
    except Exception:  # noqa: BLE001 - not there yet
        return False


def _start_xfce_panel(session: DesktopSession) -> None:
    conf_dir = session.state_dir / "config" / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    conf_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(SESSION_DATA_DIR / "xfce4-panel.xml", conf_dir / "xfce4-panel.xml")
    panel = session.spawn(["xfce4-panel", "--disable-wm-check"], "xfce4-panel")
    if not _wait_part(panel, lambda: _sni_host_ready(session), 15):
        raise RuntimeError(
            "xfce4-panel did not provide a StatusNotifierWatcher with a registered host:\n"
            + session.log_tail("xfce4-panel")
        )


def _start_trayer(session: DesktopSession) -> None:
    trayer = session.spawn(
        [
            "trayer",
            "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200",
            "--height", "32", "--transparent", "false",
        ],
        "trayer",
    )  # fmt: skip
    if not _wait_part(trayer, lambda: _selection_owner(session.display, _TRAY_SELECTION), 10):
        raise RuntimeError(
            "trayer did not become the XEmbed tray manager (_NET_SYSTEM_TRAY_S0):\n"
            + session.log_tail("trayer")
        )


def _start_dunst(session: DesktopSession) -> None:
    state = session.state_dir
    dmenu = state / "fake_dmenu.sh"
    shutil.copy(SESSION_DATA_DIR / "fake_dmenu.sh", dmenu)
    dmenu.chmod(0o755)
    if " " in str(dmenu):
        raise RuntimeError(f"dunst's dmenu setting cannot hold a path with spaces: {dmenu}")
    _write_template(SESSION_DATA_DIR / "dunstrc", state / "dunstrc", DMENU=str(dmenu))
    dunst = session.spawn(["dunst", "-config", str(state / "dunstrc")], "dunst")
    if not _wait_part(dunst, lambda: session.bus_has_name(NOTIFICATIONS), 10):
        raise RuntimeError(
            f"dunst did not take {NOTIFICATIONS} on the bus:\n{session.log_tail('dunst')}"
        )


def _start_keyring(session: DesktopSession, password: str) -> None:
    # --foreground: no daemonizing, so the PID is ours and we can reap it.
    proc = session.spawn(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        "gnome-keyring",
        stdin=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(password.encode())
    proc.stdin.close()
    if not _wait_part(proc, lambda: session.bus_has_name(SECRETS), 10):
        raise RuntimeError(
            f"gnome-keyring-daemon did not take {SECRETS}:\n{session.log_tail('gnome-keyring')}"
        )
    if session.keyring == "locked":
        addr = session.bus_address
        service = "org.freedesktop.Secret.Service"
        login = _bus_call(addr, SECRETS, "/org/freedesktop/secrets", service, "ReadAlias",
                          "s", ("default",))[0]  # fmt: skip
        _bus_call(addr, SECRETS, "/org/freedesktop/secrets", service, "Lock", "ao", ([login],))
    expected = session.keyring == "locked"
    if not _poll(lambda: keyring_locked(session) == expected, 5):
        raise RuntimeError(
            f"login keyring did not become {session.keyring}:\n" + session.log_tail("gnome-keyring")
        )


# --------------------------------------------------------------------------- keyring


def keyring_locked(session: DesktopSession) -> bool | None:
    """Whether the Secret Service's default collection is locked.

    Returns:
        True/False, or None when there is no Secret Service or no default collection.
    """
    if not session.bus_has_name(SECRETS):
        return None
    try:
        path = _bus_call(
            session.bus_address,
            SECRETS,
            "/org/freedesktop/secrets",
            "org.freedesktop.Secret.Service",
            "ReadAlias",
            "s",
            ("default",),
        )[0]
        if path == "/":
            return None
        return bool(
            _get_property(
                session.bus_address, SECRETS, path, "org.freedesktop.Secret.Collection", "Locked"
            )
        )
    except Exception:  # noqa: BLE001
        return None


# --------------------------------------------------------------------------- dunst


def dunst_displayed_count(session: DesktopSession) -> int:
    """Number of notifications dunst currently shows (``dunstctl count displayed``)."""
    res = session.run(["dunstctl", "count", "displayed"], check=True)
    return int(res.stdout.strip())


def dunst_invoke_default(session: DesktopSession, position: int = 0) -> None:
    """Act as the person invoking a notification's default action (``dunstctl action``).

    dunst emits ``ActionInvoked(id, "default")`` to the connection that called Notify
    (only to it). Unlike a mouse click (``do_action, close_current``), dunst 1.9 does NOT
    close the notification: it stays displayed until the app calls CloseNotification.
    If the notification has no ``default`` action but other actions, dunst opens its
    context menu instead (see :func:`dunst_invoke_action`).

    Args:
        session: A session with ``notify="dunst"``.
        position: Index in dunst's list of displayed notifications, top to bottom:
            critical ones first, then oldest first (0 = the top popup).

    Raises:
        RuntimeError: When dunstctl fails (e.g. nothing is displayed).
    """
    res = session.run(["dunstctl", "action", str(position)])
    if res.returncode != 0:
        raise RuntimeError(f"dunstctl action {position} failed: {res.stderr.strip()}")


def dunst_invoke_action(
    session: DesktopSession, label: str, summary: str | None = None, timeout: float = 5.0
) -> str:
    """Act as the person choosing the action button labelled ``label``.

    Writes the label to ``$DESK_STATE/dmenu_choice`` and runs ``dunstctl context``; dunst
    pipes the actions of all displayed notifications to the fake dmenu, which answers with
    the line for that label, and dunst emits ``ActionInvoked(id, key)`` to the Notify
    caller. Waits until the fake dmenu has answered.

    Args:
        session: A session with ``notify="dunst"``.
        label: The action's label as shown (e.g. ``"Snooze"``), not its key.
        summary: Pick the notification with this summary when several have the label.
        timeout: Seconds to wait for dunst to run the menu.

    Returns:
        The menu line that was chosen, e.g. ``"#Snooze (Title) [3,snooze]"``.

    Raises:
        AssertionError: When dunst does not run the menu, or no entry has that label
            (the message lists the menu).
        RuntimeError: When dunstctl fails.
    """
    state = session.state_dir
    out = state / "dmenu_out.txt"
    out.unlink(missing_ok=True)
    (state / "dmenu_choice").write_text(label + ("\n" + summary if summary else "") + "\n")
    res = session.run(["dunstctl", "context"])
    if res.returncode != 0:
        raise RuntimeError(f"dunstctl context failed: {res.stderr.strip()}")
    wait_until(out.exists, timeout, what="dunst to run the context menu (any actions shown?)")
    chosen = out.read_text().strip()
    if not chosen:
        menu = (state / "dmenu_in.txt").read_text() if (state / "dmenu_in.txt").exists() else ""
        raise AssertionError(f"no action labelled {label!r} in dunst's menu:\n{menu}")
    return chosen


class NotifyClient:
    """A minimal notification client for tests: Notify with actions, then its signals.

    Sends ``Notify`` and receives ``ActionInvoked``/``NotificationClosed`` on ONE jeepney
    connection, because dunst sends those signals only to the connection that called
    Notify. Use as a context manager.
    """

    def __init__(self, session: DesktopSession) -> None:
        """Connect to the session's bus.

        Args:
            session: A session with a bus and a notification daemon.
        """
        self._conn: DBusConnection = open_dbus_connection(bus=session.bus_address)
        rule = MatchRule(type="signal", interface=NOTIFICATIONS, path=NOTIFICATIONS_PATH)
        self._conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=5)
        self._queue: deque[Any] = deque()
        self._filter = self._conn.filter(rule, queue=self._queue)
        self.received: list[NotifySignal] = []
        """Every signal received so far."""

    def __enter__(self) -> NotifyClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._filter.close()
        self._conn.close()

    def notify(
        self,
        summary: str,
        body: str = "",
        actions: Sequence[str] = (),
        *,
        app_name: str = "e2e-test",
        replaces_id: int = 0,
        icon: str = "",
        hints: dict[str, tuple[str, object]] | None = None,
        timeout_ms: int = 0,
    ) -> int:
        """Send ``Notify`` (signature ``susssasa{sv}i``).

        Args:
            summary: Title.
            body: Body text.
            actions: Flat ``[key, label, ...]``, e.g. ``["default", "Open"]``.
            app_name: Application name.
            replaces_id: Notification to replace, 0 for a new one.
            icon: Icon name or path.
            hints: Hints as ``{name: (dbus signature, value)}``.
            timeout_ms: Expiry in ms; 0 = never, -1 = daemon default.

        Returns:
            The notification id from the daemon.
        """
        msg = new_method_call(
            DBusAddress(NOTIFICATIONS_PATH, NOTIFICATIONS, NOTIFICATIONS),
            "Notify",
            "susssasa{sv}i",
            (app_name, replaces_id, icon, summary, body, list(actions), hints or {}, timeout_ms),
        )
        reply = unwrap_msg(self._conn.send_and_get_reply(msg, timeout=10))
        return int(reply[0])

    def wait_signal(
        self, notification_id: int, member: str = "ActionInvoked", timeout: float = 10.0
    ) -> NotifySignal:
        """Wait for a signal about one notification.

        Args:
            notification_id: Id returned by :meth:`notify`.
            member: ``ActionInvoked``, ``NotificationClosed`` or ``ActivationToken``.
            timeout: Seconds to wait.

        Returns:
            The signal (``detail`` = action key / close reason).

        Raises:
            AssertionError: On timeout; the message lists what was received.
        """
        for sig in self.received:
            if sig.notification_id == notification_id and sig.member == member:
                return sig
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                msg = self._conn.recv_until_filtered(self._queue, timeout=remaining)
            except TimeoutError:
                break
            hdr = msg.header.fields
            body = msg.body
            sig = NotifySignal(
                member=str(hdr.get(HeaderFields.member, "")),
                notification_id=int(body[0]) if body else -1,
                detail=str(body[1]) if len(body) > 1 else "",
                sender=str(hdr.get(HeaderFields.sender, "")),
                destination=str(hdr.get(HeaderFields.destination, "")),
            )
            self.received.append(sig)
            if sig.notification_id == notification_id and sig.member == member:
                return sig
        raise AssertionError(
            f"timed out waiting for {member} of notification {notification_id}; "
            f"received: {self.received}"
        )


# --------------------------------------------------------------------------- windows & tray


def _xdotool(session: DesktopSession, *args: str, ok_codes: Sequence[int] = (0,)) -> str:
    res = session.run(["xdotool", *args])
    if res.returncode not in ok_codes:
        err = "\n".join(ln for ln in res.stderr.splitlines() if _XDOTOOL_NOISE not in ln)
        raise RuntimeError(f"xdotool {' '.join(args)} failed ({res.returncode}): {err}")
    return res.stdout


def visible_windows(session: DesktopSession, name_regex: str) -> list[str]:
    """Ids (decimal strings) of mapped windows whose title matches ``name_regex``.

    Args:
        session: The session.
        name_regex: Extended regex matched against the window name (WM_NAME/_NET_WM_NAME).

    Returns:
        Window ids, possibly empty.
    """
    out = _xdotool(session, "search", "--onlyvisible", "--name", name_regex, ok_codes=(0, 1))
    return out.split()


def window_geometry(session: DesktopSession, wid: str) -> tuple[int, int, int, int]:
    """Position and size of a window on the screen.

    Args:
        session: The session.
        wid: Window id.

    Returns:
        ``(x, y, width, height)``.
    """
    out = _xdotool(session, "getwindowgeometry", "--shell", wid)
    geo = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(geo["X"]), int(geo["Y"]), int(geo["WIDTH"]), int(geo["HEIGHT"])


def focus_window(session: DesktopSession, wid: str) -> None:
    """Give a mapped window the X input focus and wait until it has it.

    Without a window manager this is the only way to get keyboard input into a Qt
    window (``windowactivate`` needs a WM). Qt then treats the window as active.

    Args:
        session: The session.
        wid: Window id (must be mapped, e.g. from :func:`visible_windows`).
    """
    _xdotool(session, "windowfocus", "--sync", wid)


def xdotool_key(
    session: DesktopSession, keys: str, window: str | None = None, delay_ms: int = 12
) -> None:
    """Press keys, e.g. ``"ctrl+a BackSpace Return"`` (X keysym names, space separated).

    Args:
        session: The session.
        keys: Space-separated key combinations.
        window: When given, the window is focused first (``windowfocus --sync``) in the
            same xdotool call, so the keys are real XTEST events Qt accepts. When None, the
            keys go to whatever window has the focus.
        delay_ms: Delay between keys.
    """
    focus = ["windowfocus", "--sync", window] if window else []
    _xdotool(session, *focus, "key", "--delay", str(delay_ms), *keys.split())


def xdotool_type(
    session: DesktopSession, text: str, window: str | None = None, delay_ms: int = 12
) -> None:
    """Type text (any Unicode; a newline is Return) like a person at the keyboard.

    Args:
        session: The session.
        text: Text to type.
        window: When given, focus it first (``windowfocus --sync``), see
            :func:`xdotool_key`. Do not rely on ``xdotool type --window``: that sends
            synthetic events, which Qt ignores.
        delay_ms: Delay between keystrokes.
    """
    focus = ["windowfocus", "--sync", window] if window else []
    _xdotool(session, *focus, "type", "--delay", str(delay_ms), "--", text)


def xdotool_click(session: DesktopSession, x: int, y: int, button: int = 1) -> None:
    """Move the pointer to screen position ``(x, y)`` and click (real XTEST events).

    Args:
        session: The session.
        x: Screen x coordinate.
        y: Screen y coordinate.
        button: 1 = left, 2 = middle, 3 = right.
    """
    _xdotool(session, "mousemove", "--sync", str(x), str(y), "click", str(button))


def _xembed_clients(session: DesktopSession) -> list[str]:
    """Windows embedded in trayer's panel (grandchildren: panel -> socket -> client)."""
    res = session.run(["xwininfo", "-root", "-tree"])
    if res.returncode != 0:
        raise RuntimeError(f"xwininfo failed: {res.stderr.strip()}")
    clients = []
    for win in _parse_xwininfo_tree(res.stdout):
        if win.wm_class == ("panel", "trayer"):
            for socket in win.children:
                for client in socket.children:
                    clients.append(f"{client.wid} {client.name}".strip())
    return clients


def tray_items(session: DesktopSession) -> list[str]:
    """The items the tray host currently shows.

    Returns:
        For ``sni``: the watcher's ``RegisteredStatusNotifierItems`` (e.g.
        ``":1.18/StatusNotifierItem"``). For ``xembed``: ``"<window id> <name>"`` of each
        window embedded in trayer (Qt names it after the program). For ``none``: empty.
    """
    if session.tray == "sni":
        items = _get_property(
            session.bus_address,
            SNI_WATCHER,
            "/StatusNotifierWatcher",
            SNI_WATCHER,
            "RegisteredStatusNotifierItems",
        )
        return [str(i) for i in items]
    if session.tray == "xembed":
        return _xembed_clients(session)
    return []


def tray_menu_labels(session: DesktopSession, item: str) -> list[str]:
    """The labels of a StatusNotifierItem's menu as the panel reads it (dbusmenu).

    Args:
        session: an ``sni`` session.
        item: one of :func:`tray_items`, e.g. ``":1.18/StatusNotifierItem"``.

    Returns:
        The top-level entries' labels in order (separators are left out).
    """
    service, _, path = item.partition("/")
    menu = _get_property(
        session.bus_address, service, "/" + path, "org.kde.StatusNotifierItem", "Menu"
    )
    _, layout = _bus_call(
        session.bus_address,
        service,
        str(menu),
        "com.canonical.dbusmenu",
        "GetLayout",
        "iias",
        (0, 1, ["label", "type"]),
    )
    labels = []
    for _, child in layout[2]:  # each child is a variant: ("(ia{sv}av)", (id, props, []))
        props = {key: value[1] for key, value in child[1].items()}
        if props.get("type") != "separator":
            labels.append(str(props.get("label", "")))
    return labels


def tray_item_registered(session: DesktopSession) -> bool:
    """True when at least one icon is in the tray (see :func:`tray_items`)."""
    return bool(tray_items(session))


def kill_dunst(session: DesktopSession) -> None:
    """Kill the session's dunst with SIGKILL, as a crash would."""
    for proc in list(session._procs.values()):
        if proc.args and Path(str(proc.args[0])).name == "dunst" and proc.poll() is None:  # type: ignore[index]
            proc.kill()
            proc.wait(timeout=5)
    wait_until(lambda: not session.bus_has_name(NOTIFICATIONS), 5, what="dunst to leave the bus")


def start_dunst(session: DesktopSession) -> None:
    """Start dunst again in a session whose dunst was killed."""
    _start_dunst(session)


def unlock_keyring(session: DesktopSession, password: str = "test-password") -> None:
    """Unlock the login keyring, as the person typing their password in a prompt would.

    Uses gnome-keyring's own unlock call (there is no prompter in the test session).
    """
    from jeepney import DBusAddress, new_method_call  # noqa: PLC0415
    from jeepney.io.blocking import DBusConnection, prep_socket  # noqa: PLC0415

    sock = prep_socket(session.bus_address.removeprefix("unix:path="))
    with DBusConnection(sock) as conn:
        service = DBusAddress("/org/freedesktop/secrets", SECRETS, "org.freedesktop.Secret.Service")
        opened = conn.send_and_get_reply(
            new_method_call(service, "OpenSession", "sv", ("plain", ("s", "")))
        )
        collection = conn.send_and_get_reply(
            new_method_call(service, "ReadAlias", "s", ("default",))
        ).body[0]
        internal = DBusAddress(
            "/org/freedesktop/secrets",
            SECRETS,
            "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface",
        )
        conn.send_and_get_reply(
            new_method_call(
                internal,
                "UnlockWithMasterPassword",
                "o(oayays)",
                (collection, (opened.body[1], b"", password.encode(), "text/plain")),
            )
        )
    wait_until(lambda: keyring_locked(session) is False, 5, what="the keyring to unlock")


def kill_part(session: DesktopSession, program: str) -> None:
    """Kill a part of the session (``xfce4-panel``, ``dunst`` ...) with SIGKILL, as a crash."""
    for proc in list(session._procs.values()):
        if proc.args and Path(str(proc.args[0])).name == program and proc.poll() is None:  # type: ignore[index]
            proc.kill()
            proc.wait(timeout=5)


def restart_tray_host(session: DesktopSession) -> None:
    """Kill the StatusNotifierItem tray host (xfce4-panel) and start it again."""
    kill_part(session, "xfce4-panel")
    wait_until(lambda: not session.bus_has_name(SNI_WATCHER), 5, what="the tray host to go")
    _start_xfce_panel(session)


def wait_window(session: DesktopSession, title: str, timeout: float = 10.0) -> str:
    """Wait until a window whose title matches the regex ``title`` is visible; its id."""
    found: list[str] = []

    def shown() -> bool:
        found[:] = visible_windows(session, title)
        return bool(found)

    wait_until(shown, timeout, what=f"a window titled {title!r}")
    return found[0]
