"""Nudges as freedesktop notifications with buttons, over D-Bus with jeepney.

Qt's own tray messages go out without actions, and QtDBus cannot send ``Notify``
(Python ints go out as signed 32-bit). jeepney sends it with the right signature;
``ActionInvoked`` comes back only to the connection that called ``Notify``, so the
same connection listens, read on the Qt thread through a ``QSocketNotifier``: no
thread, no polling, no wake-ups while idle. It connects on the first nudge.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from typing import Any

from PySide6.QtCore import QSocketNotifier, QTimer

from smallsteps.core.nudges import Nudge, NudgeAction, NudgeAnswer
from smallsteps.platform.dbus_read import ConnectionLostError, read_messages
from smallsteps.platform.notify_base import Notifier

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CALL_TIMEOUT_S = 2.0
CLOSED_BY_USER = 2
CONFIRM_EXPIRE_MS = 8000
ACTION_KEYS = ("did-it", "default", "snooze")
"""The actions' keys; "default" is also what a click on the notification sends."""
_ACTION_BY_KEY = {
    "did-it": NudgeAction.DID_IT,
    "default": NudgeAction.OPEN,
    "snooze": NudgeAction.SNOOZE,
}


_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _escape_markup(text: str) -> str:
    """Escape text for a daemon that reads body markup (``html.escape(text, quote=False)``).

    Done here because the ``html`` module loads its table of 2,000 entities (~0.6 MiB).
    """
    return text.translate(_MARKUP)


