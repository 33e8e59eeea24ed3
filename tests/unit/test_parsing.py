"""What a person types (times, days, feelings, dates) becomes a value or one kind line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from smallsteps.core.models import ALL_DAYS, Weekday
from smallsteps.core.parsing import (
    InputError,
    clean_note,
    parse_days,
    parse_feeling,
    parse_time,
    parse_when,
)

BERLIN = ZoneInfo("Europe/Berlin")


def _is_one_line(message: str) -> bool:
    return len(message.splitlines()) == 1 and message.strip() != ""


def _error_of(parse: Callable[..., object], *args: object) -> str | None:
    """The message of the InputError that parse raises, or None when it accepts."""
    try:
        parse(*args)
    except InputError as exc:
        return str(exc)
    return None


# --- parse_time ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7:05", (7, 5)),
        (" 7:05 ", (7, 5)),
        ("07:05", (7, 5)),
        ("00:00", (0, 0)),
        ("23:59", (23, 59)),
        ("14:30", (14, 30)),
        ("\t9:00\n", (9, 0)),
    ],
)
def test_parse_time_accepts_times_of_day(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "24:00",
        "12:60",
        "9h",
        "99:99",
        "",
        "   ",
        "9",
        "9:5",
        "12:30pm",
        "12:30:00",
        "1230",
        "-1:00",
    ],
)
def test_parse_time_refuses_what_is_not_a_time_of_day(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_time(text)
    message = str(caught.value)
    assert _is_one_line(message)
    assert "HH:MM" in message or "00:00 to 23:59" in message


def test_parse_time_messages_say_what_was_typed_and_what_is_expected() -> None:
    with pytest.raises(
        InputError, match=r"“24:00” is not a time of day; please use 00:00 to 23:59"
    ):
        parse_time("24:00")
    with pytest.raises(InputError, match=r"“9h” is not a time; please use HH:MM, like 14:30"):
        parse_time("9h")


@given(st.text())
@example("9h")
@example("24:00")
@example("٢:٣٠")  # Arabic-Indic digits
@example("1:" + "9" * 5000)
def test_parse_time_never_raises_anything_but_input_error(text: str) -> None:
    try:
        hour, minute = parse_time(text)
    except InputError:
        return
    assert 0 <= hour <= 23
    assert 0 <= minute <= 59


@given(st.text())
@example("9\nh")
@example("12:60\n\n")
def test_parse_time_error_is_always_one_line(text: str) -> None:
    message = _error_of(parse_time, text)
    assert message is None or _is_one_line(message), repr(message)


# --- parse_days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon,wed", {Weekday.MON, Weekday.WED}),
        (" Mon , WED ", {Weekday.MON, Weekday.WED}),
        ("sun", {Weekday.SUN}),
        ("monday,friday", {Weekday.MON, Weekday.FRI}),
        ("sat,sun,sat", {Weekday.SAT, Weekday.SUN}),
        ("mon,tue,wed,thu,fri,sat,sun", set(Weekday)),
    ],
)
def test_parse_days_accepts_day_lists(text: str, expected: set[Weekday]) -> None:
    assert parse_days(text) == frozenset(expected)


@pytest.mark.parametrize("text", ["every day", "Every Day", "everyday", "daily", "all", " ALL "])
def test_parse_days_every_day_words_mean_all_seven(text: str) -> None:
    assert parse_days(text) == ALL_DAYS


@pytest.mark.parametrize("text", ["", "   ", "funday", "mon,,wed", "mon,", "1,2", "weekdays"])
def test_parse_days_refuses_unknown_days_and_empty_lists(text: str) -> None:
    with pytest.raises(InputError, match="is not a day; please use mon,tue,wed,thu,fri,sat,sun"):
        parse_days(text)


@pytest.mark.parametrize("text", ["mon-fri", "sat and sun", "sunny", "monkey"])
def test_parse_days_refuses_words_that_only_start_like_a_day(text: str) -> None:
    # "mon-fri" must not silently become Monday only, "sat and sun" Saturday only.
    with pytest.raises(InputError, match="is not a day"):
        parse_days(text)


@given(st.text())
@example("mon,\nwed")
def test_parse_days_returns_some_days_or_input_error(text: str) -> None:
    try:
        days = parse_days(text)
    except InputError:
        return
    assert days
    assert all(isinstance(d, Weekday) for d in days)


# --- parse_feeling ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), ("3", 3), (" 4 ", 4), ("5", 5), (2, 2), (5, 5)],
)
def test_parse_feeling_accepts_one_to_five(value: str | int, expected: int) -> None:
    assert parse_feeling(value) == expected


@pytest.mark.parametrize("value", [0, 6, 7, -1, "0", "6", "7", "x", "", "3.5", "three"])
def test_parse_feeling_refuses_everything_else_with_the_scale_in_words(value: str | int) -> None:
    with pytest.raises(InputError) as caught:
        parse_feeling(value)
    message = str(caught.value)
    assert _is_one_line(message)
    assert "from 1 to 5" in message
    assert "1 heavy" in message
    assert "5 bright" in message


@given(st.one_of(st.text(), st.integers()))
@example("9" * 5000)
def test_parse_feeling_returns_one_to_five_or_input_error(value: str | int) -> None:
    message = _error_of(parse_feeling, value)
    if message is not None:
        assert _is_one_line(message)
        return
    assert parse_feeling(value) in {1, 2, 3, 4, 5}


# --- parse_when ---------------------------------------------------------------------------


def test_parse_when_without_offset_is_local_time() -> None:
    winter = parse_when("2026-11-28T14:30", BERLIN)
    assert winter == datetime(2026, 11, 28, 14, 30, tzinfo=BERLIN)
    assert winter.utcoffset() == timedelta(hours=1)
    summer = parse_when("2026-07-01T09:00", BERLIN)
    assert summer.utcoffset() == timedelta(hours=2)
    assert summer.astimezone(UTC) == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)


def test_parse_when_keeps_a_given_offset() -> None:
    when = parse_when(" 2026-11-28T14:30:00+05:30 ", BERLIN)
    assert when.utcoffset() == timedelta(hours=5, minutes=30)
    assert when.astimezone(UTC) == datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert parse_when("2026-11-28T14:30Z", BERLIN).utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["yesterday-ish", "", "28.11.2026 14:30", "2026-13-01T10:00"])
def test_parse_when_refuses_what_is_not_iso_8601(text: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_when(text, BERLIN)
    message = str(caught.value)
    assert _is_one_line(message)
    assert "ISO 8601" in message
    assert "2026-11-28T14:30" in message


@given(st.text())
@example("2026-11-28T14:30")
@example("2026-11-28T14:30+05:30")
@example("\x00")
@example("\ud800")
def test_parse_when_returns_an_aware_time_or_input_error(text: str) -> None:
    try:
        when = parse_when(text, BERLIN)
    except InputError:
        return
    assert when.tzinfo is not None
    assert when.utcoffset() is not None


@given(st.text())
@example("yesterday\nish")
def test_parse_when_error_is_always_one_line(text: str) -> None:
    message = _error_of(parse_when, text, BERLIN)
    assert message is None or _is_one_line(message), repr(message)


# --- clean_note ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [(None, None), ("", None), ("  \n\t ", None), ("  a walk  ", "a walk"), ("a\nb", "a\nb")],
)
def test_clean_note_strips_and_empties_to_none(text: str | None, expected: str | None) -> None:
    assert clean_note(text) == expected
