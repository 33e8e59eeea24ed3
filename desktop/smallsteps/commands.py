"""What each command-line command does, on the data folder and the running app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from smallsteps.core.catalog import Catalog
from smallsteps.core.clock import SystemClock
from smallsteps.core.models import ReminderTime, StepDraft
from smallsteps.core.parsing import (
    InputError,
    one_line,
    parse_days,
    parse_feeling,
    parse_time,
    parse_when,
    shown,
)
from smallsteps.core.recording import build_step
from smallsteps.core.settings import Settings
from smallsteps.core.wording import small_steps
from smallsteps.storage.backup import list_backups, restore_backup
from smallsteps.storage.erase import delete_all_data
from smallsteps.storage.export import write_csv, write_json
from smallsteps.storage.importer import ImportFileError, import_steps, parse_export
from smallsteps.storage.journal import Journal, JournalError, NotesLockedError
from smallsteps.storage.keys import KeyManager
from smallsteps.storage.keystore import KeyringKeyStore
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import load_settings, save_settings

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
EXIT_BAD_INPUT = 2
EXIT_STORAGE = 3


def _say(message: str) -> None:
    print(one_line(message), file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed command (or start the app); returns the exit code."""
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return _desktop_entry(install=args.install_desktop_entry)
    paths = DataPaths.from_option(args.data_dir)
    if args.command is None:
        from smallsteps.app import run_app  # noqa: PLC0415 - Qt widgets load only for the app

        # --minimized needs nothing more today: the app opens no window at start.
        return run_app(paths, verbose=args.verbose)
    try:
        paths.ensure()
    except OSError as exc:
        _say(f"smallsteps: {shown(str(paths.root))} cannot be the data folder ({exc.strerror}).")
        return EXIT_BAD_INPUT
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
        if args.command == "import":
            return _import(args, paths)
        if args.command == "backup":
            return _backup(args, paths)
        if args.command == "delete-all-data":
            return _delete_all(args, paths)
    except InputError as exc:
        _say(f"smallsteps: {exc}")
        return EXIT_BAD_INPUT
    except (JournalError, ImportFileError) as exc:
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
    catalog = Catalog(load_settings(paths.settings, set_aside=False).settings.steps)
    step = build_step(StepDraft(args.kind, args.note, feeling, when), catalog, clock.now())
    passphrase = _read_passphrase(args)
    journal = Journal(paths.journal, paths.backups)
    try:
        if step.note is not None or step.feeling is not None:
            _open_notes(journal, paths, passphrase, required=True)
        journal.add(step)
    finally:
        journal.close()
    _tell_running_app(paths, "steps-changed")
    print(f"Kept: {catalog.label(step.kind)}, {step.taken_at:%Y-%m-%d %H:%M}.")
    return EXIT_OK


def _read_passphrase(args: argparse.Namespace) -> str | None:
    """Read and check the passphrase on stdin (before anything is opened or written)."""
    if not getattr(args, "passphrase_stdin", False):
        return None
    try:
        passphrase = sys.stdin.readline().rstrip("\n")
        passphrase.encode("utf-8")
    except UnicodeError:
        raise InputError("The passphrase on standard input is not text.") from None
    if not passphrase:
        raise InputError("The passphrase on standard input is empty.")
    return passphrase


def _open_notes(journal: Journal, paths: DataPaths, passphrase: str | None, required: bool) -> None:
    """Open the journal's notes with the keyring, or the passphrase read from stdin."""
    if not required and not journal.has_key:
        return  # no note was ever kept: nothing to open, and nothing to write
    keys = KeyManager(journal, KeyringKeyStore(paths.keyring_account))
    if passphrase is not None:
        keys.unlock_with_passphrase(passphrase)
        return
    reason = keys.try_unlock()
    if reason is None:
        return
    if required:
        raise NotesLockedError(f"{reason} Nothing was kept.")
    if journal.has_key:
        _say(f"smallsteps: {reason} The notes are left out of this export.")


def _export(args: argparse.Namespace, paths: DataPaths) -> int:
    passphrase = _read_passphrase(args)
    target: Path | None = args.output
    tmp: Path | None = None
    if target is not None:
        # Written next to the target and renamed at the end: a failed export leaves
        # no half file, and never truncates an earlier export of the same name.
        if target.is_dir():
            raise InputError(f"{shown(str(target))} is a folder; please name a file.")
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        except OSError as exc:
            raise InputError(f"{shown(str(target))} cannot be written ({exc.strerror}).") from None
        os.close(fd)
        tmp = Path(name)
    try:
        journal = Journal(paths.journal, paths.backups)
        try:
            _open_notes(journal, paths, passphrase, required=False)
            writer = write_json if args.format == "json" else write_csv
            if target is None or tmp is None:
                writer(journal.iter_steps(), sys.stdout)
                return EXIT_OK
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = writer(journal.iter_steps(), out)
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
            tmp = None
            print(f"{small_steps(count).capitalize()} written to {target}.")
        finally:
            journal.close()
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return EXIT_OK


