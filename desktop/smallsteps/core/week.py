"""The week window's numbers: steps per day and kind, feelings, notes, month and year tints.

Only counts that grow are computed here; nothing about days without a step. Every
"day" is a local calendar day in the person's zone, bounded by its real local
midnights, so weeks, months and years that cross a DST change or New Year hold
exactly the steps their days hold.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from smallsteps.core.models import Step


@dataclass(frozen=True)
class DayNote:
    """A note written with a step, for the "small victories" list."""

    day: date
    taken_at: datetime
    kind: str
    note: str


@dataclass(frozen=True)
class WeekSummary:
    """What the week window shows.

    Attributes:
        start: the first day of the week (following the locale).
        days: the seven dates, in order.
        counts: for each day, a mapping kind id -> number of steps.
        kinds: every kind id that appears this week, in first-seen order.
        notes: the week's notes, oldest first.
        total: steps this week.
        previous_total: steps the week before (for a kind word when it grew).
        feelings: for each day, the average feeling (1-5) of the steps that had one,
            or ``None`` where no feeling was recorded; empty for summaries built
            without feelings.
        all_time: every step in the journal, this week's and all before and after.
    """

    start: date
    days: tuple[date, ...]
    counts: tuple[dict[str, int], ...]
    kinds: tuple[str, ...]
    notes: tuple[DayNote, ...]
    total: int
    previous_total: int
    feelings: tuple[float | None, ...] = ()
    all_time: int = 0

    def count(self, day_index: int, kind: str) -> int:
        """Return how many steps of a kind were taken on one day of the week."""
        return self.counts[day_index].get(kind, 0)

    def day_total(self, day_index: int) -> int:
        """Return how many steps were taken on one day of the week."""
        return sum(self.counts[day_index].values())

    def feeling(self, day_index: int) -> float | None:
        """Return the day's average feeling (1-5), or ``None`` if none was recorded."""
        return self.feelings[day_index] if day_index < len(self.feelings) else None

    def notes_by_day(self) -> tuple[tuple[date, tuple[DayNote, ...]], ...]:
        """Return the notes grouped by their day, days in order, only days with notes."""
        groups: dict[date, list[DayNote]] = {}
        for note in self.notes:
            groups.setdefault(note.day, []).append(note)
        return tuple((day, tuple(notes)) for day, notes in sorted(groups.items()))


def week_start(day: date, first_weekday: int) -> date:
    """Return the first day of the week that holds ``day``.

    Args:
        day: any date.
        first_weekday: 0 = Monday ... 6 = Sunday, from the person's locale.
    """
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_bounds(start: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """Return the local-midnight instants that open and close the week.

    Uses the real offsets of each midnight, so weeks that cross a DST change are
    exactly their local days.
    """
    begin = datetime.combine(start, time(0), zone)
    end = datetime.combine(start + timedelta(days=7), time(0), zone)
    return begin, end


def summarize_week(
    start: date,
    steps: Iterable[Step],
    zone: tzinfo,
    previous_total: int = 0,
    all_time: int = 0,
) -> WeekSummary:
    """Summarize the steps of the week that begins on ``start``.

    Args:
        start: the first day of the week.
        steps: the steps taken in that week (others are ignored).
        zone: the local zone, which decides on which day a step falls.
        previous_total: how many steps the week before held.
        all_time: how many steps the journal holds in all.
    """
    days = tuple(start + timedelta(days=i) for i in range(7))
    counts: list[dict[str, int]] = [{} for _ in days]
    feeling_sums = [0] * 7
    feeling_counts = [0] * 7
    kinds: list[str] = []
    notes: list[DayNote] = []
    total = 0
    for step in sorted(steps, key=lambda s: s.taken_at):
        local = step.taken_at.astimezone(zone)
        index = (local.date() - start).days
        if not 0 <= index < 7:
            continue
        counts[index][step.kind] = counts[index].get(step.kind, 0) + 1
        total += 1
        if step.kind not in kinds:
            kinds.append(step.kind)
        if step.feeling is not None:
            feeling_sums[index] += step.feeling
            feeling_counts[index] += 1
        if step.note and step.note.strip():
            notes.append(DayNote(local.date(), local, step.kind, step.note))
    return WeekSummary(
        start=start,
        days=days,
        counts=tuple(counts),
        kinds=tuple(kinds),
        notes=tuple(notes),
        total=total,
        previous_total=previous_total,
        feelings=tuple(
            s / n if n else None for s, n in zip(feeling_sums, feeling_counts, strict=True)
        ),
        all_time=all_time,
    )


# --- looking back: months and years -------------------------------------------------------


def local_midnights(first: date, days: int, zone: tzinfo) -> list[datetime]:
    """Return the ``days + 1`` local midnights that bound ``days`` days from ``first``.

    Each midnight carries its own real offset, so a day holding a DST change is
    23 or 25 hours long, exactly as the person lived it.
    """
    return [datetime.combine(first + timedelta(days=i), time(0), zone) for i in range(days + 1)]


def month_days(day: date) -> tuple[date, ...]:
    """Return every date of the month that holds ``day``."""
    length = calendar.monthrange(day.year, day.month)[1]
    first = day.replace(day=1)
    return tuple(first + timedelta(days=i) for i in range(length))


def year_days(year: int) -> tuple[date, ...]:
    """Return every date of ``year``."""
    first = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - first).days
    return tuple(first + timedelta(days=i) for i in range(length))


