"""The translation files: current with the code, complete, and in the gentle voice."""

from __future__ import annotations

import importlib.util
import re
import string
import sys
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from smallsteps.core.resources import text_lines
from smallsteps.services.language import LANGUAGE_NAMES

ROOT = Path(__file__).resolve().parents[2]
TS_DE = ROOT / "translations" / "smallsteps_de.ts"

# Words that scold, count what was not done, or push; none of them belongs in the app.
PRESSURE_DE = re.compile(
    r"\b(verpasst\w*|Serie\w*|Strähne|versäumt\w*|musst|müssen|solltest|sollst|"
    r"schlecht\w*|versagt\w*|Fehlschlag\w*|weniger als)\b",
    re.IGNORECASE,
)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts/translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _messages() -> list[tuple[str, str, bool, list[str]]]:
    """(context, source, numerus, translations) for every message of the German file."""
    found = []
    for context in ElementTree.parse(TS_DE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")]
            numerus = message.get("numerus") == "yes"
            texts = forms if numerus else [translation.text or ""]
            if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                texts = []
            found.append((name, message.findtext("source") or "", numerus, texts))
    return found


def test_translation_files_are_current_with_the_code() -> None:
    assert _script().stale() == []


def test_every_language_offered_has_its_compiled_file() -> None:
    for language in LANGUAGE_NAMES:
        assert (ROOT / "resources" / "translations" / f"smallsteps_{language}.qm").is_file()


def test_every_german_text_is_translated() -> None:
    missing = [f"{ctx}: {src}" for ctx, src, _, texts in _messages() if not all(texts) or not texts]
    assert missing == []


def test_german_texts_keep_their_fields_and_counts() -> None:
    for context, source, numerus, texts in _messages():
        for text in texts:
            assert _fields(text) == _fields(source), f"{context}: {source!r} -> {text!r}"
            if numerus:
                assert "%n" in text, f"{context}: {source!r} -> {text!r}"


def test_german_plurals_have_the_two_german_forms() -> None:
    plural = [texts for _, _, numerus, texts in _messages() if numerus]
    assert plural, "the German file holds the app's plural texts"
    assert all(len(texts) == 2 for texts in plural)


@pytest.mark.parametrize("name", ["nudges", "thanks", "welcome_back"])
def test_german_lines_exist_and_speak_gently(name: str) -> None:
    german = text_lines(name, "de")
    assert german != text_lines(name, "en")
    assert len(german) >= len(text_lines(name, "en")) // 2
    for line in german:
        assert not PRESSURE_DE.search(line), line
        assert "!" not in line, line


def test_german_app_texts_speak_gently() -> None:
    for context, source, _, texts in _messages():
        for text in texts:
            assert not PRESSURE_DE.search(text), f"{context}: {source!r} -> {text!r}"
