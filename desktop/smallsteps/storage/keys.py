"""Getting the journal's data key: from the keyring, or from the person's passphrase.

The data key is random and made on first use. It lives in the OS keyring. If the
person also sets a passphrase, the key is kept in the journal wrapped under a key
derived from it (scrypt; the passphrase itself is never stored), so notes stay
reachable on a machine without a keyring. Without either, notes stay closed.
"""

from __future__ import annotations

import logging

from smallsteps.core.i18n import QT_TRANSLATE_NOOP
from smallsteps.storage.journal import Journal, JournalError, WrongKeyError
from smallsteps.storage.keystore import KeyringKeyStore, KeyUnavailableError

log = logging.getLogger(__name__)

_WRAP_LABEL = b"smallsteps-data-key"


class KeyManager:
    """Unlocks the journal's notes when it can, and says plainly why when it cannot.

    Args:
        journal: the journal to unlock.
        keystore: the keyring entry for this journal's key.
    """

    def __init__(self, journal: Journal, keystore: KeyringKeyStore) -> None:
        self._journal = journal
        self._keystore = keystore
        self._key: bytes | None = None

    @property
    def unlocked(self) -> bool:
        """Whether notes can be kept and read now."""
        return not self._journal.locked

    @property
    def has_passphrase(self) -> bool:
        """Whether a passphrase can open this journal's notes."""
        return self._journal.meta("wrapped_key") is not None

    def try_unlock(self) -> str | None:
        """Unlock from the keyring if possible; return ``None``, or why not (for the person)."""
        if not self._journal.locked:
            return None
        from smallsteps.storage.cipher import new_key  # noqa: PLC0415 - on first use

        try:
            key = self._keystore.load()
            if key is None:
                if self._journal.has_key:
                    if self.has_passphrase:
                        return QT_TRANSLATE_NOOP(
                            "Errors",
                            "The key to your notes is not in your keyring. "
                            "Your passphrase can open them.",
                        )
                    return QT_TRANSLATE_NOOP(
                        "Errors", "The key to your notes is not in your keyring."
                    )
                key = new_key()
                self._keystore.save(key)
                log.info("a new key for notes was made and kept in the keyring")
        except KeyUnavailableError as exc:
            log.info("notes closed: %s", exc)
            return exc.args[0] if exc.args else str(exc)
        try:
            self._journal.unlock(key)
        except WrongKeyError:
            return QT_TRANSLATE_NOOP(
                "Errors", "The key in your keyring does not open this journal’s notes."
            )
        except JournalError as exc:
            return exc.args[0] if exc.args else str(exc)
        self._key = key
        return None

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Open notes with the passphrase (setting it up if the journal has no key yet).

        Raises:
            WrongKeyError: the passphrase does not open this journal.
        """
        from smallsteps.storage.cipher import (  # noqa: PLC0415 - on first use
            CipherError,
            NoteCipher,
            new_key,
            passphrase_key,
        )

        wrapped = self._journal.meta("wrapped_key")
        salt = self._journal.meta("kdf_salt")
        if wrapped is None or salt is None:
            if self._journal.has_key:
                raise WrongKeyError(
                    QT_TRANSLATE_NOOP("Errors", "No passphrase was set for these notes.")
                )
            key = new_key()
            self._journal.unlock(key)
            self._key = key
            self.set_passphrase(passphrase)
            return
        try:
            key = NoteCipher(passphrase_key(passphrase, salt)).unwrap(wrapped, _WRAP_LABEL)
        except CipherError:
            raise WrongKeyError(
                QT_TRANSLATE_NOOP("Errors", "That passphrase does not open your notes.")
            ) from None
        self._journal.unlock(key)
        self._key = key

    def set_passphrase(self, passphrase: str) -> None:
        """Let this passphrase open the notes too (they must be open now)."""
        if self._key is None:
            raise WrongKeyError(
                QT_TRANSLATE_NOOP("Errors", "A passphrase can be set once your notes are open.")
            )
        from smallsteps.storage.cipher import NoteCipher, new_salt, passphrase_key  # noqa: PLC0415

        salt = new_salt()
        wrapped = NoteCipher(passphrase_key(passphrase, salt)).wrap(self._key, _WRAP_LABEL)
        self._journal.set_meta("kdf_salt", salt)
        self._journal.set_meta("wrapped_key", wrapped)
        log.info("a passphrase can now open the notes")

    def forget(self) -> bool:
        """Remove the key from the keyring (when all data is deleted)."""
        self._key = None
        return self._keystore.delete()
