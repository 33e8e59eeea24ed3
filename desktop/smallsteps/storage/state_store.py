"""The state file (pause, snooze, last nudge): small, rewritten atomically."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from smallsteps.core.state import NudgeState, state_from_dict, state_to_dict
from smallsteps.storage.atomic import write_atomic

log = logging.getLogger(__name__)


def load_state(path: Path) -> NudgeState:
    """Read the state; a missing or unreadable file means a fresh start."""
    try:
        return state_from_dict(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return NudgeState()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        log.warning("state file unreadable (%s); starting fresh", exc)
        return NudgeState()


def save_state(path: Path, state: NudgeState) -> None:
    """Write the state atomically."""
    try:
        write_atomic(path, json.dumps(state_to_dict(state)) + "\n")
    except OSError as exc:
        log.warning("state could not be saved: %s", exc)
