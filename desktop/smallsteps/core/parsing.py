"""Turn what a person types (times, days, feelings, dates) into values, kindly.

Every parser raises `InputError` with a one-line message that says what is
expected, so the command line and the dialogs can show it as it is.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translate, english, error_text
from smallsteps.core.models import ALL_DAYS, FEELING_WORDS, Weekday


class InputError(ValueError):
    """Input that cannot be used; the message is meant for the person.

    ``str(error)`` is the English line. Raised with a `Phrase` (marked with
    ``QT_TRANSLATE_NOOP``) and its fields, `message` gives it in the person's
    language.

    Args:
        message: the line, or a phrase to translate when shown.
        fields: the values for the phrase's ``{name}`` fields.
    """

    def __init__(self, message: str | Phrase, /, **fields: object) -> None:
        super().__init__(message.fill(**fields) if isinstance(message, Phrase) else message)

    def message(self, translate: Translate = english) -> str:
        """Return the line in the language of ``translate``."""
        return error_text(self, translate)

    @classmethod
    def like(cls, other: InputError) -> InputError:
        """Return an error of this class that says what ``other`` says (in any language)."""
        return cls(other.args[0] if len(other.args) == 1 else str(other))


_TIME_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_FULL_DAY_NAMES = {
    "monday": Weekday.MON,
    "tuesday": Weekday.TUE,
    "wednesday": Weekday.WED,
    "thursday": Weekday.THU,
    "friday": Weekday.FRI,
    "saturday": Weekday.SAT,
    "sunday": Weekday.SUN,
}
_MAX_SHOWN = 40
_FEELING_SCALE = QT_TRANSLATE_NOOP("Input", "A feeling is a number from 1 to 5 ({words}).")


def shown(text: str) -> str:
    """Return typed text made safe to quote in a one-line message."""
    flat = "".join(c if c.isprintable() else " " for c in text)
    return flat if len(flat) <= _MAX_SHOWN else flat[: _MAX_SHOWN - 1] + "…"


def one_line(text: str) -> str:
    """Return a message with every control character and line break made a space."""
    return "".join(c if c.isprintable() or c == " " else " " for c in text)


def _day(name: str) -> Weekday | None:
    if len(name) < 3:
        return None
    for full, day in _FULL_DAY_NAMES.items():
        if full.startswith(name):
            return day
    return None


def parse_time(text: str) -> tuple[int, int]:
    """Parse a 24-hour ``HH:MM`` time of day.

    Args:
        text: e.g. ``"9:05"`` or ``"14:30"``.

    Returns:
        ``(hour, minute)``.

    Raises:
        InputError: for anything that is not a real time of day.
    """
    match = _TIME_RE.match(text)
    if not match:
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "“{text}” is not a time; please use HH:MM, like 14:30."),
            text=shown(text),
        )
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "“{text}” is not a time of day; please use 00:00 to 23:59."),
            text=shown(text),
        )
    return hour, minute


def parse_days(text: str) -> frozenset[Weekday]:
    """Parse a comma-separated list of weekdays such as ``"mon,wed,fri"``.

    ``"every day"``, ``"daily"`` and ``"all"`` mean all seven days.

    Raises:
        InputError: for an unknown day name or an empty list.
    """
    cleaned = text.strip().lower()
    if cleaned in {"every day", "everyday", "daily", "all"}:
        return ALL_DAYS
    days: set[Weekday] = set()
    for part in cleaned.split(","):
        day = _day(part.strip())
        if day is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Input", "“{text}” is not a day; please use mon,tue,wed,thu,fri,sat,sun."
                ),
                text=shown(part.strip()),
            )
        days.add(day)
    return frozenset(days)


def parse_feeling(text: str | int) -> int:
    """Parse a feeling on the 1-5 scale.

    Raises:
        InputError: for anything outside 1-5.
    """
    words = ", ".join(f"{n} {w.lower()}" for n, w in FEELING_WORDS.items())
    try:
        value = int(str(text).strip())
    except ValueError:
        raise InputError(_FEELING_SCALE, words=words) from None
    if value not in FEELING_WORDS:
        raise InputError(_FEELING_SCALE, words=words)
    return value


def parse_when(text: str, local_zone: tzinfo) -> datetime:
    """Parse an ISO 8601 date-time; one without an offset is read as local time.

    Args:
        text: e.g. ``"2026-11-28T14:30"`` or ``"2026-11-28T14:30:00+01:00"``.
        local_zone: the zone for times given without an offset.

    Raises:
        InputError: when it is not an ISO 8601 date-time.
    """
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Input",
                "“{text}” is not a date and time; please use ISO 8601, like 2026-11-28T14:30.",
            ),
            text=shown(text),
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=local_zone)
    return when


def clean_note(text: str | None) -> str | None:
    """Return the note with surrounding blank space removed, or ``None`` if empty."""
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None
