"""The small state kept across restarts: a pause, a snooze, the last nudge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class NudgeState:
    """What must survive a restart (a pause until tomorrow survives a reboot).

    Attributes:
        paused_until: the end of a pause, if any.
        snoozed_until: when a snoozed nudge comes back, if one is waiting.
        last_nudge_at: when the last nudge came (so none comes twice after a restart).
        last_line: the last nudge line (so it is not repeated right after a restart).
        welcomed: the first start's welcome was shown (it asks once about starting
            at login; the answer itself lives in the system, not here).
    """

    paused_until: datetime | None = None
    snoozed_until: datetime | None = None
    last_nudge_at: datetime | None = None
    last_line: str | None = None
    welcomed: bool = False


def _when(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def state_to_dict(state: NudgeState) -> dict[str, Any]:
    """Return the JSON-ready form of the state."""
    return {
        "paused_until": state.paused_until.isoformat() if state.paused_until else None,
        "snoozed_until": state.snoozed_until.isoformat() if state.snoozed_until else None,
        "last_nudge_at": state.last_nudge_at.isoformat() if state.last_nudge_at else None,
        "last_line": state.last_line,
        "welcomed": state.welcomed,
    }


def state_from_dict(data: object) -> NudgeState:
    """Read the state leniently: anything unusable is simply forgotten."""
    if not isinstance(data, dict):
        return NudgeState()
    line = data.get("last_line")
    return NudgeState(
        paused_until=_when(data.get("paused_until")),
        snoozed_until=_when(data.get("snoozed_until")),
        last_nudge_at=_when(data.get("last_nudge_at")),
        last_line=line if isinstance(line, str) else None,
        welcomed=data.get("welcomed") is True,
    )
