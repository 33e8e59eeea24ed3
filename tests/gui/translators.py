"""The app's English texts in gui tests: plural forms read "15 minutes", not "15 minute(s)".

English is the source language, but Qt fills plural forms only from a loaded
translation, so the app always installs ``smallsteps_en.qm`` (see
``smallsteps.services.language``). A test that reads a plural text does the same
with `english`, and takes the translator out again afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator


@contextmanager
def english(app: QCoreApplication) -> Iterator[None]:
    """Install the English translation (plural forms) while the block runs."""
    translator = QTranslator()
    path = resources.files("smallsteps.resources") / "translations" / "smallsteps_en.qm"
    assert translator.load(str(path)), f"no English translation at {path}"
    app.installTranslator(translator)
    try:
        yield
    finally:
        app.removeTranslator(translator)
