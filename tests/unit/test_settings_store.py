"""The settings file: defaults when absent, a broken one kept aside once, atomic saves."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.settings import Settings
from smallsteps.storage.settings_store import load_settings, save_settings

DEFAULT_TIMES = ["10:30", "14:30", "18:00"]


def _times(settings: Settings) -> list[str]:
    return [r.label for r in settings.reminders]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_no_file_means_the_defaults_and_no_notice(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "settings.json")
    assert _times(loaded.settings) == DEFAULT_TIMES
    assert loaded.settings == Settings()
    assert loaded.notice is None
    assert list(tmp_path.iterdir()) == []


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        reminders=(
            ReminderTime(7, 15, frozenset({Weekday.MON, Weekday.WED})),
            ReminderTime(20, 0),
        ),
        late_window_minutes=45,
        snooze_minutes=30,
    )
    save_settings(path, settings)
    loaded = load_settings(path)
    assert loaded.notice is None
    assert loaded.settings == settings
    assert {r.label: r.days for r in loaded.settings.reminders} == {
        "07:15": frozenset({Weekday.MON, Weekday.WED}),
        "20:00": frozenset(Weekday),
    }
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["reminders"][0] == {"time": "07:15", "days": ["mon", "wed"]}
    assert path.read_text(encoding="utf-8").endswith("}\n")


def test_saved_settings_are_private_even_over_a_public_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    save_settings(path, Settings())
    assert _mode(path) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_save_that_fails_midway_leaves_the_old_file_and_no_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings())
    before = path.read_bytes()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        save_settings(path, Settings(snooze_minutes=5))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00\x81garbage",
        b"",
        b"{",
        b"not json at all",
        b"[1, 2, 3]",
        b'"settings"',
        b"null",
        b'{"reminders": "soon"}',
        b'{"reminders": [{"days": ["mon"]}]}',
        b'{"snooze_minutes": 0}',
        b'{"late_window_minutes": true}',
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=lambda c: repr(c[:24]),
)
def test_an_unusable_file_is_kept_aside_once_and_defaults_are_used(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert _times(loaded.settings) == DEFAULT_TIMES
    assert not path.exists()
    (kept,) = tmp_path.iterdir()
    assert kept.name.startswith("settings.json.unreadable-")
    assert kept.read_bytes() == content
    assert loaded.notice is not None
    assert kept.name in loaded.notice
    assert len(loaded.notice.splitlines()) == 1
    again = load_settings(path)
    assert again.notice is None
    assert _times(again.settings) == DEFAULT_TIMES
    assert list(tmp_path.iterdir()) == [kept]


@pytest.mark.parametrize(
    "content",
    [
        b'{"reminders": [{"time": "25:00"}]}',
        b'{"reminders": [{"time": "9h"}]}',
        b'{"reminders": [{"time": "10:00", "days": ["someday"]}]}',
        b'{"snooze_minutes": ' + b"9" * 5000 + b"}",
    ],
    ids=["hour-25", "9h", "unknown-day", "5000-digit-number"],
)
def test_a_file_with_a_bad_value_is_kept_aside_too(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = load_settings(path)
    assert _times(loaded.settings) == DEFAULT_TIMES
    assert loaded.notice is not None
    (kept,) = tmp_path.iterdir()
    assert kept.read_bytes() == content


def test_the_notice_names_the_kept_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{oops", encoding="utf-8")
    moment = datetime(2026, 11, 28, 9, 42, 24, tzinfo=ZoneInfo("UTC"))
    with time_machine.travel(moment, tick=False):
        loaded = load_settings(path)
    assert loaded.notice == (
        "Your settings file could not be read, so the usual settings are in use. "
        "The old file is kept as settings.json.unreadable-20261128-094224."
    )
    assert (tmp_path / "settings.json.unreadable-20261128-094224").read_text() == "{oops"


def test_two_broken_files_in_the_same_second_are_both_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    moment = datetime(2026, 11, 28, 9, 42, 24, tzinfo=ZoneInfo("UTC"))
    with time_machine.travel(moment, tick=False):
        path.write_text("first broken file", encoding="utf-8")
        load_settings(path)
        path.write_text("second broken file", encoding="utf-8")
        load_settings(path)
    kept = sorted(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())
    assert kept == ["first broken file", "second broken file"]
