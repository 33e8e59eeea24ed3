"""The default catalog of small steps, drawn from the kinds of steps people take."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from smallsteps.core.models import StepKind

DEFAULT_CATALOG: tuple[StepKind, ...] = (
    StepKind("breathe", "A few slow breaths", "breathe", "Three slow breaths, in and out."),
    StepKind("walk", "A short walk outside", "walk", "A few minutes outside, in the daylight."),
    StepKind("rest", "Rest", "rest", "Rest for a moment. Resting is a step too."),
    StepKind("journal", "A few lines in a journal", "journal", "A line or two about today."),
    StepKind(
        "reach_out", "Reaching out to someone", "reach_out", "A short message to someone you trust."
    ),
    StepKind("mindful", "A mindful pause", "mindful", "Notice five things you can see."),
    StepKind("routine", "Keeping a routine", "routine", "One small part of your usual routine."),
    StepKind("gratitude", "Gratitude", "gratitude", "One thing that was kind to you today."),
    StepKind("create", "Something creative", "create", "Ten minutes of making something."),
    StepKind("read", "Something uplifting to read", "read", "A page of something that lifts you."),
    StepKind(
        "support", "Asking for support", "support", "Asking for help is brave. One small ask."
    ),
)


class Catalog:
    """An ordered, read-only set of step kinds, looked up by id.

    Args:
        kinds: the kinds in the order the person sees them.
    """

    def __init__(self, kinds: Sequence[StepKind] = DEFAULT_CATALOG) -> None:
        self._kinds = tuple(kinds)
        self._by_id = {k.id: k for k in self._kinds}

    def __iter__(self) -> Iterator[StepKind]:
        return iter(self._kinds)

    def __len__(self) -> int:
        return len(self._kinds)

    def __contains__(self, kind_id: object) -> bool:
        return kind_id in self._by_id

    @property
    def kinds(self) -> tuple[StepKind, ...]:
        """All kinds, in display order."""
        return self._kinds

    @property
    def ids(self) -> tuple[str, ...]:
        """All kind ids, in display order."""
        return tuple(k.id for k in self._kinds)

    def get(self, kind_id: str) -> StepKind | None:
        """Return the kind with this id, or ``None``."""
        return self._by_id.get(kind_id)

    def label(self, kind_id: str) -> str:
        """Return the label for a kind id; unknown ids (from an old catalog) read as-is."""
        kind = self._by_id.get(kind_id)
        return kind.label if kind else kind_id.replace("_", " ").capitalize()
