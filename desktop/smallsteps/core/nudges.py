"""Choosing what a nudge says: a warm line and one suggested step.

Lines are never repeated twice in a row, and the suggestion varies too.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepKind, new_step_id


@dataclass(frozen=True)
class Nudge:
    """One gentle invitation, as shown in a notification.

    Attributes:
        id: unique id, so an answer can be matched to its nudge.
        title: the warm opening line.
        suggestion: the step it suggests.
        due_at: when it was due (its reminder time, or now).
    """

    id: str
    title: str
    suggestion: StepKind
    due_at: datetime

    @property
    def body(self) -> str:
        """The notification body: the suggested step, in plain words."""
        return self.suggestion.suggestion


class NudgePicker:
    """Picks nudge lines and suggestions, never the same line twice in a row.

    Args:
        lines: the warm lines to choose from (at least two).
        catalog: the steps that can be suggested.
        rng: the random source (seed it in tests).
        last_line: the line used last, e.g. from before a restart.
        welcome_lines: lines for a nudge that waited for the person to come back.
        habits: for a time, how many of each kind the person took around that time of
            day lately; suggestions lean a little towards those.
    """

    def __init__(
        self,
        lines: list[str],
        catalog: Catalog,
        rng: random.Random | None = None,
        last_line: str | None = None,
        welcome_lines: list[str] | None = None,
        habits: Callable[[datetime], Mapping[str, int]] | None = None,
    ) -> None:
        if len(set(lines)) < 2:
            raise ValueError("a nudge picker needs at least two different lines")
        self._lines = lines
        self._welcome = welcome_lines or lines
        self._habits = habits
        self._catalog = catalog
        self._rng = rng or random.Random()
        self.last_line = last_line
        self._last_kind: str | None = None

    def set_lines(self, lines: list[str], welcome_lines: list[str] | None = None) -> None:
        """Use other lines from now on (the language changed); the last line is kept."""
        if len(set(lines)) < 2:
            raise ValueError("a nudge picker needs at least two different lines")
        self._lines = lines
        self._welcome = welcome_lines or lines

    @property
    def catalog(self) -> Catalog:
        """The steps suggestions come from."""
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        self._catalog = catalog

    def pick(self, due_at: datetime, welcome_back: bool = False) -> Nudge:
        """Return a fresh nudge for this time (a "welcome back" one after time away)."""
        pool = self._welcome if welcome_back else self._lines
        line = self._rng.choice([ln for ln in pool if ln != self.last_line] or pool)
        self.last_line = line
        offered = list(self._catalog.visible) or list(self._catalog.kinds)
        kinds = [k for k in offered if k.id != self._last_kind] or offered
        taken = self._habits(due_at) if self._habits is not None else {}
        weights = [suggestion_weight(taken.get(k.id, 0)) for k in kinds]
        kind = self._rng.choices(kinds, weights=weights)[0]
        self._last_kind = kind.id
        return Nudge(id=new_step_id(), title=line, suggestion=kind, due_at=due_at)


def suggestion_weight(times_taken: int) -> float:
    """How much more often a step is suggested when the person often takes it then.

    A little more, never overwhelmingly: 1 for a step not taken lately, up to 4.
    """
    return 1.0 + 0.3 * min(max(times_taken, 0), 10)


def parse_lines(text: str) -> list[str]:
    """Return the usable lines of a texts file: no blanks, no ``#`` comments."""
    return [
        line.strip()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]


class NudgeAction(Enum):
    """What the person did with a nudge."""

    DID_IT = "did-it"
    OPEN = "open"
    SNOOZE = "snooze"
    DISMISSED = "dismissed"


@dataclass(frozen=True)
class NudgeAnswer:
    """The person's answer to a nudge, from whatever path showed it.

    Attributes:
        nudge_id: the `Nudge.id` answered.
        action: what they chose.
    """

    nudge_id: str
    action: NudgeAction
