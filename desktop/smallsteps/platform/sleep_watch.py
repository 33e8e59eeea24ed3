"""Notice when the machine wakes from sleep, through logind's ``PrepareForSleep``.

Where there is no system bus or no logind (containers, other systems) this quietly
does nothing; the scheduler's once-a-minute wall-clock check covers those.
The signal is read on the Qt thread through a ``QSocketNotifier``: no thread, no polling.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from smallsteps.platform.dbus_read import ConnectionLostError, read_messages

log = logging.getLogger(__name__)


class SleepWatcher(QObject):
    """Emits ``resumed`` when logind says the machine woke up.

    Signals:
        resumed(): the machine has just woken from sleep.
    """

    resumed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._conn: Any = None
        self._reader: QSocketNotifier | None = None

    def start(self) -> bool:
        """Subscribe to logind; ``False`` when there is no logind to listen to."""
        try:
            from jeepney import MatchRule  # noqa: PLC0415
            from jeepney.bus_messages import message_bus  # noqa: PLC0415
            from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415

            conn = open_dbus_connection(bus="SYSTEM", auth_timeout=1.0)
        except Exception as exc:  # noqa: BLE001 - no system bus is normal in many places
            log.info("no logind sleep signal here (%s); the wall-clock check covers it", exc)
            return False
        try:
            rule = MatchRule(
                type="signal",
                sender="org.freedesktop.login1",
                interface="org.freedesktop.login1.Manager",
                member="PrepareForSleep",
                path="/org/freedesktop/login1",
            )
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=1.0)
        except Exception as exc:  # noqa: BLE001 - the bus does not answer
            log.info("the system bus did not answer (%s); the wall-clock check covers it", exc)
            with contextlib.suppress(OSError):
                conn.close()
            return False
        self._conn = conn
        self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._on_reader_activated)
        log.info("listening for logind PrepareForSleep")
        return True

    def stop(self) -> None:
        """Stop listening."""
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None

    def _on_reader_activated(self) -> None:
        if self._conn is None:
            return
        try:
            messages = read_messages(self._conn)
        except ConnectionLostError:
            self.stop()
            return
        for msg in messages:
            if msg.body == (False,):
                log.info("the machine woke from sleep")
                self.resumed.emit()
