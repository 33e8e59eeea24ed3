"""Reads the journal for the week window, one week at a time (never all rows)."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from smallsteps.core.week import WeekSummary, summarize_week, week_bounds, week_start
from smallsteps.storage.journal import Journal


class WeekService:
    """Gives the week window its numbers.

    Args:
        journal: the journal to read.
        zone: the local zone that decides on which day a step falls.
        first_weekday: 0 = Monday ... 6 = Sunday, from the locale.

    Attributes:
        zone: the local zone; follows the system when the person travels.
        first_weekday: the first day of the week.
    """

    def __init__(self, journal: Journal, zone: tzinfo, first_weekday: int) -> None:
        self._journal = journal
        self.zone = zone
        self.first_weekday = first_weekday

    def summary(self, day: date) -> WeekSummary:
        """Return the summary of the week that holds ``day``."""
        start = week_start(day, self.first_weekday)
        begin, end = week_bounds(start, self.zone)
        prev_begin, _ = week_bounds(start - timedelta(days=7), self.zone)
        steps = self._journal.steps_between(begin, end)
        previous = self._journal.count_between(prev_begin, begin)
        return summarize_week(start, steps, self.zone, previous)
