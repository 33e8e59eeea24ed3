r"""Start at login: the entry each system reads when the person's session begins.

A tray companion helps only if it is there without having to be remembered. Each
system keeps its own list of login items, and the person can change that list
behind the app's back (a session settings panel, Task Manager's Startup tab, a
file removed by hand), so whether Small Steps starts at login is always read back
from the system, never kept as a flag in settings.

- Linux and other free desktops: an XDG autostart desktop entry,
  ``$XDG_CONFIG_HOME/autostart/<APP_ID>.desktop``.
- Windows: the value ``Small Steps`` under
  ``HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run``.
- macOS: a launch agent, ``~/Library/LaunchAgents/<APP_ID>.plist``.

Each entry starts the app with ``--minimized``: quietly, in the tray, no window.
What to write is computed by pure functions (:func:`autostart_desktop_entry`,
:func:`run_value`, :func:`launch_agent_plist`), apart from the writing, and the
Windows registry is reached through the small :class:`UserRegistry` protocol, so
all three can be tested on any system.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from smallsteps import APP_ID, APP_NAME
from smallsteps.platform.desktop_file import exec_line, is_true, read_entry, render_entry
from smallsteps.platform.program import program_command
from smallsteps.storage.atomic import SHARED_FILE_MODE, write_atomic

MINIMIZED_FLAG = "--minimized"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
STARTUP_APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
RUN_VALUE_NAME = APP_NAME
ENTRY_FILE_NAME = f"{APP_ID}.desktop"
AGENT_FILE_NAME = f"{APP_ID}.plist"
_NO_REGISTRY = "the Windows registry exists only on Windows"


class Autostart(Protocol):
    """Whether Small Steps starts when the person logs in, read from and written to the system.

    ``enable`` and ``disable`` raise ``OSError`` when the system refuses (a
    read-only folder, a locked registry); nothing is half written then.
    """

    def is_enabled(self) -> bool:
        """Return whether the system will start Small Steps at the next login."""
        ...

    def enable(self) -> None:
        """Make the system start Small Steps, quietly in the tray, at each login."""
        ...

    def disable(self) -> None:
        """Make the system no longer start Small Steps at login."""
        ...


# --- What to write (pure) -------------------------------------------------------------


def autostart_desktop_entry(program: Sequence[str]) -> str:
    """Return the XDG autostart desktop entry that starts ``program`` minimized.

    Args:
        program: the command that starts Small Steps (absolute paths).

    Returns:
        The file's text.
    """
    return render_entry(
        [
            ("Type", "Application"),
            ("Version", "1.4"),
            ("Name", APP_NAME),
            ("Comment", "Starts Small Steps quietly in the tray when you log in"),
            ("Exec", exec_line([*program, MINIMIZED_FLAG])),
            ("Icon", APP_ID),
            ("Terminal", "false"),
            ("StartupNotify", "false"),
            ("X-GNOME-Autostart-enabled", "true"),
            # Plasma: start once the panel (and its tray) is up.
            ("X-KDE-autostart-phase", "2"),
        ]
    )


def _windows_argument(argument: str, always_quote: bool = False) -> str:
    """Quote one argument as the Windows C runtime (``CommandLineToArgvW``) reads it."""
    if argument and not always_quote and not any(c in argument for c in ' \t\n\v"'):
        return argument
    out: list[str] = []
    backslashes = 0
    for char in argument:
        if char == "\\":
            backslashes += 1
            continue
        if char == '"':
            out.append("\\" * (2 * backslashes + 1) + '"')
        else:
            out.append("\\" * backslashes + char)
        backslashes = 0
    out.append("\\" * (2 * backslashes))  # before the closing quote, backslashes double
    return '"' + "".join(out) + '"'


def run_value(program: Sequence[str]) -> str:
    r"""Return the ``Run`` registry value that starts ``program`` minimized.

    The program's path is always quoted (Windows would otherwise try
    ``C:\Program`` for ``C:\Program Files\...``); other arguments are quoted
    only when they need it.

    Args:
        program: the command that starts Small Steps (absolute paths).

    Returns:
        The command line, e.g. ``"C:\Program Files\Small Steps\smallsteps.exe" --minimized``.
    """
    first, *rest = program
    return " ".join(
        [_windows_argument(first, always_quote=True)]
        + [_windows_argument(argument) for argument in [*rest, MINIMIZED_FLAG]]
    )


def launch_agent_plist(program: Sequence[str]) -> bytes:
    """Return the launch agent property list that starts ``program`` minimized at login.

    Args:
        program: the command that starts Small Steps (absolute paths).

    Returns:
        The XML property list.
    """
    agent: dict[str, object] = {
        "Label": APP_ID,
        "ProgramArguments": [*program, MINIMIZED_FLAG],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML, sort_keys=True)


# --- Linux and other free desktops ----------------------------------------------------


def _entry_starts(text: str) -> bool:
    keys = read_entry(text)
    if keys is None:
        return False
    if is_true(keys.get("Hidden")):
        return False
    enabled = keys.get("X-GNOME-Autostart-enabled")
    return enabled is None or is_true(enabled)


class XdgAutostart:
    """Start at login through an XDG autostart desktop entry.

    The person's own entry (under ``config_home``) overrides one of the same name
    in the system folders (``config_dirs``), as the XDG Autostart Specification
    says; an entry with ``Hidden=true`` means "do not start".

    Args:
        config_home: ``$XDG_CONFIG_HOME`` (usually ``~/.config``).
        config_dirs: ``$XDG_CONFIG_DIRS`` (usually ``/etc/xdg``).
        program: the command that starts Small Steps (absolute paths).
    """

    def __init__(self, config_home: Path, config_dirs: Sequence[Path], program: Sequence[str]):
        self.path = config_home / "autostart" / ENTRY_FILE_NAME
        self._system_paths = [folder / "autostart" / ENTRY_FILE_NAME for folder in config_dirs]
        self._program = tuple(program)

    def _first_entry(self) -> Path | None:
        for candidate in (self.path, *self._system_paths):
            if candidate.is_file():
                return candidate
        return None

    def is_enabled(self) -> bool:
        """Return whether the first autostart entry found starts Small Steps."""
        found = self._first_entry()
        if found is None:
            return False
        try:
            return _entry_starts(found.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return False  # the session cannot read it either

    def enable(self) -> None:
        """Write the person's autostart entry (replacing a ``Hidden`` or older one)."""
        write_atomic(
            self.path, autostart_desktop_entry(self._program), SHARED_FILE_MODE, make_folders=True
        )

    def disable(self) -> None:
        """Remove the person's entry, or hide a system-wide one with ``Hidden=true``."""
        if any(path.is_file() for path in self._system_paths):
            hidden = render_entry([("Type", "Application"), ("Name", APP_NAME), ("Hidden", "true")])
            write_atomic(self.path, hidden, SHARED_FILE_MODE, make_folders=True)
        else:
            self.path.unlink(missing_ok=True)


