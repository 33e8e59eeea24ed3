"""The reminder service: when the next nudge comes, snooze, pause, resume, edits in place.

"Now" comes from a fake clock set in 2030, so nothing the tests plan can come due
on the real clock the scheduler runs on; tests that need a job to really run move
that job's run time to a moment from now.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import (
    EVENT_JOB_ADDED,
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_REMOVED,
    JobEvent,
    JobExecutionEvent,
)
from pytestqt.qtbot import QtBot

from gui.fakes import FakeClock
from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.settings import Settings
from smallsteps.services.reminders import NudgeDue, NudgeReason, ReminderService

BERLIN = ZoneInfo("Europe/Berlin")
TUESDAY_9 = datetime(2030, 6, 4, 9, 0, tzinfo=BERLIN)


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TUESDAY_9)


@pytest.fixture
def reminders(qtbot: QtBot, clock: FakeClock) -> Iterator[ReminderService]:
    del qtbot
    service = ReminderService(clock, Settings())
    service.start()
    yield service
    service.stop()


def reminder_ids(service: ReminderService) -> set[str]:
    return {job.id for job in service.scheduler.get_jobs() if job.id.startswith("reminder-")}


def run_job_now(qtbot: QtBot, service: ReminderService, job_id: str) -> None:
    """Let the scheduler itself run a job in a moment, on the real clock."""
    ran: list[JobExecutionEvent] = []
    service.scheduler.add_listener(ran.append, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    job = service.scheduler.get_job(job_id)
    assert job is not None
    job.modify(next_run_time=datetime.now(BERLIN) + timedelta(milliseconds=100))
    qtbot.waitUntil(lambda: bool(ran), timeout=3000)
    service.scheduler.remove_listener(ran.append)
    assert [(e.job_id, e.exception) for e in ran] == [(job_id, None)]


def test_three_reminders_are_planned(reminders: ReminderService) -> None:
    assert reminder_ids(reminders) == {"reminder-10:30", "reminder-14:30", "reminder-18:00"}
    assert reminders.scheduler.running
    assert reminders.paused_until is None
    assert reminders.snoozed_until is None


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(2030, 6, 4, 9), at(2030, 6, 4, 10, 30)),
        (at(2030, 6, 4, 10, 31), at(2030, 6, 4, 14, 30)),
        (at(2030, 6, 4, 15), at(2030, 6, 4, 18)),
        (at(2030, 6, 4, 18, 1), at(2030, 6, 5, 10, 30)),
        (at(2030, 6, 4, 23, 59), at(2030, 6, 5, 10, 30)),
    ],
)
def test_next_nudge_is_the_next_reminder_time(
    reminders: ReminderService, clock: FakeClock, now: datetime, expected: datetime
) -> None:
    clock.set(now)

    assert reminders.next_nudge_at() == expected


def test_next_nudge_respects_the_days(reminders: ReminderService) -> None:
    fridays = Settings(reminders=(ReminderTime(8, 15, frozenset({Weekday.FRI})),))

    reminders.apply(fridays)

    assert reminder_ids(reminders) == {"reminder-08:15"}
    assert reminders.next_nudge_at() == at(2030, 6, 7, 8, 15)


def test_no_reminders_means_no_next_nudge(reminders: ReminderService) -> None:
    reminders.apply(Settings(reminders=()))

    assert reminder_ids(reminders) == set()
    assert reminders.next_nudge_at() is None


def test_editing_the_days_replaces_the_job_in_place(
    qtbot: QtBot, reminders: ReminderService
) -> None:
    events: list[JobEvent] = []
    reminders.scheduler.add_listener(events.append, EVENT_JOB_ADDED | EVENT_JOB_REMOVED)
    untouched = reminders.scheduler.get_job("reminder-10:30")
    weekdays = frozenset(Weekday) - {Weekday.SAT, Weekday.SUN}
    edited = Settings(
        reminders=(ReminderTime(10, 30), ReminderTime(14, 30, weekdays), ReminderTime(18, 0))
    )

    with qtbot.waitSignal(reminders.schedule_changed, timeout=1000):
        reminders.apply(edited)

    assert reminder_ids(reminders) == {"reminder-10:30", "reminder-14:30", "reminder-18:00"}
    assert len(reminders.scheduler.get_jobs()) == 3
    assert [(e.code, e.job_id) for e in events] == [(EVENT_JOB_ADDED, "reminder-14:30")]
    assert "mon,tue,wed,thu,fri" in str(reminders.scheduler.get_job("reminder-14:30").trigger)
    assert reminders.scheduler.get_job("reminder-10:30") is untouched


def test_applying_the_same_settings_touches_no_job(reminders: ReminderService) -> None:
    events: list[JobEvent] = []
    reminders.scheduler.add_listener(events.append, EVENT_JOB_ADDED | EVENT_JOB_REMOVED)

    reminders.apply(Settings())

    assert events == []
    assert len(reminders.scheduler.get_jobs()) == 3


def test_moving_a_time_keeps_three_jobs(reminders: ReminderService) -> None:
    moved = Settings(reminders=(ReminderTime(10, 30), ReminderTime(15, 0), ReminderTime(18, 0)))

    reminders.apply(moved)

    assert reminder_ids(reminders) == {"reminder-10:30", "reminder-15:00", "reminder-18:00"}
    assert len(reminders.scheduler.get_jobs()) == 3


def test_late_window_becomes_the_misfire_grace(reminders: ReminderService) -> None:
    # APScheduler must not drop a late run before the rules can judge it.
    assert min(j.misfire_grace_time for j in reminders.scheduler.get_jobs()) >= 3600

    reminders.apply(replace(reminders.settings, late_window_minutes=5))

    graces = {j.misfire_grace_time for j in reminders.scheduler.get_jobs()}
    assert len(graces) == 1
    assert 300 <= graces.pop() < 3600
    assert len(reminders.scheduler.get_jobs()) == 3


def test_snooze_brings_the_nudge_back_in_fifteen_minutes(
    qtbot: QtBot, reminders: ReminderService
) -> None:
    with qtbot.waitSignal(reminders.schedule_changed, timeout=1000):
        when = reminders.snooze()

    assert when == TUESDAY_9 + timedelta(minutes=15)
    assert reminders.snoozed_until == when
    assert reminders.next_nudge_at() == when
    assert reminder_ids(reminders) == {"reminder-10:30", "reminder-14:30", "reminder-18:00"}


def test_snoozing_again_replaces_the_snooze(reminders: ReminderService, clock: FakeClock) -> None:
    reminders.snooze()
    clock.advance(timedelta(minutes=5))

    reminders.snooze()

    assert reminders.snoozed_until == TUESDAY_9 + timedelta(minutes=20)
    assert len(reminders.scheduler.get_jobs()) == 4


def test_snooze_uses_the_snooze_setting(reminders: ReminderService) -> None:
    reminders.apply(replace(reminders.settings, snooze_minutes=40))

    assert reminders.snooze() == TUESDAY_9 + timedelta(minutes=40)


def test_a_snoozed_nudge_comes_back(qtbot: QtBot) -> None:
    # "now" is set so that fifteen minutes later is a moment from the real now
    clock = FakeClock(datetime.now(BERLIN) - timedelta(minutes=15, milliseconds=-300))
    service = ReminderService(clock, Settings())
    service.start()
    try:
        service.snooze()
        with qtbot.waitSignal(service.nudge_due, timeout=3000) as blocker:
            pass
        assert blocker.args[0].reason is NudgeReason.SNOOZE
        assert service.snoozed_until is None
    finally:
        service.stop()


def test_pause_for_an_hour_skips_the_nudges_inside_it(
    qtbot: QtBot, reminders: ReminderService, clock: FakeClock
) -> None:
    clock.set(at(2030, 6, 4, 10))

    with qtbot.waitSignal(reminders.schedule_changed, timeout=1000):
        until = reminders.pause_for(timedelta(hours=1))

    assert until == at(2030, 6, 4, 11)
    assert reminders.paused_until == until
    next_nudge = reminders.next_nudge_at()
    assert next_nudge is not None
    assert next_nudge >= until
    assert next_nudge == at(2030, 6, 4, 14, 30)


def test_pause_drops_a_waiting_snooze(reminders: ReminderService) -> None:
    reminders.snooze()

    reminders.pause_for(timedelta(hours=1))

    assert reminders.snoozed_until is None
    assert reminders.scheduler.get_job("snooze") is None
    assert reminders.next_nudge_at() == at(2030, 6, 4, 10, 30)


def test_a_reminder_due_while_paused_is_not_sent(
    qtbot: QtBot, reminders: ReminderService, clock: FakeClock
) -> None:
    clock.set(at(2030, 6, 4, 10, 30))
    reminders.pause_for(timedelta(hours=1))

    with qtbot.assertNotEmitted(reminders.nudge_due):
        run_job_now(qtbot, reminders, "reminder-10:30")


def test_a_reminder_due_while_running_is_sent(
    qtbot: QtBot, reminders: ReminderService, clock: FakeClock
) -> None:
    clock.set(at(2030, 6, 4, 10, 30))

    with qtbot.waitSignal(reminders.nudge_due, timeout=3000) as blocker:
        run_job_now(qtbot, reminders, "reminder-10:30")

    expected = at(2030, 6, 4, 10, 30)
    assert blocker.args == [NudgeDue(NudgeReason.REMINDER, expected, expected)]


def test_a_pause_ends_by_itself(qtbot: QtBot, reminders: ReminderService, clock: FakeClock) -> None:
    clock.set(at(2030, 6, 4, 9, 30))
    reminders.pause_for(timedelta(hours=1))
    clock.set(at(2030, 6, 4, 10, 30))

    assert reminders.paused_until is None
    with qtbot.waitSignal(reminders.nudge_due, timeout=3000):
        run_job_now(qtbot, reminders, "reminder-10:30")


def test_a_snooze_asked_for_during_a_pause_stays_quiet(
    qtbot: QtBot, reminders: ReminderService, clock: FakeClock
) -> None:
    # The notification shown before the pause still offers "Snooze"; the pause wins.
    reminders.pause_for(timedelta(hours=1))
    clock.advance(timedelta(minutes=15))
    reminders.snooze()

    with qtbot.assertNotEmitted(reminders.nudge_due):
        run_job_now_once(qtbot, reminders, "snooze")


def run_job_now_once(qtbot: QtBot, service: ReminderService, job_id: str) -> None:
    """Like `run_job_now`, for a one-off job that is gone once it ran."""
    job = service.scheduler.get_job(job_id)
    assert job is not None
    job.modify(next_run_time=datetime.now(BERLIN) + timedelta(milliseconds=100))
    qtbot.waitUntil(lambda: service.scheduler.get_job(job_id) is None, timeout=3000)


@pytest.mark.parametrize(
    ("now", "midnight"),
    [
        (at(2030, 6, 4, 9), at(2030, 6, 5, 0)),
        (at(2030, 6, 4, 23, 59), at(2030, 6, 5, 0)),
        (at(2030, 3, 30, 21), at(2030, 3, 31, 0)),  # the night before summer time
        (at(2030, 10, 26, 21), at(2030, 10, 27, 0)),  # the night before winter time
    ],
)
def test_pause_until_tomorrow_ends_at_local_midnight(
    reminders: ReminderService, clock: FakeClock, now: datetime, midnight: datetime
) -> None:
    clock.set(now)

    until = reminders.pause_until_tomorrow()

    assert until == midnight
    assert until.astimezone(BERLIN).time().isoformat() == "00:00:00"
    assert reminders.paused_until == midnight
    assert reminders.next_nudge_at() == midnight.replace(hour=10, minute=30)


def test_pause_until_tomorrow_from_a_clock_in_utc(
    reminders: ReminderService, clock: FakeClock
) -> None:
    clock.set(at(2030, 6, 4, 23, 30).astimezone(ZoneInfo("UTC")))  # 21:30 UTC, same day

    assert reminders.pause_until_tomorrow() == at(2030, 6, 5, 0)


def test_resume_ends_the_pause_at_once(
    qtbot: QtBot, reminders: ReminderService, clock: FakeClock
) -> None:
    clock.set(at(2030, 6, 4, 10, 30))
    reminders.pause_until_tomorrow()

    with qtbot.waitSignal(reminders.schedule_changed, timeout=1000):
        reminders.resume()

    assert reminders.paused_until is None
    assert reminders.next_nudge_at() == at(2030, 6, 4, 10, 30)
    with qtbot.waitSignal(reminders.nudge_due, timeout=3000):
        run_job_now(qtbot, reminders, "reminder-10:30")


def test_ask_now_sends_a_nudge_now(qtbot: QtBot, reminders: ReminderService) -> None:
    with qtbot.waitSignal(reminders.nudge_due, timeout=1000) as blocker:
        reminders.ask_now()

    assert blocker.args == [NudgeDue(NudgeReason.ASKED, TUESDAY_9, TUESDAY_9)]


def test_stop_stops_the_scheduler(clock: FakeClock, qtbot: QtBot) -> None:
    del qtbot
    service = ReminderService(clock, Settings())
    service.start()

    service.stop()

    assert not service.scheduler.running
    assert not service.scheduler.timer_active()
