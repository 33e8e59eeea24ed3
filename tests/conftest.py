"""Settings shared by every test folder.

The Qt platform is chosen here, at import time, before pytest-qt (or anything else)
creates the QApplication: unit and gui tests never need a display.

Property-based tests append one line per target ("fuzz: <target>: <N> generated
cases") to the file named by ``SMALLSTEPS_FUZZ_REPORT``; the summary at the end of
the run shows them, so every run reports how many cases each target saw.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_REPORT = Path(
    os.environ.setdefault(
        "SMALLSTEPS_FUZZ_REPORT",
        str(Path(tempfile.gettempdir()) / f"smallsteps-fuzz-{os.getpid()}.txt"),
    )
)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Start each run with an empty report."""
    del session
    _REPORT.unlink(missing_ok=True)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Show how many cases each property-based target generated."""
    if _REPORT.exists():
        lines = _REPORT.read_text(encoding="utf-8").splitlines()
        if lines:
            terminalreporter.write_sep("-", "generated cases per target")
            for line in lines:
                terminalreporter.write_line(line)
