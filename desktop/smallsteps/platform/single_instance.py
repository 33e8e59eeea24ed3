"""One Small Steps per person and data folder, and a way to talk to it.

A ``QLocalServer`` that only the same user can reach. A second start hands over
to the first (which opens its home window) and exits. The command line uses the
same channel to ask the running app to show a nudge or reload its settings.
Messages are one short JSON line; anything oversized or malformed is refused.

Deciding which start is the running app needs only a ``QLockFile`` (QtCore); the
channel (QtNetwork) opens a moment later, once the tray icon is shown, so a start
loads QtNetwork after its icon is up. A later start that finds the lock taken
keeps asking for a few seconds, so it reaches a first start still on its way.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:  # QtNetwork loads with the channel, after the tray icon is shown
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 4096
TIMEOUT_MS = 2000
HANDOVER_WAIT_S = 10.0


class Command(Enum):
    """What can be asked of the running app."""

    ACTIVATE = "activate"
    NUDGE = "nudge"
    RELOAD_SETTINGS = "reload-settings"
    STEPS_CHANGED = "steps-changed"
    SHOW_STEP = "show-step"
    SHOW_WEEK = "show-week"
    SHOW_SETTINGS = "show-settings"


@dataclass(frozen=True)
class InstanceMessage:
    """A request that reached the running app.

    Attributes:
        command: what was asked.
    """

    command: Command


def _encode(payload: dict[str, object]) -> QByteArray:
    return QByteArray(json.dumps(payload).encode("utf-8") + b"\n")


class InstanceServer(QObject):
    """Listens for the command line and for later starts of the app.

    A lock file in the data folder decides which start is the first, so two starts
    at the same instant never both become the running app (QLockFile notices a
    lock left by a killed instance).

    Args:
        name: the channel name (unique per user and data folder).
        lock_path: the lock file in the data folder.

    Signals:
        received(InstanceMessage): a well-formed request arrived.
    """

    received = Signal(InstanceMessage)

    def __init__(self, name: str, lock_path: Path) -> None:
        super().__init__()
        self._name = name
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Become the running app and open the channel; ``False`` if another one runs.

        The same as `claim` followed by `open_channel`.
        """
        return self.claim() and self.open_channel()

    def claim(self) -> bool:
        """Become the running app; ``False`` when another instance already is one.

        Only the lock file is used here (no QtNetwork). When another instance holds
        it, that one is asked to come forward before this returns.
        """
        if not self._lock.tryLock(0):
            deadline = time.monotonic() + HANDOVER_WAIT_S
            while time.monotonic() < deadline:
                if send_command(self._name, Command.ACTIVATE):
                    return False
                QThread.msleep(100)
            log.warning("another Small Steps holds the lock but does not answer")
            return False
        return True

    def open_channel(self) -> bool:
        """Start listening for the command line and later starts (after `claim`)."""
        from PySide6.QtNetwork import QLocalServer  # noqa: PLC0415 - after the tray icon

        if self._server is None:
            self._server = QLocalServer(self)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
            self._server.newConnection.connect(self._on_server_new_connection)
        # We hold the lock: any socket left behind is stale (a killed instance).
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening and let the next start be the running app."""
        if self._server is not None:
            self._server.close()
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        if self._server is None:
            return
        while (sock := self._server.nextPendingConnection()) is not None:
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_socket_ready_read(s))
            sock.disconnected.connect(lambda s=sock: self._on_socket_disconnected(s))

    def _on_socket_disconnected(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()

    def _on_socket_ready_read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            log.warning("refused an oversized single-instance message")
            self._reply(sock, {"ok": False, "error": "too long"})
            return
        if b"\n" not in data:
            self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            payload = json.loads(line.decode("utf-8"))
            command = Command(payload["command"])
        except (UnicodeDecodeError, ValueError, KeyError, TypeError):
            log.warning("refused a malformed single-instance message")
            self._reply(sock, {"ok": False, "error": "malformed"})
            return
        self._reply(sock, {"ok": True})
        self.received.emit(InstanceMessage(command))

    def _reply(self, sock: QLocalSocket, payload: dict[str, object]) -> None:
        self._buffers.pop(sock, None)
        sock.write(_encode(payload))
        sock.flush()
        sock.disconnectFromServer()


def send_command(name: str, command: Command) -> bool:
    """Ask the running app to do something; ``True`` if it answered yes."""
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - not needed by a first start

    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(TIMEOUT_MS):
        return False
    sock.write(_encode({"command": command.value}))
    sock.waitForBytesWritten(TIMEOUT_MS)
    reply = b""
    while b"\n" not in reply and sock.waitForReadyRead(TIMEOUT_MS):
        reply += bytes(sock.readAll().data())
    sock.abort()
    try:
        return bool(json.loads(reply.split(b"\n", 1)[0].decode("utf-8")).get("ok"))
    except (UnicodeDecodeError, ValueError, AttributeError):
        return False
