"""Reads the journal for the week window: one week, month or year at a time.

Every query is a range on the journal's time index (never all rows): a week reads
its own steps (for kinds, notes and feelings), a month or a year only counts the
times of its steps between its local midnights. The all-time count is the one
number that spans everything, and SQLite answers it from the index alone.
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QLocale

from smallsteps.core.week import (
    MonthSummary,
    WeekSummary,
    YearSummary,
    local_midnights,
    month_days,
    shift_month,
    summarize_month,
    summarize_week,
    summarize_year,
    week_bounds,
    week_start,
    year_days,
)
from smallsteps.storage.journal import Journal


def first_weekday_of(locale: QLocale) -> int:
    """Return the locale's first day of the week as 0 = Monday ... 6 = Sunday.

    ``QLocale("en_US")`` starts on Sunday (6), ``QLocale("de_DE")`` on Monday (0).
    """
    return int(locale.firstDayOfWeek().value) - 1


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
        return summarize_week(start, steps, self.zone, previous, self._journal.count())

    def month(self, day: date) -> MonthSummary:
        """Return the steps per day of the month that holds ``day``."""
        days = month_days(day)
        before = month_days(shift_month(days[0], -1))
        counts, previous = self._counts(days, before[0])
        return summarize_month(day, counts, self.first_weekday, previous, self._journal.count())

    def year(self, day: date) -> YearSummary:
        """Return the steps per day of the year that holds ``day``."""
        days = year_days(day.year)
        counts, previous = self._counts(days, date(day.year - 1, 1, 1))
        return summarize_year(day.year, counts, self.first_weekday, previous, self._journal.count())

    def all_time(self) -> int:
        """Return how many steps the journal holds in all (it only ever grows)."""
        return self._journal.count()

    def _counts(self, days: tuple[date, ...], previous_first: date) -> tuple[list[int], int]:
        """Count the steps on each of ``days`` and in ``[previous_first, days[0])``."""
        bounds = local_midnights(days[0], len(days), self.zone)
        counts = self._journal.counts_per_span(bounds)
        (previous_begin,) = local_midnights(previous_first, 0, self.zone)
        previous = self._journal.count_between(previous_begin, bounds[0])
        return counts, previous
