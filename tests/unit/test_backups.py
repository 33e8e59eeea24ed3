"""Backups kept and pruned, a damaged journal recovered, a backup restored, all data deleted."""

from __future__ import annotations

import random
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
import time_machine
from keyring.errors import KeyringLocked
from tests.support.journals import TEST_KEY, open_journal
from tests.support.memory_keyring import MemoryKeyring

from smallsteps.core.models import Step
from smallsteps.storage.backup import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    BackupInfo,
    is_intact,
    list_backups,
    recover_if_damaged,
    restore_backup,
)
from smallsteps.storage.erase import delete_all_data
from smallsteps.storage.journal import Journal
from smallsteps.storage.keys import KeyManager
from smallsteps.storage.keystore import SERVICE, KeyringKeyStore
from smallsteps.storage.paths import DataPaths

MONDAY = datetime(2026, 11, 2, 21, 30, 15)  # ISO week 45 of 2026
NOTE = "the secret I keep in my journal"


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    data = DataPaths(tmp_path / "data")
    data.root.mkdir(mode=0o700)
    return data


@pytest.fixture
def journal(paths: DataPaths) -> Iterator[Journal]:
    opened = open_journal(paths.journal, paths.backups)
    yield opened
    opened.close()


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _step(number: int, note: str | None = NOTE) -> Step:
    return Step(
        f"s{number:03d}", "walk", datetime(2026, 10, 1, tzinfo=UTC) + timedelta(number), note
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _ids(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        try:
            return [r[0] for r in conn.execute("SELECT id FROM steps ORDER BY id")]
        except sqlite3.OperationalError:  # no steps table: the file holds no journal at all
            return []


def _damage(path: Path, seed: int = 7) -> None:
    """Write random bytes over every page of the file after its 100-byte header."""
    size = path.stat().st_size
    assert size > 4096, "a journal with more than one page"
    noise = random.Random(seed).randbytes(size - 100)
    with path.open("r+b") as handle:
        handle.seek(100)
        handle.write(noise)


def _take(journal: Journal, days: list[datetime]) -> list[Path]:
    taken = []
    for number, day in enumerate(days):
        journal.add(_step(number))
        taken.append(journal.backup(day))
    return taken


# --- taking and pruning -------------------------------------------------------------------


def test_ten_days_keep_seven_dailies_and_the_weekly_of_each_week(
    journal: Journal, paths: DataPaths
) -> None:
    days = [MONDAY + timedelta(days=n) for n in range(10)]  # Mon 2 .. Wed 11 November
    taken = _take(journal, days)
    kept = list_backups(paths.backups)
    dailies = [b for b in kept if b.kind == "daily"]
    weeklies = [b for b in kept if b.kind == "weekly"]
    assert [b.taken_at for b in dailies] == sorted(days[-KEEP_DAILY:], reverse=True)
    assert [b.path for b in dailies] == taken[: -KEEP_DAILY - 1 : -1]
    assert [b.taken_at for b in weeklies] == [days[7], days[0]]  # the first of weeks 46 and 45
    assert sorted(p.name for p in paths.backups.iterdir()) == sorted(b.name for b in kept)


def test_backups_over_many_weeks_keep_at_most_four_weeklies_one_per_week(
    journal: Journal, paths: DataPaths
) -> None:
    days = [MONDAY + timedelta(days=4 * n, hours=n) for n in range(10)]  # over six weeks
    _take(journal, days)
    kept = list_backups(paths.backups)
    dailies = [b for b in kept if b.kind == "daily"]
    weeklies = [b for b in kept if b.kind == "weekly"]
    assert len(dailies) == KEEP_DAILY
    assert [b.taken_at for b in dailies] == sorted(days[-KEEP_DAILY:], reverse=True)
    assert len(weeklies) == KEEP_WEEKLY
    weeks = [b.taken_at.isocalendar()[:2] for b in weeklies]
    assert len(set(weeks)) == len(weeks)
    all_weeks = sorted({d.isocalendar()[:2] for d in days}, reverse=True)
    assert weeks == all_weeks[:KEEP_WEEKLY]  # the newest four weeks
    for weekly in weeklies:  # each is the first copy taken in its week
        first = min(d for d in days if d.isocalendar()[:2] == weekly.taken_at.isocalendar()[:2])
        assert weekly.taken_at == first


def test_every_copy_is_private_intact_and_holds_the_journal_as_it_was(
    journal: Journal, paths: DataPaths
) -> None:
    days = [MONDAY + timedelta(days=n) for n in range(10)]
    _take(journal, days)
    assert _mode(paths.backups) == 0o700
    kept = list_backups(paths.backups)
    assert len(kept) == KEEP_DAILY + 2
    for backup in kept:
        assert _mode(backup.path) == 0o600, backup.name
        assert is_intact(backup.path), backup.name
        number = days.index(backup.taken_at)
        assert _ids(backup.path) == [f"s{n:03d}" for n in range(number + 1)]
        assert NOTE.encode() not in backup.path.read_bytes()  # notes stay sealed in copies
    newest = open_journal(kept[0].path, paths.root / "elsewhere")
    try:
        assert [s.note for s in newest.iter_steps()] == [NOTE] * 10
    finally:
        newest.close()


def test_list_backups_is_newest_first_and_ignores_other_files(
    journal: Journal, paths: DataPaths
) -> None:
    days = [MONDAY + timedelta(days=n, minutes=n) for n in (3, 0, 2, 1)]  # out of order
    _take(journal, days)
    (paths.backups / "journal-v1-before-migration-20261101-000000.sqlite3").touch()
    (paths.backups / "notes.txt").touch()
    (paths.backups / "journal-2026-11-02.daily.sqlite3").touch()
    kept = list_backups(paths.backups)
    times = [b.taken_at for b in kept]
    assert times == sorted(times, reverse=True)
    assert kept[0].taken_at == days[0]
    assert {b.kind for b in kept} == {"daily", "weekly"}
    assert all(isinstance(b, BackupInfo) and b.path.parent == paths.backups for b in kept)
    assert list_backups(paths.root / "missing") == []


# --- a damaged journal at start -----------------------------------------------------------


def test_an_intact_journal_is_left_alone(journal: Journal, paths: DataPaths) -> None:
    _take(journal, [MONDAY])
    journal.close()
    before = paths.journal.read_bytes()
    assert recover_if_damaged(paths.journal, paths.backups) is None
    assert paths.journal.read_bytes() == before
    names = {p.name for p in paths.root.iterdir()} - {"journal.sqlite3-wal", "journal.sqlite3-shm"}
    assert names == {"backups", "journal.sqlite3"}  # nothing moved aside


def test_no_journal_yet_is_not_damage(paths: DataPaths) -> None:
    assert recover_if_damaged(paths.journal, paths.backups) is None
    paths.journal.touch()  # an empty file left by a crash at the very first start
    assert recover_if_damaged(paths.journal, paths.backups) is None


def test_a_damaged_journal_is_kept_aside_and_the_newest_intact_backup_comes_back(
    journal: Journal, paths: DataPaths
) -> None:
    days = [MONDAY + timedelta(days=n) for n in range(3)]
    taken = _take(journal, days)
    journal.add(_step(99))  # recorded after the last backup: this one is lost
    for number in range(100, 140):
        journal.add(_step(number, NOTE * 20))  # a few pages to damage
    journal.close()
    _damage(taken[-1])  # the newest backup is damaged too: it must be skipped
    _damage(paths.journal)
    assert not is_intact(paths.journal)
    damaged = paths.journal.read_bytes()
    paths.journal.with_name("journal.sqlite3-wal").write_bytes(b"wal left by a crash")

    with time_machine.travel(datetime(2026, 11, 6, 8, 0, 1, tzinfo=ZoneInfo("UTC")), tick=False):
        recovery = recover_if_damaged(paths.journal, paths.backups)

    assert recovery is not None
    assert recovery.restored_from is not None
    assert recovery.restored_from.path == taken[1]
    assert recovery.kept_aside.name.startswith("journal.sqlite3.damaged-")
    assert recovery.kept_aside.parent == paths.root
    assert recovery.kept_aside.read_bytes() == damaged  # never deleted, byte for byte
    aside_wal = recovery.kept_aside.with_name(recovery.kept_aside.name + "-wal")
    assert aside_wal.read_bytes() == b"wal left by a crash"
    assert not paths.journal.with_name("journal.sqlite3-wal").exists()
    assert "damaged" in recovery.message
    assert recovery.kept_aside.name in recovery.message
    assert days[1].strftime("%A %d %B, %H:%M") in recovery.message
    assert "could not be recovered" in recovery.message
    assert "\n" not in recovery.message
    assert is_intact(paths.journal)
    assert _mode(paths.journal) == 0o600
    assert [b.path for b in list_backups(paths.backups)][:2] == [taken[2], taken[1]]  # kept

    reopened = open_journal(paths.journal, paths.backups)
    try:
        assert [s.id for s in reopened.iter_steps()] == ["s000", "s001"]
        assert [s.note for s in reopened.iter_steps()] == [NOTE, NOTE]
    finally:
        reopened.close()


def test_a_damaged_journal_without_any_backup_starts_fresh_and_says_so(
    journal: Journal, paths: DataPaths
) -> None:
    for number in range(40):
        journal.add(_step(number, NOTE * 20))
    journal.close()
    _damage(paths.journal)
    damaged = paths.journal.read_bytes()
    recovery = recover_if_damaged(paths.journal, paths.backups)
    assert recovery is not None
    assert recovery.restored_from is None
    assert recovery.kept_aside.read_bytes() == damaged
    assert "new journal was started" in recovery.message
    assert recovery.kept_aside.name in recovery.message
    assert not paths.journal.exists()
    fresh = open_journal(paths.journal, paths.backups)
    try:
        assert fresh.count() == 0
    finally:
        fresh.close()


def test_only_damaged_backups_also_mean_a_fresh_start(journal: Journal, paths: DataPaths) -> None:
    taken = _take(journal, [MONDAY])
    for number in range(1, 40):
        journal.add(_step(number, NOTE * 20))
    journal.close()
    for path in paths.backups.iterdir():
        path.write_bytes(b"not a database at all" * 500)
    _damage(paths.journal)
    recovery = recover_if_damaged(paths.journal, paths.backups)
    assert recovery is not None
    assert recovery.restored_from is None
    assert taken[0].exists()  # damaged copies are not deleted either


# --- restoring a chosen backup ------------------------------------------------------------


def test_restore_brings_a_backup_back_and_keeps_the_current_journal_aside(
    journal: Journal, paths: DataPaths
) -> None:
    taken = _take(journal, [MONDAY + timedelta(days=n) for n in range(3)])
    journal.add(_step(50))
    journal.close()
    current = paths.journal.read_bytes()
    with time_machine.travel(datetime(2026, 11, 6, 8, 0, 1, tzinfo=ZoneInfo("UTC")), tick=False):
        restored = restore_backup(taken[0].name, paths.backups, paths.journal)
    assert restored.path == taken[0]
    assert _ids(paths.journal) == ["s000"]
    assert _mode(paths.journal) == 0o600
    (aside,) = paths.root.glob("journal.sqlite3.before-restore-*")
    assert aside.read_bytes() == current
    assert _ids(aside) == ["s000", "s001", "s002", "s050"]
    assert taken[0].exists()  # the copy stays a copy
    reopened = open_journal(paths.journal, paths.backups)
    try:
        assert [s.note for s in reopened.iter_steps()] == [NOTE]
    finally:
        reopened.close()


def test_restore_of_an_unknown_name_says_so_kindly_and_changes_nothing(
    journal: Journal, paths: DataPaths
) -> None:
    _take(journal, [MONDAY])
    journal.close()
    before = paths.journal.read_bytes()
    for name in ("journal-20990101-000000.daily.sqlite3", "../journal.sqlite3", "", "notes.txt"):
        with pytest.raises(ValueError, match="There is no backup named") as raised:
            restore_backup(name, paths.backups, paths.journal)
        assert "smallsteps backup list" in str(raised.value)
    assert paths.journal.read_bytes() == before
    assert not list(paths.root.glob("journal.sqlite3.*"))


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(
    journal: Journal, paths: DataPaths
) -> None:
    (taken,) = _take(journal, [MONDAY])
    journal.close()
    taken.write_bytes(b"\x00" * 8192)
    before = paths.journal.read_bytes()
    with pytest.raises(ValueError, match="damaged; please choose another"):
        restore_backup(taken.name, paths.backups, paths.journal)
    assert paths.journal.read_bytes() == before
    assert not list(paths.root.glob("journal.sqlite3.*"))


def test_two_restores_in_the_same_second_keep_the_first_journal_aside(
    journal: Journal, paths: DataPaths
) -> None:
    taken = _take(journal, [MONDAY, MONDAY + timedelta(days=1)])
    journal.add(_step(50))
    journal.close()
    original = paths.journal.read_bytes()
    with time_machine.travel(datetime(2026, 11, 6, 8, 0, 1, tzinfo=ZoneInfo("UTC")), tick=False):
        restore_backup(taken[0].name, paths.backups, paths.journal)
        restore_backup(taken[1].name, paths.backups, paths.journal)  # changed their mind
    kept = [p.read_bytes() for p in paths.root.glob("journal.sqlite3.before-restore-*")]
    assert original in kept, "the journal before the first restore was overwritten"


def test_restore_after_a_crash_keeps_the_steps_still_in_the_wal(
    journal: Journal, paths: DataPaths, tmp_path: Path
) -> None:
    (taken,) = _take(journal, [MONDAY])
    for number in (1, 2, 3):
        journal.add(_step(number))  # committed, still in the WAL (no checkpoint yet)
    crashed = DataPaths(tmp_path / "crashed")  # the files as a SIGKILL would leave them
    crashed.root.mkdir()
    for name in ("journal.sqlite3", "journal.sqlite3-wal"):
        shutil.copyfile(paths.root / name, crashed.root / name)
    shutil.copytree(paths.backups, crashed.backups)
    journal.close()
    assert crashed.journal.with_name("journal.sqlite3-wal").stat().st_size > 0

    restore_backup(taken.name, crashed.backups, crashed.journal)

    (aside,) = crashed.root.glob("journal.sqlite3.before-restore-*[0-9]")
    check = tmp_path / "check"
    check.mkdir()
    for extra in crashed.root.glob(aside.name + "*"):  # the kept file with whatever is beside it
        shutil.copyfile(extra, check / extra.name.replace(aside.name, "journal.sqlite3"))
    assert _ids(check / "journal.sqlite3") == ["s000", "s001", "s002", "s003"], (
        "steps acknowledged before the crash were in the WAL, which restore deleted"
    )


# --- delete all my data -------------------------------------------------------------------


def _fill(paths: DataPaths, ring: MemoryKeyring) -> None:
    journal = Journal(paths.journal, paths.backups)
    keys = KeyManager(journal, KeyringKeyStore(paths.keyring_account))
    assert keys.try_unlock() is None
    journal.add(_step(1))
    journal.backup(MONDAY)
    journal.close()
    for name in ("journal.sqlite3-wal", "journal.sqlite3-shm", "instance.lock"):
        (paths.root / name).write_bytes(b"x")
    (paths.root / "journal.sqlite3.damaged-20261101-000000").write_bytes(b"old")
    (paths.root / "journal.sqlite3.before-restore-20261101-000000").write_bytes(b"old")
    (paths.backups / "journal-v1-before-migration-20261101-000000.sqlite3").write_bytes(b"v1")
    (paths.root / "settings.json").write_text("{}")
    (paths.root / "settings.json.unreadable-20261101-000000").write_text("{")
    paths.state.write_text("{}")
    paths.logs.mkdir()
    (paths.logs / "smallsteps.log").write_text("a line\n")
    (paths.logs / "smallsteps.log.1").write_text("an older line\n")
    assert (SERVICE, paths.keyring_account) in ring.entries


def test_delete_all_data_removes_everything_and_the_folder(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    _fill(paths, ring)
    other = DataPaths(paths.root.parent / "other")
    ring.entries[(SERVICE, other.keyring_account)] = "b3RoZXI="
    delete_all_data(paths)
    assert not paths.root.exists()
    assert (SERVICE, paths.keyring_account) not in ring.entries
    assert (SERVICE, other.keyring_account) in ring.entries  # another data folder's key


def test_delete_all_data_leaves_the_persons_own_files_in_place(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    _fill(paths, ring)
    (paths.root / "my poem.txt").write_text("mine")
    (paths.root / "photos").mkdir()
    (paths.root / "photos" / "sea.jpg").write_bytes(b"\xff\xd8")
    delete_all_data(paths)
    assert sorted(p.name for p in paths.root.iterdir()) == ["my poem.txt", "photos"]
    assert (paths.root / "my poem.txt").read_text() == "mine"
    assert (paths.root / "photos" / "sea.jpg").read_bytes() == b"\xff\xd8"
    assert ring.entries == {}


def test_delete_all_data_without_a_keyring_still_removes_the_files(paths: DataPaths) -> None:
    journal = open_journal(paths.journal, paths.backups, TEST_KEY)
    journal.add(_step(1))
    journal.close()
    (paths.root / "settings.json").write_text("{}")
    ring = MemoryKeyring()
    ring.failure = KeyringLocked("locked")
    previous = keyring.get_keyring()
    keyring.set_keyring(ring)
    try:
        delete_all_data(paths)
    finally:
        keyring.set_keyring(previous)
    assert not paths.root.exists()


def test_delete_all_data_removes_settings_left_half_written_by_a_crash(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    _fill(paths, ring)
    # write_atomic's temporary files: what a crash in the middle of a save leaves behind.
    (paths.root / ".settings.json.k2j3x9").write_text('{"reminders": ["09:00"]}')
    (paths.root / ".state.json.8fh2a0").write_text("{}")
    delete_all_data(paths)
    assert not paths.root.exists(), sorted(p.name for p in paths.root.iterdir())
