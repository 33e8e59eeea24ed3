"""The command line, run as a person runs it: a separate process on a temporary data folder."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from tests.support.journals import open_journal, seed_keyring

from smallsteps import __version__
from smallsteps.core.models import ReminderTime, Step, new_step_id
from smallsteps.core.settings import Settings
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import save_settings

SMALLSTEPS = Path(sys.executable).with_name("smallsteps")
REPO = Path(__file__).resolve().parents[2]


def _run(
    data_dir: Path, *args: str | bytes, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    assert SMALLSTEPS.is_file(), SMALLSTEPS
    return subprocess.run(  # noqa: PLW1510 - the exit code is what the tests check
        [SMALLSTEPS, "--data-dir", data_dir, *args],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=20,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "tests.support.fake_keyring.FileKeyring",
            "FAKE_KEYRING_FILE": str(data_dir.parent / "keyring.json"),
            **(env or {}),
        },
    )


def _steps(data_dir: Path) -> list[Step]:
    """Read the journal with the key the command line keeps in the test keyring."""
    journal = open_journal(data_dir / "journal.sqlite3", data_dir / "backups", key=None)
    try:
        keyring_file = data_dir.parent / "keyring.json"
        if keyring_file.exists():
            account = DataPaths(data_dir).keyring_account
            for name, value in json.loads(keyring_file.read_text()).items():
                if name.endswith("\n" + account):
                    journal.unlock(base64.b64decode(value))
        return list(journal.iter_steps())
    finally:
        journal.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder that already holds one step and some chosen reminder times."""
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    seed_keyring(folder, tmp_path / "keyring.json")
    journal = open_journal(folder / "journal.sqlite3", folder / "backups")
    journal.add(Step(new_step_id(), "rest", datetime(2026, 11, 27, 21, 0, tzinfo=UTC), "tea", 3))
    journal.close()
    save_settings(
        folder / "settings.json",
        Settings(reminders=(ReminderTime(9, 0), ReminderTime(17, 45))),
    )
    return folder


def test_record_then_export_shows_the_step(tmp_path: Path) -> None:
    folder = tmp_path / "new-data"
    note = 'around the block, twice "slowly"\nthen home 🌳'
    kept = _run(
        folder, "record", "walk", "--note", note, "--feeling", "4", "--at", "2026-11-28T14:30+01:00"
    )
    assert (kept.returncode, kept.stderr) == (0, "")
    assert kept.stdout == "Kept: A short walk outside, 2026-11-28 14:30.\n"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    as_json = _run(folder, "export", "--format", "json")
    assert (as_json.returncode, as_json.stderr) == (0, "")
    data = json.loads(as_json.stdout)
    assert data["format_version"] == 1
    (item,) = data["steps"]
    assert item["kind"] == "walk"
    assert item["note"] == note
    assert item["feeling"] == 4
    assert item["taken_at"] == "2026-11-28T14:30:00+01:00"

    as_csv = _run(folder, "export", "--format", "csv")
    assert (as_csv.returncode, as_csv.stderr) == (0, "")
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout, newline="")))
    assert rows == [
        {
            "id": item["id"],
            "taken_at": "2026-11-28T14:30:00+01:00",
            "kind": "walk",
            "note": note,
            "feeling": "4",
        }
    ]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["record", "jog"], "“jog” is not one of the steps. The steps are: breathe, walk, rest"),
        (["record", "walk", "--feeling", "7"], "A feeling is a number from 1 to 5"),
        (["record", "walk", "--feeling", "0"], "A feeling is a number from 1 to 5"),
        (["record", "walk", "--at", "yesterday-ish"], "“yesterday-ish” is not a date and time"),
        (["reminders", "add", "24:00"], "“24:00” is not a time of day"),
        (["reminders", "add", "9h"], "“9h” is not a time; please use HH:MM"),
        (["reminders", "add", "08:00", "--days", "funday"], "“funday” is not a day"),
        (["reminders", "remove", "07:00"], "There is no reminder at 07:00."),
        (["record"], "the following arguments are required: kind"),
        (["export", "--format", "xml"], "invalid choice"),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else "",
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    data_dir: Path, args: list[str], says: str
) -> None:
    steps_before = _steps(data_dir)
    settings_before = (data_dir / "settings.json").read_bytes()
    result = _run(data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("smallsteps: ")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert says in result.stderr
    assert _steps(data_dir) == steps_before
    assert (data_dir / "settings.json").read_bytes() == settings_before
    assert sorted(p.name for p in data_dir.iterdir()) == ["journal.sqlite3", "settings.json"]


def test_reminders_add_list_remove_round_trip(data_dir: Path) -> None:
    added = _run(data_dir, "reminders", "add", "7:15", "--days", "mon,wed")
    assert (added.returncode, added.stdout, added.stderr) == (
        0,
        "Nudges will come at 07:15.\n",
        "",
    )
    listed = _run(data_dir, "reminders", "list")
    assert listed.returncode == 0
    assert listed.stdout.splitlines() == ["07:15  mon,wed", "09:00  every day", "17:45  every day"]
    assert stat.S_IMODE((data_dir / "settings.json").stat().st_mode) == 0o600

    removed = _run(data_dir, "reminders", "remove", "07:15")
    assert (removed.returncode, removed.stdout) == (0, "No more nudges at 07:15.\n")
    listed = _run(data_dir, "reminders", "list")
    assert listed.stdout.splitlines() == ["09:00  every day", "17:45  every day"]


def test_nudge_without_the_app_running_says_so(tmp_path: Path) -> None:
    result = _run(tmp_path / "data", "nudge")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "smallsteps: Small Steps is not running, so no nudge was sent. Start it with: smallsteps\n"
    )


