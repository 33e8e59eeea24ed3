"""The key manager: the data key from the keyring or a passphrase, failing closed without."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError, KeyringLocked
from tests.support.memory_keyring import MemoryKeyring

from smallsteps.core.models import Step, new_step_id
from smallsteps.storage.journal import Journal, NotesLockedError, WrongKeyError
from smallsteps.storage.keys import KeyManager
from smallsteps.storage.keystore import SERVICE, KeyringKeyStore
from smallsteps.storage.paths import DataPaths

WHEN = datetime(2026, 11, 28, 9, 30, tzinfo=UTC)
PASSPHRASE = "a quiet lake at dawn, 7 herons"
NOTE = "I told my sister how I really feel"


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring installed as the keyring; the previous one comes back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


def _open(paths: DataPaths) -> Journal:
    paths.ensure()
    return Journal(paths.journal, paths.backups)


def _manager(journal: Journal, paths: DataPaths) -> KeyManager:
    return KeyManager(journal, KeyringKeyStore(paths.keyring_account))


def _step(note: str | None = None, feeling: int | None = None, minutes: int = 0) -> Step:
    return Step(new_step_id(), "rest", WHEN + timedelta(minutes=minutes), note, feeling)


def _stored_key(ring: MemoryKeyring, paths: DataPaths) -> bytes:
    return base64.b64decode(ring.entries[(SERVICE, paths.keyring_account)])


def _file_bytes(paths: DataPaths) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm"):
        path = paths.journal.with_name(paths.journal.name + suffix)
        if path.exists():
            found += path.read_bytes()
    return found


# --- with a working keyring ---------------------------------------------------------------


def test_the_first_unlock_makes_a_key_keeps_it_in_the_keyring_and_opens_notes(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        assert not keys.unlocked
        assert keys.try_unlock() is None
        assert keys.unlocked
        assert not journal.locked
        assert journal.has_key
        assert list(ring.entries) == [(SERVICE, paths.keyring_account)]
        assert len(_stored_key(ring, paths)) == 32
        step = _step(NOTE, 4)
        assert journal.add(step)
        assert list(journal.iter_steps()) == [step]
        assert keys.try_unlock() is None  # a second call is harmless
        assert list(ring.entries) == [(SERVICE, paths.keyring_account)]
    finally:
        journal.close()


def test_each_data_folder_gets_its_own_key(ring: MemoryKeyring, tmp_path: Path) -> None:
    keys_seen = []
    for name in ("one", "two"):
        paths = DataPaths(tmp_path / name)
        journal = _open(paths)
        try:
            assert _manager(journal, paths).try_unlock() is None
        finally:
            journal.close()
        keys_seen.append(_stored_key(ring, paths))
    assert len(ring.entries) == 2
    assert keys_seen[0] != keys_seen[1]


def test_a_later_manager_opens_the_notes_with_the_kept_key(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    step = _step(NOTE, 2)
    try:
        assert _manager(journal, paths).try_unlock() is None
        journal.add(step)
    finally:
        journal.close()
    key = _stored_key(ring, paths)
    again = _open(paths)
    try:
        assert next(again.iter_steps()).note is None  # closed until unlocked
        assert _manager(again, paths).try_unlock() is None
        assert list(again.iter_steps()) == [step]
    finally:
        again.close()
    assert _stored_key(ring, paths) == key  # no second key was made


def test_the_note_never_reaches_the_journal_file_in_plain_text(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        assert _manager(journal, paths).try_unlock() is None
        journal.add(_step(NOTE, 3))
        assert NOTE.encode() not in _file_bytes(paths)  # while open: the WAL holds it
    finally:
        journal.close()
    assert NOTE.encode() not in _file_bytes(paths)
    assert _stored_key(ring, paths) not in _file_bytes(paths)


def test_a_key_in_the_keyring_that_is_not_this_journals_is_said_plainly(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        assert _manager(journal, paths).try_unlock() is None
        journal.add(_step(NOTE))
    finally:
        journal.close()
    ring.entries[(SERVICE, paths.keyring_account)] = base64.b64encode(bytes(32)).decode()
    again = _open(paths)
    try:
        reason = _manager(again, paths).try_unlock()
        assert reason is not None
        assert "does not open" in reason
        assert again.locked
        assert next(again.iter_steps()).note is None
    finally:
        again.close()


def test_a_journal_with_a_key_but_none_in_the_keyring_makes_no_new_one(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        assert _manager(journal, paths).try_unlock() is None
        journal.add(_step(NOTE))
    finally:
        journal.close()
    ring.entries.clear()
    again = _open(paths)
    try:
        reason = _manager(again, paths).try_unlock()
        assert reason == "The key to your notes is not in your keyring."
        assert ring.entries == {}  # a fresh key would lock the old notes out for good
        assert again.locked
    finally:
        again.close()


# --- failing closed -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "words"),
    [
        (KeyringLocked("collection is locked"), "locked"),
        (KeyringError("the daemon went away"), "did not answer"),
        (OSError("connection reset"), "did not answer"),
        (RuntimeError("no session bus"), "did not answer"),
    ],
)
def test_a_keyring_that_cannot_answer_keeps_notes_closed_with_a_plain_reason(
    ring: MemoryKeyring, paths: DataPaths, failure: BaseException, words: str
) -> None:
    ring.failure = failure
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        reason = keys.try_unlock()
        assert reason is not None
        assert words in reason
        assert "\n" not in reason
        assert str(failure) not in reason  # the person reads plain words, not the error
        assert journal.locked
        assert not keys.unlocked
        assert not journal.has_key  # no key was made that nobody can keep
    finally:
        journal.close()


def test_with_the_keyring_locked_a_note_is_refused_and_nothing_is_kept(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    ring.failure = KeyringLocked("locked")
    journal = _open(paths)
    try:
        reason = _manager(journal, paths).try_unlock()
        assert reason is not None
        assert "locked" in reason.lower()
        journal.add(_step(minutes=-5))
        before = journal.count()
        with pytest.raises(NotesLockedError):
            journal.add(_step(NOTE, 3))
        with pytest.raises(NotesLockedError):
            journal.add(_step(None, 3))  # a feeling alone is private too
        with pytest.raises(NotesLockedError):
            journal.add(_step(NOTE))
        assert journal.count() == before == 1
        assert journal.add(_step(minutes=5))  # steps without a note are still kept
        assert journal.count() == 2
        assert [s.note for s in journal.iter_steps()] == [None, None]
    finally:
        journal.close()
    assert NOTE.encode() not in _file_bytes(paths)


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_no_keyring_at_all_is_said_once_plainly(
    ring: MemoryKeyring, paths: DataPaths, backend: type[KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        reason = keys.try_unlock()
        assert reason is not None
        assert reason.startswith("There is no keyring")
        assert "\n" not in reason
        assert journal.locked
        assert not journal.has_key
        with pytest.raises(NotesLockedError):
            journal.add(_step(NOTE))
        assert journal.count() == 0
    finally:
        journal.close()


@pytest.mark.parametrize("first", ["locked", "absent"])
def test_notes_become_readable_when_the_keyring_comes_back_without_reopening(
    ring: MemoryKeyring, paths: DataPaths, first: str
) -> None:
    journal = _open(paths)
    steps = [_step(NOTE, 2), _step("second 🌱", None, minutes=1), _step(minutes=2)]
    try:
        assert _manager(journal, paths).try_unlock() is None
        for step in steps:
            journal.add(step)
    finally:
        journal.close()
    if first == "locked":
        ring.failure = KeyringLocked("locked")
    else:
        keyring.set_keyring(fail.Keyring())
    again = _open(paths)
    try:
        keys = _manager(again, paths)
        assert keys.try_unlock() is not None
        assert [s.note for s in again.iter_steps()] == [None, None, None]
        assert [s.feeling for s in again.iter_steps()] == [None, None, None]
        ring.failure = None
        keyring.set_keyring(ring)
        assert keys.try_unlock() is None
        assert keys.unlocked
        assert list(again.iter_steps()) == steps  # the same journal object, no restart
        later = _step("after the keyring came back", 5, minutes=3)
        assert again.add(later)
        assert list(again.iter_steps()) == [*steps, later]
    finally:
        again.close()


def test_forget_removes_the_keyring_entry(ring: MemoryKeyring, paths: DataPaths) -> None:
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        assert keys.try_unlock() is None
        assert (SERVICE, paths.keyring_account) in ring.entries
        assert keys.forget() is True
        assert ring.entries == {}
        assert keys.forget() is False  # nothing left to remove
    finally:
        journal.close()


def test_forget_with_a_locked_keyring_says_it_did_not_remove(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        assert keys.try_unlock() is None
        ring.failure = KeyringLocked("locked")
        assert keys.forget() is False
        assert (SERVICE, paths.keyring_account) in ring.entries
    finally:
        journal.close()


def test_an_entry_that_is_not_a_key_reads_as_no_key(ring: MemoryKeyring, paths: DataPaths) -> None:
    ring.entries[(SERVICE, paths.keyring_account)] = "not base64 at all!"
    store = KeyringKeyStore(paths.keyring_account)
    assert store.load() is None


# --- a passphrase -------------------------------------------------------------------------


def test_a_passphrase_without_a_keyring_opens_the_notes_and_nothing_else_does(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    keyring.set_keyring(fail.Keyring())
    journal = _open(paths)
    step = _step(NOTE, 4)
    try:
        keys = _manager(journal, paths)
        assert keys.try_unlock() is not None
        assert not keys.has_passphrase
        keys.unlock_with_passphrase(PASSPHRASE)
        assert keys.unlocked
        assert keys.has_passphrase
        assert journal.add(step)
        assert list(journal.iter_steps()) == [step]
    finally:
        journal.close()

    wrong = _open(paths)
    try:
        keys = _manager(wrong, paths)
        assert keys.has_passphrase
        for attempt in ("", "a quiet lake at dawn, 7 heron", PASSPHRASE.upper(), PASSPHRASE + " "):
            with pytest.raises(WrongKeyError, match="passphrase"):
                keys.unlock_with_passphrase(attempt)
            assert wrong.locked
            assert not keys.unlocked
        assert [s.note for s in wrong.iter_steps()] == [None]
        with pytest.raises(NotesLockedError):
            wrong.add(_step("not without the key", minutes=1))
    finally:
        wrong.close()

    right = _open(paths)
    try:
        keys = _manager(right, paths)
        keys.unlock_with_passphrase(PASSPHRASE)
        assert keys.unlocked
        assert list(right.iter_steps()) == [step]
    finally:
        right.close()

    on_disk = _file_bytes(paths)
    assert PASSPHRASE.encode() not in on_disk
    assert NOTE.encode() not in on_disk
    assert ring.entries == {}  # nothing went to a keyring that is not there


def test_a_passphrase_can_be_added_to_a_keyring_key_and_opens_the_same_notes(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    step = _step(NOTE, 1)
    try:
        keys = _manager(journal, paths)
        assert keys.try_unlock() is None
        journal.add(step)
        keys.set_passphrase(PASSPHRASE)
    finally:
        journal.close()
    ring.failure = KeyringLocked("locked")
    again = _open(paths)
    try:
        keys = _manager(again, paths)
        reason = keys.try_unlock()
        assert reason is not None
        assert "locked" in reason
        keys.unlock_with_passphrase(PASSPHRASE)
        assert list(again.iter_steps()) == [step]
    finally:
        again.close()
    assert PASSPHRASE.encode() not in _file_bytes(paths)


def test_a_passphrase_cannot_open_a_keyring_journal_that_never_had_one(
    ring: MemoryKeyring, paths: DataPaths
) -> None:
    journal = _open(paths)
    try:
        assert _manager(journal, paths).try_unlock() is None
        journal.add(_step(NOTE))
    finally:
        journal.close()
    key = _stored_key(ring, paths)
    again = _open(paths)
    try:
        keys = _manager(again, paths)
        with pytest.raises(WrongKeyError):
            keys.unlock_with_passphrase(PASSPHRASE)  # must not make a new key instead
        assert again.locked
        assert not keys.has_passphrase
    finally:
        again.close()
    assert _stored_key(ring, paths) == key


def test_setting_a_passphrase_needs_open_notes(ring: MemoryKeyring, paths: DataPaths) -> None:
    journal = _open(paths)
    try:
        keys = _manager(journal, paths)
        with pytest.raises(WrongKeyError):
            keys.set_passphrase(PASSPHRASE)
        assert not keys.has_passphrase
    finally:
        journal.close()
