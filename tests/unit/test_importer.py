"""Import: exports come back exactly, twice changes nothing, bad rows are refused one by one."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.support.fuzzcount import report_cases
from tests.support.journals import open_journal

from smallsteps.core.models import Step
from smallsteps.core.recording import MAX_NOTE_CHARS
from smallsteps.storage.export import FIELDS, FORMAT_VERSION, step_to_dict, write_csv, write_json
from smallsteps.storage.importer import (
    MAX_IMPORT_BYTES,
    ImportFileError,
    ImportReport,
    import_steps,
    parse_export,
)
from smallsteps.storage.journal import Journal, NotesLockedError

IST = timezone(timedelta(hours=5, minutes=30))
NEPAL = timezone(timedelta(hours=5, minutes=45))
MARQUESAS = timezone(timedelta(hours=-9, minutes=-30))
KIRITIMATI = timezone(timedelta(hours=14))

STEPS = [
    Step("s01", "walk", datetime(2026, 11, 28, 7, 5, 9, 1, tzinfo=IST), "by the river", 4),
    Step("s02", "rest", datetime(2026, 11, 28, 8, 0, tzinfo=UTC)),
    Step("s03", "breathe", datetime(2026, 11, 28, 9, 0, 0, 999_999, tzinfo=NEPAL), None, 1),
    Step("s04", "reach_out", datetime(2026, 11, 28, 1, 0, tzinfo=MARQUESAS), 'call, "mom"', 5),
    Step("s05", "create", datetime(2026, 11, 29, 23, 59, 59, tzinfo=KIRITIMATI), "a\r\nb\nc\rd"),
    Step("s06", "gratitude", datetime(1970, 1, 1, 3, 0, tzinfo=IST), "before the epoch in UTC", 3),
    Step("s07", "walk", datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=2))), "🌱"),
    Step("s08", "rest", datetime(2026, 11, 30, 12, 0, tzinfo=UTC), "שלום עולם, مرحبا", 2),
    Step("s09", "some_kind_2", datetime(2026, 12, 1, 6, 0, tzinfo=UTC), "=1+1 ; tab\there", 3),
    Step("A-b_9", "walk", datetime(2026, 12, 2, 6, 0, tzinfo=UTC), "x" * MAX_NOTE_CHARS),
]

_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_KIND = re.compile(r"[a-z0-9_]{1,40}")


def _export(steps: list[Step], fmt: str) -> bytes:
    out = io.StringIO(newline="")
    (write_json if fmt == "json" else write_csv)(steps, out)
    return out.getvalue().encode("utf-8")


def _exact(journal: Journal) -> list[dict[str, Any]]:
    """The steps as exported: ISO times keep the offset and the microseconds."""
    return [step_to_dict(s) for s in journal.iter_steps()]


def _json_doc(rows: list[Any], version: object = FORMAT_VERSION) -> bytes:
    return json.dumps({"format_version": version, "app": "smallsteps", "steps": rows}).encode()


def _good_row(step_id: str = "good1", **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": step_id,
        "taken_at": "2026-11-28T09:30:00.250000+05:30",
        "kind": "walk",
        "note": "fine",
        "feeling": 3,
    }
    row.update(changes)
    return row


@pytest.fixture
def source(tmp_path: Path) -> Iterator[Journal]:
    (tmp_path / "source").mkdir()
    opened = open_journal(tmp_path / "source" / "journal.sqlite3", tmp_path / "source-backups")
    for step in STEPS:
        assert opened.add(step)
    yield opened
    opened.close()


# --- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_an_export_comes_back_exactly_into_an_empty_journal(
    source: Journal, journal: Journal, fmt: str
) -> None:
    data = _export(list(source.iter_steps()), fmt)
    report = import_steps(journal, data)
    assert report == ImportReport(added=len(STEPS), already_there=0, refused=[])
    assert _exact(journal) == _exact(source)
    assert [s.taken_at.utcoffset() for s in journal.iter_steps()] == [
        s.taken_at.utcoffset() for s in source.iter_steps()
    ]
    assert _export(list(journal.iter_steps()), fmt) == data  # byte for byte


def test_a_json_export_round_trips_every_field_exactly(source: Journal, journal: Journal) -> None:
    import_steps(journal, _export(list(source.iter_steps()), "json"))
    by_id = {s["id"]: s for s in _exact(journal)}
    for step in STEPS:
        assert by_id[step.id] == step_to_dict(step)
        assert by_id[step.id]["taken_at"] == step.taken_at.isoformat()


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_importing_the_same_file_twice_changes_nothing(
    source: Journal, journal: Journal, fmt: str
) -> None:
    data = _export(list(source.iter_steps()), fmt)
    assert import_steps(journal, data).added == len(STEPS)
    before = _exact(journal)
    with closing(sqlite3.connect(journal.path)) as conn:
        raw_before = conn.execute("SELECT * FROM steps ORDER BY id").fetchall()
    second = import_steps(journal, data)
    assert second == ImportReport(added=0, already_there=len(STEPS), refused=[])
    assert _exact(journal) == before
    with closing(sqlite3.connect(journal.path)) as conn:
        assert conn.execute("SELECT * FROM steps ORDER BY id").fetchall() == raw_before


def test_an_import_merges_and_never_overwrites_a_kept_step(
    source: Journal, journal: Journal
) -> None:
    mine = Step("s01", "rest", datetime(2026, 1, 1, tzinfo=UTC), "my own words", 2)
    journal.add(mine)
    report = import_steps(journal, _export(list(source.iter_steps()), "json"))
    assert (report.added, report.already_there) == (len(STEPS) - 1, 1)
    assert next(s for s in journal.iter_steps() if s.id == "s01") == mine


def test_an_import_into_a_journal_of_the_same_steps_adds_nothing(source: Journal) -> None:
    report = import_steps(source, _export(list(source.iter_steps()), "csv"))
    assert report == ImportReport(added=0, already_there=len(STEPS), refused=[])


def test_a_csv_with_a_byte_order_mark_and_lf_line_ends_is_read(journal: Journal) -> None:
    text = "id,taken_at,kind,note,feeling\nx1,2026-11-28T09:00:00+01:00,walk,,\n"
    report = import_steps(journal, b"\xef\xbb\xbf" + text.encode())
    assert report.added == 1
    assert _exact(journal) == [
        {
            "id": "x1",
            "taken_at": "2026-11-28T09:00:00+01:00",
            "kind": "walk",
            "note": None,
            "feeling": None,
        }
    ]


# --- refusing rows ------------------------------------------------------------------------

BAD_ROWS: list[tuple[Any, str]] = [
    ("not a row", "it is not a step"),
    ([1, 2], "it is not a step"),
    (None, "it is not a step"),
    (_good_row(id=None), "its id"),
    (_good_row(id=""), "its id"),
    (_good_row(id="has space"), "its id"),
    (_good_row(id="x" * 65), "its id"),
    (_good_row(id=7), "its id"),
    ({k: v for k, v in _good_row().items() if k != "kind"}, "its kind"),
    (_good_row("b1", kind="Walk"), "its kind"),
    (_good_row("b2", kind="walk!"), "its kind"),
    (_good_row("b3", kind=""), "its kind"),
    (_good_row("b4", kind="k" * 41), "its kind"),
    (_good_row("b5", kind=["walk"]), "its kind"),
    (_good_row("c1", taken_at=None), "its time is missing"),
    (_good_row("c2", taken_at=1_795_000_000), "its time is missing"),
    (_good_row("c3", taken_at="yesterday"), "not an ISO 8601 time"),
    (_good_row("c4", taken_at="2026-11-28T09:30:00"), "no UTC offset"),
    (_good_row("c5", taken_at="1969-12-31T23:59:59+00:00"), "out of range"),
    (_good_row("c6", taken_at="9001-01-01T00:00:00+00:00"), "out of range"),
    (_good_row("c7", taken_at="2026-02-30T00:00:00+00:00"), "not an ISO 8601 time"),
    (_good_row("d1", note=5), "its note is not text"),
    (_good_row("d2", note={"a": 1}), "its note is not text"),
    (_good_row("d3", note="nul\x00inside"), "NUL"),
    (_good_row("d4", note="y" * (MAX_NOTE_CHARS + 1)), "too long"),
    (_good_row("d5", note="lone \ud800 surrogate"), "not valid text"),
    (_good_row("e1", feeling=0), "its feeling"),
    (_good_row("e2", feeling=6), "its feeling"),
    (_good_row("e3", feeling=True), "its feeling"),
    (_good_row("e4", feeling=2.5), "its feeling"),
    (_good_row("e5", feeling=3.0), "its feeling"),
    (_good_row("e6", feeling="three"), "its feeling"),
    (_good_row("e7", feeling="-1"), "its feeling"),
    (_good_row("e8", feeling="9"), "its feeling"),
    (_good_row("e9", feeling=[3]), "its feeling"),
]


def test_bad_rows_are_refused_one_by_one_and_the_good_ones_come_in(journal: Journal) -> None:
    good = [_good_row("g1"), _good_row("g2", note=None, feeling=None), _good_row("g3", note="")]
    rows = [good[0], *(row for row, _ in BAD_ROWS), good[1], good[2]]
    report = import_steps(journal, _json_doc(rows))
    assert report.added == 3
    assert report.already_there == 0
    assert [number for number, _ in report.refused] == list(range(2, len(BAD_ROWS) + 2))
    for (number, reason), (row, expected) in zip(report.refused, BAD_ROWS, strict=True):
        assert expected in reason, (number, row, reason)
        assert reason.startswith("it")
        assert "\n" not in reason
    assert [s.id for s in journal.iter_steps()] == ["g1", "g2", "g3"]
    assert [(s.note, s.feeling) for s in journal.iter_steps()] == [
        ("fine", 3),
        (None, None),
        (None, 3),
    ]


def test_bad_csv_rows_are_refused_with_their_row_numbers(journal: Journal) -> None:
    text = (
        "id,taken_at,kind,note,feeling\r\n"
        "ok1,2026-11-28T09:00:00+01:00,walk,fine,3\r\n"
        "no1,2026-11-28T09:00:00,walk,,\r\n"
        "no2,2026-11-28T09:00:00+01:00,walk,,7\r\n"
        "no3,2026-11-28T09:00:00+01:00\r\n"
        "ok2,2026-11-28T10:00:00+01:00,rest,,5\r\n"
    )
    report = import_steps(journal, text.encode())
    assert report.added == 2
    assert [n for n, _ in report.refused] == [2, 3, 4]
    assert "no UTC offset" in report.refused[0][1]
    assert "feeling" in report.refused[1][1]
    assert "kind" in report.refused[2][1]
    assert [(s.id, s.feeling) for s in journal.iter_steps()] == [("ok1", 3), ("ok2", 5)]


@pytest.mark.parametrize(
    "field", ["kind", "id"], ids=["kind with a line end", "id with a line end"]
)
def test_a_line_end_after_a_kind_or_an_id_is_refused(journal: Journal, field: str) -> None:
    # `$` in a regex also matches before a final "\n": "walk\n" must not pass as a kind.
    row = _good_row("n1", note=None, feeling=None)
    row[field] = row[field] + "\n"
    report = import_steps(journal, _json_doc([row]))
    assert report.added == 0, [step_to_dict(s) for s in journal.iter_steps()]
    assert [n for n, _ in report.refused] == [1]
    assert journal.count() == 0


def test_a_feeling_written_with_other_digits_is_refused_in_plain_words(journal: Journal) -> None:
    # "²".isdigit() is True, but int("²") fails: the reason must still be for a person.
    report = import_steps(journal, _json_doc([_good_row("f1", feeling="²")]))
    assert report.added == 0
    assert report.refused == [(1, "its feeling is not 1 to 5")]


# --- refusing a whole file ----------------------------------------------------------------

WHOLE_FILE_ERRORS: list[tuple[str, bytes]] = [
    ("not utf-8", b"\xff\xfe\x00\x01garbage\x80"),
    ("latin-1 csv", "id,taken_at,kind,note,feeling\r\nx,2026,walk,café,\r\n".encode("latin-1")),
    ("empty", b""),
    ("only blanks", b"  \n\n"),
    ("broken json", b'{"format_version": 1, "steps": ['),
    ("json not ours", b'{"hello": "world"}'),
    ("steps not a list", b'{"format_version": 1, "steps": {"id": "x"}}'),
    ("no version", b'{"steps": []}'),
    ("version as text", b'{"format_version": "1", "steps": []}'),
    ("version true", b'{"format_version": true, "steps": []}'),
    ("newer version", _json_doc([_good_row()], FORMAT_VERSION + 1)),
    ("deeply nested", b'{"steps": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
    ("json array", b'[{"id": "x"}]'),
    ("csv of something else", b"name,amount\r\nrent,100\r\n"),
    ("csv missing a column", b"id,taken_at,kind,note\r\nx,2026-11-28T09:00:00+00:00,walk,\r\n"),
    ("huge number", b'{"format_version": ' + b"9" * 5_000 + b', "steps": []}'),
]


@pytest.mark.parametrize(
    "data", [d for _, d in WHOLE_FILE_ERRORS], ids=[n for n, _ in WHOLE_FILE_ERRORS]
)
def test_a_file_that_is_not_an_export_changes_nothing(journal: Journal, data: bytes) -> None:
    kept = Step("kept", "rest", datetime(2026, 11, 1, tzinfo=UTC), "already here", 4)
    journal.add(kept)
    with pytest.raises(ImportFileError) as raised:
        import_steps(journal, data)
    assert str(raised.value).startswith("That ")
    assert list(journal.iter_steps()) == [kept]


def test_a_file_over_50_mb_is_refused_before_reading(journal: Journal) -> None:
    steps = json.dumps([_good_row(f"big{i}") for i in range(3)])
    data = b'{"format_version": 1, "steps": ' + steps.encode() + b"}"
    data += b" " * (MAX_IMPORT_BYTES + 1 - len(data))
    assert len(data) == MAX_IMPORT_BYTES + 1
    with pytest.raises(ImportFileError, match="too large"):
        import_steps(journal, data)
    assert journal.count() == 0
    assert import_steps(journal, data[:-1]).added == 3  # exactly 50 MB is still read


def test_an_export_with_notes_into_a_locked_journal_changes_nothing(
    source: Journal, tmp_path: Path
) -> None:
    locked = open_journal(tmp_path / "locked.sqlite3", tmp_path / "locked-backups", key=None)
    try:
        kept = Step("kept", "rest", datetime(2026, 11, 1, tzinfo=UTC))
        locked.add(kept)
        for fmt in ("json", "csv"):
            with pytest.raises(NotesLockedError, match="Nothing was imported"):
                import_steps(locked, _export(list(source.iter_steps()), fmt))
            assert list(locked.iter_steps()) == [kept]
        only_one_feeling = [
            Step("p1", "walk", datetime(2026, 11, 2, tzinfo=UTC)),
            Step("p2", "walk", datetime(2026, 11, 3, tzinfo=UTC), None, 2),
        ]
        with pytest.raises(NotesLockedError):
            import_steps(locked, _export(only_one_feeling, "json"))
        assert list(locked.iter_steps()) == [kept]
        plain = [s for s in STEPS if s.note is None and s.feeling is None]
        assert import_steps(locked, _export(plain, "json")).added == len(plain)
        assert locked.count() == 1 + len(plain)
    finally:
        locked.close()


# --- no input crashes the importer or leaves half a row -----------------------------------

JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["", "3", "²", "٣", "0", "walk", "2026-11-28T09:00:00+01:00"])
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)
OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda m: timezone(timedelta(minutes=m)))
TIMES = st.datetimes(
    min_value=datetime(1970, 1, 2), max_value=datetime(8999, 12, 31), timezones=OFFSETS
)
VALID_ROWS = st.fixed_dictionaries(
    {
        "id": st.from_regex(_ID, fullmatch=True) | st.sampled_from(["dup1", "dup2"]),
        "taken_at": TIMES.map(lambda t: t.isoformat()),
        "kind": st.from_regex(_KIND, fullmatch=True) | st.sampled_from(["walk", "rest"]),
        "note": st.none() | st.text(max_size=60),
        "feeling": st.none() | st.integers(1, 5),
    }
)
NEAR_MISSES: dict[str, st.SearchStrategy[Any]] = {
    "id": st.sampled_from(["", "x" * 65, "a b", "ä", "a/b", "a\x00"]) | st.text(max_size=70),
    "taken_at": st.sampled_from(
        [
            "2026-11-28",
            "2026-11-28T09:00:00",
            "2026-11-28T09:00:00Z",
            "2026-11-28T25:00:00+00:00",
            "1969-12-31T23:00:00+00:00",
            "9000-12-31T23:59:59-23:59",
            "1970-01-01T00:00:00+23:59",
            "2026-11-28T09:00:00+05:30:15.5",
        ]
    )
    | st.datetimes().map(lambda t: t.isoformat())
    | st.text(max_size=40),
    "kind": st.sampled_from(["", "Walk", "k" * 41, "a-b", "ünï", "walk "]) | st.text(max_size=45),
    "note": st.sampled_from(["a\x00b", "\ud800", "", " "]) | st.text(max_size=60),
    "feeling": st.sampled_from([0, 6, -1, True, False, 2.5, 3.0, "", "3", "²", "٣", "05"])
    | st.integers(),
}


@st.composite
def near_valid_rows(draw: st.DrawFn) -> dict[str, Any]:
    """A valid row with at most one field changed to something almost right, or removed."""
    row = draw(VALID_ROWS)
    name = draw(st.sampled_from(FIELDS))
    change = draw(st.sampled_from(["keep", "remove", "near", "any"]))
    if change == "remove":
        del row[name]
    elif change == "near":
        row[name] = draw(NEAR_MISSES[name])
    elif change == "any":
        row[name] = draw(JSON_VALUES)
    return row


def _csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue().encode("utf-8", "surrogatepass")


def _expected_feeling(value: object) -> object:
    if value == "":
        return None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value


PROPERTY_KEY = b"k" * 32


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty journal with a key, copied for each example (making one costs many syncs)."""
    folder = tmp_path_factory.mktemp("template")
    open_journal(folder / "journal.sqlite3", folder / "backups", key=PROPERTY_KEY).close()
    return folder / "journal.sqlite3"


