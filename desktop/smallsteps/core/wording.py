"""Short sentences built from numbers, in the app's gentle voice.

Numbers only ever count what was done. Nothing here compares downward, counts
days without a step, or hints at a target: a smaller number gets no comment.
"""

from __future__ import annotations

from typing import Literal

Period = Literal["week", "month", "year"]
"""The stretches of time the week window looks back over."""


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


def growth_word(total: int, previous_total: int, period: Period = "week") -> str | None:
    """Return a kind word when this period holds more steps than the last, else ``None``.

    Fewer steps than last time get no word at all: nothing here ever compares downward.

    Args:
        total: steps in this week (month, year).
        previous_total: steps in the one before.
        period: which stretch of time is meant.
    """
    if total > previous_total > 0:
        return f"A little more than last {period}. It is adding up."
    if total > previous_total:
        return "Every one of these counts."
    return None


def month_headline(total: int, month_name: str) -> str:
    """Return the month view's headline, e.g. ``"31 small steps in March 2026."``."""
    if total == 0:
        return "A quiet month in the journal. Quiet stretches are part of the way too."
    return f"{small_steps(total)} in {month_name}."


def year_headline(total: int, year: int) -> str:
    """Return the year view's headline, e.g. ``"1204 small steps in 2025."``."""
    if total == 0:
        return "A quiet year in the journal. Whenever you are ready, one small step is enough."
    return f"{small_steps(total)} in {year}."


def so_far(all_time: int) -> str:
    """Return the all-time count, which only ever grows: ``"412 small steps so far"``."""
    if all_time == 0:
        return "Your first small step will be counted here."
    return f"{small_steps(all_time)} so far."


def day_line(total: int) -> str:
    """Return how one day reads in the week window: ``"3 small steps"`` or a quiet day."""
    if total == 0:
        return "a quiet day"
    return small_steps(total)
