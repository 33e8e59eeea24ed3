"""Makes a 10-year journal for the week-window benchmarks, through the product's Journal.

Deliberately small (the product may grow its own generator): a seeded mix of quiet
and busy days, kinds of unequal frequency, daytime hours, a note or a feeling on
some steps. Notes and feelings are sealed like the app seals them, with a fresh
data key that is written (hex) to ``--key-file`` so the benchmark can put it in the
session's keyring for each data folder.

Usage: ``python -m benchmarks.make_journal --out PATH [--years 10] [--key-file F]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from smallsteps.core.catalog import DEFAULT_CATALOG
from smallsteps.core.models import Step, new_step_id
from smallsteps.platform.timezone import system_zone
from smallsteps.storage.cipher import new_key
from smallsteps.storage.journal import Journal

KINDS = [k.id for k in DEFAULT_CATALOG]
WEIGHTS = [20, 16, 14, 10, 5, 9, 8, 7, 4, 5, 2]
"""Breaths and walks often, asking for support rarely (catalog order)."""
NOTES = (
    "Ten slow breaths at the window.",
    "Around the block; the chestnut tree is turning.",
    "Lay down for twenty minutes without the phone.",
    "Wrote three lines about the morning.",
    "Sent a message to my sister.",
    "Tea, and nothing else for a while.",
    "Made the bed, opened the curtains.",
    "The neighbour's cat came to say hello.",
    "Drew the view from the kitchen.",
    "Two pages of the book by the bed.",
    "Asked a friend to come along on Thursday.",
)
MIN_STEPS = 40_000


def make_steps(years: int, seed: int, today: date) -> list[Step]:
    """Return the steps of ``years`` years up to yesterday, oldest first."""
    rng = random.Random(seed)
    zone = system_zone()
    first = today - timedelta(days=round(365.25 * years))
    steps: list[Step] = []
    day = first
    while day < today:
        roll = rng.random()
        count = rng.randint(0, 3) if roll < 0.1 else rng.randint(8, 18)
        for _ in range(count):
            hour = min(23, max(7, round(rng.gauss(14, 4))))
            local = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=zone)
            kind = rng.choices(KINDS, WEIGHTS)[0]
            note = rng.choice(NOTES) if rng.random() < 0.25 else None
            feeling = rng.randint(1, 5) if rng.random() < 0.35 else None
            steps.append(Step(new_step_id(), kind, local, note, feeling))
        day += timedelta(days=1)
    steps.sort(key=lambda s: s.taken_at)
    return steps


def main(argv: list[str] | None = None) -> int:
    """Write the journal; print how many steps and how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="journal file (must not exist)")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--key-file", type=Path, help="where to write the data key (hex)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists")
    started = time.monotonic()
    steps = make_steps(args.years, args.seed, date.today())
    if len(steps) < MIN_STEPS and args.years >= 10:
        parser.error(f"only {len(steps)} steps; the benchmark needs {MIN_STEPS}")
    key = new_key()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as backups:
        journal = Journal(args.out, Path(backups))
        try:
            journal.unlock(key)
            journal.add_many(steps)
            total = journal.count()
        finally:
            journal.close()
    if args.key_file:
        args.key_file.write_text(key.hex())
    print(f"{total} steps over {args.years} years in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
