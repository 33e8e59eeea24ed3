"""Texts marked for translation in the Qt-free core, and the English they fall back to."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallsteps.core.catalog import DEFAULT_CATALOG, delocalized, localized, new_kind
from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Filled, english, error_text, spoken
from smallsteps.core.parsing import InputError, parse_time
from smallsteps.core.settings import Settings, SettingsError, settings_from_dict
from smallsteps.core.wording import Wording


def shouting(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in translation: upper case, with plurals the English way."""
    text = english(context, source, disambiguation, n)
    return re.sub(r"[^{}]+(?=\{|$)|[^{}]+(?=$)", lambda m: m.group(0).upper(), text)


@pytest.mark.parametrize(
    ("count", "text"),
    [(0, "0 small steps"), (1, "1 small step"), (2, "2 small steps"), (21, "21 small steps")],
)
def test_english_plurals_come_from_the_marks_in_the_source(count: int, text: str) -> None:
    assert english("Wording", "%n small step(s)", None, count) == text


def test_a_text_without_a_count_is_left_exactly_as_written() -> None:
    assert english("Any", "Rest (s) is fine %n") == "Rest (s) is fine %n"


def test_a_phrase_is_its_english_text_and_translates_when_shown() -> None:
    phrase = QT_TRANSLATE_NOOP("Input", "Hello, {name}.")
    assert phrase == "Hello, {name}."
    assert phrase.context == "Input"
    assert phrase.render(shouting, name="Ana") == "HELLO, Ana."
    filled = phrase.fill(name="Ana")
    assert isinstance(filled, Filled)
    assert filled == "Hello, Ana."
    assert spoken(filled, shouting) == "HELLO, Ana."
    assert spoken("plain words from the system", shouting) == "plain words from the system"


def test_a_translation_that_breaks_its_fields_shows_the_english_instead() -> None:
    def broken(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "Hallo {nom}"

    assert QT_TRANSLATE_NOOP("Input", "Hello, {name}.").render(broken, name="Ana") == "Hello, Ana."


def test_an_input_error_reads_english_and_translates_for_a_dialog() -> None:
    with pytest.raises(InputError) as caught:
        parse_time("25:00")
    assert str(caught.value) == "“25:00” is not a time of day; please use 00:00 to 23:59."
    assert (
        caught.value.message(shouting) == "“25:00” IS NOT A TIME OF DAY; PLEASE USE 00:00 TO 23:59."
    )


def test_a_settings_error_built_from_another_error_keeps_its_translation() -> None:
    with pytest.raises(SettingsError) as caught:
        settings_from_dict({"steps": []})
    assert error_text(caught.value, shouting) == error_text(caught.value).upper()


def test_wording_asks_its_translate_function_for_every_sentence() -> None:
    words = Wording(shouting)
    assert words.small_steps(1) == "1 SMALL STEP"
    assert words.so_far(3) == "3 SMALL STEPS SO FAR."
    assert words.month_headline(2, "May 2026") == "2 SMALL STEPS IN May 2026."
    assert words.day_line(0) == "A QUIET DAY"


def test_default_steps_show_translated_and_are_kept_in_english() -> None:
    shown = localized(DEFAULT_CATALOG, shouting)
    assert shown[0].label == DEFAULT_CATALOG[0].label.upper()
    assert shown[0].suggestion == DEFAULT_CATALOG[0].suggestion.upper()
    assert delocalized(shown, shouting) == DEFAULT_CATALOG


def test_a_renamed_default_step_is_the_persons_own_words_in_every_language() -> None:
    renamed = (DEFAULT_CATALOG[0].__class__("breathe", "Breathing with Mo", "breathe", "x"),)
    assert localized(renamed, shouting) == renamed
    assert delocalized(renamed, shouting) == renamed


def test_an_own_steps_suggestion_follows_the_language_but_its_name_does_not() -> None:
    own = new_kind("Tea in the garden", DEFAULT_CATALOG)
    (shown,) = localized((own,), shouting)
    assert shown.label == "Tea in the garden"
    assert shown.suggestion == "A SMALL STEP OF YOUR OWN: Tea in the garden."
    assert delocalized((shown,), shouting) == (own,)


@given(st.text(max_size=20))
def test_the_language_setting_takes_a_code_or_nothing(code: str) -> None:
    valid = re.fullmatch(r"(?:[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})?)?", code) is not None
    if valid:
        assert Settings(language=code).language == code
    else:
        with pytest.raises(SettingsError, match="is a language code like de or en, or empty"):
            Settings(language=code)
