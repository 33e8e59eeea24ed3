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

    def available(self) -> bool:
        """Return whether this path could show a nudge now (without showing one)."""
        return True

    def describe(self) -> str:
        """Return a short description of this path for the About page and the log."""
        return self.name

    def close(self, nudge_id: str) -> None:
        """Take the nudge away (it was answered elsewhere). Does nothing by default."""
        del nudge_id

    def inform(self, title: str, body: str) -> bool:
        """Show a short message that needs no answer; ``False`` if this path cannot."""
        del title, body
        return False

    @property
    def can_answer(self) -> bool:
        """Whether a nudge shown here can be answered from the notification itself."""
        return True
