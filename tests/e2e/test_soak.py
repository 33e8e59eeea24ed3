"""A month of real running in a few minutes: the program under libfaketime.

The process's clocks (wall and monotonic) are advanced in steps by the test, from
mid-March for 30 days in Europe/Berlin, across the spring daylight-saving change:
to just past each reminder time, then on to the next. (Time cannot simply run
faster: every D-Bus call has a real timeout, which a sped-up clock would break.)
After each step the driver pokes the program's single-instance channel, as a
later event would, so its event loop looks at its timers at once. Two steps are
"sleeps" that carry the clock past a reminder: 30 minutes past (the nudge comes
late, once) and three hours past (it is let go). The driver answers every nudge
with "I did it", as a person would. At the end: every nudge that was due arrived
once, one step per answer, and nothing grew: RSS within 10% of day 1, no more
file descriptors, no more wake-ups while idle.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from .app_driver import RunningApp, artifacts_dir, monotonic, wake_ups
from .desktop import DesktopSession, NotifyCall, dunst_invoke_action, start_session, wait_until

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(1200)]

ZONE = ZoneInfo("Europe/Berlin")
FIRST_DAY = datetime(2026, 3, 15, tzinfo=ZONE)
DAYS = 30
REMINDERS = ((2, 30), (10, 30), (14, 30), (18, 0))
LATE_SLEEP = (3, (10, 30), timedelta(minutes=30))  # day, reminder, how far past it we wake
LONG_SLEEP = (9, (14, 30), timedelta(hours=3))


POKE = """\
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from smallsteps.platform.single_instance import Command, send_command
from smallsteps.storage.paths import DataPaths
app = QCoreApplication([])
send_command(DataPaths(Path(sys.argv[1])).instance_name, Command.STEPS_CHANGED)
"""


def faketime_library() -> str:
    found = sorted(Path("/usr/lib").glob("*/faketime/libfaketimeMT.so.1"))
    assert found, "libfaketime is not installed (run make test)"
    return str(found[0])


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[DesktopSession]:
    session = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring="unlocked")
    try:
        yield session
    finally:
        session.stop()


def status(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


def fds(pid: int) -> int:
    return len(list(Path(f"/proc/{pid}/fd").iterdir()))


def idle_wakeups(pid: int, seconds: float = 5.0) -> int:
    before = wake_ups(pid)
    start = monotonic()
    wait_until(lambda: monotonic() - start >= seconds, seconds + 1, interval=0.2)
    return wake_ups(pid) - before


def dues() -> list[datetime]:
    """Each reminder of the month at its real instant (02:30 in the skipped hour: 03:00)."""
    found = []
    for offset in range(DAYS):
        day = (FIRST_DAY + timedelta(days=offset)).date()
        for hour, minute in REMINDERS:
            wall = datetime.combine(day, time(hour, minute), ZONE)
            real = datetime.fromtimestamp(wall.timestamp(), ZONE)
            if real.replace(tzinfo=None) != wall.replace(tzinfo=None):
                real = real.replace(minute=0)  # the clock jumps from 02:00 to 03:00
            found.append(real)
    return found


def label(due: datetime) -> str:
    """How the app's log names the nudge that was due at ``due``."""
    return f"{due:%m-%d %H:%M}"