def _check_import(data: bytes, template: Path, locked: bool = False) -> str:
    """Import into a fresh journal: only the allowed errors, and only whole valid rows kept.

    Returns:
        What happened, for the tally printed at the end.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.sqlite3"
        shutil.copyfile(template, path)
        journal = open_journal(path, Path(folder) / "backups", None if locked else PROPERTY_KEY)
        # Durability is not what is checked here: one sync per row would make it 3x slower.
        journal._conn.execute("PRAGMA synchronous = OFF")
        try:
            assert journal.count() == 0
            try:
                report = import_steps(journal, data)
            except (ImportFileError, NotesLockedError) as exc:
                assert journal.count() == 0
                return type(exc).__name__
            rows = parse_export(data)
            assert report.added + report.already_there + len(report.refused) == len(rows)
            numbers = [n for n, _ in report.refused]
            assert numbers == sorted(set(numbers))
            assert all(1 <= n <= len(rows) for n in numbers)
            assert all(isinstance(reason, str) and reason for _, reason in report.refused)
            assert journal.count() == report.added
            refused = set(numbers)
            accepted = [r for n, r in enumerate(rows, start=1) if n not in refused]
            first_by_id: dict[str, dict[str, Any]] = {}
            for row in accepted:
                first_by_id.setdefault(row["id"], row)
            stored = list(journal.iter_steps())
            assert len(stored) == len(first_by_id)
            for step in stored:
                assert _ID.fullmatch(step.id), step.id
                assert _KIND.fullmatch(step.kind), step.kind
                assert step.taken_at.utcoffset() is not None
                assert 1969 <= step.taken_at.astimezone(UTC).year <= 9001
                assert step.feeling is None or step.feeling in range(1, 6)
                assert step.note is None or (0 < len(step.note) <= MAX_NOTE_CHARS)
                assert step.note is None or "\x00" not in step.note
                row = first_by_id[step.id]  # the whole row, not a part of it
                assert step.kind == row["kind"]
                assert step.taken_at == datetime.fromisoformat(row["taken_at"])
                assert step.note == (row.get("note") or None)
                assert step.feeling == _expected_feeling(row.get("feeling"))
            with closing(sqlite3.connect(journal.path)) as conn:
                plain = conn.execute(
                    "SELECT count(*) FROM steps WHERE note IS NOT NULL OR feeling IS NOT NULL"
                ).fetchone()[0]
            assert plain == 0  # notes and feelings are only ever kept sealed
            return "imported" if report.added else "all refused" if report.refused else "empty"
        finally:
            journal.close()


def _property(
    name: str, strategy: st.SearchStrategy[Any], check: Callable[[Any], str], examples: int = 300
) -> None:
    """Run ``check`` on ``examples`` generated inputs, then print how many were generated."""
    count = 0
    outcomes: Counter[str] = Counter()

    @settings(max_examples=examples, suppress_health_check=[HealthCheck.too_slow])
    @given(strategy)
    def run(value: Any) -> None:
        nonlocal count
        count += 1
        outcomes[check(value)] += 1

    try:
        run()
    finally:
        tally = ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        report_cases(f"import file: {name} ({tally})", count)


ANY_ROWS = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), JSON_VALUES, max_size=6)

ENVELOPES = st.fixed_dictionaries(
    {
        "format_version": st.sampled_from([FORMAT_VERSION, 0, -1, FORMAT_VERSION + 1, "1", True])
        | JSON_VALUES,
        "steps": st.lists(ANY_ROWS | JSON_VALUES, max_size=4) | JSON_VALUES,
    },
    optional={"app": JSON_VALUES},
)


def test_any_json_document_is_refused_or_imported_whole(template: Path) -> None:
    _property(
        "any JSON document",
        JSON_VALUES | ENVELOPES,
        lambda doc: _check_import(json.dumps(doc).encode(), template),
    )


def test_any_rows_in_an_export_are_refused_or_imported_whole(template: Path) -> None:
    _property(
        "export of arbitrary rows",
        st.tuples(st.lists(ANY_ROWS | JSON_VALUES, max_size=6), st.booleans()),
        lambda value: _check_import(_json_doc(value[0]), template, locked=value[1]),
    )


def test_near_valid_json_rows_are_refused_or_imported_whole(template: Path) -> None:
    _property(
        "near-valid JSON rows",
        st.tuples(st.lists(near_valid_rows(), max_size=6), st.booleans()),
        lambda value: _check_import(_json_doc(value[0]), template, locked=value[1]),
    )


def test_near_valid_csv_rows_are_refused_or_imported_whole(template: Path) -> None:
    _property(
        "near-valid CSV rows",
        st.lists(near_valid_rows(), max_size=6),
        lambda rows: _check_import(_csv_bytes(rows), template),
    )


def test_any_bytes_are_refused_or_imported_whole(template: Path) -> None:
    header = b"id,taken_at,kind,note,feeling\r\n"
    _property(
        "arbitrary bytes and text",
        st.binary(max_size=300)
        | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass"))
        | st.binary(max_size=300).map(lambda b: header + b),
        lambda data: _check_import(data, template),
    )
