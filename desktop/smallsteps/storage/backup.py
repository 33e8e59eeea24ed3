"""Consistent copies of the journal (SQLite's backup API), kept and pruned kindly.

A copy is taken once a day while the app runs and before every migration. The
last 7 daily and 4 weekly copies are kept. A journal that fails its integrity
check at start is moved aside (never deleted) and the newest good copy comes back.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from smallsteps.core.parsing import shown
from smallsteps.storage.paths import aside_path, make_private_dir, touch_private

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
SCAN_CACHE_KIB = 256
"""Page cache of the connections that read a whole journal once (a copy, a check): the
default 2 MiB would fill up and stay as the app's peak memory, for no speed-up."""
_NAME = re.compile(r"^journal-(\d{8}-\d{6})\.(daily|weekly)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """One kept copy of the journal.

    Attributes:
        name: the file name, used to restore it.
        taken_at: when it was taken (local time of the machine).
        kind: ``"daily"`` or ``"weekly"``.
        path: the file.
    """

    name: str
    taken_at: datetime
    kind: str
    path: Path


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open database ``conn`` into a new private file ``target``."""
    make_private_dir(target.parent)
    touch_private(target)
    dest = sqlite3.connect(target)
    try:
        dest.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
        conn.backup(dest)
    finally:
        dest.close()


def backup_before_migration(conn: sqlite3.Connection, folder: Path, version: int) -> Path:
    """Back the journal up before migrating it from ``version``; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"journal-v{version}-before-migration-{stamp}.sqlite3"
    backup_to(conn, target)
    log.info("journal backed up to %s before migration", target.name)
    return target


def _stamp_time(stamp: str) -> datetime:
    """Read a ``YYYYmmdd-HHMMSS`` stamp (as ``strptime`` would, without loading ``_strptime``).

    Raises:
        ValueError: not a real date and time (a 13th month, say).
    """
    day, clock = stamp.split("-")
    return datetime(
        int(day[:4]), int(day[4:6]), int(day[6:]), int(clock[:2]), int(clock[2:4]), int(clock[4:])
    )


def list_backups(folder: Path) -> list[BackupInfo]:
    """Return the daily and weekly copies, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                when = _stamp_time(match.group(1))
                found.append(BackupInfo(path.name, when, match.group(2), path))
    return sorted(found, key=lambda b: (b.taken_at, b.kind), reverse=True)


def take_daily_backup(conn: sqlite3.Connection, folder: Path, now: datetime) -> Path:
    """Take today's copy (and this week's, if none yet), then prune old ones."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    daily = folder / f"journal-{stamp}.daily.sqlite3"
    backup_to(conn, daily)
    week = now.isocalendar()[:2]
    if not any(
        b.kind == "weekly" and b.taken_at.isocalendar()[:2] == week for b in list_backups(folder)
    ):
        weekly = folder / f"journal-{stamp}.weekly.sqlite3"
        shutil.copyfile(daily, weekly)
        weekly.chmod(0o600)
    prune(folder)
    log.info("daily backup taken")
    return daily


def prune(folder: Path) -> None:
    """Keep the newest 7 daily and 4 weekly copies."""
    for kind, keep in (("daily", KEEP_DAILY), ("weekly", KEEP_WEEKLY)):
        for old in [b for b in list_backups(folder) if b.kind == kind][keep:]:
            old.path.unlink(missing_ok=True)


def is_intact(path: Path) -> bool:
    """Return whether the SQLite file passes ``PRAGMA integrity_check``."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
            row = conn.execute("PRAGMA integrity_check").fetchone()
            conn.execute("SELECT count(*) FROM steps").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == "ok"


@dataclass(frozen=True)
class Recovery:
    """What happened when a damaged journal was found at start.

    Attributes:
        message: what to tell the person, in a few plain sentences.
        restored_from: the copy that came back, if any.
        kept_aside: where the damaged file was moved.
    """

    message: str
    restored_from: BackupInfo | None
    kept_aside: Path


def _move_aside(journal: Path, aside: Path) -> None:
    """Move the journal and its WAL and shared-memory files aside together."""
    journal.replace(aside)
    for suffix in ("-wal", "-shm"):
        extra = journal.with_name(journal.name + suffix)
        if extra.exists():
            extra.replace(aside.with_name(aside.name + suffix))


def recover_if_damaged(journal: Path, folder: Path) -> Recovery | None:
    """Check the journal; if damaged, move it aside and bring back the newest good copy.

    Returns:
        ``None`` when the journal is fine (or does not exist yet), else what happened.
    """
    if not journal.exists() or journal.stat().st_size == 0 or is_intact(journal):
        return None
    aside = aside_path(journal, "damaged")
    _move_aside(journal, aside)
    log.error("the journal failed its integrity check; kept aside as %s", aside.name)
    for backup in list_backups(folder):
        if is_intact(backup.path):
            shutil.copyfile(backup.path, journal)
            journal.chmod(0o600)
            when = backup.taken_at.strftime("%A %d %B, %H:%M")
            return Recovery(
                "Your journal file was damaged, so Small Steps brought back its copy from "
                f"{when}. Steps recorded after that could not be recovered. The damaged file "
                f"is kept as {aside.name}.",
                backup,
                aside,
            )
    return Recovery(
        "Your journal file was damaged and there was no good copy to bring back, so a "
        f"new journal was started. The damaged file is kept as {aside.name}.",
        None,
        aside,
    )


def restore_backup(name: str, folder: Path, journal: Path) -> BackupInfo:
    """Put a kept copy back in place of the journal (the current one is kept aside).

    Raises:
        ValueError: no such copy, or it is damaged (message for the person).
    """
    match = next((b for b in list_backups(folder) if b.name == name), None)
    if match is None:
        raise ValueError(f"There is no backup named “{shown(name)}”. See: smallsteps backup list")
    if not is_intact(match.path):
        raise ValueError(f"The backup {shown(name)} is damaged; please choose another.")
    if journal.exists():
        _move_aside(journal, aside_path(journal, "before-restore"))
    shutil.copyfile(match.path, journal)
    journal.chmod(0o600)
    return match
