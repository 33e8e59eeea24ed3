"""Accessibility of the step dialog, Settings (each page), the nudge popup and the tray menu.

For each window, as a person using a screen reader, the keyboard alone, or large
text would meet it:

- every control (buttons, tick boxes, text fields, lists, spin boxes, time fields,
  combo boxes) has an accessible name and an accessible description;
- Tab reaches every control that is shown (each Settings page reached from its tab
  with the arrow keys), and the underlined letters (Alt+letter) of one page differ;
- at 150 % of the usual font size nothing clips: each label and button is as large
  as its words need, each window is as large as its content asks (within the
  screen), and no child lies outside its window.

Screenshots at 150 % go to the test artifacts (``step-dialog-150.png``,
``settings-150*.png``, ``nudge-popup-150.png``). The font is set back afterwards:
the tests share one QApplication.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QStyle,
    QTabBar,
    QTextEdit,
    QTimeEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from smallsteps.core.catalog import DEFAULT_CATALOG
from smallsteps.core.settings import Settings
from smallsteps.ui.nudge_popup import NudgePopup
from smallsteps.ui.settings_dialog import AboutInfo, SettingsDialog
from smallsteps.ui.step_dialog import StepDialog
from smallsteps.ui.tray import TrayIcon, TrayStatus
from smallsteps.ui.welcome import WelcomeDialog

INTERACTIVE: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTimeEdit,
)
"""The kinds of widget a person operates."""

ABOUT = AboutInfo(
    version="1.0.0",
    notifications="desktop notifications, with buttons",
    tray="shown in the panel; a left click takes a small step",
    data_folder="/home/someone/.local/share/smallsteps",
)
SCALE = 1.5

# The popup raises itself above other windows and an open menu takes the keyboard;
# the offscreen platform can do neither, and says so.
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)


# -- building the windows -------------------------------------------------------


def show(qtbot: QtBot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QApplication.processEvents()
    return window


def step_dialog(qtbot: QtBot) -> StepDialog:
    dialog = StepDialog(DEFAULT_CATALOG, suggested="walk")
    show(qtbot, dialog)
    return dialog


def step_dialog_with_notes_closed(qtbot: QtBot) -> StepDialog:
    """The dialog at its fullest: a long message and the two ways on."""
    dialog = step_dialog(qtbot)
    dialog.show_notes_closed("Notes cannot be kept safely just now: no keyring answers.")
    QApplication.processEvents()
    return dialog


def settings_dialog(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(Settings(), ABOUT, start_at_login=True)
    show(qtbot, dialog)
    return dialog


def nudge_popup(qtbot: QtBot) -> NudgePopup:
    popup = NudgePopup()
    qtbot.addWidget(popup)
    popup.show_nudge(
        "A small step, if you like",
        "Three slow breaths, in and out. Or anything else that feels right to you today.",
        with_buttons=True,
    )
    qtbot.waitExposed(popup)
    popup.activateWindow()  # as a click on it does
    qtbot.waitUntil(popup.isActiveWindow, timeout=2000)
    return popup


def welcome(qtbot: QtBot) -> WelcomeDialog:
    dialog = WelcomeDialog(tray_visible=True)
    show(qtbot, dialog)
    return dialog


WINDOWS: dict[str, Callable[[QtBot], QWidget]] = {
    "welcome": welcome,
    "step dialog": step_dialog,
    "step dialog, notes closed": step_dialog_with_notes_closed,
    "settings": settings_dialog,
    "nudge popup": nudge_popup,
}


def pages(window: QWidget) -> Iterator[str]:
    """Show each page of ``window`` in turn (Settings has three) and yield its name."""
    if isinstance(window, SettingsDialog):
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield window.tabs.tabText(index).replace("&", "")
    else:
        yield "the window"


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[float]:
    """The system's text at 150 %: the application font, 1.5 times its usual size.

    Yields the point size windows should now use.
    """
    usual = QApplication.font()
    larger = QFont(usual)
    larger.setPointSizeF(usual.pointSizeF() * SCALE)
    QApplication.setFont(larger)
    try:
        yield larger.pointSizeF()
    finally:
        QApplication.setFont(usual)
        QApplication.processEvents()
    del qapp


@pytest.fixture
def tray(qtbot: QtBot) -> Iterator[TrayIcon]:
    tray = TrayIcon(lambda: TrayStatus("Next nudge at 14:30", paused=False, undo_label="Rest"))
    qtbot.addWidget(tray.menu)
    tray.refresh()
    yield tray
    tray.menu.hide()
    tray.hide()


# -- what is checked --------------------------------------------------------------


def is_part_of_a_control(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is an inner piece of another control (a spin box's text field)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (*INTERACTIVE, QTabBar)):
            return True
        parent = parent.parentWidget()
    return False


def controls(window: QWidget) -> list[QWidget]:
    """Every control of ``window``, shown or not, in creation order."""
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not is_part_of_a_control(w, window)
    ]


def shown_controls(window: QWidget) -> list[QWidget]:
    return [w for w in controls(window) if w.isVisible() and w.isEnabled()]


def describe(widget: QWidget) -> str:
    text = widget.property("text") or widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__}({text!r})"


def plain(text: str) -> str:
    """The words of a text with mnemonics (``&Save``), as they are drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def needed_width(button: QAbstractButton) -> int:
    """The width the button's words need: the text, its icon, and the style's margins."""
    style = button.style()
    width = button.fontMetrics().horizontalAdvance(plain(button.text()))
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    if isinstance(button, QCheckBox | QRadioButton):
        width += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        width += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    else:
        width += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return width


