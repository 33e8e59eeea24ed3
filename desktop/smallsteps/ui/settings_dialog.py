"""Settings: when nudges come. Every change applies at once; nothing needs a restart."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.models import ReminderTime, Weekday
from smallsteps.core.settings import Settings, SettingsError, parse_quiet_hours
from smallsteps.ui.steps_editor import StepsEditor

_DAY_LABELS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


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
        self.time_edit.setAccessibleName("Reminder time")
        self.time_edit.editingFinished.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.time_edit)
        self.day_boxes: list[QCheckBox] = []
        for day, label in zip(Weekday, _DAY_LABELS, strict=True):
            box = QCheckBox(label)
            box.setChecked(day in reminder.days)
            box.setAccessibleName(f"{label}, at {reminder.label}")
            box.toggled.connect(self.changed)
            self.day_boxes.append(box)
            layout.addWidget(box)
        remove = QPushButton("Remove")
        remove.setAccessibleName(f"Remove the reminder at {reminder.label}")
        remove.setAutoDefault(False)
        remove.clicked.connect(self.remove_requested)
        layout.addWidget(remove)

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
    """Edits the reminder times and their days, and tells about the app.

    Args:
        settings: the settings in force.
        about: what the About part tells.
        parent: the parent widget, if any.

    Signals:
        settings_changed(Settings): new, valid settings to apply and keep.
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
        self.setWindowTitle("Small Steps settings")
        self.setObjectName("settingsDialog")
        self._settings = settings
        intro = QLabel(
            "Gentle nudges come at these times, on the days you tick. "
            "Changes are kept as you make them."
        )
        intro.setWordWrap(True)
        self._rows_box = QWidget()
        self._rows = QVBoxLayout(self._rows_box)
        self._rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rows_box)
        scroll.setMinimumHeight(180)
        self.add_button = QPushButton("Add a time")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        timing = self._build_timing(settings)
        self.steps_editor = StepsEditor(settings.steps)
        self.steps_editor.steps_changed.connect(self._on_steps_editor_steps_changed)
        about_box = self._build_about(about)
        data_box = self._build_data()
        close = QPushButton("Close")
        close.setAutoDefault(False)  # Enter in a time field must not close the dialog
        close.clicked.connect(self.accept)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        times_page = QWidget()
        times = QVBoxLayout(times_page)
        times.addWidget(intro)
        times.addWidget(scroll, 1)
        times.addLayout(add_row)
        times.addWidget(timing)
        journal_page = QWidget()
        journal = QVBoxLayout(journal_page)
        self.login_box = QCheckBox("Start Small Steps when I log in (it waits quietly in the tray)")
        self.login_box.setAccessibleName("Start at login")
        self.login_box.setVisible(start_at_login is not None)
        self.login_box.setChecked(bool(start_at_login))
        self.login_box.toggled.connect(self.start_at_login_changed)
        journal.addWidget(self.login_box)
        journal.addWidget(data_box)
        if about_box is not None:
            journal.addWidget(about_box)
        journal.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(times_page, "Nudges")
        self.tabs.addTab(self.steps_editor, "Your steps")
        self.tabs.addTab(journal_page, "Your journal and more")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.resize(720, 640)
        for reminder in settings.reminders:
            self._add_row(reminder)

    def _build_timing(self, settings: Settings) -> QGroupBox:
        box = QGroupBox("When nudges may come")
        form = QFormLayout(box)
        quiet = settings.quiet_hours
        self.quiet_box = QCheckBox("Quiet hours, from")
        self.quiet_box.setChecked(quiet is not None)
        self.quiet_start = QTimeEdit(
            QTime(21, 0) if quiet is None else QTime(quiet.start.hour, quiet.start.minute)
        )
        self.quiet_end = QTimeEdit(
            QTime(8, 0) if quiet is None else QTime(quiet.end.hour, quiet.end.minute)
        )
        quiet_row = QHBoxLayout()
        for widget, name in ((self.quiet_start, "Quiet from"), (self.quiet_end, "Quiet until")):
            widget.setDisplayFormat("HH:mm")
            widget.setAccessibleName(name)
            widget.editingFinished.connect(self._on_timing_changed)
        self.quiet_box.toggled.connect(self._on_timing_changed)
        quiet_row.addWidget(self.quiet_box)
        quiet_row.addWidget(self.quiet_start)
        quiet_row.addWidget(QLabel("to"))
        quiet_row.addWidget(self.quiet_end)
        quiet_row.addStretch(1)
        form.addRow(quiet_row)

        days_row = QHBoxLayout()
        self.active_boxes: list[QCheckBox] = []
        for day, label in zip(Weekday, _DAY_LABELS, strict=True):
            day_box = QCheckBox(label)
            day_box.setChecked(day in settings.active_days)
            day_box.setAccessibleName(f"Nudges on {label}")
            day_box.toggled.connect(self._on_timing_changed)
            self.active_boxes.append(day_box)
            days_row.addWidget(day_box)
        days_row.addStretch(1)
        form.addRow("Nudges come on", days_row)

        self.late_spin = QSpinBox()
        self.late_spin.setRange(1, 24 * 60)
        self.late_spin.setSuffix(" min")
        self.late_spin.setValue(settings.late_window_minutes)
        self.late_spin.setAccessibleName("Late window in minutes")
        self.late_spin.setToolTip("After the computer sleeps, a nudge may still come this late.")
        self.late_spin.editingFinished.connect(self._on_timing_changed)
        self.late_spin.setMaximumWidth(120)
        form.addRow("A late nudge may still come within", self.late_spin)

        self.away_spin = QSpinBox()
        self.away_spin.setRange(1, 240)
        self.away_spin.setSuffix(" min")
        self.away_spin.setValue(settings.away_minutes)
        self.away_spin.setAccessibleName("Away after minutes idle")
        self.away_spin.setToolTip("When you are away this long, a nudge waits for your return.")
        self.away_spin.editingFinished.connect(self._on_timing_changed)
        self.away_spin.setMaximumWidth(120)
        form.addRow("Wait for me when I am away for", self.away_spin)
        return box

    def show_start_at_login(self, enabled: bool) -> None:
        """Show the switch as the system has it (without emitting a change)."""
        self.login_box.blockSignals(True)
        self.login_box.setChecked(enabled)
        self.login_box.blockSignals(False)

    def _build_data(self) -> QGroupBox:
        box = QGroupBox("Your journal")
        row = QHBoxLayout(box)
        for text, signal, name in (
            ("Export…", self.export_requested, "Export your steps and notes to a file"),
            ("Import…", self.import_requested, "Bring steps in from an export"),
            ("Back up now", self.backup_requested, "Take a backup copy now"),
            ("Restore a backup…", self.restore_requested, "Bring back a backup copy"),
            ("Delete all my data…", self.delete_all_requested, "Remove everything, for good"),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.setAccessibleName(name)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        return box

    def _build_about(self, about: AboutInfo | None) -> QGroupBox | None:
        if about is None:
            return None
        box = QGroupBox("About Small Steps")
        form = QFormLayout(box)
        self.about_labels: dict[str, QLabel] = {}
        for key, title, text in (
            ("version", "Version", about.version),
            ("notifications", "Nudges arrive as", about.notifications),
            ("tray", "Tray icon", about.tray),
            ("data", "Your journal is kept in", about.data_folder),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.about_labels[key] = label
            form.addRow(title, label)
        return box

    def _on_steps_editor_steps_changed(self) -> None:
        self._on_row_changed()

    def _on_timing_changed(self) -> None:
        self._on_row_changed()

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
        row.time_edit.setFocus()
        self._on_row_changed()

    def _on_row_remove_requested(self, row: ReminderRow) -> None:
        self._rows.removeWidget(row)
        row.deleteLater()
        self._apply([r.reminder() for r in self.rows if r is not row])

    def _on_row_changed(self) -> None:
        self._apply([row.reminder() for row in self.rows])

    def _apply(self, reminders: list[ReminderTime]) -> None:
        times = [(r.hour, r.minute) for r in reminders]
        if len(set(times)) != len(times):
            self.status.setText("Two reminders share a time; please change one of them.")
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
            )
        except SettingsError as exc:
            self.status.setText(str(exc))
            return
        if settings == self._settings:
            return
        self.status.setText("Saved. Nudges follow these times from now on.")
        self._settings = settings
        self.settings_changed.emit(settings)
