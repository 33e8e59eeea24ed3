"""The lighter PySide6 import hook gives PySide6's answers without keeping sources."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smallsteps.platform.pyside_imports import install


@pytest.fixture
def hooked(tmp_path: Path) -> Iterator[dict[str, int]]:
    feature = sys.modules["shibokensupport.feature"]
    original = feature.feature_imported
    assert install()
    sys.path.insert(0, str(tmp_path))
    try:
        yield feature.pyside_feature_dict
    finally:
        sys.path.remove(str(tmp_path))
        feature.feature_imported = original
        for name in ("uses_qt_here", "plain_python_here"):
            sys.modules.pop(name, None)


def test_a_module_that_uses_pyside6_is_marked_as_such_and_its_source_is_not_kept(
    hooked: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "uses_qt_here.py"
    source.write_text("from PySide6.QtCore import QObject\nWHAT = QObject\n", encoding="utf-8")
    module = __import__("uses_qt_here")  # PySide6 hooks the import statement
    assert module.WHAT.__name__ == "QObject"
    assert hooked["uses_qt_here"] == 0  # PySide6's "uses PySide, no feature selected"
    assert str(source) not in linecache.cache


def test_a_module_without_pyside6_is_left_out_as_pyside6_would(
    hooked: dict[str, int], tmp_path: Path
) -> None:
    source = tmp_path / "plain_python_here.py"
    source.write_text("ANSWER = 42\n", encoding="utf-8")
    assert __import__("plain_python_here").ANSWER == 42
    assert hooked["plain_python_here"] == -1  # "ignore this module"
    assert str(source) not in linecache.cache


def test_modules_without_source_are_left_out(hooked: dict[str, int]) -> None:
    sys.modules.pop("_bisect", None)
    hooked.pop("_bisect", None)
    __import__("_bisect")  # built in: no file to read
    assert hooked["_bisect"] == -1
