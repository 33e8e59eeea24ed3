"""The data the whole app passes around: steps, step kinds, reminder times.

These are plain frozen dataclasses so every layer (storage, services, ui) can share
them and Qt signals can carry them without dicts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum

from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase

FEELING_TEXTS: dict[int, Phrase] = {
    1: QT_TRANSLATE_NOOP("Feelings", "Heavy"),
    2: QT_TRANSLATE_NOOP("Feelings", "A little low"),
    3: QT_TRANSLATE_NOOP("Feelings", "Steady"),
    4: QT_TRANSLATE_NOOP("Feelings", "Lighter"),
    5: QT_TRANSLATE_NOOP("Feelings", "Bright"),
}
"""The 5-point feeling scale, marked for translation (see `FEELING_WORDS`)."""

FEELING_WORDS: dict[int, str] = {value: text.source for value, text in FEELING_TEXTS.items()}
"""The 5-point feeling scale, shown to the person in words, never as a score."""


class Weekday(IntEnum):
    """Days of the week, Monday first, as `datetime.weekday()` numbers them."""

    MON = 0
    TUE = 1
    WED = 2
    THU = 3
    FRI = 4
    SAT = 5
    SUN = 6

    @property
    def short(self) -> str:
        """Three-letter lower-case name used in files and on the command line."""
        return self.name.lower()


ALL_DAYS: frozenset[Weekday] = frozenset(Weekday)


@dataclass(frozen=True)
class ReminderTime:
    """One time of day at which a nudge is sent, on some days of the week.

    Attributes:
        hour: 0-23, local wall-clock time.
        minute: 0-59.
        days: the weekdays on which it applies; never empty.
    """

    hour: int
    minute: int
    days: frozenset[Weekday] = ALL_DAYS

    @property
    def label(self) -> str:
        """The time as the person reads it, e.g. ``"14:30"``."""
        return f"{self.hour:02d}:{self.minute:02d}"

    @property
    def days_label(self) -> str:
        """The days as a short comma-separated list, or ``"every day"``."""
        if self.days == ALL_DAYS:
            return "every day"
        return ",".join(d.short for d in sorted(self.days))


@dataclass(frozen=True)
class StepKind:
    """A kind of small step the person can take (a catalog entry).

    Attributes:
        id: stable identifier stored in the journal, e.g. ``"breathe"``.
        label: what the person reads, e.g. ``"A few slow breaths"``.
        icon: name of the SVG icon in the resources, without extension.
        suggestion: a short invitation used when a nudge suggests this step.
        hidden: the person took it out of the list; it stays in their history.
    """

    id: str
    label: str
    icon: str
    suggestion: str
    hidden: bool = False


@dataclass(frozen=True)
class Step:
    """One small step the person took, as kept in the journal.

    Attributes:
        id: a stable unique id (UUID4 hex), used to merge imports without duplicates.
        kind: the `StepKind.id`.
        taken_at: when it was taken, timezone-aware.
        note: the person's optional note.
        feeling: optional 1-5 (see `FEELING_WORDS`).
    """

    id: str
    kind: str
    taken_at: datetime
    note: str | None = None
    feeling: int | None = None


@dataclass(frozen=True)
class StepDraft:
    """What the step dialog or the command line hands over to be recorded.

    Attributes:
        kind: the `StepKind.id` chosen.
        note: the optional note, as typed.
        feeling: optional 1-5.
        taken_at: when; ``None`` means now.
    """

    kind: str
    note: str | None = None
    feeling: int | None = None
    taken_at: datetime | None = None


def new_step_id() -> str:
    """Return a fresh stable id for a step (32 hex digits, like a UUID4's hex)."""
    return os.urandom(16).hex()  # as secrets.token_hex(16), without loading hmac/OpenSSL
