"""The step dialog, used as a person would: arrows, typing, Enter, Esc, Tab, clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gui.leaks import flush_deletes
from smallsteps.core.catalog import DEFAULT_CATALOG
from smallsteps.core.models import FEELING_WORDS, StepDraft
from smallsteps.ui import step_dialog
from smallsteps.ui.step_dialog import StepDialog

KIND_IDS = [k.id for k in DEFAULT_CATALOG]


def open_dialog(qtbot: QtBot, suggested: str | None = None) -> StepDialog:
    dialog = StepDialog(DEFAULT_CATALOG, suggested=suggested, nudge_id="n-1")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def feeling_button(dialog: StepDialog, word: str) -> QPushButton:
    matches = [b for b in list(dialog.feeling_buttons.values()) if b.text() == word]
    assert len(matches) == 1, f"one button reads {word!r}"
    button = matches[0]
    assert isinstance(button, QPushButton)
    return button


def focus_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the keyboard focus"
    return widget


def tab_stops(dialog: StepDialog) -> list[QWidget]:
    """Press Tab until the focus comes back to where it started; return the stops."""
    start = focus_widget()
    stops = [start]
    for _ in range(30):
        QtBot.keyClick(focus_widget(), Qt.Key.Key_Tab)
        if focus_widget() is start:
            return stops
        stops.append(focus_widget())
    pytest.fail(f"Tab never came back to {start!r}; visited {stops!r}")


def test_lists_every_kind_with_its_label_and_icon(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    items = [dialog.kind_list.item(i) for i in range(dialog.kind_list.count())]
    assert [i.text() for i in items] == [k.label for k in DEFAULT_CATALOG]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == KIND_IDS
    for item in items:
        assert not item.icon().isNull(), item.text()
        assert not item.icon().pixmap(24, 24).isNull(), f"the icon of {item.text()} draws"


def test_first_kind_is_chosen_without_a_suggestion(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    assert dialog.selected_kind() == KIND_IDS[0]


@pytest.mark.parametrize("kind", ["walk", "rest", "support"])
def test_suggested_kind_is_preselected(qtbot: QtBot, kind: str) -> None:
    dialog = open_dialog(qtbot, suggested=kind)

    assert dialog.selected_kind() == kind
    assert dialog.kind_list.currentItem().isSelected()


def test_unknown_suggestion_falls_back_to_the_first_kind(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="juggling")

    assert dialog.selected_kind() == KIND_IDS[0]


def test_arrow_keys_choose_the_step(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="walk")
    assert focus_widget() is dialog.kind_list

    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Down)
    assert dialog.selected_kind() == "rest"
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Down)
    assert dialog.selected_kind() == "journal"
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Up)
    assert dialog.selected_kind() == "breathe"
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_End)
    assert dialog.selected_kind() == KIND_IDS[-1]


def test_enter_in_the_note_saves_with_the_note(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="walk")
    qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Down)
    qtbot.keyClicks(dialog.note_edit, "Round the block, saw a heron")

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    assert blocker.args == [StepDraft("rest", note="Round the block, saw a heron")]
    assert dialog.note_edit.toPlainText() == "Round the block, saw a heron"


def test_keypad_enter_in_the_note_saves_too(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.note_edit, "calm")

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)

    assert blocker.args == [StepDraft(KIND_IDS[0], note="calm")]


def test_shift_enter_in_the_note_starts_a_new_line(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.note_edit, "first")

    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(dialog.note_edit, "second")
    assert dialog.note_edit.toPlainText() == "first\nsecond"
    assert dialog.isVisible()

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert blocker.args[0].note == "first\nsecond"


def test_enter_on_the_list_saves_through_the_default_button(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="journal")
    assert dialog.save_button.isDefault()

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Return)

    assert blocker.args == [StepDraft("journal", note=None, feeling=None)]


def test_clicking_save_submits_the_draft(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="read")

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [StepDraft("read")]
    assert dialog.isVisible(), "the dialog waits for the step to be kept"


def test_feeling_buttons_choose_switch_and_unselect(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    lighter = feeling_button(dialog, "Lighter")
    bright = feeling_button(dialog, "Bright")
    assert dialog.feeling() is None

    qtbot.mouseClick(lighter, Qt.MouseButton.LeftButton)
    assert dialog.feeling() == 4
    assert lighter.isChecked()

    qtbot.mouseClick(bright, Qt.MouseButton.LeftButton)
    assert dialog.feeling() == 5
    assert bright.isChecked()
    assert not lighter.isChecked()

    qtbot.mouseClick(bright, Qt.MouseButton.LeftButton)
    assert dialog.feeling() is None
    assert not any(b.isChecked() for b in list(dialog.feeling_buttons.values()))


def test_feeling_goes_with_the_saved_draft(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="rest")
    qtbot.mouseClick(feeling_button(dialog, "Heavy"), Qt.MouseButton.LeftButton)

    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    assert blocker.args == [StepDraft("rest", note=None, feeling=1)]


def test_feeling_buttons_read_as_words(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    buttons = list(dialog.feeling_buttons.values())
    assert [b.text() for b in buttons] == list(FEELING_WORDS.values())
    assert all(b.accessibleName().startswith("Feeling: ") for b in buttons)


def test_escape_closes_without_saving(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClicks(dialog.note_edit, "never mind")

    with qtbot.assertNotEmitted(dialog.submitted), qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_close_button_closes_without_saving(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    with qtbot.assertNotEmitted(dialog.submitted), qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()


def test_a_problem_keeps_everything_typed(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, suggested="create")
    qtbot.keyClicks(dialog.note_edit, "painted a small leaf")
    qtbot.mouseClick(feeling_button(dialog, "Steady"), Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.submitted, timeout=1000):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)

    dialog.show_problem("The journal could not be written just now.")

    assert dialog.status.text() == "The journal could not be written just now."
    assert dialog.isVisible()
    assert dialog.note_edit.toPlainText() == "painted a small leaf"
    assert dialog.selected_kind() == "create"
    assert dialog.feeling() == 3
    with qtbot.waitSignal(dialog.submitted, timeout=1000) as blocker:
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert blocker.args == [StepDraft("create", note="painted a small leaf", feeling=3)]


def test_saving_without_any_kind_asks_for_one(qtbot: QtBot) -> None:
    dialog = StepDialog([])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()

    with qtbot.assertNotEmitted(dialog.submitted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert "choose the step" in dialog.status.text()
    assert dialog.isVisible()


def test_saved_shows_the_thanks_then_closes_by_itself(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.submitted, timeout=1000):
        qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Return)

    with qtbot.assertNotEmitted(dialog.submitted):
        dialog.show_saved("That's recorded. It matters.")
        assert dialog.status.text() == "That's recorded. It matters."
        assert dialog.save_button.text() == "Done"
        assert not dialog.close_button.isVisible()
        qtbot.wait(1000)
        assert dialog.isVisible(), "the thanks stays long enough to be read"
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=4000)

    assert dialog.result() == QDialog.DialogCode.Accepted


def test_done_right_away_closes_and_the_late_timer_is_harmless(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(step_dialog, "CLOSE_AFTER_SAVE_MS", 300)
    dialog = open_dialog(qtbot)
    dialog.show_saved("Kept safe here, with the others.")

    with qtbot.assertNotEmitted(dialog.submitted), qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.kind_list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # The app deletes a finished dialog at once; the pending close must not touch it.
    dialog.deleteLater()
    flush_deletes()
    qtbot.wait(500)


def test_tab_visits_the_list_note_feelings_and_buttons(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert focus_widget() is dialog.kind_list

    stops = tab_stops(dialog)

    assert stops[0] is dialog.kind_list
    assert dialog.note_edit in stops
    assert any(s in list(dialog.feeling_buttons.values()) for s in stops)
    assert dialog.save_button in stops
    assert dialog.close_button in stops
    assert all(s.window() is dialog for s in stops)


def test_every_feeling_button_is_a_tab_stop(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    stops = tab_stops(dialog)

    missing = [b.text() for b in list(dialog.feeling_buttons.values()) if b not in stops]
    assert missing == [], f"Tab never reaches these feeling buttons: {missing}"


def test_bright_can_be_chosen_with_the_keyboard_alone(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.note_edit.setFocus()
    qtbot.waitUntil(lambda: focus_widget() is dialog.note_edit, timeout=1000)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
    assert focus_widget() is feeling_button(dialog, "Heavy")

    for _ in range(4):  # Tab or the arrow keys, whichever walks along the row
        qtbot.keyClick(focus_widget(), Qt.Key.Key_Right)
    qtbot.keyClick(focus_widget(), Qt.Key.Key_Space)

    assert dialog.feeling() == 5, f"the keyboard reached only {focus_widget().property('text')!r}"


def test_list_and_note_have_accessible_names(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    assert dialog.kind_list.accessibleName() == "Step"
    assert dialog.note_edit.accessibleName() == "Note"
    assert dialog.kind_list.accessibleDescription()
    assert "Shift+Enter" in dialog.note_edit.accessibleDescription()
    assert dialog.status.accessibleName() == "Status"


def test_screenshot(qtbot: QtBot, artifacts_dir: Path) -> None:
    dialog = open_dialog(qtbot, suggested="walk")
    qtbot.keyClicks(dialog.note_edit, "A short walk before lunch")
    qtbot.mouseClick(feeling_button(dialog, "Lighter"), Qt.MouseButton.LeftButton)
    path = artifacts_dir / "step-dialog-offscreen.png"

    assert dialog.grab().save(str(path))

    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() >= dialog.sizeHint().width()
    assert image.height() >= dialog.kind_list.minimumHeight()


def test_notes_closed_says_why_then_offers_the_ways_on(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    dialog.show_notes_closed("No keyring answers just now.")

    assert dialog.status.text().startswith("No keyring answers just now. Your note is still here")
    assert dialog.passphrase_button.isVisible()
    assert dialog.without_note_button.isVisible()
    assert dialog.passphrase_button.accessibleDescription()


def test_the_save_button_is_named_for_what_it_does_now(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.save_button.accessibleName() == "Save"

    dialog.show_waiting("The journal is busy; your step waits here.")
    assert dialog.save_button.text() == "Try again now"
    assert dialog.save_button.accessibleName() == "Try again now"

    dialog.show_saved("Kept.")
    assert dialog.save_button.accessibleName() == "Done"
    dialog.accept()


def test_alt_and_the_underlined_letter_reach_the_note_and_the_feelings(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.note_edit.hasFocus, timeout=1000)
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.feeling_buttons[1].hasFocus, timeout=1000)


def test_the_list_is_wide_enough_for_the_longest_step(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    metrics = dialog.kind_list.fontMetrics()

    longest = max(metrics.horizontalAdvance(k.label) for k in DEFAULT_CATALOG)

    assert dialog.kind_list.viewport().width() > longest + dialog.kind_list.iconSize().width()
