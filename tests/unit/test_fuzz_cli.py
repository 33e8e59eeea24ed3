"""Fuzzing every command and option of the command line, run in-process.

Generated arguments go to `smallsteps.cli.main` with ``--data-dir`` on a fresh
copy of a small data folder (one step with a note, two reminder times, a good
and a damaged backup). For every input:

- ``main`` returns 0, 1, 2 or 3; argparse exits only with 0 (help, version) or 2;
  no exception escapes;
- an error is one clear line on stderr (``import`` adds one line per refused row);
- when the exit code is not 0, every file in the data folder (``logs/`` aside) is
  byte-identical before and after;
- what a command reports as done really is done (a recorded step exports and
  imports back; a reminder added is in the settings file).

In-process stand-ins: an in-memory keyring (``keyring.set_keyring``), a fixed
local zone, and a ``_tell_running_app`` that finds no running app (as a real
call would here, without creating a Qt application inside the test process).
A guard makes sure no generated argv ever starts the tray app.

Each test prints ``fuzz: <target>: <N> generated cases`` (see ``tests/support/fuzzcount.py``).
"""

from __future__ import annotations

import base64
import contextlib
import csv
import io
import json
import logging
import os
import re
import shutil
import stat
import sys
import types
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import keyring
import keyring.core
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from keyring.errors import KeyringLocked
from tests.support.fuzzcount import report_cases
from tests.support.journals import TEST_KEY, open_journal
from tests.support.memory_keyring import MemoryKeyring

import smallsteps.platform.timezone
from smallsteps import cli, commands
from smallsteps.core.catalog import DEFAULT_CATALOG, Catalog, new_kind
from smallsteps.core.models import ReminderTime, Step
from smallsteps.core.parsing import parse_days, parse_feeling, parse_time, parse_when
from smallsteps.core.settings import MAX_REMINDERS, Settings
from smallsteps.storage.export import write_json
from smallsteps.storage.keystore import SERVICE
from smallsteps.storage.paths import DataPaths
from smallsteps.storage.settings_store import load_settings, save_settings

ZONE = ZoneInfo("Europe/Berlin")
KINDS = Catalog().ids
SEEDED_ID = "00000000000000000000000000000001"
SEEDED_NOTE = "tea"
FUZZ = settings(
    max_examples=150,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)

# -- the in-process world ---------------------------------------------------------


@dataclass
class Outcome:
    """What one run of ``main`` did."""

    code: int | str | None
    out: str
    err: str
    exited: bool  # argparse raised SystemExit

    def __str__(self) -> str:
        return f"code={self.code!r} exited={self.exited} out={self.out!r} err={self.err!r}"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes under ``folder``, ``logs/`` aside."""
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "logs"
    }


def command_of(argv: list[str]) -> str | None:
    """The command ``argv`` names (``"<exit>"`` when argparse would stop first)."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return str(cli.build_parser().parse_args(argv).command)
        except SystemExit:
            return "<exit>"


def _no_tray_app(*args: object, **kwargs: object) -> int:
    raise AssertionError("a fuzzed argv started the tray app")


@dataclass
class World:
    """A scratch area with a template data folder, the keyring and a runner."""

    root: Path
    keys: MemoryKeyring
    told: list[str] = field(default_factory=list)
    cases: int = 0

    @property
    def template(self) -> Path:
        return self.root / "template"

    def case(self) -> Path:
        """A new empty folder for one generated case."""
        self.cases += 1
        folder = self.root / "cases" / f"case-{self.cases}"
        folder.mkdir(parents=True)
        return folder

    def seeded(self, case: Path, name: str = "data", key: str = "ok") -> Path:
        """A copy of the template data folder, its key in the keyring as ``key`` says."""
        data = case / name
        shutil.copytree(self.template, data)
        self.keys.failure = KeyringLocked("the test keyring is locked") if key == "locked" else None
        if key in ("ok", "locked"):
            self.put_key(data)
        return data

    def put_key(self, data: Path, key: bytes = TEST_KEY) -> None:
        account = DataPaths(data.absolute()).keyring_account
        self.keys.entries[(SERVICE, account)] = base64.b64encode(key).decode()

    def run(self, data: Path | str, *args: str, stdin: str = "") -> Outcome:
        """Run ``smallsteps --data-dir DATA ARGS`` in this process."""
        argv = ["--data-dir", str(data), *args]
        assert command_of(argv) != "None", f"this argv would start the tray app: {argv}"
        out, err = io.StringIO(), io.StringIO()
        umask = os.umask(0o022)
        os.umask(umask)
        root = logging.getLogger()
        handlers = list(root.handlers)
        saved_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    code: int | str | None = cli.main(argv)
                    exited = False
                except SystemExit as exc:
                    code, exited = exc.code, True
        finally:
            sys.stdin = saved_stdin
            root.handlers[:] = handlers  # the CLI adds a NullHandler on every run
            os.umask(umask)  # the CLI makes it 077 for the whole process
        return Outcome(code, out.getvalue(), err.getvalue(), exited)


