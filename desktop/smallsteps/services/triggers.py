"""A cron trigger that keeps each reminder at its local wall-clock time, once a day.

APScheduler's ``CronTrigger`` fires a reminder set inside the spring-forward gap
at a shifted time (02:30 becomes 03:30) and fires one inside the fall-back hour
twice. People expect neither. This trigger fires a nonexistent time at the
moment the clock jumps (02:30 becomes 03:00, once) and an ambiguous one only at
its first occurrence.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from smallsteps.services.apscheduler_light import CronTrigger

_SEARCH_SPAN = timedelta(hours=4)
_ONE_US = timedelta(microseconds=1)


def _local(instant: datetime, zone: Any) -> datetime:
    return datetime.fromtimestamp(instant.timestamp(), zone)


def _just_after(instant: datetime) -> datetime:
    """One microsecond later in real time (aware arithmetic is wall-clock, fold-blind)."""
    return instant.astimezone(UTC) + _ONE_US


def _gap_end(fire: datetime, zone: Any) -> datetime:
    """Return the first instant whose local wall time is past ``fire``'s wall time."""
    wall = fire.replace(tzinfo=None)
    low = fire.timestamp() - _SEARCH_SPAN.total_seconds()
    high = fire.timestamp()
    while high - low > 1:
        mid = (low + high) / 2
        if datetime.fromtimestamp(mid, zone).replace(tzinfo=None) > wall:
            high = mid
        else:
            low = mid
    return datetime.fromtimestamp(round(high), zone)


class WallClockCronTrigger(CronTrigger):  # type: ignore[misc]
    """``CronTrigger`` that is exactly-once across daylight-saving changes."""

    def get_next_fire_time(
        self, previous_fire_time: datetime | None, now: datetime
    ) -> datetime | None:
        """Return the next fire time, moved out of DST gaps and folds."""
        fire: datetime | None = super().get_next_fire_time(previous_fire_time, now)
        for _ in range(3):
            if fire is None:
                return None
            local = _local(fire, self.timezone)
            if local.replace(tzinfo=None) != fire.replace(tzinfo=None):
                # The wall time does not exist today (spring forward): fire as the clock jumps.
                moved = _gap_end(fire, self.timezone)
                if previous_fire_time is not None and moved <= previous_fire_time:
                    fire = super().get_next_fire_time(fire, _just_after(fire))
                    continue
                return moved
            if local.fold == 1 and local.utcoffset() != local.replace(fold=0).utcoffset():
                # The second pass through a repeated hour (fall back): it already fired.
                fire = super().get_next_fire_time(fire, _just_after(fire))
                continue
            return local
        return fire
