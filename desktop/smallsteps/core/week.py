"""The week view's numbers: steps per day and kind, the notes, the total.

Only counts that grow are computed here; nothing about days without a step.
"""

from __future__ import annotations

from collections.abc import Iterable
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
    """

    start: date
    days: tuple[date, ...]
    counts: tuple[dict[str, int], ...]
    kinds: tuple[str, ...]
    notes: tuple[DayNote, ...]
    total: int
    previous_total: int

    def count(self, day_index: int, kind: str) -> int:
        """Return how many steps of a kind were taken on one day of the week."""
        return self.counts[day_index].get(kind, 0)

    def day_total(self, day_index: int) -> int:
        """Return how many steps were taken on one day of the week."""
        return sum(self.counts[day_index].values())


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
) -> WeekSummary:
    """Summarize the steps of the week that begins on ``start``.

    Args:
        start: the first day of the week.
        steps: the steps taken in that week (others are ignored).
        zone: the local zone, which decides on which day a step falls.
        previous_total: how many steps the week before held.
    """
    days = tuple(start + timedelta(days=i) for i in range(7))
    counts: list[dict[str, int]] = [{} for _ in days]
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
    )
