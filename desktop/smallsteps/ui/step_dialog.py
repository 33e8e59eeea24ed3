"""The step dialog: say what you did in a second, with an optional note and feeling.

Fully usable from the keyboard: arrows choose the step, Tab moves on, Enter saves,
Shift+Enter makes a new line in the note, Esc closes without a word of blame;
Alt with the underlined letter jumps to the note, the feelings or a button.
Every text is translated, every control is named for screen readers, and every
size comes from the font, so the dialog grows with the system's text size.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.models import FEELING_TEXTS, StepDraft, StepKind
from smallsteps.ui.a11y import describe
from smallsteps.ui.icons import icon
from smallsteps.ui.texts import feeling_word

CLOSE_AFTER_SAVE_MS = 2500
NOTE_LINES = 4
"""How many lines of the note show without scrolling."""
WIDTH_IN_CHARACTERS = 70
"""The width the dialog opens with, in average characters of its font (420 px at 9 pt)."""


class StepDialog(QDialog):
    """Asks what small step the person took.

    Args:
        kinds: the catalog, in display order.
        suggested: the kind to preselect (e.g. the nudge's suggestion).
        nudge_id: the nudge this answers, handed back with the draft.
        parent: the parent widget, if any.

    Signals:
        submitted(StepDraft): the person pressed Save (or Enter).
        passphrase_requested(): notes are closed and the person wants to use a passphrase.
    """

    submitted = Signal(StepDraft)
    passphrase_requested = Signal()

    def __init__(
        self,
        kinds: Sequence[StepKind],
        suggested: str | None = None,
        nudge_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.nudge_id = nudge_id
        self.setWindowTitle(self.tr("A small step"))
        self.setObjectName("stepDialog")
        self.setAccessibleDescription(
            self.tr("Say which small step you took, with a note and a feeling if you like.")
        )

        self._heading = QLabel(self.tr("What did you do? Any step counts."))
        self._heading.setWordWrap(True)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._heading.setFont(font)

        self.kind_list = QListWidget()
        describe(
            self.kind_list,
            self.tr("Step"),
            self.tr("The small step you took. The arrow keys choose; Enter saves."),
        )
        self.kind_list.setIconSize(QSize(24, 24))
        for kind in kinds:
            item = QListWidgetItem(icon(kind.icon), kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.id)
            self.kind_list.addItem(item)
        self._heading.setBuddy(self.kind_list)
        self._fit_list_to_its_steps()
        self.select_kind(suggested or (kinds[0].id if kinds else None))

        note_label = QLabel(self.tr("A &note, if you like"))
        self.note_edit = QPlainTextEdit()
        describe(
            self.note_edit,
            self.tr("Note"),
            self.tr("Optional. Enter saves, Shift+Enter starts a new line"),
        )
        self.note_edit.setPlaceholderText(
            self.tr("Optional. Enter saves; Shift+Enter starts a new line.")
        )
        self.note_edit.setTabChangesFocus(True)
        margins = 2 * (self.note_edit.frameWidth() + self.note_edit.document().documentMargin())
        self.note_edit.setFixedHeight(
            round(self.note_edit.fontMetrics().lineSpacing() * NOTE_LINES + margins)
        )
        self.note_edit.installEventFilter(self)
        note_label.setBuddy(self.note_edit)

        feeling_label = QLabel(self.tr("How are you &feeling? (optional)"))
        feeling_label.setWordWrap(True)
        # Plain checkable buttons, not a QButtonGroup: a group makes them one Tab stop
        # and its arrow keys skip them, which would leave only "Heavy" reachable.
        self.feeling_buttons: dict[int, QPushButton] = {}
        feeling_row = QHBoxLayout()
        for value in FEELING_TEXTS:
            word = feeling_word(value)
            button = QPushButton(word)
            button.setCheckable(True)
            button.setAutoDefault(False)
            describe(
                button,
                self.tr("Feeling: {feeling}").format(feeling=word),
                self.tr(
                    "Optional. Choose it if it fits how you feel; choose it again to let it go."
                ),
            )
            button.toggled.connect(lambda on, v=value: self._on_feeling_button_toggled(v, on))
            self.feeling_buttons[value] = button
            feeling_row.addWidget(button)
        if self.feeling_buttons:
            feeling_label.setBuddy(next(iter(self.feeling_buttons.values())))

        self.status = QLabel("")
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self._name_save_button(
            self.tr("&Save"), self.tr("Keeps this step in your journal. Enter does the same.")
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button = QPushButton(self.tr("Close"))
        describe(
            self.close_button,
            self.tr("Close"),
            self.tr("Closes this window without keeping anything. Esc does the same."),
        )
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.passphrase_button = QPushButton(self.tr("Use a &passphrase…"))
        describe(
            self.passphrase_button,
            self.tr("Use a passphrase"),
            self.tr("Keeps your note locked with a passphrase you choose."),
        )
        self.passphrase_button.setAutoDefault(False)
        self.passphrase_button.clicked.connect(self.passphrase_requested)
        self.without_note_button = QPushButton(self.tr("Save &without the note"))
        describe(
            self.without_note_button,
            self.tr("Save without the note"),
            self.tr("Keeps the step now; the note itself is not kept."),
        )
        self.without_note_button.setAutoDefault(False)
        self.without_note_button.clicked.connect(self._on_without_note_button_clicked)
        for button in (self.passphrase_button, self.without_note_button):
            button.hide()
        self._ways_on = QHBoxLayout()
        self._ways_on.addWidget(self.passphrase_button)
        self._ways_on.addWidget(self.without_note_button)
        self._ways_on.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with messages
        layout.addWidget(self._heading)
        layout.addWidget(self.kind_list, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(feeling_label)
        layout.addLayout(feeling_row)
        layout.addWidget(self.status)
        layout.addLayout(self._ways_on)
        layout.addLayout(buttons)
        self._set_tab_order()
        self.kind_list.setFocus()
        self._saved = False
        self.resize(self._opening_size())

    def _opening_size(self) -> QSize:
        """Return the usual width in font units (wider if the content needs it), within the screen.

        The height is what the content needs at that width, so wrapped words all show.
        """
        layout = self.layout()
        assert layout is not None
        layout.activate()
        width = max(
            self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS, self.sizeHint().width()
        )
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width())
        width = max(width, self.minimumSizeHint().width())
        return QSize(width, max(layout.totalHeightForWidth(width), self.minimumSizeHint().height()))

    def _fit_list_to_its_steps(self) -> None:
        """Make the list tall enough for every step and wide enough for the longest name."""
        rows = max(self.kind_list.count(), 1)
        frame = 2 * self.kind_list.frameWidth()
        self.kind_list.setMinimumHeight(self.kind_list.sizeHintForRow(0) * rows + frame + 4)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        widest = max(self.kind_list.sizeHintForColumn(0), 0)
        self.kind_list.setMinimumWidth(widest + frame + scrollbar)

    def _set_tab_order(self) -> None:
        """Tab goes down the dialog as it reads: list, note, feelings, then the buttons."""
        chain: list[QWidget] = [
            self.kind_list,
            self.note_edit,
            *self.feeling_buttons.values(),
            self.passphrase_button,
            self.without_note_button,
            self.close_button,
            self.save_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _name_save_button(self, text: str, description: str) -> None:
        """Give the Save button its text, and the same words to screen readers."""
        self.save_button.setText(text)
        describe(self.save_button, text.replace("&", ""), description)

    def select_kind(self, kind_id: str | None) -> None:
        """Preselect a kind in the list (the first one if ``kind_id`` is unknown)."""
        for row in range(self.kind_list.count()):
            if self.kind_list.item(row).data(Qt.ItemDataRole.UserRole) == kind_id:
                self.kind_list.setCurrentRow(row)
                return
        if self.kind_list.count():
            self.kind_list.setCurrentRow(0)

    def selected_kind(self) -> str | None:
        """Return the id of the chosen kind."""
        item = self.kind_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def feeling(self) -> int | None:
        """Return the chosen feeling, or ``None``."""
        return next((v for v, b in self.feeling_buttons.items() if b.isChecked()), None)

    def draft(self) -> StepDraft | None:
        """Return what the person entered, or ``None`` when no kind is chosen."""
        kind = self.selected_kind()
        if kind is None:
            return None
        return StepDraft(
            kind=kind, note=self.note_edit.toPlainText() or None, feeling=self.feeling()
        )

    def _on_feeling_button_toggled(self, value: int, checked: bool) -> None:
        if checked:
            for other_value, other in self.feeling_buttons.items():
                if other_value != value and other.isChecked():
                    other.setChecked(False)

    def _on_save_button_clicked(self) -> None:
        if self._saved:
            self.accept()
            return
        draft = self.draft()
        if draft is None:
            self.show_problem(self.tr("Please choose the step you took from the list."))
            return
        self.submitted.emit(draft)

    def show_saved(self, acknowledgement: str) -> None:
        """Show the kind acknowledgement, then close by itself a moment later."""
        self._saved = True
        self.status.setText(acknowledgement)
        self.kind_list.setEnabled(False)
        self.note_edit.setReadOnly(True)
        for button in self.feeling_buttons.values():
            button.setEnabled(False)
        self.close_button.hide()
        self._name_save_button(
            self.tr("Done"), self.tr("Closes this window. It also closes by itself in a moment.")
        )
        QTimer.singleShot(CLOSE_AFTER_SAVE_MS, self.accept)

    def show_waiting(self, message: str) -> None:
        """The step is held until it can be written: say so, and keep it as it is."""
        self.status.setText(message)
        self.kind_list.setEnabled(False)
        self.note_edit.setReadOnly(True)
        for button in self.feeling_buttons.values():
            button.setEnabled(False)
        self._name_save_button(
            self.tr("Try again now"), self.tr("Tries once more to keep this step in your journal.")
        )
        self._grow_to_fit()

    def show_problem(self, message: str) -> None:
        """Show why the step could not be kept; everything typed stays in place."""
        self.status.setText(message)
        self._grow_to_fit()

    def show_notes_closed(self, reason: str) -> None:
        """Say why the note cannot be kept yet, keep it here, and offer the ways on."""
        self.status.setText(
            self.tr(
                "{reason} Your note is still here; nothing was lost. You can keep it with a "
                "passphrase instead, or save the step without it."
            ).format(reason=reason)
        )
        self.passphrase_button.show()
        self.without_note_button.show()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for a longer message (wrapped labels need height for their width)."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_without_note_button_clicked(self) -> None:
        kind = self.selected_kind()
        if kind is not None:
            self.submitted.emit(StepDraft(kind=kind))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Make Enter in the note save, and Shift+Enter insert a new line."""
        if watched is self.note_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._on_save_button_clicked()
                return True
        return super().eventFilter(watched, event)
