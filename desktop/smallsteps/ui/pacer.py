"""The breathing pacer: about a minute of slow breathing, paced by a shape that breathes.

A few slow breaths are the smallest step there is, and the easiest to take when a
nudge comes at a hard moment. A shape grows while the person breathes in and
shrinks while they breathe out, with the words beside it, in a rhythm they choose.
At the end it offers to keep the minute as a step; nothing is recorded unless the
person says so. It animates only while breathing and visible: closed or hidden,
it stops every timer, so it never wakes the computer for nothing.

Every word is translated (``PacerWindow`` context; the phase words and rhythms
are marked at module level and translated when shown), every control has a name
and a description for screen readers, and the layout grows with the font.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QMargins,
    QPointF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QColor,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase
from smallsteps.core.models import StepDraft
from smallsteps.ui.texts import phrase

Phase = Literal["in", "hold", "out"]
Offer = Literal["finished", "stopped"]
"""Why the pacer offers to keep the breaths: the minute is over, or the person stopped."""

PHASE_WORDS: dict[Phase, Phrase] = {
    "in": QT_TRANSLATE_NOOP("PacerWindow", "Breathe in"),
    "hold": QT_TRANSLATE_NOOP("PacerWindow", "Hold, gently"),
    "out": QT_TRANSLATE_NOOP("PacerWindow", "Breathe out"),
}
"""The words shown (and read out to screen readers) for each part of a breath.