# --- Windows --------------------------------------------------------------------------


class UserRegistry(Protocol):
    """The few ``HKEY_CURRENT_USER`` operations start-at-login needs (the test seam)."""

    def read(self, key: str, name: str) -> str | bytes | None:
        """Return a value's data, or ``None`` when the key or value is absent."""
        ...

    def write_string(self, key: str, name: str, value: str) -> None:
        """Set a ``REG_SZ`` value, making the key if needed."""
        ...

    def delete(self, key: str, name: str) -> None:
        """Remove a value; nothing happens when it is already absent."""
        ...


class WinregRegistry:
    """:class:`UserRegistry` on the real Windows registry (``winreg``, imported lazily)."""

    def read(self, key: str, name: str) -> str | bytes | None:
        """Return a value's data, or ``None`` when the key or value is absent."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                    data, _kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            return data if isinstance(data, str | bytes) else None
        raise OSError(_NO_REGISTRY)

    def write_string(self, key: str, name: str, value: str) -> None:
        """Set a ``REG_SZ`` value, making the key if needed."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            with winreg.CreateKeyEx(
                winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE
            ) as handle:
                winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)
            return
        raise OSError(_NO_REGISTRY)

    def delete(self, key: str, name: str) -> None:
        """Remove a value; nothing happens when it is already absent."""
        if sys.platform == "win32":
            import winreg  # noqa: PLC0415 - Windows only

            try:
                with winreg.OpenKey(
                    winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE
                ) as handle:
                    winreg.DeleteValue(handle, name)
            except FileNotFoundError:
                pass
            return
        raise OSError(_NO_REGISTRY)


