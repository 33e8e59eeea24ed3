"""The app's log: a small rotating file in the data folder, never holding note text."""

from __future__ import annotations

import logging
import logging.handlers
import os

from smallsteps.storage.paths import FILE_MODE, DataPaths, make_private_dir

MAX_LOG_BYTES = 512 * 1024
LOG_FILES_KEPT = 3


def setup_logging(paths: DataPaths, verbose: bool = False) -> None:
    """Send log records to ``logs/smallsteps.log`` (rotating, size-capped, private)."""
    make_private_dir(paths.logs)
    path = paths.logs / "smallsteps.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_LOG_BYTES, backupCount=LOG_FILES_KEPT, encoding="utf-8"
    )
    if os.name == "posix":
        path.chmod(FILE_MODE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # we log what it decides ourselves
    logging.getLogger("tzlocal").setLevel(logging.WARNING)
