"""Short sentences built from numbers, in the app's gentle voice.

Numbers only ever count what was done. Nothing here compares downward, counts
days without a step, or hints at a target: a smaller number gets no comment.
Every sentence is translatable (see `smallsteps.core.i18n`).
"""

from __future__ import annotations

from typing import Literal

from smallsteps.core.i18n import Texts

Period = Literal["week", "month", "year"]
"""The stretches of time the week window looks back over."""


class Wording(Texts):
    """The sentences, in the language of the given translate function."""

    def small_steps(self, count: int) -> str:
        """Return e.g. ``"1 small step"`` or ``"4 small steps"``."""
        return self.tr("%n small step(s)", "", count)

    def minutes(self, count: int) -> str:
        """Return e.g. ``"1 minute"`` or ``"15 minutes"``."""
        return self.tr("%n minute(s)", "", count)

    def week_headline(self, total: int) -> str:
        """Return the week window's headline for a week with ``total`` steps."""
        if total == 0:
            return self.tr("A quiet week so far. Whenever you are ready, one small step is enough.")
        return self.tr("%n small step(s) this week.", "", total)

    def growth_word(self, total: int, previous_total: int, period: Period = "week") -> str | None:
        """Return a kind word when this period holds more steps than the last, else ``None``.

        Fewer steps than last time get no word at all: nothing here ever compares downward.

        Args:
            total: steps in this week (month, year).
            previous_total: steps in the one before.
            period: which stretch of time is meant.
        """
        if total > previous_total > 0:
            if period == "month":
                return self.tr("A little more than last month. It is adding up.")
            if period == "year":
                return self.tr("A little more than last year. It is adding up.")
            return self.tr("A little more than last week. It is adding up.")
        if total > previous_total:
            return self.tr("Every one of these counts.")
        return None

    def month_headline(self, total: int, month_name: str) -> str:
        """Return the month view's headline, e.g. ``"31 small steps in March 2026."``."""
        if total == 0:
            return self.tr("A quiet month in the journal. Quiet stretches are part of the way too.")
        return self.tr("%n small step(s) in {month}.", "", total).format(month=month_name)

    def year_headline(self, total: int, year: int) -> str:
        """Return the year view's headline, e.g. ``"1204 small steps in 2025."``."""
        if total == 0:
            return self.tr(
                "A quiet year in the journal. Whenever you are ready, one small step is enough."
            )
        return self.tr("%n small step(s) in {year}.", "", total).format(year=year)

    def so_far(self, all_time: int) -> str:
        """Return the all-time count, which only ever grows: ``"412 small steps so far"``."""
        if all_time == 0:
            return self.tr("Your first small step will appear here.")
        return self.tr("%n small step(s) so far.", "", all_time)

    def day_line(self, total: int) -> str:
        """Return how one day reads in the week window: ``"3 small steps"`` or a quiet day."""
        if total == 0:
            return self.tr("a quiet day")
        return self.small_steps(total)
