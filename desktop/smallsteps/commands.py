"""What each command-line command does, on the data folder and the running app.

Every sentence is for a person and speaks their language: the one chosen in
Settings, else the system's (see `smallsteps.cli`). The texts are marked for Qt
Linguist in the context ``Cli``: phrases with ``QT_TRANSLATE_NOOP("Cli", ...)``,
counted sentences in the class `Cli`. What scripts read stays as it is: the
export itself, ``reminders list`` and the names in ``backup list``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from smallsteps.core.catalog import Catalog, localized
from smallsteps.core.clock import SystemClock
from smallsteps.core.i18n import QT_TRANSLATE_NOOP, Texts, Translate, error_text, spoken
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
from smallsteps.services.language import choose_language, standalone_translate
from smallsteps.storage.backup import list_backups, restore_backup
from smallsteps.storage.erase import delete_all_data
from smallsteps.storage.export import write_csv, write_json
from smallsteps.storage.importer import ImportFileError, ImportReport, import_steps, parse_export
from smallsteps.storage.journal import Journal, JournalError, NotesLockedError
from smallsteps.storage.keys import KeyManager
from smallsteps.storage.keystore import KeyringKeyStore
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import load_settings, save_settings

EXIT_OK = 0
EXIT_NOT_RUNNING = 1
EXIT_BAD_INPUT = 2
EXIT_STORAGE = 3

PROGRAM = "smallsteps"
ERROR_PREFIX = f"{PROGRAM}: "
"""How a line for the person on stderr begins (the program's name, not a word)."""
_WHEN = "%Y-%m-%d %H:%M"
"""Times in sentences stay ISO-like in every language: the same as ``--at`` takes."""


class Cli(Texts):
    """The command line's sentences with a count (lupdate reads plurals in a class).

    The class name is the translation context of every command-line text, so the
    phrases marked ``QT_TRANSLATE_NOOP("Cli", ...)`` sit next to these in the
    translator's list.
    """

    def written(self, count: int, path: Path) -> str:
        """Return ``"4 small steps written to PATH."``."""
        text = self.tr("%n small step(s) written to {path}.", "", count).format(path=path)
        return text[:1].upper() + text[1:]

    def imported(self, report: ImportReport) -> str:
        """Return ``"4 small steps added; 1 already there; 0 not imported."``."""
        text = QT_TRANSLATE_NOOP("Cli", "{added}; {already_there}; {not_imported}.").render(
            self.translate,
            added=self.tr("%n small step(s) added", "", report.added),
            already_there=self.tr("%n already there", "", report.already_there),
            not_imported=self.tr("%n not imported", "", len(report.refused)),
        )
        return text[:1].upper() + text[1:]


def _say(message: str) -> None:
    print(one_line(message), file=sys.stderr)


def _complain(message: str) -> None:
    """Say what went wrong on stderr, in the one-line form ``smallsteps: ...``."""
    _say(ERROR_PREFIX + message)


def _person_translate(paths: DataPaths, system_languages: Sequence[str]) -> Translate:
    """Return the person's language: the one chosen in Settings, else the system's."""
    try:
        chosen = load_settings(paths.settings, set_aside=False).settings.language
    except OSError:  # the command itself says what is wrong with the file, if it needs it
        chosen = ""
    return standalone_translate(choose_language(chosen, system_languages))


def run_command(args: argparse.Namespace, system_languages: Sequence[str]) -> int:
    """Run the parsed command (or start the app); returns the exit code.

    Args:
        args: the parsed command line.
        system_languages: the system's UI languages, most wanted first (the
            environment's, see `smallsteps.core.system_language.system_languages_from_env`).
    """
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        translate = standalone_translate(choose_language("", system_languages))
        return _desktop_entry(install=args.install_desktop_entry, translate=translate)
    paths = DataPaths.from_option(args.data_dir)
    if args.command is None:
        from smallsteps.app import run_app  # noqa: PLC0415 - Qt widgets load only for the app

        # --minimized needs nothing more today: the app opens no window at start.
        return run_app(paths, verbose=args.verbose, minimized=args.minimized)
    try:
        paths.ensure()
    except OSError as exc:
        translate = standalone_translate(choose_language("", system_languages))
        _complain(
            QT_TRANSLATE_NOOP("Cli", "{folder} cannot be the data folder ({reason}).").render(
                translate, folder=shown(str(paths.root)), reason=exc.strerror
            )
        )
        return EXIT_BAD_INPUT
    # The command line speaks for itself on stderr; keep library warnings off it.
    logging.getLogger().addHandler(logging.NullHandler())
    translate = _person_translate(paths, system_languages)
    try:
        if args.command == "record":
            return _record(args, paths, translate)
        if args.command == "export":
            return _export(args, paths, translate)
        if args.command == "reminders":
            return _reminders(args, paths, translate)
        if args.command == "nudge":
            return _nudge(paths, translate)
        if args.command == "show":
            return _show(paths, args.window, translate)
        if args.command == "import":
            return _import(args, paths, translate)
        if args.command == "backup":
            return _backup(args, paths, translate)
        if args.command == "delete-all-data":
            return _delete_all(args, paths, translate)
    except InputError as exc:
        _complain(error_text(exc, translate))
        return EXIT_BAD_INPUT
    except (JournalError, ImportFileError) as exc:
        _complain(error_text(exc, translate))
        return EXIT_STORAGE
    raise AssertionError(f"unknown command {args.command}")


def _tell_running_app(paths: DataPaths, what: str) -> bool:
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from smallsteps.platform.single_instance import Command, send_command  # noqa: PLC0415

    _app = QCoreApplication.instance() or QCoreApplication([])
    return send_command(paths.instance_name, Command(what))


def _record(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    from smallsteps.platform.timezone import system_zone  # noqa: PLC0415

    clock = SystemClock(system_zone())
    feeling = parse_feeling(args.feeling) if args.feeling is not None else None
    when = parse_when(args.at, clock.zone()) if args.at is not None else None
    steps = load_settings(paths.settings, set_aside=False).settings.steps
    catalog = Catalog(localized(steps, translate))
    step = build_step(StepDraft(args.kind, args.note, feeling, when), catalog, clock.now())
    passphrase = _read_passphrase(args)
    journal = Journal(paths.journal, paths.backups)
    try:
        if step.note is not None or step.feeling is not None:
            _open_notes(journal, paths, passphrase, required=True, translate=translate)
        journal.add(step)
    finally:
        journal.close()
    _tell_running_app(paths, "steps-changed")
    print(
        QT_TRANSLATE_NOOP("Cli", "Kept: {step}, {when}.").render(
            translate, step=catalog.label(step.kind), when=step.taken_at.strftime(_WHEN)
        )
    )
    return EXIT_OK


def _read_passphrase(args: argparse.Namespace) -> str | None:
    """Read and check the passphrase on stdin (before anything is opened or written)."""
    if not getattr(args, "passphrase_stdin", False):
        return None
    try:
        passphrase = sys.stdin.readline().rstrip("\n")
        passphrase.encode("utf-8")
    except UnicodeError:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "The passphrase on standard input is not text.")
        ) from None
    if not passphrase:
        raise InputError(QT_TRANSLATE_NOOP("Cli", "The passphrase on standard input is empty."))
    return passphrase


