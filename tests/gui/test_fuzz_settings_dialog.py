"""Fuzzing the times typed into the Settings dialog, keystroke by keystroke.

Generated keystrokes (digits, letters, colons, "24:00", "9h", "99:99", the
other rows' times, Backspace, Delete, arrows, Home, End) go into a reminder
time or a quiet-hours field with ``qtbot.keyClicks``/``keyClick``, then the
field is left (Enter, or focus moving away) so it emits ``editingFinished``.
Whatever was typed, the dialog:

- raises nothing (no exception in any slot);
- emits ``settings_changed`` only with valid settings: each one survives
  ``settings_from_dict(settings_to_dict(x)) == x``, days included, and holds
  what the fields now show;
- emits nothing when two rows share a time, and says so kindly in the status
  line; emits nothing, with the reason, when quiet hours start and end at once.

A new dialog is made for every case and closed and deleted after it (the gui
conftest fails a test that leaves a window open). Each test prints
``fuzz: <target>: <N> generated cases`` (see ``tests/support/fuzzcount.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QTimeEdit
from pytestqt.qtbot import QtBot
from tests.support.fuzzcount import report_cases

from gui.leaks import flush_deletes
from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.rules import QuietHours
from smallsteps.core.settings import Settings, settings_from_dict, settings_to_dict
from smallsteps.ui.settings_dialog import SettingsDialog

FUZZ = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SHARED = "Two reminders share a time; please change one of them."
SAME_QUIET = "Quiet hours need a start and an end that differ."
START = Settings(
    reminders=(
        ReminderTime(10, 30),
        ReminderTime(14, 30, frozenset({Weekday.MON, Weekday.FRI})),
        ReminderTime(18, 0),
    ),
    quiet_hours=QuietHours(time(21, 0), time(8, 0)),
)


@dataclass(frozen=True)
class Typed:
    """Text typed as it is, one key per character."""

    text: str


@dataclass(frozen=True)
class Pressed:
    """One special key."""

    key: Qt.Key


_SPECIAL = [
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
]
keystrokes = st.lists(
    st.one_of(
        st.sampled_from("0123456789").map(Typed),
        st.sampled_from(list("aZh:;-. /")).map(Typed),
        st.sampled_from(
            ["24:00", "9h", "99:99", "10:30", "14:30", "18:00", "21:00", "08:00", "00:00", "23:59"]
        ).map(Typed),
        st.text(max_size=4).map(Typed),
        st.sampled_from(_SPECIAL).map(Pressed),
    ),
    max_size=12,
)
entering = st.sampled_from(["tab", "hour", "minute", "select-all", "click"])
leaving = st.sampled_from(["enter", "focus-out"])


def _type(qtbot: QtBot, edit: QTimeEdit, keys: list[Typed | Pressed], entry: str) -> None:
    """Go into the field as a person would, then type."""
    if entry == "tab":  # Tab into it: the hour is selected
        edit.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        edit.setFocus(Qt.FocusReason.MouseFocusReason)
        if entry == "hour":  # a click on the hour
            edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
        elif entry == "minute":  # a click on the minutes
            edit.setSelectedSection(QDateTimeEdit.Section.MinuteSection)
        elif entry == "select-all":
            edit.selectAll()
    assert edit.hasFocus()
    for key in keys:
        if isinstance(key, Typed):
            for char in key.text:
                _type_char(edit, char)
        else:
            qtbot.keyClick(edit, key.key)


def _type_char(edit: QTimeEdit, char: str) -> None:
    """Type one character, as a keyboard or an input method would deliver it.

    ``QTest.keyClicks`` cannot be used for any text: it asserts (and aborts the
    process) on characters it has no key code for, such as "é" or a control code.
    """
    printable_ascii = " " <= char <= "~"
    key = Qt.Key(ord(char.upper())) if printable_ascii else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _leave(qtbot: QtBot, dialog: SettingsDialog, edit: QTimeEdit, how: str) -> None:
    if how == "enter":
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    else:
        assert edit.hasFocus()
        dialog.add_button.setFocus()  # focus moves on, as with a click elsewhere
        assert not edit.hasFocus()


def _round_trips(settings_: Settings) -> None:
    again = settings_from_dict(settings_to_dict(settings_))
    assert again == settings_
    assert [r.days for r in again.reminders] == [r.days for r in settings_.reminders]
    assert again.quiet_hours == settings_.quiet_hours
    times = [(r.hour, r.minute) for r in settings_.reminders]
    assert len(times) == len(set(times))


def _hm(edit: QTimeEdit) -> tuple[int, int]:
    shown_time = edit.time()
    assert shown_time.isValid()
    return shown_time.hour(), shown_time.minute()


class _Dialogs:
    """One dialog per generated case, always closed and deleted afterwards."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def run(self, body: Callable[[SettingsDialog, list[Settings]], None]) -> None:
        dialog = SettingsDialog(START)
        emitted: list[Settings] = []
        dialog.settings_changed.connect(emitted.append)
        try:
            with self.qtbot.waitExposed(dialog):
                dialog.show()
            dialog.activateWindow()
            dialog.add_button.setFocus()  # the fields start without focus
            with self.qtbot.capture_exceptions() as raised:
                body(dialog, emitted)
            assert raised == [], f"the dialog raised: {raised}"
        finally:
            dialog.settings_changed.disconnect(emitted.append)
            dialog.close()
            dialog.deleteLater()
            flush_deletes()


