"""Short sentences built from numbers, in the app's gentle voice."""

from __future__ import annotations


def small_steps(count: int) -> str:
    """Return e.g. ``"1 small step"`` or ``"4 small steps"``."""
    return f"{count} small step" if count == 1 else f"{count} small steps"


def minutes(count: int) -> str:
    """Return e.g. ``"1 minute"`` or ``"15 minutes"``."""
    return f"{count} minute" if count == 1 else f"{count} minutes"


def week_headline(total: int) -> str:
    """Return the week window's headline for a week with ``total`` steps."""
    if total == 0:
        return "A quiet week so far. Whenever you are ready, one small step is enough."
    return f"{small_steps(total)} this week."


def growth_word(total: int, previous_total: int) -> str | None:
    """Return a kind word when this week holds more steps than the last, else ``None``.

    Fewer steps than last week get no word at all: nothing here ever compares downward.
    """
    if total > previous_total > 0:
        return "A little more than last week. It is adding up."
    if total > previous_total:
        return "Every one of these counts."
    return None