def _make_template(folder: Path) -> None:
    folder.mkdir(parents=True, mode=0o700)
    journal = open_journal(folder / "journal.sqlite3", folder / "backups")
    journal.add(Step(SEEDED_ID, "rest", datetime(2026, 11, 27, 21, 0, tzinfo=UTC), SEEDED_NOTE, 3))
    journal.backup(datetime(2026, 11, 27, 22, 0))
    journal.close()
    (folder / "backups" / "journal-20261120-101010.daily.sqlite3").write_bytes(b"damaged")
    save_settings(
        folder / "settings.json", Settings(reminders=(ReminderTime(9, 0), ReminderTime(17, 45)))
    )


OWN = new_kind("Tea with a friend", DEFAULT_CATALOG)
SETTINGS_FILES = {
    "two-times": Settings(reminders=(ReminderTime(9, 0), ReminderTime(17, 45))),
    "full": Settings(reminders=tuple(ReminderTime(h, m) for h in range(24) for m in (0, 30))),
    "own-steps": Settings(
        steps=(*DEFAULT_CATALOG[1:], replace(DEFAULT_CATALOG[0], hidden=True), OWN)
    ),
}
UNREADABLE = b'{"reminders": [{"time": "25:00"}]'


def write_settings_file(data: Path, state: str) -> None:
    """Put the settings file of this ``state`` in the data folder (or none at all)."""
    path = data / "settings.json"
    if state == "none":
        path.unlink(missing_ok=True)
    elif state == "unreadable":
        path.write_bytes(UNREADABLE)
    else:
        save_settings(path, SETTINGS_FILES[state])


GOOD_BACKUP = "journal-20261127-220000.daily.sqlite3"
DAMAGED_BACKUP = "journal-20261120-101010.daily.sqlite3"


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    keys = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(keys)
    made = World(tmp_path, keys)

    def not_running(paths: DataPaths, what: str) -> bool:
        made.told.append(what)
        return False

    monkeypatch.setattr(commands, "_tell_running_app", not_running)
    monkeypatch.setattr(smallsteps.platform.timezone, "system_zone", lambda: ZONE)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):  # English, whatever the host speaks
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    guard = types.ModuleType("smallsteps.app")
    guard.run_app = _no_tray_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "smallsteps.app", guard)
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")  # relative paths in generated argv land here
    _make_template(made.template)
    return made


# -- what every outcome must respect ---------------------------------------------------


def clear_line(text: str) -> bool:
    """One line, ended by a newline, with nothing in it a terminal would act on.

    No control characters (a line break, a carriage return, an escape sequence
    that retitles or recolours the terminal) and no Unicode line separators.
    """
    return text.endswith("\n") and not any(
        unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text[:-1]
    )


def check(
    outcome: Outcome,
    before: dict[str, bytes],
    after: dict[str, bytes],
    *,
    row_lines: bool = False,
) -> None:
    """The promises every run keeps, whatever it was asked."""
    if outcome.exited:
        assert outcome.code in (0, 2), outcome
        if outcome.code == 2:
            assert outcome.out == "", outcome
            assert outcome.err.startswith("smallsteps: "), outcome
            assert clear_line(outcome.err), f"not one clear line: {outcome.err!r}"
        else:
            assert outcome.err == "", outcome
    else:
        assert outcome.code in (0, 1, 2, 3), outcome
        lines = outcome.err.split("\n")[:-1] if outcome.err else []
        rows: list[str] = []
        if row_lines:  # import: one line per refused row, each a line of its own
            rows = [x for x in lines if re.match(r"^row \d+: not imported, because ", x)]
            assert all(clear_line(x + "\n") for x in rows), rows
            lines = [x for x in lines if x not in rows]
        assert len(lines) <= 1, f"more than one line on stderr: {outcome.err!r}"
        if lines:
            assert clear_line(lines[0] + "\n"), f"not one clear line: {lines[0]!r}"
        if outcome.code != 0:
            assert lines or rows, f"exit {outcome.code} without a word: {outcome}"
            assert rows or lines[0].startswith("smallsteps: "), outcome
    if outcome.code != 0:
        assert after == before, f"exit {outcome.code} but the data folder changed: {outcome}"


