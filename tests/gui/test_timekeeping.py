"""Nudges keep time: deterministic runs of the real scheduler with the clock moved.

APScheduler, our wall-clock trigger, the rules and the state all run for real;
only time is injected (time-machine moves the wall clock, and each test calls the
scheduler's timer callback where the QTimer would, at most a minute apart).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from smallsteps.core.clock import SystemClock
from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import Settings
from smallsteps.core.state import NudgeState
from smallsteps.services.reminders import NudgeDue, NudgeReason, ReminderService

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


@dataclass
class Sim:
    """A reminder service whose wall clock the test moves."""

    traveller: time_machine.Coordinates
    service: ReminderService
    clock: SystemClock
    nudges: list[NudgeDue] = field(default_factory=list)
    states: list[NudgeState] = field(default_factory=list)

    def go(self, when: datetime) -> None:
        """Jump the wall clock to ``when`` (a sleep, a clock change) and let the timer fire."""
        self.traveller.move_to(when)
        self.service.scheduler._process_jobs()

    def walk(self, until: datetime, step: timedelta = timedelta(minutes=1)) -> None:
        """Let time pass normally, the timer firing every ``step``."""
        now = datetime.now(self.clock.zone())
        while now < until:
            now = min(now + step, until)
            self.go(now)

    def times(self) -> list[str]:
        return [f"{n.at.astimezone(self.clock.zone()):%m-%d %H:%M}" for n in self.nudges]


def make_sim(
    traveller: time_machine.Coordinates,
    zone: ZoneInfo,
    settings: Settings,
    state: NudgeState | None = None,
) -> Sim:
    clock = SystemClock(zone)
    service = ReminderService(clock, settings, state)
    sim = Sim(traveller, service, clock)
    service.nudge_due.connect(sim.nudges.append)
    service.state_changed.connect(sim.states.append)
    service.start()
    return sim


@pytest.fixture
def at_ten(qapp: object) -> Iterator[time_machine.Coordinates]:
    del qapp
    with time_machine.travel(datetime(2026, 11, 25, 10, 0, tzinfo=BERLIN), tick=False) as t:
        yield t


def only(*times: tuple[int, int], days: frozenset[Weekday] | None = None) -> Settings:
    kwargs = {"days": days} if days else {}
    return Settings(reminders=tuple(ReminderTime(h, m, **kwargs) for h, m in times))


def berlin(day: int, hour: int, minute: int = 0, month: int = 11, fold: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN, fold=fold)


def test_a_reminder_comes_once_at_its_time(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.walk(berlin(25, 10, 31))
    sim.walk(berlin(25, 12, 0))
    assert sim.times() == ["11-25 10:30"]
    assert sim.nudges[0].reason is NudgeReason.REMINDER
    assert not sim.nudges[0].late
    sim.service.stop()


def test_after_a_short_sleep_the_missed_nudge_comes_once_gently(
    at_ten: time_machine.Coordinates,
) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.go(berlin(25, 11, 10))  # the lid opens 40 minutes after the reminder
    sim.walk(berlin(25, 12, 0))
    assert sim.times() == ["11-25 11:10"]
    assert sim.nudges[0].late
    assert sim.nudges[0].due_at == berlin(25, 10, 30)
    sim.service.stop()


def test_after_a_long_sleep_an_old_nudge_is_let_go(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.go(berlin(25, 11, 45))  # 75 minutes late: outside the 60-minute late window
    sim.walk(berlin(25, 13, 0))
    assert sim.nudges == []
    sim.walk(berlin(26, 10, 31))  # the next day's comes as usual
    assert sim.times() == ["11-26 10:30"]
    sim.service.stop()


def test_several_missed_nudges_never_arrive_as_a_burst(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 15), (10, 30), (10, 45)))
    sim.go(berlin(25, 11, 0))
    sim.walk(berlin(25, 11, 30))
    assert sim.times() == ["11-25 11:00"]
    sim.service.stop()


def test_the_late_window_is_a_setting(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, replace(only((10, 30)), late_window_minutes=10))
    sim.go(berlin(25, 10, 45))
    assert sim.nudges == []
    sim.service.stop()


@pytest.mark.parametrize(
    ("zone", "spring", "fall"),
    [
        (BERLIN, datetime(2026, 3, 29), datetime(2026, 10, 25)),
        (NEW_YORK, datetime(2026, 3, 8), datetime(2026, 11, 1)),
    ],
)
def test_daylight_saving_never_loses_or_doubles_a_nudge(
    qapp: object, zone: ZoneInfo, spring: datetime, fall: datetime
) -> None:
    del qapp
    for day, expected in ((spring, "03:00"), (fall, "02:30")):
        start = datetime.combine(day.date() - timedelta(days=1), time(23, 0), zone)
        with time_machine.travel(start, tick=False) as traveller:
            sim = make_sim(traveller, zone, only((2, 30), (1, 30)))
            end = datetime.combine(day.date(), time(6, 0), zone)
            sim.walk(end)
            local = [f"{n.at.astimezone(zone):%H:%M}" for n in sim.nudges]
            # 01:30 happens once on both days (on fall-back day only its first pass).
            # 02:30 does not exist on spring-forward day: it comes as the clock jumps, at 03:00.
            assert sorted(local) == ["01:30", expected], (zone, day, local)
            sim.service.stop()


def test_a_time_zone_change_while_running_keeps_local_times(
    at_ten: time_machine.Coordinates,
) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.walk(berlin(25, 10, 20))
    # The laptop flies to New York: it is now 04:20 there on the same morning.
    sim.clock.set_zone(NEW_YORK)
    sim.service.set_zone(NEW_YORK)
    sim.walk(berlin(25, 11, 0))  # 10:30 Berlin passes: nothing, it is 05:00 in New York
    assert sim.nudges == []
    sim.walk(datetime(2026, 11, 25, 10, 40, tzinfo=NEW_YORK), step=timedelta(minutes=5))
    assert [f"{n.at.astimezone(NEW_YORK):%H:%M}" for n in sim.nudges] == ["10:30"]
    sim.service.stop()


def test_setting_the_clock_back_does_not_repeat_a_nudge(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.walk(berlin(25, 10, 35))
    sim.go(berlin(25, 10, 20))  # the person sets the clock back a quarter hour
    sim.walk(berlin(25, 11, 0))
    assert sim.times() == ["11-25 10:30"]
    sim.service.stop()


def test_setting_the_clock_forward_past_a_reminder_brings_it_once(
    at_ten: time_machine.Coordinates,
) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.go(berlin(25, 10, 50))
    sim.walk(berlin(25, 11, 30))
    assert sim.times() == ["11-25 10:50"]
    sim.service.stop()


def test_quiet_hours_across_midnight_drop_nudges(qapp: object) -> None:
    del qapp
    quiet = QuietHours(time(21, 0), time(8, 0))
    settings = Settings(
        reminders=(
            ReminderTime(7, 30),
            ReminderTime(8, 30),
            ReminderTime(20, 30),
            ReminderTime(22, 0),
        ),
        quiet_hours=quiet,
    )
    with time_machine.travel(berlin(25, 20, 0), tick=False) as traveller:
        sim = make_sim(traveller, BERLIN, settings)
        sim.walk(berlin(26, 9, 0))
        assert sim.times() == ["11-25 20:30", "11-26 08:30"]
        # A snooze that ends inside quiet hours is let go, not queued for the morning.
        sim.walk(berlin(26, 20, 50))
        sim.service.snooze()
        sim.walk(berlin(27, 7, 0), step=timedelta(minutes=5))
        assert sim.times() == ["11-25 20:30", "11-26 08:30", "11-26 20:30"]
        sim.service.stop()


def test_only_active_days_get_nudges(qapp: object) -> None:
    del qapp
    weekdays = frozenset(d for d in Weekday if d < Weekday.SAT)
    settings = Settings(reminders=(ReminderTime(10, 30),), active_days=weekdays)
    # 2026-11-27 is a Friday.
    with time_machine.travel(berlin(27, 9, 0), tick=False) as traveller:
        sim = make_sim(traveller, BERLIN, settings)
        sim.walk(berlin(30, 11, 0), step=timedelta(minutes=10))
        assert sim.times() == ["11-27 10:30", "11-30 10:30"]
        assert sim.service.next_nudge_at() == berlin(1, 10, 30, month=12)
        sim.service.stop()


def test_snooze_brings_the_nudge_back_once_after_15_minutes(
    at_ten: time_machine.Coordinates,
) -> None:
    sim = make_sim(at_ten, BERLIN, only((12, 0)))
    until = sim.service.snooze()
    assert until == berlin(25, 10, 15)
    assert sim.service.next_nudge_at() == until
    sim.walk(berlin(25, 10, 40))
    assert sim.times() == ["11-25 10:15"]
    assert sim.nudges[0].reason is NudgeReason.SNOOZE
    assert sim.service.snoozed_until is None
    sim.service.stop()


def test_pause_for_an_hour_drops_what_falls_inside(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30), (11, 30)))
    resumes = sim.service.pause_for(timedelta(hours=1))
    assert resumes == berlin(25, 11, 0)
    assert sim.service.next_nudge_at() == berlin(25, 11, 30)
    sim.walk(berlin(25, 12, 0))
    assert sim.times() == ["11-25 11:30"]
    sim.service.stop()


def test_a_pause_until_tomorrow_survives_a_restart(at_ten: time_machine.Coordinates) -> None:
    first = make_sim(at_ten, BERLIN, only((14, 30)))
    assert first.service.pause_until_tomorrow() == berlin(26, 0, 0)
    kept = first.states[-1]
    first.service.stop()
    # The machine reboots; the app starts again with the kept state.
    at_ten.move_to(berlin(25, 12, 0))
    second = make_sim(at_ten, BERLIN, only((14, 30)), kept)
    assert second.service.paused_until == berlin(26, 0, 0)
    second.walk(berlin(26, 15, 0), step=timedelta(minutes=5))
    assert second.times() == ["11-26 14:30"]
    assert second.service.paused_until is None
    second.service.stop()


def test_a_snooze_survives_a_restart(at_ten: time_machine.Coordinates) -> None:
    first = make_sim(at_ten, BERLIN, only((18, 0)))
    first.service.snooze()
    kept = first.states[-1]
    first.service.stop()
    at_ten.move_to(berlin(25, 10, 5))
    second = make_sim(at_ten, BERLIN, only((18, 0)), kept)
    second.walk(berlin(25, 10, 30))
    assert second.times() == ["11-25 10:15"]
    second.service.stop()


def test_resume_ends_a_pause(at_ten: time_machine.Coordinates) -> None:
    sim = make_sim(at_ten, BERLIN, only((10, 30)))
    sim.service.pause_until_tomorrow()
    sim.service.resume()
    assert sim.service.paused_until is None
    sim.walk(berlin(25, 10, 31))
    assert sim.times() == ["11-25 10:30"]
    sim.service.stop()
