"""The journal is private and cannot be lost: real keyring, real files, real kills.

Sessions run gnome-keyring (unlocked, locked, or absent). The tests type notes in
the real dialog, then look at the bytes on disk, the modes of the files, the
process's sockets, and what survives SIGKILL and a damaged file.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from .app_driver import RunningApp, artifacts_dir, monotonic, smallsteps_exe
from .desktop import (
    DesktopSession,
    KeyringKind,
    dunst_invoke_default,
    start_session,
    unlock_keyring,
    visible_windows,
    wait_until,
    wait_window,
    xdotool_key,
    xdotool_type,
)

pytestmark = pytest.mark.e2e

STEP_DIALOG = "^A small step$"
SECRET = "walked to the old oak 7f3a"


@pytest.fixture
def stack() -> Iterator[list[DesktopSession]]:
    started: list[DesktopSession] = []
    try:
        yield started
    finally:
        for desk in started:
            desk.stop()


def desk_with(stack: list[DesktopSession], tmp_path: Path, keyring: KeyringKind) -> DesktopSession:
    desk = start_session(tmp_path / "desk", tray="sni", notify="dunst", keyring=keyring)
    stack.append(desk)
    return desk


def type_note_and_enter(desk: DesktopSession, note: str) -> str:
    dialog = wait_window(desk, STEP_DIALOG)
    xdotool_key(desk, "Tab", window=dialog)
    xdotool_type(desk, note, window=dialog)
    xdotool_key(desk, "Return", window=dialog)
    return dialog


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_typed_note_is_exported_but_nowhere_on_disk_in_plain_text(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    desk = desk_with(stack, tmp_path, "unlocked")
    app = RunningApp(desk, tmp_path / "data").start()
    assert app.cli("nudge").returncode == 0
    wait_until(desk.notify_calls, 10, what="the nudge")
    dunst_invoke_default(desk)
    type_note_and_enter(desk, SECRET)
    wait_until(app.export, 10, what="the step")
    assert [s["note"] for s in app.export()] == [SECRET]
    assert app.cli("backup", "now").returncode == 0
    export = tmp_path / "export.json"
    assert app.cli("export", "--output", str(export)).returncode == 0
    assert SECRET in export.read_text(encoding="utf-8")

    files = [p for p in app.data_dir.rglob("*") if p.is_file()]
    assert any(p.name.endswith(".daily.sqlite3") for p in files)
    assert any(p.name == "journal.sqlite3-wal" for p in files)
    for path in files:
        assert SECRET.encode() not in path.read_bytes(), path
    app.stop()
    for path in [p for p in app.data_dir.rglob("*") if p.is_file()]:
        assert SECRET.encode() not in path.read_bytes(), path
        assert mode(path) == 0o600, path
    assert mode(app.data_dir) == 0o700
    assert mode(app.data_dir / "backups") == 0o700
    assert mode(export) == 0o600


def test_a_locked_keyring_keeps_the_note_in_the_dialog_until_it_can_be_kept(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("privacy-locked")
    desk = desk_with(stack, tmp_path, "locked")
    app = RunningApp(desk, tmp_path / "data").start()
    assert app.cli("show", "step").returncode == 0
    dialog = type_note_and_enter(desk, SECRET)
    app.wait_log(r"notes closed: Your keyring is locked")
    settle = monotonic()
    wait_until(lambda: monotonic() - settle > 0.5, 1)  # let the grown dialog repaint
    desk.screenshot(shots / "dialog-keyring-locked.png", dialog)
    assert visible_windows(desk, STEP_DIALOG)
    assert app.export() == []

    unlock_keyring(desk)
    xdotool_key(desk, "Return", window=dialog)  # the same dialog, the note still in it
    wait_until(app.export, 10, what="the step, now kept")
    assert [s["note"] for s in app.export()] == [SECRET]
    app.stop()


def test_notes_written_before_a_lock_are_readable_again_after_unlocking(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    desk = desk_with(stack, tmp_path, "unlocked")
    app = RunningApp(desk, tmp_path / "data")
    assert app.cli("record", "read", "--note", SECRET).returncode == 0
    lock = desk.run(
        [
            sys.executable,
            "-c",
            "import secretstorage; c = secretstorage.dbus_init();"
            " secretstorage.get_default_collection(c).lock()",
        ]
    )
    assert lock.returncode == 0, lock.stderr
    app.start()
    locked = app.cli("export")
    assert json.loads(locked.stdout)["steps"][0]["note"] is None
    assert "locked" in locked.stderr
    unlock_keyring(desk)
    assert app.export()[0]["note"] == SECRET  # no restart needed
    app.stop()


def test_without_a_keyring_notes_fail_closed_or_use_a_passphrase(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    desk = desk_with(stack, tmp_path, "none")
    app = RunningApp(desk, tmp_path / "data")
    refused = app.cli("record", "walk", "--note", SECRET)
    assert refused.returncode == 3
    assert "keyring" in refused.stderr
    assert refused.stderr.count("\n") == 1
    assert app.export() == []
    # Steps without notes go on.
    assert app.cli("record", "rest").returncode == 0
    # A passphrase keeps notes instead (it is never stored).
    kept = desk.run(
        [*app_cli(app), "record", "walk", "--note", SECRET, "--passphrase-stdin"],
        input="a long quiet passphrase\n",
    )
    assert kept.returncode == 0, kept.stderr
    opened = desk.run(
        [*app_cli(app), "export", "--passphrase-stdin"], input="a long quiet passphrase\n"
    )
    assert SECRET in opened.stdout
    wrong = desk.run([*app_cli(app), "export", "--passphrase-stdin"], input="not it\n")
    assert wrong.returncode == 3
    assert SECRET not in wrong.stdout
    for path in [p for p in app.data_dir.rglob("*") if p.is_file()]:
        assert SECRET.encode() not in path.read_bytes()
        assert b"a long quiet passphrase" not in path.read_bytes()


def app_cli(app: RunningApp) -> list[str]:
    return [smallsteps_exe(), "--data-dir", str(app.data_dir)]


RECORDER = """\
import sys
from datetime import datetime, timezone
from pathlib import Path
from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepDraft
from smallsteps.core.recording import build_step
from smallsteps.storage.journal import Journal
data = Path(sys.argv[1])
journal = Journal(data / "journal.sqlite3", data / "backups")
journal.unlock(bytes(range(32)))
catalog = Catalog()
while True:
    step = build_step(StepDraft("walk", "a note " * 20, 3), catalog, datetime.now(timezone.utc))
    journal.add(step)
    print(step.id, flush=True)
