"""The app's log: a small rotating file in the data folder, never holding note text.

The rotation is done here rather than with ``logging.handlers.RotatingFileHandler``
because importing ``logging.handlers`` loads ``socket``, ``pickle`` and ``queue`` for
its other handlers, before the tray icon is shown (about 6 ms and 1 MiB).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from smallsteps.storage.paths import FILE_MODE, DataPaths, make_private_dir

MAX_LOG_BYTES = 512 * 1024
LOG_FILES_KEPT = 3


class RotatingLogFile(logging.FileHandler):
    """Appends to ``path``; past ``max_bytes`` it becomes ``path.1`` (``.1`` -> ``.2`` ...).

    The same rotation as ``logging.handlers.RotatingFileHandler``: at most ``kept``
    older files are kept, the oldest is dropped.

    Args:
        path: the log file.
        max_bytes: the size at which the file is rotated.
        kept: how many older files to keep.
    """

    def __init__(self, path: Path, max_bytes: int, kept: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._path = path
        self._max_bytes = max_bytes
        self._kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record, rotating first if it would make the file too large."""
        try:
            stream = self.stream
            if stream is None:
                stream = self.stream = self._open()
            line = f"{self.format(record)}{self.terminator}"
            stream.seek(0, os.SEEK_END)
            if stream.tell() + len(line) >= self._max_bytes and stream.tell() > 0:
                self._rotate()
        except Exception:  # noqa: BLE001 - logging must never take the app down
            self.handleError(record)
            return
        super().emit(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self._kept - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{number}")
            if older.exists():
                older.replace(self._path.with_name(f"{self._path.name}.{number + 1}"))
        if self._kept > 0 and self._path.exists():
            self._path.replace(self._path.with_name(f"{self._path.name}.1"))
        self.stream = self._open()


def setup_logging(paths: DataPaths, verbose: bool = False) -> None:
    """Send log records to ``logs/smallsteps.log`` (rotating, size-capped, private)."""
    make_private_dir(paths.logs)
    path = paths.logs / "smallsteps.log"
    handler = RotatingLogFile(path, MAX_LOG_BYTES, LOG_FILES_KEPT)
    if os.name == "posix":
        path.chmod(FILE_MODE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.ERROR)  # we log what it decides ourselves
    logging.getLogger("tzlocal").setLevel(logging.WARNING)
