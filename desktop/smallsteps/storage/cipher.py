"""Sealing the private part of a step (note and feeling) with AES-GCM.

Each sealed value has its own random nonce, and the step's id and time are bound
as associated data: a sealed note copied onto another row, a wrong key, or one
flipped bit all fail loudly instead of showing someone else's words.
"""

from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT = b"\x01"
SALT_BYTES = 16


class CipherError(Exception):
    """A sealed value cannot be opened: wrong key, tampered data, or another row's."""


def new_key() -> bytes:
    """Return a fresh random data key."""
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def _aad(step_id: str, taken_at_us: int) -> bytes:
    return b"smallsteps-step-v1|" + step_id.encode("utf-8") + b"|" + str(taken_at_us).encode()


class NoteCipher:
    """Seals and opens notes and feelings with one data key.

    Args:
        key: the 32-byte data key.
    """

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise CipherError("the data key has the wrong length")
        self._aead = AESGCM(key)

    def seal(self, step_id: str, taken_at_us: int, note: str | None, feeling: int | None) -> bytes:
        """Return the sealed form of a step's note and feeling."""
        plain = json.dumps({"note": note, "feeling": feeling}, ensure_ascii=False).encode("utf-8")
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT + nonce + self._aead.encrypt(nonce, plain, _aad(step_id, taken_at_us))

    def open(self, step_id: str, taken_at_us: int, sealed: bytes) -> tuple[str | None, int | None]:
        """Return ``(note, feeling)`` from a sealed value.

        Raises:
            CipherError: wrong key, tampering, or a value sealed for another step.
        """
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != FORMAT:
            raise CipherError("not a sealed value")
        nonce, body = sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :]
        try:
            plain = self._aead.decrypt(nonce, body, _aad(step_id, taken_at_us))
        except InvalidTag:
            raise CipherError("the sealed value does not open with this key here") from None
        data = json.loads(plain.decode("utf-8"))
        return data["note"], data["feeling"]

    def wrap(self, secret: bytes, label: bytes) -> bytes:
        """Seal a small secret (e.g. the data key) under this key."""
        nonce = os.urandom(NONCE_BYTES)
        return FORMAT + nonce + self._aead.encrypt(nonce, secret, label)

    def unwrap(self, sealed: bytes, label: bytes) -> bytes:
        """Open what `wrap` sealed.

        Raises:
            CipherError: wrong key or tampering.
        """
        if len(sealed) < 1 + NONCE_BYTES + 16 or sealed[:1] != FORMAT:
            raise CipherError("not a sealed value")
        try:
            return self._aead.decrypt(sealed[1 : 1 + NONCE_BYTES], sealed[1 + NONCE_BYTES :], label)
        except InvalidTag:
            raise CipherError("the sealed value does not open with this key") from None


def passphrase_key(passphrase: str, salt: bytes) -> bytes:
    """Derive a key from a passphrase with scrypt (never stored anywhere)."""
    kdf = Scrypt(salt=salt, length=KEY_BYTES, n=2**15, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


def new_salt() -> bytes:
    """Return a fresh random salt for `passphrase_key`."""
    return os.urandom(SALT_BYTES)
