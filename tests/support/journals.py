"""Open journals for tests with a fixed data key, as the keyring would give it."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from smallsteps.storage.journal import Journal
from smallsteps.storage.keystore import SERVICE
from smallsteps.storage.paths import DataPaths

TEST_KEY = bytes(range(32))


def open_journal(path: Path, backups: Path, key: bytes | None = TEST_KEY) -> Journal:
    """Open a journal and unlock its notes with ``key`` (``None``: leave them closed)."""
    journal = Journal(path, backups)
    if key is not None:
        journal.unlock(key)
    return journal


def seed_keyring(data_dir: Path, keyring_file: Path, key: bytes = TEST_KEY) -> None:
    """Put ``key`` in the file keyring the command-line tests use, for this data folder."""
    data = json.loads(keyring_file.read_text()) if keyring_file.exists() else {}
    data[f"{SERVICE}\n{DataPaths(data_dir).keyring_account}"] = base64.b64encode(key).decode()
    keyring_file.write_text(json.dumps(data))
