"""The journal of steps: a private SQLite file that loses nothing acknowledged.

WAL with ``synchronous=FULL``: a step is reported as kept only after its commit is
on disk. The schema version lives in ``PRAGMA user_version``; migrations of an
existing file back it up first and run in one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from smallsteps.core.models import Step
from smallsteps.storage.backup import backup_before_migration
from smallsteps.storage.paths import touch_private

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


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1,)
"""Migration ``i`` brings the file from version ``i`` to ``i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


class JournalError(Exception):
    """The journal cannot be used; the message is meant for the person."""


def to_micros(when: datetime) -> int:
    """Return microseconds since the Unix epoch for an aware datetime."""
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _from_row(row: tuple[str, str, int, int, str | None, int | None]) -> Step:
    step_id, kind, micros, offset, note, feeling = row
    zone = timezone(timedelta(seconds=offset))
    taken_at = (_EPOCH + timedelta(microseconds=micros)).astimezone(zone)
    return Step(id=step_id, kind=kind, taken_at=taken_at, note=note, feeling=feeling)


class Journal:
    """The steps the person took, kept in one SQLite file.

    Args:
        path: the journal file; created (readable only by the person) if missing.
        backups: the folder for the copy taken before a migration.
    """

    def __init__(self, path: Path, backups: Path) -> None:
        self.path = path
        if not path.exists():
            touch_private(path)
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            self._conn.execute("PRAGMA busy_timeout = 5000")
            self._check_version()
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
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
                "This journal was written by a newer Small Steps; please update the app."
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
        """Close the file."""
        self._conn.close()

    def add(self, step: Step) -> bool:
        """Keep a step; returns only once it is committed to disk.

        Returns:
            ``True`` if it was added, ``False`` if a step with this id was already kept.
        """
        offset = step.taken_at.utcoffset()
        assert offset is not None, "steps carry aware times"
        try:
            cursor = self._conn.execute(
                "INSERT INTO steps (id, kind, taken_at_us, utc_offset_s, note, feeling)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                (
                    step.id,
                    step.kind,
                    to_micros(step.taken_at),
                    int(offset.total_seconds()),
                    step.note,
                    step.feeling,
                ),
            )
        except (sqlite3.Error, UnicodeEncodeError) as exc:
            log.warning("a step could not be written: %s", type(exc).__name__)
            raise JournalError("The journal could not be written just now.") from exc
        return cursor.rowcount == 1

    def delete(self, step_id: str) -> bool:
        """Remove one step (the person undid it); ``True`` if it was there."""
        try:
            cursor = self._conn.execute("DELETE FROM steps WHERE id = ?", (step_id,))
        except sqlite3.Error as exc:
            log.warning("a step could not be removed: %s", type(exc).__name__)
            raise JournalError("The journal could not be written just now.") from exc
        return cursor.rowcount == 1

    def steps_between(self, begin: datetime, end: datetime) -> list[Step]:
        """Return the steps taken in ``[begin, end)``, oldest first (uses the time index)."""
        rows = self._conn.execute(
            "SELECT id, kind, taken_at_us, utc_offset_s, note, feeling FROM steps"
            " WHERE taken_at_us >= ? AND taken_at_us < ? ORDER BY taken_at_us",
            (to_micros(begin), to_micros(end)),
        ).fetchall()
        return [_from_row(r) for r in rows]

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
        cursor = self._conn.execute(
            "SELECT id, kind, taken_at_us, utc_offset_s, note, feeling FROM steps"
            " ORDER BY taken_at_us, id"
        )
        for row in cursor:
            yield _from_row(row)
