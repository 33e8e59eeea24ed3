"""Holds a due nudge while the person is away or busy, and lets it come once after.

Away (idle longer than the setting): the nudge waits and comes a minute after the
person returns, with a "welcome back". Busy (a fullscreen film, do-not-disturb):
it comes when that ends, once, if still within the late window. At most one
nudge waits at a time. The desktop is asked only while a nudge waits.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from smallsteps.core.clock import Clock
from smallsteps.core.rules import Verdict, judge
from smallsteps.services.reminders import NudgeDue, NudgeReason, ReminderService

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 10_000
WELCOME_DELAY_MS = 60_000


class Presence(Protocol):
    """What the desktop can tell about the person's attention."""

    def idle_seconds(self) -> float | None:
        """Seconds since the last keyboard or mouse input, if known."""
        ...

    def busy_reason(self) -> str | None:
        """Why now is a bad moment, or ``None``."""
        ...


class Hold(Enum):
    """Why a nudge waits."""

    AWAY = "away"
    BUSY = "busy"


@dataclass(frozen=True)
class ReleasedNudge:
    """A nudge that may be shown now.

    Attributes:
        due: the nudge as it came due.
        welcome_back: it waited for the person to return.
    """

    due: NudgeDue
    welcome_back: bool = False


class NudgeGate(QObject):
    """Lets due nudges through, or holds one while the person is away or busy.

    Args:
        presence: the desktop's idle and busy sources.
        clock: the source of "now".
        reminders: the schedule (for the settings and the pause in force).

    Signals:
        released(ReleasedNudge): show this nudge now.
    """

    released = Signal(ReleasedNudge)

    def __init__(self, presence: Presence, clock: Clock, reminders: ReminderService) -> None:
        super().__init__()
        self._presence = presence
        self._clock = clock
        self._reminders = reminders
        self._held: NudgeDue | None = None
        self._hold: Hold | None = None
        self._returning = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def waiting(self) -> Hold | None:
        """Why a nudge is waiting, or ``None`` when none is."""
        return self._hold if self._held is not None else None

    def _hold_now(self) -> Hold | None:
        idle = self._presence.idle_seconds()
        if idle is not None and idle >= self._reminders.settings.away_minutes * 60:
            return Hold.AWAY
        reason = self._presence.busy_reason()
        if reason is not None:
            return Hold.BUSY
        return None

    def offer(self, due: NudgeDue) -> None:
        """Show this nudge now, or hold it until the person is back or free."""
        if due.reason is NudgeReason.ASKED:
            self._release(due, welcome_back=False)
            return
        hold = self._hold_now()
        if hold is None:
            self._release(due, welcome_back=False)
            return
        log.info("nudge due at %s waits: person %s", f"{due.due_at:%H:%M}", hold.value)
        self._held, self._hold, self._returning = due, hold, False
        self._timer.start(CHECK_EVERY_MS)

    def _release(self, due: NudgeDue, welcome_back: bool) -> None:
        self._held, self._hold, self._returning = None, None, False
        self._timer.stop()
        self.released.emit(ReleasedNudge(due, welcome_back))

    def _drop(self, why: str) -> None:
        log.info("waiting nudge let go: %s", why)
        self._held, self._hold, self._returning = None, None, False
        self._timer.stop()

    def _on_timer_timeout(self) -> None:
        held = self._held
        if held is None:
            return
        settings = self._reminders.settings
        paused = self._reminders.paused_until
        now = self._clock.now()
        hold = self._hold_now()
        if self._returning:
            if hold is Hold.AWAY:
                self._returning = False
                self._timer.start(CHECK_EVERY_MS)
                return
            if hold is Hold.BUSY:
                self._hold = Hold.BUSY
                self._returning = False
                self._timer.start(CHECK_EVERY_MS)
                return
            verdict = judge(settings.rules, now, now, paused_until=paused)
            if verdict is Verdict.SEND:
                self._release(held, welcome_back=True)
            else:
                self._drop(verdict.value)
            return
        if hold is not None:
            if self._hold is Hold.BUSY and now - held.due_at > timedelta(
                minutes=settings.late_window_minutes
            ):
                self._drop("busy past the late window")
                return
            self._hold = hold if self._hold is not Hold.AWAY else self._hold
            self._timer.start(CHECK_EVERY_MS)
            return
        if self._hold is Hold.AWAY:
            log.info("person is back; the nudge comes in a minute")
            self._returning = True
            self._timer.start(WELCOME_DELAY_MS)
            return
        verdict = judge(settings.rules, held.due_at, now, paused_until=paused)
        if verdict is Verdict.SEND:
            self._release(held, welcome_back=False)
        else:
            self._drop(verdict.value)
