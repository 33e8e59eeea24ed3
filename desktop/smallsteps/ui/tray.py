"""The tray icon and its menu: the app's quiet presence on the desktop.

The menu is rebuilt each time it opens, so the next nudge time is always current,
and its words are always in the language the app speaks now (a language chosen in
Settings shows here at once). Every item only emits an intent; the composition
root decides what happens. The menu works from the keyboard: arrows or Tab move,
Enter chooses, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from smallsteps.ui.icons import tray_icon


@dataclass(frozen=True)
class TrayStatus:
    """What the tray shows about the schedule.

    Attributes:
        next_nudge: e.g. ``"Next nudge at 14:30"``.
        paused: whether nudges are paused.
        waiting: whether a nudge is waiting for an answer.
        undo_label: the step that can still be taken back, if any.
        snooze_minutes: how long "Snooze" waits.
    """

    next_nudge: str
    paused: bool
    waiting: bool = False
    undo_label: str | None = None
    snooze_minutes: int = 15


class TrayIcon(QObject):
    """The system tray icon with its menu.

    Args:
        status: called whenever the menu opens, for the current status.

    Signals:
        step_requested(): "Take a small step now…" or a left click.
        pacer_requested(): "A minute of breathing…".
        snooze_requested(): "Snooze 15 minutes".
        pause_hour_requested(): "Pause for 1 hour".
        pause_tomorrow_requested(): "Pause until tomorrow".
        resume_requested(): "Resume nudges".
        week_requested(): "This week…".
        settings_requested(): "Settings…".
        quit_requested(): "Quit".
        message_clicked(): the tray balloon was clicked.
        undo_requested(): "Undo …" (for a minute after "I did it").
    """

    step_requested = Signal()
    pacer_requested = Signal()
    snooze_requested = Signal()
    pause_hour_requested = Signal()
    pause_tomorrow_requested = Signal()
    resume_requested = Signal()
    week_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()
    undo_requested = Signal()

    def __init__(self, status: Callable[[], TrayStatus]) -> None:
        super().__init__()
        self._status = status
        self._icon_name = "app"
        self._icon = QSystemTrayIcon(tray_icon(self._icon_name))
        self._icon.setToolTip(self.tr("Small Steps"))
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._icon.setContextMenu(self.menu)
        self._icon.activated.connect(self._on_icon_activated)
        self._icon.messageClicked.connect(self.message_clicked)

    def show(self) -> None:
        """Show the icon in the tray; its menu fills when it opens, or on `refresh`."""
        self._icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self._icon.hide()

    def is_visible(self) -> bool:
        """Return whether the icon is shown and a tray is there to show it."""
        return self._icon.isVisible() and QSystemTrayIcon.isSystemTrayAvailable()

    def show_message(self, title: str, body: str) -> None:
        """Show a balloon message from the icon."""
        self._icon.showMessage(title, body, tray_icon("app"), 60_000)

    def refresh(self) -> None:
        """Update the menu, the icon and the tooltip to the current status.

        Rebuilding the menu here, not only when it opens, lets panels that mirror
        it (StatusNotifierItem hosts) lay it out before the person opens it.
        """
        self._on_menu_about_to_show()

    def _refresh_icon(self, status: TrayStatus) -> None:
        name = "app-paused" if status.paused else ("app-waiting" if status.waiting else "app")
        if name != self._icon_name:  # a new icon is sent to the panel again, every size
            self._icon_name = name
            self._icon.setIcon(tray_icon(name))
        self._icon.setToolTip(self.tr("Small Steps\n{status}").format(status=status.next_nudge))

    def _on_menu_about_to_show(self) -> None:
        from smallsteps.ui.texts import wording  # noqa: PLC0415 - the core's words, after the icon

        status = self._status()
        self.menu.clear()
        self.menu.setAccessibleName(self.tr("Small Steps"))
        self.menu.setAccessibleDescription(
            self.tr("Take a small step, breathe, snooze or pause nudges, see your week.")
        )
        self._add(
            self.tr("Take a small step now…"),
            self.tr("Opens a small window to keep a step you took."),
            self.step_requested,
        )
        if status.undo_label:
            self._add(
                self.tr("Undo “{step}”").format(step=status.undo_label),
                self.tr("Takes back the step you just kept."),
                self.undo_requested,
            )
        self._add(
            self.tr("A minute of breathing…"),
            self.tr("Opens the breathing pacer."),
            self.pacer_requested,
        )
        self.menu.addSeparator()
        info = self.menu.addAction(status.next_nudge)
        info.setStatusTip(self.tr("When the next nudge comes."))
        info.setEnabled(False)
        if not status.paused:
            self._add(
                self.tr("Snooze {duration}").format(
                    duration=wording().minutes(status.snooze_minutes)
                ),
                self.tr("The next nudge comes a little later."),
                self.snooze_requested,
            )
            self._add(
                self.tr("Pause for 1 hour"),
                self.tr("No nudges for an hour."),
                self.pause_hour_requested,
            )
            self._add(
                self.tr("Pause until tomorrow"),
                self.tr("No more nudges today."),
                self.pause_tomorrow_requested,
            )
        else:
            self._add(
                self.tr("Resume nudges"),
                self.tr("Nudges come again at their times."),
                self.resume_requested,
            )
        self.menu.addSeparator()
        self._add(
            self.tr("This week…"),
            self.tr("Shows the small steps of this week."),
            self.week_requested,
        )
        self._add(
            self.tr("Settings…"),
            self.tr("Reminder times, your steps, the language and your journal."),
            self.settings_requested,
        )
        self.menu.addSeparator()
        self._add(
            self.tr("Quit"),
            self.tr("Closes Small Steps; no nudges come until it starts again."),
            self.quit_requested,
        )
        self._refresh_icon(status)

    def _add(self, text: str, description: str, signal: SignalInstance) -> QAction:
        """Add an item that emits ``signal``; ``description`` says what it does."""
        action = self.menu.addAction(text, signal.emit)
        action.setStatusTip(description)
        action.setToolTip(description)
        return action

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.step_requested.emit()
