"""The tray icon and its menu: the app's quiet presence on the desktop.

The menu is rebuilt each time it opens, so the next nudge time is always current.
Every item only emits an intent; the composition root decides what happens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from smallsteps.core.wording import minutes
from smallsteps.ui.icons import icon


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
        self._icon = QSystemTrayIcon(icon("app"))
        self._icon.setToolTip("Small Steps")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self._on_menu_about_to_show)
        self._icon.setContextMenu(self.menu)
        self._icon.activated.connect(self._on_icon_activated)
        self._icon.messageClicked.connect(self.message_clicked)

    def show(self) -> None:
        """Build the menu and show the icon in the tray."""
        self._on_menu_about_to_show()
        self._icon.show()

    def hide(self) -> None:
        """Take the icon out of the tray."""
        self._icon.hide()

    def is_visible(self) -> bool:
        """Return whether the icon is shown and a tray is there to show it."""
        return self._icon.isVisible() and QSystemTrayIcon.isSystemTrayAvailable()

    def show_message(self, title: str, body: str) -> None:
        """Show a balloon message from the icon."""
        self._icon.showMessage(title, body, icon("app"), 60_000)

    def refresh(self) -> None:
        """Update the menu, the icon and the tooltip to the current status.

        Rebuilding the menu here, not only when it opens, lets panels that mirror
        it (StatusNotifierItem hosts) lay it out before the person opens it.
        """
        self._on_menu_about_to_show()

    def _refresh_icon(self, status: TrayStatus) -> None:
        name = "app-paused" if status.paused else ("app-waiting" if status.waiting else "app")
        self._icon.setIcon(icon(name))
        self._icon.setToolTip(f"Small Steps\n{status.next_nudge}")

    def _on_menu_about_to_show(self) -> None:
        status = self._status()
        self.menu.clear()
        self.menu.addAction("Take a small step now…", self.step_requested.emit)
        if status.undo_label:
            self.menu.addAction(f"Undo “{status.undo_label}”", self.undo_requested.emit)
        self.menu.addAction("A minute of breathing…", self.pacer_requested.emit)
        self.menu.addSeparator()
        info = self.menu.addAction(status.next_nudge)
        info.setEnabled(False)
        if not status.paused:
            self.menu.addAction(
                f"Snooze {minutes(status.snooze_minutes)}", self.snooze_requested.emit
            )
            self.menu.addAction("Pause for 1 hour", self.pause_hour_requested.emit)
            self.menu.addAction("Pause until tomorrow", self.pause_tomorrow_requested.emit)
        else:
            self.menu.addAction("Resume nudges", self.resume_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction("This week…", self.week_requested.emit)
        self.menu.addAction("Settings…", self.settings_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction("Quit", self.quit_requested.emit)
        self._refresh_icon(status)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.step_requested.emit()
