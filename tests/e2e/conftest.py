"""Registers the ``e2e`` marker when the project configuration does not already."""

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``e2e`` marker unless it is registered (``--strict-markers``)."""
    if not any(line.split(":")[0].strip() == "e2e" for line in config.getini("markers")):
        config.addinivalue_line(
            "markers", "e2e: runs programs in a real headless desktop session (desktop.py)"
        )
