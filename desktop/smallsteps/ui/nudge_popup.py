"""The in-app nudge: a small, quiet window in the corner of the screen.

Used only when the desktop has neither a notification service nor a tray. It
never takes the keyboard from whatever the person is typing; a click on it makes
it reachable by keyboard (Tab between the buttons, Esc to let it go). Its width
follows the font, so it grows with the system's text size and its buttons never
clip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smallsteps.core.nudges import NudgeAction
from smallsteps.ui.a11y import describe

MESSAGE_MS = 8000
MARGIN = 16
WIDTH_IN_CHARACTERS = 70
"""The popup's usual width, in average characters of its font (420 px at 9 pt)."""


class NudgePopup(QFrame):
    """A nudge (or a short message) shown by the app itself.

    Signals:
        answered(object): the person chose a ``NudgeAction``.
    """

    answered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nudgePopup")
        self.setWindowTitle(self.tr("Small Steps nudge"))
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Raised)
        describe(
            self,
            self.tr("Small Steps nudge"),
            self.tr("An invitation to a small step. Esc lets it go."),
        )

        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)

        self.did_button = QPushButton(self.tr("I did it"))
        self.open_button = QPushButton(self.tr("Another step…"))
        self.snooze_button = QPushButton(self.tr("Snooze"))
        self.close_button = QPushButton(self.tr("Not now"))
        describe(
            self.did_button,
            self.tr("I did it"),
            self.tr("Keeps the suggested step in your journal."),
        )
        describe(
            self.open_button,
            self.tr("Another step"),
            self.tr("Opens a small window to choose the step you took."),
        )
        describe(
            self.snooze_button,
            self.tr("Snooze"),
            self.tr("This nudge comes again a little later."),
        )
        describe(
            self.close_button,
            self.tr("Not now"),
            self.tr("Lets this nudge go. Esc does the same."),
        )
        self._buttons = {
            self.did_button: NudgeAction.DID_IT,
            self.open_button: NudgeAction.OPEN,
            self.snooze_button: NudgeAction.SNOOZE,
            self.close_button: NudgeAction.DISMISSED,
        }
        row = QHBoxLayout()
        for button, action in self._buttons.items():
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, a=action: self._answer(a))
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addLayout(row)
        self._expire = QTimer(self)
        self._expire.setSingleShot(True)
        self._expire.timeout.connect(self.hide)

    def _fit(self) -> None:
        """Take the usual width (wider if the buttons need it) and the height the words need."""
        layout = self.layout()
        assert layout is not None
        layout.activate()
        usual = self.fontMetrics().averageCharWidth() * WIDTH_IN_CHARACTERS
        width = max(usual, layout.minimumSize().width())
        screen = self.screen()
        if screen is not None:
            width = max(min(width, screen.availableGeometry().width() - 2 * MARGIN), 1)
        self.setFixedWidth(width)
        self.setFixedHeight(layout.totalHeightForWidth(width))

    def show_nudge(self, title: str, body: str, with_buttons: bool) -> None:
        """Show a nudge with its buttons, or a short message that fades by itself."""
        self.title.setText(title)
        self.body.setText(body)
        for button in self._buttons:
            button.setVisible(with_buttons)
        self._fit()
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)
        self.show()
        self.raise_()
        if with_buttons:
            self._expire.stop()
        else:
            self._expire.start(MESSAGE_MS)

    def _answer(self, action: NudgeAction) -> None:
        self.hide()
        self.answered.emit(action)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Esc lets the nudge go, without a word."""
        if event.key() == Qt.Key.Key_Escape:
            self._answer(NudgeAction.DISMISSED)
            return
        super().keyPressEvent(event)
