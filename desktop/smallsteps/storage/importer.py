"""Bring steps back from an export (JSON or CSV): merged, checked, never half-kept.

Every field of every row is checked; a row that fails is refused whole, with the
reason, and the others still come in. Steps already in the journal (same id) are
left as they are, so importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from smallsteps.core.i18n import QT_TRANSLATE_NOOP
from smallsteps.core.models import FEELING_WORDS, Step
from smallsteps.core.recording import MAX_NOTE_CHARS
from smallsteps.storage.export import FIELDS, FORMAT_VERSION
from smallsteps.storage.journal import Journal, NotesLockedError

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KIND = re.compile(r"^[a-z0-9_]{1,40}$")
MAX_IMPORT_BYTES = 50 * 1024 * 1024


class ImportFileError(ValueError):
    """The file as a whole cannot be read as an export; the message is for the person."""


@dataclass
class ImportReport:
    """What an import did.

    Attributes:
        added: steps that came in.
        already_there: steps the journal already had (same id), left as they were.
        refused: ``(row number, reason)`` for every row that was not taken.
    """

    added: int = 0
    already_there: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)


def _step(row: Any) -> Step:
    """Check one row and return the step; raises ValueError with the reason."""
    if not isinstance(row, dict):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "it is not a step"))
    step_id, kind, when = row.get("id"), row.get("kind"), row.get("taken_at")
    if not isinstance(step_id, str) or not _ID.fullmatch(step_id):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its id is missing or not an id"))
    if not isinstance(kind, str) or not _KIND.fullmatch(kind):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its kind is missing or not a kind of step"))
    if not isinstance(when, str):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its time is missing"))
    try:
        taken_at = datetime.fromisoformat(when)
    except ValueError:
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its time is not an ISO 8601 time")) from None
    if taken_at.tzinfo is None or taken_at.utcoffset() is None:
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its time has no UTC offset"))
    if not 1970 <= taken_at.year <= 9000:
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its time is out of range"))
    note = row.get("note")
    if note == "":
        note = None
    if note is not None:
        if not isinstance(note, str):
            raise ValueError(QT_TRANSLATE_NOOP("Errors", "its note is not text"))
        if len(note) > MAX_NOTE_CHARS or "\x00" in note:
            raise ValueError(
                QT_TRANSLATE_NOOP("Errors", "its note is too long or holds a NUL character")
            )
        try:
            note.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(QT_TRANSLATE_NOOP("Errors", "its note is not valid text")) from None
    feeling = row.get("feeling")
    if feeling == "":
        feeling = None
    if isinstance(feeling, str) and feeling.isascii() and feeling.isdecimal():
        feeling = int(feeling)
    if feeling is not None and (
        isinstance(feeling, bool) or not isinstance(feeling, int) or feeling not in FEELING_WORDS
    ):
        raise ValueError(QT_TRANSLATE_NOOP("Errors", "its feeling is not 1 to 5"))
    return Step(step_id, kind, taken_at, note, feeling)


def parse_export(data: bytes) -> list[Any]:
    """Return the rows of an export file (JSON or CSV).

    Raises:
        ImportFileError: the file is not an export of Small Steps.
    """
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "That file is too large to be an export of Small Steps.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "That file is not text, so it cannot be an export.")
        ) from None
    if text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "That JSON file could not be read.")
            ) from None
        if not isinstance(doc, dict) or not isinstance(doc.get("steps"), list):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "That JSON file is not an export of Small Steps.")
            )
        version = doc.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors", "That export comes from a newer Small Steps; please update."
                )
            )
        return list(doc["steps"])
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if reader.fieldnames is None or not set(FIELDS) <= set(reader.fieldnames):
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "That CSV file does not have the columns of an export.")
            )
        return [dict(r) for r in reader]
    except csv.Error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "That CSV file could not be read.")
        ) from None


def import_steps(journal: Journal, data: bytes) -> ImportReport:
    """Merge the steps of an export into the journal.

    Raises:
        ImportFileError: the file as a whole is not an export.
        JournalError: the journal could not be written (or notes are closed).
    """
    report = ImportReport()
    steps: list[Step] = []
    for number, row in enumerate(parse_export(data), start=1):
        try:
            steps.append(_step(row))
        except ValueError as exc:
            report.refused.append((number, exc.args[0] if exc.args else str(exc)))
    if journal.locked and any(s.note is not None or s.feeling is not None for s in steps):
        raise NotesLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This export holds notes, and notes need your keyring (or a passphrase) to be "
                "kept safely. Nothing was imported.",
            )
        )
    for step in steps:
        if journal.add(step):
            report.added += 1
        else:
            report.already_there += 1
    return report
