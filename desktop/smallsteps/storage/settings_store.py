"""The settings file: read it safely, set a broken one aside, write it atomically."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from smallsteps.core.settings import Settings, settings_from_dict, settings_to_dict
from smallsteps.storage.atomic import write_atomic
from smallsteps.storage.paths import aside_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadedSettings:
    """Settings as loaded, with a one-time notice when the file had to be set aside.

    Attributes:
        settings: the settings to use.
        notice: a message for the person, or ``None`` when all was well.
    """

    settings: Settings
    notice: str | None = None


def load_settings(path: Path, set_aside: bool = True) -> LoadedSettings:
    """Read the settings file; defaults when there is none.

    A file that does not parse or validate is renamed (kept, never deleted), the
    defaults are used and a notice says so. The rename makes the notice come once.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    try:
        return LoadedSettings(settings_from_dict(json.loads(raw.decode("utf-8"))))
    except (ValueError, RecursionError) as exc:  # JSON, UTF-8 and settings errors are all here
        if not set_aside:  # left in place: whoever sets it aside tells the person
            return LoadedSettings(
                Settings(), notice="Your settings file could not be read; the usual settings apply."
            )
        aside = aside_path(path, "unreadable")
        path.replace(aside)
        log.warning("settings file could not be used (%s); kept as %s", exc, aside.name)
        return LoadedSettings(
            Settings(),
            notice=(
                "Your settings file could not be read, so the usual settings are in use. "
                f"The old file is kept as {aside.name}."
            ),
        )


def save_settings(path: Path, settings: Settings) -> None:
    """Write the settings file atomically, readable only by the person."""
    write_atomic(path, json.dumps(settings_to_dict(settings), indent=2) + "\n")
