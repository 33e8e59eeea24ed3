"""The command line's language: read from the environment, translated without a Qt application.

The command line cannot wait for a ``QApplication`` (``smallsteps --help`` must stay
quick), so it reads the system's language from the environment as Qt does and
loads the compiled translations into bare ``QTranslator`` objects; English needs
neither, and loads no Qt at all.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from smallsteps import cli
from smallsteps.core.i18n import english, error_text
from smallsteps.core.parsing import InputError, parse_time
from smallsteps.core.system_language import system_languages_from_env
from smallsteps.core.wording import Wording
from smallsteps.services import language
from smallsteps.services.language import choose_language, standalone_translate

# argparse's own words come from gettext, not from Small Steps.
ARGPARSE_OWN = {"show this help message and exit", "show program's version number and exit"}


@pytest.mark.parametrize(
    ("environ", "languages"),
    [
        ({}, []),
        ({"LANG": "C"}, []),
        ({"LANG": "C.UTF-8"}, []),
        ({"LANG": "POSIX"}, []),
        ({"LANG": "de_DE.UTF-8"}, ["de-DE"]),
        ({"LANG": "de_DE@euro"}, ["de-DE"]),
        ({"LANG": "de"}, ["de"]),
        ({"LANGUAGE": "de_AT:de:en", "LANG": "en_US.UTF-8"}, ["de-AT", "de", "en"]),
        ({"LANGUAGE": "fr::de", "LANG": "C"}, ["fr", "de"]),
        ({"LANGUAGE": "", "LC_MESSAGES": "de_CH.UTF-8", "LANG": "en_GB.UTF-8"}, ["de-CH"]),
        ({"LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, ["en-GB"]),
        ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, []),
        ({"LC_ALL": "", "LANG": "de_DE.UTF-8"}, ["de-DE"]),
        ({"LANGUAGE": ":", "LANG": "de_DE.UTF-8"}, ["de-DE"]),
        ({"LANGUAGE": "C", "LANG": "de_DE.UTF-8"}, []),
    ],
    ids=lambda v: " ".join(f"{k}={x}" for k, x in v.items()) if isinstance(v, dict) else "",
)
def test_the_system_languages_are_read_from_the_environment(
    environ: dict[str, str], languages: list[str]
) -> None:
    assert system_languages_from_env(environ) == languages


@pytest.mark.parametrize(
    "environ",
    [
        {"LANG": "de_DE.UTF-8"},
        {"LANG": "C.UTF-8"},
        {"LANGUAGE": "de", "LANG": "C"},
        {"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"},
        {"LANGUAGE": "C", "LANG": "de_DE.UTF-8"},
        {"LC_ALL": "C", "LANG": "de_DE.UTF-8"},
        {"LC_MESSAGES": "de_AT.UTF-8", "LANG": "en_US.UTF-8"},
        {"LC_ALL": "en_GB.UTF-8", "LANGUAGE": "", "LANG": "de_DE.UTF-8"},
    ],
    ids=lambda v: " ".join(f"{k}={x}" for k, x in v.items()),
)
def test_the_command_line_chooses_the_language_the_app_would(environ: dict[str, str]) -> None:
    """The app asks Qt (``QLocale.system().uiLanguages()``); both must agree."""
    script = (
        "import json, os\n"
        "from PySide6.QtCore import QLocale\n"
        "from smallsteps.core.system_language import system_languages_from_env\n"
        "from smallsteps.services.language import choose_language\n"
        "print(json.dumps([choose_language('', QLocale.system().uiLanguages()),"
        " choose_language('', system_languages_from_env(os.environ))]))\n"
    )
    result = subprocess.run(  # noqa: PLW1510 - checked below
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ.get("PATH", ""), **environ},
    )
    assert result.returncode == 0, result.stderr
    by_qt, by_us = json.loads(result.stdout)
    assert by_us == by_qt


def test_english_is_the_source_text_itself() -> None:
    assert standalone_translate("en") is english


def test_german_comes_from_the_compiled_file_with_its_plurals() -> None:
    german = standalone_translate("de")
    words = Wording(german)
    assert (words.small_steps(1), words.small_steps(2)) == (
        "1 kleiner Schritt",
        "2 kleine Schritte",
    )
    with pytest.raises(InputError) as caught:
        parse_time("25:00")
    assert error_text(caught.value, german) == (
        "„25:00“ ist keine Uhrzeit des Tages; möglich sind 00:00 bis 23:59."
    )


def test_a_text_nobody_translated_reads_english_with_english_plurals() -> None:
    german = standalone_translate("de")
    assert german("Nowhere", "A sentence no file holds.") == "A sentence no file holds."
    assert german("Nowhere", "%n new thing(s)", "", 1) == "1 new thing"
    assert german("Nowhere", "%n new thing(s)", "", 3) == "3 new things"


def test_missing_translation_files_leave_english_and_say_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(language, "_qm_path", lambda code: str(tmp_path / f"{code}.qm"))
    german = standalone_translate("de")
    assert Wording(german).small_steps(2) == "2 small steps"
    assert capfd.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("environ", "qt_loaded"),
    [({"LANG": "C.UTF-8"}, False), ({"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}, True)],
    ids=["English", "German"],
)
def test_help_in_english_loads_no_qt(environ: dict[str, str], qt_loaded: bool) -> None:
    script = (
        "import sys\n"
        "from smallsteps.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')), file=sys.stderr)\n"
    )
    result = subprocess.run(  # noqa: PLW1510 - checked below
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": os.environ.get("PATH", ""), **environ},
    )
    assert result.returncode == 0, result.stderr
    assert "usage: smallsteps" in result.stdout
    assert ("PySide6.QtCore" in result.stderr) == qt_loaded, result.stderr
    assert "QtGui" not in result.stderr
    assert "QtWidgets" not in result.stderr


def marked(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in translation that shows it was asked: ``⟦text⟧``."""
    return "⟦" + english(context, source, disambiguation, n) + "⟧"


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """The parser and every sub-command's parser under it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def test_every_help_text_goes_through_translation() -> None:
    top = cli.build_parser(marked)
    assert top.description is not None
    assert top.description.startswith("⟦")
    helps: list[str] = []
    for parser in parsers(top):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps += [a.help or "" for a in action._choices_actions]
            elif action.help is not None and action.help not in ARGPARSE_OWN:
                helps.append(action.help)
    assert len(helps) > 30
    assert [h for h in helps if not (h.startswith("⟦") and h.endswith("⟧"))] == []
    # Every sub-command's parser words its own errors in the same language.
    assert all(isinstance(p, cli._Parser) and p._translate is marked for p in parsers(top))


def test_a_translation_with_a_percent_sign_does_not_break_the_help() -> None:
    def percent(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return "zu 100 % " + english(context, source, disambiguation, n)

    shown = [parser.format_help() for parser in parsers(cli.build_parser(percent))]
    assert "zu 100 % Small Steps: a gentle" in shown[0]
    assert sum(text.count("zu 100 % ") for text in shown) > 30


def test_a_parser_error_in_another_language_keeps_its_one_line_form() -> None:
    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()), pytest.raises(SystemExit) as ended:
        cli.build_parser(marked).parse_args(["export", "--format", "xml"])
    assert ended.value.code == 2
    line = err.getvalue()
    assert line.startswith("smallsteps: ⟦argument --format: invalid choice: ")
    assert line.endswith(" (see smallsteps --help)⟧\n")
    assert line.count("\n") == 1


@pytest.mark.parametrize(
    "tags",
    [[], ["en"], ["en-GB", "en"], ["de-AT", "de"], ["fr-FR"], ["fr", "de"], ["en-US", "de"]],
    ids=lambda tags: ",".join(tags) or "none",
)
def test_the_systems_translation_is_the_one_the_choice_gives(tags: list[str]) -> None:
    chosen = choose_language("", tags)
    translate = cli.system_translate(tags)
    if chosen == "en":
        assert translate("Steps", "Rest") == "Rest"
    else:
        assert translate("Steps", "Rest") == standalone_translate(chosen)("Steps", "Rest") != "Rest"


# --------------------------------------------------------------------------- a plain start


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--minimized"],
        ["--verbose", "--minimized"],
        ["--data-dir", "/tmp/somewhere", "--minimized"],
        ["--data-dir=/tmp/with space", "--verbose"],
        ["--data-dir", "record"],  # a folder named like a command is still a folder
    ],
)
def test_a_plain_start_reads_the_same_with_the_light_parser(argv: list[str]) -> None:
    assert cli.starts_app(argv)
    light = cli.build_parser(commands=False).parse_args(argv)
    full = cli.build_parser().parse_args(argv)
    assert vars(light) == vars(full)
    assert light.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["record", "walk"],
        ["--minimized", "nudge"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir", "--minimized"],
        ["--min"],  # argparse's abbreviations, and any misspelling: the full parser answers
        ["--minimised"],
        ["--install-desktop-entry"],
    ],
)
def test_anything_but_a_plain_start_gets_the_full_parser(argv: list[str]) -> None:
    assert not cli.starts_app(argv)


def test_a_plain_start_with_a_missing_folder_says_so_as_before(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as ended:
        cli.main(["--minimized", "--data-dir"])
    assert ended.value.code == cli.EXIT_BAD_INPUT
    said = capsys.readouterr().err.strip().splitlines()
    expected = "smallsteps: argument --data-dir: expected one argument (see smallsteps --help)"
    assert said == [expected]
