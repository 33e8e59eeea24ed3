"""The settings dialog: reminder times and days, each change applied as it is made."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.leaks import flush_deletes
from smallsteps.core.models import ALL_DAYS, ReminderTime, Weekday
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import Settings
from smallsteps.ui.settings_dialog import ReminderRow, SettingsDialog


def open_dialog(qtbot: QtBot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings())
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def shown_times(dialog: SettingsDialog) -> list[str]:
    return [row.time_edit.time().toString("HH:mm") for row in dialog.rows]


def remove_button(row: ReminderRow) -> QPushButton:
    (button,) = [b for b in row.findChildren(QPushButton) if b.text() == "Remove"]
    return button


def set_time(qtbot: QtBot, row: ReminderRow, hour: int, minute: int) -> None:
    """Type a new time into the row, then leave the field with Enter, as a person would."""
    edit = row.time_edit
    edit.setFocus()
    edit.setTime(QTime(hour, minute))
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_shows_the_default_three_times_every_day(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    assert shown_times(dialog) == ["10:30", "14:30", "18:00"]
    for row in dialog.rows:
        assert [box.isChecked() for box in row.day_boxes] == [True] * 7
        assert row.reminder().days == ALL_DAYS
    assert dialog.status.text() == ""


def test_close_keeps_what_was_already_applied(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    (close,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Close"]

    with qtbot.assertNotEmitted(dialog.settings_changed), qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()


def test_add_a_time_emits_four_reminders(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    settings = blocker.args[0]
    assert isinstance(settings, Settings)
    assert [r.label for r in settings.reminders] == ["10:30", "12:00", "14:30", "18:00"]
    assert len(dialog.rows) == 4
    assert "Saved" in dialog.status.text()


def test_add_a_time_twice_picks_a_free_hour(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert shown_times(dialog) == ["10:30", "14:30", "18:00", "12:00", "13:00"]
    assert [r.label for r in emitted[-1].reminders] == ["10:30", "12:00", "13:00", "14:30", "18:00"]


def test_unticking_a_day_drops_that_day(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    row = dialog.rows[1]

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(row.day_boxes[Weekday.SAT], Qt.MouseButton.LeftButton)

    by_label = {r.label: r for r in blocker.args[0].reminders}
    assert set(by_label) == {"10:30", "14:30", "18:00"}
    assert by_label["14:30"].days == ALL_DAYS - {Weekday.SAT}
    assert by_label["10:30"].days == ALL_DAYS
    assert by_label["18:00"].days == ALL_DAYS


def test_unticking_every_day_of_a_time_asks_kindly_and_keeps_the_settings(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    row = dialog.rows[0]
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    for box in row.day_boxes[:-1]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert emitted[-1].reminders[0].days == {Weekday.SUN}

    with qtbot.assertNotEmitted(dialog.settings_changed):
        qtbot.mouseClick(row.day_boxes[-1], Qt.MouseButton.LeftButton)

    assert dialog.status.text() == "The reminder at 10:30 needs at least one day."
    assert len(emitted) == 6


def test_two_rows_at_the_same_time_ask_for_a_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    with qtbot.assertNotEmitted(dialog.settings_changed):
        set_time(qtbot, dialog.rows[1], 10, 30)

    assert dialog.status.text() == "Two reminders share a time; please change one of them."
    assert shown_times(dialog) == ["10:30", "10:30", "18:00"]

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        set_time(qtbot, dialog.rows[1], 11, 15)
    assert [r.label for r in blocker.args[0].reminders] == ["10:30", "11:15", "18:00"]
    assert "Saved" in dialog.status.text()


@pytest.mark.parametrize(
    ("hour", "minute", "outcome"),
    [
        (11, 0, "Saved. Nudges follow these times from now on."),
        (10, 30, "Two reminders share a time; please change one of them."),
    ],
)
def test_enter_in_a_time_field_keeps_the_dialog_open_to_show_the_outcome(
    qtbot: QtBot, hour: int, minute: int, outcome: str
) -> None:
    dialog = open_dialog(qtbot)

    set_time(qtbot, dialog.rows[1], hour, minute)

    assert dialog.status.text() == outcome
    assert dialog.isVisible(), "Enter confirmed the time and closed Settings with it"


def test_changing_a_time_emits_the_new_time(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        set_time(qtbot, dialog.rows[2], 19, 45)

    assert [r.label for r in blocker.args[0].reminders] == ["10:30", "14:30", "19:45"]


def test_remove_emits_the_settings_without_it(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(remove_button(dialog.rows[1]), Qt.MouseButton.LeftButton)

    assert [r.label for r in blocker.args[0].reminders] == ["10:30", "18:00"]
    flush_deletes()
    assert shown_times(dialog) == ["10:30", "18:00"]


def test_remove_every_time_leaves_no_nudges(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    while dialog.rows:
        qtbot.mouseClick(remove_button(dialog.rows[0]), Qt.MouseButton.LeftButton)
        flush_deletes()

    assert [len(s.reminders) for s in emitted] == [2, 1, 0]


def test_starts_from_the_given_settings(qtbot: QtBot) -> None:
    weekdays = frozenset({Weekday.MON, Weekday.WED, Weekday.FRI})
    dialog = open_dialog(qtbot, Settings(reminders=(ReminderTime(7, 5, weekdays),)))

    assert shown_times(dialog) == ["07:05"]
    assert [box.isChecked() for box in dialog.rows[0].day_boxes] == [
        True,
        False,
        True,
        False,
        True,
        False,
        False,
    ]


def test_keeps_other_settings_when_times_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(late_window_minutes=5, snooze_minutes=30))

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert blocker.args[0].late_window_minutes == 5
    assert blocker.args[0].snooze_minutes == 30


def type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    """Replace the number in a spin box by typing, then press Enter."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_quiet_hours_can_be_switched_on(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert not dialog.quiet_box.isChecked()

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.quiet_box, Qt.MouseButton.LeftButton)

    assert blocker.args[0].quiet_hours == QuietHours(time(21, 0), time(8, 0))


