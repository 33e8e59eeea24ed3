"""The breathing pacer: it breathes, says in and out, and records only when asked."""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from smallsteps.core.i18n import Phrase
from smallsteps.core.models import StepDraft
from smallsteps.ui.pacer import PHASE_WORDS, RHYTHMS, PacerWindow, Rhythm
from smallsteps.ui.texts import phrase

FAST = 0.004  # 1 paced second = 4 ms: a "minute" is about a quarter of a second
NO_LABEL = Phrase("PacerWindow", "")


def open_pacer(qtbot: QtBot, scale: float = FAST) -> PacerWindow:
    pacer = PacerWindow(seconds_scale=scale)
    qtbot.addWidget(pacer)
    with qtbot.waitExposed(pacer):
        pacer.show()
    return pacer


def test_rhythms_fill_about_a_minute_and_end_on_an_out_breath() -> None:
    names = [r.name for r in RHYTHMS]
    assert {"4-4", "4-6", "4-7-8"} <= set(names)
    for rhythm in RHYTHMS:
        plan = rhythm.plan()
        seconds = sum(s for _, s in plan)
        assert 50 <= seconds <= 70, rhythm
        assert plan[0][0] == "in"
        assert plan[-1][0] == "out"
    assert Rhythm("x", NO_LABEL, 4, 7, 8).plan()[:3] == [("in", 4), ("hold", 7), ("out", 8)]
    assert [p for p, _ in Rhythm("y", NO_LABEL, 4, 0, 6).plan()[:2]] == ["in", "out"]


def test_nothing_moves_before_begin(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)

    assert not pacer.running
    assert pacer.animation.state() == QAbstractAnimation.State.Stopped
    assert pacer.phase is None
    assert pacer.phase_label.text() == "When you are ready"
    assert pacer.keep_button.isHidden()


def test_the_shape_grows_while_breathing_in_and_shrinks_while_breathing_out(
    qtbot: QtBot,
) -> None:
    pacer = open_pacer(qtbot, scale=0.05)  # an in-breath of 4 s takes 200 ms
    pacer.set_rhythm("4-4")
    pacer.begin()
    assert pacer.running
    assert pacer.phase == "in"
    assert pacer.phase_label.text() == "Breathe in"
    small = pacer.shape.radius()

    qtbot.waitUntil(lambda: pacer.shape.fullness > 0.5, timeout=2000)
    assert pacer.shape.radius() > small
    qtbot.waitUntil(lambda: pacer.phase == "out", timeout=2000)
    assert pacer.phase_label.text() == "Breathe out"
    assert pacer.shape.accessibleDescription() == "Breathe out"
    full = pacer.shape.fullness
    qtbot.waitUntil(lambda: pacer.shape.fullness < full - 0.3, timeout=2000)
    pacer.stop()


def test_words_follow_every_part_of_the_breath_including_the_hold(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)
    pacer.set_rhythm("4-7-8")
    seen: list[str] = []
    pacer.animation.stateChanged.connect(
        lambda *_: seen.append(pacer.phase_label.text()) if pacer.running else None
    )

    pacer.begin()
    qtbot.waitUntil(pacer.keep_button.isVisible, timeout=5000)

    words = list(dict.fromkeys(seen))
    assert words == [phrase(PHASE_WORDS[p]) for p in ("in", "hold", "out")]
    assert words == ["Breathe in", "Hold, gently", "Breathe out"]
    assert seen.count(phrase(PHASE_WORDS["hold"])) == RHYTHMS[2].breaths


def test_after_the_minute_it_offers_to_keep_it_and_records_only_when_asked(
    qtbot: QtBot,
) -> None:
    pacer = open_pacer(qtbot)
    drafts: list[StepDraft] = []
    pacer.keep_requested.connect(drafts.append)

    pacer.begin()
    qtbot.waitUntil(pacer.keep_button.isVisible, timeout=5000)

    assert not pacer.running
    assert pacer.phase_label.text() == "That was a minute of slow breathing."
    assert pacer.message.text() == "Would you like to keep it as a step?"
    assert drafts == []  # finishing records nothing
    with qtbot.waitSignal(pacer.keep_requested) as kept:
        qtbot.mouseClick(pacer.keep_button, Qt.MouseButton.LeftButton)
    assert kept.args == [StepDraft(kind="breathe")]
    assert drafts == [StepDraft(kind="breathe")]
    assert not pacer.keep_button.isEnabled()  # one press, one step

    pacer.show_kept("Kept. Thank you for taking a moment.")
    assert pacer.message.text() == "Kept. Thank you for taking a moment."


def test_a_problem_lets_the_person_try_again(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)
    pacer.finish()
    pacer.keep_button.click()
    assert not pacer.keep_button.isEnabled()

    pacer.show_problem("The journal could not be written just now.")

    assert pacer.keep_button.isEnabled()
    assert pacer.message.text() == "The journal could not be written just now."


def test_closing_without_keeping_records_nothing_and_stops_every_timer(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=1.0)
    pacer.begin()
    assert pacer.running

    with (
        qtbot.assertNotEmitted(pacer.keep_requested),
        qtbot.waitSignal(pacer.closed, timeout=1000),
    ):
        pacer.close()

    assert not pacer.running
    assert pacer.animation.state() == QAbstractAnimation.State.Stopped


def test_esc_closes_the_pacer(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=1.0)
    pacer.begin()

    with qtbot.waitSignal(pacer.closed, timeout=1000):
        qtbot.keyClick(pacer, Qt.Key.Key_Escape)

    assert not pacer.isVisible()
    assert not pacer.running


def test_hiding_stops_the_animation(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=1.0)
    pacer.begin()

    pacer.hide()

    assert not pacer.running
    assert pacer.animation.state() == QAbstractAnimation.State.Stopped


def test_stopping_early_still_offers_to_keep_the_breaths_taken(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=0.02)
    pacer.begin()
    qtbot.waitUntil(lambda: pacer.phase == "out", timeout=2000)

    qtbot.mouseClick(pacer.stop_button, Qt.MouseButton.LeftButton)

    assert not pacer.running
    assert pacer.keep_button.isVisible()
    assert pacer.phase_label.text() == "Every breath counts."


def test_stopping_before_the_first_breath_goes_back_to_the_start(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=1.0)
    pacer.begin()

    pacer.stop()

    assert pacer.keep_button.isHidden()
    assert pacer.begin_button.isVisible()
    assert pacer.phase_label.text() == "When you are ready"


def test_the_rhythm_is_chosen_before_and_locked_while_breathing(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot, scale=1.0)
    pacer.set_rhythm("4-7-8")
    assert pacer.rhythm().name == "4-7-8"

    pacer.begin()
    assert not pacer.rhythm_box.isEnabled()
    pacer.stop()
    assert pacer.rhythm_box.isEnabled()


def test_every_control_has_a_name_and_no_word_of_blame(qtbot: QtBot) -> None:
    pacer = open_pacer(qtbot)
    pacer.finish()
    for control in (
        pacer.begin_button,
        pacer.keep_button,
        pacer.close_button,
        pacer.rhythm_box,
        pacer.shape,
    ):
        assert control.accessibleName()
    texts = [w.text() for w in pacer.findChildren(QLabel)]
    texts += [b.text() for b in pacer.findChildren(QAbstractButton)]
    texts += [pacer.rhythm_box.itemText(i) for i in range(pacer.rhythm_box.count())]
    for text in texts:
        for word in ("missed", "failed", "should", "wrong", "only"):
            assert word not in text.lower(), text