def test_a_month_of_nudges_each_arrives_once_and_nothing_grows(
    desk: DesktopSession, tmp_path: Path
) -> None:
    clock = tmp_path / "faketime"
    env = {
        "LD_PRELOAD": faketime_library(),
        "FAKETIME_TIMESTAMP_FILE": str(clock),
        "FAKETIME_CACHE_DURATION": "1",
        "TZ": "Europe/Berlin",
    }
    app = RunningApp(desk, tmp_path / "data", extra_env=env)
    for hour, minute in REMINDERS:  # set up in real time, before the month begins
        app.cli("reminders", "add", f"{hour:02d}:{minute:02d}")
    for default in ("10:30", "14:30", "18:00"):
        if default not in {f"{h:02d}:{m:02d}" for h, m in REMINDERS}:
            app.cli("reminders", "remove", default)

    def set_clock(when: datetime) -> None:
        clock.write_text(f"@{when.astimezone(ZONE):%Y-%m-%d %H:%M:%S}\n")

    def poke() -> None:
        desk.run([sys.executable, "-c", POKE, str(app.data_dir)])

    def step_to(when: datetime, until: Callable[[], bool], what: str) -> None:
        set_clock(when)
        start = monotonic()
        while not until():
            assert monotonic() - start < 20, f"timed out waiting for {what}"
            poke()
            wait_until(lambda: True, 0.3, interval=0.3)

    def ours() -> list[NotifyCall]:
        return [c for c in desk.notify_calls() if c.app_name == "Small Steps" and c.actions]

    set_clock(FIRST_DAY + timedelta(hours=1))
    app.start()
    pid = app.pid()
    expected: Counter[str] = Counter()
    answered = 0
    measures: dict[str, tuple[int, int, int]] = {}
    real_start = monotonic()
    for due in dues():
        day = (due.date() - FIRST_DAY.date()).days
        when = (due.hour, due.minute)
        count = answered + 1
        arrived_now = lambda n=count: len(ours()) >= n  # noqa: E731
        if (day, when) == (LATE_SLEEP[0], LATE_SLEEP[1]):
            # asleep through it; wakes within the hour: it comes, late, once
            expected[label(due)] += 1
            step_to(due + LATE_SLEEP[2], arrived_now, f"the late nudge due {label(due)}")
        elif (day, when) == (LONG_SLEEP[0], LONG_SLEEP[1]):
            # asleep for hours: it is let go without a word
            step_to(
                due + LONG_SLEEP[2],
                lambda d=due: f"nudge due at {label(d)[6:]} not sent" in app.log_text(),
                f"the nudge due {label(due)} to be let go",
            )
            continue
        else:
            expected[label(due)] += 1
            step_to(due + timedelta(seconds=1), arrived_now, f"the nudge due {label(due)}")
        dunst_invoke_action(desk, "I did it")
        answered += 1
        app.wait_log(r"step recorded", count=answered, timeout=20)
        if day == 1 and "day1" not in measures:
            measures["day1"] = (status(pid, "VmRSS"), fds(pid), idle_wakeups(pid))
    measures["end"] = (status(pid, "VmRSS"), fds(pid), idle_wakeups(pid))
    elapsed = monotonic() - real_start

    arrived = Counter(
        f"{m.group(1)} {m.group(2)}"
        for m in re.finditer(
            r"^\d{4}-(\d\d-\d\d) [\d:,]+ INFO smallsteps\.services\.reminders: "
            r"nudge due at (\d\d:\d\d) \(reminder\)",
            app.log_text(),
            re.M,
        )
    )
    steps = app.export()
    (rss1, fd1, wake1), (rss2, fd2, wake2) = measures["day1"], measures["end"]
    report = (
        f"soak: {DAYS} simulated days in {elapsed:.0f} s; nudges due {sum(expected.values())}, "
        f"arrived {sum(arrived.values())} (each once: {max(arrived.values()) == 1}), "
        f"answered {answered}, steps kept {len(steps)}; RSS day 1 {rss1} KiB, end {rss2} KiB "
        f"({(rss2 - rss1) / rss1:+.1%}); fds {fd1} -> {fd2}; "
        f"idle wake-ups per 5 s {wake1} -> {wake2}\n"
    )
    (artifacts_dir("soak") / "soak.txt").write_text(report)
    print(report)
    assert arrived == expected
    assert len(steps) == answered == sum(expected.values())
    assert rss2 <= rss1 * 1.10
    assert fd2 <= fd1
    assert wake2 <= wake1 * 1.5 + 5
    app.stop()
