"""The system's local time zone, read afresh so a running app can follow travel."""

from __future__ import annotations

import logging
from datetime import tzinfo
from zoneinfo import ZoneInfo

log = logging.getLogger(__name__)


def system_zone() -> tzinfo:
    """Return the system's current IANA time zone (UTC if it cannot be told)."""
    try:
        import tzlocal  # noqa: PLC0415 - loaded on first use

        zone: tzinfo = tzlocal.reload_localzone()
    except Exception as exc:  # noqa: BLE001 - tzlocal raises several kinds; UTC is safe
        log.warning("local time zone unknown (%s); using UTC", exc)
        return ZoneInfo("UTC")
    return zone