def clipped(window: QWidget) -> list[str]:
    """Describe each shown label, button, field or tab whose words need more room than it has."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > size.height():
                    found.append(f"{describe(widget)}: {needed} px high needed, {size}")
            elif widget.sizeHint().boundedTo(size) != widget.sizeHint():
                found.append(f"{describe(widget)}: {widget.sizeHint()} needed, {size}")
        elif isinstance(widget, QAbstractButton) and not is_part_of_a_control(widget, window):
            hint = widget.sizeHint()
            if needed_width(widget) > size.width() or hint.boundedTo(size) != hint:
                found.append(
                    f"{describe(widget)}: {needed_width(widget)} px wide needed, "
                    f"hint {hint}, {size}"
                )
        elif isinstance(widget, QAbstractSpinBox | QComboBox) and not is_part_of_a_control(
            widget, window
        ):
            hint = widget.sizeHint()  # the widest value, with its suffix
            if hint.boundedTo(size) != hint:
                found.append(f"{describe(widget)}: {hint} needed, {size}")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                words = widget.fontMetrics().horizontalAdvance(plain(widget.tabText(index)))
                if words > widget.tabRect(index).width():
                    found.append(f"tab {widget.tabText(index)!r}: {words} px > tab")
    return found


def outside(window: QWidget) -> list[str]:
    """Describe each shown widget that does not lie inside its parent (so not in the window).

    What sits in a scroll area's viewport may reach beyond it: it scrolls.
    """
    found = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if widget.isWindow() or not widget.isVisible() or parent is None:
            continue
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        ):
            continue
        if not parent.rect().contains(widget.geometry()):
            found.append(f"{describe(widget)} at {widget.geometry()} in {describe(parent)}")
    return found


def owner(focused: QWidget, candidates: list[QWidget]) -> QWidget | None:
    """The control that ``focused`` belongs to (a spin box, not its inner text field)."""
    widget: QWidget | None = focused
    while widget is not None and widget not in candidates:
        widget = widget.parentWidget()
    return widget


def tab_order(visited: list[QWidget], controls: list[QWidget]) -> list[QWidget]:
    """The controls in the order the focus first came to them."""
    owners = (owner(w, controls) for w in visited)
    return [w for w in dict.fromkeys(owners) if w is not None]


def tab_through(qtbot: QtBot, window: QWidget, start: QWidget, presses: int) -> list[QWidget]:
    """Press Tab ``presses`` times from ``start``; return every widget that had the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focusWidget() is not None, timeout=1000)
    visited = []
    for _ in range(presses):
        focused = window.focusWidget()
        assert focused is not None
        visited.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return visited


# -- names and descriptions ---------------------------------------------------------


@pytest.mark.parametrize("name", WINDOWS)
def test_every_control_has_a_name_and_a_description(qtbot: QtBot, name: str) -> None:
    window = WINDOWS[name](qtbot)

    found = controls(window)
    unnamed = [describe(w) for w in found if not w.accessibleName().strip()]
    undescribed = [describe(w) for w in found if not w.accessibleDescription().strip()]

    assert len(found) >= (2 if name == "welcome" else 4)
    assert unnamed == []
    assert undescribed == []


