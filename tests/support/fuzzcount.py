"""Count the cases a property test generated, and say so in the test output.

Each property test counts its own examples (a ``nonlocal`` counter in the
function that ``@given`` wraps) and calls `report_cases` at its end, so that
``pytest -s`` (or ``-rP``) shows one line per target::

    fuzz: settings file: any bytes: 400 generated cases

The same line is appended to the file named by ``SMALLSTEPS_FUZZ_REPORT`` when
that variable is set, so CI can collect the figures of a whole run.
"""

from __future__ import annotations

import os
from pathlib import Path

REPORT_ENV = "SMALLSTEPS_FUZZ_REPORT"


def fuzz_line(target: str, count: int) -> str:
    """Return the one report line for ``target``."""
    return f"fuzz: {target}: {count} generated cases"


def report_cases(target: str, count: int) -> str:
    """Print how many cases ``target`` generated (and append it to the report file).

    Args:
        target: what was fuzzed, e.g. ``"cli: record"``.
        count: how many times the property ran (generation, shrinking and replays).

    Returns:
        The line that was printed.
    """
    line = fuzz_line(target, count)
    print(line)
    report = os.environ.get(REPORT_ENV)
    if report:
        with Path(report).open("a", encoding="utf-8") as out:
            out.write(line + "\n")
    return line