class FreedesktopNotifier(Notifier):
    """Shows nudges through ``org.freedesktop.Notifications`` with Open and Snooze.

    Args:
        app_name: the name the notification daemon shows.
        app_id: the desktop entry id, sent as the ``desktop-entry`` hint.
        icon: an icon file path or theme name.
    """

    name = "freedesktop"

    def __init__(self, app_name: str, app_id: str, icon: str) -> None:
        super().__init__()
        self._app_name = app_name
        self._app_id = app_id
        self._icon = icon
        self._conn: Any = None
        self._reader: QSocketNotifier | None = None
        self._filter: Any = None
        self._queued: deque[Any] = deque()
        self._capabilities: frozenset[str] = frozenset()
        self._shown: dict[int, str] = {}
        self._closing: set[int] = set()
        self._last_id = 0

    @property
    def capabilities(self) -> frozenset[str]:
        """What the notification daemon said it can do (after the first nudge)."""
        return self._capabilities

    def _connect(self) -> bool:
        if self._conn is not None:
            return True
        try:
            from jeepney import MatchRule  # noqa: PLC0415 - loaded on the first nudge
            from jeepney.bus_messages import message_bus  # noqa: PLC0415
            from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415

            conn = open_dbus_connection(bus="SESSION", auth_timeout=CALL_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - any failure means "use the next path"
            log.info("no session D-Bus for notifications (%s)", exc)
            return False
        try:
            rule = MatchRule(type="signal", interface=SERVICE, path=PATH)
            self._filter = conn.filter(rule, queue=self._queued)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        except Exception as exc:  # noqa: BLE001 - the bus is there but does not answer
            log.info("session D-Bus did not answer (%s)", exc)
            with contextlib.suppress(OSError):
                conn.close()
            return False
        self._conn = conn
        self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read)
        self._reader.activated.connect(self._on_reader_activated)
        return True

    def _disconnect(self) -> None:
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader.deleteLater()
            self._reader = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None
        self._capabilities = frozenset()

    def _call(self, method: str, signature: str | None = None, body: tuple[Any, ...] = ()) -> Any:
        from jeepney import DBusAddress, new_method_call  # noqa: PLC0415
        from jeepney.wrappers import unwrap_msg  # noqa: PLC0415

        address = DBusAddress(PATH, bus_name=SERVICE, interface=SERVICE)
        reply = self._conn.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=CALL_TIMEOUT_S
        )
        self._drain()
        return unwrap_msg(reply)

    def available(self) -> bool:
        """Ask the daemon what it can do; ``False`` when there is none."""
        if not self._connect():
            return False
        try:
            self._capabilities = frozenset(self._call("GetCapabilities")[0])
        except Exception as exc:  # noqa: BLE001 - no daemon on the bus
            log.info("no notification daemon answers (%s)", exc)
            self._disconnect()
            return False
        return True

    def describe(self) -> str:
        """E.g. ``"desktop notifications with buttons"``."""
        if "actions" in self._capabilities:
            return self.tr("desktop notifications with buttons")
        return self.tr("desktop notifications (a click opens the step dialog)")

    def show(self, nudge: Nudge) -> bool:
        """Send the nudge as a notification; ``False`` if no daemon answers."""
        for attempt in (1, 2):
            if not self._connect():
                return False
            try:
                if not self._capabilities:
                    self._capabilities = frozenset(self._call("GetCapabilities")[0])
                    log.info("notification daemon can: %s", ", ".join(sorted(self._capabilities)))
                nid = self._send(nudge)
            except Exception as exc:  # noqa: BLE001 - daemon gone or bus broken
                log.info("notification not sent (try %d): %s", attempt, exc)
                self._disconnect()
                continue
            self._shown = {nid: nudge.id}
            self._last_id = nid
            return True
        return False

    def _text(self, text: str) -> str:
        """Escape text for daemons that read markup, so it shows exactly as written."""
        return _escape_markup(text) if "body-markup" in self._capabilities else text

    def _notify(self, summary: str, body: str, actions: list[str], expire_ms: int) -> int:
        hints = {
            "desktop-entry": ("s", self._app_id),
            "category": ("s", "x-smallsteps.nudge"),
            "urgency": ("y", 1),
        }
        result = self._call(
            "Notify",
            "susssasa{sv}i",
            (
                self._app_name,
                self._last_id,
                self._icon,
                summary,
                self._text(body),
                actions,
                hints,
                expire_ms,
            ),
        )
        return int(result[0])

    def _send(self, nudge: Nudge) -> int:
        actions: list[str] = []
        if "actions" in self._capabilities:
            actions = [*self.action_labels()]
        return self._notify(nudge.title, nudge.body, actions, 0)

    def action_labels(self) -> tuple[str, ...]:
        """Return the actions as the daemon wants them: key, label, key, label and so on."""
        labels = (self.tr("I did it"), self.tr("Another step…"), self.tr("Snooze"))
        return tuple(part for pair in zip(ACTION_KEYS, labels, strict=True) for part in pair)

    @property
    def can_answer(self) -> bool:
        """Whether the daemon shows buttons (known after the first nudge)."""
        return "actions" in self._capabilities

    def inform(self, title: str, body: str) -> bool:
        """Show a short confirmation, in place of the answered nudge."""
        if not self._connect():
            return False
        try:
            if not self._capabilities:
                self._capabilities = frozenset(self._call("GetCapabilities")[0])
            self._last_id = self._notify(title, body, [], CONFIRM_EXPIRE_MS)
        except Exception as exc:  # noqa: BLE001 - daemon gone or bus broken
            log.info("confirmation not shown: %s", exc)
            self._disconnect()
            return False
        self._shown.pop(self._last_id, None)
        self._closing.discard(self._last_id)  # it now shows the confirmation
        return True

    def close(self, nudge_id: str) -> None:
        """Close the notification of this nudge if it is still shown."""
        for nid, shown in list(self._shown.items()):
            if shown == nudge_id:
                del self._shown[nid]
                self._close_id(nid)

    def _close_answered(self) -> None:
        while self._closing:
            self._close_id(self._closing.pop())

    def _close_id(self, nid: int) -> None:
        if self._conn is None:
            return
        try:
            self._call("CloseNotification", "u", (nid,))
        except Exception as exc:  # noqa: BLE001 - closing is best effort
            log.info("could not close notification %d: %s", nid, exc)

    def _on_reader_activated(self) -> None:
        if self._conn is None:
            return
        try:
            self._queued.extend(read_messages(self._conn))
        except ConnectionLostError as exc:
            log.info("notification connection lost: %s", exc)
            self._disconnect()
            return
        self._drain()

    def _drain(self) -> None:
        from jeepney import HeaderFields  # noqa: PLC0415

        while self._queued:
            msg = self._queued.popleft()
            member = msg.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                nid, key = msg.body
                nudge_id = self._shown.pop(nid, None)
                if nudge_id is not None:
                    self._closing.add(nid)
                    QTimer.singleShot(0, self._close_answered)
                    action = _ACTION_BY_KEY.get(key, NudgeAction.OPEN)
                    self.answered.emit(NudgeAnswer(nudge_id, action))
            elif member == "NotificationClosed":
                nid, reason = msg.body
                nudge_id = self._shown.pop(nid, None)
                if nudge_id is not None and reason == CLOSED_BY_USER:
                    self.answered.emit(NudgeAnswer(nudge_id, NudgeAction.DISMISSED))
