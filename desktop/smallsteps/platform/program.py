"""Where this installed copy of Small Steps is, as a command other programs can run.

A login item or a menu entry is run by the session, not by a shell in the
person's project folder: ``PATH`` may not hold pipx's ``~/.local/bin`` and a
virtual environment is not active. So the entries name the program by its
absolute path, found here from the running interpreter.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from pathlib import Path

PROGRAM_NAME = "smallsteps"


def program_command(
    sys_platform: str = sys.platform,
    *,
    executable: str = sys.executable,
    frozen: bool = bool(getattr(sys, "frozen", False)),
    which: Callable[[str], str | None] = shutil.which,
) -> tuple[str, ...]:
    """Return the command (absolute paths) that starts this installed Small Steps.

    In order: a frozen bundle's own executable; on Windows ``pythonw.exe -m
    smallsteps`` next to the interpreter (the ``smallsteps.exe`` launcher is a
    console program and would open a console window at every login); the
    ``smallsteps`` program next to the interpreter (a virtual environment, pipx);
    ``smallsteps`` on ``PATH``; else ``python -m smallsteps``.

    Args:
        sys_platform: the platform, as ``sys.platform`` spells it.
        executable: the running interpreter (or bundle).
        frozen: whether this is a bundle (PyInstaller sets ``sys.frozen``).
        which: looks a program up on ``PATH``.

    Returns:
        The program and its first arguments, ready for ``--minimized`` to follow.
    """
    interpreter = Path(executable).absolute()  # not resolved: a venv's python is a link
    if frozen:
        return (str(interpreter),)
    if sys_platform == "win32":
        pythonw = interpreter.with_name("pythonw.exe")
        if pythonw.is_file():
            return (str(pythonw), "-m", PROGRAM_NAME)
        script = interpreter.with_name(f"{PROGRAM_NAME}.exe")
    else:
        script = interpreter.with_name(PROGRAM_NAME)
    if script.is_file():
        return (str(script),)
    found = which(PROGRAM_NAME)
    if found:
        return (str(Path(found).absolute()),)
    return (str(interpreter), "-m", PROGRAM_NAME)
