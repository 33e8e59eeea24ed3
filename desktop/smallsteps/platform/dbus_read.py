"""Reading what a jeepney D-Bus connection received, on the Qt thread, without blocking.

The notification bridge and the sleep watcher keep a jeepney connection whose
socket a ``QSocketNotifier`` watches; when it is readable, this takes what arrived.
"""

from __future__ import annotations

import socket
from typing import Any


class ConnectionLostError(Exception):
    """The bus closed the connection (or it broke)."""


def read_messages(conn: Any) -> list[Any]:
    """Return the messages that have arrived on ``conn`` (none if it was a false alarm).

    Raises:
        ConnectionLostError: the connection is gone and should be dropped.
    """
    try:
        data = conn.sock.recv(65536, socket.MSG_DONTWAIT)
    except BlockingIOError:
        return []
    except OSError as exc:
        raise ConnectionLostError(str(exc)) from exc
    if not data:
        raise ConnectionLostError("closed by the bus")
    conn.parser.add_data(data)
    messages = []
    while (msg := conn.parser.get_next_message()) is not None:
        messages.append(msg)
    return messages