Translated where they are shown: ``phase(PHASE_WORDS["in"])``.
"""

BREATHE_KIND = "breathe"
"""The catalog kind a kept minute of breathing is recorded as."""

MINUTE_S = 60.0


@dataclass(frozen=True)
class Rhythm:
    """A way of breathing: seconds in, held, and out.

    Attributes:
        name: the short name, e.g. ``"4-6"``.
        label: what the person reads in the rhythm list (translated when shown).
        inhale: seconds breathing in.
        hold: seconds holding (0 for none).
        exhale: seconds breathing out.
    """

    name: str
    label: Phrase
    inhale: float
    hold: float
    exhale: float

    @property
    def cycle(self) -> float:
        """Seconds for one whole breath."""
        return self.inhale + self.hold + self.exhale

    @property
    def breaths(self) -> int:
        """Whole breaths that fill about a minute."""
        return max(1, round(MINUTE_S / self.cycle))

    def plan(self) -> list[tuple[Phase, float]]:
        """Return about a minute of breathing as (phase, seconds), ending on an out-breath."""
        one: list[tuple[Phase, float]] = [("in", self.inhale)]
        if self.hold > 0:
            one.append(("hold", self.hold))
        one.append(("out", self.exhale))
        return one * self.breaths


RHYTHMS: tuple[Rhythm, ...] = (
    Rhythm("4-6", QT_TRANSLATE_NOOP("PacerWindow", "In for 4, out for 6 (settling)"), 4, 0, 6),
    Rhythm("4-4", QT_TRANSLATE_NOOP("PacerWindow", "In for 4, out for 4 (even)"), 4, 0, 4),
    Rhythm("4-7-8", QT_TRANSLATE_NOOP("PacerWindow", "In for 4, hold for 7, out for 8"), 4, 7, 8),
)
"""The rhythms offered, the gentlest first."""


class BreathShape(QWidget):
    """A soft circle that is small after breathing out and full after breathing in.

    Args:
        parent: the parent widget, if any.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fullness = 0.0
        self._phase_word: str | None = None
        self.setObjectName("breathShape")
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Breathing shape"))
        self.describe(self._phase_word)

    def describe(self, phase_word: str | None) -> None:
        """Tell screen readers the part of the breath now, or (``None``) what the shape does."""
        self._phase_word = phase_word
        self.setAccessibleDescription(
            phase_word
            or self.tr("A circle that grows as you breathe in and shrinks as you breathe out")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Speak the app's language after it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    @property
    def fullness(self) -> float:
        """How full the breath is: 0 (out) to 1 (in)."""
        return self._fullness

    def set_fullness(self, value: float) -> None:
        """Grow or shrink the shape."""
        self._fullness = min(max(value, 0.0), 1.0)
        self.update()

    def radius(self) -> float:
        """The circle's radius now, in pixels."""
        largest = min(self.width(), self.height()) / 2 - 6
        smallest = largest * 0.32
        return smallest + (largest - smallest) * self._fullness

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """A comfortable square."""
        return QSize(260, 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw a faint guide ring at full size and the breathing circle inside it."""
        del event
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        guide = QColor(palette.color(QPalette.ColorRole.WindowText))
        guide.setAlphaF(0.15)
        fill = QColor(highlight)
        fill.setAlphaF(0.25 + 0.35 * self._fullness)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = min(self.width(), self.height()) / 2 - 6
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(fill)
        radius = self.radius()
        painter.drawEllipse(centre, radius, radius)
        painter.end()


class PacerWindow(QWidget):
    """Paces about a minute of slow breathing, then offers to keep it as a step.

    Args:
        seconds_scale: real seconds per paced second (tests make it small).
        parent: the parent widget, if any.

    Signals:
        keep_requested(StepDraft): the person chose "Keep this as a step".
        closed(): the window was closed (every timer has stopped).
    """

    keep_requested = Signal(StepDraft)
    closed = Signal()

    def __init__(self, seconds_scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pacerWindow")
        self._scale = seconds_scale
        self._plan: list[tuple[Phase, float]] = []
        self._step = 0
        self._phase: Phase | None = None
        self._breathed_in = False

        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._animation.valueChanged.connect(self._on_animation_value_changed)
        self._animation.finished.connect(self._on_animation_finished)

        self.intro = QLabel()
        self.intro.setObjectName("pacerIntro")
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shape = BreathShape()
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phaseWord")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.phase_label.setFont(font)

        self.rhythm_box = QComboBox()
        self.rhythm_box.setObjectName("rhythm")
        self.rhythm_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for rhythm in RHYTHMS:
            self.rhythm_box.addItem(phrase(rhythm.label), rhythm.name)
        self.rhythm_label = QLabel()
        self.rhythm_label.setBuddy(self.rhythm_box)
        rhythm_row = QHBoxLayout()
        rhythm_row.addWidget(self.rhythm_label)
        rhythm_row.addWidget(self.rhythm_box, 1)

        self.begin_button = QPushButton()
        self.begin_button.setObjectName("begin")
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._on_begin_button_clicked)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop")
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("keep")
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.begin_button)

        self.message = QLabel()
        self.message.setObjectName("pacerMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.shape, 1)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.message)
        layout.addLayout(rhythm_row)
        layout.addLayout(buttons)
        # The keyboard goes where the eye does: the rhythm, then the buttons left to right.
        QWidget.setTabOrder(self.rhythm_box, self.close_button)
        QWidget.setTabOrder(self.close_button, self.stop_button)
        QWidget.setTabOrder(self.stop_button, self.keep_button)
        QWidget.setTabOrder(self.keep_button, self.begin_button)
        self._offer: Offer | None = None
        self._retranslate()
        self._show_idle()
        self._fit_to_text()

    def _retranslate(self) -> None:
        """Set every fixed text in the app's language (again after it changes)."""
        self.setWindowTitle(self.tr("A minute of breathing · Small Steps"))
        self.intro.setText(
            self.tr("Let the shape lead. Breathe in as it grows, out as it shrinks.")
        )
        self.phase_label.setAccessibleName(self.tr("Breathing"))
        self.phase_label.setAccessibleDescription(self.tr("The part of the breath now"))
        for index, rhythm in enumerate(RHYTHMS):
            self.rhythm_box.setItemText(index, phrase(rhythm.label))
        self.rhythm_box.setAccessibleName(self.tr("Rhythm"))
        self.rhythm_box.setAccessibleDescription(
            self.tr("How many seconds to breathe in, hold and out")
        )
        #: The label of the rhythm list; & marks the Alt+letter that moves there
        self.rhythm_label.setText(self.tr("&Rhythm"))
        self.stop_button.setText(self.tr("Stop here"))
        self.stop_button.setAccessibleName(self.tr("Stop the breathing exercise here"))
        self.stop_button.setAccessibleDescription(
            self.tr("Stops the pacer; the breaths you took can still be kept")
        )
        self.keep_button.setText(self.tr("Keep this as a step"))
        self.keep_button.setAccessibleName(self.tr("Keep this as a step"))
        self.keep_button.setAccessibleDescription(
            self.tr("Records a few slow breaths in your journal")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes the pacer; nothing is recorded"))
        self._name_begin_button()
        if self._phase is not None:
            self._show_phase(self._phase)
        elif self._offer is None:
            self.phase_label.setText(self.tr("When you are ready"))
        else:
            self.phase_label.setText(self._offer_words())

    def _name_begin_button(self) -> None:
        if self._offer is None:
            self.begin_button.setText(self.tr("Begin"))
            self.begin_button.setAccessibleName(self.tr("Begin breathing"))
            self.begin_button.setAccessibleDescription(
                self.tr("About a minute of slow breathing in the chosen rhythm")
            )
        else:
            self.begin_button.setText(self.tr("Again"))
            self.begin_button.setAccessibleName(self.tr("Breathe again"))
            self.begin_button.setAccessibleDescription(
                self.tr("Another minute of slow breathing in the chosen rhythm")
            )

    def _fit_to_text(self) -> None:
        """Open at a comfortable size: 400 x 520, or larger when the buttons need it.

        The buttons shown after breathing ("Keep this as a step", "Again") are hidden
        now, so their room is measured here: larger text or longer words in another
        language widen the window from the start instead of crowding it later.
        """
        begin_text = self.begin_button.text()
        self.begin_button.setText(self.tr("Again"))
        row = [self.close_button, self.keep_button, self.begin_button]
        buttons = sum(b.sizeHint().width() for b in row)
        self.begin_button.setText(begin_text)
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        # Three buttons, the gaps between them, and room to breathe on either side.
        room = 6 * QFontMetrics(self.font()).height()
        width = max(400, buttons + margins.left() + margins.right() + room)
        self.resize(self.sizeHint().expandedTo(QSize(width, round(width * 1.3))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Speak the app's language after it changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    # -- state -----------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the shape is breathing now."""
        return self._animation.state() == QVariantAnimation.State.Running

    @property
    def phase(self) -> Phase | None:
        """The part of the breath now, or ``None`` when not breathing."""
        return self._phase

    @property
    def animation(self) -> QVariantAnimation:
        """The one animation that moves the shape (stopped whenever not breathing)."""
        return self._animation

    def rhythm(self) -> Rhythm:
        """The rhythm chosen."""
        name = self.rhythm_box.currentData()
        return next((r for r in RHYTHMS if r.name == name), RHYTHMS[0])

    def set_rhythm(self, name: str) -> None:
        """Choose a rhythm by its short name (``"4-4"``, ``"4-6"``, ``"4-7-8"``)."""
        index = self.rhythm_box.findData(name)
        if index >= 0:
            self.rhythm_box.setCurrentIndex(index)

    # -- breathing -------------------------------------------------------------------

    def begin(self) -> None:
        """Start about a minute of breathing in the chosen rhythm."""
        self._plan = self.rhythm().plan()
        self._step = 0
        self._breathed_in = False
        self._offer = None
        self.message.setText("")
        self.rhythm_box.setEnabled(False)
        self.begin_button.hide()
        self.keep_button.hide()
        self.stop_button.show()
        self.stop_button.setFocus()
        self._run_phase()

    def _run_phase(self) -> None:
        phase, seconds = self._plan[self._step]
        self._phase = phase
        start = self.shape.fullness
        end = {"in": 1.0, "hold": 1.0, "out": 0.0}[phase]
        self._animation.stop()
        self._animation.setStartValue(start)
        self._animation.setEndValue(end)
        self._animation.setDuration(max(1, round(seconds * 1000 * self._scale)))
        self._show_phase(phase)
        self._animation.start()

    def _show_phase(self, phase: Phase) -> None:
        word = phrase(PHASE_WORDS[phase])
        self.phase_label.setText(word)
        self.shape.describe(word)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.phase_label, word))

    def _on_animation_value_changed(self, value: object) -> None:
        if isinstance(value, float | int):
            self.shape.set_fullness(float(value))

    def _on_animation_finished(self) -> None:
        if self._phase == "in":
            self._breathed_in = True
        self._step += 1
        if self._step < len(self._plan):
            self._run_phase()
        else:
            self.finish()

    def stop(self) -> None:
        """Stop breathing now (every timer stops); a breath taken can still be kept."""
        self._animation.stop()
        if self._phase is None:
            return
        if self._breathed_in or self._phase != "in":
            self._show_offer("stopped")
        else:
            self._show_idle()

    def finish(self) -> None:
        """End the minute: the shape rests and the pacer offers to keep it as a step."""
        self._animation.stop()
        self._breathed_in = True
        self._show_offer("finished")

    def show_moment(self, fullness: float, phase: Phase) -> None:
        """Show one still moment of a breath (for screenshots and tests)."""
        self._animation.stop()
        self._phase = phase
        self.shape.set_fullness(fullness)
        self._show_phase(phase)

    def _show_idle(self) -> None:
        self._phase = None
        self._offer = None
        self.shape.set_fullness(0.0)
        self.shape.describe(None)
        self.phase_label.setText(self.tr("When you are ready"))
        self.rhythm_box.setEnabled(True)
        self.stop_button.hide()
        self.keep_button.hide()
        self._name_begin_button()
        self.begin_button.show()

    def _offer_words(self) -> str:
        if self._offer == "finished":
            return self.tr("That was a minute of slow breathing.")
        return self.tr("Every breath counts.")

    def _show_offer(self, offer: Offer) -> None:
        self._phase = None
        self._offer = offer
        self.shape.set_fullness(0.0)
        self.shape.describe(None)
        self.phase_label.setText(self._offer_words())
        self.message.setText(self.tr("Would you like to keep it as a step?"))
        self.rhythm_box.setEnabled(True)
        self.stop_button.hide()
        self._name_begin_button()
        self.begin_button.show()
        self.keep_button.setEnabled(True)
        self.keep_button.show()
        self.keep_button.setDefault(True)
        self.keep_button.setFocus()

    def show_kept(self, text: str) -> None:
        """Say that the step was kept (the app calls this after recording it)."""
        self.message.setText(text)
        self.keep_button.setEnabled(False)
        self.close_button.setFocus()

    def show_problem(self, text: str) -> None:
        """Say why the step could not be kept; the person can try again."""
        self.message.setText(text)
        self.keep_button.setEnabled(True)

    # -- intents ---------------------------------------------------------------------

    def _on_begin_button_clicked(self) -> None:
        self.begin()

    def _on_stop_button_clicked(self) -> None:
        self.stop()

    def _on_keep_button_clicked(self) -> None:
        self.keep_button.setEnabled(False)
        self.keep_requested.emit(StepDraft(kind=BREATHE_KIND))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Esc closes the pacer, without a word of blame."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        """Hidden (minimised to nowhere, or closed): stop breathing, no timer stays."""
        if self.running:
            self.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Stop every timer and tell the app the pacer is gone."""
        self._animation.stop()
        self._phase = None
        super().closeEvent(event)
        self.closed.emit()
