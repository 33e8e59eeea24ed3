"""Write the files other programs read (login items, menu entries, icons) in one piece.

A session manager, a menu or an icon cache may read these files at any moment; a
crash or a full disk half way through must leave the old file or the new one, never
a torn one that the desktop then ignores or, worse, misreads.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

SHARED_FILE_MODE = 0o644
"""Readable by the desktop's own programs; nothing written here is private."""


def write_atomically(path: Path, data: bytes, mode: int = SHARED_FILE_MODE) -> None:
    """Write ``data`` to ``path`` through a synced temporary file and a rename.

    Missing parent folders are made first.

    Args:
        path: the file to write (replaced if it exists).
        data: its new content.
        mode: its permission bits.

    Raises:
        OSError: the folder or the file could not be written; nothing changed.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