def run_and_check(world: World, data: Path, *args: str, stdin: str = "", **kw: Any) -> Outcome:
    before = snapshot(data)
    outcome = world.run(data, *args, stdin=stdin)
    check(outcome, before, snapshot(data), **kw)
    return outcome


def _run(target: str, prop: Callable[[], None], counter: list[int]) -> None:
    try:
        prop()
    finally:
        report_cases(target, counter[0])


def expected_note(note: str | None) -> str | None:
    if note is None:
        return None
    return note.replace("\x00", "").strip() or None


def exported(world: World, data: Path) -> list[dict[str, Any]]:
    """The data folder's steps, through the CLI's own JSON export (notes open)."""
    world.keys.failure = None
    world.put_key(data)
    out = data.parent / "check-export.json"
    result = world.run(data, "export", "--output", str(out))
    assert (result.code, result.err) == (0, ""), result
    steps: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))["steps"]
    return steps


# -- generators ------------------------------------------------------------------------

# Anything a shell can hand over, lone surrogates (undecodable bytes) included.
any_text = st.text(st.characters() | st.characters(categories=["Cs"]), max_size=40)
hard_text = st.sampled_from(
    [
        "",
        " ",
        "-",
        "--",
        "-x",
        "\n",
        "a\nb",
        "\x1b[31mred\x1b[0m",
        "\r",
        "\x00",
        "\u202eevil",
        "'); DROP TABLE steps;--",
        "%s%n",
        "{}",
        "🌳👩\u200d👧",
        "x" * 300,
        "\udcff",
    ]
)
junk = any_text | hard_text


def _option(flag: str, value: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """``--flag VALUE`` or ``--flag=VALUE``, or nothing."""
    return st.just([]) | value.map(lambda v: [flag, v]) | value.map(lambda v: [f"{flag}={v}"])


kinds = (
    st.sampled_from(KINDS)
    | st.sampled_from([OWN.id, "WALK", " walk", "walk ", "jog", "", "own_"])
    | junk
)
notes = (
    st.sampled_from(["a walk", "", "  ", "\x00tea\x00", "שלום 🌳", "'); DROP TABLE steps;--"])
    | junk
)
feelings = (
    st.sampled_from(["1", "3", "5", "0", "6", "-1", " 3 ", "٣", "３", "3.0", "+3", "03", "1_0"])
    | st.integers(-10, 10).map(str)
    | junk
)
ats = (
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.one_of(st.none(), st.timezones(), st.just(UTC)),
    ).map(lambda d: d.isoformat())
    | st.sampled_from(
        [
            "2026-11-28T14:30",
            "2026-11-28 14:30",
            "2026-11-28",
            "2026-11-28T14:30Z",
            "2026-11-28T14:30+01:00",
            "2026-03-29T02:30",  # not a time in Berlin (spring forward)
            "2026-10-25T02:30",  # twice a time in Berlin (fall back)
            "1960-01-01T00:00+00:00",
            "0001-01-01T00:00+05:00",
            "9999-12-31T23:00-05:00",
            "2026-02-30T10:00",
            "now",
            "",
        ]
    )
    | junk
)


# -- record ----------------------------------------------------------------------------


def test_record(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        kind=kinds,
        options=st.tuples(
            _option("--note", notes), _option("--feeling", feelings), _option("--at", ats)
        ).flatmap(st.permutations),
        key=st.sampled_from(["ok", "ok", "missing", "locked"]),
        settings_file=st.sampled_from(
            ["two-times", "two-times", "own-steps", "unreadable", "none"]
        ),
    )
    @example(kind="walk", options=[["--note", "\udcff"], [], []], key="ok", settings_file="none")
    @example(kind="walk", options=[["--note", "tea"], [], []], key="locked", settings_file="none")
    @example(kind=OWN.id, options=[[], [], []], key="ok", settings_file="own-steps")
    def prop(kind: str, options: list[list[str]], key: str, settings_file: str) -> None:
        counter[0] += 1
        case = world.case()
        data = world.seeded(case, key=key)
        write_settings_file(data, settings_file)
        args = [a for o in options for a in o]
        before = snapshot(data)
        outcome = world.run(data, "record", kind, *args)
        after = snapshot(data)
        check(outcome, before, after)
        if "settings.json" in before and "settings.json" not in after:
            assert "could not be read" in outcome.err, f"settings set aside unsaid: {outcome}"
        if outcome.code != 0:
            return
        given_ = dict(o[0].split("=", 1) if len(o) == 1 else o for o in options if o)
        steps = exported(world, data)
        assert len(steps) == 2, steps
        (new,) = [s for s in steps if s["id"] != SEEDED_ID]
        assert new["kind"] == kind
        assert new["note"] == expected_note(given_.get("--note"))
        feeling = given_.get("--feeling")
        assert new["feeling"] == (None if feeling is None else parse_feeling(feeling))
        if "--at" in given_:
            # Compared in UTC: == between zones is always False for a time in a DST gap.
            wanted = parse_when(given_["--at"], ZONE).astimezone(UTC)
            assert datetime.fromisoformat(new["taken_at"]).astimezone(UTC) == wanted
        assert "steps-changed" in world.told
        # What the journal exports, an import takes back (into a copy of the same start).
        again = world.seeded(case, name="again")
        back = world.run(again, "import", str(data.parent / "check-export.json"))
        assert (back.code, back.err) == (0, ""), f"its own export does not import: {back}"
        assert back.out.startswith("1 small step added; 1 already there"), back

    _run("cli: record KIND --note --feeling --at", prop, counter)


