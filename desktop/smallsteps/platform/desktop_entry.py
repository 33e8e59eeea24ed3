"""Put Small Steps in the applications menu of a pip or pipx install on Linux.

A distribution package installs the menu entry and icons under ``/usr/share``; a
``pipx install`` cannot, so ``smallsteps --install-desktop-entry`` copies them
into the person's own ``$XDG_DATA_HOME`` (``~/.local/share``): the desktop entry,
with ``Exec`` naming this installed program by its absolute path, and the app
icon in the hicolor theme at every size. The notifications' ``desktop-entry``
hint and Qt's desktop file name use the same id, so the desktop shows the same
name and icon everywhere. The files come from inside the installed package
(``smallsteps.resources``: ``linux/`` and ``icons/app.svg``), copies of
``packaging/linux/`` that a test keeps identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from smallsteps import APP_ID
from smallsteps.platform.desktop_file import replace_exec
from smallsteps.storage.atomic import SHARED_FILE_MODE, write_atomic

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
"""The hicolor PNG sizes shipped next to the scalable SVG."""

DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
_RESOURCES = "smallsteps.resources"

Runner = Callable[[Sequence[str]], None]
"""Runs one cache tool; raises ``OSError`` or ``subprocess.SubprocessError`` on failure."""


@dataclass(frozen=True)
class DesktopEntryChange:
    """What an install or uninstall did.

    Attributes:
        data_home: the data folder it worked in.
        files: the files written, or removed.
        refreshed: the cache tools that ran (absent ones are skipped).
    """

    data_home: Path
    files: tuple[Path, ...]
    refreshed: tuple[str, ...]


def data_home(environ: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    """Return ``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or relative."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return (Path.home() if home is None else home) / ".local" / "share"


def desktop_entry_path(data: Path) -> Path:
    """Return where the menu entry goes under the data folder ``data``."""
    return data / "applications" / DESKTOP_FILE_NAME


def icon_paths(data: Path) -> dict[str, Path]:
    """Return the icon files under ``data``, by hicolor size folder (``scalable``, ``16x16``)."""
    apps = data / "icons" / "hicolor"
    paths = {"scalable": apps / "scalable" / "apps" / f"{APP_ID}.svg"}
    for size in ICON_SIZES:
        paths[f"{size}x{size}"] = apps / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return paths


def _shipped(*parts: str) -> Traversable:
    found = resources.files(_RESOURCES)
    for part in parts:
        found = found / part
    return found


def _shipped_icon(size_folder: str) -> bytes:
    if size_folder == "scalable":
        return _shipped("icons", "app.svg").read_bytes()
    return _shipped("linux", "icons", "hicolor", size_folder, "apps", f"{APP_ID}.png").read_bytes()


def _run_quietly(command: Sequence[str]) -> None:
    subprocess.run(list(command), check=True, capture_output=True, timeout=60)


def refresh_caches(data: Path, run: Runner = _run_quietly) -> tuple[str, ...]:
    """Run ``update-desktop-database`` and ``gtk-update-icon-cache`` where they exist.

    Both only speed menus up; a missing or failing tool changes nothing that matters.

    Args:
        data: the data folder whose caches to refresh.
        run: runs one tool.

    Returns:
        The names of the tools that ran.
    """
    commands = [
        ["update-desktop-database", "-q", str(data / "applications")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(data / "icons" / "hicolor")],
    ]
    ran: list[str] = []
    for name, *args in commands:
        tool = shutil.which(name)
        if tool is None:
            continue
        try:
            run([tool, *args])
        except (OSError, subprocess.SubprocessError):
            continue
        ran.append(name)
    return tuple(ran)


def install_desktop_entry(
    data: Path, program: Sequence[str], run: Runner = _run_quietly
) -> DesktopEntryChange:
    """Install the menu entry and the hicolor icons under ``data``.

    Args:
        data: the data folder (usually :func:`data_home`).
        program: the command the menu entry runs (absolute paths).
        run: runs one cache tool.

    Returns:
        The files written and the caches refreshed.

    Raises:
        OSError: a file could not be read from the package or written.
    """
    template = _shipped("linux", DESKTOP_FILE_NAME).read_text(encoding="utf-8")
    entry = desktop_entry_path(data)
    written = [entry]
    for size_folder, path in icon_paths(data).items():
        write_atomic(path, _shipped_icon(size_folder), SHARED_FILE_MODE, make_folders=True)
        written.append(path)
    # The entry goes last: a menu that sees it finds its icon already there.
    write_atomic(entry, replace_exec(template, program), SHARED_FILE_MODE, make_folders=True)
    return DesktopEntryChange(data, tuple(written), refresh_caches(data, run))


def uninstall_desktop_entry(data: Path, run: Runner = _run_quietly) -> DesktopEntryChange:
    """Remove the menu entry and icons that :func:`install_desktop_entry` wrote.

    Args:
        data: the data folder (usually :func:`data_home`).
        run: runs one cache tool.

    Returns:
        The files removed (none when nothing was installed) and the caches refreshed.

    Raises:
        OSError: a file could not be removed.
    """
    removed: list[Path] = []
    for path in (desktop_entry_path(data), *icon_paths(data).values()):
        if path.is_file():
            path.unlink()
            removed.append(path)
    refreshed = refresh_caches(data, run) if removed else ()
    return DesktopEntryChange(data, tuple(removed), refreshed)
