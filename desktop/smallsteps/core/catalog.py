"""The catalog of small steps: the defaults, and the person's own.

The defaults are drawn from the kinds of steps people take. The person can add
their own, rename, choose an icon, reorder and hide steps; hidden steps stay in
their history (and in the week's chart) but are no longer offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from smallsteps.core.models import StepKind
from smallsteps.core.parsing import InputError

ICONS: tuple[str, ...] = (
    "breathe",
    "walk",
    "rest",
    "journal",
    "reach_out",
    "mindful",
    "routine",
    "gratitude",
    "create",
    "read",
    "support",
)
"""The icons a step can have (shipped SVG files)."""

MAX_STEPS = 40
MAX_LABEL = 60
_ID = re.compile(r"[a-z0-9_]{1,40}")

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
        """All kind ids, in display order (hidden ones too)."""
        return tuple(k.id for k in self._kinds)

    @property
    def visible(self) -> tuple[StepKind, ...]:
        """The kinds offered to the person (not hidden), in display order."""
        return tuple(k for k in self._kinds if not k.hidden)

    def get(self, kind_id: str) -> StepKind | None:
        """Return the kind with this id, or ``None``."""
        return self._by_id.get(kind_id)

    def label(self, kind_id: str) -> str:
        """Return the label for a kind id; unknown ids (from an old catalog) read as-is."""
        kind = self._by_id.get(kind_id)
        return kind.label if kind else kind_id.replace("_", " ").capitalize()


def check_catalog(kinds: Sequence[StepKind]) -> tuple[StepKind, ...]:
    """Check the person's catalog.

    Raises:
        InputError: with a one-line message for the person.
    """
    if not 1 <= len(kinds) <= MAX_STEPS:
        raise InputError(f"Up to {MAX_STEPS} steps can be kept.")
    seen: set[str] = set()
    for kind in kinds:
        if not _ID.fullmatch(kind.id) or kind.id in seen:
            raise InputError(f"“{kind.id[:40]}” cannot name a step twice or with odd letters.")
        seen.add(kind.id)
        label = kind.label.strip()
        if not label or len(label) > MAX_LABEL or not label.isprintable():
            raise InputError(f"A step's name is 1 to {MAX_LABEL} letters on one line.")
        if kind.icon not in ICONS:
            raise InputError(f"“{kind.icon[:40]}” is not one of the icons.")
    if all(k.hidden for k in kinds):
        raise InputError("At least one step stays in the list.")
    return tuple(kinds)


def new_kind(label: str, existing: Sequence[StepKind], icon: str = "mindful") -> StepKind:
    """Return a new step of the person's own, with an id not used before.

    Raises:
        InputError: the name is empty or too long.
    """
    name = " ".join(label.split())
    if not name or len(name) > MAX_LABEL:
        raise InputError(f"A step's name is 1 to {MAX_LABEL} letters.")
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "step"
    taken = {k.id for k in existing}
    candidate, number = f"own_{base}", 2
    while candidate in taken:
        candidate, number = f"own_{base}_{number}", number + 1
    return StepKind(candidate, name, icon, f"A small step of your own: {name}.")
