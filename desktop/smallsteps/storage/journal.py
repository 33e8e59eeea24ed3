"""The journal of steps: a private SQLite file that loses nothing acknowledged.

WAL with ``synchronous=FULL``: a step is reported as kept only after its commit is
on disk, one write and one fsync of the WAL per step. Checkpoints (copying the WAL
back into the file, with fsyncs of their own) are kept off that path: SQLite's own
runs inside the commit that makes the WAL reach 1000 pages; here the app runs it from
its once-a-minute timer once the WAL is that long (`checkpoint`), and closing the
last connection runs one too. The schema version lives in ``PRAGMA user_version``; migrations of an
existing file back it up first and run in one transaction.

Notes and feelings are sealed (AES-GCM, see ``cipher``); step kinds and times stay
plain so the week view is fast. Without the key the journal still keeps steps,
but refuses a note rather than write it in plain text.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from smallsteps.core.i18n import QT_TRANSLATE_NOOP
from smallsteps.core.models import Step
from smallsteps.storage.backup import backup_before_migration, take_daily_backup
from smallsteps.storage.paths import touch_private

if TYPE_CHECKING:  # cryptography loads on first use of a note, not at start
    from smallsteps.storage.cipher import NoteCipher

log = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE steps (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            taken_at_us INTEGER NOT NULL,
            utc_offset_s INTEGER NOT NULL,
            note TEXT,
            feeling INTEGER CHECK (feeling IS NULL OR feeling BETWEEN 1 AND 5)
        )
        """
    )
    conn.execute("CREATE INDEX steps_by_time ON steps (taken_at_us)")


def _v2(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE steps ADD COLUMN sealed BLOB")
    conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1, _v2)