# -- export ----------------------------------------------------------------------------


def _output_path(case: Path, data: Path, choice: str) -> str | None:
    return {
        "none": None,
        "relative": "out.json",
        "absolute": str(case / "out.txt"),
        "existing": str(case / "existing.json"),
        "folder": str(case),
        "empty": "",
        "dot": ".",
        "missing-folder": str(case / "no" / "such" / "out.csv"),
        "inside-data": str(data / "mine.json"),
    }[choice]


def test_export(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        fmt=st.none() | st.sampled_from(["json", "csv", "JSON", "xml", ""]) | junk,
        output=st.sampled_from(
            [
                "none",
                "relative",
                "absolute",
                "existing",
                "folder",
                "empty",
                "dot",
                "missing-folder",
                "inside-data",
            ]
        ),
        key=st.sampled_from(["ok", "missing", "locked"]),
        passphrase=st.none() | st.sampled_from(["", "wrong"]),
    )
    def prop(fmt: str | None, output: str, key: str, passphrase: str | None) -> None:
        counter[0] += 1
        case = world.case()
        data = world.seeded(case, key=key)
        (case / "existing.json").write_text("older", encoding="utf-8")
        target = _output_path(case, data, output)
        args = ["export"]
        args += [] if fmt is None else ["--format", fmt]
        args += [] if target is None else ["--output", target]
        args += [] if passphrase is None else ["--passphrase-stdin"]
        before = snapshot(data)
        outcome = world.run(data, *args, stdin=f"{passphrase}\n")
        after = snapshot(data)
        check(outcome, before, after)
        if outcome.code != 0:
            assert (case / "existing.json").read_text(encoding="utf-8") == "older"
            return
        if output != "inside-data":
            assert after == before, "an export changed the data folder"
        if target is None:
            text = outcome.out
        else:
            path = Path(target)
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            text = path.read_text(encoding="utf-8")
            assert outcome.out == f"1 small step written to {target}.\n"
        if (fmt or "json") == "json":
            (item,) = json.loads(text)["steps"]
        else:
            (item,) = csv.DictReader(io.StringIO(text, newline=""))
            item["note"] = item["note"] or None
        assert item["id"] == SEEDED_ID
        notes_open = key == "ok" and passphrase is None
        assert item["note"] == (SEEDED_NOTE if notes_open else None)
        assert (outcome.err == "") == notes_open, outcome

    _run("cli: export --format --output", prop, counter)


# -- import ----------------------------------------------------------------------------

IMPORT_FILES = [
    "own-export",
    "new-step",
    "new-and-bad-rows",
    "bytes",
    "text",
    "json-shape",
    "missing",
    "folder",
    "empty-name",
    "empty-file",
]
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=15,
)


def _export_bytes(steps: list[Step]) -> bytes:
    out = io.StringIO()
    write_json(steps, out)
    return out.getvalue().encode("utf-8")


