"""When nudges come: reminder times, snooze and pause, on the scheduler.

Each reminder time is one cron job at its local wall-clock time, replaced in place
when the person edits it, so no due nudge is lost or repeated. Whether a due
nudge really comes is decided by the pure rules in ``core.rules``: a pause, quiet
hours or an inactive day drop it (never queued), a nudge older than the late
window is let go, and after a sleep at most one late nudge comes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta, tzinfo
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from smallsteps.core.clock import Clock
from smallsteps.core.models import ReminderTime
from smallsteps.core.rules import Verdict, judge
from smallsteps.core.settings import Settings
from smallsteps.core.state import NudgeState
from smallsteps.services.apscheduler_light import EVENT_JOB_MISSED, DateTrigger, JobExecutionEvent
from smallsteps.services.scheduler import OneTimerQtScheduler
from smallsteps.services.triggers import WallClockCronTrigger

log = logging.getLogger(__name__)

_REMINDER_PREFIX = "reminder-"
_SNOOZE_ID = "snooze"
LATE_AFTER = timedelta(minutes=2)
"""A nudge that comes this long after its time is "late" (after a sleep, say)."""


class NudgeReason(Enum):
    """Why a nudge is due."""

    REMINDER = "reminder"
    SNOOZE = "snooze"
    ASKED = "asked"


@dataclass(frozen=True)
class NudgeDue:
    """A nudge has come due and may be shown.

    Attributes:
        reason: a reminder time, the end of a snooze, or asked for now.
        due_at: when it was due.
        at: when it was let through (now).
    """

    reason: NudgeReason
    due_at: datetime
    at: datetime

    @property
    def late(self) -> bool:
        """Whether it comes noticeably after its time (after a sleep, say)."""
        return self.at - self.due_at > LATE_AFTER


def _day_of_week(reminder: ReminderTime) -> str:
    return ",".join(d.short for d in sorted(reminder.days))


class ReminderService(QObject):
    """Keeps the schedule of nudges and says when one is due.

    Args:
        clock: the source of "now".
        settings: the initial settings.
        state: what was kept from the last run (pause, snooze, last nudge).

    Signals:
        nudge_due(NudgeDue): a nudge should be shown now.
        schedule_changed(): the next nudge time, the snooze or the pause changed.
        state_changed(NudgeState): state worth keeping across a restart changed.
    """

    nudge_due = Signal(NudgeDue)
    schedule_changed = Signal()
    state_changed = Signal(NudgeState)

    def __init__(self, clock: Clock, settings: Settings, state: NudgeState | None = None) -> None:
        super().__init__()
        self._clock = clock
        self._zone = clock.zone()
        self._settings = settings
        self._state = state or NudgeState()
        self.scheduler = OneTimerQtScheduler(
            timezone=self._zone,
            job_defaults={"coalesce": True, "max_instances": 1},
        )
        self.scheduler.signals.jumped.connect(self._on_scheduler_clock_jumped)
        self.scheduler.add_listener(self._on_job_missed, EVENT_JOB_MISSED)

    @property
    def state(self) -> NudgeState:
        """The state worth keeping across a restart."""
        return self._state

    def _set_state(self, **changes: object) -> None:
        self._state = replace(self._state, **changes)  # type: ignore[arg-type]
        self.state_changed.emit(self._state)

    def start(self) -> None:
        """Start keeping time with the current settings and the kept state."""
        self.scheduler.start()
        self.apply(self._settings)
        snoozed = self._state.snoozed_until
        if snoozed is not None:
            if snoozed > self._clock.now():
                self._add_snooze_job(snoozed)
            else:
                QTimer.singleShot(0, self._on_snooze_end)

    def stop(self) -> None:
        """Stop the scheduler (at quit)."""
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    @property
    def settings(self) -> Settings:
        """The settings in force."""
        return self._settings

    @property
    def zone(self) -> tzinfo:
        """The time zone reminder times are read in."""
        return self._zone

    def _grace_s(self) -> int:
        # The rules judge lateness themselves; APScheduler must just not drop the run first.
        return self._settings.late_window_minutes * 60 + 60

    def apply(self, settings: Settings) -> None:
        """Use new settings now: jobs are replaced in place, never rebuilt from scratch."""
        self._settings = settings
        wanted = {f"{_REMINDER_PREFIX}{r.label}": r for r in settings.reminders}
        for job in self.scheduler.get_jobs():
            if job.id.startswith(_REMINDER_PREFIX) and job.id not in wanted:
                job.remove()
        for job_id, reminder in wanted.items():
            trigger = WallClockCronTrigger(
                hour=reminder.hour,
                minute=reminder.minute,
                day_of_week=_day_of_week(reminder),
                timezone=self._zone,
            )
            existing = self.scheduler.get_job(job_id)
            if existing is not None and str(existing.trigger) == str(trigger):
                if existing.misfire_grace_time != self._grace_s():
                    existing.modify(misfire_grace_time=self._grace_s())
                continue
            self.scheduler.add_job(
                self._on_reminder,
                trigger,
                args=(job_id,),
                id=job_id,
                name=f"nudge at {reminder.label}",
                replace_existing=True,
                misfire_grace_time=self._grace_s(),
            )
        log.info("reminders set: %s", ", ".join(r.label for r in settings.reminders) or "none")
        self.schedule_changed.emit()

    def set_zone(self, zone: tzinfo) -> None:
        """Follow a new local time zone (the laptop travelled): reminders keep local times."""
        if str(zone) == str(self._zone):
            return
        log.info("time zone changed from %s to %s", self._zone, zone)
        self._zone = zone
        for job in self.scheduler.get_jobs():
            if job.id.startswith(_REMINDER_PREFIX):
                job.remove()
        self.apply(self._settings)

    def wake_up(self) -> None:
        """Look at the wall clock again now (after a resume or a clock change)."""
        self.scheduler.wakeup()

    def _on_scheduler_clock_jumped(self, seconds: float) -> None:
        log.info("clock moved %+.0f s; reminders follow the wall clock", seconds)
        self.schedule_changed.emit()

    def _on_job_missed(self, event: JobExecutionEvent) -> None:
        # APScheduler lets a run go by itself when it is far older than the late window.
        due = event.scheduled_run_time.astimezone(self._zone)
        log.info("nudge due at %s not sent: %s", f"{due:%H:%M}", Verdict.TOO_LATE.value)

    def _latest_due(self, job_id: str) -> datetime:
        """Return the latest run time of a job that is due now."""
        now = self._clock.now()
        job = self.scheduler.get_job(job_id)
        if job is None or job.next_run_time is None:
            return now
        due: datetime = job.next_run_time
        while True:
            following = job.trigger.get_next_fire_time(due, due)
            if following is None or following > now:
                return due
            due = following

    def _on_reminder(self, job_id: str) -> None:
        self._offer(NudgeReason.REMINDER, self._latest_due(job_id))

    def _on_snooze_end(self) -> None:
        due = self._state.snoozed_until or self._clock.now()
        self._set_state(snoozed_until=None)
        self._offer(NudgeReason.SNOOZE, due)
        self.schedule_changed.emit()

    def _offer(self, reason: NudgeReason, due_at: datetime) -> None:
        now = self._clock.now()
        verdict = judge(
            self._settings.rules,
            due_at,
            now,
            paused_until=self.paused_until,
            last_nudge_at=self._state.last_nudge_at,
        )
        if verdict is not Verdict.SEND:
            log.info("nudge due at %s not sent: %s", f"{due_at:%H:%M}", verdict.value)
            return
        self._let_through(NudgeDue(reason, due_at, now))

    def _let_through(self, due: NudgeDue) -> None:
        self._set_state(last_nudge_at=due.at)
        log.info("nudge due at %s (%s)", f"{due.due_at:%H:%M}", due.reason.value)
        self.nudge_due.emit(due)

    def ask_now(self) -> None:
        """Send a nudge now, as the person (or the command line) asked."""
        now = self._clock.now()
        self._let_through(NudgeDue(NudgeReason.ASKED, now, now))

    def snooze(self) -> datetime:
        """Bring the nudge back after the snooze time; returns when it will come."""
        when = self._clock.now() + timedelta(minutes=self._settings.snooze_minutes)
        self._add_snooze_job(when)
        self._set_state(snoozed_until=when)
        log.info("nudge snoozed until %s", f"{when:%H:%M}")
        self.schedule_changed.emit()
        return when

    def _add_snooze_job(self, when: datetime) -> None:
        self.scheduler.add_job(
            self._on_snooze_end,
            DateTrigger(when),
            id=_SNOOZE_ID,
            name="snoozed nudge",
            replace_existing=True,
            misfire_grace_time=self._grace_s(),
        )

    @property
    def snoozed_until(self) -> datetime | None:
        """When a snoozed nudge comes back, if one is waiting."""
        return self._state.snoozed_until

    def pause_for(self, duration: timedelta) -> datetime:
        """Pause nudges for a while; returns when they resume."""
        return self._pause_until(self._clock.now() + duration)

    def pause_until_tomorrow(self) -> datetime:
        """Pause nudges for the rest of the day; returns when they resume (local midnight)."""
        tomorrow = self._clock.now().astimezone(self._zone).date() + timedelta(days=1)
        return self._pause_until(datetime.combine(tomorrow, time(0), self._zone))

    def _pause_until(self, until: datetime) -> datetime:
        job = self.scheduler.get_job(_SNOOZE_ID)
        if job is not None:
            job.remove()
        self._set_state(paused_until=until, snoozed_until=None)
        log.info("nudges paused until %s", until.isoformat(timespec="minutes"))
        self.schedule_changed.emit()
        return until

    def resume(self) -> None:
        """End a pause now."""
        self._set_state(paused_until=None)
        log.info("nudges resumed")
        self.schedule_changed.emit()

    @property
    def paused_until(self) -> datetime | None:
        """The end of the current pause, or ``None`` when not paused."""
        until = self._state.paused_until
        if until is not None and self._clock.now() >= until:
            self._set_state(paused_until=None)
            return None
        return until

    def next_nudge_at(self) -> datetime | None:
        """Return when the next nudge will come, or ``None`` when none is set.

        Reminders inside quiet hours, on inactive days or in a pause are skipped.
        """
        now = self._clock.now()
        paused = self.paused_until
        start = max(now, paused) if paused else now
        candidates: list[datetime] = []
        snoozed = self.snoozed_until
        if snoozed is not None:
            candidates.append(snoozed)
        rules = self._settings.rules
        for job in self.scheduler.get_jobs():
            if not job.id.startswith(_REMINDER_PREFIX):
                continue
            fire = job.trigger.get_next_fire_time(None, start)
            for _ in range(14):
                if fire is None or judge(rules, fire, fire) is Verdict.SEND:
                    break
                fire = job.trigger.get_next_fire_time(fire, fire)
            if fire is not None:
                candidates.append(fire)
        return min(candidates) if candidates else None