def test_the_settings_pages_and_the_windows_have_descriptions(qtbot: QtBot) -> None:
    settings = settings_dialog(qtbot)
    step = step_dialog(qtbot)

    assert settings.tabs.accessibleName()
    assert settings.accessibleDescription()
    assert step.accessibleDescription()


def test_reminder_names_follow_the_time_shown(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    row = dialog.rows[0]
    assert row.day_boxes[0].accessibleName() == "Monday, at 10:30"

    row.time_edit.setTime(row.time_edit.time().addSecs(15 * 60))

    assert row.day_boxes[0].accessibleName() == "Monday, at 10:45"
    assert row.remove_button.accessibleName() == "Remove the reminder at 10:45"


def test_inputs_are_labelled_by_their_buddies(qtbot: QtBot) -> None:
    step = step_dialog(qtbot)
    settings = settings_dialog(qtbot)

    for window, inputs in (
        (step, [step.kind_list, step.note_edit]),
        (
            settings,
            [
                settings.rows[0].time_edit,
                settings.quiet_end,
                settings.late_spin,
                settings.away_spin,
                settings.language_box,
                settings.steps_editor.list,
            ],
        ),
    ):
        buddies = {label.buddy() for label in window.findChildren(QLabel)}
        assert [describe(w) for w in inputs if w not in buddies] == []


def test_tray_menu_items_have_names_and_descriptions(tray: TrayIcon) -> None:
    items = [a for a in tray.menu.actions() if not a.isSeparator()]

    assert tray.menu.accessibleName()
    assert tray.menu.accessibleDescription()
    assert [a for a in items if not a.text().strip()] == []
    assert [a.text() for a in items if not a.statusTip().strip()] == []


# -- the keyboard -----------------------------------------------------------------------


def test_tab_reaches_every_control_of_the_step_dialog(qtbot: QtBot) -> None:
    dialog = step_dialog_with_notes_closed(qtbot)
    wanted = shown_controls(dialog)

    visited = tab_through(qtbot, dialog, dialog.kind_list, 2 * len(wanted) + 2)

    order = tab_order(visited, wanted)
    assert [describe(w) for w in wanted if w not in order] == []
    assert order[:3] == [dialog.kind_list, dialog.note_edit, dialog.feeling_buttons[1]]
    assert order[-2:] == [dialog.close_button, dialog.save_button]


def test_tab_reaches_every_control_on_every_settings_page(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    bar = dialog.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus, timeout=1000)

    for index in range(dialog.tabs.count()):
        if index:
            bar.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.keyClick(bar, Qt.Key.Key_Right)  # the keyboard turns the page
        assert dialog.tabs.currentIndex() == index
        wanted = [w for w in shown_controls(dialog) if not isinstance(w, QTabBar)]

        # Time fields take one Tab per part (hours, minutes) before letting go.
        visited = tab_through(qtbot, dialog, bar, 3 * len(wanted) + 3)

        order = tab_order(visited, wanted)
        missing = [describe(w) for w in wanted if w not in order]
        assert missing == [], f"page {dialog.tabs.tabText(index)!r}"
        assert order[-1] is dialog.close_button, "Close comes last"


def test_a_new_time_takes_its_place_in_the_tab_order(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)
    dialog.add_button.click()
    new_row = dialog.rows[-1]
    qtbot.waitUntil(new_row.isVisible, timeout=1000)
    assert dialog.focusWidget() is new_row.time_edit, "the new time has the focus"
    wanted = shown_controls(dialog)

    visited = tab_through(qtbot, dialog, dialog.tabs.tabBar(), 3 * len(wanted))

    order = tab_order(visited, wanted)
    assert order.index(new_row.remove_button) < order.index(dialog.add_button)
    assert order.index(dialog.rows[-2].remove_button) < order.index(new_row.time_edit)


def test_tab_moves_between_the_popup_buttons(qtbot: QtBot) -> None:
    popup = nudge_popup(qtbot)
    wanted = shown_controls(popup)

    visited = tab_through(qtbot, popup, popup.did_button, len(wanted) + 1)

    assert visited == [*wanted, wanted[0]]


def test_tab_walks_the_whole_tray_menu(qtbot: QtBot, tray: TrayIcon) -> None:
    tray.menu.popup(QPoint(10, 10))
    qtbot.waitExposed(tray.menu)
    items = [a for a in tray.menu.actions() if a.isEnabled() and not a.isSeparator()]
    visited: list[QAction | None] = []

    for _ in range(len(items)):
        qtbot.keyClick(tray.menu, Qt.Key.Key_Tab)
        visited.append(tray.menu.activeAction())

    assert [a.text() for a in items if a not in visited] == []
    qtbot.keyClick(tray.menu, Qt.Key.Key_Escape)
    assert not tray.menu.isVisible()


@pytest.mark.parametrize("name", WINDOWS)
def test_underlined_letters_differ_on_each_page(qtbot: QtBot, name: str) -> None:
    window = WINDOWS[name](qtbot)

    for page in pages(window):
        texts = [
            w.text()
            for w in window.findChildren(QWidget)
            if w.isVisible()
            and (isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy()))
        ]
        if isinstance(window, SettingsDialog):
            texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        letters = [m for m in map(mnemonic, texts) if m]
        assert len(letters) == len(set(letters)), f"{page}: {texts}"


