"""A keyring backend in memory, for unit tests that run in the test process itself.

Install it with ``keyring.set_keyring(MemoryKeyring())`` (and put the previous
backend back afterwards). It has no ``priority``, so keyring never picks it on its
own. Setting ``failure`` makes every call raise that exception: a locked
collection (``KeyringLocked``) or a daemon that went away.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict keyed by ``(service, username)``."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.failure: BaseException | None = None

    def _check(self) -> None:
        if self.failure is not None:
            raise self.failure

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")
