"""Guards against a Qt binding that would crash a long-running tray app.

PySide6 6.12.0 on Python 3.11 loses one reference to ``True`` on every
``Signal.emit()``; after a few hundred emits the interpreter aborts
("bool_dealloc: deallocating True or False"). A tray app emits signals all day,
so the pinned PySide6 must not do that.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    """A plain signal source.

    Signals:
        ping(): emitted by the test.
        value(float): emitted by the test.
    """

    ping = Signal()
    value = Signal(float)


def test_emitting_signals_does_not_leak_references_to_true(qapp: object) -> None:
    del qapp
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.ping.emit()
        emitter.value.emit(1.0)
    assert abs(sys.getrefcount(True) - before) < 10
