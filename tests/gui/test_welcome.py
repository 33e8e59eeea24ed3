"""The first start's welcome: asked once, ticked, and any way of closing keeps the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from smallsteps.ui.welcome import WelcomeDialog


def opened(qtbot: QtBot, tray_visible: bool = True) -> tuple[WelcomeDialog, list[bool]]:
    dialog = WelcomeDialog(tray_visible)
    qtbot.addWidget(dialog)
    answers: list[bool] = []
    dialog.answered.connect(answers.append)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, answers


def test_start_at_login_is_ticked_and_enter_keeps_it(qtbot: QtBot) -> None:
    dialog, answers = opened(qtbot)
    assert dialog.start_at_login.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert answers == [True]
    assert not dialog.isVisible()


@pytest.mark.parametrize("how", ["escape", "close"])
def test_closing_another_way_keeps_what_the_box_shows(qtbot: QtBot, how: str) -> None:
    dialog, answers = opened(qtbot)
    dialog.start_at_login.setChecked(False)
    if how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()
    assert answers == [False]


def test_the_answer_comes_once_however_it_closes(qtbot: QtBot) -> None:
    dialog, answers = opened(qtbot)
    dialog.done_button.click()
    dialog.close()
    assert answers == [True]


def test_without_a_tray_it_says_where_small_steps_is(qtbot: QtBot) -> None:
    with_tray, _ = opened(qtbot, tray_visible=True)
    without, _ = opened(qtbot, tray_visible=False)
    assert "panel" in label_text(with_tray)
    assert "opens your week" in label_text(without)


def label_text(dialog: WelcomeDialog) -> str:
    body = dialog.findChild(QLabel, "body")
    assert body is not None
    return body.text()
