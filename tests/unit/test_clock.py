"""The system clock tells aware local time in the zone it was given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import time_machine

from smallsteps.core.clock import SystemClock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def test_now_is_aware_and_in_the_given_zone() -> None:
    with time_machine.travel(datetime(2026, 7, 1, 10, 0, tzinfo=UTC), tick=False):
        now = SystemClock(BERLIN).now()
    assert now == datetime(2026, 7, 1, 10, 0, tzinfo=UTC)
    assert now.tzinfo is BERLIN
    assert (now.hour, now.utcoffset()) == (12, timedelta(hours=2))


def test_the_zone_keeps_daylight_saving_right_all_year() -> None:
    zone = SystemClock(BERLIN).zone()
    assert datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset() == timedelta(hours=1)
    assert datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset() == timedelta(hours=2)


def test_the_clock_follows_a_new_zone() -> None:
    clock = SystemClock(BERLIN)
    clock.set_zone(NEW_YORK)
    assert clock.zone() is NEW_YORK
    with time_machine.travel(datetime(2026, 11, 28, 15, 0, tzinfo=UTC), tick=False):
        assert clock.now().hour == 10
