"""The journal: a private SQLite file that keeps every step exactly as it was taken."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st
from tests.support.journals import open_journal

from smallsteps.core.models import Step, new_step_id
from smallsteps.core.week import summarize_week, week_bounds
from smallsteps.storage import journal as journal_module
from smallsteps.storage.backup import backup_before_migration, backup_to
from smallsteps.storage.journal import SCHEMA_VERSION, Journal, JournalError

CURRENT = SCHEMA_VERSION

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
IST = timezone(timedelta(hours=5, minutes=30))


def _step(
    taken_at: datetime,
    kind: str = "walk",
    note: str | None = None,
    feeling: int | None = None,
    step_id: str | None = None,
) -> Step:
    return Step(step_id or new_step_id(), kind, taken_at, note, feeling)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM steps ORDER BY taken_at_us").fetchall()


def _make_file(path: Path, user_version: int, *sql: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in sql:
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {user_version}")
        conn.commit()


# --- a new journal ------------------------------------------------------------------------


def test_a_new_journal_file_is_private(tmp_path: Path, journal: Journal) -> None:
    assert journal.path == tmp_path / "journal.sqlite3"
    assert journal.path.is_file()
    assert _mode(journal.path) == 0o600
    assert journal.count() == 0


def test_a_new_journal_uses_wal_full_sync_and_the_current_schema(journal: Journal) -> None:
    assert _pragma(journal.path, "journal_mode") == "wal"
    assert _pragma(journal.path, "user_version") == SCHEMA_VERSION
    own = journal._conn  # synchronous is per connection: ask the journal's own
    assert own.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_saving_a_step_never_runs_a_checkpoint_the_timer_does(journal: Journal) -> None:
    own = journal._conn
    assert own.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    for hour in range(8, 20):
        journal.add(_step(datetime(2026, 11, 28, hour, 0, tzinfo=UTC)))
    in_file = journal.path.stat().st_size
    pages = own.execute("PRAGMA page_count").fetchone()[0]
    page_size = own.execute("PRAGMA page_size").fetchone()[0]
    assert in_file < pages * page_size  # the steps are in the WAL only

    journal.checkpoint()  # a short WAL is left as it is, as SQLite's own checkpoint would
    assert journal.path.stat().st_size == in_file

    journal.checkpoint(min_pages=1)  # long enough: all of it goes into the file
    assert journal.path.stat().st_size == pages * page_size
    with closing(sqlite3.connect(f"file:{journal.path}?mode=ro", uri=True)) as reader:
        assert reader.execute("SELECT count(*) FROM steps").fetchone()[0] == 12


def test_an_empty_file_left_by_a_crash_opens_as_a_new_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.touch(mode=0o600)
    opened = open_journal(path, tmp_path / "backups")
    try:
        assert opened.count() == 0
        assert opened.add(_step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC)))
    finally:
        opened.close()
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert not (tmp_path / "backups").exists()


# --- keeping and reading steps ------------------------------------------------------------


def test_add_then_read_back_in_time_order(journal: Journal) -> None:
    late = _step(datetime(2026, 11, 28, 18, 0, tzinfo=BERLIN), "rest", "On the sofa", 3)
    early = _step(datetime(2026, 11, 28, 8, 0, tzinfo=BERLIN), "breathe")
    middle = _step(datetime(2026, 11, 28, 12, 0, tzinfo=BERLIN), "walk", None, 5)
    for step in (late, early, middle):
        assert journal.add(step) is True
    assert journal.count() == 3
    assert list(journal.iter_steps()) == [early, middle, late]
    day = (datetime(2026, 11, 28, tzinfo=BERLIN), datetime(2026, 11, 29, tzinfo=BERLIN))
    assert journal.steps_between(*day) == [early, middle, late]
    assert journal.count_between(*day) == 3


def test_between_includes_the_begin_and_excludes_the_end(journal: Journal) -> None:
    begin = datetime(2026, 11, 23, tzinfo=BERLIN)
    end = datetime(2026, 11, 30, tzinfo=BERLIN)
    at_begin = _step(begin)
    just_before_end = _step(end - timedelta(microseconds=1))
    at_end = _step(end)
    just_before_begin = _step(begin - timedelta(microseconds=1))
    for step in (at_begin, just_before_end, at_end, just_before_begin):
        journal.add(step)
    assert journal.steps_between(begin, end) == [at_begin, just_before_end]
    assert journal.count_between(begin, end) == 2
    assert journal.count_between(end, begin) == 0
    assert journal.steps_between(begin, begin) == []


def test_the_same_instant_in_other_zones_selects_the_same_steps(journal: Journal) -> None:
    step = _step(datetime(2026, 11, 28, 23, 30, tzinfo=BERLIN))
    journal.add(step)
    begin_utc = datetime(2026, 11, 28, 22, 30, tzinfo=UTC)
    assert journal.steps_between(begin_utc, begin_utc + timedelta(seconds=1)) == [step]
    begin_ny = begin_utc.astimezone(NEW_YORK)
    assert journal.count_between(begin_ny, begin_ny + timedelta(seconds=1)) == 1


def test_iter_steps_orders_ties_by_id(journal: Journal) -> None:
    when = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    steps = [_step(when, step_id=i * 32) for i in "cab"]
    for step in steps:
        journal.add(step)
    assert [s.id[0] for s in journal.iter_steps()] == ["a", "b", "c"]


def test_a_step_with_a_known_id_is_kept_once_and_not_overwritten(journal: Journal) -> None:
    first = _step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "walk", "first note", 4)
    again = Step(first.id, "rest", first.taken_at + timedelta(hours=1), "other note", 1)
    assert journal.add(first) is True
    assert journal.add(again) is False
    assert journal.add(first) is False
    assert journal.count() == 1
    assert list(journal.iter_steps()) == [first]


def test_a_step_the_schema_refuses_is_an_error_not_a_duplicate(journal: Journal) -> None:
    # add() returns False only for "a step with this id was already kept"; a row that
    # breaks the feeling CHECK must not vanish silently behind INSERT OR IGNORE.
    bad = _step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), feeling=7)
    with pytest.raises(JournalError):
        journal.add(bad)
    assert journal.count() == 0


@pytest.mark.parametrize(
    "taken_at",
    [
        datetime(2026, 11, 28, 14, 30, 15, 123456, tzinfo=IST),
        datetime(2026, 3, 8, 1, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
        datetime(2026, 10, 25, 2, 30, 0, 1, fold=1, tzinfo=BERLIN),
        datetime(2026, 11, 1, 1, 30, fold=0, tzinfo=NEW_YORK),
        datetime(1969, 7, 20, 20, 17, 40, 5, tzinfo=UTC),
        datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=14))),
    ],
)
def test_times_come_back_as_the_same_instant_and_offset(
    journal: Journal, taken_at: datetime
) -> None:
    journal.add(_step(taken_at, note="time", feeling=2))
    (back,) = journal.iter_steps()
    # Compare instants in UTC: by PEP 495, a time in a DST fold never equals a time in
    # another zone, even the very same instant.
    assert back.taken_at.astimezone(UTC) == taken_at.astimezone(UTC)
    assert back.taken_at.utcoffset() == taken_at.utcoffset()
    assert back.taken_at.replace(tzinfo=None) == taken_at.replace(tzinfo=None, fold=0)
    assert back.taken_at.microsecond == taken_at.microsecond
    assert (back.note, back.feeling) == ("time", 2)


@pytest.fixture(scope="module")
def shared_journal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    folder = tmp_path_factory.mktemp("shared")
    opened = open_journal(folder / "journal.sqlite3", folder / "backups")
    yield opened
    opened.close()


_offsets = st.integers(-16 * 60, 16 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@given(
    st.datetimes(
        min_value=datetime(1900, 1, 2),  # naive bounds, aware values
        max_value=datetime(2200, 12, 30),
        timezones=_offsets,
    ),
    st.text(max_size=50).filter(lambda t: "\x00" not in t),
)
def test_any_time_and_note_round_trip_exactly(
    shared_journal: Journal, taken_at: datetime, note: str
) -> None:
    step = _step(taken_at, note=note)
    assert shared_journal.add(step)
    found = shared_journal.steps_between(taken_at, taken_at + timedelta(microseconds=1))
    (back,) = [s for s in found if s.id == step.id]
    assert back == step
    assert back.taken_at.utcoffset() == taken_at.utcoffset()


def test_a_week_query_uses_the_time_index(journal: Journal) -> None:
    statements: list[str] = []
    journal._conn.set_trace_callback(statements.append)
    begin, end = week_bounds(date(2026, 11, 23), BERLIN)
    journal.steps_between(begin, end)
    journal.count_between(begin, end)
    journal._conn.set_trace_callback(None)
    assert len(statements) == 2
    for sql in statements:
        plan = journal._conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        details = " ".join(str(row[-1]) for row in plan)
        assert "steps_by_time" in details, details


def test_a_second_opener_sees_what_the_first_kept(tmp_path: Path, journal: Journal) -> None:
    # The command line writes while the tray app has the journal open.
    other = open_journal(journal.path, tmp_path / "backups")
    try:
        step = _step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "read", "a poem")
        assert other.add(step)
        assert list(journal.iter_steps()) == [step]
    finally:
        other.close()


def test_steps_survive_closing_and_reopening(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    first = open_journal(path, tmp_path / "backups")
    step = _step(datetime(2026, 11, 28, 9, 0, tzinfo=IST), "support", "asked Sam", 4)
    first.add(step)
    first.close()
    again = open_journal(path, tmp_path / "backups")
    try:
        assert list(again.iter_steps()) == [step]
    finally:
        again.close()


# --- weeks across DST, read from the journal ----------------------------------------------


@pytest.mark.parametrize(
    ("start", "zone", "inside", "outside"),
    [
        (
            date(2026, 10, 19),
            BERLIN,
            [
                datetime(2026, 10, 19, 0, 0, tzinfo=BERLIN),
                datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN),
                datetime(2026, 10, 25, 23, 59, tzinfo=BERLIN),
            ],
            [
                datetime(2026, 10, 18, 23, 59, tzinfo=BERLIN),
                datetime(2026, 10, 26, 0, 0, tzinfo=BERLIN),
            ],
        ),
        (
            date(2026, 3, 8),
            NEW_YORK,
            [
                datetime(2026, 3, 8, 0, 1, tzinfo=NEW_YORK),
                datetime(2026, 3, 14, 23, 59, tzinfo=NEW_YORK),
            ],
            [
                datetime(2026, 3, 7, 23, 59, tzinfo=NEW_YORK),
                datetime(2026, 3, 15, 0, 0, tzinfo=NEW_YORK),
            ],
        ),
        (
            date(2026, 11, 1),
            NEW_YORK,
            [
                datetime(2026, 11, 1, 0, 0, tzinfo=NEW_YORK),
                datetime(2026, 11, 1, 1, 30, fold=1, tzinfo=NEW_YORK),
                datetime(2026, 11, 7, 23, 59, tzinfo=NEW_YORK),
            ],
            [
                datetime(2026, 10, 31, 23, 59, tzinfo=NEW_YORK),
                datetime(2026, 11, 8, 0, 0, tzinfo=NEW_YORK),
            ],
        ),
    ],
)
def test_week_bounds_select_exactly_the_local_week(
    journal: Journal,
    start: date,
    zone: ZoneInfo,
    inside: list[datetime],
    outside: list[datetime],
) -> None:
    for when in inside + outside:
        journal.add(_step(when.astimezone(UTC)))  # stored as another app might: in UTC
    begin, end = week_bounds(start, zone)
    found = journal.steps_between(begin, end)
    assert [s.taken_at for s in found] == sorted(w.astimezone(UTC) for w in inside)
    summary = summarize_week(start, found, zone)
    assert summary.total == len(inside)
    assert summary.day_total(0) >= 1
    assert summary.day_total(6) >= 1


# --- files from elsewhere -----------------------------------------------------------------


def test_a_journal_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _make_file(path, 99, "CREATE TABLE future (x)", "INSERT INTO future VALUES (42)")
    with pytest.raises(JournalError, match="newer Small Steps; please update"):
        open_journal(path, tmp_path / "backups")
    assert _pragma(path, "user_version") == 99
    with closing(sqlite3.connect(path)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert tables == ["future"]
        assert conn.execute("SELECT x FROM future").fetchall() == [(42,)]
    assert not (tmp_path / "backups").exists()


def test_a_file_that_is_not_a_database_is_a_journal_error(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"these are not the pages you are looking for" * 100)
    before = path.read_bytes()
    with pytest.raises(JournalError, match="cannot be opened"):
        open_journal(path, tmp_path / "backups")
    assert path.read_bytes() == before


def test_an_unversioned_file_with_a_clashing_table_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _make_file(path, 0, "CREATE TABLE steps (name TEXT)", "INSERT INTO steps VALUES ('mine')")
    with pytest.raises(JournalError):
        open_journal(path, tmp_path / "backups")
    assert _pragma(path, "user_version") == 0
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT name FROM steps").fetchall() == [("mine",)]


# --- migrations and backups ---------------------------------------------------------------


def _v2_add_mood_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE moods (id TEXT PRIMARY KEY)")


def _v2_that_breaks(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE steps ADD COLUMN place TEXT")
    conn.execute("THIS IS NOT SQL")


def _journal_at_v1(tmp_path: Path) -> tuple[Path, list[Step]]:
    path = tmp_path / "journal.sqlite3"
    first = open_journal(path, tmp_path / "backups")
    steps = [
        _step(datetime(2026, 11, 27, 9, 0, tzinfo=IST), "walk", "by the river", 4),
        _step(datetime(2026, 11, 28, 21, 0, tzinfo=BERLIN), "rest"),
    ]
    for step in steps:
        first.add(step)
    first.close()
    return path, steps


def test_a_migration_backs_the_journal_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, steps = _journal_at_v1(tmp_path)
    v1_rows = _rows(path)
    monkeypatch.setattr(
        journal_module, "MIGRATIONS", (*journal_module.MIGRATIONS, _v2_add_mood_table)
    )
    monkeypatch.setattr(journal_module, "SCHEMA_VERSION", CURRENT + 1)
    with time_machine.travel(datetime(2026, 11, 28, 9, 42, 24, tzinfo=ZoneInfo("UTC")), tick=False):
        migrated = open_journal(path, tmp_path / "backups")
    try:
        assert list(migrated.iter_steps()) == steps
    finally:
        migrated.close()
    assert _pragma(path, "user_version") == CURRENT + 1
    backup = tmp_path / "backups" / f"journal-v{CURRENT}-before-migration-20261128-094224.sqlite3"
    assert sorted((tmp_path / "backups").iterdir()) == [backup]
    assert _mode(backup) == 0o600
    assert _mode(tmp_path / "backups") == 0o700
    assert _pragma(backup, "user_version") == CURRENT
    assert _rows(backup) == v1_rows
    with closing(sqlite3.connect(backup)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "moods" not in tables


def test_a_failed_migration_changes_nothing_and_keeps_the_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, steps = _journal_at_v1(tmp_path)
    v1_rows = _rows(path)
    with monkeypatch.context() as patch:
        patch.setattr(journal_module, "MIGRATIONS", (*journal_module.MIGRATIONS, _v2_that_breaks))
        patch.setattr(journal_module, "SCHEMA_VERSION", CURRENT + 1)
        with pytest.raises(JournalError, match="cannot be opened"):
            open_journal(path, tmp_path / "backups")
    assert _pragma(path, "user_version") == CURRENT
    assert _rows(path) == v1_rows
    (backup,) = (tmp_path / "backups").iterdir()
    assert _rows(backup) == v1_rows
    reopened = open_journal(path, tmp_path / "backups")
    try:
        assert list(reopened.iter_steps()) == steps
    finally:
        reopened.close()


def test_backup_to_makes_a_private_readable_copy(tmp_path: Path, journal: Journal) -> None:
    steps = [
        _step(datetime(2026, 11, 28, 9, 0, tzinfo=IST), "gratitude", "warm tea 🍵", 5),
        _step(datetime(2026, 11, 28, 10, 0, tzinfo=UTC), "create"),
    ]
    for step in steps:
        journal.add(step)
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    backup_to(journal._conn, target)
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700
    assert _rows(target) == _rows(journal.path)
    assert _pragma(target, "user_version") == SCHEMA_VERSION
    copy = open_journal(target, tmp_path / "backups")
    try:
        assert list(copy.iter_steps()) == steps
    finally:
        copy.close()


def test_backup_before_migration_names_the_version_and_time(
    tmp_path: Path, journal: Journal
) -> None:
    journal.add(_step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC)))
    with time_machine.travel(datetime(2027, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("UTC")), tick=False):
        target = backup_before_migration(journal._conn, tmp_path / "backups", 7)
    assert target == tmp_path / "backups" / "journal-v7-before-migration-20270102-030405.sqlite3"
    assert len(_rows(target)) == 1