def _import_file(case: Path, choice: str, blob: bytes, text: str, shape: Any) -> str:
    path = case / "import.file"
    new = Step("a" * 32, "walk", datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "new note", 4)
    if choice == "own-export":
        seeded = Step(SEEDED_ID, "rest", datetime(2026, 11, 27, 21, 0, tzinfo=UTC), "tea", 3)
        path.write_bytes(_export_bytes([seeded]))
    elif choice == "new-step":
        path.write_bytes(_export_bytes([new]))
    elif choice == "new-and-bad-rows":
        doc = json.loads(_export_bytes([new]))
        doc["steps"] += [{"id": "../x", "kind": "walk"}, "not a step", {"id": "b" * 32}]
        path.write_text(json.dumps(doc), encoding="utf-8")
    elif choice == "bytes":
        path.write_bytes(blob)
    elif choice == "text":
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    elif choice == "json-shape":
        path.write_text(json.dumps({"format_version": 1, "steps": shape}), encoding="utf-8")
    elif choice == "missing":
        return str(case / "not-there.json")
    elif choice == "folder":
        return str(case)
    elif choice == "empty-name":
        return ""
    elif choice == "empty-file":
        path.write_bytes(b"")
    return str(path)


def test_import(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        choice=st.sampled_from(IMPORT_FILES),
        blob=st.binary(max_size=300),
        text=st.text(max_size=200) | st.just("id,taken_at,kind,note,feeling\r\nx,y,z,,\r\n"),
        shape=_json_values,
        key=st.sampled_from(["ok", "missing", "locked"]),
    )
    def prop(choice: str, blob: bytes, text: str, shape: Any, key: str) -> None:
        counter[0] += 1
        case = world.case()
        data = world.seeded(case, key=key)
        file = _import_file(case, choice, blob, text, shape)
        before = snapshot(data)
        outcome = world.run(data, "import", file)
        after = snapshot(data)
        added = re.match(r"^(\d+) small steps? added", outcome.out)
        if added and int(added.group(1)) > 0:
            # Good rows come in even when others are refused (exit 2): that is the design,
            # so only the journal may change, and only by what was reported added.
            assert outcome.code in (0, 2), outcome
            check(outcome, before, before, row_lines=True)
            assert {k for k in after if after[k] != before.get(k)} <= {"journal.sqlite3"}
        else:
            check(outcome, before, after, row_lines=True)
            assert after == before, f"nothing was added, yet the data folder changed: {outcome}"

    _run("cli: import FILE", prop, counter)


# -- reminders -------------------------------------------------------------------------

times = (
    st.builds(lambda h, m: f"{h}:{m:02d}", st.integers(0, 30), st.integers(0, 99))
    | st.sampled_from(
        [
            "09:00",
            "9:00",
            "17:45",
            "24:00",
            "23:59",
            "00:00",
            "9h",
            "99:99",
            "7:5",
            " 7:15 ",
            "٠٩:٣٠",
        ]
    )
    | junk
)
days = (
    st.lists(
        st.sampled_from(["mon", "tue", "Wed", "thursday", "fri", "sat", "sun", "mo", "funday", ""]),
        max_size=4,
    ).map(",".join)
    | st.sampled_from(["every day", "daily", "all", "Every Day", ", ,", "mon,,tue"])
    | junk
)


def test_reminders(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        action=st.sampled_from(["list", "add", "remove"]) | junk,
        time_=st.none() | times,
        days_=st.none() | days,
        variant=st.sampled_from(["two-times", "full", "own-steps", "unreadable", "none"]),
    )
    @example(action="add", time_="12:00", days_=None, variant="full")
    @example(action="remove", time_="09:00", days_="mon", variant="two-times")
    def prop(action: str, time_: str | None, days_: str | None, variant: str) -> None:
        counter[0] += 1
        case = world.case()
        data = world.seeded(case)
        write_settings_file(data, variant)
        args = ["reminders", action]
        args += [] if time_ is None else [time_]
        args += [] if days_ is None else ["--days", days_]
        before = snapshot(data)
        outcome = world.run(data, *args)
        after = snapshot(data)
        check(outcome, before, after)
        if "settings.json" in before and "settings.json" not in after:
            assert "could not be read" in outcome.err, f"settings set aside unsaid: {outcome}"
        if outcome.code != 0:
            return
        if action == "list":
            assert variant == "unreadable" or after == before
            return
        assert time_ is not None
        hour, minute = parse_time(time_)
        kept = load_settings(data / "settings.json")
        assert kept.notice is None
        assert len(kept.settings.reminders) <= MAX_REMINDERS
        at = {(r.hour, r.minute): r for r in kept.settings.reminders}
        if action == "add":
            assert at[(hour, minute)].days == parse_days(days_ or "every day")
        else:
            assert (hour, minute) not in at

    _run("cli: reminders list/add/remove --days", prop, counter)


# -- backup ----------------------------------------------------------------------------


