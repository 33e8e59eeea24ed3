"""What every notification path offers: show a nudge, close it, report the answer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from smallsteps.core.nudges import Nudge, NudgeAnswer


class Notifier(QObject):
    """A way of showing nudges to the person.

    Subclasses implement `show` and `close`; `show` returns ``False`` when this path
    cannot serve right now, so the next path is tried.

    Signals:
        answered(NudgeAnswer): the person answered a nudge shown by this path.
    """

    answered = Signal(NudgeAnswer)
    name = "none"

    def show(self, nudge: Nudge) -> bool:
        """Show the nudge; return ``False`` if this path cannot serve now."""
        raise NotImplementedError

    def close(self, nudge_id: str) -> None:
        """Take the nudge away (it was answered elsewhere). Does nothing by default."""
        del nudge_id
