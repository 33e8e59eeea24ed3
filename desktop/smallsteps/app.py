"""The one composition root: builds every part, wires their signals, runs Qt.

Nothing else creates long-lived objects; there are no module-level singletons.

The tray icon comes first. Until it is shown, only what the icon needs is
imported and built: Qt, the single-instance lock, the log, the tray. The rest
(the settings and the saved state, with the menu in the person's language;
whether a tray is really there; the channel for the command line; the journal
and its integrity check; the reminder schedule with APScheduler; presence;
notifications) is built on the next turns of the event loop, one part per turn,
so the tray host can ask for the icon and its menu in between.
Whatever the person or another process asks for before that finishes builds the
rest at once, then is done.
Windows that are not needed at start (the step dialog, settings, week, pacer)
are imported and built on first use, and deleted when closed. The light or dark
palette follows the system from the first window on (the tray's own menu
included): the tray's picture needs none.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# The pure-Python modules of the start come before Qt. Once PySide6 is imported, its
# import hook looks at every module imported after it (for `from __feature__ import
# ...`). The command line makes that look cheap (platform.pyside_imports) before it
# imports this module; where it cannot, the hook reads each source through linecache,
# which keeps the text (see _forget_sources).
from smallsteps import APP_ID, APP_NAME, __version__
from smallsteps.core.resources import icon_path, text_lines
from smallsteps.storage.logfile import setup_logging
from smallsteps.storage.paths import DataPaths

# isort: split
from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from smallsteps.core.i18n import error_text, spoken
from smallsteps.platform.single_instance import Command, InstanceMessage, InstanceServer
from smallsteps.services.language import LanguageSetup, choose_language, qt_translate
from smallsteps.ui.tray import TrayIcon, TrayStatus

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from smallsteps.core.catalog import Catalog
    from smallsteps.core.clock import SystemClock
    from smallsteps.core.models import StepDraft
    from smallsteps.core.nudges import NudgePicker
    from smallsteps.core.settings import Settings
    from smallsteps.core.state import NudgeState
    from smallsteps.platform.autostart import Autostart
    from smallsteps.platform.notify_base import Notifier
    from smallsteps.platform.notify_bridge import NotificationBridge
    from smallsteps.platform.notify_fallback import InAppNotifier
    from smallsteps.platform.presence import DesktopPresence
    from smallsteps.platform.sleep_watch import SleepWatcher
    from smallsteps.platform.unix_signals import SignalWatcher
    from smallsteps.services.controller import KeptLater, RecordedStep, StepController, StepRequest
    from smallsteps.services.presence import NudgeGate
    from smallsteps.services.reminders import ReminderService
    from smallsteps.services.week import WeekService
    from smallsteps.storage.journal import Journal
    from smallsteps.storage.keys import KeyManager
    from smallsteps.ui.nudge_popup import NudgePopup
    from smallsteps.ui.pacer import PacerWindow
    from smallsteps.ui.settings_dialog import AboutInfo, SettingsDialog
    from smallsteps.ui.step_dialog import StepDialog
    from smallsteps.ui.week_window import ExportRequest, WeekWindow
    from smallsteps.ui.welcome import WelcomeDialog

log = logging.getLogger(__name__)


UNDO_WINDOW_MS = 60_000
TRAY_RETRY_MS = 2000
TRAY_RETRIES = 60
"""Look for a tray every 2 s for 2 minutes after start (a panel may start after us)."""
PROGRAM = "smallsteps"
"""The program's name, before its one-line error messages (as on the command line)."""
EXIT_JOURNAL = 3
"""Exit code when the journal cannot be opened."""


def _forget_sources() -> None:
    """Drop the module sources PySide6's import hook read into linecache.

    Where PySide6's import hook could not be made light (``pyside_imports.install``
    found no hook to replace), it reads the source of each module imported after
    PySide6 and linecache keeps it (several MiB by the time the app is up); nothing
    needs it but a traceback, which reads the file again. Called after each burst of
    imports, so the memory is reused rather than piled up (a no-op otherwise).
    """
    linecache.clearcache()


def _freedesktop_paths() -> list[Notifier]:
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return []
    from smallsteps.platform.notify_freedesktop import FreedesktopNotifier  # noqa: PLC0415

    return [FreedesktopNotifier(APP_NAME, APP_ID, str(icon_path("app")))]


