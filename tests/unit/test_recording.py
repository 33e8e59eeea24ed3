"""A draft becomes a step to keep, or one clear line saying why not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepDraft
from smallsteps.core.parsing import InputError
from smallsteps.core.recording import MAX_NOTE_CHARS, build_step

NOW = datetime(2026, 11, 28, 9, 15, tzinfo=timezone(timedelta(hours=1)))


def test_a_plain_draft_becomes_a_step_taken_now() -> None:
    step = build_step(StepDraft("walk"), Catalog(), NOW)
    assert step.kind == "walk"
    assert step.taken_at == NOW
    assert step.note is None
    assert step.feeling is None
    assert len(step.id) == 32
    assert build_step(StepDraft("walk"), Catalog(), NOW).id != step.id


def test_a_draft_with_its_own_time_keeps_it() -> None:
    when = datetime(2026, 11, 27, 22, 0, tzinfo=UTC)
    step = build_step(StepDraft("rest", taken_at=when), Catalog(), NOW)
    assert step.taken_at == when


def test_an_unknown_kind_lists_the_kinds() -> None:
    with pytest.raises(InputError) as caught:
        build_step(StepDraft("jog"), Catalog(), NOW)
    message = str(caught.value)
    assert "“jog” is not one of the steps" in message
    for kind_id in Catalog().ids:
        assert kind_id in message
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize("feeling", [1, 2, 3, 4, 5])
def test_feelings_one_to_five_are_kept(feeling: int) -> None:
    assert build_step(StepDraft("walk", feeling=feeling), Catalog(), NOW).feeling == feeling


@pytest.mark.parametrize("feeling", [0, 6, -1, 100])
def test_feelings_outside_one_to_five_are_refused(feeling: int) -> None:
    with pytest.raises(InputError, match=r"A feeling is a number from 1 to 5\."):
        build_step(StepDraft("walk", feeling=feeling), Catalog(), NOW)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("  around the block \n", "around the block"),
        ("line one\nline two", "line one\nline two"),
        ("", None),
        ("   \n\t", None),
        (None, None),
        ("a\x00b", "ab"),
        ("Spaziergang 🌳 مشي", "Spaziergang 🌳 مشي"),
    ],
)
def test_notes_are_stripped_and_empty_notes_are_none(note: str | None, kept: str | None) -> None:
    assert build_step(StepDraft("walk", note=note), Catalog(), NOW).note == kept


@pytest.mark.parametrize(("note", "kept"), [("\x00", None), (" \x00 ", None), ("\x00 hi ", "hi")])
def test_a_note_is_clean_after_nul_characters_are_removed(note: str, kept: str | None) -> None:
    # NUL is removed after stripping: a note of only NUL must not become "".
    assert build_step(StepDraft("walk", note=note), Catalog(), NOW).note == kept


def test_a_very_long_note_is_refused_and_the_limit_is_fine() -> None:
    at_limit = build_step(StepDraft("journal", note="x" * MAX_NOTE_CHARS), Catalog(), NOW)
    assert at_limit.note is not None
    assert len(at_limit.note) == MAX_NOTE_CHARS
    with pytest.raises(InputError, match="very long"):
        build_step(StepDraft("journal", note="x" * (MAX_NOTE_CHARS + 1)), Catalog(), NOW)


def test_a_time_without_a_zone_is_refused() -> None:
    naive = datetime(2026, 11, 28, 9, 15)  # no zone: the point of the test
    with pytest.raises(InputError, match="needs a time zone"):
        build_step(StepDraft("walk", taken_at=naive), Catalog(), NOW)
    with pytest.raises(InputError, match="needs a time zone"):
        build_step(StepDraft("walk"), Catalog(), naive)


def test_a_note_that_cannot_be_stored_as_text_is_refused() -> None:
    # A lone surrogate (e.g. from undecodable command-line bytes) cannot be written as
    # UTF-8; it must be refused (or repaired) here, not crash the journal later.
    try:
        step = build_step(StepDraft("walk", note="caf\udce9"), Catalog(), NOW)
    except InputError:
        return
    assert step.note is not None
    step.note.encode("utf-8")