def _open_notes(
    journal: Journal,
    paths: DataPaths,
    passphrase: str | None,
    *,
    required: bool,
    translate: Translate,
) -> None:
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
        raise NotesLockedError(
            QT_TRANSLATE_NOOP("Cli", "{reason} Nothing was kept.").fill(
                reason=spoken(reason, translate)
            )
        )
    if journal.has_key:
        _complain(
            QT_TRANSLATE_NOOP("Cli", "{reason} The notes are left out of this export.").render(
                translate, reason=spoken(reason, translate)
            )
        )


def _export(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    passphrase = _read_passphrase(args)
    target: Path | None = args.output
    tmp: Path | None = None
    if target is not None:
        # Written next to the target and renamed at the end: a failed export leaves
        # no half file, and never truncates an earlier export of the same name.
        if target.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP("Cli", "{path} is a folder; please name a file."),
                path=shown(str(target)),
            )
        try:
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        except OSError as exc:
            raise InputError(
                QT_TRANSLATE_NOOP("Cli", "{path} cannot be written ({reason})."),
                path=shown(str(target)),
                reason=exc.strerror,
            ) from None
        os.close(fd)
        tmp = Path(name)
    try:
        journal = Journal(paths.journal, paths.backups)
        try:
            _open_notes(journal, paths, passphrase, required=False, translate=translate)
            writer = write_json if args.format == "json" else write_csv
            if target is None or tmp is None:
                writer(journal.iter_steps(), sys.stdout)
                return EXIT_OK
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = writer(journal.iter_steps(), out)
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
            tmp = None
            print(Cli(translate).written(count, target))
        finally:
            journal.close()
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return EXIT_OK


