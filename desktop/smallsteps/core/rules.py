"""The rules that decide whether a due nudge may come now, as pure functions.

Quiet hours and inactive days drop a nudge (it is not queued for later). A nudge
that comes late (after sleep, say) may still come within the late window, but
never as a burst: once one nudge has come, older ones are let go silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum

from smallsteps.core.models import Weekday


@dataclass(frozen=True)
class QuietHours:
    """A daily span without nudges; it may cross midnight (21:00-08:00).

    Attributes:
        start: when quiet begins.
        end: when quiet ends (exclusive).
    """

    start: time
    end: time

    def __post_init__(self) -> None:
        if self.start == self.end:
            raise ValueError("quiet hours need a start and an end that differ")

    def contains(self, moment: time) -> bool:
        """Return whether a local time of day falls inside the quiet hours."""
        moment = moment.replace(tzinfo=None)
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    @property
    def label(self) -> str:
        """E.g. ``"21:00-08:00"``."""
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


class Verdict(Enum):
    """What happens to a due nudge."""

    SEND = "send"
    PAUSED = "paused"
    QUIET = "quiet hours"
    DAY_OFF = "not an active day"
    TOO_LATE = "older than the late window"
    ALREADY_NUDGED = "a nudge already came since it was due"


@dataclass(frozen=True)
class NudgeRules:
    """The person's rules for when nudges may come.

    Attributes:
        quiet_hours: the daily quiet span, or ``None``.
        active_days: the weekdays nudges come on.
        late_window: how late a nudge may still come.
    """

    quiet_hours: QuietHours | None
    active_days: frozenset[Weekday]
    late_window: timedelta


def judge(
    rules: NudgeRules,
    due_at: datetime,
    now: datetime,
    paused_until: datetime | None = None,
    last_nudge_at: datetime | None = None,
) -> Verdict:
    """Decide whether a nudge that was due at ``due_at`` may come at ``now``.

    Args:
        rules: the person's rules.
        due_at: when the nudge was due (its reminder time), aware.
        now: the current local time, aware.
        paused_until: the end of a pause, if any.
        last_nudge_at: when the last nudge came, if one did.
    """
    if paused_until is not None and now < paused_until:
        return Verdict.PAUSED
    if now - due_at > rules.late_window:
        return Verdict.TOO_LATE
    if last_nudge_at is not None and last_nudge_at >= due_at and now - due_at > timedelta(0):
        return Verdict.ALREADY_NUDGED
    if Weekday(now.weekday()) not in rules.active_days:
        return Verdict.DAY_OFF
    if rules.quiet_hours is not None and rules.quiet_hours.contains(now.time()):
        return Verdict.QUIET
    return Verdict.SEND
