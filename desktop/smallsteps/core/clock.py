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
    """The real clock of the machine, in a named local zone that can follow travel.

    Args:
        zone: the local zone (an IANA zone, so daylight saving is right).
    """

    def __init__(self, zone: tzinfo) -> None:
        self._zone = zone

    def zone(self) -> tzinfo:
        """Return the local time zone."""
        return self._zone

    def set_zone(self, zone: tzinfo) -> None:
        """Follow a new local time zone."""
        self._zone = zone

    def now(self) -> datetime:
        """Return the current local time, timezone-aware."""
        return datetime.now(self._zone)
