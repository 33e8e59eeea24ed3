"""When nudges come: reminder times, snooze and pause, on the scheduler.

Each reminder time is one APScheduler cron job in the local time zone, replaced in
place when the person edits it, so no due nudge is lost or repeated. A nudge that
falls inside a pause is dropped, never queued for later.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import Enum

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Signal

from smallsteps.core.clock import Clock
from smallsteps.core.models import ReminderTime
from smallsteps.core.settings import Settings
from smallsteps.services.scheduler import OneTimerQtScheduler

log = logging.getLogger(__name__)

_REMINDER_PREFIX = "reminder-"
_SNOOZE_ID = "snooze"


class NudgeReason(Enum):
    """Why a nudge is due."""

    REMINDER = "reminder"
    SNOOZE = "snooze"
    ASKED = "asked"


@dataclass(frozen=True)
class NudgeDue:
    """A nudge has come due.

    Attributes:
        reason: a reminder time, the end of a snooze, or asked for now.
        at: when it came due.
    """

    reason: NudgeReason
    at: datetime


def _day_of_week(reminder: ReminderTime) -> str:
    return ",".join(d.short for d in sorted(reminder.days))


class ReminderService(QObject):
    """Keeps the schedule of nudges and says when one is due.

    Args:
        clock: the source of "now".
        zone: the local time zone reminder times are read in.
        settings: the initial settings.

    Signals:
        nudge_due(NudgeDue): a nudge should be shown now.
        schedule_changed(): the next nudge time or the pause changed.
    """

    nudge_due = Signal(NudgeDue)
    schedule_changed = Signal()

    def __init__(self, clock: Clock, zone: tzinfo, settings: Settings) -> None:
        super().__init__()
        self._clock = clock
        self._zone = zone
        self._settings = settings
        self._paused_until: datetime | None = None
        self.scheduler = OneTimerQtScheduler(
            timezone=zone,
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": settings.late_window_minutes * 60,
            },
        )

    def start(self) -> None:
        """Start keeping time with the current settings."""
        self.scheduler.start()
        self.apply(self._settings)

    def stop(self) -> None:
        """Stop the scheduler (at quit)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings

    def apply(self, settings: Settings) -> None:
        """Use new settings now: jobs are replaced in place, never rebuilt from scratch."""
        self._settings = settings
        grace = settings.late_window_minutes * 60
        wanted = {f"{_REMINDER_PREFIX}{r.label}": r for r in settings.reminders}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(_REMINDER_PREFIX) and job.id not in wanted:
                job.remove()
        for job_id, reminder in wanted.items():
            trigger = CronTrigger(
                hour=reminder.hour,
                minute=reminder.minute,
                day_of_week=_day_of_week(reminder),
                timezone=self._zone,
            )
            existing = self.scheduler.get_job(job_id)
            if existing is not None and str(existing.trigger) == str(trigger):
                if existing.misfire_grace_time != grace:
                    existing.modify(misfire_grace_time=grace)
                continue
            self.scheduler.add_job(
                self._on_reminder,
                trigger,
                id=job_id,
                name=f"nudge at {reminder.label}",
                replace_existing=True,
                misfire_grace_time=grace,
            )
        log.info("reminders set: %s", ", ".join(wanted) or "none")
        self.schedule_changed.emit()

    def _on_reminder(self) -> None:
        now = self._clock.now()
        if self.paused_until is not None:
            log.info("nudge at %s skipped: paused until %s", now, self.paused_until)
            return
        self.nudge_due.emit(NudgeDue(NudgeReason.REMINDER, now))

    def _on_snooze_end(self) -> None:
        self.nudge_due.emit(NudgeDue(NudgeReason.SNOOZE, self._clock.now()))
        self.schedule_changed.emit()

    def ask_now(self) -> None:
        """Send a nudge now, as the person (or the command line) asked."""
        self.nudge_due.emit(NudgeDue(NudgeReason.ASKED, self._clock.now()))

    def snooze(self) -> datetime:
        """Bring the nudge back after the snooze time; returns when it will come."""
        when = self._clock.now() + timedelta(minutes=self._settings.snooze_minutes)
        self.scheduler.add_job(
            self._on_snooze_end,
            DateTrigger(when),
            id=_SNOOZE_ID,
            name="snoozed nudge",
            replace_existing=True,
            misfire_grace_time=self._settings.late_window_minutes * 60,
        )
        log.info("nudge snoozed until %s", when.isoformat(timespec="minutes"))
        self.schedule_changed.emit()
        return when

    @property
    def snoozed_until(self) -> datetime | None:
        """When a snoozed nudge comes back, if one is waiting."""
        job = self.scheduler.get_job(_SNOOZE_ID)
        when: datetime | None = job.next_run_time if job is not None else None
        return when

    def pause_for(self, duration: timedelta) -> datetime:
        """Pause nudges for a while; returns when they resume."""
        return self._pause_until(self._clock.now() + duration)

    def pause_until_tomorrow(self) -> datetime:
        """Pause nudges for the rest of the day; returns when they resume (local midnight)."""
        tomorrow = self._clock.now().astimezone(self._zone).date() + timedelta(days=1)
        return self._pause_until(datetime.combine(tomorrow, time(0), self._zone))

    def _pause_until(self, until: datetime) -> datetime:
        self._paused_until = until
        job = self.scheduler.get_job(_SNOOZE_ID)
        if job is not None:
            job.remove()
        log.info("nudges paused until %s", until.isoformat(timespec="minutes"))
        self.schedule_changed.emit()
        return until

    def resume(self) -> None:
        """End a pause now."""
        self._paused_until = None
        log.info("nudges resumed")
        self.schedule_changed.emit()

    @property
    def paused_until(self) -> datetime | None:
        """The end of the current pause, or ``None`` when not paused."""
        if self._paused_until is not None and self._clock.now() >= self._paused_until:
            self._paused_until = None
        return self._paused_until

    def next_nudge_at(self) -> datetime | None:
        """Return when the next nudge will come, or ``None`` when none is set."""
        now = self._clock.now()
        start = max(now, self.paused_until or now)
        candidates: list[datetime] = []
        snoozed = self.snoozed_until
        if snoozed is not None:
            candidates.append(snoozed)
        for job in self.scheduler.get_jobs():
            if job.id.startswith(_REMINDER_PREFIX):
                fire = job.trigger.get_next_fire_time(None, start)
                if fire is not None:
                    candidates.append(fire)
        return min(candidates) if candidates else None
