"""What each command-line command does, on the data folder and the running app."""

from __future__ import annotations

import argparse
import logging
import sys

from smallsteps.core.catalog import Catalog
from smallsteps.core.clock import SystemClock
from smallsteps.core.models import ReminderTime, StepDraft
from smallsteps.core.parsing import InputError, parse_days, parse_feeling, parse_time, parse_when
from smallsteps.core.recording import build_step
from smallsteps.core.settings import Settings
from smallsteps.storage.export import write_csv, write_json
from smallsteps.storage.journal import Journal, JournalError
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import load_settings, save_settings

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
EXIT_BAD_INPUT = 2
EXIT_STORAGE = 3


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command (or start the app); returns the exit code."""
    paths = (
        DataPaths(args.data_dir.expanduser().absolute()) if args.data_dir else DataPaths.default()
    )
    if args.command is None:
        from smallsteps.app import run_app  # noqa: PLC0415 - Qt widgets load only for the app

        return run_app(paths, verbose=args.verbose)
    paths.ensure()
    # The command line speaks for itself on stderr; keep library warnings off it.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        if args.command == "record":
            return _record(args, paths)
        if args.command == "export":
            return _export(args, paths)
        if args.command == "reminders":
            return _reminders(args, paths)
        if args.command == "nudge":
            return _nudge(paths)
        if args.command == "show":
            return _show(paths, args.window)
    except InputError as exc:
        _say(f"smallsteps: {exc}")
        return EXIT_BAD_INPUT
    except JournalError as exc:
        _say(f"smallsteps: {exc}")
        return EXIT_STORAGE
    raise AssertionError(f"unknown command {args.command}")


def _tell_running_app(paths: DataPaths, what: str) -> bool:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from smallsteps.platform.single_instance import Command, send_command  # noqa: PLC0415

    _app = QCoreApplication.instance() or QCoreApplication([])
    return send_command(paths.instance_name, Command(what))


def _record(args: argparse.Namespace, paths: DataPaths) -> int:
    from smallsteps.platform.timezone import system_zone  # noqa: PLC0415

    clock = SystemClock(system_zone())
    feeling = parse_feeling(args.feeling) if args.feeling is not None else None
    when = parse_when(args.at, clock.zone()) if args.at is not None else None
    catalog = Catalog()
    step = build_step(StepDraft(args.kind, args.note, feeling, when), catalog, clock.now())
    journal = Journal(paths.journal, paths.backups)
    try:
        journal.add(step)
    finally:
        journal.close()
    _tell_running_app(paths, "steps-changed")
    print(f"Kept: {catalog.label(step.kind)}, {step.taken_at:%Y-%m-%d %H:%M}.")
    return EXIT_OK


def _export(args: argparse.Namespace, paths: DataPaths) -> int:
    journal = Journal(paths.journal, paths.backups)
    try:
        writer = write_json if args.format == "json" else write_csv
        writer(journal.iter_steps(), sys.stdout)
    finally:
        journal.close()
    return EXIT_OK


def _reminders(args: argparse.Namespace, paths: DataPaths) -> int:
    loaded = load_settings(paths.settings)
    if loaded.notice:
        _say(loaded.notice)
    settings: Settings = loaded.settings
    if args.action == "list":
        if not settings.reminders:
            print("No reminder times are set. Add one with: smallsteps reminders add HH:MM")
        for reminder in settings.reminders:
            print(f"{reminder.label}  {reminder.days_label}")
        return EXIT_OK
    hour, minute = parse_time(args.time)
    if args.action == "add":
        settings = settings.with_reminder(ReminderTime(hour, minute, parse_days(args.days)))
        message = f"Nudges will come at {hour:02d}:{minute:02d}."
    else:
        settings = settings.without_reminder(hour, minute)
        message = f"No more nudges at {hour:02d}:{minute:02d}."
    save_settings(paths.settings, settings)
    _tell_running_app(paths, "reload-settings")
    print(message)
    return EXIT_OK


def _show(paths: DataPaths, window: str) -> int:
    if _tell_running_app(paths, f"show-{window}"):
        return EXIT_OK
    _say("smallsteps: Small Steps is not running. Start it with: smallsteps")
    return EXIT_NOT_RUNNING


def _nudge(paths: DataPaths) -> int:
    if _tell_running_app(paths, "nudge"):
        print("A nudge is on its way.")
        return EXIT_OK
    _say("smallsteps: Small Steps is not running, so no nudge was sent. Start it with: smallsteps")
    return EXIT_NOT_RUNNING
