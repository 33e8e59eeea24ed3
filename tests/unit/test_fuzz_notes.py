"""Fuzzing notes: whatever a person types is kept literally, or refused in one kind line.

A note goes the way the app takes it: `build_step`, then `Journal.add` (notes
unlocked with the test key), then back out with `iter_steps`, a JSON and a CSV
export, and an import of each export into a new journal. What comes back is the
note exactly as typed, except for the documented cleaning: NUL characters are
removed and surrounding blank space is stripped (an all-blank note is no note).
A note that cannot be kept (lone surrogates, more than 100,000 characters) is
refused with an `InputError` whose message is one line, and nothing is stored.
SQL-looking text is only text: the steps table is still there afterwards.

Each test prints ``fuzz: <target>: <N> generated cases`` (see ``tests/support/fuzzcount.py``).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.support.fuzzcount import report_cases
from tests.support.journals import open_journal

from smallsteps.core.catalog import Catalog
from smallsteps.core.models import StepDraft
from smallsteps.core.parsing import InputError
from smallsteps.core.recording import MAX_NOTE_CHARS, build_step
from smallsteps.storage.export import write_csv, write_json
from smallsteps.storage.importer import import_steps

NOW = datetime(2026, 11, 28, 14, 30, tzinfo=UTC)
CATALOG = Catalog()
FUZZ = settings(
    max_examples=200,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CONTROLS = [chr(c) for c in range(0x01, 0x20)] + ["\x7f", "\u2028", "\u2029", "\x85"]
RTL = [
    "שלום, הלכתי לטייל",  # Hebrew
    "مشيت قليلاً في الحديقة",  # Arabic
    "\u202eolleh\u202c",  # RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING
    "\u202dabc\u202c",  # LEFT-TO-RIGHT OVERRIDE
    "\u200f\u200e\u2067\u2069\u061c",  # RLM, LRM, RLI, PDI, ALM
]
EMOJI = [
    "🌳",
    "👩\u200d👩\u200d👧\u200d👦",  # family, joined with ZWJ
    "🏳️\u200d🌈",  # rainbow flag: variation selector + ZWJ
    "👍🏽",  # skin tone modifier
    "🇩🇪",  # regional indicators
    "1\ufe0f\u20e3",  # keycap
]
SQL = [
    "'); DROP TABLE steps;--",
    "%",
    "_",
    "'",
    '"',
    "`",
    "\\",
    "' OR '1'='1",
    "NULL",
    "; VACUUM; ATTACH DATABASE '/tmp/x' AS x;",
    "%_%",
    "\\x00",
]
BLANK = [" ", "\t", "\n", "\r\n", "\u3000", "\xa0", "\u200b", "\x00"]
PIECES = CONTROLS + RTL + EMOJI + SQL + BLANK + ["a walk", "tea", "=1+1", "€"]
HARD_NOTES = [None, "", " ", "\x00", "\x00 a \x00", "\n\t  \n", *PIECES, "".join(PIECES)]


def expected_note(note: str | None) -> str | None:
    """The documented cleaning: NUL characters out, surrounding blank space stripped."""
    if note is None:
        return None
    return note.replace("\x00", "").strip() or None


def refusal(note: str | None) -> str | None:
    """Why this note must be refused, or ``None`` when it must be kept."""
    if note is None:
        return None
    if any(0xD800 <= ord(c) <= 0xDFFF for c in note):
        return "surrogates"
    cleaned = expected_note(note)
    if cleaned is not None and len(cleaned) > MAX_NOTE_CHARS:
        return "too long"
    return None


def _table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


class _Folders:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def new(self) -> Path:
        self.count += 1
        folder = self.root / f"case-{self.count}"
        folder.mkdir()
        return folder


def _keep_and_read_back(folder: Path, note: str | None, feeling: int | None) -> None:
    """Record one step with this note; check it is refused cleanly or kept literally."""
    journal = open_journal(folder / "journal.sqlite3", folder / "backups")
    try:
        why = refusal(note)
        try:
            step = build_step(StepDraft("journal", note, feeling), CATALOG, NOW)
        except InputError as exc:
            message = str(exc)
            assert why is not None, f"refused a note that can be kept: {message}"
            assert message
            assert "\n" not in message
            assert "\r" not in message
            assert journal.count() == 0
            assert list(journal.iter_steps()) == []
            return
        assert why is None, f"kept a note that should be refused ({why})"
        want = expected_note(note)
        assert step.note == want
        assert journal.add(step)
        assert journal.count() == 1
        (back,) = journal.iter_steps()
        assert (back.id, back.note, back.feeling) == (step.id, want, feeling)
    finally:
        journal.close()
    assert {"steps", "meta"} <= _table_names(folder / "journal.sqlite3")

    # From disk again, through a new connection, then out through both exports.
    journal = open_journal(folder / "journal.sqlite3", folder / "backups")
    try:
        (back,) = journal.iter_steps()
        assert back.note == want
        as_json, as_csv = io.StringIO(), io.StringIO(newline="")
        assert write_json(journal.iter_steps(), as_json) == 1
        assert write_csv(journal.iter_steps(), as_csv) == 1
    finally:
        journal.close()
    (item,) = json.loads(as_json.getvalue())["steps"]
    assert item["note"] == want
    assert item["feeling"] == feeling
    (row,) = csv.DictReader(io.StringIO(as_csv.getvalue(), newline=""))
    assert row["note"] == (want or "")
    assert row["feeling"] == ("" if feeling is None else str(feeling))

    # And back in: each export imports into a new journal with the very same note.
    for name, text in (("json", as_json.getvalue()), ("csv", as_csv.getvalue())):
        other = folder / f"from-{name}"
        other.mkdir()
        fresh = open_journal(other / "journal.sqlite3", other / "backups")
        try:
            report = import_steps(fresh, text.encode("utf-8"))
            assert (report.added, report.refused) == (1, []), (name, report)
            (again,) = fresh.iter_steps()
            assert (again.id, again.note, again.feeling) == (step.id, want, feeling), name
        finally:
            fresh.close()


def _run(target: str, prop: Callable[[], None], counter: list[int]) -> None:
    try:
        prop()
    finally:
        report_cases(target, counter[0])


@pytest.fixture
def folders(tmp_path: Path) -> _Folders:
    (tmp_path / "cases").mkdir()
    return _Folders(tmp_path / "cases")


_feelings = st.none() | st.integers(1, 5)


@pytest.mark.parametrize("note", HARD_NOTES, ids=lambda n: repr(n)[:30])
def test_each_hard_note_is_kept_literally(folders: _Folders, note: str | None) -> None:
    _keep_and_read_back(folders.new(), note, 3)


def test_notes_composed_of_hard_pieces(folders: _Folders) -> None:
    counter = [0]

    @FUZZ
    @given(pieces=st.lists(st.sampled_from(PIECES), max_size=12), feeling=_feelings)
    def prop(pieces: list[str], feeling: int | None) -> None:
        counter[0] += 1
        _keep_and_read_back(folders.new(), "".join(pieces), feeling)

    _run("notes: composed of controls, RTL, emoji, SQL, blanks", prop, counter)


def test_notes_of_any_text_including_surrogates(folders: _Folders) -> None:
    counter = [0]
    kept_or_refused: set[bool] = set()

    @FUZZ
    @given(
        note=st.none()
        | st.text(
            st.characters()
            | st.characters(categories=["Cs"])
            | st.sampled_from([c for c in CONTROLS + BLANK if len(c) == 1]),
            max_size=200,
        ),
        feeling=_feelings,
    )
    @example(note="\ud800", feeling=None)
    @example(note=" \udfff ", feeling=2)
    @example(note="a\x00\ud83d\x00", feeling=None)  # a lone high surrogate between NULs
    def prop(note: str | None, feeling: int | None) -> None:
        counter[0] += 1
        kept_or_refused.add(refusal(note) is None)
        _keep_and_read_back(folders.new(), note, feeling)

    _run("notes: any text, surrogates included", prop, counter)
    assert kept_or_refused == {True, False}


def test_notes_around_one_hundred_thousand_characters(folders: _Folders) -> None:
    counter = [0]

    @settings(FUZZ, max_examples=25)
    @given(
        length=st.integers(MAX_NOTE_CHARS - 2, MAX_NOTE_CHARS + 2) | st.integers(90_000, 110_000),
        filler=st.sampled_from(
            ["a", "🌳", "ש", "\u2028x", "👩\u200d👧", "'); DROP TABLE steps;--"]
        ),
        padding=st.sampled_from(["", " ", "\n\n", "\x00" * 5, " \t" * 1000]),
    )
    @example(length=MAX_NOTE_CHARS, filler="a", padding="")
    @example(length=MAX_NOTE_CHARS + 1, filler="a", padding="")
    @example(length=MAX_NOTE_CHARS, filler="🌳", padding=" \t" * 1000)
    def prop(length: int, filler: str, padding: str) -> None:
        counter[0] += 1
        body = "x" + (filler * (length // len(filler) + 1))[: length - 2] + "x"
        assert len(body) == length
        _keep_and_read_back(folders.new(), padding + body + padding, 5)

    _run("notes: about 100,000 characters (100 KB and more)", prop, counter)