def test_backup(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        action=st.sampled_from(["list", "now", "restore"]) | junk,
        name=st.none()
        | st.sampled_from(
            [
                GOOD_BACKUP,
                DAMAGED_BACKUP,
                "journal.sqlite3",
                "../journal.sqlite3",
                "backups/" + GOOD_BACKUP,
                GOOD_BACKUP.upper(),
                GOOD_BACKUP + "\n",
            ]
        )
        | junk,
    )
    def prop(action: str, name: str | None) -> None:
        counter[0] += 1
        data = world.seeded(world.case())
        args = ["backup", action] + ([] if name is None else [name])
        before = snapshot(data)
        outcome = world.run(data, *args)
        after = snapshot(data)
        check(outcome, before, after)
        if outcome.code == 0 and action == "list":
            assert after == before
            assert GOOD_BACKUP in outcome.out
        if outcome.code == 0 and action == "restore":
            assert name == GOOD_BACKUP
            assert after["journal.sqlite3"] == before["backups/" + GOOD_BACKUP]

    _run("cli: backup list/now/restore NAME", prop, counter)


# -- delete-all-data (never confirmed), nudge, show --------------------------------------


def test_delete_all_data_without_yes_changes_nothing(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(extra=st.lists(junk.filter(lambda t: not t.startswith("--y")), max_size=3))
    def prop(extra: list[str]) -> None:
        counter[0] += 1
        data = world.seeded(world.case())
        outcome = run_and_check(world, data, "delete-all-data", *extra)
        assert outcome.code == 2 or (outcome.exited and outcome.code == 0), outcome
        assert (SERVICE, DataPaths(data.absolute()).keyring_account) in world.keys.entries

    _run("cli: delete-all-data without --yes", prop, counter)


def test_nudge_and_show_with_no_app_running(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        command=st.sampled_from(["nudge", "show"]),
        rest=st.lists(
            st.sampled_from(["step", "week", "settings", "Week", "tray"]) | junk, max_size=2
        ),
    )
    def prop(command: str, rest: list[str]) -> None:
        counter[0] += 1
        data = world.seeded(world.case())
        outcome = run_and_check(world, data, command, *rest)
        assert outcome.code in (1, 2), outcome
        assert outcome.out == ""

    _run("cli: nudge, show WINDOW", prop, counter)


# -- any argv at all -------------------------------------------------------------------

VOCABULARY = [
    "record",
    "export",
    "import",
    "reminders",
    "backup",
    "delete-all-data",
    "nudge",
    "show",
    "list",
    "add",
    "remove",
    "now",
    "restore",
    "walk",
    "rest",
    "step",
    "week",
    "--note",
    "--feeling",
    "--at",
    "--format",
    "--passphrase-stdin",
    "--days",
    "--verbose",
    "--help",
    "-h",
    "--version",
    "json",
    "csv",
    "10:30",
    "25:00",
    "mon",
    "3",
    "--",
    "-",
    "--note=",
    "=",
]
# Options that would write outside the scratch folder (the real applications menu too),
# or delete it, are never generated, nor any abbreviation of them.
_UNSAFE = (
    "--data-dir",
    "--output",
    "--yes",
    "--install-desktop-entry",
    "--uninstall-desktop-entry",
)


def safe_token(token: str) -> bool:
    name = token.split("=", 1)[0]
    if name.startswith("--") and len(name) > 2 and any(o.startswith(name) for o in _UNSAFE):
        return False
    return not token.startswith(("/", "~")) and ".." not in token


def test_any_argv(world: World) -> None:
    counter = [0]

    @FUZZ
    @given(
        argv=st.lists(st.sampled_from(VOCABULARY) | junk.filter(safe_token), max_size=6),
        stdin=st.sampled_from(["", "\n", "a passphrase\n"]),
    )
    @example(argv=["--help"], stdin="")
    def prop(argv: list[str], stdin: str) -> None:
        command = command_of(["--data-dir", "x", *argv])
        assume(command != "None")  # no command starts the tray app: never from a test
        counter[0] += 1
        data = world.seeded(world.case())
        run_and_check(world, data, *argv, stdin=stdin, row_lines=command == "import")

    _run("cli: any argv", prop, counter)


# -- the data folder option itself -------------------------------------------------------

DATA_DIR_COMMANDS = [
    ["reminders", "list"],
    ["reminders", "add", "25:00"],
    ["export"],
    ["export", "--output", ""],
    ["backup", "list"],
    ["backup", "now"],
    ["record", "walk"],
    ["record", "jog"],
    ["import", "not-there.json"],
    ["import", "import.file"],
    ["nudge"],
    ["delete-all-data"],
]


def test_data_dir(world: World) -> None:
    counter = [0]

    @settings(FUZZ, max_examples=80)
    @given(
        where=st.sampled_from(["a-file", "under-a-file", "fresh", "empty", "odd-name"]),
        name=st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
            min_size=1,
            max_size=20,
        ).filter(lambda n: n not in (".", "..", "import.file")),
        args=st.sampled_from(DATA_DIR_COMMANDS),
    )
    def prop(where: str, name: str, args: list[str]) -> None:
        counter[0] += 1
        case = world.case()
        (case / "import.file").write_bytes(b"not an export at all")
        data: Path
        if where == "a-file":
            data = case / "file"
            data.write_bytes(b"mine")
        elif where == "under-a-file":
            (case / "file").write_bytes(b"mine")
            data = case / "file" / "data"
        elif where == "fresh":
            data = case / "new" / "deeper"
        elif where == "empty":
            data = case / "empty"
            data.mkdir()
        else:
            data = world.seeded(case, name=name)
        whole_before = snapshot(case)
        outcome = world.run(data, *[str(case / a) if a.endswith(".file") else a for a in args])
        check(outcome, whole_before, snapshot(case))

    _run("cli: --data-dir (a file, under a file, new, empty, odd names)", prop, counter)


