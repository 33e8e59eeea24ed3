"""Fuzzing the settings file: whatever is in it, loading never breaks and loses nothing.

A file that holds usable settings is read and left exactly as it is. Anything else
(any bytes, any JSON shape, settings with one field gone wrong, TOML) is renamed
aside byte for byte, the usual settings are used and one line says so. No other
file in the data folder changes either way.

Each test prints ``fuzz: <target>: <N> generated cases`` (see ``tests/support/fuzzcount.py``).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import replace
from datetime import time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.support.fuzzcount import report_cases

from smallsteps.core.catalog import DEFAULT_CATALOG, new_kind
from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import (
    MAX_REMINDERS,
    Settings,
    settings_from_dict,
    settings_to_dict,
)
from smallsteps.storage.settings_store import LoadedSettings, load_settings

FUZZ = settings(
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_ASIDE = re.compile(r"^settings\.json\.unreadable-\d{8}-\d{6}(-\d+)?$")
# Files of the person's own that a settings load must never touch.
_NEIGHBOURS = {
    "journal.sqlite3": b"SQLite format 3\x00" + bytes(range(256)),
    "state.json": b'{"paused_until": null}\n',
    "backups/journal-20260101-101010.daily.sqlite3": b"not really a database",
    "settings.json.unreadable-20200101-000000": b"an older file set aside",
}
_KEYS = (
    "version",
    "reminders",
    "late_window_minutes",
    "snooze_minutes",
    "quiet_hours",
    "active_days",
    "away_minutes",
    "steps",
)
_INT_RANGES = {
    "late_window_minutes": (1, 24 * 60),
    "snooze_minutes": (1, 240),
    "away_minutes": (1, 240),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class _Cases:
    """A fresh data folder per generated case, under the test's tmp_path."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def folder(self) -> Path:
        self.count += 1
        folder = self.root / f"case-{self.count}"
        for name, data in _NEIGHBOURS.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        return folder


def _load_and_check(folder: Path, raw: bytes) -> LoadedSettings:
    """Write ``raw`` as the settings file, load it and check every promise."""
    path = folder / "settings.json"
    path.write_bytes(raw)
    before = _snapshot(folder)

    loaded = load_settings(path)  # must never raise

    after = _snapshot(folder)
    assert isinstance(loaded.settings, Settings)
    # What comes back is always settings the app can keep and read again.
    assert settings_from_dict(settings_to_dict(loaded.settings)) == loaded.settings
    if loaded.notice is None:
        assert after == before, "usable settings were changed on disk"
        return loaded
    # Refused: the defaults, one kind line, and the file kept aside byte for byte.
    assert loaded.settings == Settings()
    assert "\n" not in loaded.notice
    assert "\r" not in loaded.notice
    assert loaded.notice.startswith("Your settings file could not be read")
    gone = set(before) - set(after)
    new = set(after) - set(before)
    assert gone == {"settings.json"}, gone
    assert len(new) == 1, new
    (aside,) = new
    assert _ASIDE.match(aside), aside
    assert after[aside] == raw
    assert aside in loaded.notice
    assert all(after[name] == before[name] for name in before if name != "settings.json")
    # The rename makes the notice come once: the next start is quiet, with defaults.
    again = load_settings(path)
    assert again == LoadedSettings(Settings())
    assert _snapshot(folder) == after
    return loaded


def _run(target: str, prop: Callable[[], None], counter: list[int]) -> None:
    try:
        prop()
    finally:
        report_cases(target, counter[0])


# -- strategies -----------------------------------------------------------------

_weekdays = st.frozensets(st.sampled_from(list(Weekday)), min_size=1)
_reminders = st.builds(ReminderTime, st.integers(0, 23), st.integers(0, 59), _weekdays)
_clock = st.builds(time, st.integers(0, 23), st.integers(0, 59))
_quiet = st.none() | st.tuples(_clock, _clock).filter(lambda t: t[0] != t[1]).map(
    lambda t: QuietHours(*t)
)
valid_settings = st.builds(
    Settings,
    reminders=st.lists(_reminders, max_size=8).map(tuple),
    late_window_minutes=st.integers(1, 24 * 60),
    snooze_minutes=st.integers(1, 240),
    quiet_hours=_quiet,
    active_days=_weekdays,
    away_minutes=st.integers(1, 240),
    steps=st.sampled_from(
        [
            DEFAULT_CATALOG,
            (
                *DEFAULT_CATALOG[2:],
                replace(DEFAULT_CATALOG[0], hidden=True),
                replace(DEFAULT_CATALOG[1], label="A walk, any length"),
                new_kind("Tea with a friend", DEFAULT_CATALOG),
            ),
        ]
    ),
)
_json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(st.characters() | st.characters(categories=["Cs"]), max_size=30)
    | st.sampled_from(["10:30", "24:00", "9:5", "mon", "every day", "", " 14:30 ", "٠٩:٣٠"])
)
json_values = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.sampled_from(_KEYS) | st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=25,
)


