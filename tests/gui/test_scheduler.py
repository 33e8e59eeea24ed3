"""The scheduler on the Qt loop: one timer however often jobs are edited, jobs on Qt's thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from smallsteps.services.scheduler import MAX_WAIT_S, OneTimerQtScheduler

BERLIN = ZoneInfo("Europe/Berlin")


class CountingScheduler(OneTimerQtScheduler):
    """Counts how often the scheduler wakes up to look at its jobs."""

    def __init__(self) -> None:
        self.wakeups = 0
        super().__init__(timezone=BERLIN)

    def _process_jobs(self) -> float | None:
        self.wakeups += 1
        return super()._process_jobs()


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[CountingScheduler]:
    del qtbot
    scheduler = CountingScheduler()
    scheduler.start()
    yield scheduler
    scheduler.shutdown(wait=False)


def nothing() -> None:
    """A job that is never due during the test."""


def far_cron() -> CronTrigger:
    """A daily time at least eleven hours from now."""
    hour = (datetime.now(BERLIN).hour + 12) % 24
    return CronTrigger(hour=hour, minute=0, timezone=BERLIN)


def wakeups_after_edits(qtbot: QtBot, scheduler: CountingScheduler, edits: int) -> int:
    qtbot.wait(100)  # let the start-up wake-up pass
    before = scheduler.wakeups
    for _ in range(edits):
        scheduler.add_job(nothing, far_cron(), id="reminder", replace_existing=True)
    qtbot.wait(1500)
    return scheduler.wakeups - before


def test_one_edit_wakes_the_scheduler_once(qtbot: QtBot, scheduler: CountingScheduler) -> None:
    assert wakeups_after_edits(qtbot, scheduler, 1) <= 2
    assert scheduler.timer_active()


def test_two_hundred_edits_leave_one_timer(qtbot: QtBot, scheduler: CountingScheduler) -> None:
    wakeups = wakeups_after_edits(qtbot, scheduler, 200)

    assert wakeups <= 2, f"{wakeups} wake-ups in 1.5 s: edits left timer chains behind"
    assert scheduler.timer_active()
    assert len(scheduler.get_jobs()) == 1
    assert scheduler.get_job("reminder").next_run_time > datetime.now(BERLIN) + timedelta(hours=10)


def test_timer_waits_at_most_a_minute(qtbot: QtBot, scheduler: CountingScheduler) -> None:
    scheduler.add_job(nothing, far_cron(), id="reminder")
    qtbot.waitUntil(lambda: scheduler._qtimer.remainingTime() > 1000, timeout=1000)

    remaining_ms = scheduler._qtimer.remainingTime()
    assert 0 < remaining_ms <= MAX_WAIT_S * 1000


def test_shutdown_stops_the_timer(qtbot: QtBot) -> None:
    scheduler = CountingScheduler()
    scheduler.start()
    scheduler.add_job(nothing, far_cron(), id="reminder")
    qtbot.wait(50)
    assert scheduler.timer_active()

    scheduler.shutdown(wait=False)

    assert not scheduler.timer_active()
    wakeups = scheduler.wakeups
    qtbot.wait(200)
    assert scheduler.wakeups == wakeups


def test_jobs_run_on_the_qt_main_thread(qtbot: QtBot, scheduler: CountingScheduler) -> None:
    ran_on: list[threading.Thread] = []
    heard_on: list[threading.Thread] = []

    def on_executed(event: JobExecutionEvent) -> None:
        del event
        heard_on.append(threading.current_thread())

    scheduler.add_listener(on_executed, EVENT_JOB_EXECUTED)
    due = datetime.now(BERLIN) + timedelta(milliseconds=200)
    scheduler.add_job(lambda: ran_on.append(threading.current_thread()), DateTrigger(due))

    qtbot.waitUntil(lambda: bool(ran_on) and bool(heard_on), timeout=3000)

    assert ran_on == [threading.main_thread()]
    assert heard_on == [threading.main_thread()]
    assert datetime.now(BERLIN) >= due


def test_a_job_edited_to_come_sooner_runs_once(qtbot: QtBot, scheduler: CountingScheduler) -> None:
    runs: list[datetime] = []
    scheduler.add_job(lambda: runs.append(datetime.now(BERLIN)), far_cron(), id="soon")

    for _ in range(20):
        due = datetime.now(BERLIN) + timedelta(milliseconds=150)
        scheduler.add_job(
            lambda: runs.append(datetime.now(BERLIN)),
            DateTrigger(due),
            id="soon",
            replace_existing=True,
        )
    qtbot.waitUntil(lambda: bool(runs), timeout=3000)
    qtbot.wait(300)

    assert len(runs) == 1
    assert scheduler.get_job("soon") is None


def test_its_timer_is_a_precise_timer(scheduler: CountingScheduler) -> None:
    # Coarse timers may be 5% (waits of 20 s or more: a whole second) off the due time.
    assert scheduler._qtimer.timerType() == Qt.TimerType.PreciseTimer


def test_a_plugin_named_by_alias_still_loads(scheduler: CountingScheduler) -> None:
    # APScheduler is imported without reading its plugin entry points (apscheduler_light);
    # they are read when a plugin is first asked for by name.
    job = scheduler.add_job(nothing, "interval", minutes=5, id="by-alias")

    assert type(job.trigger).__name__ == "IntervalTrigger"
