"""The first start's welcome: where Small Steps lives, and one question, asked once.

The question is whether Small Steps should start at login. It is ticked: a
companion that has to be remembered each morning is easy to lose. Closing the
window in any way keeps what the box shows; Settings can change it at any time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smallsteps.ui.icons import icon


class WelcomeDialog(QDialog):
    """Says hello once and asks about starting at login.

    Args:
        tray_visible: whether the icon is in a panel (the text says where to find it).
        parent: the parent widget, if any.

    Signals:
        answered(bool): the person closed the welcome; ``True`` to start at login.
    """

    answered = Signal(bool)

    def __init__(self, tray_visible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._answered = False
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to Small Steps"))
        self.setWindowIcon(icon("app"))
        self.setAccessibleName(self.tr("Welcome to Small Steps"))
        self.setAccessibleDescription(
            self.tr("A first hello, and whether Small Steps starts when you log in.")
        )

        heading = QLabel(self.tr("Hello. Small Steps is here for you."))
        heading.setObjectName("heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        heading.setWordWrap(True)

        where = (
            self.tr(
                "It waits quietly in your panel. Now and then it offers a small step, at "
                "times you choose; one click keeps what you did. Nothing is ever counted "
                "against you."
            )
            if tray_visible
            else self.tr(
                "It waits quietly in the background. Now and then it offers a small step, "
                "at times you choose; one click keeps what you did. Starting Small Steps "
                "again opens your week."
            )
        )
        body = QLabel(where)
        body.setObjectName("body")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.start_at_login = QCheckBox(self.tr("&Start Small Steps when I log in"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setChecked(True)
        self.start_at_login.setAccessibleName(self.tr("Start Small Steps when I log in"))
        self.start_at_login.setAccessibleDescription(
            self.tr("It starts quietly in the panel, with no window. Settings can change this.")
        )
        later = QLabel(self.tr("You can change this at any time in Settings."))
        later.setObjectName("later")
        later.setWordWrap(True)

        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(
            self.tr("Thank you"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setObjectName("done")
        self.done_button.setDefault(True)
        self.done_button.setAccessibleName(self.tr("Thank you"))
        self.done_button.setAccessibleDescription(
            self.tr("Closes this welcome and keeps your choice about starting at login.")
        )
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.start_at_login)
        layout.addWidget(later)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        self.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        if not self._answered:
            self._answered = True
            self.answered.emit(self.start_at_login.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        """Closing the window keeps the choice the box shows."""
        self._on_finished()
        super().closeEvent(event)
