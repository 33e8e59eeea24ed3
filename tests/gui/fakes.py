"""Small stand-ins for the clock and a notification path, shared by the gui tests."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from smallsteps.core.nudges import Nudge, NudgeAction, NudgeAnswer
from smallsteps.platform.notify_base import Notifier


class FakeClock:
    """A clock that stands still until a test moves it."""

    def __init__(self, now: datetime, zone: tzinfo | None = None) -> None:
        assert now.tzinfo is not None
        self._now = now
        self._zone = zone or now.tzinfo

    def now(self) -> datetime:
        return self._now

    def zone(self) -> tzinfo:
        return self._zone

    def set(self, now: datetime) -> None:
        assert now.tzinfo is not None
        self._now = now

    def advance(self, delta: timedelta) -> None:
        self._now += delta


class Here:
    """A desktop where the person is present and free (no idle time, nothing fullscreen)."""

    def __init__(self) -> None:
        self.idle: float | None = None
        self.busy: str | None = None

    def idle_seconds(self) -> float | None:
        return self.idle

    def busy_reason(self) -> str | None:
        return self.busy


class FakeNotifier(Notifier):
    """A notification path that records what it was asked to show and close."""

    def __init__(self, name: str = "fake", can_show: bool = True) -> None:
        super().__init__()
        self.name = name
        self.can_show = can_show
        self.offered: list[Nudge] = []
        self.shown: list[Nudge] = []
        self.closed: list[str] = []

    def show(self, nudge: Nudge) -> bool:
        self.offered.append(nudge)
        if self.can_show:
            self.shown.append(nudge)
        return self.can_show

    def close(self, nudge_id: str) -> None:
        self.closed.append(nudge_id)

    def answer(self, nudge_id: str, action: NudgeAction) -> NudgeAnswer:
        """Act as the person answering the nudge on this path."""
        answer = NudgeAnswer(nudge_id, action)
        self.answered.emit(answer)
        return answer