def test_quiet_hours_that_start_when_they_end_ask_for_a_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(quiet_hours=QuietHours(time(21, 0), time(8, 0))))

    with qtbot.assertNotEmitted(dialog.settings_changed):
        dialog.quiet_end.setFocus()
        dialog.quiet_end.setTime(QTime(21, 0))
        qtbot.keyClick(dialog.quiet_end, Qt.Key.Key_Return)

    assert dialog.status.text() == "Quiet hours need a start and an end that differ."


def test_unticking_every_active_day_asks_kindly(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    for box in dialog.active_boxes[:-1]:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert emitted[-1].active_days == {Weekday.SUN}

    with qtbot.assertNotEmitted(dialog.settings_changed):
        qtbot.mouseClick(dialog.active_boxes[-1], Qt.MouseButton.LeftButton)

    assert dialog.status.text() == "Nudges need at least one active day."


def test_late_window_and_away_time_are_typed_in_minutes(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)

    type_number(qtbot, dialog.late_spin, 30)
    type_number(qtbot, dialog.away_spin, 12)

    assert emitted[-1].late_window_minutes == 30
    assert emitted[-1].away_minutes == 12
    assert [r.label for r in emitted[-1].reminders] == ["10:30", "14:30", "18:00"]


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    unnamed = [
        type(w).__name__
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QTimeEdit, QSpinBox, QComboBox, QAbstractButton))
        and w.parentWidget() is not None
        and not isinstance(w.parentWidget(), QTabBar)  # the tab bar's own scroll arrows
        and not w.accessibleName()
    ]
    assert unnamed == []


def language_choices(dialog: SettingsDialog) -> list[tuple[str, str]]:
    box = dialog.language_box
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_language_offers_the_system_then_each_language_in_its_own_words(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    assert language_choices(dialog) == [
        ("Follow the system", ""),
        ("English", "en"),
        ("Deutsch", "de"),
    ]
    assert dialog.language_box.currentData() == ""
    assert "new language" in dialog.language_note.text()


def test_choosing_a_language_emits_it_with_everything_else_kept(qtbot: QtBot) -> None:
    start = Settings(late_window_minutes=5, snooze_minutes=30)
    dialog = open_dialog(qtbot, start)
    dialog.tabs.setCurrentIndex(2)
    dialog.language_box.setFocus()

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.keyClick(dialog.language_box, Qt.Key.Key_End)  # the last one: Deutsch

    assert blocker.args[0] == replace(start, language="de")
    assert dialog.status.text() == "Saved. Windows opened from now on use the new language."

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.keyClick(dialog.language_box, Qt.Key.Key_Home)
    assert blocker.args[0].language == ""


def test_the_language_stays_when_other_things_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(language="de"))
    assert dialog.language_box.currentText() == "Deutsch"

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert blocker.args[0].language == "de"
    assert dialog.status.text() == "Saved. Nudges follow these times from now on."


def test_a_language_this_version_lacks_shows_as_the_system_and_is_kept(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, Settings(language="fr"))
    assert dialog.language_box.currentText() == "Follow the system"

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert blocker.args[0].language == "fr", "kept until the person chooses another"


def test_alt_and_the_underlined_letter_reach_a_field(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=1000)
    dialog.add_button.setFocus()

    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)

    qtbot.waitUntil(dialog.late_spin.hasFocus, timeout=1000)


def test_reminder_rows_are_named_for_screen_readers(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    row = dialog.rows[1]

    assert row.time_edit.accessibleName() == "Reminder time"
    assert [box.accessibleName() for box in row.day_boxes][:2] == [
        "Monday, at 14:30",
        "Tuesday, at 14:30",
    ]
    assert remove_button(row).accessibleName() == "Remove the reminder at 14:30"
    assert dialog.active_boxes[6].accessibleName() == "Nudges on Sunday"


def test_steps_shown_in_a_new_language_go_out_with_the_next_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    emitted: list[Settings] = []
    dialog.settings_changed.connect(emitted.append)
    dialog.steps_editor.list.setCurrentRow(2)
    german = tuple(replace(k, label=f"{k.label} (de)") for k in Settings().steps)

    dialog.show_steps(german)

    assert emitted == [], "showing is not a change"
    shown = dialog.steps_editor.list
    assert [shown.item(i).text() for i in range(shown.count())] == [k.label for k in german]
    assert shown.currentRow() == 2
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert emitted[-1].steps == german
