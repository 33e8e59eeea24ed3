"""Write a small file so that a crash or a full disk leaves either the old or the new content.

Used for the app's own files (settings, state: private, mode 0600) and for the files
other programs read (login items, menu entries, icons: ``SHARED_FILE_MODE``), which a
session manager, a menu or an icon cache may read at any moment.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from smallsteps.storage.paths import FILE_MODE

SHARED_FILE_MODE = 0o644
"""Readable by the desktop's own programs; nothing written with it is private."""


def write_atomic(
    path: Path, data: str | bytes, mode: int = FILE_MODE, *, make_folders: bool = False
) -> None:
    """Write ``data`` to ``path`` through a synced temporary file and a rename.

    The folder is synced too, so the rename itself survives a power cut.

    Args:
        path: the file to write (replaced if it exists).
        data: its new content (text is written as UTF-8).
        mode: its permission bits (private by default).
        make_folders: make missing parent folders first.

    Raises:
        OSError: the folder or the file could not be written; nothing changed.
    """
    if make_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
    content = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
