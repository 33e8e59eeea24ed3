"""The notification bridge: the first path that can show a nudge shows it; answers come back."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from gui.fakes import FakeNotifier
from smallsteps.core.catalog import DEFAULT_CATALOG
from smallsteps.core.nudges import Nudge, NudgeAction, NudgeAnswer
from smallsteps.platform.notify_bridge import NotificationBridge

NUDGE = Nudge(
    id="n-1",
    title="A small moment for you?",
    suggestion=DEFAULT_CATALOG[0],
    due_at=datetime(2030, 6, 4, 10, 30, tzinfo=ZoneInfo("Europe/Berlin")),
)


@pytest.fixture
def paths(qtbot: QtBot) -> tuple[FakeNotifier, FakeNotifier]:
    del qtbot
    return FakeNotifier("desktop", can_show=False), FakeNotifier("tray balloon")


def test_nothing_used_before_the_first_nudge(paths: tuple[FakeNotifier, FakeNotifier]) -> None:
    assert NotificationBridge(paths).used == "none yet"


def test_a_path_that_cannot_serve_is_passed_over(paths: tuple[FakeNotifier, FakeNotifier]) -> None:
    cannot, can = paths
    bridge = NotificationBridge([cannot, can])

    assert bridge.show(NUDGE)

    assert cannot.offered == [NUDGE]
    assert cannot.shown == []
    assert can.shown == [NUDGE]
    assert bridge.used == "tray balloon"


def test_the_best_path_is_used_when_it_can_serve(
    paths: tuple[FakeNotifier, FakeNotifier],
) -> None:
    best, fallback = paths
    best.can_show = True
    bridge = NotificationBridge([best, fallback])

    assert bridge.show(NUDGE)

    assert best.shown == [NUDGE]
    assert fallback.offered == []
    assert bridge.used == "desktop"


def test_the_bridge_goes_back_to_the_best_path_once_it_returns(
    paths: tuple[FakeNotifier, FakeNotifier],
) -> None:
    best, fallback = paths
    bridge = NotificationBridge([best, fallback])
    bridge.show(NUDGE)
    assert bridge.used == "tray balloon"

    best.can_show = True
    bridge.show(NUDGE)

    assert bridge.used == "desktop"


def test_when_no_path_can_serve_it_says_so(paths: tuple[FakeNotifier, FakeNotifier]) -> None:
    cannot, other = paths
    other.can_show = False
    bridge = NotificationBridge([cannot, other])

    assert not bridge.show(NUDGE)

    assert cannot.offered == [NUDGE]
    assert other.offered == [NUDGE]
    assert bridge.used == "none yet"


@pytest.mark.parametrize("which", [0, 1])
@pytest.mark.parametrize("action", list(NudgeAction))
def test_answers_from_any_path_are_forwarded(
    qtbot: QtBot,
    paths: tuple[FakeNotifier, FakeNotifier],
    which: int,
    action: NudgeAction,
) -> None:
    bridge = NotificationBridge(paths)
    bridge.show(NUDGE)

    with qtbot.waitSignal(bridge.answered, timeout=1000) as blocker:
        paths[which].answer(NUDGE.id, action)

    assert blocker.args == [NudgeAnswer(NUDGE.id, action)]


def test_each_answer_is_forwarded_once(
    qtbot: QtBot, paths: tuple[FakeNotifier, FakeNotifier]
) -> None:
    bridge = NotificationBridge(paths)
    answers: list[NudgeAnswer] = []
    bridge.answered.connect(answers.append)

    paths[1].answer(NUDGE.id, NudgeAction.OPEN)
    qtbot.wait(20)

    assert answers == [NudgeAnswer(NUDGE.id, NudgeAction.OPEN)]


def test_close_reaches_every_path(paths: tuple[FakeNotifier, FakeNotifier]) -> None:
    bridge = NotificationBridge(paths)
    bridge.show(NUDGE)

    bridge.close(NUDGE.id)

    assert [p.closed for p in paths] == [[NUDGE.id], [NUDGE.id]]
