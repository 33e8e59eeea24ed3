"""Exports in open formats: JSON and CSV that give back exactly what was kept."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.support.journals import open_journal

from smallsteps.core.models import Step, new_step_id
from smallsteps.storage.export import FORMAT_VERSION, step_to_dict, write_csv, write_json

IST = timezone(timedelta(hours=5, minutes=30))
TRICKY_NOTES = [
    "walked, then rested",
    'she said "well done"',
    "line one\nline two",
    "windows\r\nline end",
    "emoji 🌱🚶‍♀️👍🏽",
    "RTL: مشيت قليلاً اليوم",
    "mixed \u200fעברית\u200e and English",
    "tab\tand, comma; semicolon",
    "'single' and \"double\" and `back`",
    "=1+1",
    "",
]


def _step(
    taken_at: datetime, kind: str = "walk", note: str | None = None, feeling: int | None = None
) -> Step:
    return Step(new_step_id(), kind, taken_at, note, feeling)


def _json_of(steps: list[Step]) -> dict[str, object]:
    out = io.StringIO()
    count = write_json(steps, out)
    assert count == len(steps)
    text = out.getvalue()
    assert text.endswith("\n")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def _csv_rows(steps: list[Step]) -> list[list[str]]:
    out = io.StringIO()
    assert write_csv(steps, out) == len(steps)
    return list(csv.reader(io.StringIO(out.getvalue())))


def test_json_has_the_format_version_and_every_field() -> None:
    step = _step(datetime(2026, 11, 28, 14, 30, 5, 250000, tzinfo=IST), "walk", "in the park", 4)
    data = _json_of([step])
    assert data["format_version"] == FORMAT_VERSION == 1
    assert data["app"] == "smallsteps"
    assert data["steps"] == [
        {
            "id": step.id,
            "taken_at": "2026-11-28T14:30:05.250000+05:30",
            "kind": "walk",
            "note": "in the park",
            "feeling": 4,
        }
    ]


def test_json_keeps_missing_note_and_feeling_as_null() -> None:
    step = _step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "rest")
    (item,) = _json_of([step])["steps"]  # type: ignore[misc]
    assert item["note"] is None
    assert item["feeling"] is None
    assert item["taken_at"] == "2026-11-28T09:00:00+00:00"


def test_json_of_nothing_is_still_a_valid_document() -> None:
    data = _json_of([])
    assert data["steps"] == []
    assert data["format_version"] == 1


def test_json_round_trips_unicode_and_stays_readable() -> None:
    steps = [
        _step(datetime(2026, 11, 28, 9, i, tzinfo=UTC), "journal", note)
        for i, note in enumerate(TRICKY_NOTES)
    ]
    out = io.StringIO()
    write_json(steps, out)
    assert "🌱" in out.getvalue()  # written as itself, not as \\ud83c escapes
    assert "مشيت" in out.getvalue()
    items = json.loads(out.getvalue())["steps"]
    assert [item["note"] for item in items] == TRICKY_NOTES
    back = [
        Step(i["id"], i["kind"], datetime.fromisoformat(i["taken_at"]), i["note"], i["feeling"])
        for i in items
    ]
    assert back == steps


def test_taken_at_is_iso_8601_with_its_offset() -> None:
    for when in (
        datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        datetime(2026, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
    ):
        text = step_to_dict(_step(when))["taken_at"]
        parsed = datetime.fromisoformat(text)
        assert parsed.utcoffset() == when.utcoffset()
        assert parsed == when
    assert step_to_dict(_step(datetime(2026, 7, 1, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))))[
        "taken_at"
    ].endswith("+02:00")


def test_csv_header_and_one_row_per_step() -> None:
    steps = [
        _step(datetime(2026, 11, 28, 9, 0, tzinfo=IST), "walk", "short", 3),
        _step(datetime(2026, 11, 28, 10, 0, tzinfo=UTC), "rest"),
    ]
    out = io.StringIO()
    write_csv(steps, out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "id,taken_at,kind,note,feeling"
    assert lines[1] == f"{steps[0].id},2026-11-28T09:00:00+05:30,walk,short,3"
    assert lines[2] == f"{steps[1].id},2026-11-28T10:00:00+00:00,rest,,"
    assert len(lines) == 3


def test_csv_quotes_notes_with_commas_newlines_and_quotes() -> None:
    steps = [
        _step(datetime(2026, 11, 28, 9, i, tzinfo=UTC), "journal", note, 1 + i % 5)
        for i, note in enumerate(TRICKY_NOTES)
    ]
    out = io.StringIO()
    write_csv(steps, out)
    text = out.getvalue()
    assert '"walked, then rested"' in text
    assert '"she said ""well done"""' in text
    assert '"line one\nline two"' in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["id", "taken_at", "kind", "note", "feeling"]
    assert [r[3] for r in rows[1:]] == TRICKY_NOTES
    assert [r[4] for r in rows[1:]] == [str(s.feeling) for s in steps]
    assert [r[0] for r in rows[1:]] == [s.id for s in steps]


def test_csv_of_nothing_is_just_the_header() -> None:
    assert _csv_rows([]) == [["id", "taken_at", "kind", "note", "feeling"]]


@given(st.lists(st.text().filter(lambda t: "\x00" not in t), max_size=5))
@example(["old Mac line end\rsecond line", "after it"])
def test_any_note_survives_both_formats(notes: list[str]) -> None:
    steps = [_step(datetime(2026, 11, 28, 9, 0, tzinfo=UTC), "journal", note) for note in notes]
    assert [i["note"] for i in _json_of(steps)["steps"]] == notes  # type: ignore[attr-defined]
    out = io.StringIO(newline="")
    write_csv(steps, out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [len(r) for r in rows] == [5] * (len(notes) + 1), rows
    assert [r[3] for r in rows[1:]] == notes


def test_exporting_the_journal_gives_back_every_step(tmp_path: Path) -> None:
    journal = open_journal(tmp_path / "journal.sqlite3", tmp_path / "backups")
    try:
        steps = [
            _step(datetime(2026, 11, 27, 8, 0, tzinfo=IST), "breathe", "🌬️ slow", 2),
            _step(datetime(2026, 11, 28, 18, 0, tzinfo=UTC), "walk", 'a, b\n"c"', 5),
        ]
        for step in steps:
            journal.add(step)
        data = _json_of(list(journal.iter_steps()))
    finally:
        journal.close()
    assert [i["id"] for i in data["steps"]] == [s.id for s in steps]  # type: ignore[attr-defined]
    assert [i["note"] for i in data["steps"]] == [s.note for s in steps]  # type: ignore[attr-defined]
    assert [i["taken_at"] for i in data["steps"]] == [  # type: ignore[attr-defined]
        "2026-11-27T08:00:00+05:30",
        "2026-11-28T18:00:00+00:00",
    ]


@pytest.mark.parametrize("writer", [write_json, write_csv])
def test_writers_accept_a_generator(writer: object) -> None:
    steps = (_step(datetime(2026, 11, 28, 9, i, tzinfo=UTC)) for i in range(3))
    assert writer(steps, io.StringIO()) == 3  # type: ignore[operator]
