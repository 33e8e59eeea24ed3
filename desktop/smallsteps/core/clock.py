"""The clock as a seam: the app asks it for "now" so tests can move time."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    """Tells the current time, timezone-aware, in the local zone."""

    def now(self) -> datetime:
        """Return the current local time, timezone-aware."""
        ...

    def zone(self) -> tzinfo:
        """Return the local time zone."""
        ...


class SystemClock:
    """The real clock of the machine, following the system time zone."""

    def __init__(self, zone: tzinfo | None = None) -> None:
        self._zone = zone

    def zone(self) -> tzinfo:
        """Return the local time zone (fixed if one was given)."""
        if self._zone is not None:
            return self._zone
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local

    def now(self) -> datetime:
        """Return the current local time, timezone-aware."""
        if self._zone is not None:
            return datetime.now(self._zone)
        return datetime.now().astimezone()
