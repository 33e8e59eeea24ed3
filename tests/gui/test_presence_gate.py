"""A due nudge waits while the person is away or busy, then comes once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from smallsteps.core.clock import SystemClock
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import Settings
from smallsteps.services import presence
from smallsteps.services.presence import Hold, NudgeGate, ReleasedNudge
from smallsteps.services.reminders import NudgeDue, NudgeReason, ReminderService

ZONE = ZoneInfo("Europe/Berlin")


@dataclass
class FakePresence:
    """The desktop's idle and busy state, as the test sets it."""

    idle: float | None = 0.0
    busy: str | None = None

    def idle_seconds(self) -> float | None:
        return self.idle

    def busy_reason(self) -> str | None:
        return self.busy


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "CHECK_EVERY_MS", 20)
    monkeypatch.setattr(presence, "WELCOME_DELAY_MS", 80)


def build(settings: Settings | None = None) -> tuple[NudgeGate, FakePresence, list[ReleasedNudge]]:
    clock = SystemClock(ZONE)
    reminders = ReminderService(clock, settings or Settings())
    fake = FakePresence()
    gate = NudgeGate(fake, clock, reminders)
    released: list[ReleasedNudge] = []
    gate.released.connect(released.append)
    return gate, fake, released


def due(minutes_ago: float = 0, reason: NudgeReason = NudgeReason.REMINDER) -> NudgeDue:
    now = datetime.now(ZONE)
    return NudgeDue(reason, now - timedelta(minutes=minutes_ago), now)


def test_a_present_person_gets_the_nudge_at_once(qapp: object) -> None:
    del qapp
    gate, _fake, released = build()
    gate.offer(due())
    assert len(released) == 1
    assert not released[0].welcome_back


def test_away_the_nudge_waits_and_comes_a_minute_after_the_return(qtbot: QtBot) -> None:
    gate, fake, released = build()
    fake.idle = 6 * 60.0  # away for longer than the 5-minute setting
    gate.offer(due())
    qtbot.wait(100)
    assert released == []
    assert gate.waiting is Hold.AWAY
    fake.idle = 1.0  # back at the keyboard
    qtbot.wait(40)
    assert released == []  # not at once: a minute later
    qtbot.waitUntil(lambda: len(released) == 1, timeout=2000)
    assert released[0].welcome_back
    qtbot.wait(150)
    assert len(released) == 1
    assert gate.waiting is None


def test_going_away_again_before_the_minute_is_up_keeps_it_waiting(qtbot: QtBot) -> None:
    gate, fake, released = build()
    fake.idle = 600.0
    gate.offer(due())
    qtbot.wait(60)
    fake.idle = 0.0
    qtbot.wait(40)
    fake.idle = 600.0
    qtbot.wait(200)
    assert released == []
    fake.idle = 0.0
    qtbot.waitUntil(lambda: len(released) == 1, timeout=2000)


def test_busy_the_nudge_comes_when_the_film_ends(qtbot: QtBot) -> None:
    gate, fake, released = build()
    fake.busy = "fullscreen"
    gate.offer(due())
    qtbot.wait(100)
    assert released == []
    assert gate.waiting is Hold.BUSY
    fake.busy = None
    qtbot.waitUntil(lambda: len(released) == 1, timeout=1000)
    assert not released[0].welcome_back
    qtbot.wait(100)
    assert len(released) == 1


def test_busy_past_the_late_window_lets_the_nudge_go(qtbot: QtBot) -> None:
    gate, fake, released = build()
    fake.busy = "do not disturb"
    gate.offer(due(minutes_ago=61))
    qtbot.waitUntil(lambda: gate.waiting is None, timeout=1000)
    fake.busy = None
    qtbot.wait(100)
    assert released == []


def test_a_nudge_the_person_asked_for_never_waits(qapp: object) -> None:
    del qapp
    gate, fake, released = build()
    fake.busy = "fullscreen"
    gate.offer(due(reason=NudgeReason.ASKED))
    assert len(released) == 1


def test_returning_inside_quiet_hours_brings_no_nudge(qtbot: QtBot) -> None:
    now = datetime.now(ZONE)
    start = (now - timedelta(hours=1)).time().replace(second=0, microsecond=0)
    end = (now + timedelta(hours=1)).time().replace(second=0, microsecond=0)
    quiet = QuietHours(time(start.hour, start.minute), time(end.hour, end.minute))
    gate, fake, released = build(Settings(quiet_hours=quiet))
    fake.idle = 900.0
    gate.offer(due())
    qtbot.wait(60)
    fake.idle = 0.0
    qtbot.waitUntil(lambda: gate.waiting is None, timeout=2000)
    assert released == []


def test_with_no_idle_source_nudges_simply_come(qapp: object) -> None:
    del qapp
    gate, fake, released = build()
    fake.idle = None
    gate.offer(due())
    assert len(released) == 1
