"""The data key's home: the operating system's keyring, through ``keyring``.

That is the Secret Service on Linux, the Credential Locker on Windows and the
Keychain on macOS. It fails closed: with no usable keyring (none at all, the null or fail backend, a
locked collection, a daemon that went away) it raises `KeyUnavailableError`
with a plain reason. It never falls back to a file.
"""

from __future__ import annotations

import base64
import logging
from typing import Any

from smallsteps.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "io.github.smallsteps.SmallSteps"
NO_KEYRING = QT_TRANSLATE_NOOP(
    "Errors", "There is no keyring on this computer to keep the key to your notes."
)


class KeyUnavailableError(Exception):
    """The keyring cannot give or keep the key now; the message is for the person."""


def _backend() -> Any:
    import keyring  # noqa: PLC0415 - loaded only when a note needs the key

    backend = keyring.get_keyring()
    names = {type(b).__module__ for b in getattr(backend, "backends", [backend])}
    usable = [
        n for n in names if not n.startswith(("keyring.backends.fail", "keyring.backends.null"))
    ]
    if not usable:
        raise KeyUnavailableError(NO_KEYRING)
    return backend


def _errors() -> tuple[type[BaseException], ...]:
    # Backends raise their own errors too (secretstorage, jeepney, D-Bus): whatever goes
    # wrong, the keyring is unusable now and notes stay closed.
    return (Exception,)


class KeyringKeyStore:
    """Keeps one journal's data key in the keyring.

    Args:
        account: the entry's name, unique to the data folder.
    """

    def __init__(self, account: str) -> None:
        self.account = account

    def load(self) -> bytes | None:
        """Return the key, or ``None`` when the keyring has no entry for it.

        Raises:
            KeyUnavailableError: the keyring cannot be used now (absent, locked, gone).
        """
        try:
            value = _backend().get_password(SERVICE, self.account)
        except KeyUnavailableError:
            raise
        except _errors() as exc:
            raise KeyUnavailableError(_reason(exc)) from exc
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            log.warning("the keyring entry is not a key; ignoring it")
            return None

    def save(self, key: bytes) -> None:
        """Keep the key in the keyring.

        Raises:
            KeyUnavailableError: the keyring cannot be used now.
        """
        try:
            _backend().set_password(SERVICE, self.account, base64.b64encode(key).decode("ascii"))
        except KeyUnavailableError:
            raise
        except _errors() as exc:
            raise KeyUnavailableError(_reason(exc)) from exc

    def delete(self) -> bool:
        """Remove the entry; ``True`` if it was there and is gone."""
        try:
            _backend().delete_password(SERVICE, self.account)
        except KeyUnavailableError:
            return False
        except _errors() as exc:
            log.info("keyring entry not removed: %s", type(exc).__name__)
            return False
        return True


def _reason(exc: BaseException) -> str:
    name = type(exc).__name__
    if name == "KeyringLocked":
        return QT_TRANSLATE_NOOP(
            "Errors",
            "Your keyring is locked. Unlock it, and your notes can be kept and read again.",
        )
    if name == "NoKeyringError":
        return NO_KEYRING
    return QT_TRANSLATE_NOOP(
        "Errors", "Your keyring did not answer just now, so notes cannot be kept or read."
    )
