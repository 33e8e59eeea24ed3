"""Consistent copies of the journal, taken with SQLite's backup API."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from smallsteps.storage.paths import make_private_dir, touch_private

log = logging.getLogger(__name__)


def backup_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open database ``conn`` into a new private file ``target``."""
    make_private_dir(target.parent)
    touch_private(target)
    dest = sqlite3.connect(target)
    try:
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
