"""The guard that fails a test which leaves a window open really notices one."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from gui.leaks import leaked_widgets, visible_top_levels


def test_a_window_left_open_is_noticed_and_a_closed_one_is_not(qtbot: QtBot) -> None:
    before = visible_top_levels()
    window = QDialog()
    window.setObjectName("forgotten")
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()

    assert leaked_widgets(before) == ["QDialog('forgotten')"]

    window.close()
    assert leaked_widgets(before) == []


def test_a_deleted_window_is_not_a_leak(qtbot: QtBot) -> None:
    del qtbot
    before = visible_top_levels()
    window = QWidget()
    window.show()

    window.deleteLater()

    assert leaked_widgets(before) == []