# -- the passphrase on standard input ----------------------------------------------------


def test_passphrase_stdin(world: World) -> None:
    counter = [0]

    @settings(FUZZ, max_examples=30)
    @given(
        line=st.sampled_from(["", "\n", "   \n", "\udcff\n", "ok\udcffok\n", "\x00\n"])
        | st.text(st.characters() | st.characters(categories=["Cs"]), max_size=12),
        fresh=st.booleans(),
    )
    def prop(line: str, fresh: bool) -> None:
        counter[0] += 1
        case = world.case()
        data = case / "data" if fresh else world.seeded(case, key="missing")
        outcome = run_and_check(
            world, data, "record", "walk", "--note", "x", "--passphrase-stdin", stdin=line
        )
        if fresh and line.split("\n", 1)[0] == "":
            # The app refuses an empty passphrase; so must the command line.
            assert outcome.code == 2, f"an empty passphrase became the notes' passphrase: {outcome}"

    _run("cli: --passphrase-stdin", prop, counter)


# -- found by fuzzing: plain tests, one per defect, failing until it is fixed -------------


@pytest.mark.parametrize("at", ["0001-01-01T00:00+05:00", "9999-12-31T23:00-05:00"])
def test_a_time_the_journal_cannot_read_back_is_refused(world: World, at: str) -> None:
    """Kept at exit 0 today, after which every export (and the week view) raises OverflowError."""
    data = world.seeded(world.case())
    outcome = run_and_check(world, data, "record", "walk", "--at", at)
    assert outcome.code == 2, f"accepted, and the journal no longer reads: {outcome}"


def test_a_recorded_step_is_one_its_export_can_bring_back(world: World) -> None:
    """``record --at 1960-…`` is kept, but the importer refuses years before 1970."""
    case = world.case()
    data = world.seeded(case)
    outcome = run_and_check(world, data, "record", "walk", "--at", "1960-01-01T00:00+00:00")
    if outcome.code != 0:
        return  # refused in one line, as the importer would: consistent
    exported(world, data)
    again = world.seeded(case, name="again")
    back = world.run(again, "import", str(data.parent / "check-export.json"))
    assert (back.code, back.err) == (0, ""), back


def test_an_export_with_notes_imports_into_a_new_data_folder(world: World) -> None:
    """A new computer: the keyring works, yet the import says notes need the keyring."""
    case = world.case()
    data = world.seeded(case)
    exported(world, data)
    outcome = run_and_check(world, case / "new", "import", str(case / "check-export.json"))
    assert (outcome.code, outcome.out) == (
        0,
        "1 small step added; 0 already there; 0 not imported.\n",
    )


def test_import_with_the_key_missing_says_one_thing(world: World) -> None:
    """Two lines today, the first about "this export" during an import."""
    case = world.case()
    data = world.seeded(case)
    exported(world, data)
    data = world.seeded(case, name="other", key="missing")
    outcome = world.run(data, "import", str(case / "check-export.json"))
    assert outcome.code == 3
    assert clear_line(outcome.err), outcome
    assert "export" not in outcome.err.split(".")[0], outcome


