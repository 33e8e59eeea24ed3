"""Where the shipped texts and icons live, read with importlib.resources.

The files sit in the top-level ``resources/`` folder of the source tree and are
installed inside the package as ``smallsteps.resources``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from smallsteps.core.nudges import parse_lines

_PACKAGE = "smallsteps.resources"


def text_lines(name: str, locale: str = "en") -> list[str]:
    """Return the lines of a shipped texts file, e.g. ``text_lines("nudges")``.

    Falls back to English when the locale has no such file.
    """
    base = resources.files(_PACKAGE) / "texts"
    for loc in (locale, locale.split("_", maxsplit=1)[0], "en"):
        candidate = base / loc / f"{name}.txt"
        if candidate.is_file():
            return parse_lines(candidate.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"no texts named {name!r}")


@cache
def icon_path(name: str) -> Path:
    """Return the file path of a shipped SVG icon (e.g. ``"app"``, ``"walk"``)."""
    return Path(str(resources.files(_PACKAGE) / "icons" / f"{name}.svg"))
