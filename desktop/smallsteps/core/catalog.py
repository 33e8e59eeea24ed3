"""The catalog of small steps: the defaults, and the person's own.

The defaults are drawn from the kinds of steps people take. The person can add
their own, rename, choose an icon, reorder and hide steps; hidden steps stay in
their history (and in the week's chart) but are no longer offered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translate
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

_DEFAULT_TEXTS: dict[str, tuple[Phrase, Phrase]] = {
    "breathe": (
        QT_TRANSLATE_NOOP("Steps", "A few slow breaths"),
        QT_TRANSLATE_NOOP("Steps", "Three slow breaths, in and out."),
    ),
    "walk": (
        QT_TRANSLATE_NOOP("Steps", "A short walk outside"),
        QT_TRANSLATE_NOOP("Steps", "A few minutes outside, in the daylight."),
    ),
    "rest": (
        QT_TRANSLATE_NOOP("Steps", "Rest"),
        QT_TRANSLATE_NOOP("Steps", "Rest for a moment. Resting is a step too."),
    ),
    "journal": (
        QT_TRANSLATE_NOOP("Steps", "A few lines in a journal"),
        QT_TRANSLATE_NOOP("Steps", "A line or two about today."),
    ),
    "reach_out": (
        QT_TRANSLATE_NOOP("Steps", "Reaching out to someone"),
        QT_TRANSLATE_NOOP("Steps", "A short message to someone you trust."),
    ),
    "mindful": (
        QT_TRANSLATE_NOOP("Steps", "A mindful pause"),
        QT_TRANSLATE_NOOP("Steps", "Notice five things you can see."),
    ),
    "routine": (
        QT_TRANSLATE_NOOP("Steps", "Keeping a routine"),
        QT_TRANSLATE_NOOP("Steps", "One small part of your usual routine."),
    ),
    "gratitude": (
        QT_TRANSLATE_NOOP("Steps", "Gratitude"),
        QT_TRANSLATE_NOOP("Steps", "One thing that was kind to you today."),
    ),
    "create": (
        QT_TRANSLATE_NOOP("Steps", "Something creative"),
        QT_TRANSLATE_NOOP("Steps", "Ten minutes of making something."),
    ),
    "read": (
        QT_TRANSLATE_NOOP("Steps", "Something uplifting to read"),
        QT_TRANSLATE_NOOP("Steps", "A page of something that lifts you."),
    ),
    "support": (
        QT_TRANSLATE_NOOP("Steps", "Asking for support"),
        QT_TRANSLATE_NOOP("Steps", "Asking for help is brave. One small ask."),
    ),
}
"""The default steps' names and suggestions, in English and marked for translation."""

_OWN_SUGGESTION = QT_TRANSLATE_NOOP("Steps", "A small step of your own: {name}.")

DEFAULT_CATALOG: tuple[StepKind, ...] = tuple(
    StepKind(kind_id, label.source, kind_id, suggestion.source)
    for kind_id, (label, suggestion) in _DEFAULT_TEXTS.items()
)
"""The steps a new journal starts with (each default step's icon shares its id)."""


def localized(kinds: Sequence[StepKind], translate: Translate) -> tuple[StepKind, ...]:
    """Return the kinds as the person reads them: default texts in their language.

    A default step keeps the English texts in the settings file; only the ones
    the person has not renamed (or re-worded) are translated. `delocalized` undoes it.
    """
    result = []
    for kind in kinds:
        label, suggestion = kind.label, kind.suggestion
        texts = _DEFAULT_TEXTS.get(kind.id)
        if texts is not None:
            if label == texts[0].source:
                label = texts[0].render(translate)
            if suggestion == texts[1].source:
                suggestion = texts[1].render(translate)
        elif suggestion == _OWN_SUGGESTION.render(name=label):
            suggestion = _OWN_SUGGESTION.render(translate, name=label)
        result.append(replace(kind, label=label, suggestion=suggestion))
    return tuple(result)


def delocalized(kinds: Sequence[StepKind], translate: Translate) -> tuple[StepKind, ...]:
    """Return the kinds as they are kept: untouched default texts back in English.

    So the settings file does not depend on the language the app was in when the
    person last saved.
    """
    result = []
    for kind in kinds:
        label, suggestion = kind.label, kind.suggestion
        texts = _DEFAULT_TEXTS.get(kind.id)
        if texts is not None:
            if label == texts[0].render(translate):
                label = texts[0].source
            if suggestion == texts[1].render(translate):
                suggestion = texts[1].source
        elif suggestion == _OWN_SUGGESTION.render(translate, name=label):
            suggestion = _OWN_SUGGESTION.render(name=label)
        result.append(replace(kind, label=label, suggestion=suggestion))
    return tuple(result)


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
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "Up to {count} steps can be kept."), count=MAX_STEPS
        )
    seen: set[str] = set()
    for kind in kinds:
        if not _ID.fullmatch(kind.id) or kind.id in seen:
            raise InputError(
                QT_TRANSLATE_NOOP("Input", "“{id}” cannot name a step twice or with odd letters."),
                id=kind.id[:40],
            )
        seen.add(kind.id)
        label = kind.label.strip()
        if not label or len(label) > MAX_LABEL or not label.isprintable():
            raise InputError(
                QT_TRANSLATE_NOOP("Input", "A step’s name is 1 to {count} letters on one line."),
                count=MAX_LABEL,
            )
        if kind.icon not in ICONS:
            raise InputError(
                QT_TRANSLATE_NOOP("Input", "“{icon}” is not one of the icons."), icon=kind.icon[:40]
            )
    if all(k.hidden for k in kinds):
        raise InputError(QT_TRANSLATE_NOOP("Input", "At least one step stays in the list."))
    return tuple(kinds)


def new_kind(label: str, existing: Sequence[StepKind], icon: str = "mindful") -> StepKind:
    """Return a new step of the person's own, with an id not used before.

    Raises:
        InputError: the name is empty or too long.
    """
    name = " ".join(label.split())
    if not name or len(name) > MAX_LABEL:
        raise InputError(
            QT_TRANSLATE_NOOP("Input", "A step’s name is 1 to {count} letters."), count=MAX_LABEL
        )
    base = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:30] or "step"
    taken = {k.id for k in existing}
    candidate, number = f"own_{base}", 2
    while candidate in taken:
        candidate, number = f"own_{base}_{number}", number + 1
    return StepKind(candidate, name, icon, _OWN_SUGGESTION.render(name=name))