class RunKeyAutostart:
    r"""Start at login through the current user's ``Run`` registry value.

    Task Manager's Startup tab switches an entry off without removing it: it
    writes a binary value of the same name under ``StartupApproved\Run`` whose
    first byte is odd. That counts as off here, and enabling clears it.

    Args:
        registry: the current user's registry.
        program: the command that starts Small Steps (absolute paths).
    """

    def __init__(self, registry: UserRegistry, program: Sequence[str]):
        self._registry = registry
        self._program = tuple(program)

    def is_enabled(self) -> bool:
        """Return whether a ``Run`` value exists and Task Manager has not switched it off."""
        command = self._registry.read(RUN_KEY, RUN_VALUE_NAME)
        if not isinstance(command, str) or not command.strip():
            return False
        approved = self._registry.read(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)
        return not (isinstance(approved, bytes) and approved and approved[0] & 1)

    def enable(self) -> None:
        """Write the ``Run`` value and clear a Task Manager "disabled" mark."""
        self._registry.write_string(RUN_KEY, RUN_VALUE_NAME, run_value(self._program))
        self._registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)

    def disable(self) -> None:
        """Remove the ``Run`` value (and its Task Manager mark)."""
        self._registry.delete(RUN_KEY, RUN_VALUE_NAME)
        self._registry.delete(STARTUP_APPROVED_KEY, RUN_VALUE_NAME)


# --- macOS ----------------------------------------------------------------------------


class LaunchAgentAutostart:
    """Start at login through a per-user launch agent with ``RunAtLoad``.

    Args:
        agents_dir: ``~/Library/LaunchAgents``.
        program: the command that starts Small Steps (absolute paths).
    """

    def __init__(self, agents_dir: Path, program: Sequence[str]):
        self.path = agents_dir / AGENT_FILE_NAME
        self._program = tuple(program)

    def is_enabled(self) -> bool:
        """Return whether a readable agent runs at load and is not marked ``Disabled``."""
        try:
            agent = plistlib.loads(self.path.read_bytes())
        except (OSError, ValueError, plistlib.InvalidFileException):
            return False
        return (
            isinstance(agent, dict)
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )

    def enable(self) -> None:
        """Write the launch agent; launchd reads it at the next login."""
        write_atomic(
            self.path, launch_agent_plist(self._program), SHARED_FILE_MODE, make_folders=True
        )

    def disable(self) -> None:
        """Remove the launch agent."""
        self.path.unlink(missing_ok=True)


# --- Choosing one ---------------------------------------------------------------------


def _xdg_dir(environ: Mapping[str, str], name: str, default: Path) -> Path:
    value = environ.get(name, "")
    return Path(value) if value and Path(value).is_absolute() else default


def for_platform(
    sys_platform: str = sys.platform,
    *,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
    registry: UserRegistry | None = None,
    program: Sequence[str] | None = None,
) -> Autostart:
    """Return the start-at-login entry of this system (or of ``sys_platform``, for tests).

    Args:
        sys_platform: ``win32``, ``darwin``; anything else uses XDG autostart.
        environ: the environment for the XDG folders (default: ``os.environ``).
        home: the home folder (default: ``Path.home()``).
        registry: the Windows registry (default: the real one, through ``winreg``).
        program: the command to start (default: this installed Small Steps).

    Returns:
        The system's :class:`Autostart`.
    """
    env = os.environ if environ is None else environ
    home_dir = Path.home() if home is None else home
    command = tuple(program) if program is not None else program_command(sys_platform)
    if sys_platform == "win32":
        return RunKeyAutostart(registry if registry is not None else WinregRegistry(), command)
    if sys_platform == "darwin":
        return LaunchAgentAutostart(home_dir / "Library" / "LaunchAgents", command)
    config_home = _xdg_dir(env, "XDG_CONFIG_HOME", home_dir / ".config")
    dirs = [Path(d) for d in env.get("XDG_CONFIG_DIRS", "").split(":") if Path(d).is_absolute()]
    return XdgAutostart(config_home, dirs or [Path("/etc/xdg")], command)
