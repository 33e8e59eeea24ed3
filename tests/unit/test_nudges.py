"""Nudges vary: never the same line, never the same suggestion, twice in a row."""

from __future__ import annotations

import itertools
import random
from datetime import UTC, datetime

import pytest

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepKind
from smallsteps.core.nudges import NudgePicker, parse_lines

DUE = datetime(2026, 11, 28, 10, 30, tzinfo=UTC)
LINES = [f"A gentle line number {i}." for i in range(6)]


def test_five_hundred_picks_never_repeat_a_line_or_a_kind_back_to_back() -> None:
    picker = NudgePicker(LINES, Catalog(), rng=random.Random(20261128))
    nudges = [picker.pick(DUE) for _ in range(500)]
    titles = [n.title for n in nudges]
    kinds = [n.suggestion.id for n in nudges]
    assert all(a != b for a, b in itertools.pairwise(titles))
    assert all(a != b for a, b in itertools.pairwise(kinds))
    # and they do vary: every line and every kind comes up
    assert set(titles) == set(LINES)
    assert set(kinds) == set(Catalog().ids)


def test_two_lines_simply_alternate() -> None:
    picker = NudgePicker(["one", "two"], Catalog(), rng=random.Random(1))
    titles = [picker.pick(DUE).title for _ in range(20)]
    assert titles[0::2] == [titles[0]] * 10
    assert titles[1::2] == [titles[1]] * 10
    assert {titles[0], titles[1]} == {"one", "two"}


def test_last_line_from_before_a_restart_is_not_repeated() -> None:
    for seed in range(50):
        picker = NudgePicker(["one", "two"], Catalog(), rng=random.Random(seed), last_line="one")
        assert picker.pick(DUE).title == "two"


def test_a_nudge_carries_its_time_a_fresh_id_and_the_suggestion_text() -> None:
    picker = NudgePicker(LINES, Catalog(), rng=random.Random(3))
    first, second = picker.pick(DUE), picker.pick(DUE)
    assert first.due_at == DUE
    assert first.id != second.id
    assert first.title in LINES
    assert first.body == first.suggestion.suggestion
    assert first.suggestion in Catalog().kinds


def test_welcome_back_nudges_use_the_welcome_lines_and_never_repeat() -> None:
    welcome = ["Welcome back, gently.", "Hello again.", "Good to see you."]
    picker = NudgePicker(LINES, Catalog(), rng=random.Random(11), welcome_lines=welcome)
    nudges = [picker.pick(DUE, welcome_back=i % 3 == 0) for i in range(300)]
    for i, nudge in enumerate(nudges):
        assert nudge.title in (welcome if i % 3 == 0 else LINES)
    titles = [n.title for n in nudges]
    kinds = [n.suggestion.id for n in nudges]
    assert all(a != b for a, b in itertools.pairwise(titles))
    assert all(a != b for a, b in itertools.pairwise(kinds))


def test_a_one_kind_catalog_still_suggests_that_kind() -> None:
    only = Catalog([StepKind("rest", "Rest", "rest", "Rest a moment.")])
    picker = NudgePicker(LINES, only, rng=random.Random(5))
    assert {picker.pick(DUE).suggestion.id for _ in range(5)} == {"rest"}


@pytest.mark.parametrize("lines", [[], ["only one line"]])
def test_a_picker_needs_at_least_two_lines(lines: list[str]) -> None:
    with pytest.raises(ValueError, match="at least two"):
        NudgePicker(lines, Catalog())


def test_a_picker_needs_two_different_lines() -> None:
    # Two copies of one line cannot avoid a repeat: refuse them up front, rather than
    # failing on the second nudge.
    with pytest.raises(ValueError, match="at least two"):
        NudgePicker(["same", "same"], Catalog(), rng=random.Random(0))


def test_parse_lines_skips_comments_and_blank_lines() -> None:
    text = (
        "# a comment about the file\n"
        "\n"
        "  First line.  \n"
        "   # an indented comment\n"
        "\t\n"
        "Second line, with a # inside.\n"
        "Third line.\r\n"
        "#\n"
    )
    assert parse_lines(text) == ["First line.", "Second line, with a # inside.", "Third line."]


def test_parse_lines_of_nothing_is_empty() -> None:
    assert parse_lines("") == []
    assert parse_lines("# only\n\n# comments\n") == []
