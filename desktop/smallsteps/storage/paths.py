"""Where every file lives: one data folder, private to the person.

By default the platform's user data folder (platformdirs); ``--data-dir`` moves
everything (journal, settings, logs, the single-instance name) under one folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

try:  # the built-in SHA-256: hashlib would load OpenSSL's libcrypto (~3.5 MiB) for one digest
    from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # Python >= 3.12
except ImportError:
    try:
        from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:  # a Python built without its own hashes
        from hashlib import sha256  # type: ignore[assignment,unused-ignore]

DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class DataPaths:
    """The locations of Small Steps' files under one data folder."""

    root: Path

    @classmethod
    def default(cls) -> DataPaths:
        """Return the platform's default data folder for Small Steps."""
        from platformdirs import user_data_dir  # noqa: PLC0415 - not needed with --data-dir

        return cls(Path(user_data_dir("smallsteps", appauthor=False)))

    @classmethod
    def from_option(cls, data_dir: Path | None) -> DataPaths:
        """Return the folder given with ``--data-dir`` (made absolute), else the default."""
        return cls(data_dir.expanduser().absolute()) if data_dir else cls.default()

    @property
    def journal(self) -> Path:
        """The SQLite journal of steps."""
        return self.root / "journal.sqlite3"

    @property
    def settings(self) -> Path:
        """The settings file (JSON)."""
        return self.root / "settings.json"

    @property
    def state(self) -> Path:
        """Small bits of state kept across restarts (pause, last nudge line)."""
        return self.root / "state.json"

    @property
    def logs(self) -> Path:
        """The folder of log files."""
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        """The folder of journal backups."""
        return self.root / "backups"

    @property
    def _digest(self) -> str:
        return str(sha256(str(self.root.resolve()).encode("utf-8")).hexdigest())[:16]

    @property
    def instance_name(self) -> str:
        """The single-instance channel's name, unique to this data folder and user."""
        user = os.getuid() if hasattr(os, "getuid") else 0
        return f"smallsteps-{user}-{self._digest}"

    @property
    def keyring_account(self) -> str:
        """The keyring entry's name for this data folder's journal key."""
        return f"journal-key-{self._digest}"

    def ensure(self) -> None:
        """Create the data folder (private to the person) and keep new files private.

        The process umask becomes 077, so every file created from here on (journal,
        its WAL, logs, exports, backups) is readable by the person only.
        """
        if os.name == "posix":
            os.umask(0o077)
        make_private_dir(self.root)


def make_private_dir(path: Path) -> None:
    """Create a folder readable only by the person, and tighten an existing one."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        path.chmod(DIR_MODE)


def aside_path(path: Path, why: str) -> Path:
    """Return a free name to keep ``path`` beside itself, e.g. ``settings.json.unreadable-…``.

    Named by the second; a counter is added when that name is taken, so nothing kept
    aside is ever overwritten.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    counter = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.{why}-{stamp}-{counter}")
        counter += 1
    return aside


def touch_private(path: Path) -> None:
    """Create an empty file readable only by the person, if it does not exist."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    if os.name == "posix":
        path.chmod(FILE_MODE)
