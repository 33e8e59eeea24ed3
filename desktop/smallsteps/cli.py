"""The command line: start the tray app, or script the journal and the running app.

``smallsteps`` starts the app (``--minimized``: quietly in the tray, no window, as
the start-at-login entries do); ``record``, ``export``, ``reminders`` and ``nudge``
work on the same data folder (and tell a running app about changes);
``--install-desktop-entry`` puts a pip or pipx install in the applications menu.
Bad input gets one clear line and exit code 2, and nothing stored changes.
Everything it says follows the person's language (see `main`); what scripts read
(flags, the export, listed times and names) is the same in every language.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from smallsteps import __version__
from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Phrase, Translate, english
from smallsteps.core.system_language import system_languages_from_env

EXIT_BAD_INPUT = 2
PROGRAM = "smallsteps"
ERROR_PREFIX = f"{PROGRAM}: "
"""How every line meant for the person on stderr begins (the program's name, not a word)."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one kind line and exit code 2.

    Args:
        translate: the language of its own texts (argparse's words come from gettext).
    """

    def __init__(self, *args: Any, translate: Translate = english, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._translate = translate

    def error(self, message: str) -> NoReturn:
        from smallsteps.core.parsing import one_line  # noqa: PLC0415 - keeps --help fast

        line = QT_TRANSLATE_NOOP("Cli", "{problem} (see {help})").render(
            self._translate, problem=one_line(message), help=f"{PROGRAM} --help"
        )
        self.exit(EXIT_BAD_INPUT, ERROR_PREFIX + line + "\n")


def _help(phrase: Phrase, translate: Translate, /, **fields: object) -> str:
    """Return a help text in the person's language, safe from argparse's ``%`` formatting."""
    return phrase.render(translate, **fields).replace("%", "%%")


def _passphrase_option(parser: argparse.ArgumentParser, translate: Translate) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "read the notes' passphrase from standard input (when there is no keyring)"
            ),
            translate,
        ),
    )


def build_parser(
    translate: Translate = english, *, commands: bool = True
) -> argparse.ArgumentParser:
    """Return the parser for every command, its texts in the language of ``translate``.

    Args:
        translate: the language of its texts.
        commands: ``False`` leaves out the commands (``record``, ``export``...): the
            parser for a plain start of the app (see `starts_app`), about 4 ms quicker
            to build. Its ``command`` is always None; it has no ``--help``.
    """
    t = translate
    parser = _Parser(
        prog=PROGRAM,
        add_help=commands,
        description=QT_TRANSLATE_NOOP(
            "Cli", "Small Steps: a gentle self-care companion in your system tray."
        ).render(t),
        translate=t,
    )
    parser.add_argument("--version", action="version", version=f"{PROGRAM} {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "keep every file (journal, settings, logs) under {folder}"),
            t,
            folder="DIR",
        ),
    )
    parser.add_argument(
        "--verbose",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "write more detail to the log"), t),
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli", "start quietly in the tray, with no window and no welcome (used at login)"
            ),
            t,
        ),
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=_help(
            QT_TRANSLATE_NOOP(
                "Cli",
                "add Small Steps and its icon to your applications menu (Linux, pip/pipx installs)",
            ),
            t,
        ),
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "take Small Steps out of your applications menu again"), t
        ),
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    record = sub.add_parser(
        "record", help=_help(QT_TRANSLATE_NOOP("Cli", "record a small step"), t), translate=t
    )
    record.add_argument(
        "kind",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "the kind of step, e.g. {walk} or {breathe}"),
            t,
            walk="walk",
            breathe="breathe",
        ),
    )
    record.add_argument("--note", help=_help(QT_TRANSLATE_NOOP("Cli", "an optional note"), t))
    record.add_argument(
        "--feeling",
        help=_help(QT_TRANSLATE_NOOP("Cli", "an optional feeling, 1 (heavy) to 5 (bright)"), t),
    )
    record.add_argument(
        "--at",
        help=_help(QT_TRANSLATE_NOOP("Cli", "when, as an ISO 8601 time (default: now)"), t),
    )
    _passphrase_option(record, t)

    export = sub.add_parser(
        "export",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "write every step, with notes, to a file or stdout"), t
        ),
        translate=t,
    )
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--output",
        type=Path,
        metavar="FILE",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "write to {file} (made readable only by you)"), t, file="FILE"
        ),
    )
    _passphrase_option(export, t)

    imp = sub.add_parser(
        "import",
        help=_help(QT_TRANSLATE_NOOP("Cli", "merge steps from an export (JSON or CSV)"), t),
        translate=t,
    )
    imp.add_argument("file", type=Path, help=_help(QT_TRANSLATE_NOOP("Cli", "the export file"), t))
    _passphrase_option(imp, t)

    backup = sub.add_parser(
        "backup",
        help=_help(QT_TRANSLATE_NOOP("Cli", "list the journal's backups, or restore one"), t),
        translate=t,
    )
    bsub = backup.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    bsub.required = True
    bsub.add_parser(
        "list",
        help=_help(QT_TRANSLATE_NOOP("Cli", "show the backups, newest first"), t),
        translate=t,
    )
    bsub.add_parser(
        "now", help=_help(QT_TRANSLATE_NOOP("Cli", "take a backup now"), t), translate=t
    )
    restore = bsub.add_parser(
        "restore",
        help=_help(QT_TRANSLATE_NOOP("Cli", "bring a backup back (quit the app first)"), t),
        translate=t,
    )
    restore.add_argument(
        "name",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "a name from: {command}"), t, command=f"{PROGRAM} backup list"
        ),
    )

    delete = sub.add_parser(
        "delete-all-data",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "remove the journal, backups, settings and the keyring entry"),
            t,
        ),
        translate=t,
    )
    delete.add_argument(
        "--yes",
        action="store_true",
        help=_help(QT_TRANSLATE_NOOP("Cli", "confirm: this cannot be undone"), t),
    )

    reminders = sub.add_parser(
        "reminders",
        help=_help(QT_TRANSLATE_NOOP("Cli", "list, add or remove reminder times"), t),
        translate=t,
    )
    rsub = reminders.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    rsub.add_parser(
        "list", help=_help(QT_TRANSLATE_NOOP("Cli", "show the reminder times"), t), translate=t
    )
    add = rsub.add_parser(
        "add", help=_help(QT_TRANSLATE_NOOP("Cli", "add a reminder time"), t), translate=t
    )
    time_help = _help(QT_TRANSLATE_NOOP("Cli", "{format}, 24-hour"), t, format="HH:MM")
    add.add_argument("time", help=time_help)
    add.add_argument(
        "--days",
        default="every day",
        help=_help(
            QT_TRANSLATE_NOOP("Cli", "e.g. {example} (default: {default})"),
            t,
            example="mon,tue,wed",
            default="every day",
        ),
    )
    remove = rsub.add_parser(
        "remove", help=_help(QT_TRANSLATE_NOOP("Cli", "remove a reminder time"), t), translate=t
    )
    remove.add_argument("time", help=time_help)

    sub.add_parser(
        "nudge",
        help=_help(QT_TRANSLATE_NOOP("Cli", "ask the running app to show a nudge now"), t),
        translate=t,
    )
    show = sub.add_parser(
        "show",
        help=_help(QT_TRANSLATE_NOOP("Cli", "ask the running app to open a window"), t),
        translate=t,
    )
    show.add_argument("window", choices=("step", "week", "settings"))
    return parser


def system_translate(system_languages: Sequence[str]) -> Translate:
    """Return the translate function for the system's language (argparse texts and help).

    A system that asks for English only, or names no language, gets `english`
    without loading the language machinery (and Qt): ``--help`` stays quick.
    """
    if all(tag.split("-", maxsplit=1)[0].lower() == "en" for tag in system_languages):
        return english
    from smallsteps.services.language import (  # noqa: PLC0415 - keeps English --help fast
        choose_language,
        standalone_translate,
    )

    return standalone_translate(choose_language("", system_languages))


_START_FLAGS = frozenset({"--minimized", "--verbose"})


def starts_app(argv: Sequence[str]) -> bool:
    """Whether ``argv`` only starts the tray app: no command, no help, nothing else.

    That is every start at login (``--minimized``) and from the applications menu, so
    its parser is built without the commands' parsers (argparse looks each of its own
    texts up with gettext, which costs about 0.1 ms each). Anything else, even a
    misspelt option, goes to the full parser and gets its usual answer.
    """
    rest = iter(argv)
    for arg in rest:
        if arg in _START_FLAGS or arg.startswith("--data-dir="):
            continue
        if arg == "--data-dir":
            folder = next(rest, None)
            if folder is not None and not folder.startswith("-"):
                continue
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Its texts follow the system's language (the environment: ``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``); a command that reads the data folder
    then follows the language chosen in Settings. English loads no Qt at all.
    """
    system_languages = system_languages_from_env(os.environ)
    translate = system_translate(system_languages)
    given = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(translate, commands=not starts_app(given))
    args = parser.parse_args(given)
    desktop_entry = args.install_desktop_entry or args.uninstall_desktop_entry
    if desktop_entry and (args.command is not None or args.minimized):
        parser.error(
            QT_TRANSLATE_NOOP(
                "Cli", "--install-desktop-entry and --uninstall-desktop-entry stand alone"
            ).render(translate)
        )
    for name, value in vars(args).items():
        if isinstance(value, list):  # argparse turns "--note=--" into [] (Python 3.11)
            parser.error(
                QT_TRANSLATE_NOOP("Cli", "argument {option}: expected one argument").render(
                    translate, option="--" + name.replace("_", "-")
                )
            )
    if args.command is None and not desktop_entry:
        # Straight to the tray app: its start loads nothing the other commands need.
        from smallsteps.platform.pyside_imports import install  # noqa: PLC0415

        install()  # before the app's modules: PySide6 would read each one's source
        from smallsteps.app import run_app  # noqa: PLC0415 - Qt widgets load only for the app
        from smallsteps.storage.paths import DataPaths  # noqa: PLC0415

        return run_app(
            DataPaths.from_option(args.data_dir), verbose=args.verbose, minimized=args.minimized
        )
    from smallsteps.commands import run_command  # noqa: PLC0415 - keeps --help fast

    return run_command(args, system_languages)


if __name__ == "__main__":
    sys.exit(main())
