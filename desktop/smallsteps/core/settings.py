"""The person's settings: a typed, validated schema and its plain-data form.

Settings are validated when built (never stringly typed), so a bad file or a bad
edit is refused with a clear message instead of breaking the app later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import time, timedelta
from typing import Any

from smallsteps.core.catalog import DEFAULT_CATALOG, ICONS, check_catalog
from smallsteps.core.i18n import QT_TRANSLATE_NOOP
from smallsteps.core.models import ALL_DAYS, ReminderTime, StepKind, Weekday
from smallsteps.core.parsing import InputError, parse_days, parse_time
from smallsteps.core.rules import NudgeRules, QuietHours

SETTINGS_VERSION = 1
_LANGUAGE_RE = re.compile(r"(?:[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?)?")
MAX_REMINDERS = 48

DEFAULT_REMINDERS: tuple[ReminderTime, ...] = (
    ReminderTime(10, 30),
    ReminderTime(14, 30),
    ReminderTime(18, 0),
)


class SettingsError(InputError):
    """Settings that cannot be used; the message is meant for the person."""


def _sorted_unique(reminders: Iterable[ReminderTime]) -> tuple[ReminderTime, ...]:
    by_time: dict[tuple[int, int], ReminderTime] = {}
    for reminder in reminders:
        by_time[(reminder.hour, reminder.minute)] = reminder
    return tuple(by_time[key] for key in sorted(by_time))


@dataclass(frozen=True)
class Settings:
    """Everything the person chose.

    Attributes:
        reminders: the times nudges come, sorted, one per time of day.
        late_window_minutes: how late a nudge may still come (after sleep, say).
        snooze_minutes: how long "Snooze" waits.
        quiet_hours: a daily span without nudges, or ``None``.
        active_days: the weekdays nudges come on at all.
        away_minutes: idle this long means "away": a due nudge waits for the return.
        steps: the person's catalog of steps, in their order (hidden ones included).
        language: the language the app speaks (e.g. ``"de"``), or ``""`` to follow
            the system. A language this version does not have also follows the system.
    """

    reminders: tuple[ReminderTime, ...] = DEFAULT_REMINDERS
    late_window_minutes: int = 60
    snooze_minutes: int = 15
    quiet_hours: QuietHours | None = None
    active_days: frozenset[Weekday] = ALL_DAYS
    away_minutes: int = 5
    steps: tuple[StepKind, ...] = DEFAULT_CATALOG
    language: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "reminders", _sorted_unique(self.reminders))
        if len(self.reminders) > MAX_REMINDERS:
            raise SettingsError(
                QT_TRANSLATE_NOOP("Input", "Up to {count} reminder times can be kept."),
                count=MAX_REMINDERS,
            )
        for reminder in self.reminders:
            check_reminder(reminder)
        if not 1 <= self.late_window_minutes <= 24 * 60:
            raise SettingsError("The late window is between 1 minute and 24 hours.")
        if not 1 <= self.snooze_minutes <= 240:
            raise SettingsError("Snooze is between 1 and 240 minutes.")
        if not self.active_days:
            raise SettingsError("Nudges need at least one active day.")
        if not 1 <= self.away_minutes <= 240:
            raise SettingsError("Away time is between 1 and 240 minutes.")
        if not _LANGUAGE_RE.fullmatch(self.language):
            raise SettingsError("“language” is a language code like de or en, or empty.")
        try:
            check_catalog(self.steps)
        except InputError as exc:
            raise SettingsError.like(exc) from None

    @property
    def rules(self) -> NudgeRules:
        """The rules that decide whether a due nudge may come."""
        return NudgeRules(
            self.quiet_hours, self.active_days, timedelta(minutes=self.late_window_minutes)
        )

    def with_reminder(self, reminder: ReminderTime) -> Settings:
        """Return settings with this reminder added (or its days replaced)."""
        return replace(self, reminders=(*self.reminders, reminder))

    def without_reminder(self, hour: int, minute: int) -> Settings:
        """Return settings without the reminder at this time.

        Raises:
            SettingsError: when there is no reminder at that time.
        """
        kept = tuple(r for r in self.reminders if (r.hour, r.minute) != (hour, minute))
        if len(kept) == len(self.reminders):
            raise SettingsError(f"There is no reminder at {hour:02d}:{minute:02d}.")
        return replace(self, reminders=kept)


def check_reminder(reminder: ReminderTime) -> None:
    """Check one reminder time.

    Raises:
        SettingsError: when the time or the days are not usable.
    """
    if not (0 <= reminder.hour <= 23 and 0 <= reminder.minute <= 59):
        raise SettingsError(f"{reminder.hour}:{reminder.minute:02d} is not a time of day.")
    if not reminder.days:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Input", "The reminder at {time} needs at least one day."),
            time=reminder.label,
        )
    if not all(isinstance(d, Weekday) for d in reminder.days):
        raise SettingsError(f"The reminder at {reminder.label} has an unknown day.")


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    """Return the plain-data (JSON-ready) form of the settings."""
    return {
        "version": SETTINGS_VERSION,
        "reminders": [
            {"time": r.label, "days": [d.short for d in sorted(r.days)]} for r in settings.reminders
        ],
        "late_window_minutes": settings.late_window_minutes,
        "snooze_minutes": settings.snooze_minutes,
        "quiet_hours": (
            None
            if settings.quiet_hours is None
            else {
                "start": f"{settings.quiet_hours.start:%H:%M}",
                "end": f"{settings.quiet_hours.end:%H:%M}",
            }
        ),
        "active_days": [d.short for d in sorted(settings.active_days)],
        "away_minutes": settings.away_minutes,
        "steps": [
            {
                "id": k.id,
                "label": k.label,
                "icon": k.icon,
                "suggestion": k.suggestion,
                "hidden": k.hidden,
            }
            for k in settings.steps
        ],
        "language": settings.language,
    }


def parse_quiet_hours(start: str, end: str) -> QuietHours:
    """Build quiet hours from two ``HH:MM`` texts.

    Raises:
        SettingsError: when a time is not a time, or both are the same.
    """
    try:
        quiet = QuietHours(time(*parse_time(start)), time(*parse_time(end)))
    except InputError as exc:
        raise SettingsError.like(exc) from None
    except ValueError:
        raise SettingsError(
            QT_TRANSLATE_NOOP("Input", "Quiet hours need a start and an end that differ.")
        ) from None
    return quiet


def _quiet_field(data: Mapping[str, Any]) -> QuietHours | None:
    raw = data.get("quiet_hours")
    if raw is None:
        return None
    if not isinstance(raw, Mapping) or not all(
        isinstance(raw.get(k), str) for k in ("start", "end")
    ):
        raise SettingsError("“quiet_hours” needs a start and an end, like 21:00 and 08:00.")
    return parse_quiet_hours(raw["start"], raw["end"])


def _days_field(data: Mapping[str, Any], key: str) -> frozenset[Weekday]:
    raw = data.get(key, [d.short for d in ALL_DAYS])
    if not isinstance(raw, list) or not all(isinstance(d, str) for d in raw):
        raise SettingsError(f"“{key}” should be a list of days, like mon, tue.")
    return parse_days(",".join(raw)) if raw else frozenset()


def _int_field(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise SettingsError(f"“{key}” should be a whole number.")
    return value


def _str_field(data: Mapping[str, Any], key: str, default: str) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise SettingsError(f"“{key}” should be text.")
    return value


def _steps_field(data: Mapping[str, Any]) -> tuple[StepKind, ...]:
    raw = data.get("steps")
    if raw is None:
        return DEFAULT_CATALOG
    if not isinstance(raw, list):
        raise SettingsError("“steps” should be a list.")
    kinds = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise SettingsError("Each step needs an id, a name and an icon.")
        fields = [item.get(k) for k in ("id", "label", "icon", "suggestion")]
        if not all(isinstance(f, str) for f in fields):
            raise SettingsError("Each step needs an id, a name and an icon.")
        hidden = item.get("hidden", False)
        if not isinstance(hidden, bool):
            raise SettingsError("“hidden” is true or false.")
        step_id, label, icon, suggestion = (str(f) for f in fields)
        kinds.append(
            StepKind(step_id, label, icon if icon in ICONS else "mindful", suggestion, hidden)
        )
    return tuple(kinds)


def _reminder_field(item: object) -> ReminderTime:
    if not isinstance(item, Mapping) or not isinstance(item.get("time"), str):
        raise SettingsError("Each reminder needs a time, like 14:30.")
    hour, minute = parse_time(item["time"])
    return ReminderTime(hour, minute, _days_field(item, "days"))


def settings_from_dict(data: object) -> Settings:
    """Build validated settings from plain data (as read from the settings file).

    Unknown keys are ignored so a newer file still opens in an older app.

    Raises:
        SettingsError: when anything is missing its shape or out of range.
    """
    if not isinstance(data, Mapping):
        raise SettingsError("The settings file does not hold settings.")
    version = data.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SettingsError("The settings file has an unknown version.")
    raw_reminders = data.get("reminders", [])
    if not isinstance(raw_reminders, list):
        raise SettingsError("“reminders” should be a list.")
    try:
        reminders = [_reminder_field(item) for item in raw_reminders]
        return Settings(
            reminders=tuple(reminders),
            late_window_minutes=_int_field(data, "late_window_minutes", 60),
            snooze_minutes=_int_field(data, "snooze_minutes", 15),
            quiet_hours=_quiet_field(data),
            active_days=_days_field(data, "active_days"),
            away_minutes=_int_field(data, "away_minutes", 5),
            steps=_steps_field(data),
            language=_str_field(data, "language", ""),
        )
    except InputError as exc:
        raise SettingsError.like(exc) from None