"""


def test_steps_acknowledged_before_a_sigkill_are_always_there(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    acknowledged: set[str] = set()
    rng = random.Random(2026)
    kills = 200
    started = monotonic()
    for _ in range(kills):
        proc = subprocess.Popen(
            [sys.executable, "-c", RECORDER, str(data)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        delay = rng.uniform(0.12, 0.5)
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        acknowledged.update(line for line in out.split() if len(line) == 32)
        with sqlite3.connect(data / "journal.sqlite3") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            kept = {r[0] for r in conn.execute("SELECT id FROM steps")}
        assert acknowledged <= kept, f"{len(acknowledged - kept)} acknowledged steps lost"
    print(
        f"{kills} SIGKILLs in {monotonic() - started:.0f} s; {len(acknowledged)} steps "
        "acknowledged, all kept; integrity ok every time"
    )
    assert len(acknowledged) > kills  # the kills really landed while steps were being written


def test_a_damaged_journal_is_set_aside_and_the_backup_comes_back(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    shots = artifacts_dir("privacy-recovery")
    desk = desk_with(stack, tmp_path, "unlocked")
    app = RunningApp(desk, tmp_path / "data")
    for kind in ("walk", "rest", "read"):
        assert app.cli("record", kind, "--note", f"{kind} note").returncode == 0
    assert app.cli("backup", "now").returncode == 0
    assert app.cli("record", "gratitude").returncode == 0
    journal = app.data_dir / "journal.sqlite3"
    size = journal.stat().st_size
    with journal.open("r+b") as handle:
        noise = random.Random(7)
        for offset in range(0, size, 512):
            handle.seek(offset)
            handle.write(bytes(noise.randrange(256) for _ in range(64)))
    app.start()
    app.wait_log(r"failed its integrity check")
    notice = wait_window(desk, "^Small Steps$")
    desk.screenshot(shots / "restored-notice.png", notice)
    steps = app.export()
    assert sorted(s["kind"] for s in steps) == ["read", "rest", "walk"]
    assert {s["note"] for s in steps} == {"walk note", "rest note", "read note"}
    assert list(app.data_dir.glob("journal.sqlite3.damaged-*"))
    app.stop()


def _inet_inodes() -> set[str]:
    inodes = set()
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        path = Path("/proc/net") / table
        if path.exists():
            for line in path.read_text().splitlines()[1:]:
                inodes.add(line.split()[9])
    return inodes


def test_a_whole_cycle_opens_no_network_connection(
    stack: list[DesktopSession], tmp_path: Path
) -> None:
    desk = desk_with(stack, tmp_path, "unlocked")
    trace = tmp_path / "strace.log"
    app = RunningApp(desk, tmp_path / "data")
    app.proc = desk.spawn(
        [
            "strace",
            "-f",
            "-e",
            "trace=socket,connect",
            "-o",
            str(trace),
            *app_cli(app),
        ],
        "smallsteps",
    )
    app.wait_log("Small Steps started", timeout=30)
    assert app.cli("nudge").returncode == 0
    wait_until(desk.notify_calls, 10, what="the nudge")
    dunst_invoke_default(desk)
    type_note_and_enter(desk, SECRET)
    wait_until(app.export, 10, what="the step")
    assert app.cli("show", "week").returncode == 0
    wait_window(desk, "^This week · Small Steps$")
    pids = {int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()}
    ours = [
        pid
        for pid in pids
        if Path(f"/proc/{pid}/cmdline").exists()
        and b"--data-dir" in Path(f"/proc/{pid}/cmdline").read_bytes()
        and str(app.data_dir).encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
        and b"strace" not in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert ours
    inet = _inet_inodes()
    for pid in ours:
        for fd in Path(f"/proc/{pid}/fd").iterdir():
            target = os.readlink(fd)
            if target.startswith("socket:["):
                assert target[8:-1] not in inet, f"an INET socket is open: {target}"
    for pid in ours:
        os.kill(pid, signal.SIGTERM)  # the program itself; strace ends with it
    assert app.proc.wait(timeout=20) == 0
    calls = trace.read_text()
    assert "socket(AF_UNIX" in calls  # the trace really saw the program's sockets
    assert "AF_INET" not in calls, [ln for ln in calls.splitlines() if "AF_INET" in ln][:5]
