"""The synthetic journal: realistic, deterministic, and kept exactly as the app keeps steps."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smallsteps.core.catalog import Catalog
from smallsteps.core.week import local_midnights
from smallsteps.storage.journal import Journal
from smallsteps.storage.synthetic import (
    HOUR_WEIGHTS,
    KIND_WEIGHTS,
    Profile,
    main,
    synthetic_steps,
    write_synthetic_journal,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
END = date(2026, 11, 27)


@pytest.fixture(scope="module")
def two_years() -> list:
    return synthetic_steps(2, end=END, zone=BERLIN, seed=3)


def per_day(steps: list, zone: ZoneInfo) -> Counter[date]:
    return Counter(s.taken_at.astimezone(zone).date() for s in steps)


def test_the_same_seed_gives_the_same_journal_ids_included() -> None:
    first = synthetic_steps(0.5, end=END, zone=BERLIN, seed=42)
    again = synthetic_steps(0.5, end=END, zone=BERLIN, seed=42)
    other = synthetic_steps(0.5, end=END, zone=BERLIN, seed=43)

    assert first == again
    assert first != other
    assert len({s.id for s in first}) == len(first)


def test_steps_are_oldest_first_and_inside_the_years(two_years: list) -> None:
    times = [s.taken_at for s in two_years]
    assert times == sorted(times)
    days = per_day(two_years, BERLIN)
    assert min(days) >= END - timedelta(days=round(2 * 365.25))
    assert max(days) <= END


def test_most_days_hold_two_to_six_steps_and_some_are_quiet(two_years: list) -> None:
    counts = per_day(two_years, BERLIN)
    span = round(2 * 365.25)
    quiet = span - len(counts)
    usual = sum(1 for n in counts.values() if 2 <= n <= 6)
    assert usual / span > 0.7
    assert 0.05 < quiet / span < 0.3
    assert max(counts.values()) <= 6


def test_kinds_are_weighted_and_all_from_the_catalog(two_years: list) -> None:
    kinds = Counter(s.kind for s in two_years)
    assert set(kinds) <= set(Catalog().ids)
    assert set(KIND_WEIGHTS) == set(Catalog().ids)
    assert kinds.most_common(1)[0][0] == "breathe"
    assert kinds["breathe"] > 4 * kinds["support"]


def test_times_of_day_are_plausible_and_walks_are_in_daylight_hours(two_years: list) -> None:
    hours = Counter(s.taken_at.astimezone(BERLIN).hour for s in two_years)
    assert set(hours) <= set(HOUR_WEIGHTS) | {h + 1 for h in HOUR_WEIGHTS}  # DST may shift on
    assert not any(hours[h] for h in range(3))
    walks = [s.taken_at.astimezone(BERLIN).hour for s in two_years if s.kind == "walk"]
    assert all(7 < h < 22 for h in walks)


def test_some_steps_have_notes_and_more_have_feelings(two_years: list) -> None:
    notes = sum(1 for s in two_years if s.note)
    feelings = [s.feeling for s in two_years if s.feeling is not None]
    assert 0.05 < notes / len(two_years) < 0.2
    assert 0.25 < len(feelings) / len(two_years) < 0.45
    assert set(feelings) <= {1, 2, 3, 4, 5}
    assert len(set(feelings)) >= 3


def test_without_private_parts_the_steps_are_the_same_but_bare() -> None:
    private = synthetic_steps(0.3, end=END, zone=BERLIN, seed=5)
    bare = synthetic_steps(0.3, end=END, zone=BERLIN, seed=5, private=False)

    assert [(s.id, s.kind, s.taken_at) for s in bare] == [
        (s.id, s.kind, s.taken_at) for s in private
    ]
    assert not any(s.note or s.feeling for s in bare)


def test_times_are_real_instants_in_the_zone_even_on_dst_days() -> None:
    steps = synthetic_steps(1, end=date(2026, 12, 31), zone=NEW_YORK, seed=9)
    for s in steps:
        assert s.taken_at.tzinfo is not None
        roundtrip = s.taken_at.astimezone(UTC).astimezone(NEW_YORK)
        assert roundtrip.replace(tzinfo=None) == s.taken_at.replace(tzinfo=None)


def test_a_heavier_profile_reaches_forty_thousand_steps_in_ten_years() -> None:
    steps = synthetic_steps(10, end=END, zone=BERLIN, seed=7, profile=Profile(per_day=(10, 20)))
    assert len(steps) >= 40_000


def test_written_journal_holds_every_step_and_counts_by_local_day(
    journal: Journal,
) -> None:
    steps = synthetic_steps(0.5, end=END, zone=BERLIN, seed=8)

    assert write_synthetic_journal(journal, steps) == len(steps)
    assert journal.count() == len(steps)
    assert list(journal.iter_steps()) == sorted(steps, key=lambda s: (s.taken_at, s.id))
    first = min(per_day(steps, BERLIN))
    days = (END - first).days + 1
    counts = journal.counts_per_span(local_midnights(first, days, BERLIN))
    expected = per_day(steps, BERLIN)
    assert counts == [expected.get(first + timedelta(days=i), 0) for i in range(days)]
    assert write_synthetic_journal(journal, steps) == 0  # same ids: nothing twice


def test_counts_per_span_reads_only_the_time_index(journal: Journal) -> None:
    write_synthetic_journal(journal, synthetic_steps(0.2, end=END, zone=BERLIN, seed=1))
    conn = journal._conn  # the query plan is the point of this test
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT taken_at_us FROM steps INDEXED BY steps_by_time"
        " WHERE taken_at_us >= ? AND taken_at_us < ? ORDER BY taken_at_us",
        (0, 1),
    ).fetchall()
    detail = " ".join(str(row[-1]) for row in plan)
    assert "COVERING INDEX steps_by_time" in detail
    assert journal.counts_per_span([]) == []
    assert journal.counts_per_span(local_midnights(END, 0, BERLIN)) == []


def test_cli_writes_a_private_journal_without_notes(tmp_path: Path) -> None:
    out = tmp_path / "data" / "journal.sqlite3"
    code = main(["--years", "0.2", "--out", str(out), "--zone", "Europe/Berlin", "--no-private"])

    assert code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    journal = Journal(out, tmp_path / "backups")
    try:
        assert journal.count() > 100
        assert not any(s.note or s.feeling for s in journal.iter_steps())
    finally:
        journal.close()


def test_cli_seals_notes_under_a_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "journal.sqlite3"
    monkeypatch.setattr(sys, "stdin", io.StringIO("a calm passphrase\n"))

    code = main(["--years", "0.1", "--out", str(out), "--zone", "UTC", "--passphrase-stdin"])

    assert code == 0
    journal = Journal(out, tmp_path / "backups")
    try:
        assert journal.has_key
        assert not any(s.note for s in journal.iter_steps())  # locked: nothing readable
    finally:
        journal.close()


def test_cli_never_touches_an_existing_file_and_asks_about_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "journal.sqlite3"
    existing.write_bytes(b"precious")

    assert main(["--years", "1", "--out", str(existing), "--no-private"]) == 2
    assert existing.read_bytes() == b"precious"
    assert main(["--years", "1", "--out", str(tmp_path / "new.sqlite3")]) == 2
    assert "--no-private" in capsys.readouterr().err
    assert not (tmp_path / "new.sqlite3").exists()


def test_runs_as_a_module(tmp_path: Path) -> None:
    out = tmp_path / "journal.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smallsteps.storage.synthetic",
            "--years",
            "0.05",
            "--out",
            str(out),
            "--no-private",
            "--zone",
            "UTC",
            "--seed",
            "2",
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote ")
