"""Quit cleanly on SIGTERM/SIGINT without a polling timer.

Python only runs signal handlers when the interpreter gets control, which a
waiting Qt event loop never gives it. A wake-up socket, watched by a
``QSocketNotifier``, hands the signal to Qt at once and costs nothing while idle.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class SignalWatcher(QObject):
    """Calls ``on_signal`` on the Qt thread when SIGTERM or SIGINT arrives.

    Args:
        on_signal: what to do (usually quit the app).
    """

    def __init__(self, on_signal: Callable[[], None]) -> None:
        super().__init__()
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def _on_notifier_activated(self) -> None:
        try:
            self._reader.recv(64)
        except BlockingIOError:
            return
        self._on_signal()

    def close(self) -> None:
        """Stop watching and restore the default wake-up behaviour."""
        signal.set_wakeup_fd(-1)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