"""Migration ``i`` brings the file from version ``i`` to ``i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)

CHECKPOINT_PAGES = 1000
"""WAL length (in pages) from which `checkpoint` copies it back (SQLite's own default)."""

_WAL_HEADER_BYTES = 32
_WAL_FRAME_HEADER_BYTES = 24

CACHE_KIB = 512
"""SQLite's page cache for the journal (its default is 2 MiB). Reads are ranges on the
time index, a few pages each, and the OS keeps the file's pages anyway: a month or a
year of counts costs the same with the smaller cache, and the app 1.2 MiB less."""


class JournalError(Exception):
    """The journal cannot be used; the message is meant for the person."""


class NotesLockedError(JournalError):
    """A note or feeling cannot be kept or read: the key is not at hand."""


class WrongKeyError(JournalError):
    """The key offered is not this journal's key (a wrong passphrase, say)."""


_COLUMNS = "id, kind, taken_at_us, utc_offset_s, note, feeling, sealed"
_KEY_CHECK = b"smallsteps-key-check"
_Row = tuple[str, str, int, int, str | None, int | None, bytes | None]


def to_micros(when: datetime) -> int:
    """Return microseconds since the Unix epoch for an aware datetime."""
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _from_row(row: _Row, cipher: NoteCipher | None) -> Step:
    step_id, kind, micros, offset, note, feeling, sealed = row
    zone = timezone(timedelta(seconds=offset))
    taken_at = (_EPOCH + timedelta(microseconds=micros)).astimezone(zone)
    if sealed is not None:
        note, feeling = None, None
        if cipher is not None:
            from smallsteps.storage.cipher import CipherError  # noqa: PLC0415 - loaded already

            try:
                note, feeling = cipher.open(step_id, micros, sealed)
            except CipherError:
                log.error("a sealed note does not open (tampered, or another key)")
    return Step(id=step_id, kind=kind, taken_at=taken_at, note=note, feeling=feeling)


class Journal:
    """The steps the person took, kept in one SQLite file.

    Args:
        path: the journal file; created (readable only by the person) if missing.
        backups: the folder for the copy taken before a migration.
    """

    def __init__(self, path: Path, backups: Path) -> None:
        self.path = path
        self._backups = backups
        self._cipher: NoteCipher | None = None
        if not path.exists():
            touch_private(path)
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            self._conn.execute("PRAGMA busy_timeout = 5000")
            self._check_version()
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA wal_autocheckpoint = 0")  # not while a step is saved
            self._conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            self._page_size = int(self._conn.execute("PRAGMA page_size").fetchone()[0])
            self._conn.execute("PRAGMA secure_delete = ON")
            self._migrate(backups)
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise JournalError(f"The journal at {path} cannot be opened ({exc}).") from exc
        except JournalError:
            self._conn.close()
            raise

    def _check_version(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise JournalError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This journal was written by a newer Small Steps; please update the app.",
                )
            )

    def _migrate(self, backups: Path) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > 0:
            backup_before_migration(self._conn, backups, version)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for migrate in MIGRATIONS[version:]:
                migrate(self._conn)
            self._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        log.info("journal schema now at version %d", SCHEMA_VERSION)

    def close(self) -> None:
        """Close the file (closing twice is harmless)."""
        self._conn.close()

    def reopen(self) -> None:
        """Open the file again (after a backup was put in its place); notes start closed."""
        self._conn.close()
        self._cipher = None
        self.__init__(self.path, self._backups)  # type: ignore[misc]

    def add(self, step: Step) -> bool:
        """Keep a step; returns only once it is committed to disk.

        Returns:
            ``True`` if it was added, ``False`` if a step with this id was already kept.
        """
        offset = step.taken_at.utcoffset()
        assert offset is not None, "steps carry aware times"
        micros = to_micros(step.taken_at)
        if step.feeling is not None and not 1 <= step.feeling <= 5:
            raise JournalError(QT_TRANSLATE_NOOP("Errors", "A feeling is a number from 1 to 5."))
        sealed: bytes | None = None
        if step.note is not None or step.feeling is not None:
            if self._cipher is None:
                raise NotesLockedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Notes and feelings need your keyring (or a passphrase) to be kept safely.",
                    )
                )
            try:
                sealed = self._cipher.seal(step.id, micros, step.note, step.feeling)
            except UnicodeEncodeError as exc:
                raise JournalError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "That note has characters that cannot be kept as text."
                    )
                ) from exc
        try:
            cursor = self._conn.execute(
                "INSERT INTO steps (id, kind, taken_at_us, utc_offset_s, sealed)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (step.id, step.kind, micros, int(offset.total_seconds()), sealed),
            )
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            log.warning("a step could not be written: %s", type(exc).__name__)
            raise JournalError(
                QT_TRANSLATE_NOOP("Errors", "The journal could not be written just now.")
            ) from exc
        return cursor.rowcount == 1

    def kinds_near(self, when: datetime, days: int = 60, minutes: int = 90) -> dict[str, int]:
        """Count, per kind, what the person did lately around this time of day.

        Steps of the last ``days`` taken within ``minutes`` of ``when``'s time of
        day (in ``when``'s zone) are counted.
        """
        since = to_micros(when - timedelta(days=days))
        rows = self._conn.execute(
            "SELECT kind, taken_at_us FROM steps WHERE taken_at_us >= ?", (since,)
        ).fetchall()
        zone = when.tzinfo
        target = when.hour * 60 + when.minute
        counts: dict[str, int] = {}
        for kind, micros in rows:
            local = (_EPOCH + timedelta(microseconds=micros)).astimezone(zone)
            gap = abs(local.hour * 60 + local.minute - target)
            if min(gap, 1440 - gap) <= minutes:
                counts[kind] = counts.get(kind, 0) + 1
        return counts

    # -- the key ---------------------------------------------------------------
    @property
    def locked(self) -> bool:
        """Whether notes and feelings are out of reach (no key given yet)."""
        return self._cipher is None

    def meta(self, name: str) -> bytes | None:
        """Return a value kept in the journal's own meta table (salts, wrapped keys)."""
        row = self._conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    def set_meta(self, name: str, value: bytes) -> None:
        """Keep a value in the meta table (committed at once).

        Raises:
            JournalError: the journal could not be written (a full disk, say).
        """
        try:
            self._conn.execute(
                "INSERT INTO meta (name, value) VALUES (?, ?)"
                " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )
        except sqlite3.Error as exc:
            raise JournalError(
                QT_TRANSLATE_NOOP("Errors", "The journal could not be written just now.")
            ) from exc

    @property
    def has_key(self) -> bool:
        """Whether a data key was ever used with this journal."""
        return self.meta("key_check") is not None

    def unlock(self, key: bytes) -> None:
        """Use this data key for notes and feelings from now on.

        The first key a journal sees becomes its key. Notes kept in plain text by
        an older version are sealed now, after a backup, in one transaction.

        Raises:
            WrongKeyError: the key is not this journal's key.
        """
        from smallsteps.storage.cipher import CipherError, NoteCipher  # noqa: PLC0415

        cipher = NoteCipher(key)
        check = self.meta("key_check")
        if check is None:
            self.set_meta("key_check", cipher.wrap(_KEY_CHECK, b"key-check"))
        else:
            try:
                cipher.unwrap(check, b"key-check")
            except CipherError:
                raise WrongKeyError(
                    QT_TRANSLATE_NOOP("Errors", "That key does not open this journal.")
                ) from None
        self._cipher = cipher
        self._seal_plain_rows()

    def lock(self) -> None:
        """Forget the key (notes go out of reach until the next unlock)."""
        self._cipher = None

    def _seal_plain_rows(self) -> None:
        assert self._cipher is not None
        plain = self._conn.execute(
            "SELECT id, taken_at_us, note, feeling FROM steps"
            " WHERE note IS NOT NULL OR feeling IS NOT NULL"
        ).fetchall()
        if not plain:
            return
        backup_before_migration(self._conn, self._backups, SCHEMA_VERSION)
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for step_id, micros, note, feeling in plain:
                sealed = self._cipher.seal(step_id, micros, note, feeling)
                self._conn.execute(
                    "UPDATE steps SET sealed = ?, note = NULL, feeling = NULL WHERE id = ?",
                    (sealed, step_id),
                )
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        # Sealed rows leave no plain text behind in free pages or the WAL...
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.execute("VACUUM")
        # ...nor in the copies taken before sealing: a sealed copy replaces them.
        take_daily_backup(self._conn, self._backups, datetime.now())
        for old in self._backups.glob("journal-v*-before-migration-*.sqlite3"):
            old.unlink()
        log.info("%d older notes sealed; plain-text copies replaced by a sealed one", len(plain))

    def checkpoint(self, min_pages: int = CHECKPOINT_PAGES) -> None:
        """Copy the WAL back into the journal file once it holds ``min_pages`` pages.

        What SQLite's automatic checkpoint does, at the same length, but called from a
        timer rather than inside the commit of a step. A passive checkpoint: it waits
        for nobody. Errors are logged and left for the next try.
        """
        try:
            wal_bytes = self.path.with_name(self.path.name + "-wal").stat().st_size
        except OSError:
            return  # no WAL: nothing to copy
        frame = self._page_size + _WAL_FRAME_HEADER_BYTES
        if (wal_bytes - _WAL_HEADER_BYTES) // frame < min_pages:
            return
        try:
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.warning("journal checkpoint not done: %s", type(exc).__name__)

    def backup(self, now: datetime) -> Path:
        """Take a daily copy now (and a weekly one if this week has none).

        Raises:
            JournalError: the copy could not be written (a full disk, say).
        """
        try:
            return take_daily_backup(self._conn, self._backups, now)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"A backup could not be written ({type(exc).__name__}).") from exc

    def delete(self, step_id: str) -> bool:
        """Remove one step (the person undid it); ``True`` if it was there."""
        try:
            cursor = self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))
        except sqlite3.Error as exc:
            log.warning("a step could not be removed: %s", type(exc).__name__)
            raise JournalError(
                QT_TRANSLATE_NOOP("Errors", "The journal could not be written just now.")
            ) from exc
        return cursor.rowcount == 1

    def steps_between(self, begin: datetime, end: datetime) -> list[Step]:
        """Return the steps taken in ``[begin, end)``, oldest first (uses the time index)."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM steps"
            " WHERE taken_at_us >= ? AND taken_at_us < ? ORDER BY taken_at_us",
            (to_micros(begin), to_micros(end)),
        ).fetchall()
        return [_from_row(r, self._cipher) for r in rows]

    def count_between(self, begin: datetime, end: datetime) -> int:
        """Return how many steps were taken in ``[begin, end)``."""
        row = self._conn.execute(
            "SELECT count(*) FROM steps WHERE taken_at_us >= ? AND taken_at_us < ?",
            (to_micros(begin), to_micros(end)),
        ).fetchone()
        return int(row[0])

    def count(self) -> int:
        """Return how many steps the journal holds in all."""
        return int(self._conn.execute("SELECT count(*) FROM steps").fetchone()[0])

    def iter_steps(self) -> Iterator[Step]:
        """Yield every step, oldest first."""
        cursor = self._conn.execute(f"SELECT {_COLUMNS} FROM steps ORDER BY taken_at_us, id")
        for row in cursor:
            yield _from_row(row, self._cipher)

    # -- looking back (week window) --

    def counts_per_span(self, bounds: list[datetime]) -> list[int]:
        """Return how many steps fall in each span ``[bounds[i], bounds[i + 1])``.

        One range query on the time index (it covers the column, so no row, note
        or feeling is read), counted in order: a year of days costs a single scan
        of that year, however long the journal is.

        Args:
            bounds: increasing instants, e.g. the local midnights of a month.
        """
        edges = [to_micros(b) for b in bounds]
        counts = [0] * max(len(edges) - 1, 0)
        if not counts:
            return counts
        rows = self._conn.execute(
            "SELECT taken_at_us FROM steps INDEXED BY steps_by_time"
            " WHERE taken_at_us >= ? AND taken_at_us < ? ORDER BY taken_at_us",
            (edges[0], edges[-1]),
        )
        span = 0
        for (micros,) in rows:
            while micros >= edges[span + 1]:
                span += 1
            counts[span] += 1
        return counts

    def add_many(self, steps: list[Step]) -> int:
        """Keep many steps in one transaction (one commit, one sync to disk).

        Used to fill a journal in one go (the synthetic journal for tests and
        benchmarks); each step goes through `add`, so it is kept exactly as one
        recorded by hand would be.

        Returns:
            How many were added (steps whose id was already kept are skipped).
        """
        added = 0
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for step in steps:
                added += self.add(step)
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        return added
