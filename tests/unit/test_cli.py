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
from smallsteps.services.language import standalone_translate
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import save_settings

SMALLSTEPS = Path(sys.executable).with_name("smallsteps")
REPO = Path(__file__).resolve().parents[2]
ENGLISH = {"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}
"""A system without a language: the command line speaks English (whatever the test host speaks)."""
GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
"""A German desktop, as the e2e tests start one."""


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
            **ENGLISH,
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


# -- in the person's language --------------------------------------------------------


def _german(context: str, source: str) -> str:
    """The German of a text as the compiled file has it (a text not yet translated fails)."""
    text = standalone_translate("de")(context, source)
    assert text != source, f"{context}: {source!r} has no German yet (scripts/translations.py)"
    return text


def test_a_bad_time_is_refused_in_german_in_one_line(data_dir: Path) -> None:
    settings_before = (data_dir / "settings.json").read_bytes()
    result = _run(data_dir, "reminders", "add", "25:00", env=GERMAN)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "smallsteps: „25:00“ ist keine Uhrzeit des Tages; möglich sind 00:00 bis 23:59.\n"
    )
    assert (data_dir / "settings.json").read_bytes() == settings_before

    english = _run(data_dir, "reminders", "add", "25:00")
    assert english.stderr == (
        "smallsteps: “25:00” is not a time of day; please use 00:00 to 23:59.\n"
    )


def test_record_names_the_step_in_german_and_keeps_it_as_ever(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    kept = _run(folder, "record", "walk", "--at", "2026-11-28T14:30+01:00", env=GERMAN)
    assert (kept.returncode, kept.stderr) == (0, "")
    assert "Ein kurzer Gang nach draußen, 2026-11-28 14:30." in kept.stdout
    assert "walk" not in kept.stdout
    (step,) = json.loads(_run(folder, "export", env=GERMAN).stdout)["steps"]
    assert (step["kind"], step["taken_at"]) == ("walk", "2026-11-28T14:30:00+01:00")


def test_record_says_kept_in_german(tmp_path: Path) -> None:
    said = _german("Cli", "Kept: {step}, {when}.").format(step="Ausruhen", when="2026-11-28 21:00")
    kept = _run(tmp_path / "data", "record", "rest", "--at", "2026-11-28T21:00+01:00", env=GERMAN)
    assert (kept.returncode, kept.stdout, kept.stderr) == (0, said + "\n", "")


def test_the_settings_language_comes_before_the_systems(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    save_settings(folder / "settings.json", Settings(language="de"))
    kept = _run(folder, "record", "rest", "--at", "2026-11-28T21:00+01:00")
    assert (kept.returncode, kept.stderr) == (0, "")
    assert "Ausruhen, 2026-11-28 21:00." in kept.stdout

    save_settings(folder / "settings.json", Settings(language="en"))
    kept = _run(folder, "record", "rest", "--at", "2026-11-28T21:05+01:00", env=GERMAN)
    assert (kept.returncode, kept.stdout, kept.stderr) == (0, "Kept: Rest, 2026-11-28 21:05.\n", "")


def test_a_file_that_is_no_export_is_refused_in_german(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"hello": "there"}', encoding="utf-8")
    result = _run(tmp_path / "data", "import", str(other), env=GERMAN)
    assert (result.returncode, result.stdout) == (3, "")
    assert result.stderr == "smallsteps: Diese JSON-Datei ist kein Export von Small Steps.\n"


def test_a_refused_row_gives_its_reason_in_german(tmp_path: Path) -> None:
    export = tmp_path / "export.json"
    export.write_text(
        json.dumps({"format_version": 1, "steps": [{"id": new_step_id(), "kind": "walk"}]}),
        encoding="utf-8",
    )
    result = _run(tmp_path / "data", "import", str(export), env=GERMAN)
    assert result.returncode == 2
    # The row's frame is the command line's own (German once translated); the reason is German.
    frame = standalone_translate("de")("Cli", "row {row}: not imported, because {reason}")
    assert result.stderr == frame.format(row=1, reason="die Zeit fehlt") + "\n"


def test_closed_notes_are_explained_in_german_and_nothing_is_kept(data_dir: Path) -> None:
    steps_before = _steps(data_dir)
    (data_dir.parent / "keyring.json").write_text("{}")
    result = _run(data_dir, "record", "walk", "--note", "am Fluss", env=GERMAN)
    assert (result.returncode, result.stdout) == (3, "")
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(
        "smallsteps: Der Schlüssel zu deinen Notizen ist nicht in deinem Schlüsselbund."
    )
    seed_keyring(data_dir, data_dir.parent / "keyring.json")
    assert _steps(data_dir) == steps_before


def test_help_follows_the_systems_language(tmp_path: Path) -> None:
    description = "Small Steps: a gentle self-care companion in your system tray."
    english = _run(tmp_path / "data", "--help")
    assert english.returncode == 0
    assert description in english.stdout
    german = _run(tmp_path / "data", "--help", env=GERMAN)
    assert (german.returncode, german.stderr) == (0, "")
    expected = _german("Cli", description)
    assert " ".join(expected.split()) in " ".join(german.stdout.split())
    assert description not in german.stdout


def test_nudge_without_the_app_says_so_in_german(tmp_path: Path) -> None:
    source = "Small Steps is not running, so no nudge was sent. Start it with: {command}"
    said = _german("Cli", source).format(command="smallsteps")
    result = _run(tmp_path / "data", "nudge", env=GERMAN)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", f"smallsteps: {said}\n")