def test_version(tmp_path: Path) -> None:
    result = _run(tmp_path / "data", "--version")
    assert (result.returncode, result.stdout) == (0, f"smallsteps {__version__}\n")
    assert not (tmp_path / "data").exists()


def test_a_corrupt_settings_file_is_moved_aside_and_mentioned_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "settings.json").write_bytes(b"{ this is not json")
    first = _run(folder, "reminders", "list")
    assert first.returncode == 0
    assert first.stdout.splitlines() == ["10:30  every day", "14:30  every day", "18:00  every day"]
    (kept,) = folder.glob("settings.json.unreadable-*")
    assert kept.read_bytes() == b"{ this is not json"
    assert not (folder / "settings.json").exists()
    assert first.stderr.count(kept.name) == 1, first.stderr
    assert len(first.stderr.splitlines()) == 1, first.stderr
    assert "could not be read" in first.stderr

    second = _run(folder, "reminders", "list")
    assert (second.returncode, second.stderr) == (0, "")


def test_a_time_without_offset_gets_the_offset_of_that_date(tmp_path: Path) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Pick a date in the other half of the year from today, so "now" has the other offset.
    now_offset = datetime.now(berlin).utcoffset()
    day = "2026-01-15" if now_offset == timedelta(hours=2) else "2026-07-15"
    expected = "+01:00" if day.endswith("01-15") else "+02:00"
    folder = tmp_path / "data"
    kept = _run(folder, "record", "rest", "--at", f"{day}T12:00", env={"TZ": "Europe/Berlin"})
    assert kept.returncode == 0, kept.stderr
    (step,) = json.loads(_run(folder, "export").stdout)["steps"]
    assert step["taken_at"] == f"{day}T12:00:00{expected}"


def test_a_note_with_undecodable_bytes_is_refused_or_kept_never_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    result = _run(folder, "record", "walk", "--note", b"caf\xe9 au lait")
    assert "Traceback" not in result.stderr, result.stderr
    if result.returncode == 2:
        assert len(result.stderr.splitlines()) == 1
        assert not folder.joinpath("journal.sqlite3").exists() or _steps(folder) == []
        return
    assert result.returncode == 0
    exported = _run(folder, "export")
    assert exported.returncode == 0
    (step,) = json.loads(exported.stdout)["steps"]
    assert step["note"].startswith("caf")
    assert step["note"].endswith(" au lait")
