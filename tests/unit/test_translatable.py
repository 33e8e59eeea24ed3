"""Every text a person reads in the app goes through translation.

A static check over the modules that build what the person sees (the ui, the
composition root, the services that word notifications, the command line): no
string literal or f-string with letters may be handed straight to a widget, an
action, a message box, a notification, ``print``, an error for the person or
argparse's help. Such a text would stay English in every language.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop" / "smallsteps"
CHECKED = sorted(
    [
        *PACKAGE.glob("ui/*.py"),
        PACKAGE / "app.py",
        *PACKAGE.glob("services/*.py"),
        PACKAGE / "cli.py",
        PACKAGE / "commands.py",
    ]
)

# Calls that put their text arguments in front of the person.
TEXT_CALLS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setTitle",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "setInformativeText",
    "setDetailedText",
    "setItemText",
    "setTabText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setLabelText",
    "setOkButtonText",
    "setCancelButtonText",
    "setPlainText",
    "setHtml",
    "addAction",
    "addMenu",
    "addTab",
    "addItem",
    "addItems",
    "addRow",
    "addButton",
    "insertItem",
    "showMessage",
    "setDisplayFormat",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QListWidgetItem",
    "QMessageBox",
    "information",
    "warning",
    "question",
    "critical",
    "getText",
    "getItem",
    "getInt",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "say",
    "_say",
    "_complain",
    "print",
    "error",
    "exit",
    "InputError",
    "JournalError",
    "NotesLockedError",
    "ImportFileError",
}

# Calls whose other arguments are names and syntax (flags, commands, metavars, choices):
# only these keywords are text for the person.
TEXT_KEYWORDS = {
    "ArgumentParser": {"description", "epilog", "usage"},
    "_Parser": {"description", "epilog", "usage"},
    "add_argument": {"help"},
    "add_parser": {"help", "description", "epilog"},
    "add_subparsers": {"title", "description", "help"},
    "add_argument_group": {"title", "description"},
}

# Texts known to reach the person untranslated, each waiting for its module's owner:
# the check fails when one is fixed (take it out here) as when a new one appears.
PENDING: dict[str, list[str]] = {}
"""Literal texts known to reach the person untranslated, per file (none today)."""

# Texts that are not words: formats, object names, keys.
ALLOWED = {"HH:mm", "dddd", "MMMM yyyy", "yyyy", "d", "…"}


def _literal_words(node: ast.AST) -> str | None:
    """The text of a literal that a person would read, or ``None``."""
    if isinstance(node, ast.JoinedStr):
        return "f-string"
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
        if text in ALLOWED or not any(c.isalpha() for c in text):
            return None
        return repr(text)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _literal_words(node.left) or _literal_words(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            found = _literal_words(item)
            if found:
                return found
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path) -> list[str]:
    """Return ``file:line: call(text)`` for every literal text handed to the person."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TEXT_KEYWORDS:
            texts = [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS[name]]
        elif name in TEXT_CALLS:
            texts = [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]
        else:
            continue
        receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(receiver, ast.Name) and receiver.id in {"log", "logger", "logging"}:
            continue
        for arg in texts:
            words = _literal_words(arg)
            if words:
                rel = path.relative_to(ROOT)
                found.append(f"{rel}:{node.lineno}: {name}({words})")
    return found


def test_the_check_finds_a_literal_text_and_lets_a_translated_one_pass(tmp_path: Path) -> None:
    sample = PACKAGE / "ui" / "_sample_for_the_check.py"
    sample.write_text(
        "label.setText('Hello there')\n"
        "label.setText(self.tr('Hello there'))\n"
        "button = QPushButton(f'{count} steps')\n"
        "menu.addAction(self.tr('Open'), handler)\n"
        "label.setText('12:30')\n"
        "print('Kept.')\n"
        "print(f'{path}')\n"
        "print(name, kind, sep='  ', file=sys.stderr)\n"
        "print(QT_TRANSLATE_NOOP('Cli', 'Kept.').render(translate))\n"
        "raise InputError('Not a time.')\n"
        "parser.error('stands alone')\n"
        "self.exit(2, PREFIX + line + '\\n')\n"
        "sys.exit('No tray here.')\n"
        "log.error('not for the person')\n"
        "parser = ArgumentParser(prog='smallsteps', description='A companion.')\n"
        "sub.add_parser('record', help='record a step', translate=t)\n"
        "sub.add_parser('now', help=_help(QT_TRANSLATE_NOOP('Cli', 'now'), t))\n"
        "parser.add_argument('--days', metavar='DAYS', default='every day', help='e.g. mon')\n"
        "parser.add_argument('--format', choices=('json', 'csv'))\n",
        encoding="utf-8",
    )
    try:
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "setText('Hello there')",
        "QPushButton(f-string)",
        "print('Kept.')",
        "print(f-string)",
        "InputError('Not a time.')",
        "error('stands alone')",
        "exit('No tray here.')",
        "ArgumentParser('A companion.')",
        "add_parser('record a step')",
        "add_argument('e.g. mon')",
    ]


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_text_reaches_the_person_untranslated(path: Path) -> None:
    found = untranslated(path)
    pending = PENDING.get(path.relative_to(PACKAGE).as_posix(), [])
    assert [line.split(": ", 1)[1] for line in found] == pending, found
