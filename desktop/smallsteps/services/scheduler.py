"""APScheduler on the Qt event loop, with one timer that really stops.

Upstream ``QtScheduler`` keeps the return value of ``QTimer.singleShot`` to stop
it later, but under PySide6 that call returns ``None``: every ``wakeup()`` leaves
one more self-renewing timer chain behind. This subclass owns a single
``QTimer``. It also caps every wait at a minute, because ``QTimer`` runs on the
monotonic clock, which stands still during suspend and ignores wall-clock
changes; each time it fires, APScheduler looks at the wall clock again.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from smallsteps.services.apscheduler_light import DebugExecutor, QtScheduler, load_plugins

log = logging.getLogger(__name__)

MAX_WAIT_S = 60.0
"""Longest the scheduler sleeps before it looks at the wall clock again."""

CLOCK_JUMP_S = 2.0
"""A difference between wall-clock and monotonic time larger than this is a jump."""

_PRECISE_TIMER = 0
"""The value of ``Qt.TimerType.PreciseTimer``."""


class SchedulerSignals(QObject):
    """What the scheduler tells Qt (APScheduler classes cannot carry Qt signals).

    Signals:
        jumped(float): the wall clock moved this many seconds more than the monotonic one.
        ticked(): the scheduler looked at the wall clock (at least once a minute).
    """

    jumped = Signal(float)
    ticked = Signal()


class OneTimerQtScheduler(QtScheduler):  # type: ignore[misc]
    """A ``QtScheduler`` that runs jobs on the Qt thread with one owned ``QTimer``.

    Jobs run in the calling (Qt) thread through APScheduler's ``DebugExecutor``,
    so job functions and event listeners may touch Qt objects safely.

    Args:
        **options: passed to APScheduler (``timezone``, ``job_defaults`` ...).
    """

    def __init__(self, **options: Any) -> None:
        options.setdefault("executors", {"default": DebugExecutor()})
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        # PreciseTimer, set as a property: touching Qt.TimerType would build every enum of
        # the Qt namespace in Python (about 13 ms and 1.4 MiB) in an app that needs no other.
        self._qtimer.setProperty("timerType", _PRECISE_TIMER)
        self._qtimer.timeout.connect(self._process_jobs)
        self._mark = (time.time(), time.monotonic())
        self.signals = SchedulerSignals()
        self.arm_count = 0
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        self._stop_timer()
        self._mark = (time.time(), time.monotonic())
        if wait_seconds is None:
            return
        wait = min(max(wait_seconds, 0.0), MAX_WAIT_S)
        self.arm_count += 1
        self._qtimer.start(round(wait * 1000))

    def _stop_timer(self) -> None:
        self._qtimer.stop()

    def wakeup(self) -> None:
        """Look at the jobs again at the next turn of the event loop."""
        self._start_timer(0)

    def _process_jobs(self) -> float | None:
        wall0, mono0 = self._mark
        drift = (time.time() - wall0) - (time.monotonic() - mono0)
        if abs(drift) > CLOCK_JUMP_S:
            log.info("wall clock moved %+.0f s beyond the timer (sleep or clock change)", drift)
            self.signals.jumped.emit(drift)
        wait_seconds: float | None = super(QtScheduler, self)._process_jobs()
        self._start_timer(wait_seconds)
        self.signals.ticked.emit()
        return wait_seconds

    def _create_plugin_instance(self, type_: str, alias: str, constructor_kwargs: Any) -> Any:
        load_plugins()  # imported light: the plugin maps are read on first use
        return super()._create_plugin_instance(type_, alias, constructor_kwargs)

    def timer_active(self) -> bool:
        """Return whether the one timer is armed (for tests and diagnostics)."""
        return self._qtimer.isActive()
