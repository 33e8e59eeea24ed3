"""Where the shipped texts and icons live: the folder of the ``smallsteps.resources`` package.

The files sit in the top-level ``resources/`` folder of the source tree and are
installed inside the package as ``smallsteps.resources``, a plain folder in every
way the app is installed (a wheel, an editable install, a PyInstaller bundle). The
folder is taken from the package itself rather than through ``importlib.resources``,
whose import alone costs about 2.5 ms and 1 MiB before the tray can show its icon.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

_PACKAGE = "smallsteps.resources"


@cache
def _folder() -> Path:
    """Return the folder of the resources package."""
    package = importlib.import_module(_PACKAGE)
    return Path(next(iter(package.__path__)))


def text_lines(name: str, locale: str = "en") -> list[str]:
    """Return the lines of a shipped texts file, e.g. ``text_lines("nudges")``.

    Falls back to English when the locale has no such file.
    """
    from smallsteps.core.nudges import parse_lines  # noqa: PLC0415 - icons alone need none of it

    base = _folder() / "texts"
    for loc in (locale, locale.split("_", maxsplit=1)[0], "en"):
        candidate = base / loc / f"{name}.txt"
        if candidate.is_file():
            return parse_lines(candidate.read_text(encoding="utf-8"))
    raise FileNotFoundError(f"no texts named {name!r}")


@cache
def icon_path(name: str) -> Path:
    """Return the file path of a shipped SVG icon (e.g. ``"app"``, ``"walk"``)."""
    return _folder() / "icons" / f"{name}.svg"


TRAY_ICON_NAMES = ("app", "app-paused", "app-waiting")
"""The tray's icons: nudges on, nudges resting, a nudge waiting for an answer."""

TRAY_ICON_SIZES = (16, 20, 22, 24, 32, 40, 44, 48, 64)
"""The sizes (px) the tray icons ship in as PNG: every panel size at 100-200 % scale."""


def tray_icon_paths(name: str) -> dict[int, Path]:
    """Return the shipped PNGs of a tray icon (``"app"``, ``"app-paused"``...) by size.

    The tray shows these rather than the SVG: drawing an SVG loads Qt's SVG module and
    its icon plugin, about 2 MiB more for the whole time the app sits in the tray. The
    PNGs are drawn from ``icons/<name>.svg`` by ``scripts/render_icons.py``.
    """
    folder = _folder() / "icons" / "tray"
    return {size: folder / f"{name}-{size}.png" for size in TRAY_ICON_SIZES}


def translation_path(language: str) -> Path:
    """Return the compiled Qt translation of a language (``smallsteps_<lang>.qm``)."""
    return _folder() / "translations" / f"smallsteps_{language}.qm"