def _encode(value: Any, ascii_only: bool) -> bytes:
    text = json.dumps(value, ensure_ascii=ascii_only)
    # Lone surrogates survive as \\u escapes with ensure_ascii, or as broken UTF-8 without.
    return text.encode("utf-8", errors="surrogatepass")


# -- any bytes ------------------------------------------------------------------


def test_any_bytes_are_read_or_set_aside(tmp_path: Path) -> None:
    cases = _Cases(tmp_path)
    counter = [0]

    @FUZZ
    @given(
        raw=st.binary(max_size=4096)
        | valid_settings.map(lambda s: json.dumps(settings_to_dict(s)).encode()).flatmap(
            # a real file, cut short or with one byte changed
            lambda good: st.one_of(
                st.integers(0, len(good)).map(lambda n: good[:n]),
                st.tuples(st.integers(0, len(good) - 1), st.integers(0, 255)).map(
                    lambda p: good[: p[0]] + bytes([p[1]]) + good[p[0] + 1 :]
                ),
            )
        )
    )
    @example(raw=b"")
    @example(raw=b"\x00" * 64)
    @example(raw=b"\xef\xbb\xbf{}")  # a byte-order mark, as some editors write
    @example(raw=b"\xff\xfe{\x00}\x00")  # UTF-16
    @example(raw=b"[" * 4000)  # deeper than the JSON parser's recursion
    @example(raw=b'{"version": ' + b"9" * 5000 + b"}")  # longer than int() takes
    @example(raw=b"null")
    @example(raw=b'{"reminders": [{"time": "\\ud800"}]}')
    def prop(raw: bytes) -> None:
        counter[0] += 1
        _load_and_check(cases.folder(), raw)

    _run("settings file: any bytes", prop, counter)


# -- any JSON shape -------------------------------------------------------------


def test_any_json_shape_is_read_or_set_aside(tmp_path: Path) -> None:
    cases = _Cases(tmp_path)
    counter = [0]

    @FUZZ
    @given(value=json_values, ascii_only=st.booleans())
    @example(value={}, ascii_only=True)
    @example(value=[], ascii_only=True)
    @example(value={"version": True}, ascii_only=True)
    @example(value={"reminders": [{"time": "10:30", "days": []}]}, ascii_only=True)
    @example(value={"quiet_hours": {"start": "21:00", "end": "21:00"}}, ascii_only=True)
    @example(value={"reminders": [{"time": f"{h:02d}:00"} for h in range(24)] * 3}, ascii_only=True)
    def prop(value: Any, ascii_only: bool) -> None:
        counter[0] += 1
        loaded = _load_and_check(cases.folder(), _encode(value, ascii_only))
        outcomes.add(loaded.notice is None)
        if loaded.notice is None:
            assert loaded.settings == settings_from_dict(value)

    outcomes: set[bool] = set()
    _run("settings file: any JSON shape", prop, counter)
    assert outcomes == {True, False}, "the shapes never reached one of the two outcomes"


# -- near-valid settings with one field gone wrong -----------------------------


def _expected_ok(key: str, value: Any) -> bool | None:
    """Whether a file with ``key`` set to ``value`` is usable (``None``: not judged here)."""
    if key in _INT_RANGES:
        low, high = _INT_RANGES[key]
        return type(value) is int and low <= value <= high
    if key == "version":
        return type(value) is int and value >= 1
    return None


_interesting = {
    "late_window_minutes": st.sampled_from([0, 1, 1440, 1441, -5, 60.0, "60", True, None]),
    "snooze_minutes": st.sampled_from([0, 1, 240, 241, 15.5, "15", False, None, [15]]),
    "away_minutes": st.sampled_from([0, 1, 240, 241, -1, "5", None, {}]),
    "version": st.sampled_from([0, 1, 2, 99, -1, "1", 1.0, True, None]),
    "quiet_hours": st.sampled_from(
        [
            None,
            {},
            {"start": "21:00"},
            {"start": "21:00", "end": "21:00"},
            {"start": "21:00", "end": "8:00"},
            {"start": "25:00", "end": "08:00"},
            {"start": 21, "end": 8},
            "21:00-08:00",
        ]
    ),
    "active_days": st.sampled_from(
        [[], ["mon"], ["monday"], ["mo"], ["funday"], "mon", [1], ["every day"], ["all", "mon"]]
    ),
    "steps": st.sampled_from(
        [
            None,
            [],
            {},
            "walk",
            [{"id": "walk", "label": "Walk", "icon": "walk", "suggestion": "Out."}],
            [{"id": "walk", "label": "Walk", "icon": "no-such-icon", "suggestion": "Out."}],
            [{"id": "walk", "label": "Walk", "icon": "walk"}],
            [{"id": "walk", "label": "Walk", "icon": "walk", "suggestion": "", "hidden": "no"}],
            [{"id": "walk", "label": "Walk", "icon": "walk", "suggestion": "", "hidden": True}],
            [{"id": "walk", "label": "Walk", "icon": "walk", "suggestion": ""}] * 2,
            [{"id": "walk\n", "label": "Walk", "icon": "walk", "suggestion": ""}],
            [{"id": "Walk", "label": "Walk", "icon": "walk", "suggestion": ""}],
            [{"id": "walk", "label": "Walk\non two lines", "icon": "walk", "suggestion": ""}],
            [{"id": "walk", "label": "  ", "icon": "walk", "suggestion": ""}],
            [{"id": "walk", "label": "W" * 61, "icon": "walk", "suggestion": ""}],
            [
                {"id": f"s{n}", "label": f"S{n}", "icon": "walk", "suggestion": ""}
                for n in range(41)
            ],
            [{"id": "x" * 41, "label": "X", "icon": "walk", "suggestion": ""}],
            ["walk"],
        ]
    ),
    "reminders": st.sampled_from(
        [
            [],
            {},
            [{}],
            [{"time": "10:30"}],
            [{"time": "10:30", "days": []}],
            [{"time": "10:30", "days": ["xyz"]}],
            [{"time": "10:60"}],
            [{"time": 1030}],
            [{"time": "10:30"}, {"time": "10:30"}],
            [{"time": f"{m // 60:02d}:{m % 60:02d}"} for m in range(0, 49 * 15, 15)],
            ["10:30"],
        ]
    ),
}


