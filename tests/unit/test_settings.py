"""The settings schema: sensible defaults, validated on build, a faithful plain-data form."""

from __future__ import annotations

import json
from datetime import time
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from smallsteps.core.models import ALL_DAYS, ReminderTime, Weekday
from smallsteps.core.parsing import InputError
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import (
    MAX_REMINDERS,
    SETTINGS_VERSION,
    Settings,
    SettingsError,
    settings_from_dict,
    settings_to_dict,
)


def _times(settings: Settings) -> list[str]:
    return [r.label for r in settings.reminders]


def _days(settings: Settings) -> dict[str, frozenset[Weekday]]:
    # ReminderTime equality ignores the days, so compare them explicitly.
    return {r.label: r.days for r in settings.reminders}


def test_defaults_are_three_gentle_times_every_day() -> None:
    settings = Settings()
    assert _times(settings) == ["10:30", "14:30", "18:00"]
    assert all(r.days == ALL_DAYS for r in settings.reminders)
    assert all(r.days_label == "every day" for r in settings.reminders)
    assert settings.late_window_minutes == 60
    assert settings.snooze_minutes == 15


def test_reminders_are_sorted_and_one_per_time_of_day() -> None:
    settings = Settings(
        reminders=(
            ReminderTime(18, 0),
            ReminderTime(7, 5),
            ReminderTime(18, 0, frozenset({Weekday.SAT})),
            ReminderTime(12, 0),
        )
    )
    assert _times(settings) == ["07:05", "12:00", "18:00"]
    assert _days(settings)["18:00"] == frozenset({Weekday.SAT})


def test_with_reminder_adds_in_order_and_leaves_the_original_alone() -> None:
    before = Settings()
    after = before.with_reminder(ReminderTime(7, 0, frozenset({Weekday.MON, Weekday.WED})))
    assert _times(after) == ["07:00", "10:30", "14:30", "18:00"]
    assert _days(after)["07:00"] == frozenset({Weekday.MON, Weekday.WED})
    assert _times(before) == ["10:30", "14:30", "18:00"]


def test_with_reminder_at_an_existing_time_replaces_its_days() -> None:
    after = Settings().with_reminder(ReminderTime(14, 30, frozenset({Weekday.SUN})))
    assert _times(after) == ["10:30", "14:30", "18:00"]
    assert _days(after)["14:30"] == frozenset({Weekday.SUN})


def test_without_reminder_removes_that_time_only() -> None:
    after = Settings().without_reminder(14, 30)
    assert _times(after) == ["10:30", "18:00"]
    assert _times(after.without_reminder(10, 30).without_reminder(18, 0)) == []


def test_without_reminder_at_a_time_with_none_says_so() -> None:
    with pytest.raises(SettingsError, match=r"There is no reminder at 07:00\."):
        Settings().without_reminder(7, 0)


def test_too_many_reminders_are_refused() -> None:
    many = tuple(ReminderTime(h, m) for h in range(24) for m in (0, 30))
    assert len(Settings(reminders=many).reminders) == MAX_REMINDERS
    with pytest.raises(SettingsError, match="Up to 48 reminder times"):
        Settings(reminders=(*many, ReminderTime(23, 45)))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"late_window_minutes": 0}, "late window"),
        ({"late_window_minutes": 24 * 60 + 1}, "late window"),
        ({"snooze_minutes": 0}, "Snooze"),
        ({"snooze_minutes": 241}, "Snooze"),
        ({"reminders": (ReminderTime(24, 0),)}, "is not a time of day"),
        ({"reminders": (ReminderTime(9, 60),)}, "is not a time of day"),
        ({"reminders": (ReminderTime(9, 0, frozenset()),)}, "needs at least one day"),
    ],
)
def test_out_of_range_settings_are_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError, match=message):
        Settings(**kwargs)


def test_edges_of_the_ranges_are_fine() -> None:
    low = Settings(late_window_minutes=1, snooze_minutes=1)
    high = Settings(late_window_minutes=24 * 60, snooze_minutes=240)
    assert (low.late_window_minutes, low.snooze_minutes) == (1, 1)
    assert (high.late_window_minutes, high.snooze_minutes) == (1440, 240)


def test_to_dict_is_plain_json_ready_data() -> None:
    settings = Settings(
        reminders=(ReminderTime(7, 5, frozenset({Weekday.WED, Weekday.MON})),),
        late_window_minutes=90,
        snooze_minutes=10,
    )
    data = settings_to_dict(settings)
    assert data["version"] == SETTINGS_VERSION
    assert data["reminders"] == [{"time": "07:05", "days": ["mon", "wed"]}]
    assert data["late_window_minutes"] == 90
    assert data["snooze_minutes"] == 10
    assert json.loads(json.dumps(data)) == data


def test_dict_round_trip_keeps_times_days_and_numbers() -> None:
    settings = Settings(
        reminders=(
            ReminderTime(6, 45, frozenset({Weekday.SAT, Weekday.SUN})),
            ReminderTime(12, 0),
            ReminderTime(21, 15, frozenset({Weekday.FRI})),
        ),
        late_window_minutes=120,
        snooze_minutes=5,
    )
    back = settings_from_dict(json.loads(json.dumps(settings_to_dict(settings))))
    assert back == settings
    assert _days(back) == _days(settings)


def test_from_dict_of_an_empty_mapping_gives_no_reminders_and_default_numbers() -> None:
    settings = settings_from_dict({})
    assert settings.reminders == ()
    assert settings.late_window_minutes == 60
    assert settings.snooze_minutes == 15


