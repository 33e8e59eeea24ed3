"""The controller that turns nudges and answers into recorded steps.

It picks what a nudge says, hands it to the notification bridge, and reacts to
the answer: open the step dialog, snooze, or let it go without a word.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from smallsteps.core.catalog import Catalog
from smallsteps.core.clock import Clock
from smallsteps.core.models import Step, StepDraft
from smallsteps.core.nudges import Nudge, NudgeAction, NudgeAnswer, NudgePicker
from smallsteps.core.parsing import InputError
from smallsteps.core.recording import build_step
from smallsteps.platform.notify_base import Notifier
from smallsteps.services.presence import NudgeGate, ReleasedNudge
from smallsteps.services.reminders import ReminderService
from smallsteps.storage.journal import Journal, JournalError, NotesLockedError
from smallsteps.storage.keys import KeyManager

log = logging.getLogger(__name__)

RETRY_MS = 10_000
"""How often a step that could not be written is tried again."""


@dataclass(frozen=True)
class StepRequest:
    """The person wants to record a step (from a nudge, the tray, or a second start).

    Attributes:
        suggested: the kind to preselect, or ``None``.
        nudge_id: the nudge that led here, if any.
    """

    suggested: str | None = None
    nudge_id: str | None = None


@dataclass(frozen=True)
class KeptLater:
    """A step that waited (the disk was full, say) has now been saved.

    Attributes:
        token: the number `keep_for_later` gave it.
        recorded: the step as kept.
    """

    token: int
    recorded: RecordedStep


@dataclass(frozen=True)
class RecordedStep:
    """A step was kept.

    Attributes:
        step: the step as kept in the journal.
        acknowledgement: a kind one-line thank-you to show.
    """

    step: Step
    acknowledgement: str


class StepController(QObject):
    """Connects reminders, notifications and the journal.

    Args:
        journal: where steps are kept.
        catalog: the steps that exist.
        picker: chooses what nudges say.
        thanks: the acknowledgement lines.
        clock: the source of "now".
        reminders: the schedule, to snooze.
        gate: holds nudges while the person is away or busy.
        notifier: the notification bridge.
        keys: opens the journal's notes (from the keyring) when a note is kept.

    Signals:
        step_requested(StepRequest): open the step dialog.
        step_recorded(RecordedStep): a step was committed to the journal.
        kept_later(KeptLater): a step that had to wait for room is now committed.
        quick_recorded(RecordedStep): "I did it" on a nudge kept its suggested step.
        step_undone(str): the step with this id was taken back out of the journal.
        nudge_shown(Nudge): a nudge went out.
    """

    step_requested = Signal(StepRequest)
    step_recorded = Signal(RecordedStep)
    kept_later = Signal(KeptLater)
    quick_recorded = Signal(RecordedStep)
    step_undone = Signal(str)
    nudge_shown = Signal(Nudge)

    def __init__(
        self,
        journal: Journal,
        catalog: Catalog,
        picker: NudgePicker,
        thanks: list[str],
        clock: Clock,
        reminders: ReminderService,
        gate: NudgeGate,
        notifier: Notifier,
        *,
        keys: KeyManager | None = None,
    ) -> None:
        super().__init__()
        self._journal = journal
        self._catalog = catalog
        self._picker = picker
        self.thanks = thanks
        """The thank-you lines, in the app's language (replaced when it changes)."""
        self._clock = clock
        self._reminders = reminders
        self._notifier = notifier
        self._keys = keys
        self._pending: dict[int, tuple[StepDraft, str | None]] = {}
        self._next_token = 1
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)
        self._rng = random.Random()
        self._open_nudges: dict[str, Nudge] = {}
        reminders.nudge_due.connect(gate.offer)
        gate.released.connect(self._on_gate_released)
        notifier.answered.connect(self._on_notifier_answered)

    @property
    def catalog(self) -> Catalog:
        """The steps that exist."""
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._picker.catalog = catalog

    def _on_gate_released(self, released: ReleasedNudge) -> None:
        self.send_nudge(released.due.due_at, released.welcome_back)

    def send_nudge(self, due_at: datetime, welcome_back: bool = False) -> Nudge:
        """Show a fresh nudge now."""
        nudge = self._picker.pick(due_at, welcome_back)
        self._open_nudges = {nudge.id: nudge}
        shown = self._notifier.show(nudge)
        log.info("nudge shown=%s (suggests %s)", shown, nudge.suggestion.id)
        self.nudge_shown.emit(nudge)
        return nudge

    def _on_notifier_answered(self, answer: NudgeAnswer) -> None:
        nudge = self._open_nudges.pop(answer.nudge_id, None)
        log.info("nudge answered: %s", answer.action.value)
        suggested = nudge.suggestion.id if nudge else None
        if answer.action is NudgeAction.DID_IT and suggested is not None:
            try:
                recorded = self.record(StepDraft(suggested))
            except (InputError, JournalError) as exc:
                log.warning("quick step not kept (%s); opening the dialog", exc)
                self.step_requested.emit(StepRequest(suggested, answer.nudge_id))
                return
            self.quick_recorded.emit(recorded)
        elif answer.action in (NudgeAction.OPEN, NudgeAction.DID_IT):
            self.step_requested.emit(StepRequest(suggested, answer.nudge_id))
        elif answer.action is NudgeAction.SNOOZE:
            self._reminders.snooze()

    def close_open_nudges(self) -> None:
        """Take every shown nudge away (at quit), so none is left without an answer."""
        for nudge_id in list(self._open_nudges):
            self._notifier.close(nudge_id)
        self._open_nudges.clear()

    def keep_for_later(self, draft: StepDraft, nudge_id: str | None = None) -> int:
        """Hold a step that could not be written, and try again until it can be.

        The time is fixed now, so the step keeps the moment it was taken.

        Returns:
            A token that `kept_later` will carry when it is saved.
        """
        token = self._next_token
        self._next_token += 1
        self._pending[token] = (
            replace(draft, taken_at=draft.taken_at or self._clock.now()),
            nudge_id,
        )
        log.warning("a step waits to be saved (%d waiting)", len(self._pending))
        self._retry.start()
        return token

    @property
    def pending(self) -> int:
        """How many steps wait to be saved."""
        return len(self._pending)

    def retry_pending(self) -> None:
        """Try again to save the steps that are waiting."""
        for token, (draft, nudge_id) in list(self._pending.items()):
            try:
                recorded = self.record(draft, nudge_id)
            except JournalError:
                return  # still no room; try again later
            del self._pending[token]
            log.info("a waiting step is saved now")
            self.kept_later.emit(KeptLater(token, recorded))
        if not self._pending:
            self._retry.stop()

    def undo(self, step_id: str) -> bool:
        """Take a just-recorded step back out of the journal.

        Raises:
            JournalError: the journal could not be written (message for the person).
        """
        removed = self._journal.delete(step_id)
        if removed:
            log.info("step undone")
            self.step_undone.emit(step_id)
        return removed

    def request_step(self) -> None:
        """Open the step dialog without a nudge (tray, menu, second start)."""
        self.step_requested.emit(StepRequest())

    def record(self, draft: StepDraft, nudge_id: str | None = None) -> RecordedStep:
        """Keep a step; returns only after it is committed.

        Raises:
            InputError: the draft cannot be used (message for the person).
            JournalError: the journal could not be written (message for the person).
        """
        step = build_step(draft, self._catalog, self._clock.now())
        if (step.note is not None or step.feeling is not None) and self._journal.locked:
            reason = self._keys.try_unlock() if self._keys is not None else "No key."
            if reason is not None:
                raise NotesLockedError(reason)
        self._journal.add(step)
        log.info("step recorded: %s", step.kind)
        if nudge_id is not None:
            self._notifier.close(nudge_id)
            self._open_nudges.pop(nudge_id, None)
        recorded = RecordedStep(step, self._rng.choice(self.thanks))
        self.step_recorded.emit(recorded)
        return recorded