def _import(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "{path} cannot be read ({reason})."),
            path=shown(str(args.file)),
            reason=exc.strerror,
        ) from None
    passphrase = _read_passphrase(args)
    rows = parse_export(data)  # a file that is no export is refused before anything is opened
    holds_notes = any(
        isinstance(r, dict) and any(r.get(k) not in (None, "") for k in ("note", "feeling"))
        for r in rows
    )
    journal = Journal(paths.journal, paths.backups)
    try:
        if holds_notes:  # a new data folder gets its key here, as `record --note` does
            _open_notes(journal, paths, passphrase, required=True, translate=translate)
        report = import_steps(journal, data)
    finally:
        journal.close()
    for row, reason in report.refused:
        _say(
            QT_TRANSLATE_NOOP("Cli", "row {row}: not imported, because {reason}").render(
                translate, row=row, reason=spoken(reason, translate)
            )
        )
    print(Cli(translate).imported(report))
    if report.added:
        _tell_running_app(paths, "steps-changed")
    return EXIT_OK if not report.refused else EXIT_BAD_INPUT


def _backup(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    if args.action == "list":
        backups = list_backups(paths.backups)
        if not backups:
            print(
                QT_TRANSLATE_NOOP(
                    "Cli", "No backups yet. Small Steps takes one each day while it runs."
                ).render(translate)
            )
        for backup in backups:  # names, kinds and times for scripts: the same in every language
            print(backup.name, backup.kind, backup.taken_at.strftime(_WHEN), sep="  ")
        return EXIT_OK
    if args.action == "now":
        journal = Journal(paths.journal, paths.backups)
        try:
            path = journal.backup(datetime.now())
        finally:
            journal.close()
        print(QT_TRANSLATE_NOOP("Cli", "Backup kept as {name}.").render(translate, name=path.name))
        return EXIT_OK
    if _tell_running_app(paths, "activate"):
        _complain(
            QT_TRANSLATE_NOOP(
                "Cli", "Please quit Small Steps first; then the backup can be restored."
            ).render(translate)
        )
        return EXIT_NOT_RUNNING
    try:
        restored = restore_backup(args.name, paths.backups, paths.journal)
    except ValueError as exc:
        raise InputError(error_text(exc, translate)) from None
    print(
        QT_TRANSLATE_NOOP("Cli", "The journal from {when} is back in place.").render(
            translate, when=restored.taken_at.strftime(_WHEN)
        )
    )
    return EXIT_OK


def _delete_all(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    if not args.yes:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "This removes every step, note, backup and setting. Add --yes to confirm."
            )
        )
    if _tell_running_app(paths, "activate"):
        _complain(
            QT_TRANSLATE_NOOP(
                "Cli", "Please quit Small Steps first (or use Settings, Delete all my data)."
            ).render(translate)
        )
        return EXIT_NOT_RUNNING
    delete_all_data(paths)
    print(
        QT_TRANSLATE_NOOP(
            "Cli", "All your Small Steps data has been removed from this computer."
        ).render(translate)
    )
    return EXIT_OK


