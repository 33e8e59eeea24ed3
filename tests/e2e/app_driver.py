"""Drives the installed ``smallsteps`` program inside a test desktop session.

The program runs as its own process, as a person would start it; the tests talk to
it only the way a person or a script could: the notification daemon, the keyboard
and mouse (xdotool), and the command line (``smallsteps export`` ...).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .desktop import DesktopSession, wait_until

REPO = Path(__file__).resolve().parents[2]


def smallsteps_exe() -> str:
    """Return the installed ``smallsteps`` program (next to the running Python)."""
    here = Path(os.environ.get("VIRTUAL_ENV", "")) / "bin" / "smallsteps"
    if here.exists():
        return str(here)
    beside = Path(sys.executable).parent / "smallsteps"
    if beside.exists():
        return str(beside)
    found = shutil.which("smallsteps")
    assert found, "the smallsteps program is not installed (run make test)"
    return found


def artifacts_dir(name: str) -> Path:
    """Return (and create) the folder where screenshots of this test are kept."""
    base = Path(os.environ.get("SMALLSTEPS_ARTIFACTS", REPO / "test-artifacts"))
    folder = base / "e2e" / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@dataclass
class RunningApp:
    """One ``smallsteps`` process in a session, with its own data folder."""

    session: DesktopSession
    data_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    proc: subprocess.Popen[bytes] | None = None
    name: str = "smallsteps"

    @property
    def log_file(self) -> Path:
        """The app's own log file."""
        return self.data_dir / "logs" / "smallsteps.log"

    def log_text(self) -> str:
        """Return the app's log so far."""
        try:
            return self.log_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ""

    def start(self, wait_for: str = "Small Steps started", minimized: bool = True) -> RunningApp:
        """Start the program and wait until it says it is running.

        It starts as at login (``--minimized``: no window) unless ``minimized`` is
        ``False``, as from the applications menu (the first start then says hello).
        """
        self.proc = self.session.spawn(
            [smallsteps_exe(), "--data-dir", str(self.data_dir)]
            + (["--minimized"] if minimized else []),
            self.name,
            extra_env=self.extra_env,
        )
        self.wait_log(wait_for, timeout=20)
        return self

    def wait_log(self, pattern: str, timeout: float = 10.0, count: int = 1) -> None:
        """Wait until the log has ``count`` lines matching the regex ``pattern``."""
        regex = re.compile(pattern)

        def seen() -> bool:
            assert self.proc is None or self.proc.poll() is None, (
                f"smallsteps exited with {self.proc.returncode}:\n"
                f"{self.session.log_tail(self.name, 30)}\n{self.log_text()}"
            )
            return len(regex.findall(self.log_text())) >= count

        wait_until(seen, timeout, what=f"{pattern!r} in the app's log:\n{self.log_text()}")

    def cli(self, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        """Run ``smallsteps --data-dir DIR ARGS`` in the session."""
        return self.session.run(
            [smallsteps_exe(), "--data-dir", str(self.data_dir), *args],
            timeout=timeout,
            extra_env=self.extra_env,
        )

    def export(self) -> list[dict[str, Any]]:
        """Return the steps as ``smallsteps export --format json`` shows them."""
        result = self.cli("export", "--format", "json")
        assert result.returncode == 0, result.stderr
        steps: list[dict[str, Any]] = json.loads(result.stdout)["steps"]
        return steps

    def stop(self) -> int | None:
        """Ask the program to quit (SIGTERM, as a session logout does) and wait."""
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)
            raise

    def pid(self) -> int:
        """Return the process id."""
        assert self.proc is not None
        return self.proc.pid


def wake_ups(pid: int) -> int:
    """Return the voluntary context switches of every thread of a process so far."""
    total = 0
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        for line in status.read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                total += int(line.split()[1])
    return total


def monotonic() -> float:
    """Return monotonic seconds."""
    return time.monotonic()