def _qt_datetime(when: datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


class SmallStepsApp(QObject):
    """The running app: owns every part and connects them.

    The constructor builds only the tray icon; `start` shows it and builds the rest,
    its menu first, on the next turns of the event loop (see the module docstring).

    Args:
        qapp: the Qt application.
        paths: the data folder.
        instance: the single-instance lock, already claimed; its channel opens later.
    """

    # Built after the tray icon is shown: _read_settings, _open_journal, _build_schedule,
    # _build_rest.
    _settings: Settings
    _state: NudgeState
    _language: LanguageSetup
    _welcomed: bool
    _journal: Journal
    _clock: SystemClock
    _catalog: Catalog
    _keys: KeyManager
    _last_backup: datetime | None
    _reminders: ReminderService
    _presence: DesktopPresence
    _gate: NudgeGate
    _sleep: SleepWatcher
    _in_app: InAppNotifier
    _notifier: NotificationBridge
    _picker: NudgePicker
    controller: StepController

    def __init__(self, qapp: QApplication, paths: DataPaths, instance: InstanceServer) -> None:
        super().__init__()
        self._qapp = qapp
        self._paths = paths
        self._instance = instance
        self._notices: list[str] = []
        self._settings_read = False
        self._theme_followed = False
        self._welcome: WelcomeDialog | None = None
        self.welcome_when_ready = False
        """Say hello once the rest is built, on a first start (not at login)."""
        self._ready = False
        self._failed = False
        self._steps: deque[Callable[[], None]] = deque(
            [
                self._read_settings,
                self._check_tray,
                self._open_channel,
                self._open_journal,
                self._build_schedule,
                self._build_rest,
            ]
        )
        self._signals: SignalWatcher | None = None
        self._notice_box: QMessageBox | None = None
        self._waiting = False
        self._undo: RecordedStep | None = None
        self._deleted = False
        self._weeks: WeekService | None = None
        self._autostart: Autostart | None = None
        self._popup: NudgePopup | None = None
        self._pacer: PacerWindow | None = None
        self._step_dialog: StepDialog | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._week_window: WeekWindow | None = None
        self._waiting_token: int | None = None
        self._tray = TrayIcon(self._tray_status)
        self._tray_tries = 0
        self._tray_wait = QTimer(self)
        self._tray_wait.setInterval(TRAY_RETRY_MS)
        self._tray_wait.timeout.connect(self._on_tray_wait_timeout)
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self._on_undo_timer_timeout)
        self._tray.menu.aboutToShow.connect(self._follow_theme)  # a window where Qt draws it
        self._tray.step_requested.connect(self._on_tray_step_requested)
        self._tray.undo_requested.connect(self._on_tray_undo_requested)
        self._tray.snooze_requested.connect(self._on_tray_snooze_requested)
        self._tray.pause_hour_requested.connect(self._on_tray_pause_hour_requested)
        self._tray.pause_tomorrow_requested.connect(self._on_tray_pause_tomorrow_requested)
        self._tray.resume_requested.connect(self._on_tray_resume_requested)
        self._tray.week_requested.connect(self.open_week)
        self._tray.pacer_requested.connect(self.open_pacer)
        self._tray.settings_requested.connect(self.open_settings)
        self._tray.quit_requested.connect(self._qapp.quit)

    def start(self) -> None:
        """Show the tray icon now; the rest is built on the next turns of the event loop."""
        # Shown before asking whether a tray is there: Qt answers that with a D-Bus
        # connection of its own, opened and closed (about 3 ms; see `_check_tray`).
        self._tray.show()
        self._qapp.aboutToQuit.connect(self._on_qapp_about_to_quit)
        _forget_sources()
        QTimer.singleShot(0, self._on_build_timer_timeout)

    @property
    def ready(self) -> bool:
        """Whether everything is built (the journal is open, nudges are scheduled)."""
        return self._ready

    # -- the rest, after the icon ------------------------------------------------------
    def _on_build_timer_timeout(self) -> None:
        if self._steps and not self._failed:
            self._steps.popleft()()
            _forget_sources()
            if self._steps and not self._failed:
                QTimer.singleShot(0, self._on_build_timer_timeout)

    def ensure_ready(self) -> bool:
        """Build whatever is not built yet, now; ``False`` if the app cannot run."""
        while self._steps and not self._failed:
            self._steps.popleft()()
            _forget_sources()
        return self._ready

    def _check_tray(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            log.info("tray icon shown")
        else:
            self._tray.hide()
            log.info("no system tray yet; nudges still come, and a new start opens the week")
            self._tray_wait.start()  # at login the panel may come up after us

    def _read_settings(self) -> None:
        """Read the settings and the saved state; speak their language; fill the menu.

        Run at once instead if the menu opens before this step's turn (`_tray_status`).
        """
        if self._settings_read:
            return
        from smallsteps.storage.settings_store import load_settings  # noqa: PLC0415
        from smallsteps.storage.state_store import load_state  # noqa: PLC0415

        self._settings_read = True
        loaded = load_settings(self._paths.settings)
        if loaded.notice:
            self._notices.append(loaded.notice)
        self._settings = loaded.settings
        self._state = load_state(self._paths.state)  # the reminders own it once built
        self._welcomed = self._state.welcomed
        self._language = LanguageSetup.install(self._qapp, self._language_for(self._settings))
        self._tray.refresh()  # the menu in the person's language; the resting icon if paused

    def _follow_theme(self) -> None:
        """Follow the system's light or dark scheme, live, from now on (idempotent).

        Called before the first window of any kind opens, not at start: reading the
        scheme makes PySide6 build all of Qt's namespace enums (about 14 ms and 1.5 MiB
        resident), which a tray icon alone never needs.
        """
        if self._theme_followed:
            return
        from smallsteps.ui.theme import follow  # noqa: PLC0415

        self._theme_followed = True
        follow(self._qapp)  # the follower is qapp's
        _forget_sources()

    def _open_channel(self) -> None:
        from smallsteps.platform.unix_signals import SignalWatcher  # noqa: PLC0415

        self._signals = SignalWatcher(self._qapp.quit)
        self._instance.received.connect(self.on_instance_message)
        if not self._instance.open_channel():
            log.warning("the command line cannot reach this app (its channel did not open)")

    def _open_journal(self) -> None:
        from smallsteps.storage.backup import list_backups, recover_if_damaged  # noqa: PLC0415
        from smallsteps.storage.journal import Journal, JournalError  # noqa: PLC0415

        paths = self._paths
        recovery = recover_if_damaged(paths.journal, paths.backups)
        if recovery is not None:
            self._notices.append(recovery.message)
        try:
            self._journal = Journal(paths.journal, paths.backups)
        except JournalError as exc:
            log.error("journal could not be opened: %s", exc)
            print(PROGRAM + ": " + error_text(exc, qt_translate), file=sys.stderr)
            self._failed = True
            self._steps.clear()
            self._tray.hide()
            self._qapp.exit(EXIT_JOURNAL)
            return
        self._last_backup = max((b.taken_at for b in list_backups(paths.backups)), default=None)

    def _build_schedule(self) -> None:
        from smallsteps.core.catalog import Catalog, localized  # noqa: PLC0415
        from smallsteps.core.clock import SystemClock  # noqa: PLC0415
        from smallsteps.platform.timezone import system_zone  # noqa: PLC0415
        from smallsteps.services.reminders import ReminderService  # noqa: PLC0415

        self._clock = SystemClock(system_zone())
        self._catalog = Catalog(localized(self._settings.steps, qt_translate))
        self._reminders = ReminderService(self._clock, self._settings, self._state)
        self._reminders.state_changed.connect(self._on_reminders_state_changed)
        self._reminders.scheduler.signals.ticked.connect(self._on_scheduler_ticked)

    def _build_rest(self) -> None:
        from smallsteps.core.nudges import NudgePicker  # noqa: PLC0415
        from smallsteps.core.resources import text_lines  # noqa: PLC0415
        from smallsteps.platform.notify_bridge import NotificationBridge  # noqa: PLC0415
        from smallsteps.platform.notify_fallback import (  # noqa: PLC0415
            InAppNotifier,
            PlyerNotifier,
            TrayBalloonNotifier,
        )
        from smallsteps.platform.presence import DesktopPresence  # noqa: PLC0415
        from smallsteps.platform.sleep_watch import SleepWatcher  # noqa: PLC0415
        from smallsteps.services.controller import StepController  # noqa: PLC0415
        from smallsteps.services.presence import NudgeGate  # noqa: PLC0415
        from smallsteps.storage.keys import KeyManager  # noqa: PLC0415
        from smallsteps.storage.keystore import KeyringKeyStore  # noqa: PLC0415

        journal = self._journal
        self._keys = KeyManager(journal, KeyringKeyStore(self._paths.keyring_account))
        self._presence = DesktopPresence()
        self._gate = NudgeGate(self._presence, self._clock, self._reminders)
        self._sleep = SleepWatcher()
        self._sleep.resumed.connect(self._reminders.wake_up)
        balloon = TrayBalloonNotifier(self._tray.is_visible, self._show_balloon)
        self._tray.message_clicked.connect(balloon.on_message_clicked)
        self._in_app = InAppNotifier(self._show_popup, self._hide_popup)
        self._notifier = NotificationBridge(
            [
                *_freedesktop_paths(),
                balloon,
                PlyerNotifier(APP_NAME, str(icon_path("app"))),
                self._in_app,
            ]
        )
        language = self._language.language
        self._picker = NudgePicker(
            text_lines("nudges", language),
            self._catalog,
            last_line=self._state.last_line,
            welcome_lines=text_lines("welcome_back", language),
            habits=journal.kinds_near,
        )
        self.controller = StepController(
            journal,
            self._catalog,
            self._picker,
            text_lines("thanks", language),
            self._clock,
            self._reminders,
            self._gate,
            self._notifier,
            keys=self._keys,
        )
        self.controller.step_requested.connect(self._on_controller_step_requested)
        self.controller.step_recorded.connect(self._on_controller_step_recorded)
        self.controller.quick_recorded.connect(self._on_controller_quick_recorded)
        self.controller.kept_later.connect(self._on_controller_kept_later)
        self.controller.step_undone.connect(self._on_controller_step_undone)
        self.controller.nudge_shown.connect(self._on_controller_nudge_shown)
        self._reminders.schedule_changed.connect(self._tray.refresh)
        self._ready = True
        self._reminders.start()  # sets the reminders: the tray's schedule line follows
        self._sleep.start()  # D-Bus (jeepney) from here on
        self._notifier.choose()
        if self._notices:
            from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - 1.5 MiB, rarely needed

            said = "\n\n".join(spoken(notice, qt_translate) for notice in self._notices)
            self._follow_theme()
            box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, said)
            box.setModal(False)
            box.show()
            self._qapp.aboutToQuit.connect(box.close)
            self._notice_box = box
        log.info("Small Steps started (data folder %s)", self._paths.root)
        if self.welcome_when_ready:
            self.welcome_if_new()

    # -- what the tray asks for ------------------------------------------------------
    def _on_tray_step_requested(self) -> None:
        if self.ensure_ready():
            self.controller.request_step()

    def _on_tray_snooze_requested(self) -> None:
        if self.ensure_ready():
            self._reminders.snooze()

    def _on_tray_pause_hour_requested(self) -> None:
        if self.ensure_ready():
            self._reminders.pause_for(timedelta(hours=1))

    def _on_tray_pause_tomorrow_requested(self) -> None:
        if self.ensure_ready():
            self._reminders.pause_until_tomorrow()

    def _on_tray_resume_requested(self) -> None:
        if self.ensure_ready():
            self._reminders.resume()

    def _on_tray_wait_timeout(self) -> None:
        self._tray_tries += 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_wait.stop()
            self._tray.show()
            self._tray.refresh()
            log.info("tray icon shown (the tray came up after us)")
        elif self._tray_tries >= TRAY_RETRIES:
            self._tray_wait.stop()
            log.info("no system tray here")

    def _show_balloon(self, title: str, body: str) -> None:
        self._follow_theme()  # where the tray is XEmbed, Qt draws the balloon itself
        self._tray.show_message(title, body)

    def _show_popup(self, title: str, body: str, with_buttons: bool) -> None:
        self._follow_theme()
        if self._popup is None:
            from smallsteps.ui.nudge_popup import NudgePopup  # noqa: PLC0415 - rarely needed

            self._popup = NudgePopup()
            self._popup.answered.connect(self._in_app.on_popup_answered)
            _forget_sources()
        self._popup.show_nudge(title, body, with_buttons)

    def _hide_popup(self) -> None:
        if self._popup is not None:
            self._popup.hide()

    def _on_controller_quick_recorded(self, recorded: RecordedStep) -> None:
        label = self._catalog.label(recorded.step.kind)
        self._undo = recorded
        self._undo_timer.start(UNDO_WINDOW_MS)
        body = recorded.acknowledgement
        if self._tray.is_visible():
            body += " " + self.tr("Changed your mind? Undo is in the tray menu for a minute.")
        self._notifier.inform(self.tr("Kept: {step}").format(step=label), body)
        self._tray.refresh()

    def _on_tray_undo_requested(self) -> None:
        from smallsteps.storage.journal import JournalError  # noqa: PLC0415 - loaded already

        if self._undo is None:
            return
        step, self._undo = self._undo.step, None
        self._undo_timer.stop()
        try:
            self.controller.undo(step.id)
        except JournalError as exc:
            self._notifier.inform(self.tr("That step is still kept"), self._said(exc))

    def _on_controller_step_undone(self) -> None:
        self._tray.refresh()
        self._refresh_week()

    def _on_undo_timer_timeout(self) -> None:
        self._undo = None
        self._tray.refresh()

    def _on_reminders_state_changed(self, state: NudgeState) -> None:
        if self._deleted:
            return
        self._save_state(replace(state, last_line=self._picker.last_line, welcomed=self._welcomed))

    def _save_state(self, state: NudgeState) -> None:
        from smallsteps.storage.state_store import save_state  # noqa: PLC0415 - loaded already

        save_state(self._paths.state, state)

    def _on_scheduler_ticked(self) -> None:
        from smallsteps.platform.timezone import system_zone  # noqa: PLC0415 - loaded already
        from smallsteps.storage.journal import JournalError  # noqa: PLC0415 - loaded already

        self._journal.checkpoint()  # here, not in the commit of a step
        now = datetime.now()
        if self._last_backup is None or now - self._last_backup >= timedelta(days=1):
            try:
                self._journal.backup(now)
                self._last_backup = now
            except JournalError as exc:
                log.warning("daily backup not taken: %s", exc)
        zone = system_zone()
        if str(zone) != str(self._clock.zone()):
            self._clock.set_zone(zone)
            self._reminders.set_zone(zone)
            if self._weeks is not None:
                self._weeks.zone = zone

    def _on_qapp_about_to_quit(self) -> None:
        if self._signals is not None:
            self._signals.close()
        if not self._ready:  # quit before the rest was built: nothing to close or keep
            self._tray.hide()
            if hasattr(self, "_journal"):
                self._journal.close()
            log.info("Small Steps closed")
            return
        self.controller.close_open_nudges()
        self._sleep.stop()
        self._presence.close()
        if self._deleted:
            return  # nothing of the person's is written again after "Delete all my data"
        self._save_state(self._state_now())
        self._reminders.stop()
        self._tray.hide()
        self._journal.close()
        log.info("Small Steps closed")

    def _tray_status(self) -> TrayStatus:
        self._read_settings()  # in case the menu opens before this step's turn
        if not self._ready:  # the icon is up, the schedule not yet: a moment at start
            until = self._state.paused_until
            resting = until is not None and until > datetime.now().astimezone()
            starting = self.tr("Getting your nudges ready…")
            return TrayStatus(starting, resting, False, None, self._settings.snooze_minutes)
        undo = self._catalog.label(self._undo.step.kind) if self._undo else None
        paused = self._reminders.paused_until is not None
        snooze = self._reminders.settings.snooze_minutes
        return TrayStatus(self._schedule_line(), paused, self._waiting, undo, snooze)

    def _schedule_line(self) -> str:
        zone = self._clock.zone()
        today = self._clock.now().date()
        paused_until = self._reminders.paused_until
        if paused_until is not None:
            if paused_until.astimezone(zone).date() > today:
                return self.tr("Nudges resting until tomorrow")
            return self.tr("Nudges resting until {time}").format(
                time=self._time(paused_until.astimezone(zone))
            )
        snoozed = self._reminders.snoozed_until
        if snoozed is not None:
            return self.tr("Snoozed: back at {time}").format(
                time=self._time(snoozed.astimezone(zone))
            )
        upcoming = self._reminders.next_nudge_at()
        if upcoming is None:
            return self.tr("No nudges planned")
        local = upcoming.astimezone(zone)
        if local.date() == today:
            return self.tr("Next nudge at {time}").format(time=self._time(local))
        if local.date() == today + timedelta(days=1):
            return self.tr("Next nudge tomorrow at {time}").format(time=self._time(local))
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
        return self.tr("Next nudge {day} at {time}").format(day=day, time=self._time(local))

    @staticmethod
    def _time(when: datetime) -> str:
        """A time of day as the person reads it (24-hour, as reminders are set)."""
        return f"{when:%H:%M}"

    @staticmethod
    def _said(error: BaseException) -> str:
        """An error's message in the person's language."""
        return error_text(error, qt_translate)

    @staticmethod
    def _language_for(settings: Settings) -> str:
        return choose_language(settings.language, QLocale.system().uiLanguages())

    def _apply_language(self, settings: Settings) -> None:
        """Speak the language now chosen: tray, nudges and windows opened from now on."""
        from smallsteps.core.catalog import localized  # noqa: PLC0415

        language = self._language_for(settings)
        if language == self._language.language:
            return
        self._language.uninstall(self._qapp)
        self._language = LanguageSetup.install(self._qapp, language)
        self._picker.set_lines(text_lines("nudges", language), text_lines("welcome_back", language))
        self.controller.thanks = text_lines("thanks", language)
        self._set_catalog(settings)
        if self._settings_dialog is not None:
            self._settings_dialog.show_steps(localized(settings.steps, qt_translate))
        self._tray.refresh()
        log.info("now speaking %s", language)

    def _set_catalog(self, settings: Settings) -> None:
        from smallsteps.core.catalog import Catalog, localized  # noqa: PLC0415

        self._catalog = Catalog(localized(settings.steps, qt_translate))
        self.controller.catalog = self._catalog
        if self._week_window is not None:
            self._week_window.set_kinds(self._catalog.ids, self._catalog.label)

    def welcome_if_new(self) -> None:
        """On the very first start, say hello and ask once about starting at login."""
        if self._welcomed:
            return
        from smallsteps.ui.welcome import WelcomeDialog  # noqa: PLC0415 - once in a lifetime

        self._follow_theme()
        dialog = WelcomeDialog(self._tray.is_visible())
        dialog.answered.connect(self._on_welcome_answered)
        self._welcome = dialog  # kept alive while it shows
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        log.info("first start: welcome shown")

    def _on_welcome_answered(self, start_at_login: bool) -> None:
        self._welcomed = True
        if self._welcome is not None:
            self._welcome.deleteLater()
            self._welcome = None
        try:
            if start_at_login:
                self._autostart_entry().enable()
            else:
                self._autostart_entry().disable()
        except OSError as exc:
            log.warning("start at login not changed: %s", exc)
        if not self._deleted:
            self._save_state(self._state_now())
        log.info("first start: start at login %s", "on" if start_at_login else "off")

    def _state_now(self) -> NudgeState:
        return replace(
            self._reminders.state, last_line=self._picker.last_line, welcomed=self._welcomed
        )

    def on_instance_message(self, message: InstanceMessage) -> None:
        """Act on a request from the command line or a second start."""
        log.info("request from another process: %s", message.command.value)
        if not self.ensure_ready():
            return
        if message.command is Command.NUDGE:
            self._reminders.ask_now()
        elif message.command is Command.RELOAD_SETTINGS:
            from smallsteps.storage.settings_store import load_settings  # noqa: PLC0415

            loaded = load_settings(self._paths.settings)
            self._apply_settings(loaded.settings)
        elif message.command is Command.STEPS_CHANGED:
            self._refresh_week()
        elif message.command is Command.SHOW_STEP:
            self.controller.request_step()
        elif message.command is Command.SHOW_WEEK:
            self.open_week()
        elif message.command is Command.SHOW_SETTINGS:
            self.open_settings()
        elif message.command is Command.ACTIVATE:
            if self._tray.is_visible():
                self.controller.request_step()
            else:
                self.open_week()

    def _on_controller_nudge_shown(self) -> None:
        self._waiting = True
        self._tray.refresh()

    def _on_controller_step_requested(self, request: StepRequest) -> None:
        self._follow_theme()
        dialog = self._step_dialog
        if dialog is None or not dialog.isVisible():
            from smallsteps.ui.step_dialog import StepDialog  # noqa: PLC0415 - on first use

            dialog = StepDialog(self._catalog.visible, request.suggested, request.nudge_id)
            dialog.submitted.connect(self._on_step_dialog_submitted)
            dialog.passphrase_requested.connect(self._on_step_dialog_passphrase_requested)
            dialog.finished.connect(self._on_step_dialog_finished)
            self._step_dialog = dialog
            _forget_sources()
        elif request.suggested:
            dialog.select_kind(request.suggested)
            dialog.nudge_id = request.nudge_id
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_step_dialog_finished(self) -> None:
        if self._step_dialog is not None:
            self._step_dialog.deleteLater()
            self._step_dialog = None
        self._waiting_token = None  # a held step is still saved later, and said so

    def _on_step_dialog_submitted(self, draft: StepDraft) -> None:
        from smallsteps.core.parsing import InputError  # noqa: PLC0415 - loaded already
        from smallsteps.storage.journal import JournalError, NotesLockedError  # noqa: PLC0415

        dialog = self._step_dialog
        if dialog is None:
            return
        if self._waiting_token is not None:
            self.controller.retry_pending()
            return
        try:
            recorded = self.controller.record(draft, dialog.nudge_id)
        except NotesLockedError as exc:
            dialog.show_notes_closed(self._said(exc))
            return
        except InputError as exc:
            dialog.show_problem(
                self.tr("{problem} Your words are still here; nothing was lost.").format(
                    problem=self._said(exc)
                )
            )
            return
        except JournalError:
            self._waiting_token = self.controller.keep_for_later(draft, dialog.nudge_id)
            dialog.show_waiting(
                self.tr(
                    "Your step could not be written just now (the disk may be full or "
                    "read-only). It is held here and will be saved as soon as it can; "
                    "nothing was lost."
                )
            )
            return
        dialog.show_saved(recorded.acknowledgement)

    def _on_controller_kept_later(self, kept: KeptLater) -> None:
        dialog = self._step_dialog
        if kept.token == self._waiting_token and dialog is not None and dialog.isVisible():
            dialog.show_saved(kept.recorded.acknowledgement)
        else:
            when = kept.recorded.step.taken_at.astimezone(self._clock.zone())
            self._notifier.inform(
                self.tr("Your step is saved now"),
                self.tr("The step from {time} is in your journal.").format(time=self._time(when)),
            )
        if kept.token == self._waiting_token:
            self._waiting_token = None

    def _on_step_dialog_passphrase_requested(self) -> None:
        dialog = self._step_dialog
        if dialog is None or not self.ask_passphrase(dialog):
            return
        draft = dialog.draft()
        if draft is not None:
            self._on_step_dialog_submitted(draft)

    def ask_passphrase(self, parent: QWidget | None = None) -> bool:
        """Ask for the notes' passphrase (making one if there is none); ``True`` if open."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox  # noqa: PLC0415

        from smallsteps.storage.journal import WrongKeyError  # noqa: PLC0415 - loaded already

        first = not self._keys.has_passphrase and not self._journal.has_key
        label = (
            self.tr(
                "Choose a passphrase for your notes. It is never stored; you will need it "
                "to read your notes on this computer."
            )
            if first
            else self.tr("Your passphrase opens your notes.")
        )
        text, ok = QInputDialog.getText(
            parent, self.tr("Notes passphrase"), label, QLineEdit.EchoMode.Password
        )
        if not ok or not text:
            return False
        try:
            self._keys.unlock_with_passphrase(text)
        except WrongKeyError as exc:
            QMessageBox.information(
                parent,
                APP_NAME,
                self.tr("{problem} Nothing was changed.").format(problem=self._said(exc)),
            )
            return False
        return True

    def _on_controller_step_recorded(self, recorded: RecordedStep) -> None:
        del recorded
        self._waiting = False
        self._tray.refresh()
        self._refresh_week()

    def _autostart_entry(self) -> Autostart:
        if self._autostart is None:
            from smallsteps.platform.autostart import for_platform  # noqa: PLC0415 - on first use

            self._autostart = for_platform()
        return self._autostart

    def open_settings(self) -> None:
        """Open (or bring forward) the settings dialog."""
        if not self.ensure_ready():
            return
        self._follow_theme()
        from smallsteps.core.catalog import localized  # noqa: PLC0415 - loaded already

        if self._settings_dialog is None:
            from smallsteps.ui.settings_dialog import SettingsDialog  # noqa: PLC0415

            shown = self._reminders.settings
            self._settings_dialog = SettingsDialog(
                replace(shown, steps=localized(shown.steps, qt_translate)),
                self._about(),
                start_at_login=self._autostart_entry().is_enabled(),
            )
            dialog = self._settings_dialog
            dialog.settings_changed.connect(self._on_settings_dialog_changed)
            dialog.export_requested.connect(self._on_settings_dialog_export_requested)
            dialog.import_requested.connect(self._on_settings_dialog_import_requested)
            dialog.backup_requested.connect(self._on_settings_dialog_backup_requested)
            dialog.restore_requested.connect(self._on_settings_dialog_restore_requested)
            dialog.delete_all_requested.connect(self._on_settings_dialog_delete_all_requested)
            dialog.start_at_login_changed.connect(self._on_settings_dialog_start_at_login_changed)
            self._settings_dialog.finished.connect(self._on_settings_dialog_finished)
            _forget_sources()
        self._settings_dialog.show()
        self._settings_dialog.raise_()
        self._settings_dialog.activateWindow()

    def _about(self) -> AboutInfo:
        from smallsteps.ui.settings_dialog import AboutInfo  # noqa: PLC0415

        notifications = self._notifier.choose()
        if self._tray.is_visible():
            tray = self.tr(
                "In your panel. A left click opens the step dialog; a right click, the menu."
            )
        else:
            tray = self.tr(
                "This desktop shows no tray, so there is no icon. Nudges still come, and "
                "starting Small Steps again opens your week. On GNOME, the AppIndicator "
                "extension adds a tray."
            )
        return AboutInfo(__version__, notifications, tray, str(self._paths.root))

    def _say(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - with the settings dialog

        QMessageBox.information(self._settings_dialog, APP_NAME, text)

    def _notes_open_or_asked(self) -> bool:
        if not self._journal.locked or not self._journal.has_key:
            return True
        reason = self._keys.try_unlock()
        if reason is None:
            return True
        self._say(
            self.tr("{reason} You can open them with your passphrase, if you set one.").format(
                reason=spoken(reason, qt_translate)
            )
        )
        return self.ask_passphrase(self._settings_dialog)

    def _on_settings_dialog_export_requested(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - on first use

        from smallsteps.storage.export import write_csv, write_json  # noqa: PLC0415 - on first use

        path, chosen = QFileDialog.getSaveFileName(
            self._settings_dialog,
            self.tr("Export your journal"),
            str(Path.home() / f"small-steps-{date.today():%Y-%m-%d}.json"),
            self.tr("JSON (*.json);;CSV (*.csv)"),
        )
        if not path or not self._notes_open_or_asked():
            return
        writer = write_csv if path.endswith(".csv") or "CSV" in chosen else write_json
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                count = writer(self._journal.iter_steps(), out)
            os.chmod(path, 0o600)
        except OSError as exc:
            self._say(
                self.tr("The export could not be written ({reason}). Nothing was changed.").format(
                    reason=exc.strerror
                )
            )
            return
        self._say(
            self.tr("%n small step(s) written to {path}. Only you can read it.", "", count).format(
                path=path
            )
        )

    def _on_settings_dialog_import_requested(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - on first use

        from smallsteps.storage.importer import ImportFileError, import_steps  # noqa: PLC0415
        from smallsteps.storage.journal import JournalError  # noqa: PLC0415 - loaded already

        path, _ = QFileDialog.getOpenFileName(
            self._settings_dialog,
            self.tr("Import steps"),
            str(Path.home()),
            self.tr("Exports (*.json *.csv)"),
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
            if not self._notes_open_or_asked():
                return
            report = import_steps(self._journal, data)
        except (OSError, ImportFileError, JournalError) as exc:
            self._say(self.tr("{problem} Nothing was imported.").format(problem=self._said(exc)))
            return
        lines = [
            self.tr("%n small step(s) added", "", report.added)
            + ", "
            + self.tr("%n already there", "", report.already_there)
            + ", "
            + self.tr("%n not imported.", "", len(report.refused))
        ]
        lines += [
            self.tr("Row {row}: not imported, because {reason}.").format(
                row=row, reason=spoken(why, qt_translate)
            )
            for row, why in report.refused[:20]
        ]
        self._say("\n".join(lines))
        self._refresh_week()

    def _on_settings_dialog_backup_requested(self) -> None:
        from smallsteps.storage.journal import JournalError  # noqa: PLC0415 - loaded already

        try:
            path = self._journal.backup(datetime.now())
        except JournalError as exc:
            self._say(self._said(exc))
            return
        self._last_backup = datetime.now()
        self._say(self.tr("A backup is kept as {name}.").format(name=path.name))

    def _on_settings_dialog_restore_requested(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415 - on first use

        from smallsteps.storage.backup import list_backups, restore_backup  # noqa: PLC0415

        backups = list_backups(self._paths.backups)
        if not backups:
            self._say(
                self.tr("There are no backups yet. Small Steps takes one each day while it runs.")
            )
            return
        kinds = {"daily": self.tr("daily"), "weekly": self.tr("weekly")}
        labels = [
            f"{QLocale().toString(_qt_datetime(b.taken_at), QLocale.FormatType.LongFormat)} "
            f"({kinds.get(b.kind, b.kind)})"
            for b in backups
        ]
        choice, ok = QInputDialog.getItem(
            self._settings_dialog,
            self.tr("Restore a backup"),
            self.tr("Bring back the journal from:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        chosen = backups[labels.index(choice)]
        self._journal.close()
        try:
            restore_backup(chosen.name, self._paths.backups, self._paths.journal)
        except ValueError as exc:
            self._journal.reopen()
            self._keys.try_unlock()
            self._say(
                self.tr("{problem} Your journal is as it was.").format(problem=self._said(exc))
            )
            return
        self._journal.reopen()
        self._keys.try_unlock()
        self._refresh_week()
        self._say(
            self.tr(
                "Your journal from {when} is back. The one before it is kept beside it."
            ).format(when=choice)
        )

    def _on_settings_dialog_delete_all_requested(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - with the settings dialog

        from smallsteps.storage.erase import delete_all_data  # noqa: PLC0415 - on first use

        answer = QMessageBox.question(
            self._settings_dialog,
            self.tr("Delete all my data"),
            self.tr(
                "This removes every step, note, backup and setting Small Steps keeps, and the "
                "key in your keyring. It cannot be undone. Delete everything?"
            ),
            QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._reminders.stop()
        self._journal.close()
        self._keys.forget()
        delete_all_data(self._paths)
        QMessageBox.information(
            self._settings_dialog,
            APP_NAME,
            self.tr(
                "All your Small Steps data has been removed from this computer. "
                "Small Steps will close now."
            ),
        )
        self._deleted = True
        self._qapp.quit()

    def _on_settings_dialog_start_at_login_changed(self, wanted: bool) -> None:
        autostart = self._autostart_entry()
        try:
            if wanted:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as exc:
            self._say(
                self.tr("That could not be changed ({reason}).").format(reason=exc.strerror or exc)
            )
        if self._settings_dialog is not None:
            self._settings_dialog.show_start_at_login(autostart.is_enabled())

    def _on_settings_dialog_finished(self) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.deleteLater()
            self._settings_dialog = None

    def _on_settings_dialog_changed(self, settings: Settings) -> None:
        from smallsteps.core.catalog import delocalized  # noqa: PLC0415
        from smallsteps.storage.settings_store import save_settings  # noqa: PLC0415

        kept = replace(settings, steps=delocalized(settings.steps, qt_translate))
        save_settings(self._paths.settings, kept)
        self._apply_settings(kept)

    def _apply_settings(self, settings: Settings) -> None:
        from smallsteps.core.catalog import localized  # noqa: PLC0415

        self._reminders.apply(settings)
        self._apply_language(settings)
        if localized(settings.steps, qt_translate) != self._catalog.kinds:
            self._set_catalog(settings)

    def _week_service(self) -> WeekService:
        if self._weeks is None:
            from PySide6.QtCore import QLocale  # noqa: PLC0415 - loaded already

            from smallsteps.services.week import WeekService, first_weekday_of  # noqa: PLC0415

            self._weeks = WeekService(
                self._journal, self._clock.zone(), first_weekday_of(QLocale())
            )
        return self._weeks

    def open_week(self) -> None:
        """Open (or bring forward) the week window, on this week.

        The window is deleted when closed (its widgets, chart and pixels go), and
        built again on the next open.
        """
        if not self.ensure_ready():
            return
        self._follow_theme()
        if self._journal.locked and self._journal.has_key:
            # A keyring unlocked since: notes readable again, once the window is up.
            QTimer.singleShot(0, self._unlock_and_refresh_week)
        if self._week_window is None:
            from PySide6.QtCore import Qt  # noqa: PLC0415 - its enums alone take ~13 ms to load

            from smallsteps.ui.week_window import WeekWindow  # noqa: PLC0415 - QtCharts on demand

            window = WeekWindow(
                self._catalog.ids, self._catalog.label, today=lambda: self._clock.now().date()
            )
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._on_week_window_destroyed)
            window.week_requested.connect(self._on_week_window_week_requested)
            window.month_requested.connect(self._on_week_window_month_requested)
            window.year_requested.connect(self._on_week_window_year_requested)
            window.export_requested.connect(self._on_week_window_export_requested)
            self._week_window = window
            _forget_sources()
        self._week_window.go_to(self._clock.now().date())
        self._week_window.show()
        self._week_window.raise_()
        self._week_window.activateWindow()

    def _on_week_window_destroyed(self) -> None:
        self._week_window = None

    def _unlock_and_refresh_week(self) -> None:
        if self._keys.try_unlock() is None:
            self._refresh_week()

    def _on_week_window_week_requested(self, day: date) -> None:
        if self._week_window is not None:
            self._week_window.show_summary(self._week_service().summary(day))

    def _on_week_window_month_requested(self, day: date) -> None:
        if self._week_window is not None:
            self._week_window.show_month(self._week_service().month(day))

    def _on_week_window_year_requested(self, day: date) -> None:
        if self._week_window is not None:
            self._week_window.show_year(self._week_service().year(day))

    def _on_week_window_export_requested(self, request: ExportRequest) -> None:
        if self._week_window is not None:
            self._week_window.export(request)

    def _refresh_week(self) -> None:
        window = self._week_window
        if window is not None and window.isVisible():
            window.refresh()

    def open_pacer(self) -> None:
        """Open (or bring forward) the breathing pacer."""
        if not self.ensure_ready():
            return
        self._follow_theme()
        if self._pacer is None:
            from smallsteps.ui.pacer import PacerWindow  # noqa: PLC0415 - on demand

            self._pacer = PacerWindow()
            self._pacer.keep_requested.connect(self._on_pacer_keep_requested)
            self._pacer.closed.connect(self._on_pacer_closed)
            _forget_sources()
        self._pacer.show()
        self._pacer.raise_()
        self._pacer.activateWindow()

    def _on_pacer_keep_requested(self, draft: StepDraft) -> None:
        from smallsteps.core.parsing import InputError  # noqa: PLC0415 - loaded already
        from smallsteps.storage.journal import JournalError  # noqa: PLC0415 - loaded already

        if self._pacer is None:
            return
        try:
            recorded = self.controller.record(draft)
        except (InputError, JournalError) as exc:
            self._pacer.show_problem(
                self.tr("{problem} Nothing was lost; you can try again.").format(
                    problem=self._said(exc)
                )
            )
            return
        self._pacer.show_kept(recorded.acknowledgement)

    def _on_pacer_closed(self) -> None:
        if self._pacer is not None:
            self._pacer.deleteLater()
            self._pacer = None


def run_app(paths: DataPaths, verbose: bool = False, minimized: bool = False) -> int:
    """Start the tray app on this data folder; returns the exit code.

    Args:
        paths: the data folder.
        verbose: log debug lines too.
        minimized: start quietly, as at login: no window at all (the first start's
            welcome waits for a start from the menu).
    """
    paths.ensure()
    setup_logging(paths, verbose)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setApplicationName("smallsteps")
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setDesktopFileName(APP_ID)
    qapp.setQuitOnLastWindowClosed(False)

    instance = InstanceServer(paths.instance_name, paths.root / "instance.lock")
    if not instance.claim():
        from smallsteps.core.i18n import QT_TRANSLATE_NOOP  # noqa: PLC0415 - a second start only
        from smallsteps.services.language import standalone_translate  # noqa: PLC0415
        from smallsteps.storage.settings_store import load_settings  # noqa: PLC0415

        chosen = load_settings(paths.settings, set_aside=False).settings.language
        translate = standalone_translate(choose_language(chosen, QLocale.system().uiLanguages()))
        running = QT_TRANSLATE_NOOP(
            "SmallStepsApp", "Small Steps is already running; it has been brought forward."
        )
        print(running.render(translate))
        return 0

    app = SmallStepsApp(qapp, paths, instance)
    app.welcome_when_ready = not minimized
    app.start()
    code = qapp.exec()
    instance.close()
    return int(code)
