"""Shared settings and fixtures for the unit tests of core and storage (no Qt here)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from tests.support.journals import open_journal

from smallsteps.storage.journal import Journal

# No example database on disk (nothing is written outside tmp folders) and no
# deadline, so a slow machine does not turn a correct parser into a flaky test.
settings.register_profile("smallsteps-unit", database=None, deadline=None)
settings.load_profile("smallsteps-unit")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    """A fresh journal in a temporary data folder, closed after the test."""
    opened = open_journal(tmp_path / "journal.sqlite3", tmp_path / "backups")
    yield opened
    opened.close()