@pytest.mark.parametrize("where", ["", ".", "folder", "no/such/folder/out.json"])
def test_export_to_a_place_that_cannot_be_written_says_so(world: World, where: str) -> None:
    """An uncaught IsADirectoryError / FileNotFoundError today."""
    case = world.case()
    data = world.seeded(case)
    target = str(case) if where == "folder" else where
    outcome = run_and_check(world, data, "export", "--output", target)
    assert outcome.code in (2, 3)


@pytest.mark.parametrize("where", ["a-file", "under-a-file"])
def test_a_data_dir_that_is_not_a_folder_says_so(world: World, where: str) -> None:
    """An uncaught FileExistsError / NotADirectoryError from DataPaths.ensure() today."""
    case = world.case()
    (case / "file").write_bytes(b"mine")
    data = case / "file" if where == "a-file" else case / "file" / "data"
    outcome = run_and_check(world, data, "reminders", "list")
    assert outcome.code in (2, 3)
    assert (case / "file").read_bytes() == b"mine"


@pytest.mark.parametrize(
    "args",
    [
        ["nudge", "one\ntwo"],
        ["nudge", "\x1b]0;retitled\x07"],
        ["backup", "restore", "no\nsuch backup"],
        ["import", "no\nsuch file"],
        ["reminders", "list", "\r"],
    ],
    ids=["argparse-newline", "argparse-escape", "backup-name", "import-file", "argparse-cr"],
)
def test_what_was_typed_is_quoted_on_one_clear_line(world: World, args: list[str]) -> None:
    """Argparse's "unrecognized arguments", the backup name and the import path go out raw."""
    data = world.seeded(world.case())
    outcome = run_and_check(world, data, *args)
    assert outcome.code == 2


def test_an_empty_passphrase_is_refused(world: World) -> None:
    """The app refuses an empty passphrase; ``--passphrase-stdin`` with no input sets one."""
    data = world.case() / "data"
    outcome = run_and_check(
        world, data, "record", "walk", "--note", "x", "--passphrase-stdin", stdin="\n"
    )
    assert outcome.code == 2, outcome


def test_a_passphrase_that_is_not_text_leaves_the_notes_usable(world: World) -> None:
    """A byte that is not UTF-8 on stdin: a traceback, and the notes locked for good.

    The journal gets its key check first, then the passphrase fails to encode, so
    the new key is in no keyring and under no passphrase.
    """
    data = world.case() / "data"
    outcome = world.run(
        data, "record", "walk", "--note", "x", "--passphrase-stdin", stdin="\udcff\n"
    )
    assert outcome.code == 2, outcome
    assert clear_line(outcome.err), outcome
    after = world.run(data, "record", "walk", "--note", "y")
    assert after.code == 0, f"notes can no longer be kept in this journal: {after}"


def test_a_failed_import_into_a_new_folder_leaves_no_journal(world: World) -> None:
    """Exit 3 for a file that is not an export, yet an empty journal was created first."""
    case = world.case()
    (case / "x.csv").write_text("not,an,export\n", encoding="utf-8")
    run_and_check(world, case / "new", "import", str(case / "x.csv"))


def test_record_says_so_when_it_sets_the_settings_file_aside(world: World) -> None:
    """``record`` loads the settings for the steps, renames an unreadable file, and is silent.

    The rename makes the notice come once, so the person is never told that their
    reminder times are back to the usual ones.
    """
    data = world.seeded(world.case())
    write_settings_file(data, "unreadable")
    outcome = run_and_check(world, data, "record", "walk")
    assert outcome.code == 0
    if not (data / "settings.json").exists():
        assert "could not be read" in outcome.err, outcome


@pytest.mark.parametrize(
    "args", [["record", "jog"], ["reminders", "add", "99:99"], ["reminders", "remove", "07:00"]]
)
def test_bad_input_with_an_unreadable_settings_file_changes_nothing(
    world: World, args: list[str]
) -> None:
    """The settings file is renamed before the input is looked at (and two lines are said)."""
    data = world.seeded(world.case())
    write_settings_file(data, "unreadable")
    outcome = run_and_check(world, data, *args)
    assert outcome.code == 2


@pytest.mark.parametrize(
    "args",
    [
        ["record", "walk", "--note=--"],
        ["record", "walk", "--at=--"],
        ["reminders", "add", "10:00", "--days=--"],
    ],
)
def test_an_option_whose_value_is_a_double_dash_is_refused(world: World, args: list[str]) -> None:
    """Python 3.11's argparse turns ``--note=--`` into ``[]``: an AttributeError today."""
    data = world.seeded(world.case())
    outcome = run_and_check(world, data, *args)
    assert outcome.code == 2, outcome