def test_no_control_gives_up_the_focus(qtbot: QtBot) -> None:
    for window in (step_dialog(qtbot), settings_dialog(qtbot), nudge_popup(qtbot)):
        no_focus = [
            describe(w)
            for w in controls(window)
            if w.focusPolicy() == Qt.FocusPolicy.NoFocus
            or (isinstance(w, QPushButton) and w.isFlat())
        ]
        assert no_focus == []


# -- large text ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", WINDOWS)
def test_nothing_clips_at_150_percent(qtbot: QtBot, large_text: float, name: str) -> None:
    window = WINDOWS[name](qtbot)
    assert window.font().pointSizeF() == pytest.approx(large_text)
    screen = window.screen().availableGeometry()

    for page in pages(window):
        assert clipped(window) == [], page
        assert outside(window) == [], page
    wanted = window.sizeHint().boundedTo(screen.size())
    assert window.width() >= wanted.width(), "as wide as its content asks"
    layout = window.layout()
    assert layout is not None
    if layout.hasHeightForWidth():  # wrapped words: the height they need at this width
        wanted.setHeight(min(layout.totalHeightForWidth(window.width()), screen.height()))
    assert window.height() >= wanted.height(), "as high as its content asks"
    if isinstance(window, NudgePopup):
        assert screen.contains(window.frameGeometry()), "the popup stays on the screen"


@pytest.mark.usefixtures("large_text")
def test_the_reminder_rows_fit_the_width_at_150_percent(qtbot: QtBot) -> None:
    dialog = settings_dialog(qtbot)

    assert not dialog._scroll.horizontalScrollBar().isVisible()
    for row in dialog.rows:
        assert row.remove_button.geometry().right() <= row.width()


def test_the_tray_menu_has_room_for_its_words_at_150_percent(
    qtbot: QtBot, large_text: float, tray: TrayIcon
) -> None:
    tray.menu.popup(QPoint(10, 10))
    qtbot.waitExposed(tray.menu)
    metrics = tray.menu.fontMetrics()

    assert tray.menu.font().pointSizeF() == pytest.approx(large_text)
    for action in tray.menu.actions():
        if action.isSeparator():
            continue
        room = tray.menu.actionGeometry(action)
        assert metrics.horizontalAdvance(plain(action.text())) < room.width(), action.text()
        assert metrics.height() <= room.height(), action.text()
    tray.menu.hide()


@pytest.mark.usefixtures("large_text")
def test_screenshots_at_150_percent(qtbot: QtBot, artifacts_dir: Path) -> None:
    step = step_dialog(qtbot)
    step.note_edit.setFocus()
    qtbot.keyClicks(step.note_edit, "Round the block before lunch")
    qtbot.keyClick(step.note_edit, Qt.Key.Key_Tab)  # real keys: the focus shows
    for _ in range(3):
        qtbot.keyClick(step.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(step.focusWidget(), Qt.Key.Key_Space)
    assert step.feeling() == 4
    assert step.focusWidget() is step.feeling_buttons[4]
    shots: dict[str, QWidget] = {"step-dialog-150.png": step}
    settings = settings_dialog(qtbot)
    for index, page in enumerate(pages(settings)):
        name = "settings-150.png" if index == 0 else f"settings-150-{index + 1}.png"
        assert settings.grab().save(str(artifacts_dir / name)), page
    settings.tabs.setCurrentIndex(0)
    shots["nudge-popup-150.png"] = nudge_popup(qtbot)

    for name, window in shots.items():
        assert window.grab().save(str(artifacts_dir / name))
        assert (artifacts_dir / name).stat().st_size > 0