def _import(args: argparse.Namespace, paths: DataPaths) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise InputError(f"{shown(str(args.file))} cannot be read ({exc.strerror}).") from None
    passphrase = _read_passphrase(args)
    rows = parse_export(data)  # a file that is no export is refused before anything is opened
    holds_notes = any(
        isinstance(r, dict) and any(r.get(k) not in (None, "") for k in ("note", "feeling"))
        for r in rows
    )
    journal = Journal(paths.journal, paths.backups)
    try:
        if holds_notes:  # a new data folder gets its key here, as `record --note` does
            _open_notes(journal, paths, passphrase, required=True)
        report = import_steps(journal, data)
    finally:
        journal.close()
    for row, reason in report.refused:
        _say(f"row {row}: not imported, because {reason}")
    print(
        f"{small_steps(report.added).capitalize()} added; {report.already_there} already there; "
        f"{len(report.refused)} not imported."
    )
    if report.added:
        _tell_running_app(paths, "steps-changed")
    return EXIT_OK if not report.refused else EXIT_BAD_INPUT


def _backup(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.action == "list":
        backups = list_backups(paths.backups)
        if not backups:
            print("No backups yet. Small Steps takes one each day while it runs.")
        for backup in backups:
            print(f"{backup.name}  {backup.kind}  {backup.taken_at:%Y-%m-%d %H:%M}")
        return EXIT_OK
    if args.action == "now":
        journal = Journal(paths.journal, paths.backups)
        try:
            path = journal.backup(datetime.now())
        finally:
            journal.close()
        print(f"Backup kept as {path.name}.")
        return EXIT_OK
    if _tell_running_app(paths, "activate"):
        _say("smallsteps: Please quit Small Steps first; then the backup can be restored.")
        return EXIT_NOT_RUNNING
    try:
        restored = restore_backup(args.name, paths.backups, paths.journal)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    print(f"The journal from {restored.taken_at:%Y-%m-%d %H:%M} is back in place.")
    return EXIT_OK


def _delete_all(args: argparse.Namespace, paths: DataPaths) -> int:
    if not args.yes:
        raise InputError("This removes every step, note, backup and setting. Add --yes to confirm.")
    if _tell_running_app(paths, "activate"):
        _say("smallsteps: Please quit Small Steps first (or use Settings, Delete all my data).")
        return EXIT_NOT_RUNNING
    delete_all_data(paths)
    print("All your Small Steps data is gone from this computer.")
    return EXIT_OK


def _reminders(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.action != "list":
        return _change_reminders(args, paths)
    loaded = load_settings(paths.settings)
    if loaded.notice:
        _say(loaded.notice)
    settings: Settings = loaded.settings
    if not settings.reminders:
        print("No reminder times are set. Add one with: smallsteps reminders add HH:MM")
    for reminder in settings.reminders:
        print(f"{reminder.label}  {reminder.days_label}")
    return EXIT_OK


def _change_reminders(args: argparse.Namespace, paths: DataPaths) -> int:
    hour, minute = parse_time(args.time)
    days = parse_days(args.days) if args.action == "add" else None
    # Work out the change first: bad input leaves even an unreadable file where it is.
    settings = load_settings(paths.settings, set_aside=False).settings
    if days is not None:
        settings = settings.with_reminder(ReminderTime(hour, minute, days))
        message = f"Nudges will come at {hour:02d}:{minute:02d}."
    else:
        settings = settings.without_reminder(hour, minute)
        message = f"No more nudges at {hour:02d}:{minute:02d}."
    loaded = load_settings(paths.settings)  # now an unreadable file is set aside, and said so
    if loaded.notice:
        _say(loaded.notice)
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


def _desktop_entry(install: bool) -> int:
    if sys.platform in ("win32", "darwin"):
        _say("smallsteps: The applications menu entry is for Linux and other free desktops.")
        return EXIT_BAD_INPUT
    from smallsteps.platform import desktop_entry  # noqa: PLC0415 - only for this option
    from smallsteps.platform.program import program_command  # noqa: PLC0415

    data = desktop_entry.data_home()
    try:
        change = (
            desktop_entry.install_desktop_entry(data, program_command())
            if install
            else desktop_entry.uninstall_desktop_entry(data)
        )
    except OSError as exc:
        _say(f"smallsteps: The menu entry could not be changed in {data}: {exc}")
        return EXIT_STORAGE
    if install:
        print(f"Small Steps is in your applications menu now (entry and icons in {data}).")
    elif change.files:
        print(f"Small Steps is out of your applications menu now (removed from {data}).")
    else:
        print(f"There was no Small Steps menu entry in {data}; nothing changed.")
    return EXIT_OK
