"""The gentle voice in numbers: counts that read naturally and never compare downward."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallsteps.core.wording import Wording

ENGLISH = Wording()
small_steps, week_headline, growth_word = (
    ENGLISH.small_steps,
    ENGLISH.week_headline,
    ENGLISH.growth_word,
)

NEGATIVE = re.compile(
    r"\b(miss(ed)?|streak|fail\w*|less|fewer|only|behind|lost|broke\w*|down|should|"
    r"drop\w*|worse|bad)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 small steps"), (1, "1 small step"), (2, "2 small steps"), (11, "11 small steps")],
)
def test_small_steps_plural(count: int, text: str) -> None:
    assert small_steps(count) == text


def test_week_headline() -> None:
    assert week_headline(1) == "1 small step this week."
    assert week_headline(7) == "7 small steps this week."
    quiet = week_headline(0)
    assert "0" not in quiet
    assert "one small step is enough" in quiet


@pytest.mark.parametrize(("total", "previous"), [(0, 0), (3, 3), (2, 5), (0, 4), (1, 1)])
def test_no_growth_word_when_the_week_holds_fewer_or_as_many(total: int, previous: int) -> None:
    assert growth_word(total, previous) is None


def test_a_kind_word_when_the_week_grew() -> None:
    assert growth_word(5, 3) == "A little more than last week. It is adding up."
    assert growth_word(1, 0) == "Every one of these counts."


@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_wording_never_uses_negative_words(total: int, previous: int) -> None:
    texts = [small_steps(total), week_headline(total), growth_word(total, previous) or ""]
    for text in texts:
        assert not NEGATIVE.search(text), text
    assert (growth_word(total, previous) is None) == (total <= previous)
