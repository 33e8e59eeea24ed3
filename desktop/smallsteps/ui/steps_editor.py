"""Your own steps: add, rename, choose an icon for, reorder and hide steps.

Hidden steps are unticked: they leave the step dialog and the nudges' suggestions,
but stay in the person's history and the week's chart.
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
from smallsteps.core.models import StepKind
from smallsteps.core.parsing import InputError
from smallsteps.ui.icons import icon

_ICON_NAMES = {
    "breathe": "Breath",
    "walk": "Footsteps",
    "rest": "Moon",
    "journal": "Notebook",
    "reach_out": "Speech bubble",
    "mindful": "Lotus",
    "routine": "Clock",
    "gratitude": "Heart",
    "create": "Pencil",
    "read": "Book",
    "support": "Open hand",
}


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
        hint = QLabel("Ticked steps are offered; unticked ones stay in your history.")
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Your steps")
        self.list.setAccessibleDescription("Tick a step to offer it; untick to hide it")
        self.list.setIconSize(QSize(20, 20))
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QVBoxLayout()
        self.add_button = QPushButton("Add a step…")
        self.rename_button = QPushButton("Rename…")
        self.icon_button = QPushButton("Icon…")
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        for button, slot in (
            (self.add_button, self._on_add_button_clicked),
            (self.rename_button, self._on_rename_button_clicked),
            (self.icon_button, self._on_icon_button_clicked),
            (self.up_button, lambda: self._move(-1)),
            (self.down_button, lambda: self._move(1)),
        ):
            button.setAutoDefault(False)
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

    @property
    def steps(self) -> tuple[StepKind, ...]:
        """The catalog as edited."""
        return tuple(self._steps)

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
            self.status.setText(str(exc))
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
        label, ok = QInputDialog.getText(self, "Add a step", "What is the step called?")
        if not ok:
            return
        try:
            kind = new_kind(label, self._steps)
        except InputError as exc:
            self.status.setText(str(exc))
            return
        self._commit([*self._steps, kind], len(self._steps))

    def _on_rename_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        label, ok = QInputDialog.getText(
            self, "Rename a step", "What is the step called?", text=self._steps[row].label
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
        for name in ICONS:
            action = menu.addAction(icon(name), _ICON_NAMES.get(name, name))
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