def test_from_dict_sorts_dedupes_and_ignores_unknown_keys() -> None:
    settings = settings_from_dict(
        {
            "version": 2,
            "theme": "dark",
            "reminders": [
                {"time": "18:00", "days": ["mon"]},
                {"time": "9:00"},
                {"time": "18:00", "days": ["tue"], "sound": "bell"},
            ],
        }
    )
    assert _times(settings) == ["09:00", "18:00"]
    assert _days(settings) == {"09:00": ALL_DAYS, "18:00": frozenset({Weekday.TUE})}


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "reminders",
        42,
        {"version": 0},
        {"version": "1"},
        {"version": True},
        {"reminders": {"time": "10:00"}},
        {"reminders": "10:00"},
        {"reminders": ["10:00"]},
        {"reminders": [{"days": ["mon"]}]},
        {"reminders": [{"time": 1030}]},
        {"reminders": [{"time": "10:00", "days": []}]},
        {"reminders": [{"time": "10:00", "days": "mon"}]},
        {"reminders": [{"time": "10:00", "days": [1, 2]}]},
        {"late_window_minutes": 0},
        {"late_window_minutes": 100_000},
        {"late_window_minutes": True},
        {"late_window_minutes": 60.0},
        {"late_window_minutes": "60"},
        {"snooze_minutes": False},
        {"snooze_minutes": None},
        {"reminders": [{"time": f"{h:02d}:{m:02d}"} for h in range(24) for m in (0, 20, 40)]},
    ],
)
def test_from_dict_refuses_bad_shapes_with_settings_error(data: object) -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_dict(data)
    assert len(str(caught.value).splitlines()) == 1


@pytest.mark.parametrize(
    "data",
    [
        {"reminders": [{"time": "25:00"}]},
        {"reminders": [{"time": "9h"}]},
        {"reminders": [{"time": "10:00", "days": ["someday"]}]},
    ],
)
def test_from_dict_refuses_bad_times_and_days_with_settings_error(data: object) -> None:
    # The docstring promises SettingsError, and the settings file loader only sets
    # aside a file that raises SettingsError.
    with pytest.raises(SettingsError):
        settings_from_dict(data)


def test_quiet_hours_active_days_and_away_time_round_trip() -> None:
    settings = Settings(
        quiet_hours=QuietHours(time(21, 30), time(7, 0)),
        active_days=frozenset({Weekday.MON, Weekday.TUE, Weekday.FRI}),
        away_minutes=20,
    )
    data = settings_to_dict(settings)
    assert data["quiet_hours"] == {"start": "21:30", "end": "07:00"}
    assert data["active_days"] == ["mon", "tue", "fri"]
    assert data["away_minutes"] == 20
    back = settings_from_dict(json.loads(json.dumps(data)))
    assert back == settings
    assert back.active_days == settings.active_days


def test_by_default_every_day_is_active_and_there_are_no_quiet_hours() -> None:
    settings = settings_from_dict({"reminders": []})
    assert settings.active_days == ALL_DAYS
    assert settings.quiet_hours is None
    assert settings_to_dict(Settings())["quiet_hours"] is None


@pytest.mark.parametrize(
    "data",
    [
        {"quiet_hours": "21:00-08:00"},
        {"quiet_hours": {"start": "21:00"}},
        {"quiet_hours": {"start": "21:00", "end": "21:00"}},
        {"quiet_hours": {"start": "25:00", "end": "08:00"}},
        {"quiet_hours": {"start": 21, "end": 8}},
        {"active_days": []},
        {"active_days": "mon"},
        {"active_days": ["mon", 2]},
        {"active_days": ["someday"]},
        {"away_minutes": 0},
        {"away_minutes": 241},
        {"away_minutes": True},
    ],
)
def test_bad_quiet_hours_active_days_and_away_time_are_settings_errors(data: object) -> None:
    with pytest.raises(SettingsError):
        settings_from_dict(data)


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=20), children, max_size=4)
    ),
    max_leaves=20,
)
_time_text = st.from_regex(r"\A\d{1,2}:\d{2}\Z") | st.text(max_size=8)
_day_text = st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "", "x"])
_reminder = st.fixed_dictionaries(
    {"time": _time_text},
    optional={"days": st.lists(_day_text, max_size=8) | _json},
)
_shaped = st.fixed_dictionaries(
    {},
    optional={
        "version": st.integers(-2, 5) | _json,
        "reminders": st.lists(_reminder | _json, max_size=6) | _json,
        "late_window_minutes": st.integers(-5, 2000) | _json,
        "snooze_minutes": st.integers(-5, 300) | _json,
        "quiet_hours": st.none()
        | st.fixed_dictionaries({"start": _time_text, "end": _time_text})
        | _json,
        "active_days": st.lists(_day_text, max_size=8) | _json,
        "away_minutes": st.integers(-5, 300) | _json,
    },
)


@given(st.one_of(_json, _shaped))
@example({"reminders": [{"time": "10:00", "days": ["mon"]}], "snooze_minutes": 2**70})
def test_from_dict_gives_valid_settings_or_input_error_for_any_data(data: object) -> None:
    try:
        settings = settings_from_dict(data)
    except InputError:
        return
    assert 1 <= settings.late_window_minutes <= 24 * 60
    assert 1 <= settings.snooze_minutes <= 240
    assert len(settings.reminders) <= MAX_REMINDERS
    keys = [(r.hour, r.minute) for r in settings.reminders]
    assert keys == sorted(set(keys))
    for reminder in settings.reminders:
        assert 0 <= reminder.hour <= 23
        assert 0 <= reminder.minute <= 59
        assert reminder.days
    assert settings.active_days
    assert 1 <= settings.away_minutes <= 240
    assert settings_from_dict(settings_to_dict(settings)) == settings