@st.composite
def near_valid(draw: st.DrawFn) -> tuple[dict[str, Any], str, Any]:
    data = settings_to_dict(draw(valid_settings))
    how = draw(st.sampled_from(["drop", "interesting", "any", "unknown", "reminder"]))
    key = draw(st.sampled_from(_KEYS))
    if how == "drop":
        del data[key]
        return data, key, "<dropped>"
    if how == "unknown":
        extra = draw(st.text(min_size=1, max_size=12).filter(lambda k: k not in _KEYS))
        data[extra] = draw(json_values)
        return data, extra, data[extra]
    if how == "reminder" and data["reminders"]:
        index = draw(st.integers(0, len(data["reminders"]) - 1))
        field = draw(st.sampled_from(["time", "days"]))
        data["reminders"][index][field] = draw(json_values | _interesting["reminders"])
        return data, "reminders", data["reminders"]
    value = draw(_interesting[key] if how == "interesting" else json_values)
    data[key] = value
    return data, key, value


def test_settings_with_one_field_gone_wrong(tmp_path: Path) -> None:
    cases = _Cases(tmp_path)
    counter = [0]

    @FUZZ
    @given(case=near_valid())
    def prop(case: tuple[dict[str, Any], str, Any]) -> None:
        counter[0] += 1
        data, key, value = case
        loaded = _load_and_check(cases.folder(), json.dumps(data).encode())
        outcomes.add(loaded.notice is None)
        expected = None if value == "<dropped>" else _expected_ok(key, value)
        if expected is not None:
            assert (loaded.notice is None) == expected, (key, value, loaded.notice)
        if loaded.notice is None and key in _INT_RANGES and value != "<dropped>":
            assert getattr(loaded.settings, key) == value
        if loaded.notice is None and key == "reminders":
            assert len(loaded.settings.reminders) <= MAX_REMINDERS

    outcomes: set[bool] = set()
    _run("settings file: near-valid, one field mutated", prop, counter)
    assert outcomes == {True, False}, "the mutations never reached one of the two outcomes"


# -- TOML is not the settings format: refused just as kindly --------------------


def _toml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_scalar(v) for v in value) + "]"
    if isinstance(value, dict):  # an inline table; TOML has no null, so those keys are left out
        pairs = (f"{json.dumps(k)} = {_toml_scalar(v)}" for k, v in value.items() if v is not None)
        return "{" + ", ".join(pairs) + "}"
    return json.dumps(value)  # a basic TOML string is written like a JSON string


def _to_toml(data: dict[str, Any], junk: list[str]) -> str:
    lines = [f"{line}" for line in junk]
    for key, value in data.items():
        if key in ("reminders", "quiet_hours") or value is None:
            continue
        lines.append(f"{key} = {_toml_scalar(value)}")
    if data.get("quiet_hours"):
        lines.append("[quiet_hours]")
        lines += [f"{k} = {_toml_scalar(v)}" for k, v in data["quiet_hours"].items()]
    for reminder in data.get("reminders", []):
        lines.append("[[reminders]]")
        lines += [f"{k} = {_toml_scalar(v)}" for k, v in reminder.items()]
    return "\n".join(lines) + "\n"


def test_toml_settings_are_refused_kindly(tmp_path: Path) -> None:
    cases = _Cases(tmp_path)
    counter = [0]

    @FUZZ
    @given(
        settings_=valid_settings,
        junk=st.lists(
            st.sampled_from(["# my settings", "", "title = 'Small Steps'", "[meta]\nx = 1"]),
            max_size=3,
            unique=True,
        ),
    )
    def prop(settings_: Settings, junk: list[str]) -> None:
        counter[0] += 1
        text = _to_toml(settings_to_dict(settings_), junk)
        tomllib.loads(text)  # it really is TOML
        loaded = _load_and_check(cases.folder(), text.encode("utf-8"))
        assert loaded.notice is not None, text

    _run("settings file: TOML text", prop, counter)
