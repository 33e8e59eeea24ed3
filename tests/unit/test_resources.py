"""The shipped texts and icons: enough of them, short, kind, and all present."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from smallsteps.core.catalog import Catalog
from smallsteps.core.resources import icon_path, text_lines

SCOLDING = re.compile(r"\b(streaks?|missed|you forgot|fail(ed|ure)?|should)\b", re.IGNORECASE)
SVG_ROOT = "{http://www.w3.org/2000/svg}svg"


def test_there_are_plenty_of_different_nudge_lines() -> None:
    lines = text_lines("nudges")
    assert len(lines) >= 30
    assert len(set(lines)) == len(lines)


def test_nudge_lines_are_short_enough_for_a_notification() -> None:
    too_long = [line for line in text_lines("nudges") if len(line) > 90]
    assert too_long == []


@pytest.mark.parametrize("name", ["nudges", "thanks", "welcome_back"])
def test_no_shipped_text_scolds(name: str) -> None:
    scolding = [line for line in text_lines(name) if SCOLDING.search(line)]
    assert scolding == []


@pytest.mark.parametrize("name", ["nudges", "thanks", "welcome_back"])
def test_shipped_texts_hold_no_comments_or_blank_lines(name: str) -> None:
    for line in text_lines(name):
        assert line == line.strip()
        assert line
        assert not line.startswith("#")


def test_there_are_plenty_of_different_thanks() -> None:
    lines = text_lines("thanks")
    assert len(lines) >= 20
    assert len(set(lines)) == len(lines)


def test_welcome_back_never_counts_the_days_away() -> None:
    lines = text_lines("welcome_back")
    assert lines
    assert not [line for line in lines if re.search(r"\d|\bdays?\b", line)]


def test_an_unknown_locale_falls_back_to_english() -> None:
    assert text_lines("nudges", "xx_YY") == text_lines("nudges")
    assert text_lines("nudges", "en_GB") == text_lines("nudges", "en")


def test_an_unknown_texts_file_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="no texts named 'nope'"):
        text_lines("nope")


@pytest.mark.parametrize("kind", Catalog().kinds, ids=lambda k: k.id)
def test_every_catalog_kind_has_an_svg_icon(kind: object) -> None:
    path = icon_path(kind.icon)  # type: ignore[attr-defined]
    assert path.is_file(), path
    assert path.suffix == ".svg"
    root = ET.parse(path).getroot()
    assert root.tag == SVG_ROOT


@pytest.mark.parametrize("name", ["app", "app-paused", "app-waiting"])
def test_the_tray_icons_are_svg(name: str) -> None:
    root = ET.parse(icon_path(name)).getroot()
    assert root.tag == SVG_ROOT
