"""The command line: start the tray app, or script the journal and the running app.

``smallsteps`` starts the app (``--minimized``: quietly in the tray, no window, as
the start-at-login entries do); ``record``, ``export``, ``reminders`` and ``nudge``
work on the same data folder (and tell a running app about changes);
``--install-desktop-entry`` puts a pip or pipx install in the applications menu.
Bad input gets one clear line and exit code 2, and nothing stored changes.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from smallsteps import __version__

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one kind line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        from smallsteps.core.parsing import one_line  # noqa: PLC0415 - keeps --help fast

        self.exit(EXIT_BAD_INPUT, f"smallsteps: {one_line(message)} (see smallsteps --help)\n")


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the notes' passphrase from standard input (when there is no keyring)",
    )


def build_parser() -> argparse.ArgumentParser:
    """Return the parser for every command."""
    parser = _Parser(
        prog="smallsteps",
        description="Small Steps: a gentle self-care companion in your system tray.",
    )
    parser.add_argument("--version", action="version", version=f"smallsteps {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep every file (journal, settings, logs) under DIR",
    )
    parser.add_argument("--verbose", action="store_true", help="write more detail to the log")
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start quietly in the tray, with no window and no welcome (used at login)",
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Small Steps and its icon to your applications menu (Linux, pip/pipx installs)",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="take Small Steps out of your applications menu again",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    record = sub.add_parser("record", help="record a small step")
    record.add_argument("kind", help="the kind of step, e.g. walk or breathe")
    record.add_argument("--note", help="an optional note")
    record.add_argument("--feeling", help="an optional feeling, 1 (heavy) to 5 (bright)")
    record.add_argument("--at", help="when, as an ISO 8601 time (default: now)")
    _passphrase_option(record)

    export = sub.add_parser("export", help="write every step, with notes, to a file or stdout")
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument(
        "--output", type=Path, metavar="FILE", help="write to FILE (made readable only by you)"
    )
    _passphrase_option(export)

    imp = sub.add_parser("import", help="merge steps from an export (JSON or CSV)")
    imp.add_argument("file", type=Path, help="the export file")
    _passphrase_option(imp)

    backup = sub.add_parser("backup", help="list the journal's backups, or restore one")
    bsub = backup.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    bsub.required = True
    bsub.add_parser("list", help="show the backups, newest first")
    bsub.add_parser("now", help="take a backup now")
    restore = bsub.add_parser("restore", help="bring a backup back (quit the app first)")
    restore.add_argument("name", help="a name from: smallsteps backup list")

    delete = sub.add_parser(
        "delete-all-data", help="remove the journal, backups, settings and the keyring entry"
    )
    delete.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    reminders = sub.add_parser("reminders", help="list, add or remove reminder times")
    rsub = reminders.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    rsub.add_parser("list", help="show the reminder times")
    add = rsub.add_parser("add", help="add a reminder time")
    add.add_argument("time", help="HH:MM, 24-hour")
    add.add_argument("--days", default="every day", help="e.g. mon,tue,wed (default: every day)")
    remove = rsub.add_parser("remove", help="remove a reminder time")
    remove.add_argument("time", help="HH:MM, 24-hour")

    sub.add_parser("nudge", help="ask the running app to show a nudge now")
    show = sub.add_parser("show", help="ask the running app to open a window")
    show.add_argument("window", choices=("step", "week", "settings"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    desktop_entry = args.install_desktop_entry or args.uninstall_desktop_entry
    if desktop_entry and (args.command is not None or args.minimized):
        parser.error("--install-desktop-entry and --uninstall-desktop-entry stand alone")
    for name, value in vars(args).items():
        if isinstance(value, list):  # argparse turns "--note=--" into [] (Python 3.11)
            parser.error(f"argument --{name.replace('_', '-')}: expected one argument")
    if args.command is None and not desktop_entry:
        # Straight to the tray app: its start loads nothing the other commands need.
        from smallsteps.app import run_app  # noqa: PLC0415 - Qt widgets load only for the app
        from smallsteps.storage.paths import DataPaths  # noqa: PLC0415

        # --minimized needs nothing more today: the app opens no window at start.
        return run_app(DataPaths.from_option(args.data_dir), verbose=args.verbose)
    from smallsteps.commands import run_command  # noqa: PLC0415 - keeps --help fast

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
