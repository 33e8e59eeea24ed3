r"""Read and write freedesktop.org desktop entries (menu entries and XDG login items).

Both the applications menu and XDG autostart read the same key-file format, with
two layers of escaping that are easy to get wrong: the value escapes of every
string (``\\``, ``\n``) and the quoting rules of ``Exec``. A program installed
under a folder with a space in its name must still start, so the quoting lives
here once, written to the Desktop Entry Specification (version 1.4, the newest
that every validator knows), and is tested.
"""

from __future__ import annotations

from collections.abc import Sequence

ENTRY_GROUP = "Desktop Entry"

_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')
_VALUE_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_VALUE_UNESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\", ";": "\\;"}


def quote_exec_argument(argument: str) -> str:
    """Return one ``Exec`` argument, quoted if it holds a reserved character.

    ``%`` starts a field code in ``Exec``, so a literal one is doubled.

    Args:
        argument: the argument as the program should receive it.

    Returns:
        The argument as it goes into ``Exec`` (before value escaping).
    """
    argument = argument.replace("%", "%%")
    if argument and not _EXEC_RESERVED.intersection(argument):
        return argument
    inner = "".join(f"\\{char}" if char in _EXEC_ESCAPED_IN_QUOTES else char for char in argument)
    return f'"{inner}"'


def exec_line(arguments: Sequence[str]) -> str:
    """Return the ``Exec`` value (before value escaping) that runs ``arguments``."""
    return " ".join(quote_exec_argument(argument) for argument in arguments)


def escape_value(value: str) -> str:
    """Escape a string value for a key file (backslash, newline, tab, return)."""
    return "".join(_VALUE_ESCAPES.get(char, char) for char in value)


def unescape_value(value: str) -> str:
    r"""Undo :func:`escape_value` (and ``\s``); unknown escapes are kept as written."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        if char != "\\":
            out.append(char)
            continue
        following = next(chars, "")
        out.append(_VALUE_UNESCAPES.get(following, "\\" + following))
    return "".join(out)


def render_entry(keys: Sequence[tuple[str, str]]) -> str:
    """Return a desktop entry file with one ``[Desktop Entry]`` group of ``keys``.

    Args:
        keys: (key, value) pairs in the order they are written; values are escaped
            here, so ``Exec`` values come from :func:`exec_line` unescaped.

    Returns:
        The file's text, ending with a newline.
    """
    lines = [f"[{ENTRY_GROUP}]", *(f"{key}={escape_value(value)}" for key, value in keys)]
    return "\n".join(lines) + "\n"


def read_entry(text: str) -> dict[str, str] | None:
    """Return the keys of the ``[Desktop Entry]`` group, values unescaped.

    Comments, blank lines, other groups (actions) and lines that are not
    ``key=value`` are ignored, as desktop environments do.

    Args:
        text: a desktop entry file's text.

    Returns:
        The group's keys, or ``None`` when the file has no ``[Desktop Entry]`` group.
    """
    keys: dict[str, str] | None = None
    in_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            in_group = line[1:-1] == ENTRY_GROUP
            if in_group and keys is None:
                keys = {}
            continue
        if in_group and keys is not None and "=" in line:
            key, _, value = line.partition("=")
            keys[key.strip()] = unescape_value(value.strip())
    return keys


def is_true(value: str | None) -> bool:
    """Return whether a desktop entry boolean is ``true`` (leniently, any case)."""
    return value is not None and value.strip().lower() == "true"


def replace_exec(text: str, arguments: Sequence[str]) -> str:
    """Return ``text`` with the ``[Desktop Entry]`` group's ``Exec`` running ``arguments``.

    Every other line (translations, comments, actions) is kept as written.

    Args:
        text: a desktop entry file's text.
        arguments: the command the entry should run.

    Returns:
        The new text.

    Raises:
        ValueError: the text has no ``Exec`` key in its ``[Desktop Entry]`` group.
    """
    out: list[str] = []
    in_group = False
    replaced = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            in_group = line[1:-1] == ENTRY_GROUP
        elif in_group and line.partition("=")[0].strip() == "Exec":
            out.append(f"Exec={escape_value(exec_line(arguments))}")
            replaced = True
            continue
        out.append(raw)
    if not replaced:
        raise ValueError("the desktop entry has no Exec key")
    return "\n".join(out) + "\n"
