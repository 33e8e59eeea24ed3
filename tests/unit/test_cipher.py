"""The note cipher: what it seals opens only with its key, on its own row, untouched."""

from __future__ import annotations

import pytest

from smallsteps.storage.cipher import (
    KEY_BYTES,
    NONCE_BYTES,
    SALT_BYTES,
    CipherError,
    NoteCipher,
    new_key,
    new_salt,
    passphrase_key,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
ROW = "3f0c5e0a9b6d4c1e8a7f2b1d0c9e8f7a"
OTHER_ROW = "0123456789abcdef0123456789abcdef"
WHEN = 1_795_000_000_123_456  # microseconds since the epoch

NOTES = [
    "tea on the balcony",
    "Grüße, naïve café, Ærøskøbing",
    "a walk 🚶‍♀️ in the rain 🌧️, then 🍵",
    "שלום, נשמתי עמוק",  # Hebrew, right to left
    "تنفست ببطء \u200f ثم ابتسمت",  # Arabic with a right-to-left mark
    "line one\nline two\r\n\ttabbed, \"quoted\", 'single' \\ backslash",
    "",
    "x" * 100_000,  # a 100 KB note
    "漢字かなカナ한국어 " * 2_000,
]


@pytest.fixture
def cipher() -> NoteCipher:
    return NoteCipher(KEY)


@pytest.mark.parametrize("note", NOTES, ids=range(len(NOTES)))
@pytest.mark.parametrize("feeling", [None, 1, 5])
def test_seal_then_open_gives_back_the_note_and_feeling(
    cipher: NoteCipher, note: str, feeling: int | None
) -> None:
    sealed = cipher.seal(ROW, WHEN, note, feeling)
    assert note.encode("utf-8") not in sealed or not note
    assert cipher.open(ROW, WHEN, sealed) == (note, feeling)
    assert NoteCipher(KEY).open(ROW, WHEN, sealed) == (note, feeling)  # same key, new object


def test_a_feeling_without_a_note_round_trips(cipher: NoteCipher) -> None:
    sealed = cipher.seal(ROW, WHEN, None, 3)
    assert cipher.open(ROW, WHEN, sealed) == (None, 3)


def test_a_sealed_value_hides_its_length_only_by_a_fixed_overhead(cipher: NoteCipher) -> None:
    sealed = cipher.seal(ROW, WHEN, "abc", None)
    plain_length = len('{"note": "abc", "feeling": null}')
    assert len(sealed) == 1 + NONCE_BYTES + plain_length + 16
    assert sealed[:1] == b"\x01"


def test_every_seal_of_the_same_input_differs(cipher: NoteCipher) -> None:
    sealed = [cipher.seal(ROW, WHEN, "the same words", 4) for _ in range(200)]
    assert len(set(sealed)) == len(sealed)
    nonces = {s[1 : 1 + NONCE_BYTES] for s in sealed}
    assert len(nonces) == len(sealed)
    assert all(cipher.open(ROW, WHEN, s) == ("the same words", 4) for s in sealed)


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_a_changed_byte_anywhere_fails_loudly(cipher: NoteCipher, mask: int) -> None:
    sealed = cipher.seal(ROW, WHEN, "hi", 2)
    assert 1 + NONCE_BYTES + 16 < len(sealed) < 80
    failures = 0
    for position in range(len(sealed)):
        tampered = bytearray(sealed)
        tampered[position] ^= mask
        with pytest.raises(CipherError):
            cipher.open(ROW, WHEN, bytes(tampered))
        failures += 1
    assert failures == len(sealed)


def test_a_shortened_or_lengthened_value_fails(cipher: NoteCipher) -> None:
    sealed = cipher.seal(ROW, WHEN, "hi", 2)
    for cut in range(len(sealed)):
        with pytest.raises(CipherError):
            cipher.open(ROW, WHEN, sealed[:cut])
    with pytest.raises(CipherError):
        cipher.open(ROW, WHEN, sealed + b"\x00")
    with pytest.raises(CipherError):
        cipher.open(ROW, WHEN, b"")


def test_a_wrong_key_fails(cipher: NoteCipher) -> None:
    sealed = cipher.seal(ROW, WHEN, "mine only", 5)
    with pytest.raises(CipherError, match="does not open"):
        NoteCipher(OTHER_KEY).open(ROW, WHEN, sealed)
    with pytest.raises(CipherError):
        NoteCipher(new_key()).open(ROW, WHEN, sealed)


@pytest.mark.parametrize(
    ("step_id", "taken_at_us"),
    [
        (OTHER_ROW, WHEN),  # another row
        (ROW, WHEN + 1),  # the same row, one microsecond later
        (ROW, WHEN - 1_000_000),
        (ROW, -WHEN),
        (ROW.upper(), WHEN),
        (ROW + "0", WHEN),
        (ROW[:-1], WHEN),
    ],
)
def test_a_value_sealed_for_one_row_does_not_open_on_another(
    cipher: NoteCipher, step_id: str, taken_at_us: int
) -> None:
    sealed = cipher.seal(ROW, WHEN, "this is row A", 1)
    with pytest.raises(CipherError):
        cipher.open(step_id, taken_at_us, sealed)


def test_two_rows_with_their_values_swapped_both_fail(cipher: NoteCipher) -> None:
    first = cipher.seal(ROW, WHEN, "first", 1)
    second = cipher.seal(OTHER_ROW, WHEN, "second", 5)
    with pytest.raises(CipherError):
        cipher.open(ROW, WHEN, second)
    with pytest.raises(CipherError):
        cipher.open(OTHER_ROW, WHEN, first)


def test_the_id_and_time_cannot_be_shifted_into_each_other(cipher: NoteCipher) -> None:
    # The associated data separates id and time: "ab" + 1|23 must differ from "ab|1" + 23.
    sealed = cipher.seal("ab", 123, "x", None)
    with pytest.raises(CipherError):
        cipher.open("ab|1", 23, sealed)
    with pytest.raises(CipherError):
        cipher.open("ab1", 23, sealed)


def test_wrap_then_unwrap_gives_back_the_secret(cipher: NoteCipher) -> None:
    secret = new_key()
    wrapped = cipher.wrap(secret, b"label")
    assert secret not in wrapped
    assert cipher.unwrap(wrapped, b"label") == secret
    assert cipher.wrap(secret, b"label") != wrapped  # a fresh nonce each time


def test_unwrap_fails_with_a_wrong_key_label_or_a_changed_byte(cipher: NoteCipher) -> None:
    wrapped = cipher.wrap(b"secret", b"label")
    with pytest.raises(CipherError):
        NoteCipher(OTHER_KEY).unwrap(wrapped, b"label")
    with pytest.raises(CipherError):
        cipher.unwrap(wrapped, b"other label")
    for position in range(len(wrapped)):
        tampered = bytearray(wrapped)
        tampered[position] ^= 0x01
        with pytest.raises(CipherError):
            cipher.unwrap(bytes(tampered), b"label")
    with pytest.raises(CipherError, match="not a sealed value"):
        cipher.unwrap(wrapped[:20], b"label")


def test_a_wrapped_secret_is_not_a_sealed_note(cipher: NoteCipher) -> None:
    wrapped = cipher.wrap(b"secret", b"label")
    with pytest.raises(CipherError):
        cipher.open(ROW, WHEN, wrapped)


def test_passphrase_key_is_the_same_for_the_same_passphrase_and_salt() -> None:
    salt = bytes(SALT_BYTES)
    first = passphrase_key("correct horse battery staple", salt)
    assert len(first) == KEY_BYTES
    assert passphrase_key("correct horse battery staple", salt) == first
    assert passphrase_key("correct horse battery staple", b"\x01" * SALT_BYTES) != first
    assert passphrase_key("correct horse battery stapler", salt) != first
    assert passphrase_key("ünïcødé 🔑", salt) == passphrase_key("ünïcødé 🔑", salt)
    NoteCipher(first)  # usable as a data key


def test_new_salts_and_keys_are_fresh() -> None:
    salts = {new_salt() for _ in range(50)}
    keys = {new_key() for _ in range(50)}
    assert len(salts) == 50
    assert all(len(s) == SALT_BYTES for s in salts)
    assert len(keys) == 50
    assert all(len(k) == KEY_BYTES for k in keys)


@pytest.mark.parametrize("length", [0, 1, 16, 24, 31, 33, 64])
def test_a_key_of_the_wrong_length_is_refused(length: int) -> None:
    with pytest.raises(CipherError, match="wrong length"):
        NoteCipher(bytes(length))
