"""The step controller with a real journal, real reminders and a recording notifier."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from tests.support.journals import open_journal

from gui.fakes import FakeClock, FakeNotifier, Here
from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepDraft
from smallsteps.core.nudges import Nudge, NudgeAction, NudgePicker
from smallsteps.core.parsing import InputError
from smallsteps.core.resources import text_lines
from smallsteps.core.settings import Settings
from smallsteps.services.controller import RecordedStep, StepController, StepRequest
from smallsteps.services.presence import NudgeGate
from smallsteps.services.reminders import ReminderService
from smallsteps.storage.journal import Journal

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2030, 6, 4, 10, 30, tzinfo=BERLIN)
THANKS = text_lines("thanks")


@dataclass
class Parts:
    controller: StepController
    journal: Journal
    notifier: FakeNotifier
    reminders: ReminderService
    clock: FakeClock


@pytest.fixture
def parts(qtbot: QtBot, tmp_path: Path) -> Iterator[Parts]:
    del qtbot
    clock = FakeClock(NOW)
    catalog = Catalog()
    journal = open_journal(tmp_path / "j.sqlite3", tmp_path / "backups")
    notifier = FakeNotifier()
    reminders = ReminderService(clock, Settings())
    reminders.start()
    gate = NudgeGate(Here(), clock, reminders)
    picker = NudgePicker(text_lines("nudges"), catalog, random.Random(7))
    controller = StepController(journal, catalog, picker, THANKS, clock, reminders, gate, notifier)
    yield Parts(controller, journal, notifier, reminders, clock)
    reminders.stop()
    journal.close()


def nudge_now(qtbot: QtBot, parts: Parts) -> Nudge:
    with qtbot.waitSignal(parts.controller.nudge_shown, timeout=1000) as blocker:
        parts.reminders.ask_now()
    nudge = blocker.args[0]
    assert isinstance(nudge, Nudge)
    return nudge


def test_asking_for_a_nudge_shows_one(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    assert parts.notifier.shown == [nudge]
    assert nudge.title in text_lines("nudges")
    assert nudge.suggestion in Catalog().kinds
    assert nudge.due_at == NOW


def test_two_nudges_in_a_row_never_repeat_the_line(qtbot: QtBot, parts: Parts) -> None:
    titles = [nudge_now(qtbot, parts).title for _ in range(12)]

    assert all(a != b for a, b in itertools.pairwise(titles))


def test_open_asks_for_the_step_dialog_with_the_suggestion(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    with qtbot.waitSignal(parts.controller.step_requested, timeout=1000) as blocker:
        parts.notifier.answer(nudge.id, NudgeAction.OPEN)

    assert blocker.args == [StepRequest(nudge.suggestion.id, nudge.id)]


def test_snooze_brings_the_nudge_back_later(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    with qtbot.assertNotEmitted(parts.controller.step_requested):
        parts.notifier.answer(nudge.id, NudgeAction.SNOOZE)

    assert parts.reminders.snoozed_until == NOW + timedelta(minutes=15)


def test_dismissing_lets_it_go_quietly(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    with qtbot.assertNotEmitted(parts.controller.step_requested):
        parts.notifier.answer(nudge.id, NudgeAction.DISMISSED)

    assert parts.reminders.snoozed_until is None
    assert parts.journal.count() == 0


def test_tray_request_opens_the_dialog_without_a_suggestion(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.controller.step_requested, timeout=1000) as blocker:
        parts.controller.request_step()

    assert blocker.args == [StepRequest()]


def test_record_keeps_the_step_and_thanks(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.controller.step_recorded, timeout=1000) as blocker:
        returned = parts.controller.record(StepDraft("walk", note="x"))

    recorded = blocker.args[0]
    assert isinstance(recorded, RecordedStep)
    assert recorded == returned
    assert recorded.acknowledgement in THANKS
    kept = list(parts.journal.iter_steps())
    assert len(kept) == 1
    assert (kept[0].kind, kept[0].note, kept[0].taken_at) == ("walk", "x", NOW)
    assert kept[0].id == recorded.step.id


def test_record_with_a_feeling_keeps_the_feeling(parts: Parts) -> None:
    parts.controller.record(StepDraft("rest", feeling=4))

    (kept,) = parts.journal.iter_steps()
    assert (kept.kind, kept.note, kept.feeling) == ("rest", None, 4)


def test_recording_an_answered_nudge_takes_the_notification_away(
    qtbot: QtBot, parts: Parts
) -> None:
    nudge = nudge_now(qtbot, parts)
    parts.notifier.answer(nudge.id, NudgeAction.OPEN)

    parts.controller.record(StepDraft(nudge.suggestion.id), nudge_id=nudge.id)

    assert parts.notifier.closed == [nudge.id]
    assert parts.journal.count() == 1


def test_unknown_kind_is_refused_and_nothing_is_kept(qtbot: QtBot, parts: Parts) -> None:
    parts.controller.record(StepDraft("walk"))

    with (
        qtbot.assertNotEmitted(parts.controller.step_recorded),
        pytest.raises(InputError, match="juggling"),
    ):
        parts.controller.record(StepDraft("juggling", note="three balls"))

    assert [s.kind for s in parts.journal.iter_steps()] == ["walk"]


def test_a_bad_feeling_is_refused_and_nothing_is_kept(parts: Parts) -> None:
    with pytest.raises(InputError):
        parts.controller.record(StepDraft("walk", feeling=9))

    assert parts.journal.count() == 0


def test_quitting_takes_open_nudges_away(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    parts.controller.close_open_nudges()

    assert parts.notifier.closed == [nudge.id]


def test_i_did_it_keeps_the_suggested_step_at_once(qtbot: QtBot, parts: Parts) -> None:
    nudge = nudge_now(qtbot, parts)

    with (
        qtbot.waitSignal(parts.controller.quick_recorded, timeout=1000) as blocker,
        qtbot.assertNotEmitted(parts.controller.step_requested),
    ):
        parts.notifier.answer(nudge.id, NudgeAction.DID_IT)

    (kept,) = parts.journal.iter_steps()
    assert kept.kind == nudge.suggestion.id
    assert blocker.args[0].step == kept
    assert blocker.args[0].acknowledgement in THANKS


def test_i_did_it_on_a_forgotten_nudge_opens_the_dialog(qtbot: QtBot, parts: Parts) -> None:
    with qtbot.waitSignal(parts.controller.step_requested, timeout=1000) as blocker:
        parts.notifier.answer("from-before-a-restart", NudgeAction.DID_IT)

    assert blocker.args == [StepRequest(None, "from-before-a-restart")]
    assert parts.journal.count() == 0


def test_a_quick_step_can_be_undone(qtbot: QtBot, parts: Parts) -> None:
    recorded = parts.controller.record(StepDraft("breathe"))

    with qtbot.waitSignal(parts.controller.step_undone, timeout=1000) as blocker:
        assert parts.controller.undo(recorded.step.id)

    assert blocker.args == [recorded.step.id]
    assert parts.journal.count() == 0
    with qtbot.assertNotEmitted(parts.controller.step_undone):
        assert not parts.controller.undo(recorded.step.id)