def _reminders(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    if args.action != "list":
        return _change_reminders(args, paths, translate)
    loaded = load_settings(paths.settings)
    if loaded.notice:
        _say(spoken(loaded.notice, translate))
    settings: Settings = loaded.settings
    if not settings.reminders:
        print(
            QT_TRANSLATE_NOOP("Cli", "No reminder times are set. Add one with: {command}").render(
                translate, command=f"{PROGRAM} reminders add HH:MM"
            )
        )
    for reminder in settings.reminders:  # times and days for scripts: as --days takes them
        print(reminder.label, reminder.days_label, sep="  ")
    return EXIT_OK


def _change_reminders(args: argparse.Namespace, paths: DataPaths, translate: Translate) -> int:
    hour, minute = parse_time(args.time)
    days = parse_days(args.days) if args.action == "add" else None
    # Work out the change first: bad input leaves even an unreadable file where it is.
    settings = load_settings(paths.settings, set_aside=False).settings
    time = f"{hour:02d}:{minute:02d}"
    if days is not None:
        settings = settings.with_reminder(ReminderTime(hour, minute, days))
        message = QT_TRANSLATE_NOOP("Cli", "Nudges will come at {time}.").render(
            translate, time=time
        )
    else:
        settings = settings.without_reminder(hour, minute)
        message = QT_TRANSLATE_NOOP("Cli", "No more nudges at {time}.").render(translate, time=time)
    loaded = load_settings(paths.settings)  # now an unreadable file is set aside, and said so
    if loaded.notice:
        _say(spoken(loaded.notice, translate))
    save_settings(paths.settings, settings)
    _tell_running_app(paths, "reload-settings")
    print(message)
    return EXIT_OK


def _show(paths: DataPaths, window: str, translate: Translate) -> int:
    if _tell_running_app(paths, f"show-{window}"):
        return EXIT_OK
    _complain(
        QT_TRANSLATE_NOOP("Cli", "Small Steps is not running. Start it with: {command}").render(
            translate, command=PROGRAM
        )
    )
    return EXIT_NOT_RUNNING


def _nudge(paths: DataPaths, translate: Translate) -> int:
    if _tell_running_app(paths, "nudge"):
        print(QT_TRANSLATE_NOOP("Cli", "A nudge is on its way.").render(translate))
        return EXIT_OK
    _complain(
        QT_TRANSLATE_NOOP(
            "Cli", "Small Steps is not running, so no nudge was sent. Start it with: {command}"
        ).render(translate, command=PROGRAM)
    )
    return EXIT_NOT_RUNNING


def _desktop_entry(install: bool, translate: Translate) -> int:
    if sys.platform in ("win32", "darwin"):
        _complain(
            QT_TRANSLATE_NOOP(
                "Cli", "The applications menu entry is for Linux and other free desktops."
            ).render(translate)
        )
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
        _complain(
            QT_TRANSLATE_NOOP(
                "Cli", "The menu entry could not be changed in {folder}: {reason}"
            ).render(translate, folder=data, reason=exc)
        )
        return EXIT_STORAGE
    if install:
        said = QT_TRANSLATE_NOOP(
            "Cli", "Small Steps is in your applications menu now (entry and icons in {folder})."
        )
    elif change.files:
        said = QT_TRANSLATE_NOOP(
            "Cli", "Small Steps is out of your applications menu now (removed from {folder})."
        )
    else:
        said = QT_TRANSLATE_NOOP(
            "Cli", "There was no Small Steps menu entry in {folder}; nothing changed."
        )
    print(said.render(translate, folder=data))
    return EXIT_OK
