"""Your own steps: add, rename, choose an icon for, reorder and hide steps.

Hidden steps are unticked: they leave the step dialog and the nudges' suggestions,
but stay in the person's history and the week's chart. Everything works from the
keyboard: Space ticks the current step, Alt with the underlined letter presses a
button, and the icon menu follows the arrow keys.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.catalog import ICONS, check_catalog, new_kind
from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase
from smallsteps.core.models import StepKind
from smallsteps.core.parsing import InputError
from smallsteps.ui.a11y import describe
from smallsteps.ui.icons import icon
from smallsteps.ui.texts import error_line, phrase

_ICON_NAMES: dict[str, Phrase] = {
    "breathe": QT_TRANSLATE_NOOP("Icons", "Breath"),
    "walk": QT_TRANSLATE_NOOP("Icons", "Footsteps"),
    "rest": QT_TRANSLATE_NOOP("Icons", "Moon"),
    "journal": QT_TRANSLATE_NOOP("Icons", "Notebook"),
    "reach_out": QT_TRANSLATE_NOOP("Icons", "Speech bubble"),
    "mindful": QT_TRANSLATE_NOOP("Icons", "Lotus"),
    "routine": QT_TRANSLATE_NOOP("Icons", "Clock"),
    "gratitude": QT_TRANSLATE_NOOP("Icons", "Heart"),
    "create": QT_TRANSLATE_NOOP("Icons", "Pencil"),
    "read": QT_TRANSLATE_NOOP("Icons", "Book"),
    "support": QT_TRANSLATE_NOOP("Icons", "Open hand"),
}
"""What each icon shows, in words, for the icon menu."""
LIST_IN_LINES = 11
"""The least height of the list of steps, in lines of its font (about 150 px at 9 pt)."""


class StepsEditor(QGroupBox):
    """Edits the person's catalog of steps.

    Args:
        steps: the catalog in force, hidden steps included.
        parent: the parent widget, if any.

    Signals:
        steps_changed(object): a new, valid catalog (a tuple of ``StepKind``).
    """

    steps_changed = Signal(object)

    def __init__(self, steps: tuple[StepKind, ...], parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setFlat(True)
        self._steps = list(steps)
        hint = QLabel(self.tr("Ticked steps are offered; unticked ones stay in your history."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        describe(
            self.list,
            self.tr("Your steps"),
            self.tr("Tick a step to offer it; untick to hide it. Space ticks and unticks."),
        )
        hint.setBuddy(self.list)
        self.list.setIconSize(QSize(20, 20))
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * LIST_IN_LINES)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add a step…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.icon_button = QPushButton(self.tr("&Icon…"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        for button, slot, name, description in (
            (
                self.add_button,
                self._on_add_button_clicked,
                self.tr("Add a step"),
                self.tr("Adds a step of your own, with a name you choose."),
            ),
            (
                self.rename_button,
                self._on_rename_button_clicked,
                self.tr("Rename"),
                self.tr("Gives the chosen step a new name; its history stays with it."),
            ),
            (
                self.icon_button,
                self._on_icon_button_clicked,
                self.tr("Icon"),
                self.tr("Chooses the picture for the chosen step."),
            ),
            (
                self.up_button,
                lambda: self._move(-1),
                self.tr("Move up"),
                self.tr("Moves the chosen step one place up the list."),
            ),
            (
                self.down_button,
                lambda: self._move(1),
                self.tr("Move down"),
                self.tr("Moves the chosen step one place down the list."),
            ),
        ):
            button.setAutoDefault(False)
            describe(button, name, description)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._fill()

    def controls(self) -> list[QWidget]:
        """The editor's controls in the order Tab visits them."""
        return [
            self.list,
            self.add_button,
            self.rename_button,
            self.icon_button,
            self.up_button,
            self.down_button,
        ]

    @property
    def steps(self) -> tuple[StepKind, ...]:
        """The catalog as edited."""
        return tuple(self._steps)

    def show_steps(self, steps: tuple[StepKind, ...]) -> None:
        """Show ``steps`` instead (the same steps in another language), without emitting."""
        self._steps = list(steps)
        self._fill(self.list.currentRow())

    def _fill(self, current: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for kind in self._steps:
            item = QListWidgetItem(icon(kind.icon), kind.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if kind.hidden else Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self._steps:
            self.list.setCurrentRow(max(0, min(current, len(self._steps) - 1)))

    def _commit(self, steps: list[StepKind], current: int) -> None:
        try:
            check_catalog(steps)
        except InputError as exc:
            self.status.setText(error_line(exc))
            self._fill(self.list.currentRow())
            return
        self.status.setText("")
        self._steps = steps
        self._fill(current)
        self.steps_changed.emit(tuple(steps))

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        steps = list(self._steps)
        steps[row] = replace(steps[row], hidden=item.checkState() != Qt.CheckState.Checked)
        self._commit(steps, row)

    def _on_add_button_clicked(self) -> None:
        label, ok = QInputDialog.getText(
            self, self.tr("Add a step"), self.tr("What is the step called?")
        )
        if not ok:
            return
        try:
            kind = new_kind(label, self._steps)
        except InputError as exc:
            self.status.setText(error_line(exc))
            return
        self._commit([*self._steps, kind], len(self._steps))

    def _on_rename_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        label, ok = QInputDialog.getText(
            self,
            self.tr("Rename a step"),
            self.tr("What is the step called?"),
            text=self._steps[row].label,
        )
        name = " ".join(label.split())
        if not ok or not name:
            return
        steps = list(self._steps)
        steps[row] = replace(steps[row], label=name)
        self._commit(steps, row)

    def _on_icon_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Icons"))
        menu.setAccessibleDescription(self.tr("The pictures a step can have. Enter chooses one."))
        for name in ICONS:
            words = phrase(_ICON_NAMES[name]) if name in _ICON_NAMES else name
            action = menu.addAction(icon(name), words)
            action.setData(name)
        where = self.icon_button.mapToGlobal(self.icon_button.rect().bottomLeft())
        chosen: QAction | None = menu.exec(where)
        if chosen is None:
            return
        self.set_icon(row, str(chosen.data()))

    def set_icon(self, row: int, name: str) -> None:
        """Give the step in ``row`` the icon ``name``."""
        steps = list(self._steps)
        steps[row] = replace(steps[row], icon=name)
        self._commit(steps, row)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._steps):
            return
        steps = list(self._steps)
        steps[row], steps[target] = steps[target], steps[row]
        self._commit(steps, target)
