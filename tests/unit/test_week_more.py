"""Looking back: feelings per day, notes by day, months and years by local day, kind words."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import (
    MonthSummary,
    YearSummary,
    local_midnights,
    month_days,
    shift_month,
    shift_year,
    summarize_month,
    summarize_week,
    summarize_year,
    tint_strength,
    year_days,
)
from smallsteps.core.wording import Wording
from smallsteps.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NEGATIVE = re.compile(
    r"\b(miss(ed)?|streak|fail\w*|less|fewer|only|behind|lost|broke\w*|down|should|"
    r"drop\w*|worse|bad|zero|empty|nothing)\b",
    re.IGNORECASE,
)

ENGLISH = Wording()
day_line, growth_word, month_headline = (
    ENGLISH.day_line,
    ENGLISH.growth_word,
    ENGLISH.month_headline,
)
so_far, week_headline, year_headline = ENGLISH.so_far, ENGLISH.week_headline, ENGLISH.year_headline


def _step(
    when: datetime, kind: str = "walk", note: str | None = None, feeling: int | None = None
) -> Step:
    return Step(new_step_id(), kind, when, note, feeling)


# --- feelings and notes in a week ---------------------------------------------------------


def test_feelings_are_averaged_per_local_day_and_absent_days_have_none() -> None:
    start = date(2026, 10, 19)
    steps = [
        _step(datetime(2026, 10, 19, 8, tzinfo=BERLIN), feeling=2),
        _step(datetime(2026, 10, 19, 20, tzinfo=BERLIN), feeling=5),
        _step(datetime(2026, 10, 19, 21, tzinfo=BERLIN)),  # no feeling: not counted as one
        _step(datetime(2026, 10, 24, 22, 30, tzinfo=UTC), feeling=4),  # 23:30 Sat in Berlin
        _step(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN), feeling=1),
    ]
    summary = summarize_week(start, steps, BERLIN, all_time=99)

    assert summary.feelings == (3.5, None, None, None, None, None, 2.5)
    assert summary.feeling(0) == 3.5
    assert summary.feeling(1) is None
    assert summary.all_time == 99


def test_a_summary_without_feelings_reads_none_everywhere() -> None:
    summary = summarize_week(date(2026, 3, 2), [], BERLIN)
    assert all(summary.feeling(i) is None for i in range(7))


def test_notes_are_grouped_by_day_in_order() -> None:
    steps = [
        _step(datetime(2026, 3, 4, 9, tzinfo=BERLIN), "rest", "Nap"),
        _step(datetime(2026, 3, 2, 8, tzinfo=BERLIN), "walk", "Park"),
        _step(datetime(2026, 3, 4, 7, tzinfo=BERLIN), "breathe", "Window"),
        _step(datetime(2026, 3, 3, 7, tzinfo=BERLIN), "breathe", "   "),
    ]
    groups = summarize_week(date(2026, 3, 2), steps, BERLIN).notes_by_day()

    assert [day for day, _ in groups] == [date(2026, 3, 2), date(2026, 3, 4)]
    assert [n.note for n in groups[1][1]] == ["Window", "Nap"]


# --- days, months, years --------------------------------------------------------------------


def test_berlin_day_of_the_autumn_change_has_25_hours() -> None:
    midnights = local_midnights(date(2026, 10, 24), 3, BERLIN)
    hours = [
        (b.astimezone(UTC) - a.astimezone(UTC)) / timedelta(hours=1)
        for a, b in itertools.pairwise(midnights)
    ]
    assert hours == [24, 25, 24]


def test_new_york_day_of_the_spring_change_has_23_hours() -> None:
    midnights = local_midnights(date(2026, 3, 7), 3, NEW_YORK)
    hours = [
        (b.astimezone(UTC) - a.astimezone(UTC)) / timedelta(hours=1)
        for a, b in itertools.pairwise(midnights)
    ]
    assert hours == [24, 23, 24]


@pytest.mark.parametrize(
    ("day", "length"),
    [
        (date(2026, 2, 14), 28),
        (date(2028, 2, 1), 29),
        (date(2026, 12, 31), 31),
        (date(2026, 4, 30), 30),
    ],
)
def test_month_days(day: date, length: int) -> None:
    days = month_days(day)
    assert len(days) == length
    assert days[0] == day.replace(day=1)
    assert all(d.month == day.month for d in days)


def test_year_days_leap_and_common() -> None:
    assert len(year_days(2026)) == 365
    assert len(year_days(2028)) == 366
    assert year_days(2027)[0] == date(2027, 1, 1)
    assert year_days(2027)[-1] == date(2027, 12, 31)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2027, 1, 15), -1, date(2026, 12, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 5), -17, date(2024, 12, 5)),
    ],
)
def test_shift_month(day: date, months: int, expected: date) -> None:
    assert shift_month(day, months) == expected


def test_shift_year_keeps_the_day_or_the_end_of_february() -> None:
    assert shift_year(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert shift_year(date(2026, 7, 4), -3) == date(2023, 7, 4)


def test_month_summary_counts_and_totals() -> None:
    counts = [0] * 31
    counts[0], counts[30] = 3, 1
    month = summarize_month(date(2026, 12, 9), counts, 6, previous_total=2, all_time=40)

    assert isinstance(month, MonthSummary)
    assert (month.year, month.month) == (2026, 12)
    assert month.total == 4
    assert month.count_on(date(2026, 12, 1)) == 3
    assert month.count_on(date(2026, 12, 31)) == 1
    assert month.count_on(date(2027, 1, 1)) == 0
    assert date(2026, 12, 31) in month
    assert date(2027, 1, 1) not in month
    assert (month.first_weekday, month.previous_total, month.all_time) == (6, 2, 40)


def test_year_summary_and_wrong_lengths_are_refused() -> None:
    year = summarize_year(2028, [1] * 366, 0)
    assert isinstance(year, YearSummary)
    assert year.year == 2028
    assert year.total == 366
    with pytest.raises(ValueError, match="365 days but 366 counts"):
        summarize_year(2026, [0] * 366, 0)
    with pytest.raises(ValueError, match="counts"):
        summarize_month(date(2026, 2, 1), [0] * 30, 0)


# --- tints ----------------------------------------------------------------------------------


def test_a_day_without_a_step_has_no_tint_at_all() -> None:
    assert tint_strength(0) == 0.0
    assert tint_strength(-1) == 0.0


def test_the_tint_grows_with_every_step_and_stays_within_one() -> None:
    strengths = [tint_strength(n) for n in range(1, 40)]
    assert all(a < b for a, b in itertools.pairwise(strengths))
    assert 0.15 < strengths[0] < 0.4
    assert strengths[-1] <= 1.0


# --- the journal, counted by local day --------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "first", "steps"),
    [
        (
            BERLIN,
            date(2026, 10, 24),
            [
                datetime(2026, 10, 24, 23, 59, tzinfo=BERLIN),
                datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN),
                datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN),
                datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN),
                datetime(2026, 10, 25, 23, 30, tzinfo=BERLIN),
                datetime(2026, 10, 26, 0, 0, tzinfo=BERLIN),
            ],
        ),
        (
            NEW_YORK,
            date(2026, 3, 7),
            [
                datetime(2026, 3, 7, 23, 59, tzinfo=NEW_YORK),
                datetime(2026, 3, 8, 1, 59, tzinfo=NEW_YORK),
                datetime(2026, 3, 8, 3, 0, tzinfo=NEW_YORK),
                datetime(2026, 3, 9, 3, 59, tzinfo=UTC),  # 23:59 EDT on the 8th
                datetime(2026, 3, 9, 4, 0, tzinfo=UTC),  # midnight EDT: the 9th
            ],
        ),
        (
            BERLIN,
            date(2026, 12, 30),
            [
                datetime(2026, 12, 31, 23, 59, tzinfo=BERLIN),
                datetime(2027, 1, 1, 0, 0, tzinfo=BERLIN),
                datetime(2026, 12, 31, 23, 30, tzinfo=UTC),  # 00:30 on New Year's Day
            ],
        ),
    ],
)
def test_counts_per_span_follow_local_days_across_dst_and_new_year(
    journal: Journal, zone: ZoneInfo, first: date, steps: list[datetime]
) -> None:
    for when in steps:
        journal.add(_step(when))
    counts = journal.counts_per_span(local_midnights(first, 3, zone))
    expected = [
        sum(1 for when in steps if when.astimezone(zone).date() == first + timedelta(days=i))
        for i in range(3)
    ]
    assert counts == expected
    assert sum(counts) == len(steps)


# --- words ------------------------------------------------------------------------------------


def test_growth_words_for_each_period() -> None:
    assert growth_word(5, 3, "month") == "A little more than last month. It is adding up."
    assert growth_word(5, 3, "year") == "A little more than last year. It is adding up."
    assert growth_word(5, 3) == "A little more than last week. It is adding up."
    assert growth_word(3, 5, "month") is None
    assert growth_word(0, 0, "year") is None


def test_headlines_for_months_and_years() -> None:
    assert month_headline(31, "March 2026") == "31 small steps in March 2026."
    assert month_headline(1, "May 2026") == "1 small step in May 2026."
    assert year_headline(1204, 2025) == "1204 small steps in 2025."
    assert "quiet" in month_headline(0, "June 2026")
    assert "quiet" in year_headline(0, 2019)


def test_all_time_count_reads_as_a_total_so_far() -> None:
    assert so_far(412) == "412 small steps so far."
    assert so_far(1) == "1 small step so far."
    assert "first small step" in so_far(0)


def test_a_day_reads_as_its_steps_or_as_quiet() -> None:
    assert day_line(3) == "3 small steps"
    assert day_line(0) == "a quiet day"


@given(st.integers(0, 100_000), st.integers(0, 100_000), st.sampled_from(["week", "month", "year"]))
def test_no_words_of_blame_anywhere(total: int, previous: int, period: str) -> None:
    texts = [
        week_headline(total),
        month_headline(total, "March 2026"),
        year_headline(total, 2026),
        so_far(total),
        day_line(total),
        growth_word(total, previous, period) or "",  # type: ignore[arg-type]
    ]
    for text in texts:
        assert not NEGATIVE.search(text), text
    assert (growth_word(total, previous, period) is None) == (total <= previous)  # type: ignore[arg-type]
