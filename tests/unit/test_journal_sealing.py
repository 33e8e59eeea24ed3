"""Sealed notes in the journal, and the journal from before sealing migrated in place."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from tests.support.journals import TEST_KEY, open_journal

from smallsteps.core.models import Step, new_step_id
from smallsteps.storage import journal as journal_module
from smallsteps.storage.cipher import NoteCipher
from smallsteps.storage.journal import (
    SCHEMA_VERSION,
    Journal,
    JournalError,
    NotesLockedError,
    WrongKeyError,
    to_micros,
)

OTHER_KEY = bytes(range(100, 132))
IST = timezone(timedelta(hours=5, minutes=30))
NEW_YORK_WINTER = timezone(timedelta(hours=-5))

# The schema of version 1 exactly as the first released journal created it (history: never
# edit). `test_the_v1_schema_here_is_the_one_the_migrations_start_from` keeps it honest.
V1_DDL = (
    """
        CREATE TABLE steps (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            taken_at_us INTEGER NOT NULL,
            utc_offset_s INTEGER NOT NULL,
            note TEXT,
            feeling INTEGER CHECK (feeling IS NULL OR feeling BETWEEN 1 AND 5)
        )
        """,
    "CREATE INDEX steps_by_time ON steps (taken_at_us)",
)

OLD_STEPS = [
    Step("a1", "walk", datetime(2026, 3, 1, 7, 15, 0, 123_456, tzinfo=IST), "by the river", 4),
    Step("a2", "rest", datetime(2026, 3, 1, 22, 0, tzinfo=UTC), "Schlaf, endlich 😴", None),
    Step("a3", "breathe", datetime(2026, 3, 2, 6, 0, tzinfo=NEW_YORK_WINTER), None, 2),
    Step("a4", "create", datetime(2026, 3, 3, 12, 30, tzinfo=UTC)),
    Step("a5", "reach_out", datetime(2026, 3, 4, 18, 45, tzinfo=IST), "כתבתי לאמא שלי", 5),
    Step("a6", "gratitude", datetime(2026, 3, 5, 9, 0, tzinfo=UTC), "long note " * 3_000, 3),
]
SECRET_WORDS = [b"by the river", b"Schlaf, endlich", "כתבתי".encode(), b"long note"]


def _make_v1_journal(path: Path, steps: list[Step], journal_mode: str = "wal") -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        for statement in V1_DDL:
            conn.execute(statement)
        for step in steps:
            offset = step.taken_at.utcoffset()
            assert offset is not None
            conn.execute(
                "INSERT INTO steps (id, kind, taken_at_us, utc_offset_s, note, feeling)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    step.id,
                    step.kind,
                    to_micros(step.taken_at),
                    int(offset.total_seconds()),
                    step.note,
                    step.feeling,
                ),
            )
        conn.execute("PRAGMA user_version = 1")
        conn.commit()


def _on_disk(path: Path) -> bytes:
    found = b""
    for suffix in ("", "-wal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            found += extra.read_bytes()
    return found


def _assert_no_secret_words(path: Path) -> None:
    on_disk = _on_disk(path)
    for words in SECRET_WORDS:
        assert words not in on_disk, words


def _raw_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, kind, taken_at_us, utc_offset_s, note, feeling, sealed FROM steps"
            " ORDER BY taken_at_us"
        ).fetchall()


def _user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _blank(step: Step) -> Step:
    return Step(step.id, step.kind, step.taken_at)


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    _make_v1_journal(path, OLD_STEPS)
    return path


# --- the journal from before sealing ------------------------------------------------------


def test_the_v1_schema_here_is_the_one_the_migrations_start_from(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.sqlite3", tmp_path / "theirs.sqlite3"
    _make_v1_journal(ours, [])
    with closing(sqlite3.connect(theirs)) as conn:
        journal_module.MIGRATIONS[0](conn)
        conn.commit()
    query = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    with closing(sqlite3.connect(ours)) as a, closing(sqlite3.connect(theirs)) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_an_old_journal_is_backed_up_then_migrated_in_place_on_open(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    _make_v1_journal(path, OLD_STEPS, journal_mode)
    with closing(sqlite3.connect(path)) as conn:
        old_rows = conn.execute("SELECT * FROM steps ORDER BY taken_at_us").fetchall()
    journal = Journal(path, tmp_path / "backups")
    try:
        assert _user_version(path) == SCHEMA_VERSION
        (backup,) = (tmp_path / "backups").glob("journal-v1-before-migration-*.sqlite3")
        assert backup.stat().st_mode & 0o777 == 0o600
        assert _user_version(backup) == 1
        with closing(sqlite3.connect(backup)) as conn:
            assert conn.execute("SELECT * FROM steps ORDER BY taken_at_us").fetchall() == old_rows
        with closing(sqlite3.connect(path)) as conn:
            columns = [r[1] for r in conn.execute("PRAGMA table_info(steps)")]
        assert columns == ["id", "kind", "taken_at_us", "utc_offset_s", "note", "feeling", "sealed"]
        assert journal.locked
        # Before a key is at hand the old notes are still the person's, and still there.
        assert list(journal.iter_steps()) == OLD_STEPS
    finally:
        journal.close()


def test_on_unlock_the_old_notes_are_sealed_and_gone_from_the_file(
    tmp_path: Path, old_journal: Path
) -> None:
    journal = Journal(old_journal, tmp_path / "backups")
    try:
        journal.unlock(TEST_KEY)
        _assert_no_secret_words(old_journal)  # while open: the file and its WAL
        assert list(journal.iter_steps()) == OLD_STEPS
    finally:
        journal.close()
    _assert_no_secret_words(old_journal)
    rows = {r[0]: r for r in _raw_rows(old_journal)}
    cipher = NoteCipher(TEST_KEY)
    for step in OLD_STEPS:
        _, kind, micros, offset, note, feeling, sealed = rows[step.id]
        assert (kind, micros) == (step.kind, to_micros(step.taken_at))
        assert offset == step.taken_at.utcoffset().total_seconds()  # type: ignore[union-attr]
        assert note is None
        assert feeling is None
        if step.note is None and step.feeling is None:
            assert sealed is None
        else:
            assert isinstance(sealed, bytes)
            assert cipher.open(step.id, micros, sealed) == (step.note, step.feeling)
    again = open_journal(old_journal, tmp_path / "backups")
    try:
        assert list(again.iter_steps()) == OLD_STEPS
    finally:
        again.close()


def test_sealing_happens_in_one_transaction(
    tmp_path: Path, old_journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(old_journal, tmp_path / "backups")
    before = _raw_rows(old_journal)
    real_seal = NoteCipher.seal
    calls = 0

    def seal_then_break(self: NoteCipher, *args: object) -> bytes:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError("the disk went away")
        return real_seal(self, *args)  # type: ignore[arg-type]

    try:
        with monkeypatch.context() as patch:
            patch.setattr(NoteCipher, "seal", seal_then_break)
            with pytest.raises(OSError, match="disk went away"):
                journal.unlock(TEST_KEY)
        assert calls == 3
        assert _raw_rows(old_journal) == before  # not one row half done
        journal.unlock(TEST_KEY)  # the next unlock finishes the job
        assert all(r[4] is None and r[5] is None for r in _raw_rows(old_journal))
        assert list(journal.iter_steps()) == OLD_STEPS
    finally:
        journal.close()
    _assert_no_secret_words(old_journal)


def test_a_second_unlock_does_nothing_more(tmp_path: Path, old_journal: Path) -> None:
    backups = tmp_path / "backups"
    journal = Journal(old_journal, backups)
    try:
        journal.unlock(TEST_KEY)
        rows = _raw_rows(old_journal)
        kept = sorted(p.name for p in backups.iterdir())
        journal.unlock(TEST_KEY)
        assert _raw_rows(old_journal) == rows  # nothing sealed again
        assert sorted(p.name for p in backups.iterdir()) == kept
    finally:
        journal.close()
    again = Journal(old_journal, backups)
    try:
        again.unlock(TEST_KEY)
        assert _raw_rows(old_journal) == rows
        assert sorted(p.name for p in backups.iterdir()) == kept
    finally:
        again.close()
    assert _user_version(old_journal) == SCHEMA_VERSION


def test_another_key_does_not_open_the_sealed_journal(tmp_path: Path, old_journal: Path) -> None:
    open_journal(old_journal, tmp_path / "backups").close()
    rows = _raw_rows(old_journal)
    journal = Journal(old_journal, tmp_path / "backups")
    try:
        with pytest.raises(WrongKeyError):
            journal.unlock(OTHER_KEY)
        assert journal.locked
        assert list(journal.iter_steps()) == [_blank(s) for s in OLD_STEPS]
        with pytest.raises(NotesLockedError):
            journal.add(Step(new_step_id(), "rest", datetime(2026, 4, 1, tzinfo=UTC), "x"))
    finally:
        journal.close()
    assert _raw_rows(old_journal) == rows


def test_without_a_key_steps_are_read_with_their_notes_closed(
    tmp_path: Path, old_journal: Path
) -> None:
    open_journal(old_journal, tmp_path / "backups").close()
    journal = open_journal(old_journal, tmp_path / "backups", key=None)
    try:
        steps = list(journal.iter_steps())
        assert steps == [_blank(s) for s in OLD_STEPS]
        assert [s.taken_at.utcoffset() for s in steps] == [
            s.taken_at.utcoffset() for s in OLD_STEPS
        ]
        assert journal.count() == len(OLD_STEPS)
    finally:
        journal.close()


# --- sealed rows --------------------------------------------------------------------------


def _two_sealed_steps(journal: Journal) -> tuple[Step, Step]:
    first = Step("first", "walk", datetime(2026, 5, 1, 8, 0, tzinfo=UTC), "mine", 2)
    second = Step("second", "rest", datetime(2026, 5, 1, 9, 0, tzinfo=UTC), "yours", 5)
    journal.add(first)
    journal.add(second)
    return first, second


def test_sealed_values_swapped_between_rows_show_no_one_elses_words(
    tmp_path: Path, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = _two_sealed_steps(journal)
    with closing(sqlite3.connect(journal.path)) as conn:
        a, b = (
            conn.execute("SELECT sealed FROM steps WHERE id = ?", (i,)).fetchone()[0]
            for i in ("first", "second")
        )
        conn.execute("UPDATE steps SET sealed = ? WHERE id = 'first'", (b,))
        conn.execute("UPDATE steps SET sealed = ? WHERE id = 'second'", (a,))
        conn.commit()
    with caplog.at_level(logging.ERROR, logger="smallsteps.storage.journal"):
        steps = list(journal.iter_steps())
    assert steps == [_blank(first), _blank(second)]
    assert len([r for r in caplog.records if r.levelno == logging.ERROR]) == 2


def test_a_tampered_sealed_value_reads_as_closed_and_says_so(
    tmp_path: Path, journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = _two_sealed_steps(journal)
    with closing(sqlite3.connect(journal.path)) as conn:
        sealed = bytearray(
            conn.execute("SELECT sealed FROM steps WHERE id = 'first'").fetchone()[0]
        )
        sealed[-1] ^= 0x01
        conn.execute("UPDATE steps SET sealed = ? WHERE id = 'first'", (bytes(sealed),))
        conn.commit()
    with caplog.at_level(logging.ERROR, logger="smallsteps.storage.journal"):
        steps = list(journal.iter_steps())
    assert steps == [_blank(first), second]
    assert any("does not open" in r.getMessage() for r in caplog.records)


def test_the_first_key_becomes_the_journals_key(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal.sqlite3", tmp_path / "backups")
    try:
        assert not journal.has_key
        journal.unlock(TEST_KEY)
        assert journal.has_key
        journal.lock()
        assert journal.locked
        with pytest.raises(WrongKeyError):
            journal.unlock(OTHER_KEY)
        assert journal.locked
        journal.unlock(TEST_KEY)
        assert not journal.locked
    finally:
        journal.close()
    assert not (tmp_path / "backups").exists()  # a new journal has nothing to back up


def test_lock_closes_the_notes_again(journal: Journal) -> None:
    first, second = _two_sealed_steps(journal)
    journal.lock()
    assert list(journal.iter_steps()) == [_blank(first), _blank(second)]
    with pytest.raises(NotesLockedError):
        journal.add(Step("third", "walk", datetime(2026, 5, 2, tzinfo=UTC), None, 3))
    assert journal.count() == 2
    journal.unlock(TEST_KEY)
    assert list(journal.iter_steps()) == [first, second]


def test_a_deleted_steps_sealed_value_is_gone_from_the_file(journal: Journal) -> None:
    _, second = _two_sealed_steps(journal)
    with closing(sqlite3.connect(journal.path)) as conn:
        sealed = conn.execute("SELECT sealed FROM steps WHERE id = 'first'").fetchone()[0]
    assert journal.delete("first") is True
    assert journal.delete("first") is False
    assert list(journal.iter_steps()) == [second]
    path = journal.path
    journal.close()
    assert sealed not in _on_disk(path)  # secure_delete: no ciphertext left behind either


def test_a_note_that_is_not_text_is_a_journal_error_and_nothing_is_kept(
    journal: Journal,
) -> None:
    # "\udcff" is what a stray byte on the command line becomes (surrogateescape).
    step = Step(new_step_id(), "rest", datetime(2026, 5, 1, tzinfo=UTC), "caf\udcff", 3)
    with pytest.raises(JournalError):
        journal.add(step)
    assert journal.count() == 0