def shift_month(day: date, months: int) -> date:
    """Return the same day ``months`` months later (or earlier), kept inside the month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift_year(day: date, years: int) -> date:
    """Return the same day ``years`` years later (or earlier); 29 February becomes the 28th."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


@dataclass(frozen=True)
class DayCounts:
    """How many steps each day of a span held: a month or a year of the calendar.

    Attributes:
        days: the dates, in order, without gaps.
        counts: the number of steps on each of those days.
        first_weekday: 0 = Monday ... 6 = Sunday, from the locale (decides the grid).
        total: steps in the span.
        previous_total: steps in the span just before (the month or year before).
        all_time: every step in the journal.
    """

    days: tuple[date, ...]
    counts: tuple[int, ...]
    first_weekday: int
    total: int
    previous_total: int
    all_time: int

    @property
    def first(self) -> date:
        """The first day of the span."""
        return self.days[0]

    @property
    def last(self) -> date:
        """The last day of the span."""
        return self.days[-1]

    def count_on(self, day: date) -> int:
        """Return how many steps were taken on ``day`` (0 outside the span)."""
        index = (day - self.days[0]).days
        return self.counts[index] if 0 <= index < len(self.counts) else 0

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.days[0] <= day <= self.days[-1]


@dataclass(frozen=True)
class MonthSummary(DayCounts):
    """One calendar month, day by day (see `DayCounts`)."""

    @property
    def year(self) -> int:
        """The month's year."""
        return self.days[0].year

    @property
    def month(self) -> int:
        """The month, 1-12."""
        return self.days[0].month


@dataclass(frozen=True)
class YearSummary(DayCounts):
    """One calendar year, day by day (see `DayCounts`)."""

    @property
    def year(self) -> int:
        """The year."""
        return self.days[0].year


def _check_counts(days: Sequence[date], counts: Sequence[int]) -> None:
    if len(days) != len(counts):
        raise ValueError(f"{len(days)} days but {len(counts)} counts")


def summarize_month(
    day: date,
    counts: Sequence[int],
    first_weekday: int,
    previous_total: int = 0,
    all_time: int = 0,
) -> MonthSummary:
    """Build the month that holds ``day`` from its per-day counts.

    Args:
        day: any date of the month.
        counts: steps on each day of the month, in order.
        first_weekday: 0 = Monday ... 6 = Sunday.
        previous_total: steps in the month before.
        all_time: every step in the journal.

    Raises:
        ValueError: ``counts`` does not have one number per day of the month.
    """
    days = month_days(day)
    _check_counts(days, counts)
    return MonthSummary(days, tuple(counts), first_weekday, sum(counts), previous_total, all_time)


def summarize_year(
    year: int,
    counts: Sequence[int],
    first_weekday: int,
    previous_total: int = 0,
    all_time: int = 0,
) -> YearSummary:
    """Build a year from its per-day counts (see `summarize_month`).

    Raises:
        ValueError: ``counts`` does not have one number per day of the year.
    """
    days = year_days(year)
    _check_counts(days, counts)
    return YearSummary(days, tuple(counts), first_weekday, sum(counts), previous_total, all_time)


TINT_FLOOR = 0.22
"""The lightest tint a day with one step gets: visible, never loud."""


def tint_strength(count: int) -> float:
    """Return how strongly a day with ``count`` steps is tinted, from 0 to 1.

    Zero steps give exactly 0 (the day stays plain: no mark, no colour). Every
    further step makes the tint a little stronger, ever more gently, so a busy
    day never looks like a target to reach.
    """
    if count <= 0:
        return 0.0
    return TINT_FLOOR + (1.0 - TINT_FLOOR) * (1.0 - math.exp(-(count - 1) / 3.0))
