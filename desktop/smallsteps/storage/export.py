"""Export the journal in open formats (JSON and CSV) the person can keep anywhere."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from smallsteps.core.models import Step

FORMAT_VERSION = 1
FIELDS = ("id", "taken_at", "kind", "note", "feeling")


def step_to_dict(step: Step) -> dict[str, Any]:
    """Return one step as plain data, with ``taken_at`` in ISO 8601 with its UTC offset."""
    return {
        "id": step.id,
        "taken_at": step.taken_at.isoformat(),
        "kind": step.kind,
        "note": step.note,
        "feeling": step.feeling,
    }


def write_json(steps: Iterable[Step], out: TextIO) -> int:
    """Write the steps as one JSON document; returns how many were written."""
    items = [step_to_dict(s) for s in steps]
    json.dump(
        {"format_version": FORMAT_VERSION, "app": "smallsteps", "steps": items},
        out,
        ensure_ascii=False,
        indent=2,
    )
    out.write("\n")
    return len(items)


def write_csv(steps: Iterable[Step], out: TextIO) -> int:
    """Write the steps as CSV with a header row; returns how many were written."""
    writer = csv.DictWriter(out, fieldnames=FIELDS)  # RFC 4180: CRLF rows, quoted CR/LF
    writer.writeheader()
    written = 0
    for step in steps:
        row = step_to_dict(step)
        row["note"] = row["note"] or ""
        row["feeling"] = "" if row["feeling"] is None else row["feeling"]
        writer.writerow(row)
        written += 1
    return written
