"""The paths used when there are no freedesktop notifications: tray balloon, plyer."""

from __future__ import annotations

import logging
from collections.abc import Callable

from smallsteps.core.nudges import Nudge, NudgeAction, NudgeAnswer
from smallsteps.platform.notify_base import Notifier

log = logging.getLogger(__name__)


class TrayBalloonNotifier(Notifier):
    """Shows nudges as the tray icon's balloon message; a click on it opens the step.

    Args:
        available: tells whether a tray icon is shown right now.
        show_message: shows a balloon with a title and a body.
    """

    name = "tray balloon"

    def __init__(self, available: Callable[[], bool], show_message: Callable[[str, str], None]):
        super().__init__()
        self._available = available
        self._show_message = show_message
        self._current: str | None = None

    def show(self, nudge: Nudge) -> bool:
        """Show the balloon; ``False`` when there is no tray icon."""
        if not self._available():
            return False
        self._current = nudge.id
        self._show_message(nudge.title, nudge.body)
        return True

    def close(self, nudge_id: str) -> None:
        """Forget the nudge so a late click does not answer it twice."""
        if self._current == nudge_id:
            self._current = None

    def on_message_clicked(self) -> None:
        """Call when the balloon was clicked."""
        if self._current is not None:
            nudge_id, self._current = self._current, None
            self.answered.emit(NudgeAnswer(nudge_id, NudgeAction.OPEN))


class PlyerNotifier(Notifier):
    """Last resort: plyer's notification, which cannot report a click.

    The tray or the app window stays the way to answer.

    Args:
        app_name: the name shown with the notification.
        icon: an icon file path.
    """

    name = "plyer"

    def __init__(self, app_name: str, icon: str) -> None:
        super().__init__()
        self._app_name = app_name
        self._icon = icon

    def show(self, nudge: Nudge) -> bool:
        """Show the notification; ``False`` if plyer has no way to."""
        try:
            from plyer import notification  # noqa: PLC0415 - loaded only if ever needed

            notification.notify(
                title=nudge.title,
                message=nudge.body,
                app_name=self._app_name,
                app_icon=self._icon,
                timeout=60,
            )
        except Exception as exc:  # noqa: BLE001 - plyer raises anything when it cannot
            log.info("plyer could not show a notification: %s", exc)
            return False
        return True