def _run(target: str, prop: Callable[[], None], counter: list[int]) -> None:
    try:
        prop()
    finally:
        report_cases(target, counter[0])


def test_typed_reminder_times(qtbot: QtBot) -> None:
    dialogs = _Dialogs(qtbot)
    counter = [0]
    outcomes: set[str] = set()

    @FUZZ
    @given(row=st.integers(0, 2), entry=entering, keys=keystrokes, how=leaving)
    @example(row=0, entry="tab", keys=[Typed("14:30")], how="enter")
    @example(row=2, entry="tab", keys=[Typed("24:00")], how="enter")
    @example(row=1, entry="click", keys=[Pressed(Qt.Key.Key_Backspace)] * 6, how="focus-out")
    def prop(row: int, entry: str, keys: list[Typed | Pressed], how: str) -> None:
        counter[0] += 1

        def body(dialog: SettingsDialog, emitted: list[Settings]) -> None:
            edit = dialog.rows[row].time_edit
            _type(qtbot, edit, keys, entry)
            _leave(qtbot, dialog, edit, how)
            for each in emitted:
                _round_trips(each)
            times = [_hm(r.time_edit) for r in dialog.rows]
            if len(set(times)) != len(times):
                outcomes.add("shared")
                assert dialog.status.text() == SHARED
                assert not emitted or [(r.hour, r.minute) for r in emitted[-1].reminders] != times
                return
            if times == [(10, 30), (14, 30), (18, 0)]:
                outcomes.add("unchanged")
                assert emitted == []
                return
            outcomes.add("changed")
            assert len(emitted) >= 1, f"{times} shown but nothing emitted"
            last = emitted[-1]
            assert [(r.hour, r.minute) for r in last.reminders] == sorted(times)
            days = {(r.hour, r.minute): r.days for r in last.reminders}
            assert days[times[1]] == frozenset({Weekday.MON, Weekday.FRI})
            assert last.quiet_hours == START.quiet_hours
            assert dialog.status.text().startswith("Saved")

        dialogs.run(body)

    _run("settings dialog: reminder times typed", prop, counter)
    assert outcomes == {"shared", "unchanged", "changed"}, outcomes


def test_typed_quiet_hours(qtbot: QtBot) -> None:
    dialogs = _Dialogs(qtbot)
    counter = [0]
    outcomes: set[str] = set()

    @FUZZ
    @given(end=st.booleans(), entry=entering, keys=keystrokes, how=leaving)
    @example(end=True, entry="tab", keys=[Typed("21:00")], how="enter")
    @example(end=False, entry="hour", keys=[Typed("08:00")], how="focus-out")
    def prop(end: bool, entry: str, keys: list[Typed | Pressed], how: str) -> None:
        counter[0] += 1

        def body(dialog: SettingsDialog, emitted: list[Settings]) -> None:
            edit = dialog.quiet_end if end else dialog.quiet_start
            _type(qtbot, edit, keys, entry)
            _leave(qtbot, dialog, edit, how)
            for each in emitted:
                _round_trips(each)
            start, stop = _hm(dialog.quiet_start), _hm(dialog.quiet_end)
            if start == stop:
                outcomes.add("same")
                assert dialog.status.text() == SAME_QUIET
                assert emitted == []
                return
            if (start, stop) == ((21, 0), (8, 0)):
                outcomes.add("unchanged")
                assert emitted == []
                return
            outcomes.add("changed")
            assert len(emitted) >= 1
            assert emitted[-1].quiet_hours == QuietHours(time(*start), time(*stop))
            assert emitted[-1].reminders == START.reminders

        dialogs.run(body)

    _run("settings dialog: quiet hours typed", prop, counter)
    assert outcomes == {"same", "unchanged", "changed"}, outcomes


def test_a_time_edit_never_holds_an_invalid_time(qtbot: QtBot) -> None:
    """Belt and braces: whatever is typed, the field's time stays a real time of day."""
    edit = QTimeEdit(QTime(10, 30))
    edit.setDisplayFormat("HH:mm")
    qtbot.addWidget(edit)
    for text in ("24:00", "99:99", "9h", "::", "-1:-1", "٠٩:٣٠", "\x00", "12:3"):
        edit.selectAll()
        for char in text:
            _type_char(edit, char)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.time().isValid(), text
