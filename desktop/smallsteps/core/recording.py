"""Turning a draft (from the dialog or the command line) into a step to keep."""

from __future__ import annotations

from datetime import datetime

from smallsteps.core.catalog import Catalog
from smallsteps.core.i18n import QT_TRANSLATE_NOOP
from smallsteps.core.models import FEELING_WORDS, Step, StepDraft, new_step_id
from smallsteps.core.parsing import InputError, clean_note, shown

MAX_NOTE_CHARS = 100_000
EARLIEST_YEAR = 1970  # the importer takes back the same years (storage/importer.py)
LATEST_YEAR = 9000


def build_step(draft: StepDraft, catalog: Catalog, now: datetime) -> Step:
    """Check a draft and return the step to keep.

    Args:
        draft: what the person chose and typed.
        catalog: the steps that exist.
        now: the current local time, used when the draft has no time.

    Raises:
        InputError: with a one-line message for the person.
    """
    if draft.kind not in catalog:
        kinds = ", ".join(catalog.ids)
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "“{kind}” is not one of the steps. The steps are: {kinds}."),
            kind=shown(draft.kind),
            kinds=kinds,
        )
    if draft.feeling is not None and draft.feeling not in FEELING_WORDS:
        raise InputError(QT_TRANSLATE_NOOP("Input", "A feeling is a number from 1 to 5."))
    raw = draft.note.replace("\x00", "") if draft.note is not None else None
    if raw is not None:
        try:
            raw.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                QT_TRANSLATE_NOOP("Input", "That note has characters that cannot be kept as text.")
            ) from None
    note = clean_note(raw)
    if note is not None and len(note) > MAX_NOTE_CHARS:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Input", "That note is very long; please keep it under 100,000 characters."
            )
        )
    taken_at = draft.taken_at or now
    if taken_at.tzinfo is None or taken_at.utcoffset() is None:
        raise InputError(QT_TRANSLATE_NOOP("Input", "The time of a step needs a time zone."))
    if not EARLIEST_YEAR <= taken_at.year <= LATEST_YEAR:
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "Please give a time between {first} and {last}."),
            first=EARLIEST_YEAR,
            last=LATEST_YEAR,
        )
    return Step(new_step_id(), draft.kind, taken_at, note, draft.feeling)
