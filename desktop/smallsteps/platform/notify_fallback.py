"""The paths used when there are no freedesktop notifications: tray balloon, plyer."""

from __future__ import annotations

import logging
import sys
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

    def available(self) -> bool:
        """A balloon needs a tray icon."""
        return self._available()

    def describe(self) -> str:
        """Describe the path."""
        return self.tr("tray icon messages (a click opens the step dialog)")

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

    @property
    def can_answer(self) -> bool:
        """A click on the balloon opens the step dialog; it has no buttons."""
        return False

    def inform(self, title: str, body: str) -> bool:
        """Show a confirmation balloon."""
        if not self._available():
            return False
        self._current = None
        self._show_message(title, body)
        return True

    def on_message_clicked(self) -> None:
        """Call when the balloon was clicked."""
        if self._current is not None:
            nudge_id, self._current = self._current, None
            self.answered.emit(NudgeAnswer(nudge_id, NudgeAction.OPEN))


def _unix_desktop() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def _session_bus_has_notifications() -> bool:
    try:
        from jeepney.bus_messages import message_bus  # noqa: PLC0415
        from jeepney.io.blocking import open_dbus_connection  # noqa: PLC0415

        with open_dbus_connection(bus="SESSION", auth_timeout=1.0) as conn:
            reply = conn.send_and_get_reply(
                message_bus.NameHasOwner("org.freedesktop.Notifications"), timeout=1.0
            )
            return bool(reply.body[0])
    except Exception:  # noqa: BLE001 - no bus at all
        return False


class InAppNotifier(Notifier):
    """The last resort: a small window of the app's own, in the screen's corner.

    Args:
        show_popup: shows the popup for a nudge (``None`` for a message without buttons).
        hide_popup: hides it.
    """

    name = "in-app popup"

    def __init__(
        self,
        show_popup: Callable[[str, str, bool], None],
        hide_popup: Callable[[], None],
    ) -> None:
        super().__init__()
        self._show_popup = show_popup
        self._hide_popup = hide_popup
        self._current: str | None = None

    def describe(self) -> str:
        """Describe the path."""
        return self.tr("a small Small Steps window in the corner of the screen")

    def show(self, nudge: Nudge) -> bool:
        """Show the popup with its buttons."""
        self._current = nudge.id
        self._show_popup(nudge.title, nudge.body, True)
        return True

    def inform(self, title: str, body: str) -> bool:
        """Show the popup with a message and no buttons."""
        self._current = None
        self._show_popup(title, body, False)
        return True

    def close(self, nudge_id: str) -> None:
        """Hide the popup if it shows this nudge."""
        if self._current == nudge_id:
            self._current = None
            self._hide_popup()

    def on_popup_answered(self, action: NudgeAction) -> None:
        """Call when a button of the popup was pressed."""
        if self._current is not None:
            nudge_id, self._current = self._current, None
            self._hide_popup()
            self.answered.emit(NudgeAnswer(nudge_id, action))


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

    @property
    def can_answer(self) -> bool:
        """Plyer reports no clicks."""
        return False

    def available(self) -> bool:
        """Where plyer would only fail silently, it is not offered."""
        return not _unix_desktop() or _session_bus_has_notifications()

    def describe(self) -> str:
        """Describe the path."""
        return self.tr("system notifications without buttons (answer from the tray)")

    def show(self, nudge: Nudge) -> bool:
        """Show the notification; ``False`` if plyer has no way to."""
        return self.inform(nudge.title, nudge.body)

    def inform(self, title: str, body: str) -> bool:
        """Show a message through plyer; ``False`` where it would be lost.

        On Linux and the BSDs plyer speaks to the same D-Bus service the
        freedesktop path uses (or runs ``notify-send``, which needs it too) and
        does not report failure, so there it is only used when that service exists.
        """
        if not self.available():
            return False
        try:
            from plyer import notification  # noqa: PLC0415 - loaded only if ever needed

            notification.notify(
                title=title,
                message=body,
                app_name=self._app_name,
                app_icon=self._icon,
                timeout=60,
            )
        except Exception as exc:  # noqa: BLE001 - plyer raises anything when it cannot
            log.info("plyer could not show a notification: %s", exc)
            return False
        return True
