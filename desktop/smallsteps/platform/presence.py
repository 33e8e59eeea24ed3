"""Is the person away, or busy? Idle time, fullscreen windows, do-not-disturb.

Each source is asked only while a nudge is waiting, never on an idle timer.
Sources that do not exist on this desktop are skipped; with none at all the
answer is "present and free", so nudges simply come on time.

- Idle: the X11 screensaver extension; GNOME's Mutter idle monitor;
  ``org.freedesktop.ScreenSaver`` (KDE and others).
- Busy: the active window is fullscreen (X11 ``_NET_WM_STATE_FULLSCREEN``); the
  notification daemon is inhibited (``Inhibited`` property, dunst's ``paused``);
  GNOME's ``show-banners`` is off.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from typing import Any

log = logging.getLogger(__name__)

_NOTIFY_BUS = "org.freedesktop.Notifications"
_NOTIFY_PATH = "/org/freedesktop/Notifications"


class DesktopPresence:
    """Reads idle time and busy state from whatever this desktop offers."""

    def __init__(self) -> None:
        self._display: Any = None
        self._x11_failed = False
        self._bus: Any = None
        self._bus_failed = False

    def close(self) -> None:
        """Close the connections opened on first use."""
        if self._display is not None:
            with contextlib.suppress(Exception):
                self._display.close()
            self._display = None
        if self._bus is not None:
            with contextlib.suppress(OSError):
                self._bus.close()
            self._bus = None

    # -- X11 -----------------------------------------------------------------
    def _x11(self) -> Any:
        if self._display is not None or self._x11_failed:
            return self._display
        if not os.environ.get("DISPLAY"):
            self._x11_failed = True
            return None
        try:
            from Xlib import display  # noqa: PLC0415 - only when a nudge waits

            self._display = display.Display()
        except Exception as exc:  # noqa: BLE001 - no X server or no access
            log.info("no X11 display for idle/fullscreen checks (%s)", exc)
            self._x11_failed = True
        return self._display

    def _x11_idle_s(self) -> float | None:
        disp = self._x11()
        if disp is None or not disp.has_extension("MIT-SCREEN-SAVER"):
            return None
        try:
            info = disp.screen().root.screensaver_query_info()
        except Exception as exc:  # noqa: BLE001 - extension present but failing
            log.info("X11 idle time unavailable (%s)", exc)
            return None
        return float(info.idle) / 1000.0

    def fullscreen(self) -> bool:
        """Return whether the active window is fullscreen (a film, a presentation)."""
        disp = self._x11()
        if disp is None:
            return False
        try:
            root = disp.screen().root
            active_atom = disp.intern_atom("_NET_ACTIVE_WINDOW")
            state_atom = disp.intern_atom("_NET_WM_STATE")
            full_atom = disp.intern_atom("_NET_WM_STATE_FULLSCREEN")
            prop = root.get_full_property(active_atom, 0)
            if prop is None or not prop.value or not prop.value[0]:
                return False
            window = disp.create_resource_object("window", int(prop.value[0]))
            state = window.get_full_property(state_atom, 0)
            return state is not None and full_atom in list(state.value)
        except Exception as exc:  # noqa: BLE001 - window vanished, no WM, ...
            log.debug("fullscreen check failed: %s", exc)
            return False

    # -- D-Bus ---------------------------------------------------------------
    def _session_bus(self) -> Any:
        if self._bus is not None or self._bus_failed:
            return self._bus
        try:
            from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415

            self._bus = open_dbus_connection(bus="SESSION", auth_timeout=1.0)
        except Exception as exc:  # noqa: BLE001 - no session bus
            log.info("no session bus for presence checks (%s)", exc)
            self._bus_failed = True
        return self._bus

    def _drop_bus(self) -> None:
        """Close a connection that failed (a late reply must not leave its socket open)."""
        if self._bus is not None:
            with contextlib.suppress(OSError):
                self._bus.close()
            self._bus = None

    def _get_property(self, bus_name: str, path: str, interface: str, name: str) -> Any:
        from jeepney import DBusAddress, MessageType, Properties  # noqa: PLC0415

        bus = self._session_bus()
        if bus is None:
            return None
        try:
            reply = bus.send_and_get_reply(
                Properties(DBusAddress(path, bus_name, interface)).get(name), timeout=0.5
            )
        except (OSError, TimeoutError) as exc:
            log.info("session bus did not answer (%s)", exc)
            self._drop_bus()
            return None
        if reply.header.message_type is MessageType.error:
            return None
        return reply.body[0][1]

    def _call(self, bus_name: str, path: str, interface: str, method: str) -> Any:
        from jeepney import DBusAddress, MessageType, new_method_call  # noqa: PLC0415

        bus = self._session_bus()
        if bus is None:
            return None
        try:
            reply = bus.send_and_get_reply(
                new_method_call(DBusAddress(path, bus_name, interface), method), timeout=0.5
            )
        except (OSError, TimeoutError):
            self._drop_bus()
            return None
        if reply.header.message_type is MessageType.error:
            return None
        return reply.body[0]

    def _screensaver_idle_s(self) -> float | None:
        value = self._call(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "GetSessionIdleTime",
        )
        return None if value is None else float(value)

    def _mutter_idle_s(self) -> float | None:
        value = self._call(
            "org.gnome.Mutter.IdleMonitor",
            "/org/gnome/Mutter/IdleMonitor/Core",
            "org.gnome.Mutter.IdleMonitor",
            "GetIdletime",
        )
        return None if value is None else float(value) / 1000.0

    def do_not_disturb(self) -> bool:
        """Return whether the desktop's do-not-disturb is on."""
        if self._get_property(_NOTIFY_BUS, _NOTIFY_PATH, _NOTIFY_BUS, "Inhibited") is True:
            return True
        paused = self._get_property(_NOTIFY_BUS, _NOTIFY_PATH, "org.dunstproject.cmd0", "paused")
        if paused is True:
            return True
        return self._gnome_banners_off()

    def _gnome_banners_off(self) -> bool:
        if "GNOME" not in os.environ.get("XDG_CURRENT_DESKTOP", "").upper():
            return False
        gsettings = shutil.which("gsettings")
        if gsettings is None:
            return False
        import subprocess  # noqa: PLC0415 - only on GNOME, only while a nudge waits

        try:
            out = subprocess.run(
                [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            ).stdout.strip()
        except (OSError, subprocess.TimeoutExpired):
            return False
        return out == "false"

    # -- together --------------------------------------------------------------
    def idle_seconds(self) -> float | None:
        """Return how long the person has not touched keyboard or mouse, if known."""
        for source in (self._x11_idle_s, self._mutter_idle_s, self._screensaver_idle_s):
            value = source()
            if value is not None:
                return value
        return None

    def busy_reason(self) -> str | None:
        """Return why now is a bad moment ("fullscreen", "do not disturb"), or ``None``."""
        if self.fullscreen():
            return "fullscreen"
        if self.do_not_disturb():
            return "do not disturb"
        return None
