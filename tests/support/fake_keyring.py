"""A keyring backend for unit tests, kept in one JSON file.

Unit tests run the command line as separate processes, which must share the
keyring; the real Secret Service is used by the end-to-end tests. Select it with
``PYTHON_KEYRING_BACKEND=tests.support.fake_keyring.FileKeyring`` and
``FAKE_KEYRING_FILE=PATH``; ``FAKE_KEYRING_LOCKED=1`` makes it act locked.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Stores secrets in the JSON file named by ``FAKE_KEYRING_FILE``."""

    priority = 1.0  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ["FAKE_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        if os.environ.get("FAKE_KEYRING_LOCKED") == "1":
            raise KeyringLocked("the test keyring is locked")
        try:
            data: dict[str, str] = json.loads(self._path().read_text())
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._path().write_text(json.dumps(data))
