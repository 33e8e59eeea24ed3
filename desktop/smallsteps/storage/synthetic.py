"""A realistic synthetic journal of N years, for tests, screenshots and benchmarks.

The week window has to be fast with years of steps and exact across DST changes
and New Year; that can only be shown on a journal that looks like a real one:
a few steps most days, some quiet days and quiet stretches, kinds that are not
equally common, plausible times of day, a note now and then, feelings sometimes.
The same seed always gives the same journal, ids included.

Run it as ``python -m smallsteps.storage.synthetic --years 10 --out PATH
--no-private`` (or ``--passphrase-stdin`` to include notes and feelings, sealed
under that passphrase as the app seals them). It never touches an existing file.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal

from smallsteps.core.models import Step
from smallsteps.storage.journal import Journal, JournalError
from smallsteps.storage.keys import KeyManager
from smallsteps.storage.keystore import KeyringKeyStore
from smallsteps.storage.paths import DataPaths

KIND_WEIGHTS: dict[str, int] = {
    "breathe": 20,
    "walk": 16,
    "rest": 14,
    "journal": 10,
    "mindful": 9,
    "routine": 8,
    "gratitude": 7,
    "reach_out": 5,
    "read": 5,
    "create": 4,
    "support": 2,
}
"""How common each kind of the default catalog is: breaths often, asking for support rarely."""

HOUR_WEIGHTS: dict[int, int] = {
    7: 5,
    8: 9,
    9: 8,
    10: 6,
    11: 5,
    12: 7,
    13: 7,
    14: 5,
    15: 5,
    16: 5,
    17: 6,
    18: 7,
    19: 8,
    20: 9,
    21: 8,
    22: 6,
    23: 2,
}
"""When steps are taken: mornings, lunchtime and evenings; nothing in the small hours."""

OUTDOOR_HOURS = range(8, 21)
"""Hours in which a walk outside is plausible."""

NOTES: dict[str, tuple[str, ...]] = {
    "breathe": (
        "Counted ten breaths at the window.",
        "Slower breathing before the meeting helped.",
        "Breathed out longer than in, shoulders dropped.",
    ),
    "walk": (
        "Around the block, the chestnut tree is turning.",
        "Walked to the bakery instead of taking the bus.",
        "Ten minutes by the river. Ducks.",
        "Sun on my face for a while.",
    ),
    "rest": (
        "Lay down without the phone.",
        "A nap, and no guilt about it.",
        "Sat on the balcony doing nothing at all.",
    ),
    "journal": (
        "Wrote down what was worrying me; it looked smaller on paper.",
        "Three lines about the day.",
    ),
    "reach_out": (
        "Texted my sister back.",
        "Called an old friend, we laughed.",
    ),
    "mindful": (
        "Five things I could see: the mug, the plant, the rain, the cat, my hands.",
        "Tasted the tea properly.",
    ),
    "routine": (
        "Made the bed.",
        "Dishes done before dinner.",
        "Laid out clothes for tomorrow.",
    ),
    "gratitude": (
        "A stranger held the door and smiled.",
        "Warm socks.",
        "The kettle, the quiet, the morning.",
    ),
    "create": (
        "Sketched the view from the kitchen.",
        "Played the guitar for a bit.",
    ),
    "read": (
        "A chapter of the novel before bed.",
        "A poem someone sent me.",
    ),
    "support": (
        "Booked the appointment.",
        "Told my friend how things really are.",
    ),
}
"""Short notes, written for this generator, in the voice of someone taking small steps."""


@dataclass(frozen=True)
class Profile:
    """How a synthetic person uses Small Steps.

    Attributes:
        per_day: the usual number of steps on a day with steps (inclusive range).
        quiet_day_share: the share of single quiet days (no step at all).
        quiet_stretches_per_year: how many runs of 2-6 quiet days a year holds.
        note_share: the share of steps with a note.
        feeling_share: the share of steps with a feeling.
    """

    per_day: tuple[int, int] = (2, 6)
    quiet_day_share: float = 0.08
    quiet_stretches_per_year: float = 4.0
    note_share: float = 0.12
    feeling_share: float = 0.35


def _step_id(rng: random.Random) -> str:
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


def _pick_kind(rng: random.Random, hour: int) -> str:
    kinds = list(KIND_WEIGHTS)
    weights = [
        0 if kind == "walk" and hour not in OUTDOOR_HOURS else weight
        for kind, weight in KIND_WEIGHTS.items()
    ]
    return rng.choices(kinds, weights)[0]


def _local(day: date, moment: tuple[int, int, int], zone: tzinfo) -> datetime:
    """Return a real instant at this local time (a time skipped by DST moves on)."""
    hour, minute, second = moment
    naive = datetime(day.year, day.month, day.day, hour, minute, second)
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def synthetic_steps(
    years: float,
    *,
    end: date,
    zone: tzinfo,
    seed: int = 7,
    profile: Profile | None = None,
    private: bool = True,
) -> list[Step]:
    """Return a realistic journal of ``years`` years of steps up to ``end``, oldest first.

    Args:
        years: how long the person has used the app (fractions allowed).
        end: the last day with steps.
        zone: the person's zone; times of day are local to it.
        seed: the same seed gives the same steps, ids included.
        profile: how the person uses the app; the default is 2-6 steps most days.
        private: whether some steps carry notes and feelings (a journal whose notes
            are locked can only take steps without them).
    """
    profile = profile or Profile()
    rng = random.Random(seed)
    days = max(1, round(years * 365.25))
    first = end - timedelta(days=days - 1)
    quiet: set[date] = set()
    for _ in range(round(profile.quiet_stretches_per_year * days / 365.25)):
        begin = first + timedelta(days=rng.randrange(days))
        quiet.update(begin + timedelta(days=i) for i in range(rng.randint(2, 6)))
    hours, hour_weights = list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values())
    mood = 2.6
    steps: list[Step] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        # Feelings drift slowly, and lean a little brighter over the years.
        mood = min(4.6, max(1.4, mood + rng.gauss(0.004, 0.18)))
        if day in quiet or rng.random() < profile.quiet_day_share:
            continue
        lo, hi = profile.per_day
        count = 1 if rng.random() < 0.1 else rng.randint(lo, hi)
        moments = sorted(
            (rng.choices(hours, hour_weights)[0], rng.randrange(60), rng.randrange(60))
            for _ in range(count)
        )
        for moment in moments:
            kind = _pick_kind(rng, moment[0])
            note = rng.choice(NOTES[kind]) if rng.random() < profile.note_share else None
            felt = min(5, max(1, round(rng.gauss(mood, 0.7))))
            feeling = felt if rng.random() < profile.feeling_share else None
            if not private:  # the same steps, only without their private part
                note = feeling = None
            steps.append(Step(_step_id(rng), kind, _local(day, moment, zone), note, feeling))
    return steps


def write_synthetic_journal(journal: Journal, steps: Sequence[Step]) -> int:
    """Keep ``steps`` in ``journal`` in one transaction; return how many were added."""
    return journal.add_many(list(steps))


def _per_day(text: str) -> tuple[int, int]:
    try:
        lo, hi = (int(part) for part in text.split("-", 1))
    except ValueError:
        raise argparse.ArgumentTypeError("use two numbers like 2-6") from None
    if not 0 < lo <= hi:
        raise argparse.ArgumentTypeError("use two numbers like 2-6, the first at least 1")
    return lo, hi


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone {name!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Write a synthetic journal file; returns the exit code."""
    parser = argparse.ArgumentParser(
        prog="python -m smallsteps.storage.synthetic",
        description="Write a realistic synthetic Small Steps journal (for tests and benchmarks).",
    )
    parser.add_argument("--years", type=float, required=True, help="how many years of steps")
    parser.add_argument("--out", type=Path, required=True, help="the new journal file")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same journal")
    parser.add_argument(
        "--per-day", type=_per_day, default=(2, 6), help="steps on most days, e.g. 2-6"
    )
    parser.add_argument(
        "--zone", type=_zone, default=None, help="e.g. Europe/Berlin (default: this computer's)"
    )
    parser.add_argument(
        "--end", type=date.fromisoformat, default=date.today(), help="last day (YYYY-MM-DD)"
    )
    private = parser.add_mutually_exclusive_group()
    private.add_argument("--no-private", action="store_true", help="leave out notes and feelings")
    private.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="seal notes and feelings under a passphrase read from stdin "
        "(Small Steps can then open them with it)",
    )
    args = parser.parse_args(argv)
    out: Path = args.out
    if os.name == "posix":
        os.umask(0o077)  # the journal, its WAL and backups: readable by the person only
    if out.exists():
        print(f"{out} already exists; choose a new file.", file=sys.stderr)
        return 2
    if not args.no_private and not args.passphrase_stdin:
        print(
            "Notes and feelings are sealed: pass --passphrase-stdin (and type one), "
            "or --no-private to leave them out.",
            file=sys.stderr,
        )
        return 2
    steps = synthetic_steps(
        args.years,
        end=args.end,
        zone=args.zone or _zone(tzlocal.get_localzone_name() or "UTC"),
        seed=args.seed,
        profile=Profile(per_day=args.per_day),
        private=not args.no_private,
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    journal = Journal(out, out.parent / "backups")
    try:
        if args.passphrase_stdin:
            keys = KeyManager(journal, KeyringKeyStore(DataPaths(out.parent).keyring_account))
            keys.unlock_with_passphrase(sys.stdin.readline().rstrip("\n"))
        added = write_synthetic_journal(journal, steps)
    except JournalError as exc:
        print(str(exc), file=sys.stderr)
        return 3
    finally:
        journal.close()
    print(f"Wrote {added} steps ({args.years:g} years) to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
