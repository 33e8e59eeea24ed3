"""Fixtures for the gui tests: no leaked windows, a place for screenshots.

Every test here runs on the offscreen platform (see ``tests/conftest.py``). A test
that leaves a visible top-level window behind fails, as in napari's test suite, so
each widget a test creates must be handed to ``qtbot.addWidget`` (pytest-qt closes
and deletes those before this guard looks).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from gui.leaks import leaked_widgets, visible_top_levels
from smallsteps.services.language import LanguageSetup

_REPO = Path(__file__).parents[2]


@pytest.fixture(scope="session", autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    """The app's English, installed as the app installs it (plural forms included)."""
    setup = LanguageSetup.install(qapp, "en")
    yield
    setup.uninstall(qapp)


@pytest.fixture
def british_dates() -> Iterator[None]:
    """Dates as on a British desktop while the test runs ("Monday, 2 March")."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _fail_on_leaked_widgets(qapp: QApplication) -> Iterator[None]:
    """Fail the test if it leaves a window open."""
    del qapp
    before = visible_top_levels()
    yield
    leaks = leaked_widgets(before)
    if leaks:
        pytest.fail(f"the test left windows open: {', '.join(leaks)}", pytrace=False)


@pytest.fixture(scope="session")
def artifacts_dir() -> Path:
    """The folder that keeps screenshots ($SMALLSTEPS_ARTIFACTS or test-artifacts/gui)."""
    folder = Path(os.environ.get("SMALLSTEPS_ARTIFACTS") or _REPO / "test-artifacts" / "gui")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
