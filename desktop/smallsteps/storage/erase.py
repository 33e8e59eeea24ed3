"""Delete all my data: the journal, its backups, settings, logs and the keyring entry."""

from __future__ import annotations

import contextlib
import logging
import shutil

from smallsteps.storage.keystore import KeyringKeyStore
from smallsteps.storage.paths import DataPaths

log = logging.getLogger(__name__)


def delete_all_data(paths: DataPaths) -> None:
    """Remove everything Small Steps keeps for this data folder, keyring entry included.

    The folder itself goes too when nothing else (not ours) is left in it.
    """
    KeyringKeyStore(paths.keyring_account).delete()
    for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
        (paths.root / name).unlink(missing_ok=True)
    for path in paths.root.glob("journal.sqlite3.*"):
        path.unlink(missing_ok=True)
    for pattern in ("settings.json*", ".settings.json.*", ".state.json.*"):
        for path in paths.root.glob(pattern):
            path.unlink(missing_ok=True)
    (paths.state).unlink(missing_ok=True)
    logging.shutdown()
    shutil.rmtree(paths.backups, ignore_errors=True)
    shutil.rmtree(paths.logs, ignore_errors=True)
    (paths.root / "instance.lock").unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # something of the person's own is still there
        paths.root.rmdir()
