"""The week view's numbers: each step on its own local day, even across DST and New Year."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import summarize_week, week_bounds, week_start

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
MONDAY, SUNDAY = 0, 6


def _step(taken_at: datetime, kind: str = "walk", note: str | None = None) -> Step:
    return Step(new_step_id(), kind, taken_at, note)


def _local_days(start: date, zone: ZoneInfo) -> list[date]:
    """Every local date the instants in week_bounds(start) cover, hour by hour."""
    begin, end = week_bounds(start, zone)
    begin_utc, end_utc = begin.astimezone(UTC), end.astimezone(UTC)
    seen: list[date] = []
    moment = begin_utc
    while moment < end_utc:
        day = moment.astimezone(zone).date()
        if day not in seen:
            seen.append(day)
        moment += timedelta(minutes=30)
    return seen


def _index_of(start: date, zone: ZoneInfo, when: datetime) -> int | None:
    """The day index a single step lands on in the summary, or None if outside."""
    summary = summarize_week(start, [_step(when)], zone)
    hits = [i for i in range(7) if summary.day_total(i)]
    assert len(hits) <= 1
    return hits[0] if hits else None


# --- week_start ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "first_weekday", "start"),
    [
        (date(2026, 11, 28), MONDAY, date(2026, 11, 23)),  # a Saturday
        (date(2026, 11, 28), SUNDAY, date(2026, 11, 22)),
        (date(2026, 11, 23), MONDAY, date(2026, 11, 23)),  # a Monday starts its own week
        (date(2026, 11, 22), MONDAY, date(2026, 11, 16)),  # a Sunday ends a Monday week
        (date(2026, 11, 22), SUNDAY, date(2026, 11, 22)),
        (date(2027, 1, 1), MONDAY, date(2026, 12, 28)),
        (date(2027, 1, 1), SUNDAY, date(2026, 12, 27)),
        (date(2026, 11, 28), 5, date(2026, 11, 28)),  # Saturday-first locales
    ],
)
def test_week_start(day: date, first_weekday: int, start: date) -> None:
    assert week_start(day, first_weekday) == start


@given(st.dates(min_value=date(1900, 1, 8)), st.integers(0, 6))
def test_week_start_is_that_weekday_within_the_last_seven_days(
    day: date, first_weekday: int
) -> None:
    start = week_start(day, first_weekday)
    assert start.weekday() == first_weekday
    assert 0 <= (day - start).days < 7


# --- summarize_week -----------------------------------------------------------------------


def _nov(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_counts_per_day_and_kind_notes_in_order_and_total() -> None:
    start = date(2026, 11, 23)
    steps = [
        _step(_nov(25, 18), "walk", "Around the lake"),
        _step(_nov(23, 8), "breathe"),
        _step(_nov(23, 9), "walk"),
        _step(_nov(23, 20), "breathe", "Before sleep"),
        _step(_nov(29, 23, 59), "rest", "Sunday rest"),
        _step(_nov(30, 0, 1), "walk", "next week"),
        _step(_nov(22, 23, 59), "walk", "last week"),
    ]
    summary = summarize_week(start, steps, BERLIN, previous_total=2)
    assert summary.start == start
    assert summary.days == tuple(start + timedelta(days=i) for i in range(7))
    assert summary.count(0, "breathe") == 2
    assert summary.count(0, "walk") == 1
    assert summary.count(2, "walk") == 1
    assert summary.count(6, "rest") == 1
    assert summary.count(1, "walk") == 0
    assert [summary.day_total(i) for i in range(7)] == [3, 0, 1, 0, 0, 0, 1]
    assert summary.total == 5
    assert summary.previous_total == 2
    assert summary.kinds == ("breathe", "walk", "rest")
    assert [n.note for n in summary.notes] == ["Before sleep", "Around the lake", "Sunday rest"]
    assert [n.day for n in summary.notes] == [
        date(2026, 11, 23),
        date(2026, 11, 25),
        date(2026, 11, 29),
    ]
    assert summary.notes[0].kind == "breathe"
    assert summary.notes[0].taken_at == _nov(23, 20)


def test_an_empty_week_has_seven_empty_days() -> None:
    summary = summarize_week(date(2026, 11, 23), [], BERLIN)
    assert len(summary.days) == 7
    assert summary.total == 0
    assert summary.kinds == ()
    assert summary.notes == ()
    assert all(summary.day_total(i) == 0 for i in range(7))


def test_notes_carry_local_day_and_time_even_for_steps_stored_in_utc() -> None:
    start = date(2026, 11, 23)
    step = _step(datetime(2026, 11, 24, 23, 30, tzinfo=UTC), "journal", "late thought")
    summary = summarize_week(start, [step], BERLIN)
    (note,) = summary.notes
    assert note.day == date(2026, 11, 25)
    assert note.taken_at.utcoffset() == timedelta(hours=1)
    assert (note.taken_at.hour, note.taken_at.minute) == (0, 30)
    assert summary.count(2, "journal") == 1


# --- Europe/Berlin, back to winter time on Sunday 2026-10-25 ------------------------------


def test_berlin_week_with_the_autumn_change_is_seven_local_days_and_169_hours() -> None:
    start = week_start(date(2026, 10, 25), MONDAY)
    assert start == date(2026, 10, 19)
    begin, end = week_bounds(start, BERLIN)
    assert begin == datetime(2026, 10, 19, 0, 0, tzinfo=BERLIN)
    assert end == datetime(2026, 10, 26, 0, 0, tzinfo=BERLIN)
    assert begin.utcoffset() == timedelta(hours=2)
    assert end.utcoffset() == timedelta(hours=1)
    assert end.astimezone(UTC) - begin.astimezone(UTC) == timedelta(days=7, hours=1)
    assert _local_days(start, BERLIN) == [start + timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize(
    ("when", "index"),
    [
        (datetime(2026, 10, 19, 0, 10, tzinfo=BERLIN), 0),  # 22:10 UTC on the 18th
        (datetime(2026, 10, 18, 23, 50, tzinfo=BERLIN), None),
        (datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN), 6),  # first 02:30, summer
        (datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN), 6),  # second 02:30, winter
        (datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN), 6),
        (datetime(2026, 10, 25, 23, 15, tzinfo=UTC), None),  # 00:15 on Monday the 26th
        (datetime(2026, 10, 18, 22, 30, tzinfo=UTC), 0),  # 00:30 on Monday the 19th
        (datetime(2026, 10, 26, 0, 30, tzinfo=BERLIN), None),
    ],
)
def test_berlin_steps_near_midnight_land_on_their_local_day(
    when: datetime, index: int | None
) -> None:
    assert _index_of(date(2026, 10, 19), BERLIN, when) == index


# --- America/New_York, 2026-03-08 (spring) and 2026-11-01 (autumn), Sunday-first ---------


def test_new_york_spring_week_is_seven_local_days_and_167_hours() -> None:
    start = week_start(date(2026, 3, 11), SUNDAY)
    assert start == date(2026, 3, 8)
    begin, end = week_bounds(start, NEW_YORK)
    assert begin.utcoffset() == timedelta(hours=-5)
    assert end.utcoffset() == timedelta(hours=-4)
    assert begin.astimezone(UTC) == datetime(2026, 3, 8, 5, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 3, 15, 4, 0, tzinfo=UTC)
    assert _local_days(start, NEW_YORK) == [start + timedelta(days=i) for i in range(7)]


def test_new_york_autumn_week_is_seven_local_days_and_169_hours() -> None:
    start = week_start(date(2026, 11, 4), SUNDAY)
    assert start == date(2026, 11, 1)
    begin, end = week_bounds(start, NEW_YORK)
    assert begin.astimezone(UTC) == datetime(2026, 11, 1, 4, 0, tzinfo=UTC)
    assert end.astimezone(UTC) == datetime(2026, 11, 8, 5, 0, tzinfo=UTC)
    assert _local_days(start, NEW_YORK) == [start + timedelta(days=i) for i in range(7)]


def test_new_york_monday_week_ending_on_the_autumn_change() -> None:
    start = week_start(date(2026, 11, 1), MONDAY)
    assert start == date(2026, 10, 26)
    begin, end = week_bounds(start, NEW_YORK)
    assert end.astimezone(UTC) - begin.astimezone(UTC) == timedelta(days=7, hours=1)
    assert _local_days(start, NEW_YORK) == [start + timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize(
    ("start", "when", "index"),
    [
        (date(2026, 3, 8), datetime(2026, 3, 8, 0, 30, tzinfo=NEW_YORK), 0),
        (date(2026, 3, 8), datetime(2026, 3, 7, 23, 30, tzinfo=NEW_YORK), None),
        (date(2026, 3, 8), datetime(2026, 3, 8, 3, 5, tzinfo=NEW_YORK), 0),
        (date(2026, 3, 8), datetime(2026, 3, 14, 23, 30, tzinfo=NEW_YORK), 6),
        (date(2026, 3, 8), datetime(2026, 3, 15, 3, 59, tzinfo=UTC), 6),  # 23:59 EDT
        (date(2026, 3, 8), datetime(2026, 3, 15, 0, 30, tzinfo=NEW_YORK), None),
        (date(2026, 11, 1), datetime(2026, 11, 1, 0, 30, tzinfo=NEW_YORK), 0),
        (date(2026, 11, 1), datetime(2026, 10, 31, 23, 59, tzinfo=NEW_YORK), None),
        (date(2026, 11, 1), datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK), 0),
        (date(2026, 11, 1), datetime(2026, 11, 7, 23, 59, tzinfo=NEW_YORK), 6),
        (date(2026, 11, 1), datetime(2026, 11, 8, 4, 30, tzinfo=UTC), 6),  # 23:30 EST
        (date(2026, 11, 1), datetime(2026, 11, 8, 5, 0, tzinfo=UTC), None),  # midnight EST
    ],
)
def test_new_york_steps_near_midnight_land_on_their_local_day(
    start: date, when: datetime, index: int | None
) -> None:
    assert _index_of(start, NEW_YORK, when) == index


# --- a week across New Year ---------------------------------------------------------------


def test_the_week_across_new_year() -> None:
    start = week_start(date(2027, 1, 1), MONDAY)
    assert start == date(2026, 12, 28)
    steps = [
        _step(datetime(2026, 12, 27, 23, 59, tzinfo=BERLIN), "walk"),
        _step(datetime(2026, 12, 28, 0, 0, tzinfo=BERLIN), "breathe"),
        _step(datetime(2026, 12, 31, 23, 59, tzinfo=BERLIN), "gratitude", "Last of the year"),
        _step(datetime(2027, 1, 1, 0, 1, tzinfo=BERLIN), "rest", "First of the year"),
        _step(datetime(2027, 1, 3, 23, 59, tzinfo=BERLIN), "walk"),
        _step(datetime(2027, 1, 4, 0, 0, tzinfo=BERLIN), "walk"),
    ]
    summary = summarize_week(start, steps, BERLIN)
    assert summary.days[0] == date(2026, 12, 28)
    assert summary.days[-1] == date(2027, 1, 3)
    assert [summary.day_total(i) for i in range(7)] == [1, 0, 0, 1, 1, 0, 1]
    assert summary.count(3, "gratitude") == 1
    assert summary.count(4, "rest") == 1
    assert summary.total == 4
    assert [n.day for n in summary.notes] == [date(2026, 12, 31), date(2027, 1, 1)]
    begin, end = week_bounds(start, BERLIN)
    assert end.astimezone(UTC) - begin.astimezone(UTC) == timedelta(days=7)
