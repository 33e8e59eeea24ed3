"""One notification bridge: tries each path in order until one can show the nudge."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from smallsteps.core.nudges import Nudge, NudgeAnswer
from smallsteps.platform.notify_base import Notifier

log = logging.getLogger(__name__)


class NotificationBridge(Notifier):
    """Shows each nudge on the first path that can serve, and forwards answers.

    Args:
        paths: the notifiers, best first.

    Signals:
        answered(NudgeAnswer): forwarded from whichever path showed the nudge.
    """

    name = "bridge"

    def __init__(self, paths: Sequence[Notifier]) -> None:
        super().__init__()
        self._paths = list(paths)
        self._used: Notifier | None = None
        for path in self._paths:
            path.answered.connect(self._on_path_answered)

    @property
    def used(self) -> str:
        """The name of the path that showed the last nudge (or ``"none yet"``)."""
        return self._used.name if self._used else "none yet"

    def show(self, nudge: Nudge) -> bool:
        """Show the nudge on the first path that can; ``False`` if none could."""
        for path in self._paths:
            if path.show(nudge):
                if path is not self._used:
                    log.info("nudges are shown through: %s", path.name)
                self._used = path
                return True
        log.warning("no way to show a nudge was found")
        return False

    def choose(self) -> str:
        """Find the path nudges will take now, log it once, and return its description."""
        for path in self._paths:
            if path.available():
                if path is not self._used:
                    log.info("nudges will be shown through: %s", path.describe())
                self._used = path
                return path.describe()
        return "none"

    @property
    def can_answer(self) -> bool:
        """Whether the last path used can be answered from the notification."""
        return self._used.can_answer if self._used else True

    def inform(self, title: str, body: str) -> bool:
        """Show a message on the path that showed the last nudge, or the first that can."""
        paths = ([self._used] if self._used else []) + [
            p for p in self._paths if p is not self._used
        ]
        return any(path.inform(title, body) for path in paths)

    def close(self, nudge_id: str) -> None:
        """Close the nudge on every path (it was answered elsewhere)."""
        for path in self._paths:
            path.close(nudge_id)

    def _on_path_answered(self, answer: NudgeAnswer) -> None:
        self.answered.emit(answer)
