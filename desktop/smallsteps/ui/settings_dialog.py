"""Settings: when nudges come, the person's own steps, the language, the journal.

Every change applies at once; nothing needs a restart. Every text is translated,
every control is named for screen readers and reachable with Tab (Alt with the
underlined letter jumps), and every size comes from the font, so the dialog grows
with the system's text size.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase
from smallsteps.core.models import ReminderTime, StepKind, Weekday
from smallsteps.core.settings import Settings, SettingsError, parse_quiet_hours
from smallsteps.services.language import LANGUAGE_NAMES
from smallsteps.ui.a11y import describe
from smallsteps.ui.steps_editor import StepsEditor
from smallsteps.ui.texts import error_line, phrase

_DAY_NAMES: tuple[tuple[Phrase, Phrase], ...] = (
    (QT_TRANSLATE_NOOP("Weekdays", "Mon"), QT_TRANSLATE_NOOP("Weekdays", "Monday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Tue"), QT_TRANSLATE_NOOP("Weekdays", "Tuesday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Wed"), QT_TRANSLATE_NOOP("Weekdays", "Wednesday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Thu"), QT_TRANSLATE_NOOP("Weekdays", "Thursday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Fri"), QT_TRANSLATE_NOOP("Weekdays", "Friday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Sat"), QT_TRANSLATE_NOOP("Weekdays", "Saturday")),
    (QT_TRANSLATE_NOOP("Weekdays", "Sun"), QT_TRANSLATE_NOOP("Weekdays", "Sunday")),
)
"""Each weekday, Monday first: the short name on its tick box, the full one for screen readers."""

WIDTH_IN_CHARACTERS = 120
"""The width Settings opens with, in average characters of its font (720 px at 9 pt)."""
HEIGHT_IN_LINES = 45
"""The height Settings opens with, in lines of its font (about 640 px at 9 pt)."""
TIMES_IN_LINES = 12
"""The least height of the list of reminder times, in lines (about three rows)."""


def _fixed_width(widget: QWidget) -> None:
    """Keep a field as wide as its text needs (its size hint follows the font)."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class ReminderRow(QWidget):
    """One reminder time with its days and a remove button.

    Signals:
        changed(): the time or the days changed.
        remove_requested(): the person wants this time gone.
    """

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, reminder: ReminderTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.time_edit = QTimeEdit(QTime(reminder.hour, reminder.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Reminder time"))
        self.time_edit.setAccessibleDescription(
            self.tr("When this nudge comes. Type the hours and minutes, or use the arrow keys.")
        )
        self.time_edit.editingFinished.connect(self.changed)
        self.time_edit.timeChanged.connect(self._on_time_edit_time_changed)
        #: Before a reminder time, as in "At 10:30  Mon Tue Wed …"
        at_label = QLabel(self.tr("At"))
        at_label.setBuddy(self.time_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(at_label)
        layout.addWidget(self.time_edit)
        self.day_boxes: list[QCheckBox] = []
        for day, (short, _full) in zip(Weekday, _DAY_NAMES, strict=True):
            box = QCheckBox(phrase(short))
            box.setChecked(day in reminder.days)
            box.toggled.connect(self.changed)
            self.day_boxes.append(box)
            layout.addWidget(box)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_requested)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self._name_controls()

    def controls(self) -> list[QWidget]:
        """The row's controls in the order Tab visits them."""
        return [self.time_edit, *self.day_boxes, self.remove_button]

    def _on_time_edit_time_changed(self, _time: QTime) -> None:
        self._name_controls()

    def _name_controls(self) -> None:
        """Name the day boxes and the remove button after the time now shown."""
        time = self.time_edit.time().toString("HH:mm")
        for box, (_short, full) in zip(self.day_boxes, _DAY_NAMES, strict=True):
            day = phrase(full)
            describe(
                box,
                self.tr("{day}, at {time}").format(day=day, time=time),
                self.tr("Ticked: the nudge at {time} comes on {day}.").format(day=day, time=time),
            )
        describe(
            self.remove_button,
            self.tr("Remove the reminder at {time}").format(time=time),
            self.tr("Takes this time out of the list; the other times stay as they are."),
        )

    def reminder(self) -> ReminderTime:
        """Return the reminder as currently shown."""
        time = self.time_edit.time()
        days = frozenset(
            d for d, box in zip(Weekday, self.day_boxes, strict=True) if box.isChecked()
        )
        return ReminderTime(time.hour(), time.minute(), days)


@dataclass(frozen=True)
class AboutInfo:
    """What the About part of Settings tells.

    Attributes:
        version: the app's version.
        notifications: how nudges are shown on this desktop.
        tray: whether there is a tray icon, and if not, why and what to do.
        data_folder: where the journal and settings live.
    """

    version: str
    notifications: str
    tray: str
    data_folder: str


class SettingsDialog(QDialog):
    """Edits the reminder times and their days, the steps, the language; tells about the app.

    Args:
        settings: the settings in force.
        about: what the About part tells.
        parent: the parent widget, if any.
        start_at_login: whether Small Steps starts at login, as the system has it;
            ``None`` hides the switch (the system offers no way).

    Signals:
        settings_changed(Settings): new, valid settings to apply and keep (the
            language included: ``""`` follows the system).
        export_requested(): "Export…".
        import_requested(): "Import…".
        backup_requested(): "Back up now".
        restore_requested(): "Restore a backup…".
        delete_all_requested(): "Delete all my data…".
        start_at_login_changed(bool): the "Start when I log in" switch was flipped.
    """

    settings_changed = Signal(Settings)
    export_requested = Signal()
    import_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    delete_all_requested = Signal()
    start_at_login_changed = Signal(bool)

    def __init__(
        self,
        settings: Settings,
        about: AboutInfo | None = None,
        parent: QWidget | None = None,
        start_at_login: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Small Steps settings"))
        self.setObjectName("settingsDialog")
        self.setAccessibleDescription(
            self.tr("When nudges come, your own steps, the language and your journal.")
        )
        self._settings = settings
        self._language = settings.language
        self.about_labels: dict[str, QLabel] = {}
        intro = QLabel(
            self.tr(
                "Gentle nudges come at these times, on the days you tick. "
                "Changes are kept as you make them."
            )
        )
        intro.setWordWrap(True)
        self._rows_box = QWidget()
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setWidget(self._rows_box)
        # Not a stop of its own: Tab goes to the rows' controls, and the area
        # scrolls to whichever of them has the focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * TIMES_IN_LINES)
        self.add_button = QPushButton(self.tr("&Add a time"))
        describe(
            self.add_button,
            self.tr("Add a time"),
            self.tr("Adds a reminder time at the next free hour; change it as you like."),
        )
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        timing = self._build_timing(settings)
        self.steps_editor = StepsEditor(settings.steps)
        self.steps_editor.steps_changed.connect(self._on_steps_editor_steps_changed)
        general_box = self._build_general(start_at_login)
        data_box = self._build_data()
        about_box = self._build_about(about)
        self.close_button = QPushButton(self.tr("Close"))
        describe(
            self.close_button,
            self.tr("Close"),
            self.tr("Closes Settings. Every change is already kept."),
        )
        self.close_button.setAutoDefault(False)  # Enter in a time field must not close the dialog
        self.close_button.clicked.connect(self.accept)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        times_page = QWidget()
        times = QVBoxLayout(times_page)
        times.addWidget(intro)
        times.addWidget(self._scroll, 1)
        times.addLayout(add_row)
        times.addWidget(timing)
        journal_page = QWidget()
        journal = QVBoxLayout(journal_page)
        journal.addWidget(general_box)
        journal.addWidget(data_box)
        if about_box is not None:
            journal.addWidget(about_box)
        journal.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.setAccessibleDescription(
            self.tr("Nudges, your steps, and your journal with the general settings.")
        )
        self.tabs.addTab(times_page, self.tr("&Nudges"))
        self.tabs.addTab(self.steps_editor, self.tr("Your &steps"))
        self.tabs.addTab(journal_page, self.tr("Your &journal and more"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        for reminder in settings.reminders:
            self._add_row(reminder)
        self._set_tab_order()
        self.resize(self._opening_size())

    def _opening_size(self) -> QSize:
        """Return a roomy size in font units: what the content needs at least, within the screen."""
        metrics = self.fontMetrics()
        wanted = QSize(
            metrics.averageCharWidth() * WIDTH_IN_CHARACTERS,
            metrics.lineSpacing() * HEIGHT_IN_LINES,
        ).expandedTo(self.sizeHint())
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        return wanted.expandedTo(self.minimumSizeHint())

    def _build_timing(self, settings: Settings) -> QGroupBox:
        box = QGroupBox(self.tr("When nudges may come"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        quiet = settings.quiet_hours
        self.quiet_box = QCheckBox(self.tr("&Quiet hours, from"))
        describe(
            self.quiet_box,
            self.tr("Quiet hours"),
            self.tr("When ticked, no nudge comes between these two times."),
        )
        self.quiet_box.setChecked(quiet is not None)
        self.quiet_start = QTimeEdit(
            QTime(21, 0) if quiet is None else QTime(quiet.start.hour, quiet.start.minute)
        )
        self.quiet_end = QTimeEdit(
            QTime(8, 0) if quiet is None else QTime(quiet.end.hour, quiet.end.minute)
        )
        describe(
            self.quiet_start,
            self.tr("Quiet from"),
            self.tr("The time the quiet hours begin."),
        )
        describe(
            self.quiet_end,
            self.tr("Quiet until"),
            self.tr("The time the quiet hours end; it may be on the next morning."),
        )
        for widget in (self.quiet_start, self.quiet_end):
            widget.setDisplayFormat("HH:mm")
            widget.editingFinished.connect(self._on_timing_changed)
        self.quiet_box.toggled.connect(self._on_timing_changed)
        #: Between the two times of the quiet hours, as in "from 21:00 to 08:00"
        to_label = QLabel(self.tr("to"))
        to_label.setBuddy(self.quiet_end)
        quiet_row = QHBoxLayout()
        quiet_row.addWidget(self.quiet_box)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(to_label)
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        form.addRow(quiet_row)

        days_row = QHBoxLayout()
        self.active_boxes: list[QCheckBox] = []
        for day, (short, full) in zip(Weekday, _DAY_NAMES, strict=True):
            day_box = QCheckBox(phrase(short))
            day_box.setChecked(day in settings.active_days)
            describe(
                day_box,
                self.tr("Nudges on {day}").format(day=phrase(full)),
                self.tr("Ticked: nudges may come on {day}.").format(day=phrase(full)),
            )
            day_box.toggled.connect(self._on_timing_changed)
            self.active_boxes.append(day_box)
            days_row.addWidget(day_box)
        days_row.addStretch(1)
        days_label = QLabel(self.tr("Nudges come &on"))
        days_label.setBuddy(self.active_boxes[0])
        form.addRow(days_label, days_row)

        self.late_spin = QSpinBox()
        self.late_spin.setRange(1, 24 * 60)
        #: After a number of minutes, as in "30 min"
        self.late_spin.setSuffix(self.tr(" min"))
        self.late_spin.setValue(settings.late_window_minutes)
        late_hint = self.tr("After the computer sleeps, a nudge may still come this late.")
        describe(self.late_spin, self.tr("Late window in minutes"), late_hint)
        self.late_spin.setToolTip(late_hint)
        self.late_spin.editingFinished.connect(self._on_timing_changed)
        _fixed_width(self.late_spin)
        late_label = QLabel(self.tr("A &late nudge may still come within"))
        late_label.setBuddy(self.late_spin)
        form.addRow(late_label, self.late_spin)

        self.away_spin = QSpinBox()
        self.away_spin.setRange(1, 240)
        self.away_spin.setSuffix(self.tr(" min"))
        self.away_spin.setValue(settings.away_minutes)
        away_hint = self.tr("When you are away this long, a nudge waits for your return.")
        describe(self.away_spin, self.tr("Away after minutes idle"), away_hint)
        self.away_spin.setToolTip(away_hint)
        self.away_spin.editingFinished.connect(self._on_timing_changed)
        _fixed_width(self.away_spin)
        away_label = QLabel(self.tr("&Wait for me when I am away for"))
        away_label.setBuddy(self.away_spin)
        form.addRow(away_label, self.away_spin)
        return box

    def _build_general(self, start_at_login: bool | None) -> QGroupBox:
        box = QGroupBox(self.tr("General"))
        layout = QVBoxLayout(box)
        self.login_box = QCheckBox(
            self.tr("Start Small Steps when I log &in (it waits quietly in the tray)")
        )
        describe(
            self.login_box,
            self.tr("Start at login"),
            self.tr("Small Steps starts with your session and waits quietly in the tray."),
        )
        self.login_box.setVisible(start_at_login is not None)
        self.login_box.setChecked(bool(start_at_login))
        self.login_box.toggled.connect(self.start_at_login_changed)
        layout.addWidget(self.login_box)

        self.language_box = QComboBox()
        self.language_box.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES.items():  # each language named in its own words
            self.language_box.addItem(name, code)
        shown = self.language_box.findData(self._language)
        self.language_box.setCurrentIndex(max(shown, 0))
        describe(
            self.language_box,
            self.tr("Language"),
            self.tr("The language Small Steps speaks, or the system's language."),
        )
        self.language_box.currentIndexChanged.connect(self._on_language_box_current_index_changed)
        _fixed_width(self.language_box)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language_box)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box)
        language_row.addStretch(1)
        layout.addLayout(language_row)
        self.language_note = QLabel(self.tr("Windows opened from now on use the new language."))
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_note)
        return box

    def show_start_at_login(self, enabled: bool) -> None:
        """Show the switch as the system has it (without emitting a change)."""
        self.login_box.blockSignals(True)
        self.login_box.setChecked(enabled)
        self.login_box.blockSignals(False)

    def show_steps(self, steps: tuple[StepKind, ...]) -> None:
        """Show the steps in the words of the language now spoken (without emitting a change).

        After the language changes, the default steps' names change with it; what
        this dialog emits next must carry the new names, or the old ones would read
        as renamed steps.
        """
        self._settings = replace(self._settings, steps=steps)
        self.steps_editor.show_steps(steps)

    def _build_data(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your journal"))
        grid = QGridLayout(box)
        self.data_buttons: list[QPushButton] = []
        for index, (text, signal, name, description) in enumerate(
            (
                (
                    self.tr("&Export…"),
                    self.export_requested,
                    self.tr("Export"),
                    self.tr("Export your steps and notes to a file"),
                ),
                (
                    self.tr("I&mport…"),
                    self.import_requested,
                    self.tr("Import"),
                    self.tr("Bring steps in from an export"),
                ),
                (
                    self.tr("&Back up now"),
                    self.backup_requested,
                    self.tr("Back up now"),
                    self.tr("Take a backup copy now"),
                ),
                (
                    self.tr("&Restore a backup…"),
                    self.restore_requested,
                    self.tr("Restore a backup"),
                    self.tr("Bring back a backup copy"),
                ),
                (
                    self.tr("Delete all my data…"),
                    self.delete_all_requested,
                    self.tr("Delete all my data"),
                    self.tr("Remove everything, for good. You are asked first."),
                ),
            )
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            describe(button, name, description)
            button.clicked.connect(signal)
            self.data_buttons.append(button)
            grid.addWidget(button, index // 2, index % 2)
        grid.setColumnStretch(2, 1)
        return box

    def _build_about(self, about: AboutInfo | None) -> QGroupBox | None:
        if about is None:
            return None
        box = QGroupBox(self.tr("About Small Steps"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, title, text in (
            ("version", self.tr("Version"), about.version),
            ("notifications", self.tr("Nudges arrive as"), about.notifications),
            ("tray", self.tr("Tray icon"), about.tray),
            ("data", self.tr("Your journal is kept in"), about.data_folder),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.about_labels[key] = label
            form.addRow(title, label)
        return box

    def _set_tab_order(self) -> None:
        """Tab goes through each page as it reads, top to bottom, then to Close."""
        chain: list[QWidget] = [
            self.tabs.tabBar(),
            *(control for row in self.rows for control in row.controls()),
            self.add_button,
            self.quiet_box,
            self.quiet_start,
            self.quiet_end,
            *self.active_boxes,
            self.late_spin,
            self.away_spin,
            *self.steps_editor.controls(),
            self.login_box,
            self.language_box,
            *self.data_buttons,
            self.close_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_steps_editor_steps_changed(self) -> None:
        self._on_row_changed()

    def _on_timing_changed(self) -> None:
        self._on_row_changed()

    def _on_language_box_current_index_changed(self, index: int) -> None:
        self._language = str(self.language_box.itemData(index) or "")
        self._apply([row.reminder() for row in self.rows])

    @property
    def rows(self) -> list[ReminderRow]:
        """The reminder rows, top to bottom."""
        items = (self._rows.itemAt(i) for i in range(self._rows.count()))
        return [w for item in items if item and isinstance(w := item.widget(), ReminderRow)]

    def _add_row(self, reminder: ReminderTime) -> ReminderRow:
        row = ReminderRow(reminder)
        row.changed.connect(self._on_row_changed)
        row.remove_requested.connect(lambda r=row: self._on_row_remove_requested(r))
        self._rows.insertWidget(self._rows.count() - 1, row)
        return row

    def _on_add_button_clicked(self) -> None:
        taken = {(r.hour, r.minute) for r in (row.reminder() for row in self.rows)}
        hour = 12
        while (hour, 0) in taken and hour < 23:
            hour += 1
        row = self._add_row(ReminderTime(hour, 0))
        self._set_tab_order()
        row.time_edit.setFocus()
        self._on_row_changed()

    def _on_row_remove_requested(self, row: ReminderRow) -> None:
        rows = self.rows
        after = rows.index(row) + 1
        # The focus goes on to the next row's remove button (or "Add a time"), not back to the top.
        following = rows[after].remove_button if after < len(rows) else self.add_button
        following.setFocus()
        self._rows.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._apply([r.reminder() for r in self.rows if r is not row])

    def _on_row_changed(self) -> None:
        self._apply([row.reminder() for row in self.rows])

    def _apply(self, reminders: list[ReminderTime]) -> None:
        times = [(r.hour, r.minute) for r in reminders]
        if len(set(times)) != len(times):
            self.status.setText(self.tr("Two reminders share a time; please change one of them."))
            return
        try:
            quiet = None
            if self.quiet_box.isChecked():
                quiet = parse_quiet_hours(
                    self.quiet_start.time().toString("HH:mm"),
                    self.quiet_end.time().toString("HH:mm"),
                )
            settings = replace(
                self._settings,
                reminders=tuple(reminders),
                quiet_hours=quiet,
                active_days=frozenset(
                    d for d, b in zip(Weekday, self.active_boxes, strict=True) if b.isChecked()
                ),
                late_window_minutes=self.late_spin.value(),
                away_minutes=self.away_spin.value(),
                steps=self.steps_editor.steps,
                language=self._language,
            )
        except SettingsError as exc:
            self.status.setText(error_line(exc))
            return
        if settings == self._settings:
            return
        if settings.language != self._settings.language:
            self.status.setText(self.tr("Saved. Windows opened from now on use the new language."))
        else:
            self.status.setText(self.tr("Saved. Nudges follow these times from now on."))
        self._settings = settings
        self.settings_changed.emit(settings)
