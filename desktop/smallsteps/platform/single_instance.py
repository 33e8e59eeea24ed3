"""One Small Steps per person and data folder, and a way to talk to it.

A ``QLocalServer`` that only the same user can reach. A second start hands over
to the first (which opens its home window) and exits. The command line uses the
same channel to ask the running app to show a nudge or reload its settings.
Messages are one short JSON line; anything oversized or malformed is refused.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QByteArray, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 4096
TIMEOUT_MS = 2000


class Command(Enum):
    """What can be asked of the running app."""

    ACTIVATE = "activate"
    NUDGE = "nudge"
    RELOAD_SETTINGS = "reload-settings"
    STEPS_CHANGED = "steps-changed"


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

    Args:
        name: the channel name (unique per user and data folder).

    Signals:
        received(InstanceMessage): a well-formed request arrived.
    """

    received = Signal(InstanceMessage)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; ``False`` when another instance already answers."""
        if self._server.listen(self._name):
            return True
        if send_command(self._name, Command.ACTIVATE):
            return False
        log.info("removing a stale single-instance channel left by an earlier run")
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        """Stop listening."""
        self._server.close()

    def _on_server_new_connection(self) -> None:
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
